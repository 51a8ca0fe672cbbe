package de.kekiz.port;

import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Kreisschluessel;
import java.util.List;
import java.util.Optional;

/**
 * Stores {@link Kommune} aggregates: the Kommune with all versions of its Sozialräume, its
 * programme participations and its population.
 *
 * <p>Contract (checked by {@code KommuneRepositoryContract} in the core test-jar):
 *
 * <ul>
 *   <li>Not found is an empty {@code Optional} or an empty list, never an exception.
 *   <li>Lists are ordered by {@link Gemeindeschluessel} ascending.
 *   <li>{@link #save} is optimistic: the given Kommune's {@link Kommune#revision()} must equal the
 *       stored revision (0 for a Kommune not yet stored); the stored copy and the returned one get
 *       revision + 1. Otherwise it throws {@link VersionskonfliktException} and writes nothing.
 *   <li>A loaded Kommune {@code equals} the one returned by {@code save}: every field survives.
 *   <li>Every save of a stored Kommune and every delete keeps the state it replaced, readable
 *       through {@link #findHistorie} ({@link Ablagehistorie}).
 *   <li>Failures of the storage technology arrive as {@link PersistenzException}.
 * </ul>
 */
public interface KommuneRepository extends Ablagehistorie<Kommune, Gemeindeschluessel> {

  /**
   * {@return the Kommune with key {@code schluessel}, or empty}
   *
   * @param schluessel the Kommune's Gemeindeschlüssel (AGS)
   */
  Optional<Kommune> findById(Gemeindeschluessel schluessel);

  /** {@return all stored Kommunen, ordered by key; empty if none} */
  List<Kommune> findAll();

  /**
   * The Kommunen belonging to the Kreis {@code kreis}, the Kreis itself first (its key ends in
   * {@code 000}), then its Gemeinden by key; empty if none is stored.
   *
   * @param kreis the Kreis's key
   * @return the Kreis and its Gemeinden that are stored
   */
  List<Kommune> findByKreis(Kreisschluessel kreis);

  /**
   * Stores {@code kommune} and returns it with its new revision.
   *
   * @param kommune the Kommune, with the revision it was loaded with (0 if new)
   * @return {@code kommune} with the revision now stored (its revision + 1)
   * @throws VersionskonfliktException if {@code kommune.revision()} is not the stored revision;
   *     nothing is written then
   */
  Kommune save(Kommune kommune);

  /**
   * Deletes the Kommune stored with revision {@code revision}.
   *
   * @param schluessel the Kommune's key
   * @param revision the revision the caller last saw
   * @return true if it was deleted, false if nothing was stored under {@code schluessel}
   * @throws VersionskonfliktException if a Kommune is stored with another revision
   */
  boolean delete(Gemeindeschluessel schluessel, long revision);
}

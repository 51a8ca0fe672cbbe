package de.kekiz.port;

import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import java.util.List;
import java.util.Optional;

/**
 * Stores {@link Praeventionskette} aggregates, one per Kommune, each with its Angebote.
 *
 * <p>Contract (checked by {@code PraeventionsketteRepositoryContract}): not found is empty; lists
 * are ordered by Kommune key; {@link #save} is optimistic as described on {@link
 * KommuneRepository}; the Angebote keep their order; storage failures arrive as {@link
 * PersistenzException}.
 */
public interface PraeventionsketteRepository
    extends Ablagehistorie<Praeventionskette, Gemeindeschluessel> {

  /**
   * {@return the Kommune's Präventionskette, or empty}
   *
   * @param kommune the Kommune's key
   */
  Optional<Praeventionskette> findByKommune(Gemeindeschluessel kommune);

  /** {@return every stored chain, ordered by Kommune key; empty if none} */
  List<Praeventionskette> findAll();

  /**
   * Stores {@code kette} and returns it with its new revision.
   *
   * @param kette the chain, with the revision it was loaded with (0 if new)
   * @return {@code kette} with the revision now stored (its revision + 1)
   * @throws VersionskonfliktException if {@code kette.revision()} is not the stored revision;
   *     nothing is written then
   */
  Praeventionskette save(Praeventionskette kette);

  /**
   * Deletes the chain stored with revision {@code revision}.
   *
   * @param kommune the Kommune's key
   * @param revision the revision the caller last saw
   * @return true if it was deleted, false if the Kommune has no stored chain
   * @throws VersionskonfliktException if it is stored with another revision
   */
  boolean delete(Gemeindeschluessel kommune, long revision);
}

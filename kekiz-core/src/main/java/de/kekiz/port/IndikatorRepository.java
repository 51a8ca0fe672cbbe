package de.kekiz.port;

import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.IndikatorRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Stores {@link Indikator} definitions; every version of a definition is its own aggregate.
 *
 * <p>Contract (checked by {@code IndikatorRepositoryContract}): not found is empty; {@link
 * #findAll()} is ordered by key, then version; {@link #findVersionen} by version; {@link #save} is
 * optimistic as described on {@link KommuneRepository}; storage failures arrive as {@link
 * PersistenzException}.
 */
public interface IndikatorRepository extends Ablagehistorie<Indikator, IndikatorRef> {

  /**
   * {@return the definition {@code ref} (key and version), or empty}
   *
   * @param ref the indicator's key and version
   */
  Optional<Indikator> findByRef(IndikatorRef ref);

  /**
   * {@return every version of the indicator {@code key}, ordered by version; empty if none}
   *
   * @param key the indicator's key
   */
  List<Indikator> findVersionen(IndikatorKey key);

  /**
   * {@return the version of {@code key} whose validity contains {@code stichtag}, or empty}
   *
   * @param key the indicator's key
   * @param stichtag the day the version must be valid on
   */
  Optional<Indikator> findGueltig(IndikatorKey key, LocalDate stichtag);

  /** {@return every stored definition, ordered by key, then version; empty if none} */
  List<Indikator> findAll();

  /**
   * Stores {@code indikator} and returns it with its new revision.
   *
   * @param indikator the definition, with the revision it was loaded with (0 if new)
   * @return {@code indikator} with the revision now stored (its revision + 1)
   * @throws VersionskonfliktException if {@code indikator.revision()} is not the stored revision;
   *     nothing is written then
   */
  Indikator save(Indikator indikator);

  /**
   * Deletes the definition stored with revision {@code revision}. Messwerte that refer to it are
   * not touched: delete them first.
   *
   * @param ref the definition's key and version
   * @param revision the revision the caller last saw
   * @return true if it was deleted, false if nothing was stored under {@code ref}
   * @throws VersionskonfliktException if it is stored with another revision
   */
  boolean delete(IndikatorRef ref, long revision);
}

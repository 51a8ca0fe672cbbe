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
public interface IndikatorRepository {

  /** The definition {@code ref} (key and version), or empty. */
  Optional<Indikator> findByRef(IndikatorRef ref);

  /** Every version of the indicator {@code key}, ordered by version. */
  List<Indikator> findVersionen(IndikatorKey key);

  /** The version of {@code key} whose validity contains {@code stichtag}, or empty. */
  Optional<Indikator> findGueltig(IndikatorKey key, LocalDate stichtag);

  /** Every stored definition, ordered by key, then version. */
  List<Indikator> findAll();

  /**
   * Stores {@code indikator} and returns it with its new revision.
   *
   * @throws Versionskonflikt if {@code indikator.revision()} is not the stored revision
   */
  Indikator save(Indikator indikator);

  /**
   * Deletes the definition stored with revision {@code revision}. Messwerte that refer to it are
   * not touched: delete them first.
   *
   * @return false if nothing was stored under {@code ref}
   * @throws Versionskonflikt if it is stored with another revision
   */
  boolean delete(IndikatorRef ref, long revision);
}

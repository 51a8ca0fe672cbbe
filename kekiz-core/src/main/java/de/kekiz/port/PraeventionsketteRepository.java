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
public interface PraeventionsketteRepository {

  /** The Kommune's Präventionskette, or empty. */
  Optional<Praeventionskette> findByKommune(Gemeindeschluessel kommune);

  /** Every stored chain, ordered by Kommune key. */
  List<Praeventionskette> findAll();

  /**
   * Stores {@code kette} and returns it with its new revision.
   *
   * @throws Versionskonflikt if {@code kette.revision()} is not the stored revision
   */
  Praeventionskette save(Praeventionskette kette);

  /**
   * Deletes the chain stored with revision {@code revision}.
   *
   * @return false if the Kommune has no stored chain
   * @throws Versionskonflikt if it is stored with another revision
   */
  boolean delete(Gemeindeschluessel kommune, long revision);
}

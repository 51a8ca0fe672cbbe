package de.kekiz.port;

import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.domain.leitbild.LeitbildId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Stores {@link Leitbild} aggregates, every Fassung (version) of a Kommune's Leitbild.
 *
 * <p>Contract (checked by {@code LeitbildRepositoryContract}): not found is empty; lists are
 * ordered by Fassung ascending; {@link #save} is optimistic as described on {@link
 * KommuneRepository}; storage failures arrive as {@link PersistenzException}.
 */
public interface LeitbildRepository {

  /** The Leitbild with id {@code id}, or empty. */
  Optional<Leitbild> findById(LeitbildId id);

  /** Every Fassung of the Kommune's Leitbild, ordered by Fassung. */
  List<Leitbild> findByKommune(Gemeindeschluessel kommune);

  /**
   * The Fassung in force on {@code stichtag}: the highest Fassung whose council decision lies on or
   * before {@code stichtag}; a Fassung without a decision date is a draft and never in force.
   */
  Optional<Leitbild> findGueltig(Gemeindeschluessel kommune, LocalDate stichtag);

  /**
   * Stores {@code leitbild} and returns it with its new revision.
   *
   * @throws Versionskonflikt if {@code leitbild.revision()} is not the stored revision
   */
  Leitbild save(Leitbild leitbild);

  /**
   * Deletes the Leitbild stored with revision {@code revision}.
   *
   * @return false if nothing was stored under {@code id}
   * @throws Versionskonflikt if it is stored with another revision
   */
  boolean delete(LeitbildId id, long revision);
}

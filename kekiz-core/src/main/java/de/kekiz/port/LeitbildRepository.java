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
public interface LeitbildRepository extends Ablagehistorie<Leitbild, LeitbildId> {

  /**
   * {@return the Leitbild with id {@code id}, or empty}
   *
   * @param id the Kommune and the Fassung
   */
  Optional<Leitbild> findById(LeitbildId id);

  /**
   * {@return every Fassung of the Kommune's Leitbild, ordered by Fassung; empty if none}
   *
   * @param kommune the Kommune's key
   */
  List<Leitbild> findByKommune(Gemeindeschluessel kommune);

  /**
   * The Fassung in force on {@code stichtag}: the highest Fassung whose council decision lies on or
   * before {@code stichtag}; a Fassung without a decision date is a draft and never in force.
   *
   * @param kommune the Kommune's key
   * @param stichtag the day asked about
   * @return the Fassung in force, or empty if none was decided by then
   */
  Optional<Leitbild> findGueltig(Gemeindeschluessel kommune, LocalDate stichtag);

  /**
   * Stores {@code leitbild} and returns it with its new revision.
   *
   * @param leitbild the Leitbild, with the revision it was loaded with (0 if new)
   * @return {@code leitbild} with the revision now stored (its revision + 1)
   * @throws VersionskonfliktException if {@code leitbild.revision()} is not the stored revision;
   *     nothing is written then
   */
  Leitbild save(Leitbild leitbild);

  /**
   * Deletes the Leitbild stored with revision {@code revision}.
   *
   * @param id the Kommune and the Fassung
   * @param revision the revision the caller last saw
   * @return true if it was deleted, false if nothing was stored under {@code id}
   * @throws VersionskonfliktException if it is stored with another revision
   */
  boolean delete(LeitbildId id, long revision);
}

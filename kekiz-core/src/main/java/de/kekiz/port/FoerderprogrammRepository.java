package de.kekiz.port;

import de.kekiz.domain.programm.Foerderprogramm;
import java.util.List;
import java.util.Optional;

/**
 * Stores {@link Foerderprogramm} aggregates, one per programme key, each with its phases and their
 * participants, the values the sources state with their Belege, the organisations and the budget.
 *
 * <p>Contract (checked by {@code FoerderprogrammRepositoryContract} in the core test-jar): not
 * found is empty; lists are ordered by programme key; {@link #save} is optimistic as described on
 * {@link KommuneRepository} (with {@link Foerderprogramm#revision()}); a loaded Foerderprogramm
 * {@code equals} the one {@code save} returned, disagreeing sources included; failures of the
 * storage technology arrive as {@link PersistenzException}.
 */
public interface FoerderprogrammRepository extends Ablagehistorie<Foerderprogramm, String> {

  /**
   * {@return the Foerderprogramm with programme key {@code programm}, or empty}
   *
   * @param programm the programme's key, e.g. {@code "kekiz"}
   */
  Optional<Foerderprogramm> findByProgramm(String programm);

  /** {@return every stored Foerderprogramm, ordered by programme key; empty if none} */
  List<Foerderprogramm> findAll();

  /**
   * Stores {@code programm}, replacing what is stored for its key, and returns it with its new
   * revision.
   *
   * @param programm the Foerderprogramm, with the revision it was loaded with (0 if new)
   * @return {@code programm} with the revision now stored (its revision + 1)
   * @throws VersionskonfliktException if {@code programm.revision()} is not the stored revision;
   *     nothing is written then
   */
  Foerderprogramm save(Foerderprogramm programm);

  /**
   * Deletes the Foerderprogramm with key {@code programm} stored with revision {@code revision}.
   *
   * @param programm the programme's key
   * @param revision the revision the caller last saw
   * @return true if it was deleted, false if nothing is stored under the key
   * @throws VersionskonfliktException if it is stored with another revision
   */
  boolean delete(String programm, long revision);
}

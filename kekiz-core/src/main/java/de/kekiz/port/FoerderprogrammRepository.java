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
public interface FoerderprogrammRepository {

  /** The Foerderprogramm with programme key {@code programm}, or empty. */
  Optional<Foerderprogramm> findByProgramm(String programm);

  /** Every stored Foerderprogramm, ordered by programme key. */
  List<Foerderprogramm> findAll();

  /**
   * Stores {@code programm}, replacing what is stored for its key, and returns it with its new
   * revision.
   *
   * @throws Versionskonflikt if {@code programm.revision()} is not the stored revision
   */
  Foerderprogramm save(Foerderprogramm programm);

  /**
   * Deletes the Foerderprogramm with key {@code programm} stored with revision {@code revision}.
   *
   * @return false if nothing is stored under the key
   * @throws Versionskonflikt if it is stored with another revision
   */
  boolean delete(String programm, long revision);
}

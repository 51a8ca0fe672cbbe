package de.kekiz.port;

import de.kekiz.domain.lernnetzwerk.Lernnetzwerk;
import java.util.List;
import java.util.Optional;

/**
 * Stores {@link Lernnetzwerk} aggregates, one per programme (identified by the programme's key),
 * each with its meetings, their Arbeitsgruppen, contributions and sources.
 *
 * <p>Contract (checked by {@code LernnetzwerkRepositoryContract} in the core test-jar): not found
 * is empty; lists are ordered by programme key; {@link #save} is optimistic as described on {@link
 * KommuneRepository} (with {@link Lernnetzwerk#revision()}); a loaded Lernnetzwerk {@code equals}
 * the one {@code save} returned, every part of every meeting included; failures of the storage
 * technology arrive as {@link PersistenzException}.
 */
public interface LernnetzwerkRepository extends Ablagehistorie<Lernnetzwerk, String> {

  /**
   * {@return the Lernnetzwerk of the programme with key {@code programm}, or empty}
   *
   * @param programm the programme's key, e.g. {@code "kekiz"}
   */
  Optional<Lernnetzwerk> findByProgramm(String programm);

  /** {@return every stored Lernnetzwerk, ordered by programme key; empty if none} */
  List<Lernnetzwerk> findAll();

  /**
   * Stores {@code lernnetzwerk}, replacing every meeting stored for its programme, and returns it
   * with its new revision.
   *
   * @param lernnetzwerk the Lernnetzwerk, with the revision it was loaded with (0 if new)
   * @return {@code lernnetzwerk} with the revision now stored (its revision + 1)
   * @throws VersionskonfliktException if {@code lernnetzwerk.revision()} is not the stored
   *     revision; nothing is written then
   */
  Lernnetzwerk save(Lernnetzwerk lernnetzwerk);

  /**
   * Deletes the Lernnetzwerk of the programme {@code programm} stored with revision {@code
   * revision}.
   *
   * @param programm the programme's key
   * @param revision the revision the caller last saw
   * @return true if it was deleted, false if nothing is stored for the programme
   * @throws VersionskonfliktException if it is stored with another revision
   */
  boolean delete(String programm, long revision);
}

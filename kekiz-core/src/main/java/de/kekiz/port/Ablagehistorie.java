package de.kekiz.port;

import java.util.List;

/**
 * The transaction-time history of a repository's aggregates: every save of a stored aggregate and
 * every delete keeps the state it replaced, so any earlier stored state can be read back, also
 * after a correction of the past or a delete. Each aggregate repository extends it.
 *
 * <p>Contract (checked by {@code AggregatRepositoryContract} in the core test-jar): a new aggregate
 * has an empty history; each successful save of revision {@code n > 0} adds the state stored as
 * revision {@code n}; each successful delete adds the deleted state (marked {@link
 * Ablagestand#geloescht()}); a failed save or delete ({@link VersionskonfliktException}) adds
 * nothing; the states load back {@code equals} to what was stored. An aggregate deleted and created
 * again keeps the history of both lives under its id, in the order they were replaced. A repository
 * opened for a Mandant returns an empty history for an aggregate of a Kommune outside it, as its
 * other reads find nothing there. Failures of the storage technology arrive as {@link
 * PersistenzException}.
 *
 * @param <T> the aggregate
 * @param <I> its id
 */
public interface Ablagehistorie<T, I> {

  /**
   * {@return the earlier stored states of the aggregate {@code id}, in the order they were replaced
   * (oldest first); empty if it was never replaced, deleted or stored}
   *
   * @param id the aggregate's id
   */
  List<Ablagestand<T>> findHistorie(I id);
}

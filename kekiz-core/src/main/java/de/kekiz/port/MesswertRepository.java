package de.kekiz.port;

import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.MesswertSchluessel;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Stores {@link Messwert} observations: millions of them, so loads and reads stream.
 *
 * <p>Contract (checked by {@code MesswertRepositoryContract}):
 *
 * <ul>
 *   <li>A Messwert belongs to the Kommune of its {@link Messwert#raum()}; every read is for one
 *       Kommune.
 *   <li>{@link #saveAll} is all-or-nothing: if any Messwert fails, nothing of the load is stored.
 *       Duplicates follow the given {@link Duplikatregel}.
 *   <li>Reads are ordered by the natural order of {@link MesswertSchluessel}.
 *   <li>The caller validates Messwerte against their indicator definition before storing them
 *       ({@code Indikator.pruefe}); the repository stores what it is given.
 *   <li>Storage failures arrive as {@link PersistenzException}.
 * </ul>
 */
public interface MesswertRepository {

  /**
   * Stores every Messwert of {@code messwerte}, consuming the iterator once, all or nothing.
   *
   * @param messwerte the Messwerte to store, each validated by the caller
   * @param regel what to do with a key that is stored already or occurs twice in the load
   * @return the number of Messwerte stored: every one taken from {@code messwerte}, so under {@link
   *     Duplikatregel#ERSETZEN} one replaced later in the same load counts too
   * @throws DuplikatException under {@link Duplikatregel#ABLEHNEN} if a key is stored already or
   *     occurs twice in the load
   */
  long saveAll(Iterator<Messwert> messwerte, Duplikatregel regel);

  /**
   * Stores the given Messwerte, all or nothing; see {@link #saveAll(Iterator, Duplikatregel)}.
   *
   * @param messwerte the Messwerte to store, each validated by the caller
   * @param regel what to do with a key that is stored already or occurs twice in the load
   * @return the number of Messwerte stored, counted as by {@link #saveAll(Iterator, Duplikatregel)}
   * @throws DuplikatException under {@link Duplikatregel#ABLEHNEN} if a key is stored already or
   *     occurs twice in the list
   */
  default long saveAll(List<Messwert> messwerte, Duplikatregel regel) {
    return saveAll(messwerte.iterator(), regel);
  }

  /**
   * Streams every Messwert of the Kommune, ordered by the natural order of {@link
   * MesswertSchluessel}.
   *
   * <p><b>Warning: close the stream</b> (try-with-resources), also when it is not read to its end.
   * A database adapter holds a connection of the host's pool and a cursor until the stream is
   * closed: streams left open exhaust the pool. Closing gives the connection back.
   *
   * @param kommune the Kommune's key
   * @return the Kommune's Messwerte; an empty stream if it has none
   */
  Stream<Messwert> streamByKommune(Gemeindeschluessel kommune);

  /**
   * {@return the Messwerte of one indicator (all versions) in one Kommune, ordered as the stream;
   * empty if there are none}
   *
   * @param kommune the Kommune's key
   * @param indikator the indicator's key; Messwerte of every version of it are returned
   */
  List<Messwert> findByKommuneAndIndikator(Gemeindeschluessel kommune, IndikatorKey indikator);

  /**
   * {@return the Messwert with key {@code schluessel}, or empty}
   *
   * @param schluessel the Messwert's key (indicator, area, period and breakdown)
   */
  Optional<Messwert> find(MesswertSchluessel schluessel);

  /**
   * {@return the number of Messwerte stored for the Kommune}
   *
   * @param kommune the Kommune's key
   */
  long count(Gemeindeschluessel kommune);

  /**
   * Deletes every Messwert of the Kommune.
   *
   * @param kommune the Kommune's key
   * @return how many were deleted; 0 if it had none
   */
  long deleteByKommune(Gemeindeschluessel kommune);
}

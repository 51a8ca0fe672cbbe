package de.kekiz.persistence.internal;

import de.kekiz.port.PersistenzException;
import de.kekiz.port.VersionskonfliktException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.UpdatableRecord;

/**
 * Helpers for reading and writing aggregates with optimistic locking; the revision checks serve
 * {@link Aggregatablage} only and are package-private.
 */
public final class Schreiben {

  /** How often a load is repeated when a concurrent save committed while it read. */
  public static final int LESEVERSUCHE = 5;

  private static final String EINDEUTIGKEIT_VERLETZT = "23505";

  private Schreiben() {}

  /** The stored revision of the root row selected by {@code id}, 0 if there is none. */
  static long revision(DSLContext ctx, Table<?> tabelle, Field<Long> revision, Condition id) {
    Long r = ctx.select(revision).from(tabelle).where(id).fetchOne(revision);
    return r == null ? 0 : r;
  }

  /**
   * @throws VersionskonfliktException if a root row selected by {@code id} is stored already
   */
  static void pruefeNeu(
      DSLContext ctx,
      Table<?> tabelle,
      Field<Long> revision,
      Condition id,
      String aggregat,
      String kennung) {
    long gespeichert = revision(ctx, tabelle, revision, id);
    if (gespeichert != 0) {
      throw new VersionskonfliktException(aggregat, kennung, 0, gespeichert);
    }
  }

  /**
   * @throws VersionskonfliktException if {@code gespeichert} is not {@code erwartet}
   */
  static void pruefeRevision(long gespeichert, long erwartet, String aggregat, String kennung) {
    if (gespeichert != erwartet) {
      throw new VersionskonfliktException(aggregat, kennung, erwartet, gespeichert);
    }
  }

  /**
   * Updates the root row selected by {@code id} to {@code neu}, only if it still has revision
   * {@code erwartet}.
   *
   * @throws VersionskonfliktException if it has another revision by now
   */
  static <R extends UpdatableRecord<R>> void aktualisiere(
      DSLContext ctx,
      Table<R> tabelle,
      Field<Long> revision,
      Condition id,
      R neu,
      long erwartet,
      String aggregat,
      String kennung) {
    int n = ctx.update(tabelle).set(neu).where(id).and(revision.eq(erwartet)).execute();
    if (n != 1) {
      throw new VersionskonfliktException(
          aggregat, kennung, erwartet, revision(ctx, tabelle, revision, id));
    }
  }

  /** Inserts {@code zeilen} in one JDBC batch; nothing for an empty list. */
  public static void einfuegen(DSLContext ctx, List<? extends TableRecord<?>> zeilen) {
    if (!zeilen.isEmpty()) {
      ctx.batchInsert(zeilen).execute();
    }
  }

  /** The records grouped by {@code schluessel}, groups and records in the order given. */
  public static <R extends Record> Map<String, List<R>> gruppiere(
      Result<R> zeilen, Function<R, String> schluessel) {
    Map<String, List<R>> gruppen = new LinkedHashMap<>();
    for (R r : zeilen) {
      gruppen.computeIfAbsent(schluessel.apply(r), k -> new ArrayList<>()).add(r);
    }
    return gruppen;
  }

  /**
   * Whether the root rows read first have the same ids and revisions as {@code jetzt} read last: if
   * so, no save committed in between and the child rows read between them belong to them.
   */
  public static <R extends Record> boolean unveraendert(
      Result<R> wurzeln, Field<String> id, Field<Long> revision, Map<String, Long> jetzt) {
    if (wurzeln.size() != jetzt.size()) {
      return false;
    }
    for (R r : wurzeln) {
      if (!r.get(revision).equals(jetzt.get(r.get(id)))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Turns the failure of a save that created an aggregate (revision 0) into the {@link
   * VersionskonfliktException} it is when another transaction created the same aggregate at the
   * same time (the insert of the root row broke the primary key); returns {@code e} otherwise.
   */
  static RuntimeException konfliktBeiGleichzeitigemAnlegen(
      PersistenzException e,
      long revision,
      String aggregat,
      String kennung,
      LongSupplier gespeichert) {
    if (revision == 0 && eindeutigkeitVerletzt(e)) {
      long g = gespeichert.getAsLong();
      if (g != 0) {
        VersionskonfliktException k = new VersionskonfliktException(aggregat, kennung, 0, g);
        k.initCause(e);
        return k;
      }
    }
    return e;
  }

  /** Whether {@code t} or one of its causes is a violated unique key or primary key. */
  public static boolean eindeutigkeitVerletzt(Throwable t) {
    for (Throwable u = t; u != null; u = u.getCause()) {
      if (u instanceof SQLException s && EINDEUTIGKEIT_VERLETZT.equals(s.getSQLState())) {
        return true;
      }
      if (u instanceof org.jooq.exception.DataAccessException d
          && EINDEUTIGKEIT_VERLETZT.equals(d.sqlState())) {
        return true;
      }
      if (u instanceof SQLException s
          && s.getNextException() != null
          && eindeutigkeitVerletzt(s.getNextException())) {
        return true;
      }
    }
    return false;
  }
}

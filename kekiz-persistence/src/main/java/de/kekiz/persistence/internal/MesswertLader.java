package de.kekiz.persistence.internal;

import static de.kekiz.persistence.internal.db.Tables.AUDIT;
import static de.kekiz.persistence.internal.db.Tables.MESSWERT;
import static de.kekiz.persistence.internal.db.Tables.MESSWERT_HISTORIE;
import static de.kekiz.persistence.internal.db.Tables.MESSWERT_IMPORT;
import static java.util.Objects.requireNonNull;

import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.persistence.Datenbank;
import de.kekiz.persistence.internal.db.tables.MesswertImport;
import de.kekiz.port.DuplikatException;
import de.kekiz.port.Duplikatregel;
import de.kekiz.port.PersistenzException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * Loads a stream of Messwerte in bounded memory, inside the caller's unit of work (so all or
 * nothing): at most one batch of {@link Kontext#stapelgroesse()} Messwerte is held at a time.
 *
 * <p>Under {@link Duplikatregel#ABLEHNEN} the rows go straight into the table {@code messwert},
 * whose primary key rejects a duplicate; under {@link Duplikatregel#ERSETZEN} they go into the
 * staging table {@code messwert_import} first, and two set-based statements then copy the stored
 * rows they replace into {@code messwert_historie} and upsert the last row of the load for each
 * key. Rows are written with {@code COPY FROM STDIN} on PostgreSQL (one COPY command per batch)
 * and with JDBC batches elsewhere; into {@code messwert} each batch is written in the order of its
 * primary key.
 *
 * <p>A failing row is named by its 1-based position in the load and its key: a duplicate as
 * {@link DuplikatException}, anything else as {@link PersistenzException}. Single use; not
 * thread-safe.
 */
public final class MesswertLader {

  /** The aggregate name of Messwerte in the audit trail. */
  public static final String AGGREGAT = "Messwert";

  private final Kontext kontext;
  private final DSLContext ctx;
  private final Duplikatregel regel;

  /**
   * @param kontext the adapter's context
   * @param ctx bound to the connection and transaction of the load
   * @param regel what a duplicate key does
   */
  public MesswertLader(Kontext kontext, DSLContext ctx, Duplikatregel regel) {
    this.kontext = requireNonNull(kontext, "kontext");
    this.ctx = requireNonNull(ctx, "ctx");
    this.regel = requireNonNull(regel, "regel");
  }

  /**
   * Loads every Messwert of {@code messwerte}.
   *
   * @return the number of Messwerte read from {@code messwerte} and stored (under {@code
   *     ERSETZEN} a Messwert replaced by a later one of the same load counts too)
   */
  public long lade(Iterator<Messwert> messwerte) {
    requireNonNull(messwerte, "messwerte");
    long lauf =
        kontext.auditiere(ctx, AGGREGAT, "-", null, "GESPEICHERT", null, null, "load running");
    return ctx.connectionResult(c -> lade(c, lauf, messwerte));
  }

  private long lade(Connection c, long lauf, Iterator<Messwert> messwerte) throws SQLException {
    boolean direkt = regel == Duplikatregel.ABLEHNEN;
    PostgresCopy kopie = null;
    if (kontext.datenbank() == Datenbank.POSTGRESQL) {
      try {
        kopie = PostgresCopy.fuer(c);
      } catch (LinkageError e) {
        kopie = null; // the PostgreSQL driver's own classes are not on the class path
      }
    }
    Schreiber schreiber =
        kopie != null
            ? new CopySchreiber(kopie, direkt, lauf)
            : new StapelSchreiber(c, direkt, lauf);
    Map<Gemeindeschluessel, long[]> proKommune = new HashMap<>();
    long position = 0;
    try {
      Gemeindeschluessel letzte = null;
      long[] zaehler = new long[1];
      while (messwerte.hasNext()) {
        Messwert m = messwerte.next();
        position++;
        if (m == null) {
          throw new NullPointerException("messwerte holds null at position " + position);
        }
        Gemeindeschluessel k = m.raum().kommune();
        if (k != letzte) {
          zaehler = proKommune.get(k);
          if (zaehler == null) {
            if (!kontext.mandant().umfasst(k)) {
              kontext.pruefeMandant(
                  k, "storing Messwert row " + position + " (" + m.schluessel() + ")");
            }
            zaehler = new long[1];
            proKommune.put(k, zaehler);
          }
          letzte = k;
        }
        zaehler[0]++;
        schreiber.schreibe(m, position);
      }
      schreiber.fertig();
    } finally {
      schreiber.schliesse();
    }
    long gespeichert = position;
    long ersetzt = 0;
    if (!direkt) {
      long[] ergebnis = uebernimm(lauf);
      ersetzt = ergebnis[0];
      gespeichert = ergebnis[1];
      ctx.deleteFrom(MESSWERT_IMPORT).where(MESSWERT_IMPORT.LAUF.eq(lauf)).execute();
    }
    protokolliere(lauf, proKommune, position, gespeichert, ersetzt);
    return position;
  }

  /**
   * Moves the staged rows of {@code lauf} into {@code messwert}. Both statements start from the
   * staged rows (the last row of the load for each key) and reach {@code messwert} through its
   * primary key, so their cost follows the size of the load, not of the table: first the stored
   * rows they replace are copied into {@code messwert_historie}, then they are upserted ({@code
   * INSERT … ON CONFLICT … DO UPDATE} on PostgreSQL, {@code MERGE} on H2, both rendered by jOOQ).
   *
   * @return how many stored rows they replaced, and how many keys the load stored
   */
  private long[] uebernimm(long lauf) {
    MesswertImport i = MESSWERT_IMPORT.as("i");
    MesswertImport j = MESSWERT_IMPORT.as("j");
    Condition letzte =
        i.LAUF.eq(lauf)
            .andNotExists(
                DSL.selectOne()
                    .from(j)
                    .where(j.LAUF.eq(lauf))
                    .and(gleicherSchluessel(j, i))
                    .and(j.NR.gt(i.NR)));
    List<Field<?>> ziel = new ArrayList<>();
    ziel.add(MESSWERT_HISTORIE.AUDIT_ID);
    List<Field<?>> alt = new ArrayList<>();
    alt.add(DSL.inline(lauf));
    List<Field<?>> neu = new ArrayList<>();
    for (Field<?> f : MesswertZeile.SPALTEN) {
      ziel.add(MESSWERT_HISTORIE.field(f.getName()));
      alt.add(MESSWERT.field(f));
      neu.add(i.field(f.getName()));
    }
    long ersetzt =
        ctx.insertInto(MESSWERT_HISTORIE)
            .columns(ziel)
            .select(
                DSL.select(alt)
                    .from(i)
                    .join(MESSWERT)
                    .on(gleicherSchluessel(MESSWERT, i))
                    .where(letzte))
            .execute();
    long gespeichert =
        ctx.insertInto(MESSWERT)
            .columns(MesswertZeile.SPALTEN)
            .select(DSL.select(neu).from(i).where(letzte))
            .onConflict(MesswertZeile.SCHLUESSEL)
            .doUpdate()
            .set(MESSWERT.ZAEHLER, neuerWert(MESSWERT.ZAEHLER))
            .set(MESSWERT.NENNER, neuerWert(MESSWERT.NENNER))
            .set(MESSWERT.OBS_STATUS, neuerWert(MESSWERT.OBS_STATUS))
            .set(MESSWERT.CONF_STATUS, neuerWert(MESSWERT.CONF_STATUS))
            .execute();
    return new long[] {ersetzt, gespeichert};
  }

  /**
   * The value the upsert proposed for {@code spalte} ({@code EXCLUDED.spalte}). On PostgreSQL
   * written as plain SQL: jOOQ's schema mapping (input schema "" → the host's schema) would put
   * the host's schema in front of {@code EXCLUDED}, which PostgreSQL refuses; on H2 jOOQ turns
   * {@link DSL#excluded} into the source of the {@code MERGE} it emulates the upsert with.
   */
  private <T> Field<T> neuerWert(Field<T> spalte) {
    if (kontext.datenbank() == Datenbank.POSTGRESQL) {
      return DSL.field("excluded." + spalte.getName(), spalte.getDataType());
    }
    return DSL.excluded(spalte);
  }

  /** The key columns of {@code a} equal those of {@code b}. */
  private static Condition gleicherSchluessel(Table<?> a, Table<?> b) {
    Condition c = DSL.noCondition();
    for (Field<?> f : MesswertZeile.SCHLUESSEL) {
      c = c.and(gleich(a.field(f.getName()), b.field(f.getName())));
    }
    return c;
  }

  @SuppressWarnings("unchecked")
  private static Condition gleich(@Nullable Field<?> a, @Nullable Field<?> b) {
    return ((Field<Object>) requireNonNull(a, "field")).eq((Field<Object>) requireNonNull(b, "field"));
  }

  private void protokolliere(
      long lauf, Map<Gemeindeschluessel, long[]> proKommune, long zeilen, long gespeichert, long ersetzt) {
    StringBuilder text = new StringBuilder();
    text.append("stored ").append(gespeichert).append(" Messwerte from a load of ").append(zeilen)
        .append(" rows under ").append(regel);
    if (regel == Duplikatregel.ERSETZEN) {
      text.append(", replacing ").append(ersetzt).append(" stored (previous values kept in")
          .append(" messwert_historie), ").append(zeilen - gespeichert)
          .append(" rows replaced by a later row of the load");
    }
    List<String> kommunen = new ArrayList<>();
    text.append("; rows per Kommune:");
    for (Map.Entry<Gemeindeschluessel, long[]> e : new TreeMap<>(proKommune).entrySet()) {
      kommunen.add(e.getKey().wert());
      text.append(' ').append(e.getKey()).append('=').append(e.getValue()[0]);
    }
    String kennung = kommunen.isEmpty() ? "-" : String.join(",", kommunen);
    ctx.update(AUDIT)
        .set(AUDIT.KENNUNG, kennung)
        .set(AUDIT.KOMMUNE, kommunen.size() == 1 ? kommunen.get(0) : null)
        .set(AUDIT.AENDERUNG, text.toString())
        .where(AUDIT.ID.eq(lauf))
        .execute();
  }

  private RuntimeException fehler(SQLException e, Messwert m, long position) {
    if (regel == Duplikatregel.ABLEHNEN && Schreiben.eindeutigkeitVerletzt(e)) {
      DuplikatException d = new DuplikatException(m.schluessel(), position);
      d.initCause(e);
      return d;
    }
    return new PersistenzException("storing Messwert row " + position + " (" + m.schluessel() + ")", e);
  }

  // ---------------------------------------------------------------- writers

  /**
   * The order in which the rows of a batch are written: into {@code messwert} in the order of its
   * primary key (stable, so a duplicate inside the batch keeps its place after the first), which
   * lets the database insert into neighbouring index pages instead of all over the key space; into
   * the staging table in the order of the load (its key is the position).
   */
  private static int[] reihenfolge(List<Messwert> stapel, boolean direkt) {
    return direkt ? MesswertZeile.schluesselfolge(stapel) : MesswertZeile.ladefolge(stapel.size());
  }

  /** Writes rows in batches. */
  private interface Schreiber {
    void schreibe(Messwert m, long position) throws SQLException;

    void fertig() throws SQLException;

    void schliesse() throws SQLException;
  }

  private List<Field<?>> spalten(boolean direkt) {
    List<Field<?>> spalten = new ArrayList<>();
    if (!direkt) {
      spalten.add(MESSWERT_IMPORT.LAUF);
      spalten.add(MESSWERT_IMPORT.NR);
      for (Field<?> f : MesswertZeile.SPALTEN) {
        spalten.add(MESSWERT_IMPORT.field(f.getName()));
      }
    } else {
      spalten.addAll(MesswertZeile.SPALTEN);
    }
    return spalten;
  }

  /** JDBC batches; a savepoint before each batch lets a failed batch be replayed row by row to name the failing row. */
  private final class StapelSchreiber implements Schreiber {
    private final Connection c;
    private final boolean direkt;
    private final long lauf;
    private final String sql;
    private final PreparedStatement ps;
    private final List<Messwert> stapel = new ArrayList<>();
    private long erste = 1;

    StapelSchreiber(Connection c, boolean direkt, long lauf) throws SQLException {
      this.c = c;
      this.direkt = direkt;
      this.lauf = lauf;
      List<Field<?>> spalten = spalten(direkt);
      Table<?> tabelle = direkt ? MESSWERT : MESSWERT_IMPORT;
      this.sql =
          ctx.render(
              ctx.insertInto(tabelle)
                  .columns(spalten)
                  .values(Collections.nCopies(spalten.size(), (Object) null)));
      this.ps = c.prepareStatement(sql);
    }

    private void binde(PreparedStatement p, Messwert m, long position) throws SQLException {
      if (direkt) {
        MesswertZeile.binde(p, 1, m);
      } else {
        p.setLong(1, lauf);
        p.setLong(2, position);
        MesswertZeile.binde(p, 3, m);
      }
    }

    @Override
    public void schreibe(Messwert m, long position) throws SQLException {
      stapel.add(m);
      if (stapel.size() >= kontext.stapelgroesse()) {
        fertig();
      }
    }

    @Override
    public void fertig() throws SQLException {
      if (stapel.isEmpty()) {
        return;
      }
      int[] folge = reihenfolge(stapel, direkt);
      for (int n : folge) {
        binde(ps, stapel.get(n), erste + n);
        ps.addBatch();
      }
      Savepoint sicherung = c.setSavepoint();
      try {
        ps.executeBatch();
      } catch (SQLException e) {
        ps.clearBatch();
        c.rollback(sicherung);
        einzeln();
      }
      c.releaseSavepoint(sicherung);
      erste += stapel.size();
      stapel.clear();
    }

    /** Replays the batch row by row and fails on the first row that fails. */
    private void einzeln() throws SQLException {
      try (PreparedStatement einzeln = c.prepareStatement(sql)) {
        for (int n = 0; n < stapel.size(); n++) {
          Messwert m = stapel.get(n);
          Savepoint zeile = c.setSavepoint();
          try {
            binde(einzeln, m, erste + n);
            einzeln.executeUpdate();
          } catch (SQLException e) {
            c.rollback(zeile);
            throw fehler(e, m, erste + n);
          }
          c.releaseSavepoint(zeile);
        }
      }
    }

    @Override
    public void schliesse() throws SQLException {
      ps.close();
    }
  }

  /** One {@code COPY … FROM STDIN} per batch, written from a reused byte buffer. */
  private final class CopySchreiber implements Schreiber {
    private final PostgresCopy kopie;
    private final boolean direkt;
    private final long lauf;
    private final String sql;
    private final CopyPuffer puffer = new CopyPuffer(1 << 20);
    private final List<Messwert> stapel = new ArrayList<>();
    private long erste = 1;

    CopySchreiber(PostgresCopy kopie, boolean direkt, long lauf) {
      this.kopie = kopie;
      this.direkt = direkt;
      this.lauf = lauf;
      StringBuilder s =
          new StringBuilder("COPY ")
              .append(ctx.render(direkt ? MESSWERT : MESSWERT_IMPORT))
              .append(" (");
      List<Field<?>> spalten = spalten(direkt);
      for (int n = 0; n < spalten.size(); n++) {
        s.append(n == 0 ? "" : ", ").append(spalten.get(n).getName());
      }
      this.sql = s.append(") FROM STDIN").toString();
    }

    @Override
    public void schreibe(Messwert m, long position) throws SQLException {
      stapel.add(m);
      if (stapel.size() >= kontext.stapelgroesse()) {
        fertig();
      }
    }

    @Override
    public void fertig() throws SQLException {
      if (stapel.isEmpty()) {
        return;
      }
      int[] folge = reihenfolge(stapel, direkt);
      for (int n : folge) {
        if (!direkt) {
          puffer.ganz(lauf).tab().ganz(erste + n).tab();
        }
        MesswertZeile.kopiere(puffer, stapel.get(n));
        puffer.zeilenende();
      }
      try {
        kopie.kopiere(sql, puffer.bytes(), puffer.laenge());
      } catch (SQLException e) {
        OptionalLong zeile = PostgresCopy.zeile(e);
        if (zeile.isPresent() && zeile.getAsLong() >= 1 && zeile.getAsLong() <= stapel.size()) {
          int n = folge[(int) zeile.getAsLong() - 1];
          throw fehler(e, stapel.get(n), erste + n);
        }
        throw new PersistenzException(
            "storing Messwert rows " + erste + " to " + (erste + stapel.size() - 1), e);
      }
      erste += stapel.size();
      stapel.clear();
      puffer.leere();
    }

    @Override
    public void schliesse() {
      // nothing held open
    }
  }
}

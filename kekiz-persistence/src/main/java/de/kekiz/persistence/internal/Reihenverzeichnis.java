package de.kekiz.persistence.internal;

import static de.kekiz.persistence.internal.db.Tables.MESSREIHE;
import static de.kekiz.persistence.internal.db.Tables.MESSREIHE_ZAEHLER;

import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.port.PersistenzException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.Record7;
import org.jooq.SQLDialect;
import org.jspecify.annotations.Nullable;

/**
 * The Messreihen of the Kommunen a bulk load writes, with the ids of the ones it adds.
 *
 * <p>When a load first meets a Kommune it locks the Kommune's row of {@code messreihe_zaehler}
 * ({@code SELECT … FOR UPDATE}; created with the next free Kommune number if missing) until its
 * transaction ends and reads the Kommune's Messreihen; from then on it numbers new Messreihen
 * itself, without asking the database, and writes them when the connection is free (on PostgreSQL
 * no COPY may be under way meanwhile). It gives each Messwert its key ({@link
 * MesswertZeile#schluessel}). Another load of the same Kommune waits for the lock, so two loads
 * never give one id twice or add one Messreihe twice; loads of different Kommunen do not wait for
 * each other.
 *
 * <p>At most about {@value #GRENZE} Messreihen are held; beyond that the Kommunen used least
 * recently are forgotten (their lock is kept) and read again when they come back. Single use; not
 * thread-safe.
 */
final class Reihenverzeichnis {

  /** The number of Messreihen held in memory before Kommunen are forgotten. */
  static final int GRENZE = 100_000;

  /** A Messreihe numbered by this load and not yet written, with the row that first used it. */
  private record Neu(
      Gemeindeschluessel kommune, int id, Messreihe reihe, Periode periode, long position) {}

  private final DSLContext ctx;
  private final Connection c;
  private final @Nullable PostgresCopy kopie;
  private final MesswertZeile zeile = new MesswertZeile();

  /**
   * Of every Kommune this load has locked: the next free id, the one it had when locked, and the
   * Kommune's number.
   */
  private final Map<Gemeindeschluessel, int[]> naechste = new HashMap<>();

  /** The Messreihen of the Kommunen held, least recently used first. */
  private final LinkedHashMap<Gemeindeschluessel, Map<Messreihe, Integer>> gehalten =
      new LinkedHashMap<>(16, 0.75f, true);

  private final List<Neu> ausstehend = new ArrayList<>();
  private final int grenze;
  private int anzahl;
  private @Nullable Gemeindeschluessel letzte;
  private @Nullable Map<Messreihe, Integer> letzteReihen;
  private int @Nullable [] letzterZaehler;

  /**
   * @param ctx bound to {@code c}
   * @param c the connection of the load's transaction
   * @param kopie COPY on {@code c} (PostgreSQL), or null to write with JDBC batches
   */
  Reihenverzeichnis(DSLContext ctx, Connection c, @Nullable PostgresCopy kopie) {
    this(ctx, c, kopie, GRENZE);
  }

  /** Like the other constructor, holding about {@code grenze} Messreihen at most. */
  Reihenverzeichnis(DSLContext ctx, Connection c, @Nullable PostgresCopy kopie, int grenze) {
    this.ctx = ctx;
    this.c = c;
    this.kopie = kopie;
    this.grenze = grenze;
  }

  /** Whether the Messreihen of {@code kommune} are held (then {@link #id} needs no database). */
  boolean haelt(Gemeindeschluessel kommune) {
    return kommune == letzte || gehalten.containsKey(kommune);
  }

  /**
   * Locks and reads the Kommunen of {@code benoetigt} that are not held, then forgets Kommunen
   * outside {@code benoetigt} while more than the limit of Messreihen are held (writing what is
   * outstanding first). Needs the connection free.
   */
  void oeffne(Set<Gemeindeschluessel> benoetigt) throws SQLException {
    Set<String> zuSperren = new TreeSet<>();
    Set<String> zuLesen = new TreeSet<>();
    for (Gemeindeschluessel k : benoetigt) {
      if (!gehalten.containsKey(k)) {
        zuLesen.add(k.wert());
        if (!naechste.containsKey(k)) {
          zuSperren.add(k.wert());
        }
      }
    }
    if (zuLesen.isEmpty()) {
      return;
    }
    sperre(zuSperren);
    for (String k : zuLesen) {
      gehalten.put(Gemeindeschluessel.parse(k), new HashMap<>());
    }
    try (Cursor<Record7<String, Integer, String, Integer, String, Integer, String>> reihen =
        ctx.select(
                MESSREIHE.KOMMUNE,
                MESSREIHE.ID,
                MESSREIHE.INDIKATOR,
                MESSREIHE.INDIKATOR_VERSION,
                MESSREIHE.SOZIALRAUM_CODE,
                MESSREIHE.GEBIETSSTAND,
                MESSREIHE.AUFSCHLUESSELUNG)
            .from(MESSREIHE)
            .where(MESSREIHE.KOMMUNE.in(zuLesen))
            .fetchSize(5000)
            .fetchLazy()) {
      for (Record7<String, Integer, String, Integer, String, Integer, String> r : reihen) {
        Messreihe reihe =
            zeile.reihe(r.value1(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7());
        Map<Messreihe, Integer> ids = gehalten.get(reihe.raum().kommune());
        if (ids != null) {
          ids.put(reihe, r.value2());
          anzahl++;
        }
      }
    }
    if (anzahl > grenze) {
      vergiss(benoetigt);
    }
  }

  /**
   * Locks the rows of {@code kommunen} in {@code messreihe_zaehler}, creating missing ones: one
   * statement per Kommune, in the order of their keys (two loads lock shared Kommunen in the same
   * order; and a distributed PostgreSQL locks rows of one shard per statement only).
   */
  private void sperre(Set<String> kommunen) throws SQLException {
    for (String k : kommunen) {
      Record2<Integer, Integer> zeile = gesperrt(k);
      for (int versuch = 1; zeile == null; versuch++) {
        lege(k, versuch);
        zeile = gesperrt(k);
      }
      int nummer = zeile.value2();
      if (nummer > MesswertZeile.GROESSTE_NUMMER) {
        throw new PersistenzException(
            "Nummerieren der Kommune " + k + " für ihre Messwerte",
            new IllegalStateException(
                "sie bekam die Nummer "
                    + nummer
                    + ", der Messwertschlüssel fasst höchstens "
                    + MesswertZeile.GROESSTE_NUMMER));
      }
      int frei = zeile.value1();
      naechste.put(Gemeindeschluessel.parse(k), new int[] {frei, frei, zeile.value2()});
    }
  }

  /** Locks the row of {@code kommune} in {@code messreihe_zaehler}: its next free id and number. */
  private @Nullable Record2<Integer, Integer> gesperrt(String kommune) {
    return ctx.select(MESSREIHE_ZAEHLER.NAECHSTE_ID, MESSREIHE_ZAEHLER.NUMMER)
        .from(MESSREIHE_ZAEHLER)
        .where(MESSREIHE_ZAEHLER.KOMMUNE.eq(kommune))
        .forUpdate()
        .fetchOne();
  }

  /**
   * Creates the row of {@code kommune}, its number drawn from the column's identity (which never
   * waits for other transactions), unless a concurrent load created the row meanwhile (then the
   * caller looks again). PostgreSQL skips the row on such a conflict ({@code ON CONFLICT DO
   * NOTHING}); H2 refuses the statement and undoes only it.
   *
   * @throws PersistenzException after 100 attempts
   */
  private void lege(String kommune, int versuch) throws SQLException {
    if (versuch > 100) {
      throw new PersistenzException(
          "Nummerieren der Kommune " + kommune + " für ihre Messwerte",
          new IllegalStateException("100 Versuche trafen auf einen gleichzeitigen Ladevorgang"));
    }
    boolean postgres = ctx.dialect().family() == SQLDialect.POSTGRES;
    String sql =
        "INSERT INTO "
            + ctx.render(MESSREIHE_ZAEHLER)
            + " (kommune, naechste_id) VALUES (?, 1)"
            + (postgres ? " ON CONFLICT DO NOTHING" : "");
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, kommune);
      ps.executeUpdate();
    } catch (SQLException e) {
      if (!Schreiben.eindeutigkeitVerletzt(e)) {
        throw e;
      }
    }
  }

  /**
   * Forgets the least recently used Kommunen outside {@code behalten}, writing what is outstanding.
   */
  private void vergiss(Set<Gemeindeschluessel> behalten) throws SQLException {
    schreibe();
    Iterator<Map.Entry<Gemeindeschluessel, Map<Messreihe, Integer>>> it =
        gehalten.entrySet().iterator();
    while (anzahl > grenze && it.hasNext()) {
      Map.Entry<Gemeindeschluessel, Map<Messreihe, Integer>> e = it.next();
      if (!behalten.contains(e.getKey())) {
        anzahl -= e.getValue().size();
        it.remove();
      }
    }
    letzte = null;
    letzteReihen = null;
    letzterZaehler = null;
  }

  /**
   * The key of {@code m}, the row at {@code position} of the load ({@link
   * MesswertZeile#schluessel}); a new Messreihe gets the Kommune's next free id and is written
   * later ({@link #schreibe}).
   *
   * @throws IllegalStateException if the Kommune is not held ({@link #oeffne} first)
   * @throws PersistenzException naming the row if the Kommune has no free id left
   */
  long schluessel(Messwert m, long position) {
    Gemeindeschluessel k = m.raum().kommune();
    Map<Messreihe, Integer> ids;
    if (k == letzte && letzteReihen != null) {
      ids = letzteReihen;
    } else {
      ids = gehalten.get(k);
      if (ids == null) {
        throw new IllegalStateException("die Messreihen der Kommune " + k + " sind nicht gelesen");
      }
      letzte = k;
      letzteReihen = ids;
      letzterZaehler = naechste.get(k);
    }
    int[] zaehler = letzterZaehler;
    if (zaehler == null) {
      // the message is built only here: this method runs once per row
      throw new NullPointerException("die Messreihen der Kommune " + k + " sind nicht gesperrt");
    }
    Messreihe reihe = Messreihe.von(m);
    Integer id = ids.get(reihe);
    if (id == null) {
      if (zaehler[0] > MesswertZeile.GROESSTE_REIHE) {
        throw new PersistenzException(
            "Speichern der Messwertzeile " + position + " (" + m.schluessel() + ")",
            position,
            new IllegalStateException(
                "die Kommune "
                    + k
                    + " hat schon "
                    + MesswertZeile.GROESSTE_REIHE
                    + " Messreihen, mehr kann sie nicht haben"));
      }
      id = zaehler[0]++;
      ids.put(reihe, id);
      anzahl++;
      ausstehend.add(new Neu(k, id, reihe, m.periode(), position));
    }
    return MesswertZeile.schluessel(zaehler[2], id, m.periode());
  }

  /** The number of new Messreihen not yet written. */
  int ausstehend() {
    return ausstehend.size();
  }

  /**
   * The Messreihe of {@code kommune} with id {@code id}, for naming a failed row.
   *
   * @return null if the Kommune is not held or has no such id
   */
  @Nullable Messreihe reihe(Gemeindeschluessel kommune, int id) {
    Map<Messreihe, Integer> ids = gehalten.get(kommune);
    if (ids != null) {
      for (Map.Entry<Messreihe, Integer> e : ids.entrySet()) {
        if (e.getValue() == id) {
          return e.getKey();
        }
      }
    }
    return null;
  }

  /**
   * Writes the new Messreihen into {@code messreihe}. Needs the connection free.
   *
   * @throws PersistenzException naming the first row of the load that used a Messreihe the database
   *     refused
   */
  void schreibe() throws SQLException {
    if (ausstehend.isEmpty()) {
      return;
    }
    if (kopie != null) {
      kopiere(kopie);
    } else {
      stapelweise();
    }
    ausstehend.clear();
  }

  private void kopiere(PostgresCopy k) throws SQLException {
    CopyPuffer puffer = new CopyPuffer(ausstehend.size() * 64);
    for (Neu n : ausstehend) {
      puffer.ascii(n.kommune().wert()).tab().ganz(n.id()).tab();
      puffer.ascii(n.reihe().indikator().key().wert()).tab();
      puffer.ganz(n.reihe().indikator().version()).tab();
      puffer.text(n.reihe().sozialraumCode()).tab();
      puffer.ganz(n.reihe().gebietsstand()).tab();
      puffer.text(n.reihe().aufschluesselung().toString()).zeilenende();
    }
    String sql =
        "COPY "
            + ctx.render(MESSREIHE)
            + " (kommune, id, indikator, indikator_version,"
            + " sozialraum_code, gebietsstand, aufschluesselung) FROM STDIN";
    try {
      k.kopiere(sql, puffer.bytes(), puffer.laenge());
    } catch (SQLException e) {
      OptionalLong zeile = PostgresCopy.zeile(e);
      if (zeile.isPresent() && zeile.getAsLong() >= 1 && zeile.getAsLong() <= ausstehend.size()) {
        throw fehler(ausstehend.get((int) zeile.getAsLong() - 1), e);
      }
      throw new PersistenzException(
          "Speichern der Messreihen, die die Messwertzeilen "
              + ausstehend.get(0).position()
              + " bis "
              + ausstehend.get(ausstehend.size() - 1).position()
              + " zuerst verwenden",
          e);
    }
  }

  private void stapelweise() throws SQLException {
    String sql =
        ctx.render(
            ctx.insertInto(MESSREIHE)
                .columns(
                    MESSREIHE.KOMMUNE,
                    MESSREIHE.ID,
                    MESSREIHE.INDIKATOR,
                    MESSREIHE.INDIKATOR_VERSION,
                    MESSREIHE.SOZIALRAUM_CODE,
                    MESSREIHE.GEBIETSSTAND,
                    MESSREIHE.AUFSCHLUESSELUNG)
                .values(null, null, null, null, null, null, (String) null));
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (Neu n : ausstehend) {
        binde(ps, n);
        ps.addBatch();
      }
      Savepoint sicherung = c.setSavepoint();
      try {
        ps.executeBatch();
      } catch (SQLException e) {
        ps.clearBatch();
        c.rollback(sicherung);
        einzeln(ps);
      }
      c.releaseSavepoint(sicherung);
    }
  }

  /** Writes the new Messreihen one by one and fails on the first the database refuses. */
  private void einzeln(PreparedStatement ps) throws SQLException {
    for (Neu n : ausstehend) {
      Savepoint zeile = c.setSavepoint();
      try {
        binde(ps, n);
        ps.executeUpdate();
      } catch (SQLException e) {
        c.rollback(zeile);
        throw fehler(n, e);
      }
      c.releaseSavepoint(zeile);
    }
  }

  private static void binde(PreparedStatement ps, Neu n) throws SQLException {
    ps.setString(1, n.kommune().wert());
    ps.setInt(2, n.id());
    ps.setString(3, n.reihe().indikator().key().wert());
    ps.setInt(4, n.reihe().indikator().version());
    ps.setString(5, n.reihe().sozialraumCode());
    ps.setInt(6, n.reihe().gebietsstand());
    ps.setString(7, n.reihe().aufschluesselung().toString());
  }

  private static PersistenzException fehler(Neu n, SQLException e) {
    return new PersistenzException(
        "Speichern der Messwertzeile "
            + n.position()
            + " ("
            + n.reihe().schluessel(n.periode())
            + ")",
        n.position(),
        e);
  }

  /** Writes the next free id of every Kommune that got new Messreihen. */
  void schliesseAb() {
    for (Map.Entry<Gemeindeschluessel, int[]> e : naechste.entrySet()) {
      int[] frei = e.getValue();
      if (frei[0] != frei[1]) {
        ctx.update(MESSREIHE_ZAEHLER)
            .set(MESSREIHE_ZAEHLER.NAECHSTE_ID, frei[0])
            .where(MESSREIHE_ZAEHLER.KOMMUNE.eq(e.getKey().wert()))
            .execute();
      }
    }
  }
}

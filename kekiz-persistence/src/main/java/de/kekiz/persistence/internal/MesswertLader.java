package de.kekiz.persistence.internal;

import static de.kekiz.persistence.internal.db.Tables.AUDIT;
import static de.kekiz.persistence.internal.db.Tables.MESSWERT;
import static de.kekiz.persistence.internal.db.Tables.MESSWERT_HISTORIE;
import static java.util.Objects.requireNonNull;

import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.MesswertSchluessel;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.persistence.Datenbank;
import de.kekiz.port.DuplikatException;
import de.kekiz.port.Duplikatregel;
import de.kekiz.port.PersistenzException;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/**
 * Loads a stream of Messwerte in bounded memory, inside the caller's unit of work (so all or
 * nothing): it reads {@link Kontext#stapelgroesse()} Messwerte at a time, looks up the ids of their
 * Messreihen (adding new ones, see {@link Reihenverzeichnis}) and writes them.
 *
 * <p>Under {@link Duplikatregel#ABLEHNEN} the rows go straight into the table {@code messwert},
 * whose primary key rejects a duplicate: on PostgreSQL through a {@code COPY FROM STDIN} that stays
 * open from batch to batch, so the server inserts while the next batch is read and formatted (it is
 * ended only where other statements must run, and every {@value #ZEILEN_JE_COPY} rows, which bounds
 * what is kept to name a failing row); elsewhere with JDBC batches. Each batch is written in the
 * order of the primary key.
 *
 * <p>Under {@link Duplikatregel#ERSETZEN} each batch, its rows of one Kommune at a time, is
 * upserted by one statement that also copies the stored rows it replaces into {@code
 * messwert_historie}: on PostgreSQL a statement with data-modifying {@code WITH} parts over the
 * batch passed as arrays, on H2 a {@code MERGE} whose replaced rows ({@code OLD TABLE}) are copied
 * by a JDBC batch. Each row stores the load's audit entry in {@code lauf}, so a row that an earlier
 * batch of the same load wrote is told apart from a value stored before the load: only the latter
 * goes into the history. Within a batch only the last row of a key is written.
 *
 * <p>A failing row is named by its 1-based position in the load and its key: a duplicate as {@link
 * DuplikatException}, anything else as {@link PersistenzException}. Single use; not thread-safe;
 * creates no threads.
 */
public final class MesswertLader {

  /** The aggregate name of Messwerte in the audit trail. */
  public static final String AGGREGAT = "Messwert";

  /** Rows after which a COPY is ended and a new one begun. */
  static final int ZEILEN_JE_COPY = 100_000;

  /** New Messreihen held back while a COPY is under way before they are written. */
  static final int AUSSTEHEND_JE_COPY = 20_000;

  /** The columns of {@code messwert}, in the order of {@link MesswertZeile#SPALTEN}. */
  private static final String SPALTENLISTE =
      "kommune, schluessel, " + MesswertZeile.WERTSPALTEN + ", lauf";

  private static final int SPALTEN = MesswertZeile.SPALTEN.size();

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
   * @return the number of Messwerte read from {@code messwerte} and stored (under {@code ERSETZEN}
   *     a Messwert replaced by a later one of the same load counts too)
   */
  public long lade(Iterator<Messwert> messwerte) {
    requireNonNull(messwerte, "messwerte");
    long lauf =
        kontext.auditiere(ctx, AGGREGAT, "-", null, "GESPEICHERT", null, null, "load running");
    return ctx.connectionResult(c -> lade(c, lauf, messwerte));
  }

  private long lade(Connection c, long lauf, Iterator<Messwert> messwerte) throws SQLException {
    PostgresCopy kopie = null;
    if (kontext.datenbank() == Datenbank.POSTGRESQL) {
      try {
        kopie = PostgresCopy.fuer(c);
      } catch (LinkageError e) {
        kopie = null; // the PostgreSQL driver's own classes are not on the class path
      }
    }
    Reihenverzeichnis reihen = new Reihenverzeichnis(ctx, c, kopie);
    Ziel ziel;
    if (regel == Duplikatregel.ABLEHNEN) {
      ziel = kopie != null ? new CopyZiel(kopie, reihen, lauf) : new StapelZiel(c, lauf);
    } else {
      ziel =
          kontext.datenbank() == Datenbank.POSTGRESQL
              ? new PostgresErsetzen(c, lauf)
              : new H2Ersetzen(c, lauf);
    }
    Map<Gemeindeschluessel, long[]> proKommune = new HashMap<>();
    List<Messwert> stapel = new ArrayList<>();
    long position = 0;
    try {
      Gemeindeschluessel letzte = null;
      long[] zaehler = new long[1];
      while (true) {
        Messwert m;
        try {
          if (!messwerte.hasNext()) {
            break;
          }
          m = messwerte.next();
          position++;
          if (m == null) {
            throw new NullPointerException("messwerte enthält null an Stelle " + position);
          }
          Gemeindeschluessel k = m.raum().kommune();
          if (k != letzte) {
            zaehler = proKommune.get(k);
            if (zaehler == null) {
              if (!kontext.mandant().umfasst(k)) {
                kontext.pruefeMandant(
                    k, "Speichern der Messwertzeile " + position + " (" + m.schluessel() + ")");
              }
              zaehler = new long[1];
              proKommune.put(k, zaehler);
            }
            letzte = k;
          }
        } catch (RuntimeException e) {
          // rows before this one may still be under way in a COPY: their failure comes first
          ziel.unterbrich();
          throw e;
        }
        zaehler[0]++;
        stapel.add(m);
        if (stapel.size() >= kontext.stapelgroesse()) {
          verarbeite(stapel, position - stapel.size() + 1, reihen, ziel);
          stapel.clear();
        }
      }
      verarbeite(stapel, position - stapel.size() + 1, reihen, ziel);
      ziel.unterbrich();
      reihen.schreibe();
      reihen.schliesseAb();
    } finally {
      ziel.schliesse();
    }
    protokolliere(lauf, proKommune, position, position - ziel.spaeterErsetzt(), ziel.ersetzt());
    return position;
  }

  /** Gives the rows of a batch their keys, the first row being at {@code erste}, and writes it. */
  private void verarbeite(List<Messwert> stapel, long erste, Reihenverzeichnis reihen, Ziel ziel)
      throws SQLException {
    if (stapel.isEmpty()) {
      return;
    }
    Set<Gemeindeschluessel> kommunen = new LinkedHashSet<>();
    boolean gehalten = true;
    Gemeindeschluessel letzte = null;
    for (Messwert m : stapel) {
      Gemeindeschluessel k = m.raum().kommune();
      if (k != letzte) {
        kommunen.add(k);
        gehalten &= reihen.haelt(k);
        letzte = k;
      }
    }
    if (!gehalten) {
      ziel.unterbrich();
      reihen.oeffne(kommunen);
    }
    long[] schluessel = new long[stapel.size()];
    for (int i = 0; i < schluessel.length; i++) {
      schluessel[i] = reihen.schluessel(stapel.get(i), erste + i);
    }
    if (reihen.ausstehend() >= (ziel instanceof CopyZiel ? AUSSTEHEND_JE_COPY : 1)) {
      ziel.unterbrich();
      reihen.schreibe();
    }
    ziel.schreibe(stapel, schluessel, erste);
  }

  private void protokolliere(
      long lauf,
      Map<Gemeindeschluessel, long[]> proKommune,
      long zeilen,
      long gespeichert,
      long ersetzt) {
    StringBuilder text = new StringBuilder();
    text.append("stored ")
        .append(gespeichert)
        .append(" Messwerte from a load of ")
        .append(zeilen)
        .append(" rows under ")
        .append(regel);
    if (regel == Duplikatregel.ERSETZEN) {
      text.append(", replacing ")
          .append(ersetzt)
          .append(" stored (previous values kept in")
          .append(" messwert_historie), ")
          .append(zeilen - gespeichert)
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

  private RuntimeException fehler(SQLException e, MesswertSchluessel schluessel, long position) {
    if (regel == Duplikatregel.ABLEHNEN && Schreiben.eindeutigkeitVerletzt(e)) {
      DuplikatException d = new DuplikatException(schluessel, position);
      d.initCause(e);
      return d;
    }
    return new PersistenzException(
        "Speichern der Messwertzeile " + position + " (" + schluessel + ")", position, e);
  }

  private static PersistenzException zeilenFehler(SQLException e, long von, long bis) {
    return new PersistenzException("Speichern der Messwertzeilen " + von + " bis " + bis, e);
  }

  // ---------------------------------------------------------------- writers

  /** Where the batches go. */
  private interface Ziel {
    /**
     * Writes a batch whose rows have the keys {@code schluessel}, the first row being at {@code
     * erste}.
     */
    void schreibe(List<Messwert> stapel, long[] schluessel, long erste) throws SQLException;

    /** Finishes what is under way, so that the connection can run other statements. */
    void unterbrich() throws SQLException;

    /** Releases what a failed load left open. */
    void schliesse() throws SQLException;

    /** The number of stored rows replaced, whose previous values went into the history. */
    default long ersetzt() {
      return 0;
    }

    /** The number of rows replaced by a later row of the same load. */
    default long spaeterErsetzt() {
      return 0;
    }
  }

  /**
   * JDBC batches into {@code messwert}, {@value #ZEILEN_JE_INSERT} rows per {@code INSERT} (a
   * multi-row {@code VALUES}; the rest of a batch one row per {@code INSERT}); a savepoint before
   * each batch lets a failed batch be replayed row by row in the order of the load to name the
   * failing row. The multi-row statement names the load's {@code lauf} and NULL for the exact
   * columns in its text, so it binds six parameters a row instead of nine; a row with a value that
   * needs an exact column ({@link MesswertZeile#millionstel}) goes one row per {@code INSERT}.
   */
  private final class StapelZiel implements Ziel {
    /**
     * Rows per multi-row INSERT: H2 pays its per-statement work (locks, statement savepoint,
     * dependencies) once for them, which measured 6 to 11 % less time per row than one row per
     * INSERT (issue 14).
     */
    private static final int ZEILEN_JE_INSERT = 100;

    /** Parameters per row of the multi-row statement. */
    private static final int PARAMETER = 6;

    private final Connection c;
    private final long lauf;
    private final String sql;
    private final PreparedStatement ps;
    private final PreparedStatement mehrere;

    StapelZiel(Connection c, long lauf) throws SQLException {
      this.c = c;
      this.lauf = lauf;
      String anfang = "INSERT INTO " + ctx.render(MESSWERT) + " (" + SPALTENLISTE + ") VALUES ";
      String zeile = "(" + String.join(", ", Collections.nCopies(SPALTEN, "?")) + ")";
      // kommune, schluessel, zaehler_millionstel, nenner_millionstel, zaehler_exakt,
      // nenner_exakt, obs_status, conf_status, lauf
      String passend = "(?, ?, ?, ?, NULL, NULL, ?, ?, " + lauf + ")";
      this.sql = anfang + zeile;
      this.ps = c.prepareStatement(sql);
      this.mehrere =
          c.prepareStatement(
              anfang + String.join(", ", Collections.nCopies(ZEILEN_JE_INSERT, passend)));
    }

    @Override
    public void schreibe(List<Messwert> stapel, long[] schluessel, long erste) throws SQLException {
      int[] folge = MesswertZeile.schluesselfolge(schluessel);
      int n = folge.length;
      // the rows in key order: first those whose values fit the millionths columns, then the rest
      int[] reihenfolge = new int[n];
      long[] zaehler = new long[n];
      long[] nenner = new long[n];
      int passend = 0;
      int rest = n;
      for (int n0 : folge) {
        Messwert m = stapel.get(n0);
        long z = millionstel(m.zaehler());
        long v = millionstel(m.nenner());
        if (z != MesswertZeile.PASST_NICHT && v != MesswertZeile.PASST_NICHT) {
          reihenfolge[passend] = n0;
          zaehler[passend] = z;
          nenner[passend] = v;
          passend++;
        } else {
          reihenfolge[--rest] = n0;
        }
      }
      int voll = passend - passend % ZEILEN_JE_INSERT;
      for (int i = 0; i < voll; i++) {
        int z = reihenfolge[i];
        Messwert m = stapel.get(z);
        int ab = 1 + PARAMETER * (i % ZEILEN_JE_INSERT);
        mehrere.setString(ab, m.raum().kommune().wert());
        mehrere.setLong(ab + 1, schluessel[z]);
        bindeMillionstel(mehrere, ab + 2, m.zaehler() == null, zaehler[i]);
        bindeMillionstel(mehrere, ab + 3, m.nenner() == null, nenner[i]);
        mehrere.setString(ab + 4, m.obsStatus().name());
        mehrere.setString(ab + 5, m.confStatus().name());
        if ((i + 1) % ZEILEN_JE_INSERT == 0) {
          mehrere.addBatch();
        }
      }
      // the rest of the fitting rows in key order, then the others (taken from the end)
      for (int i = voll; i < n; i++) {
        int z = reihenfolge[i < passend ? i : n - 1 - (i - passend)];
        MesswertZeile.binde(ps, 1, stapel.get(z), schluessel[z], lauf);
        ps.addBatch();
      }
      Savepoint sicherung = c.setSavepoint();
      try {
        if (voll > 0) {
          mehrere.executeBatch();
        }
        if (voll < n) {
          ps.executeBatch();
        }
      } catch (SQLException e) {
        mehrere.clearBatch();
        ps.clearBatch();
        c.rollback(sicherung);
        einzeln(stapel, schluessel, erste);
      }
      c.releaseSavepoint(sicherung);
    }

    /**
     * The millionths of {@code wert} ({@link MesswertZeile#PASST_NICHT} if they do not fit), 0 for
     * no value.
     */
    private static long millionstel(@Nullable BigDecimal wert) {
      return wert == null ? 0 : MesswertZeile.millionstel(wert);
    }

    /** Binds {@code millionstel} to parameter {@code i}, or NULL if there is {@code keinWert}. */
    private static void bindeMillionstel(
        PreparedStatement ps, int i, boolean keinWert, long millionstel) throws SQLException {
      if (keinWert) {
        ps.setNull(i, Types.BIGINT);
      } else {
        ps.setLong(i, millionstel);
      }
    }

    /** Replays the batch row by row and fails on the first row that fails. */
    private void einzeln(List<Messwert> stapel, long[] schluessel, long erste) throws SQLException {
      try (PreparedStatement einzeln = c.prepareStatement(sql)) {
        for (int n = 0; n < stapel.size(); n++) {
          Messwert m = stapel.get(n);
          Savepoint zeile = c.setSavepoint();
          try {
            MesswertZeile.binde(einzeln, 1, m, schluessel[n], lauf);
            einzeln.executeUpdate();
          } catch (SQLException e) {
            c.rollback(zeile);
            throw fehler(e, m.schluessel(), erste + n);
          }
          c.releaseSavepoint(zeile);
        }
      }
    }

    @Override
    public void unterbrich() {
      // every batch is executed when written
    }

    @Override
    public void schliesse() throws SQLException {
      ps.close();
      mehrere.close();
    }
  }

  /**
   * One {@code COPY messwert FROM STDIN} for many batches: rows are formatted into a buffer that is
   * sent whenever it holds {@value #SENDEN} bytes, so the server inserts while the loader reads and
   * formats. Of every row sent in the current COPY it keeps the position, Kommune and key, to name
   * the row the server refuses (by the line it reports).
   */
  private final class CopyZiel implements Ziel {
    private static final int SENDEN = 1 << 16;

    private final PostgresCopy kopie;
    private final Reihenverzeichnis reihen;
    private final long lauf;
    private final String sql;
    private final CopyPuffer puffer = new CopyPuffer(SENDEN + (SENDEN >> 2));
    private PostgresCopy.@Nullable Strom strom;
    private int zeilen;
    private long[] positionen = new long[1024];
    private long[] schluessel = new long[1024];
    private Gemeindeschluessel[] kommunen = new Gemeindeschluessel[1024];
    private final MesswertZeile leser = new MesswertZeile();

    CopyZiel(PostgresCopy kopie, Reihenverzeichnis reihen, long lauf) {
      this.kopie = kopie;
      this.reihen = reihen;
      this.lauf = lauf;
      StringBuilder s = new StringBuilder("COPY ").append(ctx.render(MESSWERT)).append(" (");
      for (int n = 0; n < MesswertZeile.SPALTEN.size(); n++) {
        s.append(n == 0 ? "" : ", ").append(MesswertZeile.SPALTEN.get(n).getName());
      }
      this.sql = s.append(") FROM STDIN").toString();
    }

    @Override
    public void schreibe(List<Messwert> stapel, long[] stapelSchluessel, long erste)
        throws SQLException {
      for (int n : MesswertZeile.schluesselfolge(stapelSchluessel)) {
        Messwert m = stapel.get(n);
        MesswertZeile.kopiere(puffer, m, stapelSchluessel[n], lauf);
        puffer.zeilenende();
        merke(erste + n, m, stapelSchluessel[n]);
        if (puffer.laenge() >= SENDEN) {
          sende();
        }
      }
      if (zeilen >= ZEILEN_JE_COPY) {
        unterbrich();
      }
    }

    private void merke(long position, Messwert m, long s) {
      if (zeilen == positionen.length) {
        int laenge = zeilen * 2;
        positionen = Arrays.copyOf(positionen, laenge);
        schluessel = Arrays.copyOf(schluessel, laenge);
        kommunen = Arrays.copyOf(kommunen, laenge);
      }
      positionen[zeilen] = position;
      schluessel[zeilen] = s;
      kommunen[zeilen] = m.raum().kommune();
      zeilen++;
    }

    private void sende() throws SQLException {
      try {
        PostgresCopy.Strom s = strom;
        if (s == null) {
          s = kopie.beginne(sql);
          strom = s;
        }
        s.schreibe(puffer.bytes(), puffer.laenge());
      } catch (SQLException e) {
        throw fehler(e);
      }
      puffer.leere();
    }

    @Override
    public void unterbrich() throws SQLException {
      if (zeilen == 0) {
        return;
      }
      if (puffer.laenge() > 0) {
        sende();
      }
      PostgresCopy.Strom s = requireNonNull(strom, "strom");
      try {
        s.beende();
      } catch (SQLException e) {
        throw fehler(e);
      }
      strom = null;
      zeilen = 0;
      Arrays.fill(kommunen, null);
    }

    /** The failure of the COPY under way, naming the row the server reports if it reports one. */
    private RuntimeException fehler(SQLException e) {
      OptionalLong zeile = PostgresCopy.zeile(e);
      if (zeile.isPresent() && zeile.getAsLong() >= 1 && zeile.getAsLong() <= zeilen) {
        int i = (int) zeile.getAsLong() - 1;
        Messreihe reihe = reihen.reihe(kommunen[i], MesswertZeile.reihe(schluessel[i]));
        if (reihe != null) {
          return MesswertLader.this.fehler(
              e, reihe.schluessel(leser.periode(schluessel[i])), positionen[i]);
        }
      }
      long von = Long.MAX_VALUE;
      long bis = 0;
      for (int i = 0; i < zeilen; i++) {
        von = Math.min(von, positionen[i]);
        bis = Math.max(bis, positionen[i]);
      }
      return zeilenFehler(e, von, bis);
    }

    @Override
    public void schliesse() throws SQLException {
      PostgresCopy.Strom s = strom;
      if (s != null) {
        strom = null;
        s.brichAb();
      }
    }
  }

  /**
   * Under ERSETZEN: the positions of a batch's rows to write, in key order, one per key (the last
   * of the load), grouped by Kommune; counts the others as replaced within the batch.
   */
  private abstract class Ersetzen implements Ziel {
    final Connection c;
    final long lauf;
    long ersetzt;
    long spaeter;

    Ersetzen(Connection c, long lauf) {
      this.c = c;
      this.lauf = lauf;
    }

    @Override
    public void schreibe(List<Messwert> stapel, long[] schluessel, long erste) throws SQLException {
      int[] folge = MesswertZeile.schluesselfolge(schluessel);
      List<Integer> gruppe = new ArrayList<>();
      for (int i = 0; i < folge.length; i++) {
        int n = folge[i];
        if (i + 1 < folge.length && schluessel[n] == schluessel[folge[i + 1]]) {
          spaeter++; // a later row of the batch (equal keys keep the load's order) replaces it
          continue;
        }
        Messwert m = stapel.get(n);
        if (!gruppe.isEmpty()
            && !stapel.get(gruppe.get(0)).raum().kommune().equals(m.raum().kommune())) {
          schreibeGruppe(stapel, schluessel, gruppe, erste);
          gruppe.clear();
        }
        gruppe.add(n);
      }
      schreibeGruppe(stapel, schluessel, gruppe, erste);
    }

    private void schreibeGruppe(
        List<Messwert> stapel, long[] schluessel, List<Integer> gruppe, long erste)
        throws SQLException {
      if (gruppe.isEmpty()) {
        return;
      }
      int n = gruppe.size();
      Object[] s = new Object[n];
      Object[] zaehler = new Object[n];
      Object[] nenner = new Object[n];
      Object[] zaehlerExakt = new Object[n];
      Object[] nennerExakt = new Object[n];
      Object[] obs = new Object[n];
      Object[] conf = new Object[n];
      for (int i = 0; i < n; i++) {
        int z = gruppe.get(i);
        Messwert m = stapel.get(z);
        s[i] = schluessel[z];
        teile(m.zaehler(), zaehler, zaehlerExakt, i);
        teile(m.nenner(), nenner, nennerExakt, i);
        obs[i] = m.obsStatus().name();
        conf[i] = m.confStatus().name();
      }
      String kommune = stapel.get(gruppe.get(0)).raum().kommune().wert();
      try {
        upsert(kommune, new Object[][] {s, zaehler, nenner, zaehlerExakt, nennerExakt, obs, conf});
      } catch (SQLException e) {
        long von = erste + Collections.min(gruppe);
        throw zeilenFehler(e, von, erste + Collections.max(gruppe));
      }
    }

    /** Puts {@code wert} into {@code millionstel[i]} or, if it does not fit, {@code exakt[i]}. */
    private void teile(@Nullable BigDecimal wert, Object[] millionstel, Object[] exakt, int i) {
      long m = wert == null ? MesswertZeile.PASST_NICHT : MesswertZeile.millionstel(wert);
      if (m != MesswertZeile.PASST_NICHT) {
        millionstel[i] = m;
      } else {
        exakt[i] = wert;
      }
    }

    /**
     * Upserts the rows of one Kommune, one per key, given as the columns {@code schluessel,
     * zaehler_millionstel, nenner_millionstel, zaehler_exakt, nenner_exakt, obs_status,
     * conf_status}, and keeps what they replace.
     */
    abstract void upsert(String kommune, Object[][] spalten) throws SQLException;

    @Override
    public void unterbrich() {
      // every batch is executed when written
    }

    @Override
    public long ersetzt() {
      return ersetzt;
    }

    @Override
    public long spaeterErsetzt() {
      return spaeter;
    }
  }

  /**
   * On PostgreSQL one statement per Kommune of a batch, the rows passed as arrays: it reads the
   * stored rows of the batch's keys, copies those stored before this load into the history, upserts
   * the batch and counts the rows this load had written itself.
   */
  private final class PostgresErsetzen extends Ersetzen {
    private static final String[] TYPEN = {
      "bigint", "bigint", "bigint", "numeric", "numeric", "varchar", "varchar"
    };

    private final PreparedStatement ps;

    PostgresErsetzen(Connection c, long lauf) throws SQLException {
      super(c, lauf);
      String messwert = ctx.render(MESSWERT);
      String spalten = SPALTENLISTE;
      this.ps =
          c.prepareStatement(
              "WITH k (schluessel, "
                  + MesswertZeile.WERTSPALTEN
                  + ") AS (SELECT * FROM"
                  + " unnest(CAST(? AS bigint[]), CAST(? AS bigint[]), CAST(? AS bigint[]),"
                  + " CAST(? AS numeric[]), CAST(? AS numeric[]),"
                  + " CAST(? AS varchar[]), CAST(? AS varchar[]))),"
                  + " alt AS (SELECT m.* FROM "
                  + messwert
                  + " m JOIN k"
                  + " ON m.schluessel = k.schluessel WHERE m.kommune = ?),"
                  + " h AS (INSERT INTO "
                  + ctx.render(MESSWERT_HISTORIE)
                  + " (audit_id, "
                  + spalten
                  + ") SELECT ?, "
                  + spalten
                  + " FROM alt"
                  + " WHERE lauf IS DISTINCT FROM ? RETURNING 1),"
                  + " u AS (INSERT INTO "
                  + messwert
                  + " ("
                  + spalten
                  + ") SELECT ?, schluessel, "
                  + MesswertZeile.WERTSPALTEN
                  + ", ? FROM k"
                  + " ON CONFLICT (kommune, schluessel) DO UPDATE SET"
                  + " zaehler_millionstel = excluded.zaehler_millionstel,"
                  + " nenner_millionstel = excluded.nenner_millionstel,"
                  + " zaehler_exakt = excluded.zaehler_exakt, nenner_exakt = excluded.nenner_exakt,"
                  + " obs_status = excluded.obs_status,"
                  + " conf_status = excluded.conf_status, lauf = excluded.lauf RETURNING 1)"
                  + " SELECT (SELECT count(*) FROM h), (SELECT count(*) FROM alt WHERE lauf = ?)");
    }

    @Override
    void upsert(String kommune, Object[][] spalten) throws SQLException {
      List<Array> felder = new ArrayList<>();
      try {
        for (int i = 0; i < spalten.length; i++) {
          Array a = c.createArrayOf(TYPEN[i], spalten[i]);
          felder.add(a);
          ps.setArray(i + 1, a);
        }
        ps.setString(8, kommune);
        ps.setLong(9, lauf);
        ps.setLong(10, lauf);
        ps.setString(11, kommune);
        ps.setLong(12, lauf);
        ps.setLong(13, lauf);
        try (ResultSet r = ps.executeQuery()) {
          r.next();
          ersetzt += r.getLong(1);
          spaeter += r.getLong(2);
        }
      } finally {
        for (Array a : felder) {
          a.free();
        }
      }
    }

    @Override
    public void schliesse() throws SQLException {
      ps.close();
    }
  }

  /**
   * On H2 one {@code MERGE} per Kommune of a batch, the rows passed as arrays; its {@code OLD
   * TABLE} (the rows it replaced, as they were) is read back, and those stored before this load go
   * into the history by a JDBC batch.
   */
  private final class H2Ersetzen extends Ersetzen {
    private final PreparedStatement merge;
    private final PreparedStatement historie;

    H2Ersetzen(Connection c, long lauf) throws SQLException {
      super(c, lauf);
      this.merge =
          c.prepareStatement(
              "SELECT schluessel, "
                  + MesswertZeile.WERTSPALTEN
                  + ", lauf FROM OLD TABLE ("
                  + "MERGE INTO "
                  + ctx.render(MESSWERT)
                  + " m"
                  + " USING (SELECT * FROM UNNEST(?, ?, ?, ?, ?, ?, ?)) k (schluessel, "
                  + MesswertZeile.WERTSPALTEN
                  + ") ON m.schluessel = k.schluessel"
                  + " WHEN MATCHED THEN UPDATE SET zaehler_millionstel = k.zaehler_millionstel,"
                  + " nenner_millionstel = k.nenner_millionstel, zaehler_exakt = k.zaehler_exakt,"
                  + " nenner_exakt = k.nenner_exakt,"
                  + " obs_status = k.obs_status, conf_status = k.conf_status, lauf = ?"
                  + " WHEN NOT MATCHED THEN INSERT ("
                  + SPALTENLISTE
                  + ") VALUES (?, k.schluessel, k.zaehler_millionstel, k.nenner_millionstel,"
                  + " k.zaehler_exakt, k.nenner_exakt, k.obs_status, k.conf_status, ?))");
      this.historie =
          c.prepareStatement(
              "INSERT INTO "
                  + ctx.render(MESSWERT_HISTORIE)
                  + " (audit_id, "
                  + SPALTENLISTE
                  + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    @Override
    void upsert(String kommune, Object[][] spalten) throws SQLException {
      for (int i = 0; i < spalten.length; i++) {
        merge.setObject(i + 1, spalten[i]);
      }
      merge.setLong(8, lauf);
      merge.setString(9, kommune);
      merge.setLong(10, lauf);
      int neu = 0;
      try (ResultSet r = merge.executeQuery()) {
        while (r.next()) {
          long alt = r.getLong(8);
          boolean ohneLauf = r.wasNull();
          if (!ohneLauf && alt == lauf) {
            spaeter++;
            continue;
          }
          historie.setLong(1, lauf);
          historie.setString(2, kommune);
          historie.setLong(3, r.getLong(1));
          historie.setObject(4, r.getObject(2), Types.BIGINT);
          historie.setObject(5, r.getObject(3), Types.BIGINT);
          historie.setBigDecimal(6, r.getBigDecimal(4));
          historie.setBigDecimal(7, r.getBigDecimal(5));
          historie.setString(8, r.getString(6));
          historie.setString(9, r.getString(7));
          if (ohneLauf) {
            historie.setNull(10, Types.BIGINT);
          } else {
            historie.setLong(10, alt);
          }
          historie.addBatch();
          neu++;
        }
      }
      if (neu > 0) {
        historie.executeBatch();
        ersetzt += neu;
      }
    }

    @Override
    public void schliesse() throws SQLException {
      merge.close();
      historie.close();
    }
  }
}

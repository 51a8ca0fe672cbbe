package de.kekiz.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.indikator.SozialraumBezug;
import de.kekiz.fixtures.Beispielkommune;
import de.kekiz.fixtures.KekizFixtures;
import de.kekiz.persistence.internal.MesswertZeile;
import de.kekiz.port.Duplikatregel;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Migration V2 moves a database that version 1 filled into the compact Messwert layout")
class KompakteMesswerteMigrationTest {

  private static final String V1_SPALTEN =
      "kommune, indikator, indikator_version, sozialraum_code, gebietsstand, periode_beginn,"
          + " periode_art, aufschluesselung, zaehler, nenner, obs_status, conf_status";

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName(
      "every fixture reads back equal, no Messwert and no replaced value is lost, and later loads go on numbering the Messreihen")
  void alleFixtures(Testdatenbank db) throws SQLException {
    DataSource ds = db.datenquelle();
    KekizPersistenz p = db.neu(ds, b -> b.migrationen(false));
    p.migriere("1");
    String schema = p.schema().map(s -> s + ".").orElse("");
    assertThat(tabellen(ds, schema)).as("version 1 only").contains("messwert_import");

    // Kommunen and Leitbilder through the adapter (their tables are the same in versions 1 and 2),
    // the Messwerte into the version-1 table as version 1 wrote them; the Indikatoren after the
    // migration (version 3 adds columns to their table)
    List<Beispielkommune> alle = KekizFixtures.alle();
    Map<IndikatorRef, Indikator> indikatoren = new HashMap<>();
    List<Messwert> messwerte = new ArrayList<>();
    for (Beispielkommune b : alle) {
      p.kommunen().save(b.kommune());
      p.leitbilder().save(b.leitbild());
      for (Indikator i : b.indikatoren()) {
        indikatoren.putIfAbsent(i.ref(), i);
      }
      messwerte.addAll(b.messwerte());
    }
    schreibeV1(ds, schema + "messwert", null, messwerte);
    // the history of version 1: values replaced by a load (every 97th Messwert, with other
    // numbers) and values a deletion removed (their keys are in no other table)
    long audit = auditeintrag(ds, schema);
    List<Messwert> ersetzt = new ArrayList<>();
    for (int i = 0; i < messwerte.size(); i += 97) {
      Messwert m = messwerte.get(i);
      ersetzt.add(
          m.zaehler() == null ? m : m.withWerten(m.zaehler().add(BigDecimal.ONE), m.nenner()));
    }
    Messwert geloescht = messwerte.get(0);
    ersetzt.add(
        new Messwert(
            IndikatorRef.of("geloescht-in-version-1", 3),
            Raumbezug.of(Testdaten.BOENEN),
            Periode.schuljahr(2019),
            Aufschluesselung.of("geschlecht", "w"),
            new BigDecimal("0.125"),
            null,
            geloescht.obsStatus(),
            geloescht.confStatus()));
    schreibeV1(ds, schema + "messwert_historie", audit, ersetzt);
    long v1Messwerte = anzahl(ds, "SELECT COUNT(*) FROM " + schema + "messwert");
    assertThat(v1Messwerte).isEqualTo(messwerte.size()).isGreaterThan(20_000);

    p.migriere();
    for (Indikator i : indikatoren.values()) {
      p.indikatoren().save(i);
    }
    // the chains after the migration too: today's adapter writes the columns of version 5
    // (a chain of version 4 and its migration: KoordinationMigrationTest)
    for (Beispielkommune b : alle) {
      p.praeventionsketten().save(b.kette());
    }

    assertThat(tabellen(ds, schema)).doesNotContain("messwert_import", "messwert_v1");
    assertThat(anzahl(ds, "SELECT COUNT(*) FROM " + schema + "messwert")).isEqualTo(v1Messwerte);
    for (Beispielkommune b : alle) {
      List<Messwert> erwartet =
          b.messwerte().stream().sorted(Comparator.comparing(Messwert::schluessel)).toList();
      try (Stream<Messwert> s = p.messwerte().streamByKommune(b.schluessel())) {
        assertThat(s.toList()).as(b.toString()).isEqualTo(erwartet);
      }
      assertThat(p.kommunen().findById(b.schluessel())).contains(b.kommune().withRevision(1));
      assertThat(p.praeventionsketten().findByKommune(b.schluessel()))
          .contains(b.kette().toBuilder().revision(1).build());
    }
    assertThat(historie(ds, schema, audit))
        .containsExactlyInAnyOrderElementsOf(ersetzt.stream().map(m -> zeile(m)).toList());

    // a load after the migration: it replaces a moved value (kept in the history) and adds a
    // Messreihe to a Kommune, numbered after the moved ones
    Messwert alt = messwerte.get(5);
    Messwert neu = alt.withWerten(new BigDecimal("4711"), new BigDecimal("9999"));
    Messwert neueReihe =
        new Messwert(
            alt.indikator(),
            alt.raum(),
            alt.periode(),
            Aufschluesselung.of("geschlecht", "d"),
            BigDecimal.ONE,
            BigDecimal.TEN,
            alt.obsStatus(),
            alt.confStatus());
    p.messwerte().saveAll(List.of(neu, neueReihe), Duplikatregel.ERSETZEN);
    assertThat(p.messwerte().find(neu.schluessel())).contains(neu);
    assertThat(p.messwerte().find(neueReihe.schluessel())).contains(neueReihe);
    String kommune = alt.raum().kommune().wert();
    assertThat(
            anzahl(
                ds,
                "SELECT naechste_id FROM "
                    + schema
                    + "messreihe_zaehler WHERE kommune = '"
                    + kommune
                    + "'"))
        .isEqualTo(
            anzahl(
                    ds,
                    "SELECT COUNT(*) FROM "
                        + schema
                        + "messreihe WHERE kommune = '"
                        + kommune
                        + "'")
                + 1);
    long letzteLadung =
        p.auditprotokoll().eintraege(alt.raum().kommune()).stream()
            .mapToLong(Auditeintrag::id)
            .max()
            .orElseThrow();
    assertThat(historie(ds, schema, letzteLadung)).containsExactly(zeile(alt));
  }

  /** Inserts {@code messwerte} into a version-1 table, with {@code audit} as audit_id if given. */
  private static void schreibeV1(
      DataSource ds, String tabelle, @Nullable Long audit, List<Messwert> messwerte)
      throws SQLException {
    String spalten = (audit == null ? "" : "audit_id, ") + V1_SPALTEN;
    String parameter = (audit == null ? "" : "?, ") + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?";
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO " + tabelle + " (" + spalten + ") VALUES (" + parameter + ")")) {
      c.setAutoCommit(false);
      int n = 0;
      for (Messwert m : messwerte) {
        int i = 1;
        if (audit != null) {
          ps.setLong(i++, audit);
        }
        SozialraumBezug s = m.raum() instanceof SozialraumBezug b ? b : null;
        ps.setString(i++, m.raum().kommune().wert());
        ps.setString(i++, m.indikator().key().wert());
        ps.setInt(i++, m.indikator().version());
        ps.setString(i++, s == null ? "" : s.sozialraum().id().code());
        ps.setInt(i++, s == null ? 0 : s.sozialraum().gebietsstand());
        ps.setObject(i++, m.periode().beginn());
        ps.setString(i++, m.periode().art().name());
        ps.setString(i++, m.aufschluesselung().toString());
        zahl(ps, i++, m.zaehler());
        zahl(ps, i++, m.nenner());
        ps.setString(i++, m.obsStatus().name());
        ps.setString(i, m.confStatus().name());
        ps.addBatch();
        if (++n % 5000 == 0) {
          ps.executeBatch();
        }
      }
      ps.executeBatch();
      c.commit();
    }
  }

  private static void zahl(PreparedStatement ps, int i, @Nullable BigDecimal wert)
      throws SQLException {
    if (wert == null) {
      ps.setNull(i, Types.NUMERIC);
    } else {
      ps.setBigDecimal(i, wert);
    }
  }

  private static long auditeintrag(DataSource ds, String schema) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO "
              + schema
              + "audit (zeitpunkt, benutzer, aggregat, kennung, kommune, aktion,"
              + " aenderung) VALUES (TIMESTAMP WITH TIME ZONE '2023-05-01 08:00:00+00', 'v1',"
              + " 'Messwert', '-', NULL, 'GESPEICHERT', 'a load of version 1')");
    }
    return anzahl(ds, "SELECT MAX(id) FROM " + schema + "audit");
  }

  /** The history rows of audit entry {@code audit} as key and values, through the Messreihen. */
  private static List<String> historie(DataSource ds, String schema, long audit)
      throws SQLException {
    List<String> zeilen = new ArrayList<>();
    MesswertZeile leser = new MesswertZeile();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT r.kommune, r.indikator, r.indikator_version, r.sozialraum_code,"
                    + " r.gebietsstand, h.schluessel, r.aufschluesselung, h.zaehler_millionstel,"
                    + " h.nenner_millionstel, h.zaehler_exakt, h.nenner_exakt,"
                    + " h.obs_status, h.conf_status FROM "
                    + schema
                    + "messwert_historie h JOIN "
                    + schema
                    + "messreihe r ON r.kommune = h.kommune"
                    + " AND r.id = MOD(h.schluessel / 1048576, 134217728)"
                    + " WHERE h.audit_id = "
                    + audit)) {
      while (r.next()) {
        Periode periode = leser.periode(r.getLong(6));
        zeilen.add(
            String.join(
                "|",
                r.getString(1),
                r.getString(2),
                r.getString(3),
                r.getString(4),
                r.getString(5),
                periode.beginn().toString(),
                periode.art().name(),
                r.getString(7),
                text(MesswertZeile.zahl(r, 8, 10)),
                text(MesswertZeile.zahl(r, 9, 11)),
                r.getString(12),
                r.getString(13)));
      }
    }
    return zeilen;
  }

  /** {@code m} in the form of {@link #historie}. */
  private static String zeile(Messwert m) {
    SozialraumBezug s = m.raum() instanceof SozialraumBezug b ? b : null;
    return String.join(
        "|",
        m.raum().kommune().wert(),
        m.indikator().key().wert(),
        Integer.toString(m.indikator().version()),
        s == null ? "" : s.sozialraum().id().code(),
        Integer.toString(s == null ? 0 : s.sozialraum().gebietsstand()),
        m.periode().beginn().toString(),
        m.periode().art().name(),
        m.aufschluesselung().toString(),
        text(m.zaehler()),
        text(m.nenner()),
        m.obsStatus().name(),
        m.confStatus().name());
  }

  private static String text(@Nullable BigDecimal zahl) {
    return zahl == null ? "-" : zahl.stripTrailingZeros().toPlainString();
  }

  private static long anzahl(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static List<String> tabellen(DataSource ds, String schema) throws SQLException {
    String name = schema.isEmpty() ? null : schema.substring(0, schema.length() - 1);
    List<String> namen = new ArrayList<>();
    try (Connection c = ds.getConnection();
        ResultSet r =
            c.getMetaData()
                .getTables(null, name, "%", new String[] {"TABLE", "PARTITIONED TABLE"})) {
      while (r.next()) {
        namen.add(r.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
      }
    }
    return namen;
  }
}

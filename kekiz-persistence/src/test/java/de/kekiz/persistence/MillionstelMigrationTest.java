package de.kekiz.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.ObsStatus;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.kommune.Gemeindeschluessel;
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
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName(
    "Migration V7 stores numerator and denominator as millionths, exactly, or else as they are")
class MillionstelMigrationTest {

  private static final IndikatorRef INDIKATOR = IndikatorRef.of("genau", 1);

  /**
   * Numerator and denominator pairs at and beyond the limits of the millionths: each pair is one
   * year's Messwert (from 2001 on); null numerator means a missing value.
   */
  private static final String[][] WERTE = {
    {"5", "100"},
    {"12.5", "3"},
    {"0.000001", "1"},
    {"0.0000001", "2"},
    {"9223372036854.775807", "1"},
    {"9223372036854.775808", "1"},
    {"-9223372036854.775807", "0.25"},
    {"-9223372036854.775808", "7"},
    {"1E+30", "7"},
    {"123456789012345678901234567890.123456789", "0.5"},
    {"3", "1E+20"},
    {"-0.5", "0.0000005"},
    {"0", "9223372036854"},
    {null, null},
  };

  private static List<Messwert> messwerte(Gemeindeschluessel kommune) {
    List<Messwert> liste = new ArrayList<>();
    for (int i = 0; i < WERTE.length; i++) {
      String z = WERTE[i][0];
      String n = WERTE[i][1];
      liste.add(
          new Messwert(
              INDIKATOR,
              Raumbezug.of(kommune),
              Periode.jahr(2001 + i),
              Aufschluesselung.INSGESAMT,
              z == null ? null : new BigDecimal(z),
              n == null ? null : new BigDecimal(n),
              z == null ? ObsStatus.M : ObsStatus.A,
              ConfStatus.F));
    }
    return liste;
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName(
      "values of version 5 read back equal after the migration, history included, and the adapter stores the same values exactly under ABLEHNEN and ERSETZEN")
  void exakt(Testdatenbank db) throws SQLException {
    DataSource ds = db.datenquelle();
    KekizPersistenz p = db.neu(ds, b -> b.migrationen(false));
    p.migriere("6");
    String schema = p.schema().map(s -> s + ".").orElse("");
    List<Messwert> alt = messwerte(Testdaten.AHLEN);
    long audit;
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "INSERT INTO "
              + schema
              + "messreihe_zaehler (kommune, naechste_id) VALUES ('"
              + Testdaten.AHLEN.wert()
              + "', 2)");
      int nummer;
      try (ResultSet r =
          s.executeQuery(
              "SELECT nummer FROM "
                  + schema
                  + "messreihe_zaehler WHERE kommune = '"
                  + Testdaten.AHLEN.wert()
                  + "'")) {
        r.next();
        nummer = r.getInt(1);
      }
      s.execute(
          "INSERT INTO "
              + schema
              + "messreihe (kommune, id, indikator, indikator_version, sozialraum_code,"
              + " gebietsstand, aufschluesselung) VALUES ('"
              + Testdaten.AHLEN.wert()
              + "', 1, 'genau', 1, '', 0, 'insgesamt')");
      s.execute(
          "INSERT INTO "
              + schema
              + "audit (zeitpunkt, benutzer, aggregat, kennung, kommune, aktion,"
              + " aenderung) VALUES (TIMESTAMP WITH TIME ZONE '2025-05-01 08:00:00+00', 'v5',"
              + " 'Messwert', '-', NULL, 'GESPEICHERT', 'a load of version 5')");
      try (ResultSet r = s.executeQuery("SELECT MAX(id) FROM " + schema + "audit")) {
        r.next();
        audit = r.getLong(1);
      }
      schreibeV5(c, schema + "messwert", null, nummer, alt);
      schreibeV5(c, schema + "messwert_historie", audit, nummer, alt);
    }

    p.migriere();

    try (Stream<Messwert> s = p.messwerte().streamByKommune(Testdaten.AHLEN)) {
      assertThat(s.toList()).isEqualTo(alt);
    }
    assertThat(historie(ds, schema, audit)).isEqualTo(werte(alt));
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT COUNT(zaehler_millionstel), COUNT(zaehler_exakt),"
                    + " COUNT(nenner_millionstel), COUNT(nenner_exakt) FROM "
                    + schema
                    + "messwert")) {
      r.next();
      // 8 numerators and 11 denominators fit the millionths, 5 and 2 do not; one row has none
      assertThat(List.of(r.getInt(1), r.getInt(2), r.getInt(3), r.getInt(4)))
          .containsExactly(8, 5, 11, 2);
    }

    // the adapter: a load under ABLEHNEN (H2: JDBC batches, PostgreSQL: COPY), read back singly
    // and streamed; then every value replaced under ERSETZEN, the previous ones in the history
    List<Messwert> neu = messwerte(Testdaten.UNNA);
    p.messwerte().saveAll(neu, Duplikatregel.ABLEHNEN);
    try (Stream<Messwert> s = p.messwerte().streamByKommune(Testdaten.UNNA)) {
      assertThat(s.toList()).isEqualTo(neu);
    }
    for (Messwert m : neu) {
      assertThat(p.messwerte().find(m.schluessel())).contains(m);
    }
    List<Messwert> ersetzt = new ArrayList<>();
    for (Messwert m : neu) {
      ersetzt.add(m.zaehler() == null ? m : m.withWerten(m.zaehler().negate(), m.nenner()));
    }
    p.messwerte().saveAll(ersetzt, Duplikatregel.ERSETZEN);
    try (Stream<Messwert> s = p.messwerte().streamByKommune(Testdaten.UNNA)) {
      assertThat(s.toList()).isEqualTo(ersetzt);
    }
    long letzte =
        p.auditprotokoll().eintraege(Testdaten.UNNA).stream()
            .mapToLong(Auditeintrag::id)
            .max()
            .orElseThrow();
    assertThat(historie(ds, schema, letzte)).isEqualTo(werte(neu));
  }

  @Test
  @DisplayName("the millionths of a value are exact or refused, at both ends of a long")
  void millionstel() {
    assertThat(MesswertZeile.millionstel(new BigDecimal("12.5"))).isEqualTo(12_500_000L);
    assertThat(MesswertZeile.millionstel(new BigDecimal("0.000001"))).isEqualTo(1L);
    assertThat(MesswertZeile.millionstel(new BigDecimal("0.0000010"))).isEqualTo(1L);
    assertThat(MesswertZeile.millionstel(new BigDecimal("0.0000001")))
        .isEqualTo(MesswertZeile.PASST_NICHT);
    assertThat(MesswertZeile.millionstel(new BigDecimal("9223372036854.775807")))
        .isEqualTo(Long.MAX_VALUE);
    assertThat(MesswertZeile.millionstel(new BigDecimal("9223372036854")))
        .isEqualTo(9_223_372_036_854_000_000L);
    assertThat(MesswertZeile.millionstel(new BigDecimal("9223372036855")))
        .isEqualTo(MesswertZeile.PASST_NICHT);
    assertThat(MesswertZeile.millionstel(new BigDecimal("-9223372036854.775807")))
        .isEqualTo(-Long.MAX_VALUE);
    assertThat(MesswertZeile.millionstel(new BigDecimal("-9223372036854.775808")))
        .isEqualTo(MesswertZeile.PASST_NICHT);
    assertThat(MesswertZeile.millionstel(new BigDecimal("1E+12")))
        .isEqualTo(1_000_000_000_000_000_000L);
    assertThat(MesswertZeile.ausMillionsteln(12_500_000L)).isEqualTo(new BigDecimal("12.5"));
    assertThat(MesswertZeile.ausMillionsteln(-1L)).isEqualTo(new BigDecimal("-0.000001"));
    assertThat(MesswertZeile.ausMillionsteln(5_000_000L)).isEqualTo(new BigDecimal("5"));
    assertThat(MesswertZeile.ausMillionsteln(Long.MAX_VALUE))
        .isEqualTo(new BigDecimal("9223372036854.775807"));
  }

  /**
   * Inserts {@code messwerte} into a table of version 5, with {@code audit} as audit_id if given.
   */
  private static void schreibeV5(
      Connection c, String tabelle, @Nullable Long audit, int nummer, List<Messwert> messwerte)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO "
                + tabelle
                + " ("
                + (audit == null ? "" : "audit_id, ")
                + "kommune, schluessel, zaehler, nenner, obs_status, conf_status, lauf) VALUES ("
                + (audit == null ? "" : "?, ")
                + "?, ?, ?, ?, ?, ?, NULL)")) {
      for (Messwert m : messwerte) {
        int i = 1;
        if (audit != null) {
          ps.setLong(i++, audit);
        }
        ps.setString(i++, m.raum().kommune().wert());
        ps.setLong(i++, MesswertZeile.schluessel(nummer, 1, m.periode()));
        zahl(ps, i++, m.zaehler());
        zahl(ps, i++, m.nenner());
        ps.setString(i++, m.obsStatus().name());
        ps.setString(i, m.confStatus().name());
        ps.executeUpdate();
      }
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

  /** Numerator and denominator of the history rows of {@code audit}, in the order of the key. */
  private static List<String> historie(DataSource ds, String schema, long audit)
      throws SQLException {
    List<String> zeilen = new ArrayList<>();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT schluessel, zaehler_millionstel, nenner_millionstel, zaehler_exakt,"
                    + " nenner_exakt FROM "
                    + schema
                    + "messwert_historie WHERE audit_id = "
                    + audit
                    + " ORDER BY schluessel")) {
      while (r.next()) {
        zeilen.add(text(MesswertZeile.zahl(r, 2, 4)) + "/" + text(MesswertZeile.zahl(r, 3, 5)));
      }
    }
    return zeilen;
  }

  private static List<String> werte(List<Messwert> messwerte) {
    return messwerte.stream().map(m -> text(m.zaehler()) + "/" + text(m.nenner())).toList();
  }

  private static String text(@Nullable BigDecimal zahl) {
    // H2's DECFLOAT gives 1E+30 back with a negative scale: compared in plain canonical form
    return zahl == null ? "-" : zahl.stripTrailingZeros().toPlainString();
  }
}

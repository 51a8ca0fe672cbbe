package de.kekiz.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.indikator.Indikatoren;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.kette.KetteFixtures;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kommune.Bevoelkerungsstand;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.leitbild.LeitbildFixtures;
import de.kekiz.persistence.internal.MesswertZeile;
import de.kekiz.port.Duplikatregel;
import de.kekiz.port.VersionskonfliktException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Every change is audited with who, when and what")
class AuditTest {

  /** A clock the test moves forward. */
  private static final class Stellbar extends Clock {
    private Instant jetzt = Instant.parse("2024-03-01T10:15:30.123456Z");

    void vor(Duration d) {
      jetzt = jetzt.plus(d);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return jetzt;
    }
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName(
      "creating, changing and deleting a Kommune leave three entries: user, clock time, revisions and the change in words")
  void kommune(Testdatenbank db) {
    Stellbar uhr = new Stellbar();
    AtomicReference<String> benutzer = new AtomicReference<>("m.mustermann");
    KekizPersistenz p = db.neu(b -> b.uhr(uhr).benutzerkontext(benutzer::get));
    Kommune eins = p.kommunen().save(Testdaten.ahlen());
    uhr.vor(Duration.ofMinutes(5));
    benutzer.set("e.musterfrau");
    Kommune zwei =
        p.kommunen()
            .save(
                Kommune.builder(eins.schluessel(), "Stadt Ahlen", eins.art())
                    .sozialraeume(eins.sozialraeume())
                    .teilnahmen(eins.teilnahmen())
                    .bevoelkerung(eins.bevoelkerung())
                    .bevoelkerungsstand(
                        Bevoelkerungsstand.of(
                            LocalDate.of(2024, 12, 31), Altersspanne.unter(3), 1399))
                    .revision(1)
                    .build());
    uhr.vor(Duration.ofMinutes(5));
    p.kommunen().delete(Testdaten.AHLEN, zwei.revision());

    List<Auditeintrag> e = p.auditprotokoll().eintraege("Kommune", "05570004");
    assertThat(e)
        .extracting(Auditeintrag::aktion)
        .containsExactly("ANGELEGT", "GEAENDERT", "GELOESCHT");
    assertThat(e)
        .extracting(Auditeintrag::benutzer)
        .containsExactly("m.mustermann", "e.musterfrau", "e.musterfrau");
    assertThat(e)
        .extracting(Auditeintrag::zeitpunkt)
        .containsExactly(
            Instant.parse("2024-03-01T10:15:30.123456Z"),
            Instant.parse("2024-03-01T10:20:30.123456Z"),
            Instant.parse("2024-03-01T10:25:30.123456Z"));
    assertThat(e.get(0).revisionVorher()).isNull();
    assertThat(e.get(0).revisionNachher()).isEqualTo(1);
    assertThat(e.get(0).aenderung()).contains("created").contains("3 Sozialraum versions");
    assertThat(e.get(1).revisionVorher()).isEqualTo(1);
    assertThat(e.get(1).revisionNachher()).isEqualTo(2);
    assertThat(e.get(1).aenderung())
        .isEqualTo("name: 'Ahlen' → 'Stadt Ahlen'; bevoelkerung: +2024-12-31 0-2");
    assertThat(e.get(2).revisionVorher()).isEqualTo(2);
    assertThat(e.get(2).revisionNachher()).isNull();
    assertThat(e).allSatisfy(x -> assertThat(x.kommune()).isEqualTo(Testdaten.AHLEN));
    assertThat(e).allSatisfy(x -> assertThat(x.kommuneWert()).contains(Testdaten.AHLEN));
    assertThat(e).extracting(Auditeintrag::kennung).containsOnly("05570004");
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName("a failed save leaves no entry; every aggregate kind is audited")
  void ohneErfolgKeinEintrag(Testdatenbank db) {
    KekizPersistenz p = db.leer();
    p.leitbilder().save(LeitbildFixtures.ahlen());
    Praeventionskette k = p.praeventionsketten().save(KetteFixtures.ahlen());
    p.praeventionsketten().save(k.ohneAngebot(k.angebote().get(0).id()));
    p.indikatoren().save(Indikatoren.hzeEckwert());
    int vorher = p.auditprotokoll().eintraege().size();
    assertThatThrownBy(() -> p.praeventionsketten().save(k))
        .isInstanceOf(VersionskonfliktException.class);
    assertThat(p.auditprotokoll().eintraege()).hasSize(vorher);
    assertThat(p.auditprotokoll().eintraege())
        .extracting(Auditeintrag::aggregat)
        .containsExactly("Leitbild", "Praeventionskette", "Praeventionskette", "Indikator");
    assertThat(p.auditprotokoll().eintraege("Praeventionskette", "05570004").get(1).aenderung())
        .isEqualTo("angebote: -" + k.angebote().get(0).id());
    assertThat(p.auditprotokoll().eintraege("Indikator", "hze-eckwert@1").get(0).kommune())
        .isNull();
    assertThat(p.auditprotokoll().eintraege("Indikator", "hze-eckwert@1").get(0).kommuneWert())
        .isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName(
      "a load of Messwerte is one entry with its counts; replaced and deleted values are kept with it")
  void messwerte(Testdatenbank db) throws SQLException {
    DataSource ds = db.datenquelle();
    KekizPersistenz p = db.neu(ds, b -> b);
    List<Messwert> alt = Testdaten.besondereMesswerte();
    p.messwerte().saveAll(alt, Duplikatregel.ABLEHNEN);
    Messwert neu = alt.get(0).withWerten(new BigDecimal("1300"), new BigDecimal("5678"));
    p.messwerte().saveAll(List.of(neu), Duplikatregel.ERSETZEN);
    p.messwerte().deleteByKommune(Testdaten.AHLEN);

    List<Auditeintrag> e = p.auditprotokoll().eintraege(Testdaten.AHLEN);
    assertThat(e)
        .extracting(Auditeintrag::aktion)
        .containsExactly("GESPEICHERT", "GESPEICHERT", "GELOESCHT");
    assertThat(e).extracting(Auditeintrag::aggregat).containsOnly("Messwert");
    assertThat(e.get(0).aenderung())
        .startsWith("stored 10 Messwerte from a load of 10 rows under ABLEHNEN")
        .endsWith("05570004=10");
    assertThat(e.get(1).aenderung()).contains("under ERSETZEN, replacing 1 stored");
    assertThat(e.get(2).aenderung()).startsWith("deleted 10 Messwerte");
    String schema = p.schema().map(s -> s + ".").orElse("");
    assertThat(
            zahl(
                ds,
                "SELECT COALESCE(CAST(zaehler_millionstel AS DECIMAL(30, 6)) / 1000000, zaehler_exakt) FROM "
                    + schema
                    + "messwert_historie WHERE audit_id = "
                    + e.get(1).id()))
        .isEqualByComparingTo("1234");
    assertThat(
            zahl(
                ds,
                "SELECT COUNT(*) FROM "
                    + schema
                    + "messwert_historie WHERE audit_id = "
                    + e.get(2).id()))
        .isEqualByComparingTo("10");
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName(
      "under ERSETZEN the history keeps the stored value once, never a value the same load replaced")
  void ersetzenMitWiederholungen(Testdatenbank db) throws SQLException {
    DataSource ds = db.datenquelle();
    KekizPersistenz p = db.neu(ds, b -> b.stapelgroesse(2));
    List<Messwert> alt = Testdaten.besondereMesswerte();
    p.messwerte().saveAll(alt.subList(0, 5), Duplikatregel.ABLEHNEN);
    Messwert gespeichert = alt.get(0);
    Messwert frisch = alt.get(7);
    List<Messwert> ladung =
        List.of(
            gespeichert.withWerten(new BigDecimal("11"), new BigDecimal("500")),
            frisch.withWerten(new BigDecimal("21"), new BigDecimal("600")),
            alt.get(1),
            gespeichert.withWerten(new BigDecimal("12"), new BigDecimal("500")),
            frisch.withWerten(new BigDecimal("22"), new BigDecimal("600")));
    assertThat(p.messwerte().saveAll(ladung, Duplikatregel.ERSETZEN)).isEqualTo(5);

    assertThat(p.messwerte().find(gespeichert.schluessel()))
        .contains(gespeichert.withWerten(new BigDecimal("12"), new BigDecimal("500")));
    assertThat(p.messwerte().find(frisch.schluessel()))
        .contains(frisch.withWerten(new BigDecimal("22"), new BigDecimal("600")));
    Auditeintrag e = p.auditprotokoll().eintraege(Testdaten.AHLEN).get(1);
    assertThat(e.aenderung())
        .startsWith("stored 3 Messwerte from a load of 5 rows under ERSETZEN, replacing 2 stored")
        .contains("2 rows replaced by a later row of the load");
    String schema = p.schema().map(s -> s + ".").orElse("");
    String historie = schema + "messwert_historie WHERE audit_id = " + e.id();
    assertThat(zahl(ds, "SELECT COUNT(*) FROM " + historie)).isEqualByComparingTo("2");
    // the key holds the Messreihe's id (bits 20 to 46) and the period (bits 0 to 19)
    long periode = MesswertZeile.schluessel(0, 0, gespeichert.periode());
    assertThat(
            zahl(
                ds,
                "SELECT COALESCE(CAST(h.zaehler_millionstel AS DECIMAL(30, 6)) / 1000000, h.zaehler_exakt) FROM "
                    + schema
                    + "messwert_historie h JOIN "
                    + schema
                    + "messreihe r ON r.kommune = h.kommune AND r.id = MOD(h.schluessel / 1048576,"
                    + " 134217728) WHERE h.audit_id = "
                    + e.id()
                    + " AND MOD(h.schluessel, 1048576) = "
                    + periode
                    + " AND r.sozialraum_code = '"
                    + MesswertZeile.sozialraumCode(gespeichert.raum())
                    + "' AND r.aufschluesselung = '"
                    + gespeichert.aufschluesselung()
                    + "' AND r.indikator = '"
                    + gespeichert.indikator().key().wert()
                    + "'"))
        .isEqualByComparingTo(gespeichert.zaehler());
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName("a Benutzerkontext that names nobody fails the change and nothing is stored")
  void ohneBenutzer(Testdatenbank db) {
    KekizPersistenz p = db.neu(b -> b.benutzerkontext(() -> " "));
    assertThatThrownBy(() -> p.kommunen().save(Testdaten.koeln()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Benutzerkontext");
    assertThat(p.kommunen().findAll()).isEmpty();
  }

  private static BigDecimal zahl(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getBigDecimal(1);
    }
  }
}

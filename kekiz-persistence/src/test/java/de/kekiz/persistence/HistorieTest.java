package de.kekiz.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.kette.KetteFixtures;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.port.Ablagestand;
import de.kekiz.port.PersistenzException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("The store keeps every replaced state of an aggregate (transaction time)")
class HistorieTest {

  /** A clock the test sets. */
  private static final class Gestellt extends Clock {
    private final AtomicReference<Instant> jetzt;

    Gestellt(AtomicReference<Instant> jetzt) {
      this.jetzt = jetzt;
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
      return jetzt.get();
    }
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName(
      "a correction of the past keeps the chain as it was, with when and by whom it was replaced")
  void korrekturUeberschreibtNichts(Testdatenbank db) {
    AtomicReference<Instant> jetzt = new AtomicReference<>(Instant.parse("2024-03-01T10:00:00Z"));
    AtomicReference<String> benutzer = new AtomicReference<>("m.mustermann");
    KekizPersistenz p = db.neu(b -> b.uhr(new Gestellt(jetzt)).benutzerkontext(benutzer::get));
    Praeventionskette eins = p.praeventionsketten().save(KetteFixtures.ahlen());
    jetzt.set(Instant.parse("2024-04-02T08:30:00Z"));
    benutzer.set("e.musterfrau");
    Praeventionskette zwei =
        p.praeventionsketten().save(eins.ohneAngebot(eins.angebote().get(0).id()));
    jetzt.set(Instant.parse("2024-05-03T12:45:00Z"));
    benutzer.set("k.koordination");
    assertThat(p.praeventionsketten().delete(KetteFixtures.AHLEN, zwei.revision())).isTrue();

    List<Ablagestand<Praeventionskette>> h =
        p.praeventionsketten().findHistorie(KetteFixtures.AHLEN);
    assertThat(h)
        .containsExactly(
            new Ablagestand<>(
                eins, 1, Instant.parse("2024-04-02T08:30:00Z"), "e.musterfrau", false),
            new Ablagestand<>(
                zwei, 2, Instant.parse("2024-05-03T12:45:00Z"), "k.koordination", true));
    assertThat(h.get(0).inhalt().angebote()).hasSize(eins.angebote().size());
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName("a Mandant reads the history of its own Kommunen only, as every other read")
  void mandant(Testdatenbank db) {
    KekizPersistenz alle = db.leer();
    alle.kommunen().save(Testdaten.ahlen());
    Praeventionskette eins = alle.praeventionsketten().save(KetteFixtures.ahlen());
    alle.praeventionsketten().save(eins.ohneAngebot(eins.angebote().get(0).id()));
    assertThat(
            alle.fuer(Mandant.kommune(Testdaten.AHLEN))
                .praeventionsketten()
                .findHistorie(KetteFixtures.AHLEN))
        .extracting(Ablagestand::inhalt)
        .containsExactly(eins);
    assertThat(
            alle.fuer(Mandant.kommune(Testdaten.KOELN))
                .praeventionsketten()
                .findHistorie(KetteFixtures.AHLEN))
        .isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName("a stored state whose rows no longer fit its loader is refused, not read half")
  void unpassendesDokument(Testdatenbank db) {
    DataSource ds = db.datenquelle();
    KekizPersistenz p = db.neu(ds, b -> b);
    Praeventionskette eins = p.praeventionsketten().save(KetteFixtures.ahlen());
    p.praeventionsketten().save(eins.ohneAngebot(eins.angebote().get(0).id()));
    String schema = p.schema().map(x -> x + ".").orElse("");
    Testdatenbank.fuehreAus(
        ds,
        "UPDATE "
            + schema
            + "aggregat_historie SET inhalt = '{\"fields\":[{\"name\":\"abfrage\",\"type\":\"VARCHAR\"}],\"records\":[]}'");
    assertThatThrownBy(() -> p.praeventionsketten().findHistorie(KetteFixtures.AHLEN))
        .isInstanceOf(PersistenzException.class)
        .hasMessageStartingWith(
            "Laden der Historie der Präventionskette der Kommune 05570004 ist fehlgeschlagen: ");
  }
}

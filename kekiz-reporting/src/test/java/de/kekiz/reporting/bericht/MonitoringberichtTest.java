package de.kekiz.reporting.bericht;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.indikator.Indikatoren;
import de.kekiz.monitoring.geheimhaltung.Geheimhaltungsregeln;
import de.kekiz.monitoring.geheimhaltung.Rundung;
import de.kekiz.monitoring.veroeffentlichung.Berichtsdaten;
import de.kekiz.monitoring.veroeffentlichung.Berichtsteil;
import de.kekiz.monitoring.veroeffentlichung.Schutzverfahren;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The Monitoringbericht")
class MonitoringberichtTest {

  private final Berichtsteil teil = Berichtsdaten.ahlen(Berichtsdaten.auftrag());
  private final Monitoringbericht bericht = BerichtFixtures.bericht(teil);

  @Test
  @DisplayName("presents the core's part of the release as it is, computing nothing")
  void projektion() {
    assertThat(bericht.teil()).isSameAs(teil);
    assertThat(bericht.kommune()).isEqualTo(teil.kommune());
    assertThat(bericht.stichtag()).isEqualTo(teil.stichtag());
    assertThat(bericht.auswertungen()).isEqualTo(teil.auswertungen());
    assertThat(bericht.ziele()).isEqualTo(teil.ziele());
    assertThat(bericht.sozialindex()).contains(teil.sozialindex());
    assertThat(bericht.handlungsbedarf()).isEqualTo(teil.handlungsbedarf());
    assertThat(bericht.messwerte()).isEqualTo(teil.messwerte());
    assertThat(bericht.mehrjahreswerte()).isEqualTo(teil.mehrjahreswerte());
    assertThat(bericht.auswertung(Indikatoren.SGB2_QUOTE_U15)).isPresent();
    assertThat(bericht.gesperrteMesswerte())
        .isEqualTo(
            teil.messwerte().stream().filter(m -> !m.confStatus().veroeffentlichbar()).count())
        .isPositive();
    assertThat(bericht.verfahren()).isEqualTo(Schutzverfahren.SPERRUNG);
    assertThat(bericht.intern()).isFalse();
  }

  @Test
  @DisplayName(
      "is equal to a report of an equal part with the same presentation, and to its builder's copy")
  void gleichheit() {
    Monitoringbericht nochmal = BerichtFixtures.ahlen();
    assertThat(nochmal).isEqualTo(bericht).hasSameHashCodeAs(bericht);
    assertThat(bericht.toBuilder().build()).isEqualTo(bericht);
    assertThat(bericht.toBuilder().titel("anders").build()).isNotEqualTo(bericht);
    assertThat(BerichtFixtures.ahlenOhneSperre()).isNotEqualTo(bericht);
  }

  @Test
  @DisplayName("states the protection rules in the data-protection note")
  void hinweis() {
    var regeln = Geheimhaltungsregeln.standard();
    assertThat(Monitoringbericht.datenschutzhinweis(regeln))
        .contains(
            "weniger als 3 Fällen (auch 0)", "Bezugsgröße unter 100", "sekundäre Geheimhaltung")
        .doesNotContain("gerundet");
    assertThat(
            Monitoringbericht.datenschutzhinweis(
                regeln.withNullGeheim(false).withRundung(Rundung.auf(10))))
        .contains("(außer 0)", "auf Vielfache von 10 gerundet");
  }

  @Test
  @DisplayName("defaults title and creation date, and rejects a blank title")
  void vorgaben() {
    Monitoringbericht b = Monitoringbericht.builder(teil).build();
    assertThat(b.titel()).isEqualTo("Monitoringbericht Ahlen");
    assertThat(b.erstelltAm()).isEqualTo(teil.stichtag());
    assertThat(b.datenschutzhinweis()).isEqualTo(Monitoringbericht.STANDARD_DATENSCHUTZHINWEIS);
    assertThatThrownBy(() -> Monitoringbericht.builder(teil).titel(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("' '");
  }

  @Test
  @DisplayName("says when its figures are unprotected, for internal use only")
  void intern() {
    Monitoringbericht b =
        BerichtFixtures.ahlen(Berichtsdaten.auftrag().withVerfahren(Schutzverfahren.INTERN));
    assertThat(b.intern()).isTrue();
    // only what the source itself delivered as confidential stays withheld: the two marked values
    assertThat(b.gesperrteMesswerte()).isEqualTo(2);
    assertThat(b.mehrjahreswerte()).isEmpty();
  }
}

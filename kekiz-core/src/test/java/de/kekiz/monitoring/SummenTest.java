package de.kekiz.monitoring;

import static de.kekiz.monitoring.MonitoringTestdaten.assertRegelverstoss;
import static de.kekiz.monitoring.MonitoringTestdaten.bezug;
import static de.kekiz.monitoring.MonitoringTestdaten.quote;
import static de.kekiz.monitoring.MonitoringTestdaten.raum;
import static de.kekiz.monitoring.MonitoringTestdaten.wert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.ObsStatus;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.kommune.Sozialraum;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Summen over a breakdown dimension")
class SummenTest {

  private static final Indikator QUOTE = quote();
  private static final Sozialraum NORD = raum("nord");
  private static final String G = Aufschluesselung.GESCHLECHT;
  private static final List<String> CODES = List.of("m", "w", "d");

  private static Messwert zelle(String code, long z, long n) {
    return wert(QUOTE, NORD, 2023, z, n).withAufschluesselung(Aufschluesselung.of(G, code));
  }

  @Test
  @DisplayName("adds the cells of every code to the total, numerator and denominator")
  void summe() {
    Messwert s =
        Summen.ueberDimension(
            QUOTE, List.of(zelle("m", 4, 100), zelle("w", 6, 90), zelle("d", 0, 10)), G, CODES);
    assertThat(s.aufschluesselung()).isEqualTo(Aufschluesselung.INSGESAMT);
    assertThat(s.zaehler()).isEqualByComparingTo("10");
    assertThat(s.nenner()).isEqualByComparingTo("200");
    assertThat(s.confStatus()).isEqualTo(ConfStatus.F);
  }

  @Test
  @DisplayName("keeps the other dimensions of the cells")
  void andereDimensionBleibt() {
    Aufschluesselung alter = Aufschluesselung.of(Aufschluesselung.ALTERSGRUPPE, "0-2");
    Messwert s =
        Summen.ueberDimension(
            QUOTE,
            List.of(
                zelle("m", 1, 10).withAufschluesselung(alter.mit(G, "m")),
                zelle("w", 2, 10).withAufschluesselung(alter.mit(G, "w"))),
            G,
            List.of("m", "w"));
    assertThat(s.aufschluesselung()).isEqualTo(alter);
  }

  @Test
  @DisplayName("reports missing when a cell has no numerator, and sums suppressed cells")
  void fehlendUndGesperrt() {
    Messwert m =
        Summen.ueberDimension(
            QUOTE,
            List.of(
                zelle("m", 4, 100),
                new Messwert(
                    QUOTE.ref(),
                    bezug(NORD),
                    Periode.jahr(2023),
                    Aufschluesselung.of(G, "w"),
                    null,
                    null,
                    ObsStatus.M,
                    ConfStatus.F),
                zelle("d", 0, 10)),
            G,
            CODES);
    assertThat(m.obsStatus()).isEqualTo(ObsStatus.M);
    Messwert s =
        Summen.ueberDimension(
            QUOTE,
            List.of(
                zelle("m", 4, 100),
                zelle("w", 2, 90).withConfStatus(ConfStatus.A),
                zelle("d", 0, 10)),
            G,
            CODES);
    assertThat(s.zaehler()).isEqualByComparingTo("6");
  }

  @Test
  @DisplayName("rejects a missing code, a code twice, an unknown code and a foreign cell")
  void regeln() {
    assertRegelverstoss(
        () -> Summen.ueberDimension(QUOTE, List.of(zelle("m", 1, 10), zelle("w", 1, 10)), G, CODES),
        "summe.code-fehlt",
        "'d'");
    assertRegelverstoss(
        () ->
            Summen.ueberDimension(
                QUOTE, List.of(zelle("m", 1, 10), zelle("m", 1, 10), zelle("d", 1, 10)), G, CODES),
        "summe.code-doppelt",
        "'m'");
    assertRegelverstoss(
        () -> Summen.ueberDimension(QUOTE, List.of(zelle("x", 1, 10)), G, CODES),
        "summe.code-unbekannt",
        "'x'");
    assertRegelverstoss(
        () ->
            Summen.ueberDimension(
                QUOTE,
                List.of(
                    zelle("m", 1, 10),
                    wert(QUOTE, raum("sued"), 2023, 1, 10)
                        .withAufschluesselung(Aufschluesselung.of(G, "w"))),
                G,
                CODES),
        "summe.andere-zelle",
        "05978036:sued@1");
    assertRegelverstoss(
        () -> Summen.ueberDimension(QUOTE, List.of(wert(QUOTE, NORD, 2023, 1, 10)), G, CODES),
        "summe.code-unbekannt",
        "no code");
    assertThatThrownBy(() -> Summen.ueberDimension(QUOTE, List.of(), G, CODES))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

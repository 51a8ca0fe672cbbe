package de.kekiz.monitoring.sozialindex;

import static de.kekiz.monitoring.MonitoringTestdaten.assertRegelverstoss;
import static de.kekiz.monitoring.MonitoringTestdaten.raum;
import static de.kekiz.monitoring.MonitoringTestdaten.wert;
import static de.kekiz.monitoring.sozialindex.SozialindexTestdaten.A;
import static de.kekiz.monitoring.sozialindex.SozialindexTestdaten.ARMUT;
import static de.kekiz.monitoring.sozialindex.SozialindexTestdaten.B;
import static de.kekiz.monitoring.sozialindex.SozialindexTestdaten.BETREUUNG;
import static de.kekiz.monitoring.sozialindex.SozialindexTestdaten.C;
import static de.kekiz.monitoring.sozialindex.SozialindexTestdaten.D;
import static de.kekiz.monitoring.sozialindex.SozialindexTestdaten.MODELL;
import static de.kekiz.monitoring.sozialindex.SozialindexTestdaten.daten;
import static de.kekiz.monitoring.sozialindex.SozialindexTestdaten.werte;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.Sozialraumebene;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Sozialindexberechnung")
class SozialindexberechnungTest {

  private static final Periode J2023 = Periode.jahr(2023);
  private static final Sozialindexberechnung BERECHNUNG = new Sozialindexberechnung();
  private static final BigDecimal GENAU = new BigDecimal("1E-12");

  private static Sozialindex index(
      List<Messwert> m, Sozialindexmodell modell, Sozialraum... weitere) {
    return BERECHNUNG.berechne(daten(m, weitere), modell, J2023, Sozialraumebene.STADTTEIL);
  }

  private static Sozialindexwert zeile(Sozialindex i, Sozialraum s) {
    return i.wert(s.ref()).orElseThrow();
  }

  @Test
  @DisplayName("z-standardises, orients to need and weights as computed by hand")
  void handgerechnet() {
    Sozialindex i = index(werte(2023), MODELL);
    assertThat(zeile(i, A).index())
        .isCloseTo(new BigDecimal("-1.365831712"), within(new BigDecimal("1E-9")));
    assertThat(zeile(i, B).index())
        .isCloseTo(new BigDecimal("-0.298142397"), within(new BigDecimal("1E-9")));
    assertThat(zeile(i, D).index())
        .isCloseTo(new BigDecimal("1.365831712"), within(new BigDecimal("1E-9")));
    assertThat(zeile(i, D).index().add(zeile(i, A).index()))
        .isCloseTo(BigDecimal.ZERO, within(GENAU));
    Komponente armutD = zeile(i, D).komponenten().get(0);
    assertThat(armutD.z()).isCloseTo(new BigDecimal("1.341640786499874"), within(GENAU));
    assertThat(armutD.beitrag()).isCloseTo(new BigDecimal("0.894427190999916"), within(GENAU));
    assertThat(armutD.beitragWert()).containsSame(armutD.beitrag());
    assertThat(armutD.gewicht()).isEqualTo(SozialindexTestdaten.MODELL.gewichte().get(0));
    Komponente betreuungA = zeile(i, A).komponenten().get(1);
    assertThat(betreuungA.z()).isCloseTo(new BigDecimal("-1.414213562373095"), within(GENAU));
    assertThat(betreuungA.wert().wert()).isEqualByComparingTo("40");
  }

  @Test
  @DisplayName("ranks by need: the highest index first")
  void raenge() {
    Sozialindex i = index(werte(2023), MODELL);
    assertThat(i.nachRang())
        .extracting(Sozialindexwert::sozialraum)
        .containsExactly(D.ref(), C.ref(), B.ref(), A.ref());
    assertThat(zeile(i, D).rang()).isEqualTo(1);
    assertThat(zeile(i, A).rangplaetze()).isEqualTo(4);
    assertThat(i.werte())
        .extracting(Sozialindexwert::sozialraum)
        .containsExactly(A.ref(), B.ref(), C.ref(), D.ref());
  }

  @Test
  @DisplayName("gives equal indices the same rank")
  void gleicheIndizes() {
    Sozialindexmodell nurBetreuung = Sozialindexmodell.gleichgewichtet("B", BETREUUNG.key());
    Sozialindex i = index(werte(2023), nurBetreuung);
    assertThat(zeile(i, B).rang()).isEqualTo(2);
    assertThat(zeile(i, C).rang()).isEqualTo(2);
    assertThat(zeile(i, A).rang()).isEqualTo(4);
  }

  @Test
  @DisplayName("leaves a Sozialraum with a missing value without index by default")
  void fehlwertOhneIndex() {
    Sozialraum e = raum("e");
    List<Messwert> m = new java.util.ArrayList<>(werte(2023));
    m.add(wert(ARMUT, e, 2023, 25, 100));
    Sozialindex i = index(m, MODELL, e);
    Sozialindexwert we = zeile(i, e);
    assertThat(we.berechnet()).isFalse();
    assertThat(we.index()).isNull();
    assertThat(we.rang()).isNull();
    assertThat(we.gewichtsanteil()).isCloseTo(new BigDecimal("0.6666666666666667"), within(GENAU));
    assertThat(we.komponenten().get(1).wert().hatWert()).isFalse();
    assertThat(zeile(i, A).rangplaetze()).isEqualTo(4);
  }

  @Test
  @DisplayName("with a lower share required, averages over the values present (re-weighted)")
  void fehlwertUmgewichtet() {
    Sozialraum e = raum("e");
    List<Messwert> m = new java.util.ArrayList<>(werte(2023));
    m.add(wert(ARMUT, e, 2023, 25, 100));
    Sozialindex i = index(m, MODELL.withMindestanteil("0.5"), e);
    // armut over a–e: 10, 20, 30, 40, 25 → mean 25, sd 10: e has z = 0 and index 0
    assertThat(zeile(i, e).index()).isEqualByComparingTo("0");
    assertThat(zeile(i, A).komponenten().get(0).z()).isEqualByComparingTo("-1.5");
    assertThat(zeile(i, e).rangplaetze()).isEqualTo(5);
  }

  @Test
  @DisplayName("hides the index and the suppressed component, but keeps the rank")
  void gesperrt() {
    List<Messwert> m = new java.util.ArrayList<>(werte(2023));
    m.set(6, m.get(6).withConfStatus(ConfStatus.A)); // armut of d
    Sozialindex i = index(m, MODELL);
    Sozialindexwert d = zeile(i, D);
    assertThat(d.index()).isNull();
    assertThat(d.berechnet()).isTrue();
    assertThat(d.confStatus()).isEqualTo(ConfStatus.A);
    assertThat(d.rang()).isEqualTo(1);
    Komponente armut = d.komponenten().get(0);
    assertThat(armut.wert().hatWert()).isFalse();
    assertThat(armut.z()).isNull();
    assertThat(armut.beitrag()).isNull();
    assertThat(d.komponenten().get(1).z()).isNotNull();
    assertThat(zeile(i, A).index()).isNotNull();
  }

  @Test
  @DisplayName("rejects a model indicator without definition and a model breaking its rules")
  void falsch() {
    Sozialindexmodell unbekannt =
        Sozialindexmodell.gleichgewichtet("X", IndikatorKey.of("unbekannt"));
    assertRegelverstoss(
        () -> index(werte(2023), unbekannt), "sozialindex.indikator-unbekannt", "unbekannt");
    assertRegelverstoss(
        () -> Sozialindexmodell.gleichgewichtet("X", ARMUT.key(), ARMUT.key()),
        "sozialindex.indikator-doppelt",
        "test-armut");
    assertThatThrownBy(() -> MODELL.withMindestanteil("0"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MODELL.withMindestanteil("0,5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'0,5'");
    assertThatThrownBy(() -> Gewicht.of(ARMUT.key(), "-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThat(MODELL.gesamtgewicht()).isEqualByComparingTo("3");
  }
}

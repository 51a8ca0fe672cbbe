package de.kekiz.monitoring.ziele;

import static de.kekiz.monitoring.MonitoringTestdaten.QUOTE;
import static de.kekiz.monitoring.MonitoringTestdaten.UNNA;
import static de.kekiz.monitoring.MonitoringTestdaten.quote;
import static de.kekiz.monitoring.MonitoringTestdaten.raum;
import static de.kekiz.monitoring.MonitoringTestdaten.unna;
import static de.kekiz.monitoring.MonitoringTestdaten.wert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.ObsStatus;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.leitbild.Handlungsziel;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.domain.leitbild.Leitziel;
import de.kekiz.domain.leitbild.Zielrichtung;
import de.kekiz.domain.leitbild.Zielwert;
import de.kekiz.monitoring.Kommunaldaten;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Zielerreichung")
class ZielerreichungTest {

  private static final Clock HEUTE =
      Clock.fixed(Instant.parse("2025-06-30T10:00:00Z"), ZoneOffset.UTC);
  private static final Indikator Q = quote();
  private static final Sozialraum NORD = raum("nord");
  private static final Zielerreichung ZIELE = new Zielerreichung(HEUTE);

  /** Values of nord (and so of the Kommune) in 2020–2024, in % of 100 (of 200 for halves). */
  private static Kommunaldaten daten(double... prozent) {
    List<Messwert> m = new ArrayList<>();
    for (int i = 0; i < prozent.length; i++) {
      m.add(wert(Q, NORD, 2020 + i, Math.round(prozent[i] * 2), 200));
    }
    return Kommunaldaten.of(unna(NORD), List.of(Q), m);
  }

  private static Zielwert hoechstens(String wert, int fristJahr) {
    return Zielwert.of(QUOTE, wert, Zielrichtung.HOECHSTENS, LocalDate.of(fristJahr, 12, 31));
  }

  private static Zielbewertung bewerte(Zielwert z, Kommunaldaten d) {
    return ZIELE.bewerte("1.1", z, d);
  }

  @Test
  @DisplayName("is reached when the latest value meets the target, before or after the deadline")
  void erreicht() {
    Zielbewertung b = bewerte(hoechstens("20", 2026), daten(30, 25, 18));
    assertThat(b.status()).isEqualTo(Zielstatus.ERREICHT);
    assertThat(b.istwert().wert()).isEqualByComparingTo("18");
    assertThat(b.letzterWert()).containsSame(b.istwert());
    assertThat(b.stichtag()).isEqualTo(LocalDate.of(2025, 6, 30));
    assertThat(bewerte(hoechstens("20", 2023), daten(30, 25, 18)).status())
        .isEqualTo(Zielstatus.ERREICHT);
  }

  @Test
  @DisplayName("is missed when the deadline has passed and the latest value misses the target")
  void verfehlt() {
    assertThat(bewerte(hoechstens("20", 2024), daten(30, 28, 26, 24, 22)).status())
        .isEqualTo(Zielstatus.VERFEHLT);
  }

  @Test
  @DisplayName("is on track when the trend reaches the target by the deadline (22 − 2 · 2 = 18)")
  void aufKurs() {
    Zielbewertung b = bewerte(hoechstens("20", 2026), daten(30, 28, 26, 24, 22));
    assertThat(b.status()).isEqualTo(Zielstatus.AUF_KURS);
    assertThat(b.steigung()).isEqualByComparingTo("-2");
    assertThat(b.prognose()).isEqualByComparingTo("18");
    assertThat(b.prognoseperiode()).isEqualTo(Periode.jahr(2026));
  }

  @Test
  @DisplayName("is at risk when the trend falls short (28 − 0.5 · 2 = 27), or with one value only")
  void gefaehrdet() {
    Zielbewertung b = bewerte(hoechstens("20", 2026), daten(30, 29.5, 29, 28.5, 28));
    assertThat(b.status()).isEqualTo(Zielstatus.GEFAEHRDET);
    assertThat(b.prognose()).isEqualByComparingTo("27");
    assertThat(b.prognoseWert()).containsSame(b.prognose());
    Zielbewertung einzeln = bewerte(hoechstens("20", 2026), daten(25));
    assertThat(einzeln.status()).isEqualTo(Zielstatus.GEFAEHRDET);
    assertThat(einzeln.prognose()).isNull();
    assertThat(einzeln.prognoseWert()).isEmpty();
  }

  @Test
  @DisplayName("follows the direction: at least 45 % reached by 46 %")
  void mindestens() {
    Zielwert z = Zielwert.of(QUOTE, "45", Zielrichtung.MINDESTENS, LocalDate.of(2026, 12, 31));
    assertThat(bewerte(z, daten(40, 43, 46)).status()).isEqualTo(Zielstatus.ERREICHT);
    assertThat(bewerte(z, daten(40, 41, 42)).status()).isEqualTo(Zielstatus.AUF_KURS);
  }

  @Test
  @DisplayName("has no data without values, and ignores forecasts and periods not yet begun")
  void ohneDatenUndPrognosen() {
    assertThat(
            bewerte(hoechstens("20", 2026), Kommunaldaten.of(unna(NORD), List.of(Q), List.of()))
                .status())
        .isEqualTo(Zielstatus.OHNE_DATEN);
    List<Messwert> m = new ArrayList<>();
    m.add(wert(Q, NORD, 2024, 50, 200));
    m.add(wert(Q, NORD, 2025, 30, 200).withObsStatus(ObsStatus.F)); // forecast: 15 %
    m.add(wert(Q, NORD, 2026, 20, 200)); // not begun by 30 June 2025
    Zielbewertung b = bewerte(hoechstens("20", 2026), Kommunaldaten.of(unna(NORD), List.of(Q), m));
    assertThat(b.istwert().periode()).isEqualTo(Periode.jahr(2024));
    assertThat(b.status()).isEqualTo(Zielstatus.GEFAEHRDET);
  }

  @Test
  @DisplayName("judges a target set for a Sozialraum by that Sozialraum's values")
  void sozialraumziel() {
    Sozialraum sued = raum("sued");
    List<Messwert> m = List.of(wert(Q, NORD, 2024, 10, 100), wert(Q, sued, 2024, 50, 100));
    Kommunaldaten d = Kommunaldaten.of(unna(NORD, sued), List.of(Q), m);
    Zielwert z = hoechstens("20", 2026).imSozialraum(NORD.id());
    assertThat(bewerte(z, d).status()).isEqualTo(Zielstatus.ERREICHT);
    assertThat(bewerte(hoechstens("20", 2026), d).status()).isEqualTo(Zielstatus.GEFAEHRDET);
  }

  @Test
  @DisplayName("computes the status from a suppressed value but publishes neither it nor the trend")
  void gesperrt() {
    List<Messwert> m = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      m.add(wert(Q, NORD, 2020 + i, 60 - 4 * i, 200));
    }
    m.set(4, m.get(4).withConfStatus(ConfStatus.A));
    // a target for nord itself (the Kommune's sum of one Sozialraum would reveal it: that is for
    // secondary suppression to prevent)
    Zielbewertung b =
        bewerte(
            hoechstens("20", 2026).imSozialraum(NORD.id()),
            Kommunaldaten.of(unna(NORD), List.of(Q), m));
    assertThat(b.status()).isEqualTo(Zielstatus.AUF_KURS);
    assertThat(b.istwert().hatWert()).isFalse();
    assertThat(b.prognose()).isNull();
    assertThat(b.steigung()).isNull();
  }

  @Test
  @DisplayName("judges every Zielwert of a Leitbild, naming its Handlungsziel")
  void leitbild() {
    Handlungsziel h =
        new Handlungsziel(
            "1.1",
            "Weniger Kinder in Armut",
            List.of(QUOTE),
            List.of(hoechstens("20", 2026), hoechstens("25", 2024)));
    Leitbild l =
        Leitbild.builder(UNNA, 1, "Leitbild Unna")
            .beschlossen(LocalDate.of(2016, 5, 26), "Rat")
            .leitziel(Leitziel.of("1", "Gut aufwachsen", h))
            .build();
    List<Zielbewertung> b = ZIELE.bewerte(l, daten(30, 28, 26, 24, 22));
    assertThat(b).extracting(Zielbewertung::handlungsziel).containsExactly("1.1", "1.1");
    assertThat(b)
        .extracting(Zielbewertung::status)
        .containsExactly(Zielstatus.AUF_KURS, Zielstatus.ERREICHT);
    assertThatThrownBy(() -> new Zielerreichung(HEUTE, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Zielstatus.GEFAEHRDET.bezeichnung()).isEqualTo("gefährdet");
  }
}

package de.kekiz.monitoring;

import static de.kekiz.monitoring.MonitoringTestdaten.UNNA;
import static de.kekiz.monitoring.MonitoringTestdaten.anzahl;
import static de.kekiz.monitoring.MonitoringTestdaten.assertRegelverstoss;
import static de.kekiz.monitoring.MonitoringTestdaten.dez;
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
import de.kekiz.domain.kommune.Kreisschluessel;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

@DisplayName("Kennzahl")
class KennzahlTest {

  private static final Indikator QUOTE = quote();
  private static final Periode J2023 = Periode.jahr(2023);

  @Test
  @DisplayName("carries numerator, denominator and the value Indikator.wert computes")
  void veroeffentlicht() {
    Messwert m = wert(QUOTE, raum("nord"), 2023, 1234, 5678);
    Kennzahl k = Kennzahl.von(QUOTE, m);
    assertThat(k.wert()).isEqualByComparingTo(QUOTE.wert(m).orElseThrow());
    assertThat(k.wert()).isEqualByComparingTo("21.73300457907714");
    assertThat(k.zaehler()).isEqualByComparingTo("1234");
    assertThat(k.wertWert()).contains(k.wert());
    assertThat(k.indikator()).isEqualTo(QUOTE.ref());
    assertThat(k.aufschluesselung()).isEqualTo(m.aufschluesselung());
    assertThat(k.gesperrt()).isFalse();
    assertThat(k.toString()).contains("= 21.73300457907714 (1234/5678) [A,F]");
  }

  @Test
  @DisplayName("carries no number at all when the observation is suppressed (printed '.')")
  void gesperrt() {
    Messwert m = wert(QUOTE, raum("nord"), 2023, 2, 80).withConfStatus(ConfStatus.A);
    Kennzahl k = Kennzahl.von(QUOTE, m);
    assertThat(k.zaehler()).isNull();
    assertThat(k.nenner()).isNull();
    assertThat(k.wert()).isNull();
    assertThat(k.wertWert()).isEmpty();
    assertThat(k.confStatus()).isEqualTo(ConfStatus.A);
    assertThat(k.gesperrt()).isTrue();
    assertThat(k.toString()).contains("= . [A,A]");
  }

  @Test
  @DisplayName("is missing ('-') when the observation is")
  void fehlend() {
    Kennzahl k =
        Kennzahl.von(
            QUOTE,
            Messwert.fehlend(QUOTE.ref(), new de.kekiz.domain.indikator.KommuneBezug(UNNA), J2023));
    assertThat(k.obsStatus()).isEqualTo(ObsStatus.M);
    assertThat(k.hatWert()).isFalse();
    assertThat(k.toString()).contains("= - [M,F]");
  }

  @Test
  @DisplayName("rejects numbers on a suppressed figure, a value without numerator, numbers on M")
  void regeln() {
    Gebiet g = Gebiet.kommune(UNNA);
    Aufschluesselung i = Aufschluesselung.INSGESAMT;
    assertRegelverstoss(
        () ->
            new Kennzahl(
                QUOTE.ref(),
                g,
                J2023,
                i,
                dez("2"),
                dez("80"),
                dez("2.5"),
                ObsStatus.A,
                ConfStatus.D),
        "kennzahl.gesperrt-mit-zahlen",
        "CONF_STATUS D");
    assertRegelverstoss(
        () ->
            new Kennzahl(
                QUOTE.ref(), g, J2023, i, null, null, dez("2.5"), ObsStatus.A, ConfStatus.F),
        "kennzahl.wert-ohne-zaehler",
        "2.5");
    assertRegelverstoss(
        () ->
            new Kennzahl(
                QUOTE.ref(),
                g,
                J2023,
                i,
                dez("2"),
                dez("80"),
                dez("2.5"),
                ObsStatus.M,
                ConfStatus.F),
        "kennzahl.fehlend-mit-zahlen",
        "OBS_STATUS M");
  }

  @RepeatedTest(20)
  @DisplayName("values a computed sum exactly as Indikator.wert values the same observation")
  void ausWieIndikatorWert(RepetitionInfo info) {
    SplittableRandom r = new SplittableRandom(info.getCurrentRepetition());
    long n = 1 + r.nextInt(1_000_000);
    long z = r.nextInt((int) n + 1);
    Messwert m = wert(QUOTE, UNNA, 2023, z, n);
    Kennzahl k =
        Kennzahl.aus(
            QUOTE,
            Gebiet.kreis(Kreisschluessel.parse("05978")),
            J2023,
            Aufschluesselung.INSGESAMT,
            dez(Long.toString(z)),
            dez(Long.toString(n)),
            ObsStatus.A,
            ConfStatus.F);
    assertThat(k.wert()).isEqualTo(QUOTE.wert(m).orElseThrow());
  }

  @Test
  @DisplayName(
      "computes a figure without denominator as the numerator and rejects bad denominators")
  void ausOhneNenner() {
    Indikator anzahl = anzahl();
    Kennzahl k =
        Kennzahl.aus(
            anzahl,
            Gebiet.land("05"),
            J2023,
            Aufschluesselung.INSGESAMT,
            dez("17"),
            null,
            ObsStatus.A,
            ConfStatus.F);
    assertThat(k.wert()).isEqualByComparingTo("17");
    assertThatThrownBy(
            () ->
                Kennzahl.aus(
                    anzahl,
                    Gebiet.land("05"),
                    J2023,
                    Aufschluesselung.INSGESAMT,
                    dez("17"),
                    dez("3"),
                    ObsStatus.A,
                    ConfStatus.F))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no denominator");
    assertThatThrownBy(
            () ->
                Kennzahl.aus(
                    QUOTE,
                    Gebiet.land("05"),
                    J2023,
                    Aufschluesselung.INSGESAMT,
                    dez("17"),
                    dez("0"),
                    ObsStatus.A,
                    ConfStatus.F))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("greater than 0");
    Kennzahl gesperrt =
        Kennzahl.aus(
            QUOTE,
            Gebiet.land("05"),
            J2023,
            Aufschluesselung.INSGESAMT,
            dez("1"),
            dez("10"),
            ObsStatus.A,
            ConfStatus.A);
    assertThat(gesperrt.hatWert()).isFalse();
  }
}

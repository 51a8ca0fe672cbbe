package de.kekiz.monitoring.vergleich;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.ObsStatus;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Polaritaet;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.monitoring.Gebiet;
import de.kekiz.monitoring.Kennzahl;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

@DisplayName("Abweichung")
class AbweichungTest {

  /** The relative deviation as the formula reads: {@code absolut × 100 / referenz}. */
  private static BigDecimal nachFormel(BigDecimal absolut, BigDecimal referenz) {
    return absolut.multiply(BigDecimal.valueOf(100)).divide(referenz, MathContext.DECIMAL64);
  }

  private static void pruefe(BigDecimal wert, BigDecimal referenz) {
    BigDecimal absolut = wert.subtract(referenz);
    BigDecimal erwartet = nachFormel(absolut, referenz);
    BigDecimal relativ = Abweichung.relativ(absolut, referenz);
    assertThat(relativ)
        .as("%s against %s", wert, referenz)
        .isEqualTo(erwartet); // equals: value and scale
    BigDecimal hundertfach = absolut.scaleByPowerOfTen(2);
    for (Toleranz t : new Toleranz[] {Toleranz.STANDARD, Toleranz.absolut("2.5")}) {
      for (Polaritaet p : Polaritaet.values()) {
        assertThat(Bewertung.von(p, absolut, hundertfach, referenz, t))
            .as("%s against %s, %s, %s", wert, referenz, t, p)
            .isEqualTo(Bewertung.von(p, absolut, referenz, t));
        assertThat(Bewertung.vonZiffern(p, absolut, referenz, t))
            .as("%s against %s, %s, %s", wert, referenz, t, p)
            .isEqualTo(Bewertung.von(p, absolut, referenz, t));
      }
    }
  }

  /** A value as {@code Indikator.wert} gives one: up to 16 significant digits. */
  private static BigDecimal wert(SplittableRandom r) {
    long unskaliert = r.nextLong(1, 10_000_000_000_000_000L);
    unskaliert = Math.max(1, unskaliert / (long) Math.pow(10, r.nextInt(16)));
    if (r.nextInt(8) == 0) {
      unskaliert = -unskaliert;
    }
    return BigDecimal.valueOf(unskaliert, r.nextInt(-2, 18));
  }

  @Test
  @DisplayName("gives exact quotients with the scale of the formula")
  void exakt() {
    pruefe(new BigDecimal("22"), new BigDecimal("16"));
    pruefe(new BigDecimal("24.00"), new BigDecimal("16"));
    pruefe(new BigDecimal("8"), new BigDecimal("16.000"));
    pruefe(new BigDecimal("16"), new BigDecimal("16"));
    pruefe(new BigDecimal("16.0000000000000"), new BigDecimal("16"));
    pruefe(new BigDecimal("0"), new BigDecimal("3E+2"));
    pruefe(new BigDecimal("5E+3"), new BigDecimal("2.5"));
    pruefe(new BigDecimal("1"), new BigDecimal("3"));
    pruefe(new BigDecimal("2"), new BigDecimal("3"));
    pruefe(new BigDecimal("1.000000000000001"), new BigDecimal("0.0000000000000008"));
    assertThat(Abweichung.relativ(new BigDecimal("6.00"), new BigDecimal("16")))
        .isEqualByComparingTo("37.5");
  }

  @RepeatedTest(20)
  @DisplayName("gives the relative deviation of the formula, in value and scale")
  void wieFormel(RepetitionInfo info) {
    SplittableRandom r = new SplittableRandom(info.getCurrentRepetition());
    for (int fall = 0; fall < 5000; fall++) {
      BigDecimal referenz = wert(r);
      BigDecimal w;
      switch (r.nextInt(4)) {
        case 0 -> w = wert(r);
        case 1 -> // near the reference, as most Sozialräume are
            w =
                referenz.add(
                    referenz
                        .movePointLeft(1 + r.nextInt(3))
                        .multiply(BigDecimal.valueOf(r.nextInt(-9, 10))));
        case 2 -> // an exact ratio
            w =
                referenz
                    .multiply(BigDecimal.valueOf(r.nextInt(-400, 400)))
                    .movePointLeft(r.nextInt(4));
        default -> // counts
            w = BigDecimal.valueOf(r.nextLong(0, 1_000_000_000L));
      }
      if (r.nextInt(4) == 0) {
        referenz = BigDecimal.valueOf(r.nextLong(1, 1_000_000_000L));
      }
      pruefe(w, referenz);
    }
  }

  private static Kennzahl kennzahl(BigDecimal wert) {
    return new Kennzahl(
        IndikatorRef.of("test-quote", 1),
        Gebiet.kommune(Gemeindeschluessel.parse("05978020")),
        Periode.jahr(2023),
        Aufschluesselung.INSGESAMT,
        wert,
        BigDecimal.ONE,
        wert,
        ObsStatus.A,
        ConfStatus.F);
  }

  @RepeatedTest(20)
  @DisplayName("gives the numbers and verdict of the BigDecimal formulas, in value and scale")
  void vonWieFormel(RepetitionInfo info) {
    SplittableRandom r = new SplittableRandom(31L * info.getCurrentRepetition());
    Toleranz[] toleranzen = {
      Toleranz.STANDARD, Toleranz.absolut("2.5"), Toleranz.relativ("0.125"), Toleranz.absolut("0")
    };
    for (int fall = 0; fall < 5000; fall++) {
      BigDecimal referenz = r.nextInt(10) == 0 ? BigDecimal.valueOf(0, r.nextInt(4)) : wert(r);
      BigDecimal w =
          switch (r.nextInt(4)) {
            case 0 -> wert(r);
            case 1 -> referenz.setScale(referenz.scale() + r.nextInt(3)); // equal values
            case 2 -> // on the edge of ±10 %
                referenz.add(
                    referenz.movePointLeft(1).multiply(BigDecimal.valueOf(r.nextInt(-1, 2))));
            default -> referenz.add(BigDecimal.valueOf(r.nextLong(-1000, 1000), r.nextInt(-3, 20)));
          };
      Toleranz t = toleranzen[r.nextInt(toleranzen.length)];
      Polaritaet p = Polaritaet.values()[r.nextInt(Polaritaet.values().length)];
      Abweichung a = Abweichung.von(kennzahl(w), kennzahl(referenz), p, t);
      BigDecimal absolut = w.subtract(referenz);
      assertThat(a.absolut()).as("%s against %s", w, referenz).isEqualTo(absolut);
      assertThat(a.relativ())
          .as("%s against %s", w, referenz)
          .isEqualTo(referenz.signum() == 0 ? null : nachFormel(absolut, referenz));
      assertThat(a.bewertung())
          .as("%s against %s, %s, %s", w, referenz, t, p)
          .isEqualTo(Bewertung.von(p, absolut, referenz, t));
    }
  }
}

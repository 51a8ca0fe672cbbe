package de.kekiz.monitoring.veroeffentlichung;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.fixtures.KekizFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Value classes of a map (Wertklasse)")
class WertklasseTest {

  private static final Berichtsteil KOELN =
      Berichtsdaten.teil(KekizFixtures.koeln(), LocalDate.of(2024, 12, 31));

  @Test
  @DisplayName(
      "put every published value of a column in exactly one of at most five ascending classes")
  void klassen() {
    int spalten = 0;
    for (Indikatorauswertung a : KOELN.auswertungen()) {
      for (int p = 0; p < a.perioden().size(); p++) {
        List<Wertklasse> klassen = a.wertklassen(p);
        assertThat(klassen).hasSizeLessThanOrEqualTo(Indikatorauswertung.KLASSEN);
        for (int i = 1; i < klassen.size(); i++) {
          assertThat(klassen.get(i).von()).isGreaterThan(klassen.get(i - 1).bis());
        }
        int[] anzahl = new int[klassen.size() + 1];
        Set<BigDecimal> werte = new HashSet<>();
        int mitZahl = 0;
        for (Zeitreihe z : a.gebiete()) {
          Zelle c = z.werte().get(p);
          if (c.art().hatZahl()) {
            anzahl[Wertklasse.nummer(klassen, c).orElse(0)]++;
            werte.add(c.wert().stripTrailingZeros());
            mitZahl++;
            long treffer = klassen.stream().filter(k -> k.enthaelt(c.wert())).count();
            assertThat(treffer).as(z.gebiet().name() + " " + a.perioden().get(p)).isEqualTo(1);
            assertThat(Wertklasse.nummer(klassen, c)).isPresent();
          } else {
            assertThat(Wertklasse.nummer(klassen, c)).isEmpty();
          }
        }
        if (werte.size() == mitZahl && mitZahl >= Indikatorauswertung.KLASSEN) {
          // no two equal values: five classes whose sizes differ by at most one
          assertThat(klassen).hasSize(Indikatorauswertung.KLASSEN);
          int[] groessen = Arrays.copyOfRange(anzahl, 1, anzahl.length);
          assertThat(
                  Arrays.stream(groessen).max().getAsInt()
                      - Arrays.stream(groessen).min().getAsInt())
              .as(a.indikator().name() + " " + a.perioden().get(p))
              .isLessThanOrEqualTo(1);
        }
        spalten += klassen.isEmpty() ? 0 : 1;
      }
    }
    assertThat(spalten).isGreaterThan(50);
  }

  @Test
  @DisplayName("give each Stufe of the Sozialindex the range of its published index values")
  void spannen() {
    Sozialindex s = KOELN.sozialindexWert().orElseThrow();
    List<Wertklasse> spannen = s.spannen();
    assertThat(spannen).hasSize(s.klassen().size());
    for (Sozialindexwert w : s.werte()) {
      if (w.index() != null) {
        Wertklasse k = spannen.get(w.klasse() - 1);
        assertThat(k.enthaelt(w.index())).isTrue();
      }
    }
  }

  @Test
  @DisplayName("rejects a class with one bound or reversed bounds")
  void regeln() {
    assertThatThrownBy(() -> new Wertklasse(1, BigDecimal.ONE, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Wertklasse(1, BigDecimal.TEN, BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("10 to 1");
  }
}

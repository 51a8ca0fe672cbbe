package de.kekiz.monitoring.sozialindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.kommune.Sozialraumebene;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

@DisplayName("Stufung")
class StufungTest {

  private static List<BigDecimal> eins_bis(int n) {
    List<BigDecimal> l = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      l.add(BigDecimal.valueOf(i));
    }
    return l;
  }

  private static Map<Integer, Integer> besetzung(int[] stufen) {
    Map<Integer, Integer> m = new HashMap<>();
    for (int s : stufen) {
      m.merge(s, 1, Integer::sum);
    }
    return m;
  }

  @Test
  @DisplayName(
      "NRW: of 40 schools the top 5 % (2) go to Stufe 9, the rest into 8 near-equal groups")
  void nrw() {
    int[] s = Stufung.nrwSchulsozialindex().stufen(eins_bis(40));
    assertThat(s[39]).isEqualTo(9);
    assertThat(s[38]).isEqualTo(9);
    assertThat(s[37]).isEqualTo(8);
    assertThat(s[0]).isEqualTo(1);
    assertThat(besetzung(s))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(1, 5, 2, 5, 3, 5, 4, 4, 5, 5, 6, 5, 7, 5, 8, 4, 9, 2));
  }

  @Test
  @DisplayName("gives no top group when 5 % of the Sozialräume is less than one")
  void keineTopgruppe() {
    int[] s = Stufung.nrwSchulsozialindex().stufen(eins_bis(10));
    assertThat(s).doesNotContain(9).contains(1, 8);
  }

  @Test
  @DisplayName("keeps ties together: the whole group takes the Stufe of its highest member")
  void gleichstand() {
    List<BigDecimal> w =
        List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.TEN);
    assertThat(Stufung.gleich(2).stufen(w)).containsExactly(2, 2, 2, 2, 2);
    List<BigDecimal> top = new ArrayList<>(eins_bis(19));
    top.add(BigDecimal.valueOf(20));
    top.add(new BigDecimal("20.0"));
    int[] s = Stufung.nrwSchulsozialindex().stufen(top); // k = 1, but both 20s are top
    assertThat(s[19]).isEqualTo(9);
    assertThat(s[20]).isEqualTo(9);
    assertThat(s[18]).isEqualTo(8);
  }

  @RepeatedTest(25)
  @DisplayName("is monotone, order-independent and fair (groups differ by at most one)")
  void eigenschaften(RepetitionInfo info) {
    SplittableRandom r = new SplittableRandom(1000 + info.getCurrentRepetition());
    int n = 1 + r.nextInt(200);
    List<BigDecimal> w = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      w.add(BigDecimal.valueOf(r.nextLong(1_000_000_000L), 3)); // distinct with high probability
    }
    Stufung stufung =
        r.nextBoolean() ? Stufung.nrwSchulsozialindex() : Stufung.gleich(1 + r.nextInt(9));
    int[] s = stufung.stufen(w);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        if (w.get(i).compareTo(w.get(j)) < 0) {
          assertThat(s[i]).isLessThanOrEqualTo(s[j]);
        }
      }
    }
    List<Integer> idx = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      idx.add(i);
    }
    Collections.shuffle(idx, new Random(info.getCurrentRepetition()));
    List<BigDecimal> gemischt = new ArrayList<>();
    for (int i : idx) {
      gemischt.add(w.get(i));
    }
    int[] t = stufung.stufen(gemischt);
    for (int k = 0; k < n; k++) {
      assertThat(t[k]).isEqualTo(s[idx.get(k)]);
    }
    if (w.stream().distinct().count() == n) {
      Map<Integer, Integer> b = besetzung(s);
      int obersteStufe = stufung.stufen();
      List<Integer> groessen = new ArrayList<>();
      int rest = stufung.topgruppe().isPresent() ? obersteStufe - 1 : obersteStufe;
      for (int st = 1; st <= rest; st++) {
        groessen.add(b.getOrDefault(st, 0));
      }
      assertThat(Collections.max(groessen) - Collections.min(groessen)).isLessThanOrEqualTo(1);
    }
  }

  @Test
  @DisplayName("places the Sozialräume of an index and reports how many each Stufe holds")
  void einteilen() {
    Sozialindex i =
        new Sozialindexberechnung()
            .berechne(
                SozialindexTestdaten.daten(SozialindexTestdaten.werte(2023)),
                SozialindexTestdaten.MODELL,
                Periode.jahr(2023),
                Sozialraumebene.STADTTEIL);
    Stufeneinteilung e = Stufung.topgruppe(3, "25").einteilen(i);
    assertThat(e.stufung()).isEqualTo(Stufung.topgruppe(3, "25"));
    assertThat(e.stufung().topProzent()).isEqualByComparingTo("25");
    assertThat(e.stufe(SozialindexTestdaten.D.ref())).hasValue(3);
    assertThat(e.zuordnungen()).filteredOn(Stufenzuordnung::topgruppe).hasSize(1);
    // the rest a, b, c: positions 0, 1, 2 of 3 in 2 Stufen → 1 + ⌊q · 2 / 3⌋ = 1, 1, 2
    assertThat(e.stufe(SozialindexTestdaten.A.ref())).hasValue(1);
    assertThat(e.stufe(SozialindexTestdaten.B.ref())).hasValue(1);
    assertThat(e.stufe(SozialindexTestdaten.C.ref())).hasValue(2);
    assertThat(e.besetzung()).containsExactly(Map.entry(1, 2), Map.entry(2, 1), Map.entry(3, 1));
  }

  @Test
  @DisplayName("rejects impossible numbers, quoting them")
  void falsch() {
    assertThatThrownBy(() -> Stufung.gleich(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Stufung.topgruppe(1, "5"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Stufung.topgruppe(9, "100"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("100");
    assertThatThrownBy(() -> Stufung.topgruppe(9, "fünf"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'fünf'");
  }
}

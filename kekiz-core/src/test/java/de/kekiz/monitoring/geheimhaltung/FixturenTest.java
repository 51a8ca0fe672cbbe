package de.kekiz.monitoring.geheimhaltung;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.MesswertSchluessel;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.fixtures.Beispielkommune;
import de.kekiz.fixtures.KekizFixtures;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The protection on every example Kommune of the fixtures: all their observations (every standard
 * indicator, every year, Sozialräume, Stadtbezirke and the Kommune), attacked table by table.
 */
@DisplayName("The protection on the example Kommunen of the fixtures")
class FixturenTest {

  private record Gruppe(IndikatorRef indikator, Periode periode) {}

  @Test
  @DisplayName("suppresses every numerator below 3 and leaves none of the suppressed computable")
  void alleBeispielkommunen() {
    long messwerte = 0;
    long primaer = 0;
    long sekundaer = 0;
    long tabellen = 0;
    for (Beispielkommune b : KekizFixtures.alle()) {
      List<Messwert> rein = b.messwerte();
      List<Messwert> raus = Geheimhaltung.schuetze(rein, b.kommune());
      assertThat(raus).hasSameSizeAs(rein);
      Map<Gruppe, List<Integer>> gruppen = new LinkedHashMap<>();
      for (int i = 0; i < rein.size(); i++) {
        Messwert m = rein.get(i);
        Messwert g = raus.get(i);
        assertThat(g.schluessel()).isEqualTo(m.schluessel());
        BigDecimal z = m.zaehler();
        if (z != null && z.compareTo(BigDecimal.valueOf(3)) < 0) {
          assertThat(g.confStatus()).as("%s", m).isEqualTo(ConfStatus.A);
        }
        if (g.confStatus() == ConfStatus.F) {
          assertThat(g).isEqualTo(m);
        }
        primaer += g.confStatus() == ConfStatus.A ? 1 : 0;
        sekundaer += g.confStatus() == ConfStatus.D ? 1 : 0;
        gruppen
            .computeIfAbsent(new Gruppe(m.indikator(), m.periode()), x -> new ArrayList<>())
            .add(i);
      }
      messwerte += rein.size();
      for (List<Integer> stellen : gruppen.values()) {
        List<Messwert> r = new ArrayList<>();
        List<Messwert> g = new ArrayList<>();
        for (int i : stellen) {
          r.add(rein.get(i));
          g.add(raus.get(i));
        }
        assertThat(errechnet(r, g, b)).as("%s %s", b.name(), r.get(0).schluessel()).isEmpty();
        tabellen++;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "fixtures: %d Kommunen, %d tables, %d observations, %d primary, %d secondary%n",
        KekizFixtures.alle().size(),
        tabellen,
        messwerte,
        primaer,
        sekundaer);
    assertThat(primaer).isPositive();
    assertThat(sekundaer).isPositive();
  }

  /** The suppressed observations an attacker computes, with the table's relations. */
  private static List<MesswertSchluessel> errechnet(
      List<Messwert> rein, List<Messwert> raus, Beispielkommune b) {
    Tabelle<MesswertSchluessel> t =
        MesswertTabelle.baue(
            rein,
            b.kommune(),
            MesswertTabelle.stichtag(rein, b.kommune()),
            Geheimhaltungsregeln.standard(),
            Beitraege.keine());
    int n = t.groesse();
    long[] werte = new long[n];
    boolean[] unbekannt = new boolean[n];
    for (int i = 0; i < n; i++) {
      werte[i] = t.zaehler(t.schluessel().get(i)).orElse(0);
      unbekannt[i] = t.fehlt(t.schluessel().get(i));
    }
    List<Integer> gesperrt = new ArrayList<>();
    for (Messwert m : raus) {
      if (m.confStatus() != ConfStatus.F) {
        int i = t.index(m.schluessel());
        unbekannt[i] = true;
        gesperrt.add(i);
      }
    }
    Map<Integer, BigInteger> r =
        Angreifer.rekonstruiere(werte, unbekannt, List.of(t.beziehungsIndizes()));
    List<MesswertSchluessel> k = new ArrayList<>();
    for (int i : gesperrt) {
      if (r.containsKey(i)) {
        k.add(t.schluessel().get(i));
      }
    }
    return k;
  }
}

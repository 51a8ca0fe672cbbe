package de.kekiz.monitoring.veroeffentlichung;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.Indikatoren;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.fixtures.Beispielkommune;
import de.kekiz.fixtures.KekizFixtures;
import de.kekiz.monitoring.geheimhaltung.CellKeyVerfahren;
import de.kekiz.monitoring.geheimhaltung.Ueberlagerungsparameter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * How much of the small-area monitoring each protection keeps visible: per fixture Kommune the
 * share of Sozialraum × indicator cells of each table's latest period that carry a published figure
 * (exact, pooled, the parent's, or perturbed), for every procedure, all 18 fixtures as one release
 * (as {@code kekiz demo} publishes them). The figures in the README come from {@link #main}.
 */
@DisplayName("Coverage of the latest period's small-area cells")
class AbdeckungTest {

  static final LocalDate STICHTAG = LocalDate.of(2024, 12, 31);

  /** A secret for measuring only; a Kommune keeps its own. */
  static final CellKeyVerfahren CELL_KEY =
      CellKeyVerfahren.of(
          Ueberlagerungsparameter.standard(),
          "kekiz-Messung: kein Geheimnis einer Kommune".getBytes(StandardCharsets.UTF_8));

  /** The procedures measured, by the name the README uses. */
  static Map<String, Veroeffentlichungsauftrag> verfahren() {
    Map<String, Veroeffentlichungsauftrag> v = new LinkedHashMap<>();
    Veroeffentlichungsauftrag basis = Veroeffentlichungsauftrag.am(STICHTAG);
    v.put("Sperrung", basis.withPoolperioden(1).withVergroeberung(false));
    v.put("Sperrung + Pooling", basis.withVergroeberung(false));
    v.put("Sperrung + Pooling + Vergröberung", basis);
    v.put("Cell-Key-Verfahren", basis.withCellKey(CELL_KEY));
    v.put("intern", basis.withVerfahren(Schutzverfahren.INTERN));
    return v;
  }

  private static final Map<String, Veroeffentlichung> ERGEBNIS = new LinkedHashMap<>();

  @BeforeAll
  static void rechne() {
    List<Veroeffentlichungsrechnung.Eingabe> e = new ArrayList<>();
    for (Beispielkommune b : KekizFixtures.alle()) {
      e.add(new Veroeffentlichungsrechnung.Eingabe(b.kommune(), b.messwerte(), null, null, true));
    }
    for (Map.Entry<String, Veroeffentlichungsauftrag> v : verfahren().entrySet()) {
      ERGEBNIS.put(
          v.getKey(),
          new Veroeffentlichungsrechnung(v.getValue()).berechne(e, Indikatoren.standard()));
    }
  }

  /** The share in percent (one decimal) of cells with a figure among all cells of the part. */
  static BigDecimal anteil(Berichtsteil t) {
    int mit = 0;
    int alle = 0;
    for (Map.Entry<Wertart, Integer> e : t.abdeckung().entrySet()) {
      alle += e.getValue();
      mit += e.getKey().hatZahl() ? e.getValue() : 0;
    }
    return alle == 0
        ? BigDecimal.ZERO
        : BigDecimal.valueOf(100L * mit).divide(BigDecimal.valueOf(alle), 1, RoundingMode.HALF_UP);
  }

  @Test
  @DisplayName(
      "keeps at least 90 % of Köln's and 75 % of Brühl's cells visible in a safe procedure")
  void ziele() {
    Veroeffentlichung sperrung = ERGEBNIS.get("Sperrung + Pooling + Vergröberung");
    Veroeffentlichung ckm = ERGEBNIS.get("Cell-Key-Verfahren");
    assertThat(anteil(sperrung.teil(KekizFixtures.KOELN).orElseThrow()))
        .isGreaterThanOrEqualTo(new BigDecimal("90"));
    assertThat(anteil(ckm.teil(KekizFixtures.KOELN).orElseThrow()))
        .isGreaterThanOrEqualTo(new BigDecimal("90"));
    assertThat(anteil(ckm.teil(KekizFixtures.BRUEHL).orElseThrow()))
        .isGreaterThanOrEqualTo(new BigDecimal("75"));
    // suppression alone hides most of Brühl: the options are what keeps it visible
    assertThat(anteil(ERGEBNIS.get("Sperrung").teil(KekizFixtures.BRUEHL).orElseThrow()))
        .isLessThan(anteil(sperrung.teil(KekizFixtures.BRUEHL).orElseThrow()));
  }

  @Test
  @DisplayName("shows every kind of figure it publishes in the cells")
  void arten() {
    Berichtsteil koeln =
        ERGEBNIS.get("Sperrung + Pooling + Vergröberung").teil(KekizFixtures.KOELN).orElseThrow();
    assertThat(koeln.abdeckung().get(Wertart.GEPOOLT)).isPositive();
    assertThat(koeln.abdeckung().get(Wertart.VERGROEBERT)).isPositive();
    assertThat(koeln.abdeckung().get(Wertart.EXAKT)).isPositive();
    Berichtsteil intern = ERGEBNIS.get("intern").teil(KekizFixtures.BRUEHL).orElseThrow();
    assertThat(anteil(intern)).isEqualByComparingTo("100.0");
  }

  /** Prints the README tables: coverage per Kommune and procedure, and the CKM's deviation. */
  public static void main(String[] args) {
    rechne();
    StringBuilder s = new StringBuilder("| Kommune |");
    verfahren().keySet().forEach(v -> s.append(' ').append(v).append(" |"));
    s.append('\n').append("|---|");
    verfahren().keySet().forEach(v -> s.append("---:|"));
    s.append('\n');
    for (Beispielkommune b : KekizFixtures.alle()) {
      s.append("| ").append(b.name()).append(" |");
      for (Veroeffentlichung v : ERGEBNIS.values()) {
        Berichtsteil t = v.teil(b.schluessel()).orElseThrow();
        s.append(' ').append(anteil(t).toPlainString().replace('.', ',')).append(" % |");
      }
      s.append('\n');
    }
    System.out.println(s);
    System.out.println(abweichung());
  }

  /**
   * The information loss of the Cell-Key-Verfahren: per indicator the mean absolute deviation of
   * the published numerators from the exact ones, and of the values in percentage points, over
   * every figure of the release.
   */
  static String abweichung() {
    Map<String, Messwert> roh = new HashMap<>();
    for (Beispielkommune b : KekizFixtures.alle()) {
      b.messwerte().forEach(m -> roh.put(m.schluessel().toString(), m));
    }
    Map<IndikatorKey, long[]> summe = new TreeMap<>();
    Map<IndikatorKey, BigDecimal> wert = new TreeMap<>();
    for (Berichtsteil t : ERGEBNIS.get("Cell-Key-Verfahren").teile()) {
      for (Messwert m : t.messwerte()) {
        Messwert r = roh.get(m.schluessel().toString());
        if (r == null || !r.hatWert() || !m.hatWert()) {
          continue;
        }
        long[] a = summe.computeIfAbsent(m.indikator().key(), k -> new long[2]);
        a[0] += m.zaehler().subtract(r.zaehler()).abs().longValueExact();
        a[1]++;
        var def =
            Indikatoren.standard().stream().filter(i -> i.ref().equals(m.indikator())).findFirst();
        if (def.isPresent() && def.get().hatNenner()) {
          BigDecimal d =
              def.get().wert(m).orElseThrow().subtract(def.get().wert(r).orElseThrow()).abs();
          wert.merge(m.indikator().key(), d, BigDecimal::add);
        }
      }
    }
    StringBuilder s =
        new StringBuilder(
            "| Indikator | Werte | mittlere Abweichung des Zählers | mittlere Abweichung des Werts (Einheit des Indikators) |\n|---|---:|---:|---:|\n");
    for (Map.Entry<IndikatorKey, long[]> e : summe.entrySet()) {
      long n = e.getValue()[1];
      s.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %s | %s |%n",
              e.getKey(),
              n,
              BigDecimal.valueOf(e.getValue()[0])
                  .divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP)
                  .toPlainString()
                  .replace('.', ','),
              wert.containsKey(e.getKey())
                  ? wert.get(e.getKey())
                      .divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP)
                      .toPlainString()
                      .replace('.', ',')
                  : "–"));
    }
    return s.toString();
  }
}

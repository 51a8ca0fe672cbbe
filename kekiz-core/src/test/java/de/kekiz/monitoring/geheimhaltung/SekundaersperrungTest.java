package de.kekiz.monitoring.geheimhaltung;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The secondary suppression on a Tabelle")
class SekundaersperrungTest {

  private static final Geheimhaltungsregeln STANDARD = Geheimhaltungsregeln.standard();

  private static GeschuetzteTabelle<String> schuetze(Tabelle<String> t) {
    return Geheimhaltung.schuetze(t, STANDARD);
  }

  /** Counts as absolute numbers, sensitive by the standard rules. */
  private static Tabelle.Builder<String> zellen(Object... schluesselUndWert) {
    Tabelle.Builder<String> b = Tabelle.builder();
    for (int i = 0; i < schluesselUndWert.length; i += 2) {
      long z = ((Number) schluesselUndWert[i + 1]).longValue();
      b.zelle((String) schluesselUndWert[i], z, STANDARD.primaer(z));
    }
    return b;
  }

  @Nested
  @DisplayName("along one relation")
  class EineBeziehung {

    @Test
    @DisplayName("hides the smallest other cell when one cell is primary (hand example)")
    void handbeispiel() {
      // Kommune 54 = Sozialräume A 2 + B 15 + C 7 + D 30: A is primary; by subtraction
      // 54 - 15 - 7 - 30 = 2 it would show, so one more cell goes, the smallest: C (7)
      Tabelle<String> t =
          zellen("K", 54, "A", 2, "B", 15, "C", 7, "D", 30)
              .beziehung("K", List.of("A", "B", "C", "D"))
              .build();
      GeschuetzteTabelle<String> g = schuetze(t);
      assertThat(g.zellen(Sperrung.PRIMAER)).containsExactly("A");
      assertThat(g.zellen(Sperrung.SEKUNDAER)).containsExactly("C");
      assertThat(g.zellen(Sperrung.FREI)).containsExactly("K", "B", "D");
      assertThat(g.veroeffentlicht("K")).isTrue();
      assertThat(g.sperrung("C")).isEqualTo(Sperrung.SEKUNDAER);
      assertThat(g.bestimmbar()).isEmpty();
      assertThat(g).hasToString("GeschuetzteTabelle[5 cells: 3 F, 1 A, 1 D, 0 missing]");
    }

    @Test
    @DisplayName("hides nothing if nothing is small")
    void nichtsKlein() {
      Tabelle<String> t =
          zellen("K", 60, "A", 20, "B", 40).beziehung("K", List.of("A", "B")).build();
      assertThat(schuetze(t).anzahl(Sperrung.FREI)).isEqualTo(3);
    }

    @Test
    @DisplayName("adds nothing when two primary cells already hide each other")
    void zweiPrimaere() {
      Tabelle<String> t =
          zellen("K", 113, "A", 1, "B", 2, "C", 50, "D", 60)
              .beziehung("K", List.of("A", "B", "C", "D"))
              .build();
      GeschuetzteTabelle<String> g = schuetze(t);
      assertThat(g.zellen(Sperrung.PRIMAER)).containsExactly("A", "B");
      assertThat(g.anzahl(Sperrung.SEKUNDAER)).isZero();
    }

    @Test
    @DisplayName("prefers the smaller denominator between equal numerators")
    void nenner() {
      Tabelle<String> t =
          Tabelle.<String>builder()
              .zelle("K", 22, 1700, false)
              .zelle("A", 2, 500, true)
              .zelle("B", 10, 900, false)
              .zelle("C", 10, 300, false)
              .beziehung("K", List.of("A", "B", "C"))
              .build();
      assertThat(schuetze(t).zellen(Sperrung.SEKUNDAER)).containsExactly("C");
    }

    @Test
    @DisplayName(
        "adds a cell when the hidden parts sum to 0, as non-negativity would give them" + " away")
    void ohneSchlupf() {
      // zeros are published (Bundesagentur), but A and B have small denominators
      Geheimhaltungsregeln r = STANDARD.withNullGeheim(false);
      Tabelle<String> t =
          Tabelle.<String>builder()
              .zelle("K", 10, 310, false)
              .zelle("A", 0, 50, r.primaer(0, 50))
              .zelle("B", 0, 60, r.primaer(0, 60))
              .zelle("C", 10, 200, r.primaer(10, 200))
              .beziehung("K", List.of("A", "B", "C"))
              .build();
      GeschuetzteTabelle<String> g = Geheimhaltung.schuetze(t, r);
      assertThat(g.zellen(Sperrung.PRIMAER)).containsExactly("A", "B");
      assertThat(g.zellen(Sperrung.SEKUNDAER)).containsExactly("C");
    }
  }

  @Nested
  @DisplayName("along the Sozialraum hierarchy")
  class Hierarchie {

    @Test
    @DisplayName("stays inside the Stadtbezirk when that suffices")
    void innerhalb() {
      Tabelle<String> t =
          zellen("K", 100, "B1", 31, "B2", 69, "T1", 1, "T2", 30, "T3", 40, "T4", 29)
              .beziehung("K", List.of("B1", "B2"))
              .beziehung("B1", List.of("T1", "T2"))
              .beziehung("B2", List.of("T3", "T4"))
              .build();
      GeschuetzteTabelle<String> g = schuetze(t);
      assertThat(g.zellen(Sperrung.PRIMAER)).containsExactly("T1");
      assertThat(g.zellen(Sperrung.SEKUNDAER)).containsExactly("T2");
    }

    @Test
    @DisplayName("hides a Stadtbezirk with a single Stadtteil, and then a second Stadtbezirk")
    void einzigesKind() {
      Tabelle<String> t =
          Tabelle.<String>builder()
              .zelle("K", 150, false)
              .zelle("B1", 40, false)
              .zelle("B2", 50, false)
              .zelle("B3", 60, false)
              .zelle("T1", 40, true)
              .beziehung("K", List.of("B1", "B2", "B3"))
              .beziehung("B1", List.of("T1"))
              .build();
      GeschuetzteTabelle<String> g = schuetze(t);
      assertThat(g.zellen(Sperrung.PRIMAER)).containsExactly("T1");
      assertThat(g.zellen(Sperrung.SEKUNDAER)).containsExactly("B1", "B2");
    }
  }

  @Nested
  @DisplayName("in a 2-D table")
  class ZweiDimensional {

    @Test
    @DisplayName("looks one step ahead: closes a rectangle instead of starting a chain")
    void vorausschau() {
      // row 0: 1 5 6 | 12; row 1: 2 100 7 | 109; columns 3 105 13 | 121
      Gitter g = new Gitter(new long[][] {{1, 5, 6}, {2, 100, 7}});
      GeschuetzteTabelle<String> e = schuetze(g.tabelle(STANDARD));
      assertThat(e.zellen(Sperrung.PRIMAER)).containsExactly("0,0", "1,0");
      // the smallest candidate of row 0 is 5, but hiding it would need 100 in its column;
      // 6 needs only 7, which row 1 needs anyway
      assertThat(e.zellen(Sperrung.SEKUNDAER)).containsExactly("0,2", "1,2");
      assertThat(g.angriff(e)).isEmpty();
    }

    @Test
    @DisplayName(
        "finds a cell that only a combination of relations gives away (a bridge"
            + " between two rectangles)")
    void bruecke() {
      long[][] w = {
        {1, 2, 40, 50},
        {2, 1, 1, 60},
        {70, 80, 2, 1},
        {90, 30, 1, 2}
      };
      Gitter g = new Gitter(w);
      Tabelle<String> t = g.tabelle(STANDARD);
      // every row and column holds 0 or at least 2 primary cells: the local rule is satisfied,
      // yet cell 1,2 links the rectangles {0,1}x{0,1} and {2,3}x{2,3} and is determined
      boolean[] nurPrimaer = new boolean[g.schluessel.size()];
      for (int i = 0; i < nurPrimaer.length; i++) {
        nurPrimaer[i] = t.sensibel(g.schluessel.get(i));
      }
      assertThat(Angreifer.rekonstruiere(g.werte, nurPrimaer, g.beziehungen).keySet())
          .containsExactly(g.schluessel.indexOf("1,2"));
      GeschuetzteTabelle<String> e = schuetze(t);
      assertThat(e.anzahl(Sperrung.SEKUNDAER)).isPositive();
      assertThat(g.angriff(e)).isEmpty();
    }
  }

  @Nested
  @DisplayName("with missing cells")
  class Fehlend {

    @Test
    @DisplayName("counts a missing cell as unknown to an observer: it hides a primary cell")
    void fehlendeSumme() {
      Tabelle<String> t =
          Tabelle.<String>builder()
              .fehlendeZelle("K")
              .zelle("A", 2, true)
              .zelle("B", 15, false)
              .zelle("C", 7, false)
              .beziehung("K", List.of("A", "B", "C"))
              .build();
      GeschuetzteTabelle<String> g = schuetze(t);
      assertThat(g.anzahl(Sperrung.SEKUNDAER)).isZero();
      assertThat(g.zellen(Sperrung.FEHLT)).containsExactly("K");
      // with the total in the table, C has to go
      Tabelle<String> mitSumme =
          zellen("K", 24, "A", 2, "B", 15, "C", 7).beziehung("K", List.of("A", "B", "C")).build();
      assertThat(schuetze(mitSumme).zellen(Sperrung.SEKUNDAER)).containsExactly("C");
    }

    @Test
    @DisplayName("does not count on a missing cell that a second relation pins")
    void fehlendImZweitenZusammenhang() {
      // K = A + M and M = X + Y: M is missing, but X and Y are published, so M is known
      Tabelle<String> t =
          Tabelle.<String>builder()
              .zelle("K", 42, false)
              .zelle("A", 2, true)
              .fehlendeZelle("M")
              .zelle("X", 15, false)
              .zelle("Y", 25, false)
              .beziehung("K", List.of("A", "M"))
              .beziehung("M", List.of("X", "Y"))
              .build();
      GeschuetzteTabelle<String> g = schuetze(t);
      assertThat(g.zellen(Sperrung.SEKUNDAER)).containsExactly("X");
      assertThat(g.bestimmbar()).isEmpty();
    }
  }

  @Test
  @DisplayName("reports a cell that the relations themselves determine, and stops trying")
  void strukturellBestimmt() {
    // K = A + B and K = A + B + C force C = 0, whatever is hidden
    Tabelle<String> t =
        zellen("K", 50, "A", 20, "B", 30, "C", 0)
            .beziehung("K", List.of("A", "B"))
            .beziehung("K", List.of("A", "B", "C"))
            .build();
    GeschuetzteTabelle<String> g = schuetze(t);
    assertThat(g.sperrung("C")).isEqualTo(Sperrung.PRIMAER);
    assertThat(g.bestimmbar()).containsExactly("C");
  }

  /** A 2-D table with row, column and grand totals; keys "r,c", "r,+", "+,c", "+,+". */
  static final class Gitter {
    final List<String> schluessel = new ArrayList<>();
    final long[] werte;
    final List<int[]> beziehungen = new ArrayList<>();

    Gitter(long[][] innen) {
      int zeilen = innen.length;
      int spalten = innen[0].length;
      List<Long> w = new ArrayList<>();
      for (int r = 0; r <= zeilen; r++) {
        for (int c = 0; c <= spalten; c++) {
          schluessel.add((r == zeilen ? "+" : "" + r) + "," + (c == spalten ? "+" : "" + c));
          long summe = 0;
          for (int i = 0; i < zeilen; i++) {
            for (int j = 0; j < spalten; j++) {
              if ((r == zeilen || r == i) && (c == spalten || c == j)) {
                summe += innen[i][j];
              }
            }
          }
          w.add(summe);
        }
      }
      werte = w.stream().mapToLong(Long::longValue).toArray();
      int breite = spalten + 1;
      for (int r = 0; r <= zeilen; r++) {
        int[] b = new int[breite];
        b[0] = r * breite + spalten;
        for (int c = 0; c < spalten; c++) {
          b[c + 1] = r * breite + c;
        }
        beziehungen.add(b);
      }
      for (int c = 0; c <= spalten; c++) {
        int[] b = new int[zeilen + 1];
        b[0] = zeilen * breite + c;
        for (int r = 0; r < zeilen; r++) {
          b[r + 1] = r * breite + c;
        }
        beziehungen.add(b);
      }
    }

    Tabelle<String> tabelle(Geheimhaltungsregeln regeln) {
      Tabelle.Builder<String> b = Tabelle.builder();
      for (int i = 0; i < werte.length; i++) {
        b.zelle(schluessel.get(i), werte[i], regeln.primaer(werte[i]));
      }
      for (int[] r : beziehungen) {
        List<String> teile = new ArrayList<>();
        for (int i = 1; i < r.length; i++) {
          teile.add(schluessel.get(r[i]));
        }
        b.beziehung(schluessel.get(r[0]), teile);
      }
      return b.build();
    }

    /** The cells the attacker recovers from the published ones. */
    Set<String> angriff(GeschuetzteTabelle<String> e) {
      boolean[] unbekannt = new boolean[werte.length];
      for (int i = 0; i < werte.length; i++) {
        unbekannt[i] = e.sperrung(schluessel.get(i)).gesperrt();
      }
      Map<Integer, java.math.BigInteger> r = Angreifer.rekonstruiere(werte, unbekannt, beziehungen);
      Set<String> s = new java.util.TreeSet<>();
      r.keySet().forEach(i -> s.add(schluessel.get(i)));
      return s;
    }
  }

  /**
   * A table of two levels: Kommune K = Σ Bezirke B_i, each B_i = Σ its Sozialräume, and the
   * Sozialräume crossed by a second breakdown (the first half of each Bezirk's as a group), so that
   * the local, linear and interval checks all have work.
   */
  private static Tabelle<String> zufallstabelle(java.util.Random rnd, int bezirke, int raeume) {
    Tabelle.Builder<String> b = Tabelle.builder();
    long kommune = 0;
    List<String> bezirksnamen = new ArrayList<>();
    for (int i = 0; i < bezirke; i++) {
      long bezirk = 0;
      long gruppe = 0;
      List<String> teile = new ArrayList<>();
      List<String> erste = new ArrayList<>();
      for (int j = 0; j < raeume; j++) {
        long z = rnd.nextInt(8) == 0 ? rnd.nextInt(3) : 3 + rnd.nextInt(60);
        String name = "S" + i + "." + j;
        b.zelle(name, z, STANDARD.primaer(z));
        teile.add(name);
        bezirk += z;
        if (j < raeume / 2) {
          erste.add(name);
          gruppe += z;
        }
      }
      b.zelle("B" + i, bezirk, STANDARD.primaer(bezirk)).beziehung("B" + i, teile);
      b.zelle("G" + i, gruppe, STANDARD.primaer(gruppe)).beziehung("G" + i, erste);
      bezirksnamen.add("B" + i);
      kommune += bezirk;
    }
    return b.zelle("K", kommune, STANDARD.primaer(kommune)).beziehung("K", bezirksnamen).build();
  }

  @Test
  @DisplayName("decides the same with working arrays kept from larger and smaller tables before")
  void arbeitsspeicherWiederverwendet() {
    java.util.Random rnd = new java.util.Random(20_261_206L);
    Arbeitsspeicher speicher = new Arbeitsspeicher();
    int geprueft = 0;
    for (int t = 0; t < 60; t++) {
      // large and small tables in turn: arrays grown before and reused for fewer cells
      Tabelle<String> tabelle =
          t % 2 == 0
              ? zufallstabelle(rnd, 6 + rnd.nextInt(6), 8 + rnd.nextInt(12))
              : zufallstabelle(rnd, 1 + rnd.nextInt(3), 2 + rnd.nextInt(5));
      GeschuetzteTabelle<String> frisch = schuetze(tabelle);
      GeschuetzteTabelle<String> wieder =
          Sekundaersperrung.berechne(
              tabelle, STANDARD.untergrenzeSekundaer(), STANDARD.schutzbreite(), speicher);
      for (Sperrung s : Sperrung.values()) {
        assertThat(wieder.zellen(s)).as("table %d, %s", t, s).isEqualTo(frisch.zellen(s));
      }
      assertThat(wieder.bestimmbar()).as("table %d", t).isEqualTo(frisch.bestimmbar());
      geprueft += frisch.anzahl(Sperrung.SEKUNDAER) > 0 ? 1 : 0;
    }
    assertThat(geprueft).as("tables with secondary suppressions").isGreaterThan(20);
  }
}

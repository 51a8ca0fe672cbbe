package de.kekiz.monitoring.geheimhaltung;

import static de.kekiz.monitoring.geheimhaltung.GeheimhaltungFixtures.AHLEN;
import static de.kekiz.monitoring.geheimhaltung.GeheimhaltungFixtures.DOLBERG;
import static de.kekiz.monitoring.geheimhaltung.GeheimhaltungFixtures.KOELN;
import static de.kekiz.monitoring.geheimhaltung.GeheimhaltungFixtures.MITTE;
import static de.kekiz.monitoring.geheimhaltung.GeheimhaltungFixtures.OST;
import static de.kekiz.monitoring.geheimhaltung.GeheimhaltungFixtures.QUOTE;
import static de.kekiz.monitoring.geheimhaltung.GeheimhaltungFixtures.VORHELM;
import static de.kekiz.monitoring.geheimhaltung.GeheimhaltungFixtures.ahlen;
import static de.kekiz.monitoring.geheimhaltung.GeheimhaltungFixtures.assertFrei;
import static de.kekiz.monitoring.geheimhaltung.GeheimhaltungFixtures.assertGesperrt;
import static de.kekiz.monitoring.geheimhaltung.GeheimhaltungFixtures.assertRegelverstoss;
import static de.kekiz.monitoring.geheimhaltung.GeheimhaltungFixtures.fehlend;
import static de.kekiz.monitoring.geheimhaltung.GeheimhaltungFixtures.geschlecht;
import static de.kekiz.monitoring.geheimhaltung.GeheimhaltungFixtures.kommune;
import static de.kekiz.monitoring.geheimhaltung.GeheimhaltungFixtures.raum;
import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.MesswertSchluessel;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.kommune.SozialraumRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Geheimhaltung protects a Kommune's observations")
class GeheimhaltungTest {

  private static final Kommune AHLEN_KOMMUNE = ahlen().build();

  /**
   * Ahlen 2023: Kommune 444/4560 = Mitte 310/2950 + Ost 87/880 + Dolberg 2/120 + Vorhelm 45/610.
   */
  private static List<Messwert> handbeispiel() {
    return List.of(
        kommune(444, 4560),
        raum(MITTE, 310, 2950),
        raum(OST, 87, 880),
        raum(DOLBERG, 2, 120),
        raum(VORHELM, 45, 610));
  }

  @Nested
  @DisplayName("by the hand-computed example of Ahlen")
  class Handbeispiel {

    @Test
    @DisplayName(
        "suppresses Dolberg (2 children) and exactly one more Sozialraum, the smallest:"
            + " Vorhelm")
    void dolbergUndVorhelm() {
      List<Messwert> g = Geheimhaltung.schuetze(handbeispiel(), AHLEN_KOMMUNE);
      assertThat(g).hasSize(5);
      assertFrei(g.get(0), 444, 4560L);
      assertFrei(g.get(1), 310, 2950L);
      assertFrei(g.get(2), 87, 880L);
      assertGesperrt(g.get(3), ConfStatus.A);
      assertGesperrt(g.get(4), ConfStatus.D);
      // 444 - 310 - 87 = 47 is all a reader learns about Dolberg and Vorhelm together
    }

    @Test
    @DisplayName("leaves the value absent, never 0, so the indicator has no value to print")
    void abwesend() {
      List<Messwert> g = Geheimhaltung.schuetze(handbeispiel(), AHLEN_KOMMUNE);
      assertThat(QUOTE.veroeffentlichbarerWert(g.get(3))).isEmpty();
      assertThat(QUOTE.wert(g.get(3))).isEmpty();
      assertThat(QUOTE.veroeffentlichbarerWert(g.get(1))).isPresent();
    }

    @Test
    @DisplayName("keeps the order of the input, whatever it is")
    void reihenfolge() {
      List<Messwert> rein = new ArrayList<>(handbeispiel());
      java.util.Collections.reverse(rein);
      List<Messwert> g = Geheimhaltung.schuetze(rein, AHLEN_KOMMUNE);
      for (int i = 0; i < rein.size(); i++) {
        assertThat(g.get(i).schluessel()).isEqualTo(rein.get(i).schluessel());
      }
      assertGesperrt(g.get(0), ConfStatus.D); // Vorhelm
      assertGesperrt(g.get(1), ConfStatus.A); // Dolberg
    }

    @Test
    @DisplayName("suppresses a rate whose denominator is below 100, even with 30 cases")
    void kleinerNenner() {
      List<Messwert> rein =
          List.of(
              kommune(472, 4520),
              raum(MITTE, 310, 2950),
              raum(OST, 87, 880),
              raum(DOLBERG, 30, 80),
              raum(VORHELM, 45, 610));
      List<Messwert> g = Geheimhaltung.schuetze(rein, AHLEN_KOMMUNE);
      assertGesperrt(g.get(3), ConfStatus.A);
      assertGesperrt(g.get(4), ConfStatus.D);
    }

    @Test
    @DisplayName("publishes everything when no number is small")
    void nichtsKlein() {
      List<Messwert> rein =
          List.of(
              kommune(445, 4560),
              raum(MITTE, 310, 2950),
              raum(OST, 87, 880),
              raum(DOLBERG, 3, 120),
              raum(VORHELM, 45, 610));
      assertThat(Geheimhaltung.schuetze(rein, AHLEN_KOMMUNE)).isEqualTo(rein);
    }
  }

  @Nested
  @DisplayName("across a breakdown")
  class Aufgeschluesselt {

    @Test
    @DisplayName(
        "hides a rectangle: Dolberg's m and w (denominators of 60) with Vorhelm's m and" + " w")
    void nachGeschlecht() {
      // per area insgesamt, m, w: Kommune first, then Mitte, Ost, Dolberg, Vorhelm
      long[][] zaehler = {{482, 250, 232}, {310, 160, 150}, {87, 44, 43}, {40, 39, 1}, {45, 7, 38}};
      long[][] nenner = {
        {4560, 2300, 2260}, {2950, 1500, 1450}, {880, 440, 440}, {120, 60, 60}, {610, 300, 310}
      };
      List<Messwert> gesamt =
          List.of(
              kommune(482, 4560),
              raum(MITTE, 310, 2950),
              raum(OST, 87, 880),
              raum(DOLBERG, 40, 120),
              raum(VORHELM, 45, 610));
      List<Messwert> rein = new ArrayList<>();
      for (int i = 0; i < gesamt.size(); i++) {
        Messwert m = gesamt.get(i);
        rein.add(m);
        rein.add(geschlecht(m, "m").withWerten(bd(zaehler[i][1]), bd(nenner[i][1])));
        rein.add(geschlecht(m, "w").withWerten(bd(zaehler[i][2]), bd(nenner[i][2])));
      }
      List<Messwert> g = Geheimhaltung.schuetze(rein, AHLEN_KOMMUNE);
      for (int i = 0; i < g.size(); i++) {
        ConfStatus erwartet =
            i == 10 || i == 11 ? ConfStatus.A : i == 13 || i == 14 ? ConfStatus.D : ConfStatus.F;
        assertThat(g.get(i).confStatus()).as("%s", rein.get(i)).isEqualTo(erwartet);
      }
      // Dolberg's total stays published: it gives only the sum of its two hidden parts.
      // Vorhelm's m (7) is the smallest m; its w (38) is the smallest w and closes the rectangle
      assertThat(Angriff.errechnet(g, rein, AHLEN_KOMMUNE)).isEmpty();
    }
  }

  @Nested
  @DisplayName("with observations as they come")
  class Eingaenge {

    @Test
    @DisplayName("protects each indicator and period on its own")
    void gruppen() {
      Periode j2022 = Periode.jahr(2022);
      List<Messwert> rein = new ArrayList<>();
      for (Messwert m : handbeispiel()) {
        rein.add(m);
        rein.add(
            Messwert.of(
                m.indikator(),
                m.raum(),
                j2022,
                m.zaehler().longValue() + 10,
                m.nenner().longValue()));
      }
      List<Messwert> g = Geheimhaltung.schuetze(rein, AHLEN_KOMMUNE);
      // 2023 as in the hand example; in 2022 Dolberg had 12 and nothing is hidden
      assertGesperrt(g.get(6), ConfStatus.A);
      assertGesperrt(g.get(8), ConfStatus.D);
      for (int i = 1; i < g.size(); i += 2) {
        assertThat(g.get(i).confStatus()).isEqualTo(ConfStatus.F);
      }
    }

    @Test
    @DisplayName("keeps a confidential status it is given, drops the value and protects it")
    void vertraulich() {
      List<Messwert> rein = new ArrayList<>(handbeispiel());
      rein.set(2, rein.get(2).withConfStatus(ConfStatus.C));
      rein.set(3, raum(DOLBERG, 12, 120));
      List<Messwert> g = Geheimhaltung.schuetze(rein, AHLEN_KOMMUNE);
      assertGesperrt(g.get(2), ConfStatus.C);
      assertThat(g.get(3).confStatus()).isEqualTo(ConfStatus.D); // 12 is the smallest other
    }

    @Test
    @DisplayName("passes a missing observation through; unpublished, it hides Dolberg")
    void fehlendeBeobachtung() {
      List<Messwert> rein = new ArrayList<>(handbeispiel());
      rein.set(2, fehlend(rein.get(2)));
      List<Messwert> g = Geheimhaltung.schuetze(rein, AHLEN_KOMMUNE);
      assertThat(g.get(2)).isEqualTo(rein.get(2));
      assertGesperrt(g.get(3), ConfStatus.A);
      assertFrei(g.get(4), 45, 610L);
    }

    @Test
    @DisplayName(
        "counts a Sozialraum without observations as unknown, unless the published"
            + " figures show its value")
    void leererSozialraum() {
      // Vorhelm has no observation: Kommune 444 - Mitte 310 - Ost 87 = 47 is Dolberg and
      // Vorhelm together, and Dolberg's 2 stays hidden
      List<Messwert> ohneVorhelm = new ArrayList<>(handbeispiel().subList(0, 4));
      List<Messwert> g = Geheimhaltung.schuetze(ohneVorhelm, AHLEN_KOMMUNE);
      assertGesperrt(g.get(3), ConfStatus.A);
      assertFrei(g.get(2), 87, 880L);
      // with Vorhelm broken down by sex, its total is the sum of published parts: Dolberg needs
      // a partner
      List<Messwert> mitTeilen = new ArrayList<>(ohneVorhelm);
      Messwert v = raum(VORHELM, 45, 610);
      mitTeilen.add(geschlecht(v, "m").withWerten(bd(20), bd(300)));
      mitTeilen.add(geschlecht(v, "w").withWerten(bd(25), bd(310)));
      List<Messwert> h = Geheimhaltung.schuetze(mitTeilen, AHLEN_KOMMUNE);
      assertGesperrt(h.get(3), ConfStatus.A);
      assertThat(h).filteredOn(x -> x.confStatus() == ConfStatus.D).hasSize(1);
      assertThat(Angriff.errechnet(h, mitTeilen, AHLEN_KOMMUNE)).isEmpty();
    }

    @Test
    @DisplayName(
        "rounds the published numerators to multiples of 10 if asked, denominators" + " stay")
    void rundung() {
      List<Messwert> g =
          Geheimhaltung.schuetze(
              handbeispiel(),
              AHLEN_KOMMUNE,
              Geheimhaltungsregeln.standard().withRundung(Rundung.auf(10)));
      assertFrei(g.get(0), 440, 4560L);
      assertFrei(g.get(1), 310, 2950L);
      assertFrei(g.get(2), 90, 880L);
      assertGesperrt(g.get(3), ConfStatus.A);
      assertGesperrt(g.get(4), ConfStatus.D);
    }

    @Test
    @DisplayName("applies the dominance rule where contributions are known")
    void dominanz() {
      // Vorhelm's 45 places: one Träger has 40 of them
      MesswertSchluessel vorhelm = raum(VORHELM, 45, 610).schluessel();
      Beitraege beitraege = k -> k.equals(vorhelm) ? List.of(bd(40), bd(5)) : List.of();
      List<Messwert> rein = new ArrayList<>(handbeispiel());
      rein.set(3, raum(DOLBERG, 12, 120));
      rein.set(0, kommune(454, 4560));
      Geheimhaltungsregeln r =
          Geheimhaltungsregeln.standard().withDominanz(Dominanzregel.of(1, 85));
      List<Messwert> g = Geheimhaltung.schuetze(rein, AHLEN_KOMMUNE, r, beitraege);
      assertGesperrt(g.get(4), ConfStatus.A);
      assertGesperrt(g.get(3), ConfStatus.D);
      assertThat(Geheimhaltung.schuetze(rein, AHLEN_KOMMUNE, r)).isEqualTo(rein);
    }
  }

  @Nested
  @DisplayName("refuses")
  class Fehler {

    @Test
    @DisplayName("an observation of another Kommune")
    void fremdeKommune() {
      List<Messwert> rein = new ArrayList<>(handbeispiel());
      rein.add(Messwert.of(QUOTE.ref(), Raumbezug.of(KOELN), GeheimhaltungFixtures.J2023, 5, 500));
      assertRegelverstoss(
          () -> Geheimhaltung.schuetze(rein, AHLEN_KOMMUNE),
          "geheimhaltung.fremde-kommune",
          "05315000",
          "05570004");
    }

    @Test
    @DisplayName("an observation of a Sozialraum version the Kommune does not have")
    void unbekannterSozialraum() {
      List<Messwert> rein = new ArrayList<>(handbeispiel());
      rein.add(
          Messwert.of(
              QUOTE.ref(),
              Raumbezug.of(SozialraumRef.of(SozialraumId.of(AHLEN, "9"), 1)),
              GeheimhaltungFixtures.J2023,
              5,
              500));
      assertRegelverstoss(
          () -> Geheimhaltung.schuetze(rein, AHLEN_KOMMUNE),
          "geheimhaltung.sozialraum-unbekannt",
          "05570004:9@1");
    }

    @Test
    @DisplayName("two observations with the same key")
    void doppelt() {
      List<Messwert> rein = new ArrayList<>(handbeispiel());
      rein.add(raum(OST, 88, 880));
      assertRegelverstoss(
          () -> Geheimhaltung.schuetze(rein, AHLEN_KOMMUNE),
          "geheimhaltung.messwert-doppelt",
          "05570004:2@1");
    }
  }

  private static BigDecimal bd(long x) {
    return BigDecimal.valueOf(x);
  }

  /** The attacker on protected observations, with the relations {@link MesswertTabelle} finds. */
  static final class Angriff {
    private Angriff() {}

    /**
     * The keys of suppressed observations that can be computed from the published ones (missing
     * cells, too, if they can).
     */
    static List<MesswertSchluessel> errechnet(
        List<Messwert> geschuetzt, List<Messwert> original, Kommune kommune) {
      Tabelle<MesswertSchluessel> t =
          MesswertTabelle.baue(
              original,
              kommune,
              MesswertTabelle.stichtag(original, kommune),
              Geheimhaltungsregeln.standard(),
              Beitraege.keine());
      int n = t.groesse();
      long[] werte = new long[n];
      boolean[] unbekannt = new boolean[n];
      for (int i = 0; i < n; i++) {
        werte[i] = t.zaehler(t.schluessel().get(i)).orElse(0);
        unbekannt[i] = t.fehlt(t.schluessel().get(i)); // published nowhere
      }
      for (Messwert m : geschuetzt) {
        unbekannt[t.index(m.schluessel())] |= !m.veroeffentlichbar();
      }
      List<int[]> beziehungen = List.of(t.beziehungsIndizes());
      Map<Integer, java.math.BigInteger> r = Angreifer.rekonstruiere(werte, unbekannt, beziehungen);
      List<MesswertSchluessel> k = new ArrayList<>();
      r.keySet().forEach(i -> k.add(t.schluessel().get(i)));
      return k;
    }
  }
}

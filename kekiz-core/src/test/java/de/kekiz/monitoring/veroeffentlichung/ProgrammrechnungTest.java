package de.kekiz.monitoring.veroeffentlichung;

import static de.kekiz.fixtures.KekizFixtures.AHLEN;
import static de.kekiz.fixtures.KekizFixtures.BOENEN;
import static de.kekiz.fixtures.KekizFixtures.DINSLAKEN;
import static de.kekiz.fixtures.KekizFixtures.HOLZWICKEDE;
import static de.kekiz.fixtures.KekizFixtures.KAMEN;
import static de.kekiz.fixtures.KekizFixtures.KOELN;
import static de.kekiz.fixtures.KekizFixtures.KREIS_UNNA;
import static de.kekiz.fixtures.KekizFixtures.UNNA;
import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.Geldbetrag;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kommune.Bevoelkerungsstand;
import de.kekiz.domain.kommune.Finanzierungsquelle;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Gemeindeverzeichnis;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Kommunenart;
import de.kekiz.domain.kommune.Programm;
import de.kekiz.domain.kommune.Programmteilnahme;
import de.kekiz.domain.programm.Angaben;
import de.kekiz.domain.programm.Beleg;
import de.kekiz.domain.programm.Foerderprogramm;
import de.kekiz.domain.programm.Haushaltsansatz;
import de.kekiz.domain.programm.Phasenteilnehmer;
import de.kekiz.domain.programm.Programmphase;
import de.kekiz.fixtures.Beispielkommune;
import de.kekiz.fixtures.KekizFixtures;
import de.kekiz.fixtures.ProgrammFixtures;
import de.kekiz.monitoring.geheimhaltung.CellKeyVerfahren;
import de.kekiz.monitoring.geheimhaltung.Ueberlagerungsparameter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The programme report's figures, each against a hand-computed expectation. */
@DisplayName("Programmrechnung")
class ProgrammrechnungTest {

  private static final LocalDate STAND = LocalDate.of(2016, 12, 31);
  private static final LocalDate STICHTAG = LocalDate.of(2017, 6, 30);
  private static final Veroeffentlichungsauftrag AUFTRAG = Veroeffentlichungsauftrag.am(STICHTAG);

  /** The Kreis Unna jointly with Kamen and Unna, as in the reach's own tests. */
  private static Foerderprogramm kreisGemeinsam() {
    return Foerderprogramm.of(Programm.KEKIZ)
        .withPhase(
            new Programmphase(
                Programmteilnahme.PHASE_AUSBAU_2017,
                "Ausbau",
                LocalDate.of(2017, 1, 1),
                Angaben.keine(),
                Angaben.keine(),
                Angaben.keine(),
                List.of(
                    Phasenteilnehmer.gemeinsam(KREIS_UNNA, "Kreis Unna", Set.of(KAMEN, UNNA)))));
  }

  private static Kommune kreisUnna() {
    return Kommune.builder(KREIS_UNNA, "Kreis Unna", Kommunenart.KREIS)
        .kreisfrei(false)
        .kreis(null)
        .jugendamt(KREIS_UNNA)
        .build();
  }

  private static Kommune gemeinde(
      Gemeindeschluessel ags,
      Kommunenart art,
      @org.jspecify.annotations.Nullable Long kinder,
      long alle) {
    boolean kreisfrei = art == Kommunenart.KREISFREIE_STADT;
    Kommune.Builder b =
        Kommune.builder(ags, "Gemeinde " + ags, art)
            .kreisfrei(kreisfrei)
            .kreis(kreisfrei ? null : KREIS_UNNA.kreis())
            .jugendamt(art == Kommunenart.KREISANGEHOERIGE_GEMEINDE ? KREIS_UNNA : ags)
            .bevoelkerungsstand(Bevoelkerungsstand.of(STAND, Altersspanne.ab(0), alle));
    if (kinder != null) {
      b.bevoelkerungsstand(Bevoelkerungsstand.of(STAND, Altersspanne.unter(18), kinder));
    }
    return b.build();
  }

  private static List<Kommune> gebiet(boolean koelnKinder) {
    return List.of(
        kreisUnna(),
        gemeinde(BOENEN, Kommunenart.KREISANGEHOERIGE_GEMEINDE, 3_000L, 18_000),
        gemeinde(HOLZWICKEDE, Kommunenart.KREISANGEHOERIGE_GEMEINDE, 2_500L, 17_000),
        gemeinde(KAMEN, Kommunenart.MITTLERE_KREISANGEHOERIGE_STADT, 7_000L, 43_000),
        gemeinde(UNNA, Kommunenart.GROSSE_KREISANGEHOERIGE_STADT, 10_000L, 58_000),
        gemeinde(KOELN, Kommunenart.KREISFREIE_STADT, koelnKinder ? 170_000L : null, 1_080_000));
  }

  private static Programmveroeffentlichung rechne(
      Veroeffentlichungsauftrag auftrag, Foerderprogramm p, List<Kommune> gebiet) {
    return new Programmrechnung(auftrag)
        .berechne(p, null, gebiet, new Veroeffentlichung(auftrag, List.of()));
  }

  @Nested
  @DisplayName("reach")
  class Reach {

    @Test
    @DisplayName(
        "fixtures: the 2017 stage has 40 participants, the Kreis Unna with its Verbund once")
    void vierzig() {
      Programmveroeffentlichung v = rechne(AUFTRAG, ProgrammFixtures.kekiz(), List.of(kreisUnna()));
      Phasenreichweite ausbau = v.reichweiten().get(1);
      assertThat(ausbau.phase().key()).isEqualTo(Programmteilnahme.PHASE_AUSBAU_2017);
      assertThat(ausbau.teilnehmer()).isEqualTo(40);
      // the Kreis and its six Städte are seven Kommunen involved: 46, not 40
      assertThat(ausbau.kommunen()).isEqualTo(46);
      assertThat(v.reichweiten().get(0).teilnehmer()).isEqualTo(18);
    }

    @Test
    @DisplayName(
        "with a child population: 22,500 of 192,500 children (11.688 %) and 136,000 of 1,216,000"
            + " inhabitants")
    void mitKindern() {
      Phasenreichweite r = rechne(AUFTRAG, kreisGemeinsam(), gebiet(true)).reichweiten().get(0);
      assertThat(r.teilnehmer()).isEqualTo(1);
      assertThat(r.kommunen()).isEqualTo(3);
      // Bönen and Holzwickede through the Kreisjugendamt, Kamen and Unna through the Verbund
      assertThat(r.gemeindenErreicht()).isEqualTo(4);
      Reichweitenwert kinder = r.kinder();
      assertThat(kinder).isNotNull();
      assertThat(kinder.anteil().zaehler()).isEqualByComparingTo("22500");
      assertThat(kinder.anteil().nenner()).isEqualByComparingTo("192500");
      assertThat(kinder.anteil().wert()).isEqualByComparingTo("11.68831168831169");
      assertThat(kinder.gesamt().wert()).isEqualByComparingTo("192500");
      assertThat(kinder.bezugsgroesse())
          .isEqualTo("Kinder und Jugendliche unter 18 Jahren am 31.12.2016");
      Reichweitenwert alle = r.einwohner();
      assertThat(alle).isNotNull();
      assertThat(alle.anteil().zaehler()).isEqualByComparingTo("136000");
      assertThat(alle.anteil().nenner()).isEqualByComparingTo("1216000");
      assertThat(alle.anteil().wert()).isEqualByComparingTo("11.18421052631579");
      assertThat(alle.anteil().art()).isEqualTo(Wertart.EXAKT);
      assertThat(r.gemeindenOhneKinderzahl()).isZero();
    }

    @Test
    @DisplayName("without a child figure for Köln: no child reach, the inhabitants' reach stays")
    void ohneKinder() {
      Phasenreichweite r = rechne(AUFTRAG, kreisGemeinsam(), gebiet(false)).reichweiten().get(0);
      assertThat(r.kinder()).isNull();
      assertThat(r.gemeindenOhneKinderzahl()).isEqualTo(1);
      Reichweitenwert alle = r.einwohner();
      assertThat(alle).isNotNull();
      assertThat(alle.anteil().wert()).isEqualByComparingTo("11.18421052631579");
    }

    @Test
    @DisplayName("without any population figure on or before the reference date: no reach at all")
    void ohneZahlen() {
      Phasenreichweite r =
          rechne(
                  Veroeffentlichungsauftrag.am(LocalDate.of(2016, 12, 30)),
                  kreisGemeinsam(),
                  gebiet(true))
              .reichweiten()
              .get(0);
      assertThat(r.einwohner()).isNull();
      assertThat(r.kinder()).isNull();
      assertThat(r.teilnehmer()).isEqualTo(1);
    }
  }

  @Nested
  @DisplayName("protection of the population counts")
  class Schutz {

    /** Kamen (reached, 500 children) and Köln (not reached, 2 children). */
    private List<Kommune> klein(long koeln) {
      return List.of(
          kreisUnna(),
          gemeinde(KAMEN, Kommunenart.MITTLERE_KREISANGEHOERIGE_STADT, 500L, 4_000),
          gemeinde(KOELN, Kommunenart.KREISFREIE_STADT, koeln, 1_000_000));
    }

    @Test
    @DisplayName("suppresses the share when the Gemeinden not reached have fewer than 3 children")
    void sperrt() {
      Reichweitenwert k = rechne(AUFTRAG, kreisGemeinsam(), klein(2)).reichweiten().get(0).kinder();
      assertThat(k).isNotNull();
      // 2 not reached is primary; 500 reached would reveal it from 502: suppressed too
      assertThat(k.anteil().gesperrt()).isTrue();
      assertThat(k.anteil().zaehler()).isNull();
      assertThat(k.gesamt().hatWert() && k.anteil().hatWert()).isFalse();
    }

    @Test
    @DisplayName("publishes 500 of 503 children when 3 are not reached")
    void veroeffentlicht() {
      Reichweitenwert k = rechne(AUFTRAG, kreisGemeinsam(), klein(3)).reichweiten().get(0).kinder();
      assertThat(k).isNotNull();
      assertThat(k.anteil().zaehler()).isEqualByComparingTo("500");
      assertThat(k.gesamt().wert()).isEqualByComparingTo("503");
    }

    @Test
    @DisplayName(
        "protects the phases together: their common total never reveals a count suppressed in"
            + " another phase")
    void gemeinsam() {
      Foerderprogramm p =
          Foerderprogramm.of(Programm.KEKIZ)
              .withPhase(phase("a", Phasenteilnehmer.of(KAMEN, "Kamen")))
              .withPhase(
                  phase(
                      "b",
                      Phasenteilnehmer.of(KAMEN, "Kamen"),
                      Phasenteilnehmer.of(KOELN, "Köln")));
      // phase a: 500 reached, 2 not (primary); phase b: 502 reached, 0 not (primary)
      List<Phasenreichweite> r = rechne(AUFTRAG, p, klein(2)).reichweiten();
      Reichweitenwert a = r.get(0).kinder();
      Reichweitenwert b = r.get(1).kinder();
      assertThat(a).isNotNull();
      assertThat(b).isNotNull();
      assertThat(a.gesamt()).isEqualTo(b.gesamt());
      // whatever is published, 500 and 502 never stand side by side
      List<BigDecimal> zahlen = new ArrayList<>();
      for (Zelle z : List.of(a.gesamt(), a.anteil(), b.anteil())) {
        if (z.zaehler() != null) {
          zahlen.add(z.zaehler());
        } else if (z.wert() != null && z.nenner() == null) {
          zahlen.add(z.wert());
        }
      }
      assertThat(zahlen).hasSizeLessThanOrEqualTo(1);
      assertThat(a.anteil().gesperrt()).isTrue();
      assertThat(b.anteil().gesperrt()).isTrue();
    }

    private static Programmphase phase(String key, Phasenteilnehmer... teilnehmer) {
      return new Programmphase(
          key,
          "Phase " + key,
          LocalDate.of(2017, 1, 1),
          Angaben.keine(),
          Angaben.keine(),
          Angaben.keine(),
          List.of(teilnehmer));
    }

    @Test
    @DisplayName("shows the exact figures for internal use, marked by the order")
    void intern() {
      Reichweitenwert k =
          rechne(AUFTRAG.withVerfahren(Schutzverfahren.INTERN), kreisGemeinsam(), klein(2))
              .reichweiten()
              .get(0)
              .kinder();
      assertThat(k).isNotNull();
      assertThat(k.anteil().zaehler()).isEqualByComparingTo("500");
      assertThat(k.anteil().nenner()).isEqualByComparingTo("502");
    }

    @Test
    @DisplayName("perturbs numerator and denominator under the Cell-Key-Verfahren")
    void cellKey() {
      CellKeyVerfahren ck =
          CellKeyVerfahren.of(
              Ueberlagerungsparameter.standard(),
              "ein Geheimnis von Länge".getBytes(StandardCharsets.UTF_8));
      Reichweitenwert k =
          rechne(AUFTRAG.withCellKey(ck), kreisGemeinsam(), gebiet(true))
              .reichweiten()
              .get(0)
              .kinder();
      assertThat(k).isNotNull();
      assertThat(k.anteil().art()).isEqualTo(Wertart.UEBERLAGERT);
      assertThat(k.gesamt().art()).isEqualTo(Wertart.UEBERLAGERT);
      BigDecimal z = k.anteil().zaehler();
      assertThat(z).isNotNull();
      // the noise is at most D = 4 away
      assertThat(z.subtract(BigDecimal.valueOf(22_500)).abs())
          .isLessThanOrEqualTo(BigDecimal.valueOf(4));
    }
  }

  @Nested
  @DisplayName("funding")
  class Haushalt {

    @Test
    @DisplayName(
        "fixtures: 2,300,000 € in 2017 and 2018 from Land and ESF together, shares unknown")
    void fixtures() {
      Programmveroeffentlichung v = rechne(AUFTRAG, ProgrammFixtures.kekiz(), List.of());
      assertThat(v.haushalt()).extracting(Haushaltsjahr::jahr).containsExactly(2017, 2018);
      assertThat(v.haushalt().get(0).summe()).isEqualTo(Geldbetrag.of(2_300_000));
      assertThat(v.haushalt().get(0).quellen())
          .containsExactly(
              new Quellenbetrag(Finanzierungsquelle.LAND, null),
              new Quellenbetrag(Finanzierungsquelle.ESF, null));
      assertThat(v.haushaltGesamt()).isEqualTo(Geldbetrag.of(4_600_000));
      assertThat(v.summeJeQuelle()).allMatch(q -> q.bekannt().isEmpty());
    }

    @Test
    @DisplayName("a year with separate sources: 1,000,000 € + 250,000.50 €, exact")
    void getrennt() {
      Beleg b = Beleg.of("Haushaltsplan");
      Foerderprogramm p =
          ProgrammFixtures.kekiz()
              .withHaushaltsansatz(
                  Haushaltsansatz.of(2019, Finanzierungsquelle.LAND, Geldbetrag.of(1_000_000), b))
              .withHaushaltsansatz(
                  Haushaltsansatz.of(2019, Finanzierungsquelle.ESF, Geldbetrag.of("250000.50"), b));
      Programmveroeffentlichung v = rechne(AUFTRAG, p, List.of());
      Haushaltsjahr j = v.haushalt().get(2);
      assertThat(j.jahr()).isEqualTo(2019);
      assertThat(j.summe()).isEqualTo(Geldbetrag.of("1250000.50"));
      assertThat(j.quellen())
          .containsExactly(
              new Quellenbetrag(Finanzierungsquelle.LAND, Geldbetrag.of(1_000_000)),
              new Quellenbetrag(Finanzierungsquelle.ESF, Geldbetrag.of("250000.50")));
      assertThat(v.haushaltGesamt()).isEqualTo(Geldbetrag.of("5850000.50"));
      assertThat(j.quellen().get(1).betrag()).isEqualTo(Geldbetrag.of("250000.50"));
      assertThat(v.haushalt().get(0).quellen().get(0).betrag()).isNull(); // a joint sum
      // over all years the Land's share stays unknown: 2017 and 2018 are joint sums
      assertThat(v.summeJeQuelle()).allMatch(q -> q.bekannt().isEmpty());
    }
  }

  @Nested
  @DisplayName("chain maturity and the Lernnetzwerk")
  class Reife {

    @Test
    @DisplayName(
        "31.12.2024: of the 46 Kommunen of 2017 Ahlen scores 6 (Station 1), Dinslaken's empty"
            + " chain 0 (none), 44 have no model; the catalogue links to the models")
    void verteilung() {
      LocalDate tag = LocalDate.of(2024, 12, 31);
      Veroeffentlichungsauftrag auftrag = Veroeffentlichungsauftrag.am(tag);
      Beispielkommune ahlen = KekizFixtures.ahlen();
      Kommune dinslaken = Gemeindeverzeichnis.nrw().kommune(DINSLAKEN).orElseThrow();
      List<Veroeffentlichungsrechnung.Eingabe> eingaben = new ArrayList<>();
      eingaben.add(
          new Veroeffentlichungsrechnung.Eingabe(
              ahlen.kommune(), ahlen.messwerte(), ahlen.leitbild(), ahlen.kette(), true));
      eingaben.add(
          new Veroeffentlichungsrechnung.Eingabe(
              dinslaken, List.of(), null, Praeventionskette.builder(DINSLAKEN).build(), true));
      Veroeffentlichung release =
          new Veroeffentlichungsrechnung(auftrag).berechne(eingaben, ahlen.indikatoren());
      Foerderprogramm p = ProgrammFixtures.kekiz();
      assertThat(p.phase(Programmteilnahme.PHASE_AUSBAU_2017).orElseThrow().kommunen())
          .contains(AHLEN, DINSLAKEN);
      Programmveroeffentlichung v =
          new Programmrechnung(auftrag)
              .berechne(p, ProgrammFixtures.lernnetzwerk(), List.of(), release);
      Reifeverteilung r = v.reife();
      assertThat(r.phase()).isEqualTo(Programmteilnahme.PHASE_AUSBAU_2017);
      assertThat(r.kommunen()).hasSize(46);
      assertThat(r.ohneModell()).isEqualTo(44);
      assertThat(r.bewertet()).isEqualTo(2);
      assertThat(r.nachStufe()).containsExactly(1, 1, 0, 0, 0);
      assertThat(r.nachPunkten()).containsExactly(1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0);
      Kommunenreife a =
          r.kommunen().stream().filter(k -> k.kommune().equals(AHLEN)).findFirst().orElseThrow();
      assertThat(a.bewertet()).hasValueSatisfying(g -> assertThat(g.punkte()).isEqualTo(6));
      assertThat(a.name()).isEqualTo(ahlen.kommune().name());
      Kommunenreife bergkamen =
          r.kommunen().stream()
              .filter(k -> k.kommune().equals(KekizFixtures.BERGKAMEN))
              .findFirst()
              .orElseThrow();
      assertThat(bergkamen.teilnehmer()).isEqualTo("Kreis Unna");
      assertThat(bergkamen.bewertet()).isEmpty();

      assertThat(v.lernnetzwerkGespeichert()).isTrue();
      assertThat(v.treffen()).extracting(t -> t.nummer()).containsExactly(16, 17);
      // Ahlen and Dinslaken to all, then Ahlen's Steuerungsstruktur in an Arbeitsgruppe
      assertThat(v.praxis())
          .extracting(e -> e.beispiel().kommune(), Praxiseintrag::modell)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(AHLEN, Praxiseintrag.Modellbezug.IM_MODELL),
              org.assertj.core.groups.Tuple.tuple(DINSLAKEN, Praxiseintrag.Modellbezug.IM_MODELL),
              org.assertj.core.groups.Tuple.tuple(AHLEN, Praxiseintrag.Modellbezug.IM_MODELL));
      assertThat(v.name(KOELN)).isEqualTo("Köln");
      assertThat(v.namen()).containsEntry(KOELN, "Köln");
    }

    @Test
    @DisplayName("before any phase began there is no phase and nothing is counted")
    void vorBeginn() {
      Veroeffentlichungsauftrag auftrag = Veroeffentlichungsauftrag.am(LocalDate.of(2011, 12, 31));
      Reifeverteilung r = rechne(auftrag, ProgrammFixtures.kekiz(), List.of()).reife();
      assertThat(r.phase()).isNull();
      assertThat(r.kommunen()).isEmpty();
      assertThat(r.nachStufe()).containsOnly(0);
    }
  }
}

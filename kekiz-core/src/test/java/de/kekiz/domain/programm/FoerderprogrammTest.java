package de.kekiz.domain.programm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.Geldbetrag;
import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.kommune.Finanzierungsquelle;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Programm;
import de.kekiz.domain.kommune.Programmteilnahme;
import de.kekiz.fixtures.ProgrammFixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Foerderprogramm")
class FoerderprogrammTest {

  private static final Beleg A = Beleg.of("Quelle A");
  private static final Gemeindeschluessel KREIS_UNNA = Gemeindeschluessel.parse("05978000");
  private static final Gemeindeschluessel KAMEN = Gemeindeschluessel.parse("05978020");
  private static final Gemeindeschluessel AHLEN = Gemeindeschluessel.parse("05570004");

  private static Programmphase phase(List<Phasenteilnehmer> teilnehmer) {
    return new Programmphase(
        "ausbau-2017",
        "Ausbau",
        LocalDate.of(2017, 1, 1),
        Angaben.keine(),
        Angaben.keine(),
        Angaben.keine(),
        teilnehmer);
  }

  @Nested
  @DisplayName("the fixtures")
  class Fixtures {
    private final Foerderprogramm kekiz = ProgrammFixtures.kekiz();

    @Test
    @DisplayName(
        "count 40 participants in 2017, the Kreis Unna and its six Städte once, as published")
    void vierzig() {
      Programmphase ausbau = kekiz.phase(Programmteilnahme.PHASE_AUSBAU_2017).orElseThrow();
      assertThat(ausbau.teilnehmerzahl()).isEqualTo(40);
      assertThat(ausbau.kommunen()).hasSize(46);
      assertThat(ausbau.teilnehmerzahlVeroeffentlicht().einhellig()).contains(40);
      assertThat(ausbau.teilnehmer(KAMEN).orElseThrow().kommune()).isEqualTo(KREIS_UNNA);
      Programmphase modell = kekiz.phase(Programmteilnahme.PHASE_MODELLKOMMUNE_2012).orElseThrow();
      assertThat(modell.teilnehmerzahl()).isEqualTo(18);
      assertThat(modell.kommunen()).hasSize(24);
    }

    @Test
    @DisplayName("keep both ends of the model phase and both counts of new Kommunen, with sources")
    void strittig() {
      Programmphase modell = kekiz.phase(Programmteilnahme.PHASE_MODELLKOMMUNE_2012).orElseThrow();
      assertThat(modell.ende().strittig()).isTrue();
      assertThat(modell.ende().werte())
          .containsExactly(LocalDate.of(2016, 12, 31), LocalDate.of(2015, 12, 31));
      assertThat(modell.ende().einhellig()).isEmpty();
      Programmphase ausbau = kekiz.phase(Programmteilnahme.PHASE_AUSBAU_2017).orElseThrow();
      assertThat(ausbau.neueKommunen().deutsch(String::valueOf))
          .isEqualTo(
              "22 ("
                  + ProgrammFixtures.AHLEN_BEITRITT
                  + ", "
                  + ProgrammFixtures.BRUEHL_BEITRITT
                  + ") oder 18 ("
                  + ProgrammFixtures.TREFFEN_17
                  + ")");
    }

    @Test
    @DisplayName(
        "name the Ministry as Träger, the ISA as coordination office, Bertelsmann as research partner")
    void akteure() {
      assertThat(kekiz.akteure(Programmrolle.TRAEGER))
          .extracting(Programmakteur::name)
          .singleElement()
          .asString()
          .startsWith("Ministerium für Familie, Kinder, Jugend, Kultur und Sport");
      assertThat(kekiz.akteure(Programmrolle.KOORDINIERUNGSSTELLE))
          .extracting(Programmakteur::name)
          .containsExactly("Institut für soziale Arbeit e. V. (ISA)");
      assertThat(kekiz.akteure(Programmrolle.FORSCHUNGSPARTNER))
          .extracting(Programmakteur::name)
          .containsExactly("Bertelsmann Stiftung");
    }

    @Test
    @DisplayName("budget 2.3 million euro a year from Land and ESF together, the split unknown")
    void haushalt() {
      assertThat(kekiz.haushaltsjahre()).containsExactly(2017, 2018);
      assertThat(kekiz.haushalt(2017)).isEqualTo(Geldbetrag.of("2300000.00"));
      assertThat(kekiz.haushalt(2019)).isEqualTo(Geldbetrag.NULL);
      assertThat(kekiz.haushalt(2017, Finanzierungsquelle.LAND)).isEmpty();
      assertThat(kekiz.haushalt(Finanzierungsquelle.ESF)).isEmpty();
      assertThat(kekiz.haushalt(2017, Finanzierungsquelle.BUND)).contains(Geldbetrag.NULL);
    }
  }

  @Test
  @DisplayName("sums the budget per year and per source exactly (hand-computed)")
  void summen() {
    Foerderprogramm p =
        Foerderprogramm.of(Programm.KEKIZ)
            .withHaushaltsansatz(
                Haushaltsansatz.of(2017, Finanzierungsquelle.LAND, Geldbetrag.of("1000000.00"), A))
            .withHaushaltsansatz(
                Haushaltsansatz.of(2017, Finanzierungsquelle.ESF, Geldbetrag.of("1300000.00"), A))
            .withHaushaltsansatz(
                Haushaltsansatz.of(2018, Finanzierungsquelle.LAND, Geldbetrag.of("500000.50"), A))
            .withHaushaltsansatz(
                Haushaltsansatz.of(2018, Finanzierungsquelle.ESF, Geldbetrag.of("0.49"), A));
    assertThat(p.haushalt(2017)).isEqualTo(Geldbetrag.of("2300000.00"));
    assertThat(p.haushalt(2018)).isEqualTo(Geldbetrag.of("500000.99"));
    assertThat(p.haushalt(2017, Finanzierungsquelle.ESF)).contains(Geldbetrag.of("1300000"));
    assertThat(p.haushalt(Finanzierungsquelle.LAND)).contains(Geldbetrag.of("1500000.50"));
    assertThat(p.haushalt(Finanzierungsquelle.ESF)).contains(Geldbetrag.of("1300000.49"));
    assertThat(p.haushalt(Finanzierungsquelle.STIFTUNG)).contains(Geldbetrag.NULL);
  }

  @Nested
  @DisplayName("rules")
  class Regeln {

    @Test
    @DisplayName("a joint participant's Gemeinden must lie in its Kreis (German message)")
    void verbundImKreis() {
      assertThatThrownBy(
              () -> Phasenteilnehmer.gemeinsam(KREIS_UNNA, "Kreis Unna", Set.of(KAMEN, AHLEN)))
          .isInstanceOf(RegelverstossException.class)
          .hasMessageContaining("die Gemeinde 05570004 im Verbund liegt nicht im Kreis 05978")
          .extracting(e -> ((RegelverstossException) e).regel())
          .isEqualTo("programm.verbund-ausserhalb-kreis");
      assertThatThrownBy(() -> Phasenteilnehmer.gemeinsam(AHLEN, "Ahlen", Set.of(KAMEN)))
          .isInstanceOf(RegelverstossException.class);
      assertThat(Phasenteilnehmer.gemeinsam(KREIS_UNNA, "Kreis Unna", Set.of(KAMEN)).gemeinsam())
          .isTrue();
    }

    @Test
    @DisplayName("a Kommune takes part once per phase, also through a Verbund")
    void doppelt() {
      assertThatThrownBy(
              () ->
                  phase(
                      List.of(
                          Phasenteilnehmer.gemeinsam(KREIS_UNNA, "Kreis Unna", Set.of(KAMEN)),
                          Phasenteilnehmer.of(KAMEN, "Kamen"))))
          .isInstanceOf(RegelverstossException.class)
          .hasMessageContaining(
              "die Kommune 05978020 nimmt doppelt teil (bei Kreis Unna und bei Kamen)")
          .hasMessageContaining("[programm.teilnehmer-doppelt]");
    }

    @Test
    @DisplayName("withTeilnehmer adds a participant at the end and refuses one already taking part")
    void teilnehmerHinzu() {
      Programmphase eine =
          phase(List.of(Phasenteilnehmer.gemeinsam(KREIS_UNNA, "Kreis Unna", Set.of(KAMEN))));
      Programmphase zwei = eine.withTeilnehmer(Phasenteilnehmer.of(AHLEN, "Ahlen"));
      assertThat(zwei.teilnehmerzahl()).isEqualTo(2);
      assertThat(zwei.teilnehmer(AHLEN).orElseThrow().name()).isEqualTo("Ahlen");
      assertThat(eine.teilnehmer(AHLEN)).isEmpty();
      assertThatThrownBy(() -> zwei.withTeilnehmer(Phasenteilnehmer.of(KAMEN, "Kamen")))
          .isInstanceOf(RegelverstossException.class)
          .hasMessageContaining("[programm.teilnehmer-doppelt]");
    }

    @Test
    @DisplayName("phase keys are unique and a source is budgeted once per year")
    void programmregeln() {
      Programmphase p = phase(List.of());
      assertThatThrownBy(() -> Foerderprogramm.of(Programm.KEKIZ).withPhase(p).withPhase(p))
          .isInstanceOf(RegelverstossException.class)
          .hasMessageContaining("[programm.phase-doppelt]");
      Foerderprogramm mitLand =
          Foerderprogramm.of(Programm.KEKIZ)
              .withHaushaltsansatz(
                  Haushaltsansatz.of(2017, Finanzierungsquelle.LAND, Geldbetrag.of(1), A));
      assertThatThrownBy(
              () ->
                  mitLand.withHaushaltsansatz(
                      Haushaltsansatz.gemeinsam(
                          2017,
                          Set.of(Finanzierungsquelle.LAND, Finanzierungsquelle.ESF),
                          Geldbetrag.of(2),
                          A)))
          .isInstanceOf(RegelverstossException.class)
          .hasMessageContaining(
              "für 2017 ist die Quelle Land NRW in mehr als einem Haushaltsansatz")
          .hasMessageContaining("[programm.haushalt-doppelt]");
    }
  }

  @Test
  @DisplayName("Angaben: none, one, agreeing and disagreeing sources")
  void angaben() {
    Beleg b = Beleg.of("Quelle B");
    assertThat(Angaben.<Integer>keine().deutsch(String::valueOf)).isEqualTo("nicht angegeben");
    assertThat(Angaben.of(22, A).with(22, b).strittig()).isFalse();
    assertThat(Angaben.of(22, A).with(22, b).einhellig()).contains(22);
    assertThat(Angaben.of(22, A).with(18, b).deutsch(String::valueOf))
        .isEqualTo("22 (Quelle A) oder 18 (Quelle B)");
    assertThatThrownBy(() -> Beleg.of(" ")).isInstanceOf(IllegalArgumentException.class);
  }
}

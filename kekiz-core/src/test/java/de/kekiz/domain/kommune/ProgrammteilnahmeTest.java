package de.kekiz.domain.kommune;

import static de.kekiz.domain.kommune.Finanzierungsquelle.ESF;
import static de.kekiz.domain.kommune.Finanzierungsquelle.LAND;
import static de.kekiz.domain.kommune.Regelpruefung.verstoesst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.Geldbetrag;
import de.kekiz.domain.Stellenanteil;
import de.kekiz.domain.Zeitraum;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Programmteilnahme")
class ProgrammteilnahmeTest {

  private static final Zeitraum AUSBAU = Zeitraum.parse("2017-01-01..2018-12-31");
  private static final Geldbetrag ESF_PAUSCHALE = Geldbetrag.of("29958.39");

  /** Ahlen in the expansion stage of 2017: the ESF flat rate, half a coordinator post. */
  private static Programmteilnahme ahlenAusbau() {
    return new Programmteilnahme(
        Programm.KEKIZ,
        Programmteilnahme.PHASE_AUSBAU_2017,
        AUSBAU,
        List.of(
            Foerderung.of(2017, ESF, ESF_PAUSCHALE),
            Foerderung.of(2017, LAND, Geldbetrag.of("41.61")),
            Foerderung.of(2018, ESF, ESF_PAUSCHALE)),
        Stellenanteil.of("0.5"));
  }

  @Test
  @DisplayName("holds a participation with its Förderungen in the order given")
  void gut() {
    Programmteilnahme t = ahlenAusbau();
    assertThat(t.programm()).isEqualTo(Programm.KEKIZ);
    assertThat(t.phase()).isEqualTo("ausbau-2017");
    assertThat(t.foerderungen()).extracting(Foerderung::jahr).containsExactly(2017, 2017, 2018);
    assertThat(t.koordination()).isEqualTo(Stellenanteil.of("0.5"));
  }

  @Test
  @DisplayName("sums the Förderungen of a year over all sources, 0 for a year without")
  void foerderungProJahr() {
    Programmteilnahme t = ahlenAusbau();
    assertThat(t.foerderung(2017)).isEqualTo(Geldbetrag.of(30000));
    assertThat(t.foerderung(2018)).isEqualTo(ESF_PAUSCHALE);
    assertThat(t.foerderung(2019)).isEqualTo(Geldbetrag.NULL);
  }

  @Test
  @DisplayName("copies the list of Förderungen and keeps it immutable")
  void unveraenderlich() {
    List<Foerderung> liste = new ArrayList<>(List.of(Foerderung.of(2017, ESF, ESF_PAUSCHALE)));
    Programmteilnahme t = new Programmteilnahme(Programm.KEKIZ, "ausbau-2017", AUSBAU, liste, null);
    liste.add(Foerderung.of(2018, ESF, ESF_PAUSCHALE));
    assertThat(t.foerderungen()).hasSize(1);
    assertThatThrownBy(() -> t.foerderungen().add(Foerderung.of(2018, ESF, ESF_PAUSCHALE)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  @DisplayName("tells whether it runs on a day, both ends included")
  void laeuftAm() {
    Programmteilnahme t = ahlenAusbau();
    assertThat(t.laeuftAm(LocalDate.of(2017, 1, 1))).isTrue();
    assertThat(t.laeuftAm(LocalDate.of(2018, 12, 31))).isTrue();
    assertThat(t.laeuftAm(LocalDate.of(2019, 1, 1))).isFalse();
  }

  @Test
  @DisplayName("adds a Förderung and sets the coordinator share in copies")
  void with() {
    Programmteilnahme t =
        Programmteilnahme.of(
            Programm.KINDERSTARK, "programmkommune-2020", Zeitraum.ab(LocalDate.of(2020, 1, 1)));
    Programmteilnahme mehr =
        t.withFoerderung(Foerderung.of(2020, LAND, Geldbetrag.of(30000)))
            .withKoordination(Stellenanteil.VOLLZEIT);
    assertThat(t.foerderungen()).isEmpty();
    assertThat(t.koordination()).isNull();
    assertThat(mehr.foerderung(2020)).isEqualTo(Geldbetrag.of(30000));
    assertThat(mehr.koordination()).isEqualTo(Stellenanteil.VOLLZEIT);
  }

  @Test
  @DisplayName("knows the same phase by programme key and phase")
  void gleichePhase() {
    Programmteilnahme t = ahlenAusbau();
    assertThat(
            t.gleichePhase(
                Programmteilnahme.of(
                    Programm.of("kekiz", "KeKiz"), "ausbau-2017", Zeitraum.jahr(2030))))
        .isTrue();
    assertThat(t.gleichePhase(Programmteilnahme.of(Programm.KEKIZ, "modellkommune-2012", AUSBAU)))
        .isFalse();
    assertThat(t.gleichePhase(Programmteilnahme.of(Programm.KINDERSTARK, "ausbau-2017", AUSBAU)))
        .isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Ausbau 2017", "ausbau_2017", "2017-ausbau"})
  @DisplayName("rejects a phase key that is not lower-case kebab case, quoting it")
  void schlechtePhase(String phase) {
    assertThatThrownBy(() -> Programmteilnahme.of(Programm.KEKIZ, phase, AUSBAU))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + phase + "'");
  }

  @Test
  @DisplayName("names its phase for a reader, never by its key")
  void phasenname() {
    assertThat(ahlenAusbau().phasenname()).isEqualTo("Ausbaustufe 2017");
    assertThat(
            Programmteilnahme.of(Programm.KEKIZ, Programmteilnahme.PHASE_MODELLKOMMUNE_2012, AUSBAU)
                .phasenname())
        .isEqualTo("Modellkommune 2012");
    assertThat(
            Programmteilnahme.of(
                    Programm.KINDERSTARK, Programmteilnahme.PHASE_PROGRAMMKOMMUNE_2020, AUSBAU)
                .phasenname())
        .isEqualTo("Programmkommune seit 2020");
    assertThat(Programmteilnahme.of(Programm.KEKIZ, "sonderphase-2025", AUSBAU).phasenname())
        .isEqualTo("Sonderphase 2025");
  }

  @Nested
  @DisplayName("rule teilnahme.foerderjahr-ausserhalb-zeitraum")
  class FoerderjahrImZeitraum {
    @Test
    @DisplayName("accepts the years a participation of mid-2017 to mid-2018 touches")
    void gut() {
      Programmteilnahme t =
          new Programmteilnahme(
              Programm.KEKIZ,
              "ausbau-2017",
              Zeitraum.parse("2017-07-01..2018-06-30"),
              List.of(
                  Foerderung.of(2017, ESF, ESF_PAUSCHALE), Foerderung.of(2018, ESF, ESF_PAUSCHALE)),
              null);
      assertThat(t.foerderung(2018)).isEqualTo(ESF_PAUSCHALE);
    }

    @Test
    @DisplayName("rejects a Förderung for 2019 in a participation ending 2018, quoting both")
    void schlecht() {
      verstoesst(
          () -> ahlenAusbau().withFoerderung(Foerderung.of(2019, ESF, ESF_PAUSCHALE)),
          "teilnahme.foerderjahr-ausserhalb-zeitraum",
          "2019",
          "2017-01-01..2018-12-31",
          "kekiz/ausbau-2017");
    }
  }

  @Nested
  @DisplayName("rule teilnahme.foerderung-doppelt")
  class FoerderungEindeutig {
    @Test
    @DisplayName("accepts two sources in the same year")
    void gut() {
      assertThat(ahlenAusbau().foerderungen()).hasSize(3);
    }

    @Test
    @DisplayName("rejects a second ESF Förderung for 2017, quoting year and source")
    void schlecht() {
      verstoesst(
          () -> ahlenAusbau().withFoerderung(Foerderung.of(2017, ESF, Geldbetrag.of(1))),
          "teilnahme.foerderung-doppelt",
          "2017",
          "ESF");
    }
  }
}

package de.kekiz.domain.kette;

import static de.kekiz.domain.kette.RegelAssert.verletzt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.Stellenanteil;
import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.angebot.Angebot;
import de.kekiz.domain.angebot.AngebotFixtures;
import de.kekiz.domain.angebot.AngebotStatus;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.kommune.Finanzierungsquelle;
import de.kekiz.domain.kommune.Programm;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Validity periods of the chain's parts")
class GueltigkeitTest {

  private static final LocalDate START_BRUECKE = LocalDate.of(2018, 8, 1);
  private static final LocalDate ENDE_CAFE = LocalDate.of(2020, 12, 31);

  /** The Kita→Grundschule bridge runs since 1 August 2018. */
  private static Angebot kalenderSeit2018() {
    return AngebotFixtures.kooperationskalender().withGueltigkeit(Zeitraum.ab(START_BRUECKE));
  }

  /** The Familiencafé ran from 2017 to the end of 2020 and has been closed since. */
  private static Angebot cafeBis2020() {
    return AngebotFixtures.familiencafeBuilder()
        .status(AngebotStatus.EINGESTELLT)
        .gueltigkeit(Zeitraum.of(LocalDate.of(2017, 1, 1), ENDE_CAFE))
        .build();
  }

  private static Koordination bestehendeStelle() {
    return KetteFixtures.bestehendeKoordination();
  }

  private static Koordination projektstelle() {
    return KetteFixtures.projektkoordination();
  }

  @Nested
  @DisplayName("an Angebot")
  class Angebote {
    @Test
    @DisplayName("runs from the first day of its validity, not the day before")
    void beginn() {
      Angebot a = kalenderSeit2018();
      assertThat(a.laeuftAm(START_BRUECKE.minusDays(1))).isFalse();
      assertThat(a.laeuftAm(START_BRUECKE)).isTrue();
      assertThat(a.gueltigkeit()).contains(Zeitraum.ab(START_BRUECKE));
    }

    @Test
    @DisplayName("closed now, ran up to and including the last day of its validity")
    void eingestellt() {
      Angebot a = cafeBis2020();
      assertThat(a.aktiv()).isFalse();
      assertThat(a.laeuftAm(ENDE_CAFE)).isTrue();
      assertThat(a.laeuftAm(ENDE_CAFE.plusDays(1))).isFalse();
    }

    @Test
    @DisplayName("closed now without a recorded end, ran on no day the model can name")
    void eingestelltOhneEnde() {
      Angebot a =
          AngebotFixtures.familiencafe()
              .withStatus(AngebotStatus.EINGESTELLT)
              .withGueltigkeit(Zeitraum.ab(LocalDate.of(2017, 1, 1)));
      assertThat(a.laeuftAm(LocalDate.of(2018, 1, 1))).isFalse();
    }

    @Test
    @DisplayName("without recorded validity runs on a day exactly when it is active")
    void ohneGueltigkeit() {
      LocalDate frueh = LocalDate.of(1990, 1, 1);
      assertThat(AngebotFixtures.familiencafe().gueltigkeit()).isEmpty();
      assertThat(AngebotFixtures.familiencafe().laeuftAm(frueh)).isTrue();
      assertThat(
              AngebotFixtures.familiencafe()
                  .withStatus(AngebotStatus.VORUEBERGEHEND_GESCHLOSSEN)
                  .laeuftAm(frueh))
          .isFalse();
    }

    @Test
    @DisplayName("takes part in equality, so a changed validity is a changed Angebot")
    void gleichheit() {
      assertThat(kalenderSeit2018()).isNotEqualTo(AngebotFixtures.kooperationskalender());
      assertThat(kalenderSeit2018().withGueltigkeit(null))
          .isEqualTo(AngebotFixtures.kooperationskalender());
    }
  }

  @Nested
  @DisplayName("the Steuerung")
  class Steuerungen {
    @Test
    @DisplayName("holds several coordination posts and shows on a day only those that existed")
    void mehrereStellen() {
      Steuerung s = new Steuerung(null, List.of(), List.of(bestehendeStelle(), projektstelle()));
      assertThat(s.am(LocalDate.of(2016, 12, 31)).koordinationen())
          .containsExactly(bestehendeStelle());
      assertThat(s.am(LocalDate.of(2017, 1, 1)).koordinationen())
          .containsExactly(bestehendeStelle(), projektstelle());
      assertThat(s.am(LocalDate.of(2020, 12, 31)).koordinationen()).hasSize(2);
      assertThat(s.am(LocalDate.of(2021, 1, 1)).koordinationen())
          .containsExactly(bestehendeStelle());
    }

    @Test
    @DisplayName("keeps a post of unknown share apart from the funded half post")
    void unbekannterAnteil() {
      assertThat(bestehendeStelle().anteil()).isNull();
      assertThat(bestehendeStelle().finanziert()).isTrue();
      assertThat(projektstelle().anteil()).isEqualTo(Stellenanteil.of("0.5"));
      assertThat(projektstelle().programm()).isEqualTo(Programm.KEKIZ);
      assertThat(projektstelle().finanzierung())
          .containsExactly(Finanzierungsquelle.LAND, Finanzierungsquelle.ESF);
      assertThat(KetteFixtures.koordination().finanziert()).isFalse();
    }

    @Test
    @DisplayName("refuses to hand out a single post when there are several")
    void einzelneStelle() {
      Steuerung s = new Steuerung(null, List.of(), List.of(bestehendeStelle(), projektstelle()));
      assertThatThrownBy(s::koordination)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("2 coordination posts");
      assertThat(KetteFixtures.steuerung().koordination()).isEqualTo(KetteFixtures.koordination());
    }

    @Test
    @DisplayName("shows on a day only the AGs, the Steuerungsgruppe and the seats of that day")
    void teileAmTag() {
      LocalDate gruendung = LocalDate.of(2017, 3, 1);
      Arbeitsgemeinschaft ag = KetteFixtures.ags().get(1).withGueltigkeit(Zeitraum.ab(gruendung));
      Mitglied alt =
          Mitglied.of("Bürgermeister (Vorsitz)", "Verwaltungsspitze")
              .withGueltigkeit(Zeitraum.of(gruendung, LocalDate.of(2020, 10, 31)));
      Mitglied neu =
          Mitglied.of("Bürgermeister (Vorsitz)", "Verwaltungsspitze")
              .withGueltigkeit(Zeitraum.ab(LocalDate.of(2020, 11, 1)));
      Steuerungsgruppe g =
          new Steuerungsgruppe("Steuerungsgruppe", List.of(alt, neu), Zeitraum.ab(gruendung));
      Steuerung s = new Steuerung(g, List.of(ag), List.of());

      Steuerung vorher = s.am(gruendung.minusDays(1));
      assertThat(vorher.gruppe()).isNull();
      assertThat(vorher.ags()).isEmpty();
      assertThat(requireGruppe(s.am(LocalDate.of(2020, 10, 31))).mitglieder()).containsExactly(alt);
      assertThat(requireGruppe(s.am(LocalDate.of(2020, 11, 1))).mitglieder()).containsExactly(neu);
      assertThat(s.am(gruendung).ag(ag.key())).isPresent();
    }

    private Steuerungsgruppe requireGruppe(Steuerung s) {
      assertThat(s.gruppe()).isNotNull();
      return java.util.Objects.requireNonNull(s.gruppe());
    }
  }

  @Nested
  @DisplayName("the Präventionskette on a reference date")
  class KetteAmStichtag {
    private Praeventionskette kette() {
      return KetteFixtures.ahlenOhneAngeboteBuilder()
          .netzwerk(
              Netzwerk.of("kita-netz", "Kita-Netzwerk", KetteFixtures.FAMILIENZENTRUM)
                  .withGueltigkeit(Zeitraum.ab(LocalDate.of(2019, 1, 1))))
          .angebote(kalenderSeit2018(), cafeBis2020(), AngebotFixtures.hebammensprechstunde())
          .build();
    }

    @Test
    @DisplayName("counts the Kita→Grundschule transition as bridged from the bridge's first day on")
    void brueckeAbStart() {
      Praeventionskette k = kette();
      assertThat(k.am(START_BRUECKE.minusDays(1)).offeneUebergaenge())
          .extracting(Uebergang::key)
          .contains("kita-grundschule");
      assertThat(k.am(START_BRUECKE).offeneUebergaenge())
          .extracting(Uebergang::key)
          .doesNotContain("kita-grundschule");
    }

    @Test
    @DisplayName("shows an Angebot closed now as active on the days it ran, and not after")
    void eingestelltesAngebot() {
      Praeventionskette dann = kette().am(ENDE_CAFE);
      assertThat(dann.angebot(AngebotFixtures.FAMILIENCAFE).orElseThrow().aktiv()).isTrue();
      assertThat(kette().am(ENDE_CAFE.plusDays(1)).angebot(AngebotFixtures.FAMILIENCAFE)).isEmpty();
    }

    @Test
    @DisplayName("leaves out Netzwerke that did not exist yet")
    void netzwerke() {
      assertThat(kette().am(LocalDate.of(2018, 12, 31)).netzwerke())
          .extracting(Netzwerk::key)
          .containsExactly("fruehe-hilfen");
      assertThat(kette().am(LocalDate.of(2019, 1, 1)).netzwerke())
          .extracting(Netzwerk::key)
          .containsExactly("fruehe-hilfen", "kita-netz");
    }

    @Test
    @DisplayName("returns a chain without any dates unchanged on any day")
    void ohneDaten() {
      Praeventionskette k = KetteFixtures.ahlen();
      assertThat(k.am(LocalDate.of(1990, 1, 1))).isEqualTo(k);
      assertThat(k.am(LocalDate.of(2099, 12, 31))).isEqualTo(k);
    }
  }

  @Nested
  @DisplayName("who does what")
  class WerMachtWas {
    private final Zielbeitrag kalender =
        Zielbeitrag.angebot("1.1", AngebotFixtures.KALENDER)
            .withAufgabe("Hospitationen im letzten Kita-Jahr");
    private final Zielbeitrag ag =
        Zielbeitrag.arbeitsgemeinschaft("1.1", "ag-kita-grundschulalter");
    private final Zielbeitrag jugendamt =
        Zielbeitrag.akteur("2.1", KetteFixtures.JUGENDAMT)
            .withGueltigkeit(Zeitraum.ab(LocalDate.of(2017, 1, 1)));

    private Praeventionskette kette() {
      return KetteFixtures.ahlenOhneAngeboteBuilder()
          .angebote(kalenderSeit2018())
          .zielbeitraege(kalender, ag, jugendamt)
          .build();
    }

    @Test
    @DisplayName("lists per Handlungsziel the Angebote, AGs and Akteure working on it")
    void jeZiel() {
      Praeventionskette k = kette();
      assertThat(k.zielbeitraege("1.1")).containsExactly(kalender, ag);
      assertThat(k.zielbeitraege("2.1")).containsExactly(jugendamt);
      assertThat(k.zielbeitraege("9.9")).isEmpty();
      assertThat(kalender.aufgabe()).isEqualTo("Hospitationen im letzten Kita-Jahr");
    }

    @Test
    @DisplayName("says since when: the contribution's own start, else its Angebot's or AG's")
    void seit() {
      Praeventionskette k = kette();
      assertThat(k.seit(jugendamt)).contains(LocalDate.of(2017, 1, 1));
      assertThat(k.seit(kalender)).contains(START_BRUECKE);
      assertThat(k.seit(ag)).isEmpty();
    }

    @Test
    @DisplayName("on a day before the Angebot ran, leaves out the Angebot's contribution")
    void amStichtag() {
      Praeventionskette k = kette();
      assertThat(k.am(START_BRUECKE.minusDays(1)).zielbeitraege("1.1")).containsExactly(ag);
      assertThat(k.am(LocalDate.of(2016, 12, 31)).zielbeitraege("2.1")).isEmpty();
      assertThat(k.am(START_BRUECKE).zielbeitraege("1.1")).containsExactly(kalender, ag);
    }

    @Test
    @DisplayName("rejects a contribution naming an Angebot, AG or Akteur the chain does not have")
    void unbekannt() {
      verletzt(
          () ->
              KetteFixtures.ahlenBuilder()
                  .zielbeitraege(Zielbeitrag.arbeitsgemeinschaft("1.1", "ag-sport"))
                  .build(),
          "kette.zielbeitrag-unbekannt",
          "'ag-sport'",
          "'1.1'");
      verletzt(
          () ->
              KetteFixtures.ahlenOhneAngeboteBuilder()
                  .zielbeitraege(Zielbeitrag.angebot("1.1", AngebotFixtures.KALENDER))
                  .build(),
          "kette.zielbeitrag-unbekannt",
          "'" + AngebotFixtures.KALENDER.wert() + "'");
    }
  }

  @Nested
  @DisplayName("a measured Übergang")
  class GemesseneUebergaenge {
    private final IndikatorKey sprache = IndikatorKey.of("seu-sprache");
    private final IndikatorKey motorik = IndikatorKey.of("seu-koerperkoordination");

    @Test
    @DisplayName("names its own indicators in the order given")
    void indikatoren() {
      Uebergang u =
          Uebergang.of("kita-grundschule", "Kita → Grundschule", "kita", "grundschule")
              .withIndikatoren(sprache, motorik);
      assertThat(u.indikatoren()).containsExactly(sprache, motorik);
      assertThat(u.gemessen()).isTrue();
      assertThat(u.withIndikatoren().gemessen()).isFalse();
    }

    @Test
    @DisplayName("rejects an indicator named twice, quoting it")
    void doppelt() {
      verletzt(
          () ->
              Uebergang.of("kita-grundschule", "Kita → Grundschule", "kita", "grundschule")
                  .withIndikatoren(sprache, sprache),
          "uebergang.indikator-doppelt",
          "'seu-sprache'",
          "kita-grundschule");
    }

    @Test
    @DisplayName("keeps its indicators in a chain")
    void inDerKette() {
      List<Uebergang> standard =
          Uebergang.standard(KetteFixtures.ahlen().lebensphasen()).stream()
              .map(u -> u.key().equals("kita-grundschule") ? u.withIndikatoren(sprache) : u)
              .toList();
      Praeventionskette k = KetteFixtures.ahlenBuilder().uebergaenge(standard).build();
      assertThat(k.uebergang("kita-grundschule").orElseThrow().indikatoren())
          .containsExactly(sprache);
    }
  }
}

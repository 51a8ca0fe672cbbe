package de.kekiz.domain.angebot;

import static de.kekiz.domain.angebot.AngebotFixtures.AHLEN;
import static de.kekiz.domain.angebot.AngebotFixtures.BRUEHL_MITTE;
import static de.kekiz.domain.angebot.AngebotFixtures.INNENSTADT;
import static de.kekiz.domain.angebot.AngebotFixtures.JUGENDAMT;
import static de.kekiz.domain.angebot.AngebotFixtures.KALENDER;
import static de.kekiz.domain.angebot.AngebotFixtures.NORD;
import static de.kekiz.domain.angebot.AngebotFixtures.SUED_OST;
import static de.kekiz.domain.angebot.AngebotFixtures.VORHELM;
import static de.kekiz.domain.angebot.RegelAssert.verletzt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.Altersspanne;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Angebot")
class AngebotTest {

  @Nested
  @DisplayName("the Ahlen Kooperationskalender")
  class Kooperationskalender {
    private final Angebot kalender = AngebotFixtures.kooperationskalender();

    @Test
    @DisplayName("bridges the Übergang kita → grundschule for Kita and Grundschule")
    void uebergang() {
      assertThat(kalender.uebergaenge()).containsExactly("kita-grundschule");
      assertThat(kalender.ueberbrueckt("kita-grundschule")).isTrue();
      assertThat(kalender.ueberbrueckt("grundschule-weiterfuehrende-schule")).isFalse();
      assertThat(kalender.lebensphasen()).containsExactly("grundschule", "kita");
      assertThat(kalender.handlungsfelder()).containsExactly("bildung", "jugendhilfe");
    }

    @Test
    @DisplayName("serves four Sozialräume of Ahlen, sorted, and so belongs to Ahlen")
    void sozialraeume() {
      assertThat(kalender.kommune()).isEqualTo(AHLEN);
      assertThat(kalender.sozialraeume()).containsExactly(INNENSTADT, NORD, SUED_OST, VORHELM);
      assertThat(kalender.bedient(VORHELM)).isTrue();
      assertThat(kalender.bedient(BRUEHL_MITTE)).isFalse();
    }

    @Test
    @DisplayName("exposes its HSDS parts")
    void hsds() {
      assertThat(kalender.id()).isEqualTo(KALENDER);
      assertThat(kalender.traeger()).isEqualTo(JUGENDAMT);
      assertThat(kalender.status()).isEqualTo(AngebotStatus.AKTIV);
      assertThat(kalender.aktiv()).isTrue();
      assertThat(kalender.kostenfrei()).isTrue();
      assertThat(kalender.kapazitaet()).isEmpty();
      assertThat(kalender.alter()).contains(Altersspanne.of(5, 6));
      assertThat(kalender.zugang())
          .hasValueSatisfying(z -> assertThat(z).startsWith("Kinder im letzten"));
      assertThat(kalender.ebenen()).containsExactly(Praeventionsebene.UNIVERSELL);
      assertThat(kalender.zeitplaene())
          .singleElement()
          .extracting(Zeitplan::frequenz)
          .isEqualTo("MONTHLY");
      assertThat(kalender.standort("rathaus")).contains(AngebotFixtures.rathaus());
      assertThat(kalender.standort("schule")).isEmpty();
      assertThat(kalender.finanzierung())
          .containsExactly("Land NRW / ESF (Kein Kind zurücklassen!)", "Stadt Ahlen");
      assertThat(kalender.zuletztGeprueft()).contains(LocalDate.of(2018, 3, 1));
      assertThat(kalender.url()).contains("https://www.ahlen.de/");
      assertThat(kalender.email()).contains("praeventionskette@ahlen.de");
      assertThat(kalender.beschreibung()).contains("Übergang in die Grundschule");
    }

    @Test
    @DisplayName("has a short summary as text")
    void text() {
      assertThat(kalender)
          .hasToString(
              "Angebot kita-gs-kooperationskalender \"Kooperationskalender Kita – Grundschule\""
                  + " (AKTIV)");
    }
  }

  @Test
  @DisplayName("keeps Präventionsebenen in the order universell, selektiv, indiziert")
  void ebenenReihenfolge() {
    Angebot a = AngebotFixtures.familiencafeBuilder().ebene(Praeventionsebene.INDIZIERT).build();
    assertThat(a.ebenen())
        .containsExactly(
            Praeventionsebene.UNIVERSELL, Praeventionsebene.SELEKTIV, Praeventionsebene.INDIZIERT);
  }

  @Test
  @DisplayName("counts as free of charge only without Kostenoptionen")
  void kosten() {
    Angebot h = AngebotFixtures.hebammensprechstunde();
    assertThat(h.kostenfrei()).isFalse();
    assertThat(h.kosten())
        .singleElement()
        .extracting(Kostenoption::einheit)
        .isEqualTo("pro Termin");
  }

  @Nested
  @DisplayName("Sozialräume")
  class Sozialraeume {
    @Test
    @DisplayName("rejects an Angebot that serves no Sozialraum")
    void keiner() {
      verletzt(
          () ->
              Angebot.builder(KALENDER, "Kooperationskalender", JUGENDAMT)
                  .beschreibung("Kalender")
                  .ebenen(Praeventionsebene.UNIVERSELL)
                  .lebensphasen("kita")
                  .handlungsfelder("bildung")
                  .build(),
          "angebot.ohne-sozialraum",
          "'Kooperationskalender'",
          "Angebot kita-gs-kooperationskalender");
    }

    @Test
    @DisplayName("rejects an Angebot that serves Sozialräume of two Kommunen")
    void zweiKommunen() {
      verletzt(
          () -> AngebotFixtures.kooperationskalenderBuilder().sozialraum(BRUEHL_MITTE).build(),
          "angebot.sozialraeume-mehrerer-kommunen",
          "'05570004:innenstadt'",
          "'05362012:mitte'");
    }

    @Test
    @DisplayName("accepts a Standort in a Sozialraum of the own Kommune it does not serve")
    void standortImAnderenRaum() {
      Angebot a =
          AngebotFixtures.familiencafeBuilder()
              .standort(AngebotFixtures.rathaus().imSozialraum(NORD))
              .build();
      assertThat(a.standorte()).hasSize(2);
    }

    @Test
    @DisplayName("rejects a Standort in a Sozialraum of another Kommune")
    void standortFremd() {
      Standort bruehl =
          Standort.physisch("bruehl", "Rathaus Brühl", Adresse.of("Steinweg 1", "50321", "Brühl"))
              .imSozialraum(BRUEHL_MITTE);
      verletzt(
          () -> AngebotFixtures.familiencafeBuilder().standort(bruehl).build(),
          "angebot.standort-fremde-kommune",
          "'05362012:mitte'",
          "'bruehl'");
    }

    @Test
    @DisplayName("accepts a Standort without Sozialraum")
    void standortOhneRaum() {
      Standort ohne =
          Standort.physisch(
              "praxis", "Kinderarztpraxis", Adresse.of("Oststraße 5", "59227", "Ahlen"));
      assertThat(AngebotFixtures.familiencafeBuilder().standort(ohne).build().standorte())
          .contains(ohne);
    }
  }

  @Nested
  @DisplayName("taxonomy")
  class Taxonomie {
    @Test
    @DisplayName("rejects an Angebot without Präventionsebene")
    void ohneEbene() {
      verletzt(
          () ->
              Angebot.builder(KALENDER, "Kalender", JUGENDAMT)
                  .beschreibung("Kalender")
                  .sozialraeume(NORD)
                  .lebensphasen("kita")
                  .handlungsfelder("bildung")
                  .build(),
          "angebot.ohne-praeventionsebene",
          "'Kalender'");
    }

    @Test
    @DisplayName("rejects an Angebot without Lebensphase")
    void ohneLebensphase() {
      verletzt(
          () ->
              Angebot.builder(KALENDER, "Kalender", JUGENDAMT)
                  .beschreibung("Kalender")
                  .sozialraeume(NORD)
                  .ebenen(Praeventionsebene.UNIVERSELL)
                  .handlungsfelder("bildung")
                  .build(),
          "angebot.ohne-lebensphase",
          "'Kalender'");
    }

    @Test
    @DisplayName("rejects an Angebot without Handlungsfeld")
    void ohneHandlungsfeld() {
      verletzt(
          () ->
              Angebot.builder(KALENDER, "Kalender", JUGENDAMT)
                  .beschreibung("Kalender")
                  .sozialraeume(NORD)
                  .ebenen(Praeventionsebene.UNIVERSELL)
                  .lebensphasen("kita")
                  .build(),
          "angebot.ohne-handlungsfeld",
          "'Kalender'");
    }

    @Test
    @DisplayName("accepts an Angebot that bridges no Übergang")
    void ohneUebergang() {
      assertThat(AngebotFixtures.familiencafe().uebergaenge()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kita", "kita grundschule", "-kita", "kita_gs", ""})
    @DisplayName("rejects a malformed key, quoting it")
    void schlechterKey(String key) {
      assertThatThrownBy(() -> AngebotFixtures.familiencafeBuilder().lebensphasen(key).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + key + "'");
      assertThatThrownBy(() -> AngebotFixtures.familiencafeBuilder().uebergaenge(key).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + key + "'");
    }
  }

  @Nested
  @DisplayName("Standorte")
  class Standorte {
    @Test
    @DisplayName("rejects two Standorte with the same id")
    void doppelt() {
      verletzt(
          () ->
              AngebotFixtures.kooperationskalenderBuilder()
                  .standort(AngebotFixtures.rathaus())
                  .build(),
          "angebot.standort-id-doppelt",
          "'rathaus'");
    }
  }

  @Nested
  @DisplayName("single values")
  class Werte {
    @Test
    @DisplayName("reject a missing description")
    void beschreibung() {
      assertThatThrownBy(
              () ->
                  Angebot.builder(KALENDER, "Kalender", JUGENDAMT)
                      .sozialraeume(NORD)
                      .ebenen(Praeventionsebene.UNIVERSELL)
                      .lebensphasen("kita")
                      .handlungsfelder("bildung")
                      .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("beschreibung");
    }

    @ParameterizedTest
    @ValueSource(strings = {"www.ahlen.de", "ftp://ahlen.de/", "https://", "https://ahlen .de"})
    @DisplayName("reject a URL that is not absolute http(s), quoting it")
    void url(String url) {
      assertThatThrownBy(() -> AngebotFixtures.kooperationskalenderBuilder().url(url).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + url + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"praeventionskette", "a@b", "a b@ahlen.de", "@ahlen.de"})
    @DisplayName("reject a malformed e-mail address, quoting it")
    void email(String email) {
      assertThatThrownBy(() -> AngebotFixtures.kooperationskalenderBuilder().email(email).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + email + "'");
    }

    @Test
    @DisplayName("reject a blank funding source")
    void finanzierung() {
      assertThatThrownBy(() -> AngebotFixtures.familiencafeBuilder().finanzierung(" ").build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("finanzierung");
    }
  }

  @Nested
  @DisplayName("copies and equality")
  class Kopien {
    @Test
    @DisplayName("compares the full state")
    void gleichheit() {
      Angebot a = AngebotFixtures.kooperationskalender();
      Angebot b = AngebotFixtures.kooperationskalender();
      assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
      assertThat(a.withStatus(AngebotStatus.VORUEBERGEHEND_GESCHLOSSEN)).isNotEqualTo(a);
      assertThat(a.withZuletztGeprueft(LocalDate.of(2019, 1, 15))).isNotEqualTo(a);
      assertThat(a).isNotEqualTo(AngebotFixtures.familiencafe());
    }

    @Test
    @DisplayName("rebuilds an equal Angebot from toBuilder")
    void toBuilder() {
      for (Angebot a :
          new Angebot[] {
            AngebotFixtures.kooperationskalender(),
            AngebotFixtures.familiencafe(),
            AngebotFixtures.hebammensprechstunde()
          }) {
        assertThat(a.toBuilder().build()).isEqualTo(a);
      }
    }

    @Test
    @DisplayName("withStatus changes only the status")
    void withStatus() {
      Angebot a = AngebotFixtures.kooperationskalender().withStatus(AngebotStatus.EINGESTELLT);
      assertThat(a.status()).isEqualTo(AngebotStatus.EINGESTELLT);
      assertThat(a.aktiv()).isFalse();
      assertThat(a.withStatus(AngebotStatus.AKTIV))
          .isEqualTo(AngebotFixtures.kooperationskalender());
    }
  }
}

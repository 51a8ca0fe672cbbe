package de.kekiz.domain.kette;

import static de.kekiz.domain.kette.RegelAssert.verletzt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.AkteurId;
import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.Stellenanteil;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("parts of a Präventionskette")
class BausteineTest {

  @Nested
  @DisplayName("Lebensphase")
  class LebensphaseTest {
    @Test
    @DisplayName("has five standard phases from pregnancy to working life, ordered by age")
    void standard() {
      assertThat(Lebensphase.standard())
          .extracting(Lebensphase::key)
          .containsExactly(
              "schwangerschaft-geburt",
              "kita",
              "grundschule",
              "weiterfuehrende-schule",
              "schule-beruf");
      assertThat(Lebensphase.standard())
          .extracting(l -> l.alter().toString())
          .containsExactly("0-0", "1-5", "6-9", "10-15", "16-24");
      assertThat(Lebensphase.WEITERFUEHRENDE_SCHULE.name())
          .isEqualTo("Weiterführende Schule und Jugendphase");
      assertThat(Lebensphase.SCHULE_BERUF.name()).isEqualTo("Übergang Schule–Beruf");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kita", "kita grundschule", "-kita", "kita_1", "weiterführende-schule"})
    @DisplayName("rejects a malformed key, quoting it")
    void key(String key) {
      assertThatThrownBy(() -> Lebensphase.of(key, "Kita", Altersspanne.of(1, 5)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + key + "'");
    }
  }

  @Nested
  @DisplayName("Handlungsfeld")
  class HandlungsfeldTest {
    @Test
    @DisplayName("has seven standard fields")
    void standard() {
      assertThat(Handlungsfeld.standard())
          .extracting(Handlungsfeld::key)
          .containsExactly(
              "gesundheit", "bildung", "jugendhilfe", "soziales", "arbeit", "integration", "sport");
      assertThat(Handlungsfeld.JUGENDHILFE.name()).isEqualTo("Kinder- und Jugendhilfe");
    }

    @Test
    @DisplayName("rejects a blank name")
    void name() {
      assertThatThrownBy(() -> Handlungsfeld.of("kultur", ""))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("name");
    }
  }

  @Nested
  @DisplayName("Uebergang")
  class UebergangTest {
    @Test
    @DisplayName("links consecutive standard phases: Familie → Kita → … → Ausbildung/Beruf")
    void standard() {
      List<Uebergang> u = Uebergang.standard(Lebensphase.standard());
      assertThat(u)
          .extracting(Uebergang::key)
          .containsExactly(
              "schwangerschaft-geburt-kita",
              "kita-grundschule",
              "grundschule-weiterfuehrende-schule",
              "weiterfuehrende-schule-schule-beruf");
      assertThat(u)
          .extracting(Uebergang::name)
          .containsExactly(
              "Familie → Kita",
              "Kita → Grundschule",
              "Grundschule → Weiterführende Schule",
              "Weiterführende Schule → Ausbildung/Beruf");
      assertThat(u.get(1).vonPhase()).isEqualTo("kita");
      assertThat(u.get(1).nachPhase()).isEqualTo("grundschule");
    }

    @Test
    @DisplayName("names custom phases by their own names")
    void eigenePhasen() {
      Lebensphase krippe = Lebensphase.of("krippe", "Krippe", Altersspanne.of(1, 2));
      assertThat(Uebergang.zwischen(krippe, Lebensphase.KITA))
          .isEqualTo(Uebergang.of("krippe-kita", "Krippe → Kita", "krippe", "kita"));
    }

    @Test
    @DisplayName("gives no Übergang for a single phase")
    void einePhase() {
      assertThat(Uebergang.standard(List.of(Lebensphase.KITA))).isEmpty();
    }

    @Test
    @DisplayName("rejects an Übergang from a phase to itself")
    void gleichePhase() {
      verletzt(
          () -> Uebergang.of("kita-kita", "Kita → Kita", "kita", "kita"),
          "uebergang.von-gleich-nach",
          "'kita'",
          "Übergang kita-kita");
    }

    @Test
    @DisplayName("rejects a derived key longer than 60 characters, quoting it")
    void zuLang() {
      Lebensphase a = Lebensphase.of("a".repeat(40), "A", Altersspanne.of(1, 2));
      Lebensphase b = Lebensphase.of("b".repeat(40), "B", Altersspanne.of(3, 4));
      assertThatThrownBy(() -> Uebergang.zwischen(a, b))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("a".repeat(40) + "-" + "b".repeat(40));
    }
  }

  @Nested
  @DisplayName("Akteur, Netzwerk, Mitglied")
  class AkteurTest {
    @Test
    @DisplayName("an Akteur keeps its Handlungsfelder sorted and names its kind in German")
    void akteur() {
      Akteur a =
          Akteur.of(
              AkteurId.of("fz-regenbogen"),
              "Familienzentrum Regenbogen",
              Akteursart.FAMILIENZENTRUM,
              "jugendhilfe",
              "bildung");
      assertThat(a.handlungsfelder()).containsExactly("bildung", "jugendhilfe");
      assertThat(a.art().bezeichnung()).isEqualTo("Familienzentrum");
      assertThat(Akteursart.ARZT.bezeichnung()).isEqualTo("Ärztin/Arzt");
      assertThat(Akteursart.FREIER_TRAEGER.bezeichnung()).isEqualTo("Freier Träger");
    }

    @Test
    @DisplayName("an Akteur rejects a malformed URL or e-mail address, quoting it")
    void kontakt() {
      AkteurId id = AkteurId.of("jugendamt");
      assertThatThrownBy(
              () -> new Akteur(id, "Jugendamt", Akteursart.JUGENDAMT, Set.of(), "ahlen.de", null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'ahlen.de'");
      assertThatThrownBy(
              () -> new Akteur(id, "Jugendamt", Akteursart.JUGENDAMT, Set.of(), null, "jugendamt"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'jugendamt'");
    }

    @Test
    @DisplayName("a Netzwerk keeps its members sorted")
    void netzwerk() {
      assertThat(KetteFixtures.fruehHilfen().mitglieder())
          .containsExactly(
              KetteFixtures.JUGENDAMT,
              KetteFixtures.FAMILIENZENTRUM,
              KetteFixtures.HEBAMMEN,
              KetteFixtures.GESUNDHEITSAMT);
    }

    @Test
    @DisplayName("a Mitglied may hold its seat for an actor or not")
    void mitglied() {
      assertThat(Mitglied.of("Bürgermeister", "Verwaltungsspitze").akteur()).isNull();
      assertThat(Mitglied.fuer("Leitung", "Jugendhilfe", KetteFixtures.JUGENDAMT).akteur())
          .isEqualTo(KetteFixtures.JUGENDAMT);
      assertThatThrownBy(() -> Mitglied.of(" ", "Jugendhilfe"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("funktion");
    }
  }

  @Nested
  @DisplayName("Steuerung")
  class SteuerungTest {
    @Test
    @DisplayName(
        "Ahlen's Steuerungsgruppe covers Jugendhilfe, Gesundheit, Bildung, Integration, Soziales")
    void gruppe() {
      assertThat(KetteFixtures.steuerungsgruppe().bereiche())
          .contains("Jugendhilfe", "Gesundheit", "Bildung", "Integration", "Soziales");
    }

    @Test
    @DisplayName("Ahlen has four AGs and half a coordinator post")
    void ahlen() {
      Steuerung s = KetteFixtures.steuerung();
      assertThat(s.ags()).hasSize(4);
      assertThat(s.ag("ag-kita-grundschulalter"))
          .hasValueSatisfying(
              ag -> assertThat(ag.lebensphasen()).containsExactly("grundschule", "kita"));
      assertThat(s.ag("ag-sport")).isEmpty();
      assertThat(s.koordination()).isNotNull();
      assertThat(s.koordination().anteil()).isEqualTo(Stellenanteil.of("0.50"));
      assertThat(s.koordination().anteil().anteil()).isEqualByComparingTo(new BigDecimal("0.5"));
      assertThat(s.alleMitglieder()).hasSize(6 + 2 + 3 + 1 + 1);
    }

    @Test
    @DisplayName("KEINE has no parts")
    void keine() {
      assertThat(Steuerung.KEINE.gruppe()).isNull();
      assertThat(Steuerung.KEINE.ags()).isEmpty();
      assertThat(Steuerung.KEINE.koordination()).isNull();
      assertThat(Steuerung.KEINE.alleMitglieder()).isEmpty();
    }

    @Test
    @DisplayName("rejects two AGs with the same key")
    void agDoppelt() {
      Arbeitsgemeinschaft ag = KetteFixtures.ags().get(1);
      verletzt(
          () -> new Steuerung(null, List.of(ag, ag), List.of()),
          "steuerung.ag-key-doppelt",
          "'ag-kita-grundschulalter'");
    }

    @Test
    @DisplayName("rejects a Koordination without a place where it sits")
    void koordination() {
      assertThatThrownBy(() -> new Koordination("Koordination", Stellenanteil.of("0.5"), ""))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("angesiedeltBei");
    }
  }
}

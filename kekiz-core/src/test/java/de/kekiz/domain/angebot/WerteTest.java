package de.kekiz.domain.angebot;

import static de.kekiz.domain.angebot.RegelAssert.verletzt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.Geldbetrag;
import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Angebot values")
class WerteTest {

  @Nested
  @DisplayName("AngebotId")
  class Id {
    @Test
    @DisplayName("accepts letters, digits, '.', '_' and '-' and writes itself as text")
    void gueltig() {
      assertThat(AngebotId.of("kita-gs_kalender.2018")).hasToString("kita-gs_kalender.2018");
      assertThat(AngebotId.of("a")).isLessThan(AngebotId.of("b"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "mit leerzeichen", "familiencafé", "a/b"})
    @DisplayName("rejects other characters, quoting the input")
    void ungueltig(String wert) {
      assertThatThrownBy(() -> AngebotId.of(wert))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + wert + "'");
    }
  }

  @Nested
  @DisplayName("Adresse")
  class AdresseTest {
    @Test
    @DisplayName("keeps umlauts and writes itself on one line")
    void einzeilig() {
      assertThat(Adresse.of("Südstraße 41", "59227", "Ahlen").einzeilig())
          .isEqualTo("Südstraße 41, 59227 Ahlen");
    }

    @ParameterizedTest
    @ValueSource(strings = {"5922", "592270", "5922A", "D-59227"})
    @DisplayName("rejects a Postleitzahl without 5 digits, quoting it")
    void plz(String plz) {
      assertThatThrownBy(() -> Adresse.of("Westenmauer 10", plz, "Ahlen"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + plz + "'");
    }

    @Test
    @DisplayName("rejects a blank street")
    void strasse() {
      assertThatThrownBy(() -> Adresse.of(" ", "59227", "Ahlen"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("strasse");
    }
  }

  @Nested
  @DisplayName("Koordinate")
  class KoordinateTest {
    @Test
    @DisplayName("writes '51.763,7.891' and reads it back")
    void rundreise() {
      Koordinate k = Koordinate.of("51.7630", "7.891");
      assertThat(k).hasToString("51.763,7.891");
      assertThat(Koordinate.parse(k.toString())).isEqualTo(k);
      assertThat(k).isEqualTo(new Koordinate(new BigDecimal("51.763"), new BigDecimal("7.8910")));
    }

    @Test
    @DisplayName("accepts the poles and the date line")
    void grenzen() {
      assertThat(Koordinate.of("-90", "180").breite()).isEqualByComparingTo("-90");
      assertThat(Koordinate.of("90", "-180").laenge()).isEqualByComparingTo("-180");
    }

    @ParameterizedTest
    @ValueSource(strings = {"90.0001,7", "-91,7", "51,180.5", "51,-181"})
    @DisplayName("rejects a position out of range, quoting the value")
    void ausserhalb(String text) {
      String falsch =
          text.startsWith("51,") ? text.substring(3) : text.substring(0, text.indexOf(','));
      assertThatThrownBy(() -> Koordinate.parse(text))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(falsch);
    }

    @ParameterizedTest
    @ValueSource(strings = {"51.763", "51,763;7,891", "Nord,Ost"})
    @DisplayName("rejects malformed text, quoting it")
    void kaputt(String text) {
      assertThatThrownBy(() -> Koordinate.parse(text))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + text + "'");
    }
  }

  @Nested
  @DisplayName("Standort")
  class StandortTest {
    @Test
    @DisplayName("accepts a physical Standort with an address")
    void physisch() {
      Standort s = AngebotFixtures.rathaus();
      assertThat(s.art()).isEqualTo(Standortart.PHYSISCH);
      assertThat(s.adresse()).isEqualTo(Adresse.of("Westenmauer 10", "59227", "Ahlen"));
      assertThat(s.sozialraum()).isEqualTo(AngebotFixtures.INNENSTADT);
    }

    @Test
    @DisplayName("rejects a physical Standort without an address")
    void physischOhneAdresse() {
      verletzt(
          () ->
              new Standort(
                  "fz", "Familienzentrum Regenbogen", Standortart.PHYSISCH, null, null, null),
          "standort.physisch-ohne-adresse",
          "'Familienzentrum Regenbogen'",
          "Standort fz");
    }

    @Test
    @DisplayName("accepts a virtual or postal Standort without an address")
    void virtuell() {
      assertThat(Standort.virtuell("telefon", "Telefonberatung").adresse()).isNull();
      assertThat(new Standort("post", "Postfach", Standortart.POSTALISCH, null, null, null).art())
          .isEqualTo(Standortart.POSTALISCH);
    }
  }

  @Nested
  @DisplayName("Kapazitaet")
  class KapazitaetTest {
    @Test
    @DisplayName("accepts free places from 0 up to the places")
    void gueltig() {
      assertThat(Kapazitaet.of(12, "Familien").withFreienPlaetzen(12).freiePlaetze()).isEqualTo(12);
      assertThat(Kapazitaet.of(12, "Familien").withFreienPlaetzen(0).ausgebucht()).isTrue();
      assertThat(Kapazitaet.of(12, "Familien").ausgebucht()).isFalse();
      assertThat(Kapazitaet.of(12, "Familien").freiePlaetze()).isNull();
    }

    @Test
    @DisplayName("rejects more free places than places")
    void mehrFreieAlsPlaetze() {
      verletzt(
          () -> Kapazitaet.of(12, "Familien").withFreienPlaetzen(13),
          "kapazitaet.mehr-freie-als-plaetze",
          "13",
          "12");
    }

    @Test
    @DisplayName("rejects 0 places and negative free places, quoting them")
    void ungueltig() {
      assertThatThrownBy(() -> Kapazitaet.of(0, "Familien"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("got 0");
      assertThatThrownBy(() -> Kapazitaet.of(12, "Familien").withFreienPlaetzen(-1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("got -1");
    }
  }

  @Nested
  @DisplayName("Kostenoption")
  class KostenoptionTest {
    @Test
    @DisplayName("holds an amount per unit")
    void gueltig() {
      Kostenoption k = Kostenoption.of(Geldbetrag.of("10"), "pro Termin");
      assertThat(k.betrag()).isEqualTo(Geldbetrag.of("10.00"));
      assertThat(k.beschreibung()).isNull();
    }

    @Test
    @DisplayName("rejects a blank unit")
    void einheit() {
      assertThatThrownBy(() -> Kostenoption.of(Geldbetrag.of("10"), ""))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("einheit");
    }
  }

  @Nested
  @DisplayName("HSDS codes")
  class Hsds {
    @ParameterizedTest
    @EnumSource(AngebotStatus.class)
    @DisplayName("read back every status code")
    void status(AngebotStatus s) {
      assertThat(AngebotStatus.ausHsdsCode(s.hsdsCode())).isEqualTo(s);
    }

    @ParameterizedTest
    @EnumSource(Standortart.class)
    @DisplayName("read back every location type")
    void standortart(Standortart a) {
      assertThat(Standortart.ausHsdsCode(a.hsdsCode())).isEqualTo(a);
    }

    @Test
    @DisplayName("use the HSDS 3.0 spellings")
    void schreibweise() {
      assertThat(AngebotStatus.VORUEBERGEHEND_GESCHLOSSEN.hsdsCode())
          .isEqualTo("temporarily closed");
      assertThat(AngebotStatus.EINGESTELLT.hsdsCode()).isEqualTo("defunct");
      assertThat(Standortart.VIRTUELL.hsdsCode()).isEqualTo("virtual");
    }

    @Test
    @DisplayName("reject unknown codes, quoting them")
    void unbekannt() {
      assertThatThrownBy(() -> AngebotStatus.ausHsdsCode("Active"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'Active'");
      assertThatThrownBy(() -> Standortart.ausHsdsCode("online"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'online'");
    }
  }
}

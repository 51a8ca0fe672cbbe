package de.kekiz.domain.kommune;

import static de.kekiz.domain.kommune.KommuneFixtures.AACHEN;
import static de.kekiz.domain.kommune.KommuneFixtures.AHLEN;
import static de.kekiz.domain.kommune.KommuneFixtures.ALTSTADT_SUED;
import static de.kekiz.domain.kommune.KommuneFixtures.BOENEN;
import static de.kekiz.domain.kommune.KommuneFixtures.INNENSTADT;
import static de.kekiz.domain.kommune.KommuneFixtures.KOELN;
import static de.kekiz.domain.kommune.KommuneFixtures.KREIS_05334;
import static de.kekiz.domain.kommune.KommuneFixtures.KREIS_05978;
import static de.kekiz.domain.kommune.KommuneFixtures.KREIS_UNNA;
import static de.kekiz.domain.kommune.KommuneFixtures.NEUSTADT_SUED;
import static de.kekiz.domain.kommune.KommuneFixtures.STAEDTEREGION_AACHEN;
import static de.kekiz.domain.kommune.KommuneFixtures.UNNA;
import static de.kekiz.domain.kommune.KommuneFixtures.aachen;
import static de.kekiz.domain.kommune.KommuneFixtures.ahlen;
import static de.kekiz.domain.kommune.KommuneFixtures.altstadtSued;
import static de.kekiz.domain.kommune.KommuneFixtures.boenen;
import static de.kekiz.domain.kommune.KommuneFixtures.innenstadt;
import static de.kekiz.domain.kommune.KommuneFixtures.koeln;
import static de.kekiz.domain.kommune.KommuneFixtures.kreisUnna;
import static de.kekiz.domain.kommune.KommuneFixtures.neustadtSued;
import static de.kekiz.domain.kommune.KommuneFixtures.sozialraum;
import static de.kekiz.domain.kommune.KommuneFixtures.staedteregionAachen;
import static de.kekiz.domain.kommune.KommuneFixtures.unna;
import static de.kekiz.domain.kommune.Regelpruefung.verstoesst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.Geldbetrag;
import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.Stellenanteil;
import de.kekiz.domain.Zeitraum;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Kommune")
class KommuneTest {

  private static final SozialraumId EHRENFELD_404 = SozialraumId.of(KOELN, "404");

  private static LocalDate tag(String iso) {
    return LocalDate.parse(iso);
  }

  private static Programmteilnahme teilnahme(Programm programm, String phase, String zeitraum) {
    return Programmteilnahme.of(programm, phase, Zeitraum.parse(zeitraum));
  }

  // ------------------------------------------------------------------ real examples

  @Nested
  @DisplayName("real Kommunen of NRW")
  class Beispiele {
    @Test
    @DisplayName("Kreis Unna is a Kreis with its own Jugendamt and no Kreis above it")
    void kreisUnnaGut() {
      Kommune k = kreisUnna().build();
      assertThat(k.id()).isEqualTo(KREIS_UNNA);
      assertThat(k.art()).isEqualTo(Kommunenart.KREIS);
      assertThat(k.kreisfrei()).isFalse();
      assertThat(k.kreis()).isEmpty();
      assertThat(k.hatEigenesJugendamt()).isTrue();
    }

    @ParameterizedTest(name = "{1} ({0}) is served by the Kreisjugendamt of the Kreis Unna")
    @CsvSource({"05978008, Bönen", "05978012, Fröndenberg/Ruhr", "05978016, Holzwickede"})
    @DisplayName("the Kreis Unna is Jugendamt for Bönen, Fröndenberg/Ruhr and Holzwickede")
    void kreisangehoerigeGemeinden(String ags, String name) {
      Kommune k =
          Kommune.builder(
                  Gemeindeschluessel.parse(ags), name, Kommunenart.KREISANGEHOERIGE_GEMEINDE)
              .kreis(KREIS_05978)
              .jugendamt(KREIS_UNNA)
              .build();
      assertThat(k.jugendamt()).isEqualTo(KREIS_UNNA);
      assertThat(k.hatEigenesJugendamt()).isFalse();
      assertThat(k.kreis()).contains(KREIS_05978);
    }

    @Test
    @DisplayName("Unna is a große kreisangehörige Stadt with its own Jugendamt")
    void unnaGut() {
      Kommune k = unna().build();
      assertThat(k.hatEigenesJugendamt()).isTrue();
      assertThat(k.kreis()).contains(KREIS_05978);
      assertThat(k.schluessel().toRegionalschluessel()).hasToString("059780036036");
    }

    @Test
    @DisplayName("Köln is a kreisfreie Stadt with its own Jugendamt")
    void koelnGut() {
      Kommune k = koeln().build();
      assertThat(k.kreisfrei()).isTrue();
      assertThat(k.kreis()).isEmpty();
      assertThat(k.hatEigenesJugendamt()).isTrue();
    }

    @Test
    @DisplayName("Aachen is kreisfrei by law inside the StädteRegion Aachen")
    void aachenGut() {
      Kommune stadt = aachen().build();
      Kommune region = staedteregionAachen().build();
      assertThat(stadt.art()).isEqualTo(Kommunenart.GROSSE_KREISANGEHOERIGE_STADT);
      assertThat(stadt.kreisfrei()).isTrue();
      assertThat(stadt.kreis()).contains(KREIS_05334);
      assertThat(stadt.hatEigenesJugendamt()).isTrue();
      assertThat(region.art()).isEqualTo(Kommunenart.STAEDTEREGION);
      assertThat(region.hatEigenesJugendamt()).isTrue();
      assertThat(KREIS_05334.enthaelt(stadt.id())).isTrue();
    }

    @Test
    @DisplayName("Ahlen is a mittlere kreisangehörige Stadt with its own Jugendamt")
    void ahlenGut() {
      Kommune k = ahlen().build();
      assertThat(k.art()).isEqualTo(Kommunenart.MITTLERE_KREISANGEHOERIGE_STADT);
      assertThat(k.jugendamt()).isEqualTo(AHLEN);
    }

    @Test
    @DisplayName("describes itself by key, name and kind")
    void text() {
      assertThat(unna().revision(3).build())
          .hasToString("Kommune 05978036 Unna (große kreisangehörige Stadt, revision 3)");
    }
  }

  @Nested
  @DisplayName("builder defaults")
  class Vorgaben {
    @Test
    @DisplayName("a kreisangehörige Gemeinde defaults to its Kreis and the Kreisjugendamt")
    void gemeinde() {
      Kommune k = Kommune.builder(BOENEN, "Bönen", Kommunenart.KREISANGEHOERIGE_GEMEINDE).build();
      assertThat(k).isEqualTo(boenen().build());
    }

    @Test
    @DisplayName("a große or mittlere Stadt defaults to its Kreis and its own Jugendamt")
    void stadt() {
      assertThat(Kommune.builder(UNNA, "Unna", Kommunenart.GROSSE_KREISANGEHOERIGE_STADT).build())
          .isEqualTo(unna().build());
      assertThat(
              Kommune.builder(AHLEN, "Ahlen", Kommunenart.MITTLERE_KREISANGEHOERIGE_STADT).build())
          .isEqualTo(ahlen().build());
    }

    @Test
    @DisplayName("a kreisfreie Stadt defaults to kreisfrei, no Kreis and its own Jugendamt")
    void kreisfreieStadt() {
      assertThat(Kommune.builder(KOELN, "Köln", Kommunenart.KREISFREIE_STADT).build())
          .isEqualTo(koeln().build());
    }

    @Test
    @DisplayName("a Kreis defaults to not kreisfrei, no Kreis and its own Jugendamt")
    void kreis() {
      assertThat(Kommune.builder(KREIS_UNNA, "Kreis Unna", Kommunenart.KREIS).build())
          .isEqualTo(kreisUnna().build());
    }

    @Test
    @DisplayName("a new Kommune has revision 0 and no parts")
    void leer() {
      Kommune k = koeln().build();
      assertThat(k.revision()).isZero();
      assertThat(k.sozialraeume()).isEmpty();
      assertThat(k.teilnahmen()).isEmpty();
      assertThat(k.bevoelkerung()).isEmpty();
    }
  }

  @Nested
  @DisplayName("malformed values")
  class Werte {
    @Test
    @DisplayName("rejects a blank name, quoting it")
    void name() {
      assertThatThrownBy(() -> Kommune.builder(KOELN, " ", Kommunenart.KREISFREIE_STADT).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("' '")
          .hasMessageContaining("05315000");
    }

    @Test
    @DisplayName("rejects a negative revision, quoting it")
    void revision() {
      assertThatThrownBy(() -> koeln().revision(-1).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("got -1");
    }

    @Test
    @DisplayName("rejects nulls with NullPointerException")
    void nulls() {
      assertThatThrownBy(() -> Kommune.builder(KOELN, "Köln", null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("art");
      assertThatThrownBy(() -> koeln().jugendamt(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("jugendamt");
    }
  }

  // ------------------------------------------------------------------ rules by kind

  @Nested
  @DisplayName("rule kommune.kreisfreie-stadt-nicht-kreisfrei")
  class KreisfreieStadtKreisfrei {
    @Test
    @DisplayName("accepts Köln as kreisfrei")
    void gut() {
      assertThat(koeln().kreisfrei(true).build().kreisfrei()).isTrue();
    }

    @Test
    @DisplayName("rejects Köln as not kreisfrei")
    void schlecht() {
      verstoesst(
          () -> koeln().kreisfrei(false).build(),
          "kommune.kreisfreie-stadt-nicht-kreisfrei",
          "Köln",
          "05315000",
          "kreisfrei=false");
    }
  }

  @Nested
  @DisplayName("rule kommune.kreisebene-kreisfrei")
  class KreisNichtKreisfrei {
    @Test
    @DisplayName("accepts the Kreis Unna and the StädteRegion as not kreisfrei")
    void gut() {
      assertThat(kreisUnna().build().kreisfrei()).isFalse();
      assertThat(staedteregionAachen().build().kreisfrei()).isFalse();
    }

    @Test
    @DisplayName("rejects a kreisfrei Kreis Unna and a kreisfrei StädteRegion")
    void schlecht() {
      verstoesst(
          () -> kreisUnna().kreisfrei(true).build(),
          "kommune.kreisebene-kreisfrei",
          "Kreis Unna",
          "kreisfrei=true");
      verstoesst(
          () -> staedteregionAachen().kreisfrei(true).build(),
          "kommune.kreisebene-kreisfrei",
          "StädteRegion",
          "kreisfrei=true");
    }
  }

  @Nested
  @DisplayName("rule kommune.schluessel-nicht-000")
  class SchluesselKreisebene {
    @Test
    @DisplayName("accepts keys ending in 000 for Köln, Kreis Unna and the StädteRegion")
    void gut() {
      assertThat(koeln().build().id().kreisebene()).isTrue();
      assertThat(kreisUnna().build().id().kreisebene()).isTrue();
      assertThat(staedteregionAachen().build().id().kreisebene()).isTrue();
    }

    @Test
    @DisplayName("rejects Unna's key for a Kreis and Aachen's key for a kreisfreie Stadt")
    void schlecht() {
      verstoesst(
          () -> Kommune.builder(UNNA, "Kreis Unna", Kommunenart.KREIS).build(),
          "kommune.schluessel-nicht-000",
          "05978036",
          "000");
      verstoesst(
          () -> Kommune.builder(AACHEN, "Aachen", Kommunenart.KREISFREIE_STADT).build(),
          "kommune.schluessel-nicht-000",
          "05334002");
    }
  }

  @Nested
  @DisplayName("rule kommune.kreis-nicht-erlaubt")
  class KeinKreis {
    @Test
    @DisplayName("accepts Köln, Kreis Unna and the StädteRegion without a Kreis")
    void gut() {
      assertThat(koeln().build().kreis()).isEmpty();
      assertThat(kreisUnna().build().kreis()).isEmpty();
      assertThat(staedteregionAachen().build().kreis()).isEmpty();
    }

    @Test
    @DisplayName("rejects Köln and the Kreis Unna with a Kreis, quoting it")
    void schlecht() {
      verstoesst(
          () -> koeln().kreis(Kreisschluessel.parse("05315")).build(),
          "kommune.kreis-nicht-erlaubt",
          "kreis 05315");
      verstoesst(
          () -> kreisUnna().kreis(KREIS_05978).build(),
          "kommune.kreis-nicht-erlaubt",
          "kreis 05978");
    }
  }

  @Nested
  @DisplayName("rule kommune.jugendamt-nicht-eigenes")
  class EigenesJugendamtPflicht {
    @Test
    @DisplayName("accepts Köln, Kreis Unna and StädteRegion as Träger of their own Jugendamt")
    void gut() {
      assertThat(koeln().build().hatEigenesJugendamt()).isTrue();
      assertThat(kreisUnna().build().hatEigenesJugendamt()).isTrue();
      assertThat(staedteregionAachen().build().hatEigenesJugendamt()).isTrue();
    }

    @Test
    @DisplayName("rejects the StädteRegion served by the Stadt Aachen, quoting both keys")
    void schlecht() {
      verstoesst(
          () -> staedteregionAachen().jugendamt(AACHEN).build(),
          "kommune.jugendamt-nicht-eigenes",
          "05334000",
          "jugendamt 05334002");
      verstoesst(
          () -> koeln().jugendamt(KREIS_UNNA).build(),
          "kommune.jugendamt-nicht-eigenes",
          "jugendamt 05978000");
    }
  }

  @Nested
  @DisplayName("rule kommune.schluessel-000")
  class SchluesselGemeinde {
    @Test
    @DisplayName("accepts Unna, Bönen, Aachen and Ahlen with a Gemeinde part")
    void gut() {
      assertThat(unna().build().id().gemeindeteil()).isEqualTo("036");
      assertThat(boenen().build().id().gemeindeteil()).isEqualTo("008");
      assertThat(aachen().build().id().gemeindeteil()).isEqualTo("002");
      assertThat(ahlen().build().id().gemeindeteil()).isEqualTo("004");
    }

    @Test
    @DisplayName("rejects the Kreis's key 05978000 for a große kreisangehörige Stadt")
    void schlecht() {
      verstoesst(
          () ->
              Kommune.builder(KREIS_UNNA, "Unna", Kommunenart.GROSSE_KREISANGEHOERIGE_STADT)
                  .kreis(KREIS_05978)
                  .jugendamt(KREIS_UNNA)
                  .build(),
          "kommune.schluessel-000",
          "05978000");
    }
  }

  @Nested
  @DisplayName("rule kommune.kreis-passt-nicht")
  class KreisAusSchluessel {
    @Test
    @DisplayName("accepts Unna in Kreis 05978 and Aachen in 05334")
    void gut() {
      assertThat(unna().build().kreis()).contains(KREIS_05978);
      assertThat(aachen().build().kreis()).contains(KREIS_05334);
    }

    @Test
    @DisplayName("rejects Unna in the Kreis Warendorf, quoting both Kreise")
    void andererKreis() {
      verstoesst(
          () -> unna().kreis(Kreisschluessel.parse("05570")).build(),
          "kommune.kreis-passt-nicht",
          "05978",
          "kreis 05570");
    }

    @Test
    @DisplayName("rejects Bönen without a Kreis")
    void keinKreis() {
      verstoesst(
          () -> boenen().kreis(null).build(), "kommune.kreis-passt-nicht", "Bönen", "kreis null");
    }
  }

  @Nested
  @DisplayName("rule kommune.jugendamt-fremd")
  class JugendamtSelbstOderKreis {
    @Test
    @DisplayName("accepts Unna served by itself or by the Kreis Unna")
    void gut() {
      assertThat(unna().build().jugendamt()).isEqualTo(UNNA);
      assertThat(unna().jugendamt(KREIS_UNNA).build().hatEigenesJugendamt()).isFalse();
    }

    @Test
    @DisplayName("rejects Unna served by the Jugendamt of Köln, quoting all three keys")
    void schlecht() {
      verstoesst(
          () -> unna().jugendamt(KOELN).build(),
          "kommune.jugendamt-fremd",
          "05978036",
          "05978000",
          "jugendamt 05315000");
    }
  }

  @Nested
  @DisplayName("rule kommune.kreisfrei-ohne-eigenes-jugendamt")
  class KreisfreiEigenesJugendamt {
    @Test
    @DisplayName("accepts Aachen, kreisfrei inside the StädteRegion, with its own Jugendamt")
    void gut() {
      assertThat(aachen().build().hatEigenesJugendamt()).isTrue();
    }

    @Test
    @DisplayName("rejects Aachen served by the StädteRegion, quoting both keys")
    void schlecht() {
      verstoesst(
          () -> aachen().jugendamt(STAEDTEREGION_AACHEN).build(),
          "kommune.kreisfrei-ohne-eigenes-jugendamt",
          "05334002",
          "jugendamt 05334000");
    }
  }

  @Nested
  @DisplayName("rule kommune.jugendamt-nicht-kreis")
  class Kreisjugendamt {
    @Test
    @DisplayName("accepts Bönen served by the Kreis Unna")
    void gut() {
      assertThat(boenen().build().jugendamt()).isEqualTo(KREIS_UNNA);
    }

    @Test
    @DisplayName("rejects Bönen with its own Jugendamt, quoting the Kreis's key")
    void schlecht() {
      verstoesst(
          () -> boenen().jugendamt(BOENEN).build(),
          "kommune.jugendamt-nicht-kreis",
          "Bönen",
          "05978000",
          "jugendamt 05978008");
    }
  }

  // ------------------------------------------------------------------ Sozialräume

  @Nested
  @DisplayName("rule kommune.sozialraum-andere-kommune")
  class SozialraumDerKommune {
    @Test
    @DisplayName("accepts Köln's own Stadtbezirk")
    void gut() {
      assertThat(koeln().sozialraum(innenstadt()).build().sozialraeume())
          .containsExactly(innenstadt());
    }

    @Test
    @DisplayName("rejects a Sozialraum of Unna in Köln, quoting it")
    void schlecht() {
      Sozialraum unnaMitte =
          sozialraum(
              SozialraumId.of(UNNA, "mitte"),
              1,
              "Mitte",
              Sozialraumebene.STADTTEIL,
              "2000-01-01..");
      verstoesst(
          () -> koeln().sozialraum(unnaMitte).build(),
          "kommune.sozialraum-andere-kommune",
          "05978036:mitte@1",
          "05315000");
    }
  }

  @Nested
  @DisplayName("rule kommune.sozialraum-doppelt")
  class SozialraumEinmal {
    @Test
    @DisplayName("accepts two versions of one Sozialraum with different Gebietsstand")
    void gut() {
      Kommune k =
          koeln()
              .sozialraum(
                  sozialraum(
                      EHRENFELD_404,
                      1,
                      "Vogelsang",
                      Sozialraumebene.STADTTEIL,
                      "2000-01-01..2019-12-31"))
              .sozialraum(
                  sozialraum(
                      EHRENFELD_404, 2, "Vogelsang", Sozialraumebene.STADTTEIL, "2020-01-01.."))
              .build();
      assertThat(k.versionen(EHRENFELD_404)).hasSize(2);
    }

    @Test
    @DisplayName("rejects the same version twice, quoting its ref")
    void schlecht() {
      verstoesst(
          () -> koeln().sozialraum(innenstadt()).sozialraum(innenstadt()).build(),
          "kommune.sozialraum-doppelt",
          "05315000:1@1");
    }
  }

  @Nested
  @DisplayName("boundary versions (rule kommune.sozialraum-versionen-ueberlappen)")
  class Versionen {
    private final Sozialraum bis2019 =
        sozialraum(
            EHRENFELD_404, 1, "Vogelsang", Sozialraumebene.STADTTEIL, "2010-01-01..2019-12-31");
    private final Sozialraum ab2020 =
        sozialraum(EHRENFELD_404, 2, "Vogelsang (neu)", Sozialraumebene.STADTTEIL, "2020-01-01..");

    @Test
    @DisplayName("accepts adjacent versions: one ends 2019-12-31, the next starts 2020-01-01")
    void angrenzend() {
      Kommune k = koeln().sozialraum(bis2019).sozialraum(ab2020).build();
      assertThat(k.versionen(EHRENFELD_404)).containsExactly(bis2019, ab2020);
    }

    @Test
    @DisplayName("rejects two versions that overlap, quoting both refs and periods")
    void ueberlappend() {
      Sozialraum ab2019 =
          sozialraum(
              EHRENFELD_404, 2, "Vogelsang (neu)", Sozialraumebene.STADTTEIL, "2019-07-01..");
      verstoesst(
          () -> koeln().sozialraum(bis2019).sozialraum(ab2019).build(),
          "kommune.sozialraum-versionen-ueberlappen",
          "05315000:404@1",
          "2010-01-01..2019-12-31",
          "05315000:404@2",
          "2019-07-01..");
    }

    @Test
    @DisplayName("rejects versions that share only their last and first day")
    void einTag() {
      Sozialraum abSilvester =
          sozialraum(
              EHRENFELD_404, 2, "Vogelsang (neu)", Sozialraumebene.STADTTEIL, "2019-12-31..");
      verstoesst(
          () -> koeln().sozialraum(abSilvester).sozialraum(bis2019).build(),
          "kommune.sozialraum-versionen-ueberlappen",
          "2019-12-31..");
    }

    @Test
    @DisplayName("picks the version valid on a day with sozialraumAm")
    void sozialraumAm() {
      Kommune k = koeln().sozialraum(ab2020).sozialraum(bis2019).build();
      assertThat(k.sozialraumAm(EHRENFELD_404, tag("2010-01-01"))).contains(bis2019);
      assertThat(k.sozialraumAm(EHRENFELD_404, tag("2019-12-31"))).contains(bis2019);
      assertThat(k.sozialraumAm(EHRENFELD_404, tag("2020-01-01"))).contains(ab2020);
      assertThat(k.sozialraumAm(EHRENFELD_404, tag("2031-05-01"))).contains(ab2020);
      assertThat(k.sozialraumAm(EHRENFELD_404, tag("2009-12-31"))).isEmpty();
      assertThat(k.sozialraumAm(ALTSTADT_SUED, tag("2020-01-01"))).isEmpty();
    }

    @Test
    @DisplayName("lists the versions of a Sozialraum in time order, whatever the given order")
    void versionen() {
      Kommune k = koeln().sozialraum(ab2020).sozialraum(innenstadt()).sozialraum(bis2019).build();
      assertThat(k.versionen(EHRENFELD_404)).containsExactly(bis2019, ab2020);
      assertThat(k.versionen(NEUSTADT_SUED)).isEmpty();
      assertThat(k.sozialraeume()).containsExactly(ab2020, innenstadt(), bis2019);
    }

    @Test
    @DisplayName("finds a version by its ref, empty for an unknown one")
    void nachRef() {
      Kommune k = koeln().sozialraum(bis2019).sozialraum(ab2020).build();
      assertThat(k.sozialraum(SozialraumRef.parse("05315000:404@2"))).contains(ab2020);
      assertThat(k.sozialraum(SozialraumRef.parse("05315000:404@3"))).isEmpty();
    }

    @Test
    @DisplayName("lists the versions valid on a day")
    void sozialraeumeAm() {
      Kommune k = koeln().sozialraum(innenstadt()).sozialraum(bis2019).sozialraum(ab2020).build();
      assertThat(k.sozialraeumeAm(tag("2015-06-30"))).containsExactly(innenstadt(), bis2019);
      assertThat(k.sozialraeumeAm(tag("2023-06-30"))).containsExactly(innenstadt(), ab2020);
      assertThat(k.sozialraeumeAm(tag("1999-12-31"))).isEmpty();
    }
  }

  @Nested
  @DisplayName("rule kommune.sozialraum-uebergeordnet-unbekannt")
  class ElternBekannt {
    @Test
    @DisplayName("accepts a Stadtteil whose Stadtbezirk is in the Kommune")
    void gut() {
      Kommune k = koeln().sozialraum(altstadtSued()).sozialraum(innenstadt()).build();
      assertThat(k.sozialraeume()).hasSize(2);
    }

    @Test
    @DisplayName("rejects a Stadtteil whose Stadtbezirk is missing, quoting both")
    void schlecht() {
      verstoesst(
          () -> koeln().sozialraum(altstadtSued()).build(),
          "kommune.sozialraum-uebergeordnet-unbekannt",
          "05315000:1",
          "05315000:101@1");
    }
  }

  @Nested
  @DisplayName("rule kommune.sozialraum-uebergeordnet-nicht-gueltig")
  class ElternGueltig {
    @Test
    @DisplayName("accepts a child whose parent has some version overlapping it")
    void gut() {
      Sozialraum bezirkAlt =
          sozialraum(
              INNENSTADT, 1, "Innenstadt", Sozialraumebene.STADTBEZIRK, "2000-01-01..2014-12-31");
      Sozialraum kind =
          sozialraum(ALTSTADT_SUED, 1, "Altstadt/Süd", Sozialraumebene.STADTTEIL, "2014-01-01..")
              .withUebergeordnet(INNENSTADT);
      assertThat(koeln().sozialraum(bezirkAlt).sozialraum(kind).build().sozialraeume()).hasSize(2);
    }

    @Test
    @DisplayName("rejects a child valid only after its parent ended, quoting parent and period")
    void schlecht() {
      Sozialraum bezirkAlt =
          sozialraum(
              INNENSTADT, 1, "Innenstadt", Sozialraumebene.STADTBEZIRK, "2000-01-01..2014-12-31");
      Sozialraum kind =
          sozialraum(ALTSTADT_SUED, 1, "Altstadt/Süd", Sozialraumebene.STADTTEIL, "2015-01-01..")
              .withUebergeordnet(INNENSTADT);
      verstoesst(
          () -> koeln().sozialraum(bezirkAlt).sozialraum(kind).build(),
          "kommune.sozialraum-uebergeordnet-nicht-gueltig",
          "05315000:1",
          "2015-01-01..",
          "05315000:101@1");
    }
  }

  @Nested
  @DisplayName("rule kommune.sozialraum-zyklus")
  class KeinZyklus {
    private final SozialraumId a = SozialraumId.of(KOELN, "a");
    private final SozialraumId b = SozialraumId.of(KOELN, "b");
    private final SozialraumId c = SozialraumId.of(KOELN, "c");

    private Sozialraum raum(SozialraumId id, SozialraumId eltern) {
      return sozialraum(id, 1, id.code(), Sozialraumebene.SONSTIGE, "2000-01-01..")
          .withUebergeordnet(eltern);
    }

    @Test
    @DisplayName("accepts a three-level hierarchy")
    void gut() {
      Sozialraum quartier =
          sozialraum(
                  SozialraumId.of(KOELN, "101-1"),
                  1,
                  "Rathausviertel",
                  Sozialraumebene.QUARTIER,
                  "2000-01-01..")
              .withUebergeordnet(ALTSTADT_SUED);
      Kommune k =
          koeln().sozialraum(quartier).sozialraum(altstadtSued()).sozialraum(innenstadt()).build();
      assertThat(k.sozialraeume()).hasSize(3);
    }

    @Test
    @DisplayName("rejects two Sozialräume that are each other's parent, quoting the cycle")
    void zwei() {
      verstoesst(
          () -> koeln().sozialraum(raum(a, b)).sozialraum(raum(b, a)).build(),
          "kommune.sozialraum-zyklus",
          "05315000:a → 05315000:b → 05315000:a");
    }

    @Test
    @DisplayName("rejects a cycle of three")
    void drei() {
      verstoesst(
          () ->
              koeln().sozialraum(raum(a, b)).sozialraum(raum(b, c)).sozialraum(raum(c, a)).build(),
          "kommune.sozialraum-zyklus",
          "05315000:a → 05315000:b → 05315000:c → 05315000:a");
    }

    @Test
    @DisplayName("rejects a cycle whose links lie in different versions")
    void ueberVersionen() {
      Sozialraum a1 =
          sozialraum(a, 1, "a", Sozialraumebene.SONSTIGE, "2000-01-01..2009-12-31")
              .withUebergeordnet(b);
      Sozialraum a2 = sozialraum(a, 2, "a", Sozialraumebene.SONSTIGE, "2010-01-01..");
      Sozialraum b1 =
          sozialraum(b, 1, "b", Sozialraumebene.SONSTIGE, "2010-01-01..").withUebergeordnet(a);
      Sozialraum b0 = sozialraum(b, 2, "b", Sozialraumebene.SONSTIGE, "2000-01-01..2009-12-31");
      verstoesst(
          () -> koeln().sozialraum(a1).sozialraum(a2).sozialraum(b1).sozialraum(b0).build(),
          "kommune.sozialraum-zyklus",
          "05315000:a",
          "05315000:b");
    }
  }

  @Nested
  @DisplayName("hierarchy queries")
  class Hierarchie {
    @Test
    @DisplayName("lists the direct children valid on a day")
    void unterraeume() {
      Sozialraum neustadtBis2014 =
          sozialraum(
                  NEUSTADT_SUED,
                  1,
                  "Neustadt/Süd",
                  Sozialraumebene.STADTTEIL,
                  "2000-01-01..2014-12-31")
              .withUebergeordnet(INNENSTADT);
      Sozialraum quartier =
          sozialraum(
                  SozialraumId.of(KOELN, "101-1"),
                  1,
                  "Rathausviertel",
                  Sozialraumebene.QUARTIER,
                  "2000-01-01..")
              .withUebergeordnet(ALTSTADT_SUED);
      Kommune k =
          koeln()
              .sozialraum(innenstadt())
              .sozialraum(altstadtSued())
              .sozialraum(neustadtBis2014)
              .sozialraum(quartier)
              .build();
      assertThat(k.unterraeume(INNENSTADT, tag("2010-01-01")))
          .containsExactly(altstadtSued(), neustadtBis2014);
      assertThat(k.unterraeume(INNENSTADT, tag("2020-01-01"))).containsExactly(altstadtSued());
      assertThat(k.unterraeume(ALTSTADT_SUED, tag("2020-01-01"))).containsExactly(quartier);
      assertThat(k.unterraeume(quartier.id(), tag("2020-01-01"))).isEmpty();
    }
  }

  // ------------------------------------------------------------------ population

  @Nested
  @DisplayName("rule kommune.bevoelkerung-doppelt")
  class Einwohnerzahlen {
    private final LocalDate stichtag = tag("2023-12-31");

    @Test
    @DisplayName("accepts one figure per date and age group and sums them like a Sozialraum")
    void gut() {
      Kommune k =
          unna()
              .bevoelkerungsstand(Bevoelkerungsstand.of(stichtag, Altersspanne.of(0, 2), 1500))
              .bevoelkerungsstand(Bevoelkerungsstand.of(stichtag, Altersspanne.of(3, 5), 1600))
              .build();
      assertThat(k.einwohner(stichtag, Altersspanne.of(0, 5))).hasValue(3100);
      assertThat(k.einwohner(stichtag, Altersspanne.of(0, 6))).isEmpty();
      assertThat(k.stichtage()).containsExactly(stichtag);
    }

    @Test
    @DisplayName("rejects two figures for the same date and age group, quoting them")
    void schlecht() {
      verstoesst(
          () ->
              unna()
                  .bevoelkerungsstand(Bevoelkerungsstand.of(stichtag, Altersspanne.unter(3), 1500))
                  .bevoelkerungsstand(Bevoelkerungsstand.of(stichtag, Altersspanne.unter(3), 1501))
                  .build(),
          "kommune.bevoelkerung-doppelt",
          "Unna",
          "0-2",
          "2023-12-31");
    }
  }

  // ------------------------------------------------------------------ participations

  @Nested
  @DisplayName("rule kommune.teilnahme-ueberlappt")
  class Teilnahmen {
    private final Programmteilnahme modell =
        teilnahme(
            Programm.KEKIZ, Programmteilnahme.PHASE_MODELLKOMMUNE_2012, "2012-01-01..2016-12-31");
    private final Programmteilnahme kinderstark =
        teilnahme(
            Programm.KINDERSTARK, Programmteilnahme.PHASE_PROGRAMMKOMMUNE_2020, "2020-01-01..");

    @Test
    @DisplayName("accepts the Kreis Unna as Modellkommune 2012 and kinderstark Kommune 2020")
    void gut() {
      Kommune k = kreisUnna().teilnahme(modell).teilnahme(kinderstark).build();
      assertThat(k.teilnahmen()).containsExactly(modell, kinderstark);
    }

    @Test
    @DisplayName("accepts the same phase twice when the periods only touch")
    void angrenzend() {
      Programmteilnahme zweite =
          teilnahme(Programm.KEKIZ, Programmteilnahme.PHASE_MODELLKOMMUNE_2012, "2017-01-01..");
      assertThat(kreisUnna().teilnahme(modell).teilnahme(zweite).build().teilnahmen()).hasSize(2);
    }

    @Test
    @DisplayName("accepts overlapping participations in different phases")
    void anderePhase() {
      Programmteilnahme ausbau =
          teilnahme(Programm.KEKIZ, Programmteilnahme.PHASE_AUSBAU_2017, "2016-01-01..2018-12-31");
      assertThat(kreisUnna().teilnahme(modell).teilnahme(ausbau).build().teilnahmen()).hasSize(2);
    }

    @Test
    @DisplayName("rejects the same programme and phase twice at once, quoting both periods")
    void schlecht() {
      Programmteilnahme doppelt =
          teilnahme(
              Programm.KEKIZ, Programmteilnahme.PHASE_MODELLKOMMUNE_2012, "2016-01-01..2018-12-31");
      verstoesst(
          () -> kreisUnna().teilnahme(modell).teilnahme(doppelt).build(),
          "kommune.teilnahme-ueberlappt",
          "kekiz/modellkommune-2012",
          "2012-01-01..2016-12-31",
          "2016-01-01..2018-12-31");
    }

    @Test
    @DisplayName("compares programmes by key, so a renamed programme is the same programme")
    void nachKey() {
      Programmteilnahme umbenannt =
          teilnahme(
              Programm.of("kekiz", "Kommunale Präventionsketten NRW"),
              Programmteilnahme.PHASE_MODELLKOMMUNE_2012,
              "2016-01-01..");
      verstoesst(
          () -> kreisUnna().teilnahme(modell).teilnahme(umbenannt).build(),
          "kommune.teilnahme-ueberlappt",
          "kekiz/modellkommune-2012");
    }

    @Test
    @DisplayName("tells which participations run on a day")
    void teilnahmenAm() {
      Kommune k = kreisUnna().teilnahme(modell).teilnahme(kinderstark).build();
      assertThat(k.teilnahmenAm(tag("2012-01-01"))).containsExactly(modell);
      assertThat(k.teilnahmenAm(tag("2018-06-30"))).isEmpty();
      assertThat(k.teilnahmenAm(tag("2024-06-30"))).containsExactly(kinderstark);
      assertThat(k.nimmtTeilAm(Programm.KEKIZ, tag("2016-12-31"))).isTrue();
      assertThat(k.nimmtTeilAm(Programm.KEKIZ, tag("2017-01-01"))).isFalse();
      assertThat(k.nimmtTeilAm(Programm.KINDERSTARK, tag("2020-01-01"))).isTrue();
      assertThat(k.nimmtTeilAm(Programm.of("kinderstark", "anders"), tag("2020-01-01"))).isTrue();
      assertThat(k.nimmtTeilAm(Programm.KINDERSTARK, tag("2019-12-31"))).isFalse();
    }
  }

  // ------------------------------------------------------------------ changes

  @Nested
  @DisplayName("changes")
  class Aenderungen {
    @Test
    @DisplayName("withSozialraum adds a new version at the end")
    void sozialraumNeu() {
      Kommune k = koeln().sozialraum(innenstadt()).build();
      Kommune neu = k.withSozialraum(altstadtSued());
      assertThat(neu.sozialraeume()).containsExactly(innenstadt(), altstadtSued());
      assertThat(k.sozialraeume()).containsExactly(innenstadt());
    }

    @Test
    @DisplayName("withSozialraum replaces the version with the same ref in its place")
    void sozialraumErsetzen() {
      Kommune k =
          koeln()
              .sozialraum(innenstadt())
              .sozialraum(altstadtSued())
              .sozialraum(neustadtSued())
              .build();
      Sozialraum umbenannt =
          sozialraum(ALTSTADT_SUED, 1, "Altstadt-Süd", Sozialraumebene.STADTTEIL, "2000-01-01..")
              .withUebergeordnet(INNENSTADT);
      assertThat(k.withSozialraum(umbenannt).sozialraeume())
          .containsExactly(innenstadt(), umbenannt, neustadtSued());
    }

    @Test
    @DisplayName("withSozialraum rejects a version that breaks a rule")
    void sozialraumRegel() {
      Kommune k =
          koeln()
              .sozialraum(
                  sozialraum(
                      EHRENFELD_404,
                      1,
                      "Vogelsang",
                      Sozialraumebene.STADTTEIL,
                      "2010-01-01..2019-12-31"))
              .build();
      verstoesst(
          () ->
              k.withSozialraum(
                  sozialraum(
                      EHRENFELD_404, 2, "Vogelsang", Sozialraumebene.STADTTEIL, "2015-01-01..")),
          "kommune.sozialraum-versionen-ueberlappen",
          "05315000:404@2");
    }

    @Test
    @DisplayName(
        "withTeilnahme adds a participation, or replaces the one of the same phase " + "and start")
    void teilnahmeHinzuOderErsetzt() {
      Programmteilnahme ausbau =
          teilnahme(Programm.KEKIZ, Programmteilnahme.PHASE_AUSBAU_2017, "2017-01-01..2018-12-31");
      Kommune k = ahlen().build().withTeilnahme(ausbau);
      assertThat(k.teilnahmen()).containsExactly(ausbau);
      Programmteilnahme verlaengert =
          new Programmteilnahme(
              Programm.KEKIZ,
              Programmteilnahme.PHASE_AUSBAU_2017,
              Zeitraum.parse("2017-01-01..2019-12-31"),
              List.of(Foerderung.of(2017, Finanzierungsquelle.ESF, Geldbetrag.of("29958.39"))),
              Stellenanteil.of("0.5"));
      Kommune neu = k.withTeilnahme(verlaengert);
      assertThat(neu.teilnahmen()).containsExactly(verlaengert);
      Programmteilnahme kinderstark =
          teilnahme(
              Programm.KINDERSTARK, Programmteilnahme.PHASE_PROGRAMMKOMMUNE_2020, "2020-01-01..");
      assertThat(neu.withTeilnahme(kinderstark).teilnahmen())
          .containsExactly(verlaengert, kinderstark);
    }

    @Test
    @DisplayName("withTeilnahme rejects an overlapping participation in the same phase")
    void teilnahmeRegel() {
      Kommune k =
          ahlen()
              .teilnahme(
                  teilnahme(
                      Programm.KEKIZ,
                      Programmteilnahme.PHASE_AUSBAU_2017,
                      "2017-01-01..2018-12-31"))
              .build();
      verstoesst(
          () ->
              k.withTeilnahme(
                  teilnahme(Programm.KEKIZ, Programmteilnahme.PHASE_AUSBAU_2017, "2018-01-01..")),
          "kommune.teilnahme-ueberlappt",
          "2018-01-01..");
    }

    @Test
    @DisplayName("with-methods keep the revision; withRevision sets it")
    void revision() {
      Kommune k = koeln().revision(4).build();
      assertThat(k.withSozialraum(innenstadt()).revision()).isEqualTo(4);
      assertThat(k.withRevision(5).revision()).isEqualTo(5);
      assertThat(k.revision()).isEqualTo(4);
      assertThatThrownBy(() -> k.withRevision(-1)).isInstanceOf(IllegalArgumentException.class);
    }
  }

  // ------------------------------------------------------------------ equality

  @Nested
  @DisplayName("equality and immutability")
  class Gleichheit {
    private Kommune voll() {
      return koeln()
          .sozialraum(innenstadt())
          .sozialraum(altstadtSued())
          .teilnahme(
              teilnahme(
                  Programm.KEKIZ, Programmteilnahme.PHASE_AUSBAU_2017, "2017-01-01..2018-12-31"))
          .bevoelkerungsstand(
              Bevoelkerungsstand.of(tag("2023-12-31"), Altersspanne.unter(3), 30000))
          .revision(7)
          .build();
    }

    @Test
    @DisplayName("equals a Kommune with the same full state, e.g. after toBuilder().build()")
    void gleich() {
      Kommune k = voll();
      assertThat(k).isEqualTo(voll()).hasSameHashCodeAs(voll());
      assertThat(k.toBuilder().build()).isEqualTo(k);
    }

    @Test
    @DisplayName("differs from the same Kommune at another revision")
    void revision() {
      assertThat(voll()).isNotEqualTo(voll().withRevision(8));
      assertThat(voll().id()).isEqualTo(voll().withRevision(8).id());
    }

    @Test
    @DisplayName("differs in each part of its state")
    void teile() {
      Kommune k = voll();
      assertThat(k).isNotEqualTo(k.toBuilder().sozialraeume(List.of(innenstadt())).build());
      assertThat(k).isNotEqualTo(k.toBuilder().teilnahmen(List.of()).build());
      assertThat(k).isNotEqualTo(k.toBuilder().bevoelkerung(List.of()).build());
      assertThat(unna().build()).isNotEqualTo(unna().jugendamt(KREIS_UNNA).build());
      assertThat(aachen().build()).isNotEqualTo(aachen().kreisfrei(false).build());
      assertThat(k).isNotEqualTo(null).isNotEqualTo(k.toString());
    }

    @Test
    @DisplayName("copies its lists and does not let them change")
    void unveraenderlich() {
      List<Sozialraum> liste = new ArrayList<>(List.of(innenstadt()));
      Kommune.Builder b = koeln().sozialraeume(liste);
      liste.add(altstadtSued());
      Kommune k = b.build();
      b.sozialraum(altstadtSued());
      assertThat(k.sozialraeume()).containsExactly(innenstadt());
      List<Sozialraum> sozialraeume = k.sozialraeume();
      List<Programmteilnahme> teilnahmen = k.teilnahmen();
      assertThatThrownBy(() -> sozialraeume.add(altstadtSued()))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(teilnahmen::clear).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName(
        "a rule broken while building is a RegelverstossException, itself a KekizException")
    void ausnahme() {
      assertThatThrownBy(() -> koeln().kreisfrei(false).build())
          .isInstanceOf(RegelverstossException.class)
          .isInstanceOf(de.kekiz.domain.KekizException.class);
    }
  }
}

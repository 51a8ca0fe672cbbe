package de.kekiz.domain.kommune;

import static de.kekiz.domain.kommune.Regelpruefung.verstoesst;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.Zeitraum;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Sozialraum")
class SozialraumTest {

  private static final Gemeindeschluessel KOELN = Gemeindeschluessel.parse("05315000");
  private static final SozialraumId INNENSTADT = SozialraumId.of(KOELN, "1");
  private static final SozialraumId ALTSTADT_SUED = SozialraumId.of(KOELN, "101");
  private static final Zeitraum AB_2020 = Zeitraum.ab(LocalDate.of(2020, 1, 1));
  private static final LocalDate STICHTAG = LocalDate.of(2023, 12, 31);
  private static final String POLYGON =
      "{\"type\":\"Polygon\",\"coordinates\":[[[6.95,50.93],[6.96,50.93],[6.96,50.94],"
          + "[6.95,50.93]]]}";

  private static Sozialraum altstadtSued() {
    return Sozialraum.of(ALTSTADT_SUED, 1, "Altstadt/Süd", Sozialraumebene.STADTTEIL, AB_2020)
        .withUebergeordnet(INNENSTADT);
  }

  private static Bevoelkerungsstand stand(String alter, long anzahl) {
    return Bevoelkerungsstand.of(STICHTAG, Altersspanne.parse(alter), anzahl);
  }

  @Nested
  @DisplayName("construction")
  class Construction {
    @Test
    @DisplayName("holds one boundary version and points at it")
    void gut() {
      Sozialraum s = altstadtSued().withGeometrie(POLYGON);
      assertThat(s.ref()).isEqualTo(SozialraumRef.parse("05315000:101@1"));
      assertThat(s.kommune()).isEqualTo(KOELN);
      assertThat(s.name()).isEqualTo("Altstadt/Süd");
      assertThat(s.elternraum()).contains(INNENSTADT);
      assertThat(s.geometrie()).isEqualTo(POLYGON);
      assertThat(s.gueltigAm(LocalDate.of(2020, 1, 1))).isTrue();
      assertThat(s.gueltigAm(LocalDate.of(2019, 12, 31))).isFalse();
    }

    @Test
    @DisplayName("has no parent at the top level")
    void ohneEltern() {
      Sozialraum s =
          Sozialraum.of(INNENSTADT, 1, "Innenstadt", Sozialraumebene.STADTBEZIRK, AB_2020);
      assertThat(s.uebergeordnet()).isNull();
      assertThat(s.elternraum()).isEmpty();
    }

    @Test
    @DisplayName("rejects a Gebietsstand below 1, quoting it")
    void gebietsstand() {
      assertThatThrownBy(
              () ->
                  Sozialraum.of(
                      ALTSTADT_SUED, 0, "Altstadt/Süd", Sozialraumebene.STADTTEIL, AB_2020))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("got 0")
          .hasMessageContaining("05315000:101");
    }

    @Test
    @DisplayName("rejects a blank name, quoting it")
    void name() {
      assertThatThrownBy(
              () -> Sozialraum.of(ALTSTADT_SUED, 1, " ", Sozialraumebene.STADTTEIL, AB_2020))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("' '");
    }

    @Test
    @DisplayName("rejects a geometry that is not a JSON object, quoting its start")
    void geometrie() {
      assertThatThrownBy(() -> altstadtSued().withGeometrie("POLYGON((6.95 50.93, 6.96 50.93))"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'POLYGON((6.95 50.93, 6.96 50.93))'")
          .hasMessageContaining("'{'");
      String lang = "[" + "1,".repeat(100) + "1]";
      assertThatThrownBy(() -> altstadtSued().withGeometrie(lang))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(lang.substring(0, 40))
          .hasMessageNotContaining(lang);
    }

    @Test
    @DisplayName("copies the population figures and keeps them immutable")
    void unveraenderlich() {
      List<Bevoelkerungsstand> liste = new ArrayList<>(List.of(stand("0-2", 10)));
      Sozialraum s = altstadtSued().withBevoelkerung(liste);
      liste.add(stand("3-5", 10));
      assertThat(s.bevoelkerung()).hasSize(1);
      assertThatThrownBy(() -> s.bevoelkerung().add(stand("3-5", 10)))
          .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    @DisplayName("is equal to a version with the same state and prints without geometry")
    void gleichheit() {
      Sozialraum a = altstadtSued().withGeometrie(POLYGON).withBevoelkerungsstand(stand("0-2", 1));
      Sozialraum b = altstadtSued().withGeometrie(POLYGON).withBevoelkerungsstand(stand("0-2", 1));
      assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
      assertThat(a).isNotEqualTo(altstadtSued());
      assertThat(a.toString())
          .isEqualTo("Sozialraum 05315000:101@1 Altstadt/Süd (STADTTEIL, 2020-01-01..)")
          .doesNotContain("Polygon");
    }
  }

  @Nested
  @DisplayName("rule sozialraum.uebergeordnet-selbst")
  class NichtSelbst {
    @Test
    @DisplayName("accepts another Sozialraum as parent")
    void gut() {
      assertThat(altstadtSued().uebergeordnet()).isEqualTo(INNENSTADT);
    }

    @Test
    @DisplayName("rejects the Sozialraum itself as parent, quoting it")
    void schlecht() {
      verstoesst(
          () -> altstadtSued().withUebergeordnet(ALTSTADT_SUED),
          "sozialraum.uebergeordnet-selbst",
          "05315000:101");
    }
  }

  @Nested
  @DisplayName("rule sozialraum.uebergeordnet-andere-kommune")
  class GleicheKommune {
    @Test
    @DisplayName("accepts a parent in the same Kommune")
    void gut() {
      assertThat(altstadtSued().uebergeordnet().kommune()).isEqualTo(KOELN);
    }

    @Test
    @DisplayName("rejects a parent in Unna for a Sozialraum of Köln, quoting both")
    void schlecht() {
      verstoesst(
          () -> altstadtSued().withUebergeordnet(SozialraumId.parse("05978036:1")),
          "sozialraum.uebergeordnet-andere-kommune",
          "05978036:1",
          "05315000");
    }
  }

  @Nested
  @DisplayName("rule sozialraum.bevoelkerung-doppelt")
  class BevoelkerungEindeutig {
    @Test
    @DisplayName("accepts several age groups and several reference dates")
    void gut() {
      Sozialraum s =
          altstadtSued()
              .withBevoelkerung(
                  List.of(
                      stand("0-2", 120),
                      stand("3-5", 130),
                      Bevoelkerungsstand.of(
                          STICHTAG.minusYears(1), Altersspanne.parse("0-2"), 118)));
      assertThat(s.bevoelkerung()).hasSize(3);
    }

    @Test
    @DisplayName("rejects two figures for the same date and age group, quoting both")
    void schlecht() {
      verstoesst(
          () -> altstadtSued().withBevoelkerung(List.of(stand("0-2", 120), stand("0-2", 121))),
          "sozialraum.bevoelkerung-doppelt",
          "0-2",
          "2023-12-31",
          "05315000:101@1");
    }
  }

  @Nested
  @DisplayName("rule sozialraum.stichtag-ausserhalb-gueltigkeit")
  class StichtagInGueltigkeit {
    @Test
    @DisplayName("accepts figures on the first and the last valid day")
    void gut() {
      Sozialraum s =
          Sozialraum.of(
                  ALTSTADT_SUED,
                  1,
                  "Altstadt/Süd",
                  Sozialraumebene.STADTTEIL,
                  Zeitraum.parse("2010-01-01..2019-12-31"))
              .withBevoelkerung(
                  List.of(
                      Bevoelkerungsstand.of(LocalDate.of(2010, 1, 1), Altersspanne.unter(3), 1),
                      Bevoelkerungsstand.of(LocalDate.of(2019, 12, 31), Altersspanne.unter(3), 2)));
      assertThat(s.stichtage()).hasSize(2);
    }

    @Test
    @DisplayName("rejects a figure from before the version was valid, quoting date and validity")
    void schlecht() {
      verstoesst(
          () ->
              altstadtSued()
                  .withBevoelkerungsstand(
                      Bevoelkerungsstand.of(LocalDate.of(2019, 12, 31), Altersspanne.unter(3), 5)),
          "sozialraum.stichtag-ausserhalb-gueltigkeit",
          "2019-12-31",
          "2020-01-01..");
    }
  }

  @Nested
  @DisplayName("population")
  class Einwohner {
    private final Sozialraum s =
        altstadtSued()
            .withBevoelkerung(
                List.of(
                    stand("0-2", 120),
                    stand("3-5", 130),
                    stand("6-9", 150),
                    stand("0-5", 250),
                    stand("80-89", 40),
                    stand("90+", 7),
                    Bevoelkerungsstand.of(
                        LocalDate.of(2022, 12, 31), Altersspanne.parse("0-2"), 111)));

    @Test
    @DisplayName("returns a figure recorded for exactly the group asked")
    void genau() {
      assertThat(s.einwohner(STICHTAG, Altersspanne.unter(3))).hasValue(120);
      assertThat(s.einwohner(LocalDate.of(2022, 12, 31), Altersspanne.unter(3))).hasValue(111);
    }

    @Test
    @DisplayName("sums groups that partition the range asked")
    void summe() {
      assertThat(s.einwohner(STICHTAG, Altersspanne.of(0, 9))).hasValue(250 + 150);
      assertThat(s.einwohner(STICHTAG, Altersspanne.of(3, 9))).hasValue(130 + 150);
    }

    @Test
    @DisplayName("prefers the figure recorded for the whole range over the sum of its parts")
    void wenigsteGruppen() {
      Sozialraum abweichend =
          s.withBevoelkerung(List.of(stand("0-2", 120), stand("3-5", 130), stand("0-5", 251)));
      assertThat(abweichend.einwohner(STICHTAG, Altersspanne.of(0, 5))).hasValue(251);
    }

    @Test
    @DisplayName("sums an open-ended range from closed and open groups")
    void offen() {
      assertThat(s.einwohner(STICHTAG, Altersspanne.ab(80))).hasValue(47);
      assertThat(s.einwohner(STICHTAG, Altersspanne.ab(90))).hasValue(7);
    }

    @Test
    @DisplayName("is empty when the groups leave a gap or reach beyond the range")
    void keinePartition() {
      assertThat(s.einwohner(STICHTAG, Altersspanne.of(0, 10))).isEmpty();
      assertThat(s.einwohner(STICHTAG, Altersspanne.of(0, 1))).isEmpty();
      assertThat(s.einwohner(STICHTAG, Altersspanne.of(80, 95))).isEmpty();
      assertThat(s.einwohner(STICHTAG, Altersspanne.ab(70))).isEmpty();
    }

    @Test
    @DisplayName("is empty for a date without figures")
    void keinStichtag() {
      assertThat(s.einwohner(LocalDate.of(2021, 12, 31), Altersspanne.unter(3))).isEmpty();
      assertThat(altstadtSued().einwohner(STICHTAG, Altersspanne.unter(3))).isEmpty();
    }

    @Test
    @DisplayName("counts a group of 0 inhabitants as a known 0")
    void null_() {
      Sozialraum leer = altstadtSued().withBevoelkerungsstand(stand("0-2", 0));
      assertThat(leer.einwohner(STICHTAG, Altersspanne.unter(3))).hasValue(0);
    }

    @Test
    @DisplayName("lists its reference dates sorted and once each")
    void stichtage() {
      assertThat(s.stichtage())
          .containsExactly(LocalDate.of(2022, 12, 31), LocalDate.of(2023, 12, 31));
    }
  }
}

package de.kekiz.importe;

import static de.kekiz.importe.Testdateien.KOELN;
import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.kommune.Bevoelkerungsstand;
import de.kekiz.domain.kommune.Gemeindeverzeichnis;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.Sozialraumebene;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Gebietsstaende: a new boundary is a new Gebietsstand, never an overwrite")
class GebietsstaendeTest {

  static final Path DATEI = Path.of("stadtteile.geojson");
  static final LocalDate AB_2020 = LocalDate.of(2020, 1, 1);
  static final LocalDate AB_2024 = LocalDate.of(2024, 1, 1);
  static final String ALT =
      "{\"type\":\"Polygon\",\"coordinates\":[[[6.9,50.9],[7,50.9],[7,51],[6.9,50.9]]]}";
  static final String NEU =
      "{\"type\":\"Polygon\",\"coordinates\":[[[6.9,50.9],[7.1,50.9],[7,51],[6.9,50.9]]]}";

  private static Sozialraumangabe angabe(
      String schluessel, @Nullable String eltern, LocalDate ab, String geometrie, long zeile) {
    return new Sozialraumangabe(
        schluessel,
        "Raum " + schluessel,
        eltern == null ? Sozialraumebene.STADTBEZIRK : Sozialraumebene.STADTTEIL,
        eltern,
        ab,
        null,
        geometrie,
        zeile,
        3);
  }

  private static Kommune koeln() {
    return Gemeindeverzeichnis.nrw().kommune(KOELN).orElseThrow();
  }

  private static Sozialraum version(Kommune k, String schluessel, int stand) {
    return k.sozialraeume().stream()
        .filter(s -> s.id().code().equals(schluessel) && s.gebietsstand() == stand)
        .findFirst()
        .orElseThrow();
  }

  private static Kommune mit2020() {
    Gebietsstaende.Uebernahme u =
        Gebietsstaende.uebernimm(
            koeln(),
            DATEI,
            List.of(angabe("1", null, AB_2020, ALT, 2), angabe("101", "1", AB_2020, ALT, 4)));
    assertThat(u.fehler()).isEmpty();
    assertThat(u.neu()).isEqualTo(2);
    return u.kommune();
  }

  @Test
  @DisplayName("a changed boundary from a later day: Gebietsstand 2, the first ends the day before")
  void neuerStand() {
    Kommune k = mit2020();

    Gebietsstaende.Uebernahme u =
        Gebietsstaende.uebernimm(k, DATEI, List.of(angabe("101", "1", AB_2024, NEU, 2)));

    assertThat(u.fehler()).isEmpty();
    assertThat(u.neueGebietsstaende()).isEqualTo(1);
    assertThat(u.neu()).isZero();
    Sozialraum erster = version(u.kommune(), "101", 1);
    Sozialraum zweiter = version(u.kommune(), "101", 2);
    assertThat(erster.geometrie()).isEqualTo(ALT);
    assertThat(erster.gueltigkeit()).isEqualTo(Zeitraum.of(AB_2020, LocalDate.of(2023, 12, 31)));
    assertThat(zweiter.geometrie()).isEqualTo(NEU);
    assertThat(zweiter.gueltigkeit()).isEqualTo(Zeitraum.ab(AB_2024));
    assertThat(u.kommune().sozialraeume()).hasSize(3);
  }

  @Test
  @DisplayName("the same description again changes nothing")
  void wiederholt() {
    Kommune k = mit2020();

    Gebietsstaende.Uebernahme u =
        Gebietsstaende.uebernimm(
            k,
            DATEI,
            List.of(angabe("1", null, AB_2020, ALT, 2), angabe("101", "1", AB_2020, ALT, 4)));

    assertThat(u.fehler()).isEmpty();
    assertThat(u.geaendert()).isFalse();
    assertThat(u.unveraendert()).isEqualTo(2);
    assertThat(u.kommune()).isEqualTo(k);
  }

  @Test
  @DisplayName("another boundary on the first day of a stored version is refused, nothing taken")
  void keinUeberschreiben() {
    Kommune k = mit2020();

    Gebietsstaende.Uebernahme u =
        Gebietsstaende.uebernimm(
            k,
            DATEI,
            List.of(angabe("1", null, AB_2024, NEU, 2), angabe("101", "1", AB_2020, NEU, 4)));

    assertThat(u.kommune()).isEqualTo(k);
    assertThat(u.neueGebietsstaende()).isZero();
    assertThat(u.fehler()).hasSize(1);
    assertThat(u.fehler().get(0).toString())
        .isEqualTo(
            "stadtteile.geojson, Zeile 4, Spalte 3, Wert '101': Gebietsstand 1 von '101' gilt"
                + " schon ab 01.01.2020, mit anderen Grenzen, anderem Namen, anderer Ebene oder"
                + " anderem übergeordneten Sozialraum; ein Gebietsstand wird nicht überschrieben:"
                + " eine neue Grenze braucht einen neuen ersten Gültigkeitstag");
  }

  @Test
  @DisplayName("a version before the newest, or one that would cut off population figures: refused")
  void geschichteBleibt() {
    Kommune k = mit2020();
    Sozialraum s = version(k, "101", 1);
    Kommune mitZahlen =
        k.withSozialraum(
            s.withBevoelkerungsstand(
                new Bevoelkerungsstand(LocalDate.of(2024, 12, 31), Altersspanne.ab(0), 12_000)));
    Gebietsstaende.Uebernahme spaeter =
        Gebietsstaende.uebernimm(k, DATEI, List.of(angabe("101", "1", AB_2024, NEU, 2)));

    Gebietsstaende.Uebernahme frueher =
        Gebietsstaende.uebernimm(
            spaeter.kommune(),
            DATEI,
            List.of(angabe("101", "1", LocalDate.of(2022, 1, 1), ALT, 7)));
    Gebietsstaende.Uebernahme abgeschnitten =
        Gebietsstaende.uebernimm(mitZahlen, DATEI, List.of(angabe("101", "1", AB_2024, NEU, 2)));
    Gebietsstaende.Uebernahme ohneEltern =
        Gebietsstaende.uebernimm(k, DATEI, List.of(angabe("201", "2", AB_2020, NEU, 9)));

    assertThat(frueher.fehler())
        .extracting(Importfehler::grund)
        .containsExactly(
            "der Gebietsstand ab 01.01.2022 liegt vor dem neuesten gespeicherten Gebietsstand 2"
                + " von '101' (ab 01.01.2024); frühere Gebietsstände lassen sich nicht"
                + " nachtragen");
    assertThat(abgeschnitten.fehler())
        .extracting(Importfehler::grund)
        .containsExactly(
            "Gebietsstand 1 von '101' hat Bevölkerungszahlen zum 31.12.2024; er kann nicht am"
                + " 31.12.2023 enden");
    assertThat(abgeschnitten.kommune()).isEqualTo(mitZahlen);
    assertThat(ohneEltern.fehler())
        .extracting(Importfehler::grund)
        .containsExactly("der übergeordnete Sozialraum '2' steht weder in der Datei noch bei Köln");
  }

  @Test
  @DisplayName(
      "the same boundaries after the newest version has ended: a new Gebietsstand, as an export"
          + " of two versions without geometry change gives them")
  void gleicheGrenzenNachDemEnde() {
    Sozialraumangabe bis2023 =
        new Sozialraumangabe(
            "1",
            "Raum 1",
            Sozialraumebene.STADTBEZIRK,
            null,
            AB_2020,
            AB_2024.minusDays(1),
            null,
            2,
            3);
    Sozialraumangabe ab2024 =
        new Sozialraumangabe(
            "1", "Raum 1", Sozialraumebene.STADTBEZIRK, null, AB_2024, null, null, 9, 3);

    Gebietsstaende.Uebernahme u =
        Gebietsstaende.uebernimm(koeln(), DATEI, List.of(bis2023, ab2024));
    Gebietsstaende.Uebernahme nochmal =
        Gebietsstaende.uebernimm(u.kommune(), DATEI, List.of(bis2023, ab2024));

    assertThat(u.fehler()).isEmpty();
    assertThat(u.neu()).isEqualTo(1);
    assertThat(u.neueGebietsstaende()).isEqualTo(1);
    assertThat(version(u.kommune(), "1", 1).gueltigkeit().bis())
        .isEqualTo(LocalDate.of(2023, 12, 31));
    assertThat(version(u.kommune(), "1", 2).gueltigkeit().von()).isEqualTo(AB_2024);
    assertThat(nochmal.unveraendert()).isEqualTo(2);
    assertThat(nochmal.kommune().sozialraeume()).isEqualTo(u.kommune().sozialraeume());
  }
}

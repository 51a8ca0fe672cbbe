package de.kekiz.importe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps FORMAT.md true: its example files must import without errors. */
@DisplayName("FORMAT.md")
class FormatBeschreibungTest {

  @TempDir Path ordner;

  private static String text() throws IOException {
    String text;
    try (InputStream in =
        FormatBeschreibungTest.class.getResourceAsStream("/de/kekiz/importe/FORMAT.md")) {
      assertThat(in).as("FORMAT.md is on the class path").isNotNull();
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    return text;
  }

  private static List<String> beispiele() throws IOException {
    return bloecke("indikator;version;raum;", "raum;");
  }

  /** The code blocks of FORMAT.md that start with one of {@code anfaenge}. */
  private static List<String> bloecke(String... anfaenge) throws IOException {
    List<String> bloecke = new ArrayList<>();
    String[] teile = text().split("```");
    for (int i = 1; i < teile.length; i += 2) {
      String block = teile[i].strip();
      for (String anfang : anfaenge) {
        if (block.startsWith(anfang)) {
          bloecke.add(block);
        }
      }
    }
    return bloecke;
  }

  @Test
  @DisplayName("its two example files import without errors in the layouts they show")
  void beispieleSindGueltig() throws IOException {
    List<String> bloecke = beispiele();
    assertThat(bloecke).hasSize(2);
    List<KekizLayout> layouts = new ArrayList<>();
    for (int i = 0; i < bloecke.size(); i++) {
      Path p = ordner.resolve("beispiel" + i + ".csv");
      Files.writeString(p, bloecke.get(i) + "\n", StandardCharsets.UTF_8);
      Importergebnis e = new KekizCsvLeser().lese(p, Importoptionen.standard());
      assertThat(e.fehler()).as(bloecke.get(i)).isEmpty();
      assertThat(e.anzahl()).isEqualTo(bloecke.get(i).split("\n").length - 1);
      layouts.add(new KekizCsvLeser().layout(p));
    }
    assertThat(layouts).containsExactly(KekizLayout.MESSWERTE, KekizLayout.BEVOELKERUNG);
  }

  @Test
  @DisplayName("its mapping example for a wide table of areas reads without errors")
  void tabellenzuordnungBeispiel() throws IOException {
    List<String> bloecke = bloecke("art;quelle;ziel;nenner;zeit");
    assertThat(bloecke).hasSize(1);
    Path p = ordner.resolve("zuordnung.csv");
    Files.writeString(p, bloecke.get(0) + "\n", StandardCharsets.UTF_8);
    Tabellenzuordnung z = Tabellenzuordnung.lies(p);
    assertThat(z.gebietsspalte()).isEqualTo("Stadtgebiet");
    assertThat(z.gebiete()).hasSize(4);
    assertThat(z.spalten()).hasSize(3);
  }

  @Test
  @DisplayName("its GeoJSON example reads into one Sozialraum without errors")
  void geojsonBeispiel() throws IOException {
    List<String> bloecke = bloecke("{\"type\": \"FeatureCollection\"");
    assertThat(bloecke).hasSize(1);
    Path p = ordner.resolve("sozialraeume.geojson");
    Files.writeString(p, bloecke.get(0), StandardCharsets.UTF_8);

    Leseergebnis<Sozialraumangabe> e =
        new SozialraumGeojsonLeser().lese(p, Testdateien.KOELN, Geojsonfelder.standard());

    assertThat(e.fehler()).isEmpty();
    assertThat(e.objekte()).extracting(Sozialraumangabe::name).containsExactly("Ehrenfeld");
  }

  @Test
  @DisplayName("its indicator definition example reads into one definition without errors")
  void indikatorBeispiel() throws IOException {
    List<String> bloecke = bloecke("indikator;version;name;");
    assertThat(bloecke).hasSize(1);
    Path p = ordner.resolve("indikatoren.csv");
    Files.writeString(p, bloecke.get(0) + "\n", StandardCharsets.UTF_8);

    Leseergebnis<Indikatorangabe> e = new IndikatorCsvLeser().lese(p);

    assertThat(e.fehler()).isEmpty();
    assertThat(e.objekte())
        .extracting(a -> a.indikator().name())
        .containsExactly("Unter 15-Jährige in Mindestsicherung");
  }
}

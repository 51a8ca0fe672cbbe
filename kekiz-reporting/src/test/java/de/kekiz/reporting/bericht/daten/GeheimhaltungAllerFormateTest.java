package de.kekiz.reporting.bericht.daten;

import static de.kekiz.reporting.Dateiinhalt.lesbar;
import static de.kekiz.reporting.Dateiinhalt.zahlen;
import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.reporting.bericht.BerichtFixtures;
import de.kekiz.reporting.bericht.BerichtWriter;
import de.kekiz.reporting.bericht.Monitoringbericht;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes every format of the report with two suppressed values and searches every file for their
 * numbers; the same search over the report with the values published finds them in every file that
 * shows values, so the search can fail.
 */
@DisplayName("No format shows a suppressed number")
class GeheimhaltungAllerFormateTest {

  /** The suppressed numbers as any data file may spell them (point or comma, any precision). */
  static final List<String> GESPERRT_IN_DATEN =
      List.of(
          "7777", "8111", "6666", "9999", "95,88", "95.88", "66,66", "66.66", "66,67", "66.67",
          "95,9", "95.9");

  @Test
  @DisplayName("in any of the seven files")
  void keineDatei(@TempDir Path tmp) throws IOException {
    List<Path> dateien = BerichtWriter.standard().schreibe(BerichtFixtures.ahlen(), tmp);
    assertThat(dateien).hasSize(10);
    for (Path p : dateien) {
      String name = p.getFileName().toString();
      List<String> verboten =
          name.equals("bericht.html") ? BerichtFixtures.GESPERRTE_ZAHLEN : GESPERRT_IN_DATEN;
      String inhalt = lesbar(p);
      for (String z : verboten) {
        assertThat(inhalt).as(name + " enthält " + z).doesNotContain(z);
      }
      if (name.endsWith(".xlsx")) {
        assertThat(zahlen(p)).as(name).noneMatch(GeheimhaltungAllerFormateTest::gesperrt);
      }
    }
  }

  @Test
  @DisplayName("while the published values are found in every file that shows values")
  void kontrolle(@TempDir Path tmp) throws IOException {
    Monitoringbericht offen = BerichtFixtures.ahlenOhneSperre();
    for (Path p : BerichtWriter.standard().schreibe(offen, tmp)) {
      String name = p.getFileName().toString();
      if (name.equals("angebote.hsds.json")
          || name.equals("reifegrad.csv")
          || name.equals("zielbeitraege.csv")
          || name.equals("wirkung.csv")) {
        continue; // hold no single indicator values (wirkung.csv: group sums only)
      }
      if (name.endsWith(".xlsx")) {
        assertThat(zahlen(p)).as(name).anyMatch(GeheimhaltungAllerFormateTest::gesperrt);
      } else {
        String inhalt = lesbar(p);
        assertThat(GESPERRT_IN_DATEN.stream().anyMatch(inhalt::contains) || inhalt.contains("95,9"))
            .as(name)
            .isTrue();
      }
    }
  }

  private static boolean gesperrt(BigDecimal z) {
    for (String g : List.of("7777", "8111", "6666", "9999")) {
      if (z.compareTo(new BigDecimal(g)) == 0) {
        return true;
      }
    }
    double d = z.doubleValue();
    return Math.abs(d - 95.88) < 0.01 || Math.abs(d - 66.67) < 0.01;
  }
}

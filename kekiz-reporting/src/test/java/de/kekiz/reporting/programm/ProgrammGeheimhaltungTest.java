package de.kekiz.reporting.programm;

import static de.kekiz.reporting.Dateiinhalt.lesbar;
import static de.kekiz.reporting.Dateiinhalt.zahlen;
import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.monitoring.veroeffentlichung.Schutzverfahren;
import de.kekiz.monitoring.veroeffentlichung.Veroeffentlichungsauftrag;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Like {@code GeheimhaltungAllerFormateTest} for the monitoring report: writes every file of the
 * programme report and searches each for a suppressed share. The seeds' programme with 42 children
 * in Ahlen and 45 in Gelsenkirchen: the model phase reaches 45 of 87 children, 51.72 %, a share
 * whose denominator is below 100 and is suppressed. The same search over the internal report, which
 * publishes it, finds it in every file that shows shares, so the search can fail.
 */
@DisplayName("No file of the programme report shows a suppressed share")
class ProgrammGeheimhaltungTest {

  private static final LocalDate TAG = LocalDate.of(2024, 12, 31);

  /**
   * The share 45 / 87 = 51.724… % (or 0.517… as a fraction) as any file may spell it; nothing is
   * asked of the characters before it, as the text of an HTML table runs its cells together.
   */
  private static final Pattern ANTEIL = Pattern.compile("51[.,]7|0[.,]517");

  /** The files that show the shares of the reach (the funding and maturity files hold none). */
  private static final List<String> MIT_ANTEILEN =
      List.of(
          "programmbericht.html",
          "programmbericht.pdf",
          "programmbericht.json",
          "programmbericht.xlsx",
          "programm-reichweite.csv");

  private static List<Path> schreibe(Schutzverfahren verfahren, Path ordner) throws IOException {
    return new ProgrammberichtWriter()
        .schreibe(
            ProgrammberichtWriterTest.bericht(
                Veroeffentlichungsauftrag.am(TAG).withVerfahren(verfahren), 42, 45),
            LocalDate.of(2025, 1, 15),
            ordner);
  }

  @Test
  @DisplayName("in any of the seven files")
  void keineDatei(@TempDir Path tmp) throws IOException {
    List<Path> dateien = schreibe(Schutzverfahren.SPERRUNG, tmp);
    assertThat(dateien).hasSize(7);
    for (Path p : dateien) {
      String name = p.getFileName().toString();
      assertThat(ANTEIL.matcher(lesbar(p)).find())
          .as(name + " zeigt den gesperrten Anteil")
          .isFalse();
      if (name.endsWith(".xlsx")) {
        assertThat(zahlen(p)).as(name).noneMatch(ProgrammGeheimhaltungTest::gesperrt);
      }
    }
  }

  @Test
  @DisplayName("while the internal report shows it in every file that shows shares")
  void kontrolle(@TempDir Path tmp) throws IOException {
    List<String> geprueft = new ArrayList<>();
    for (Path p : schreibe(Schutzverfahren.INTERN, tmp)) {
      String name = p.getFileName().toString();
      if (!MIT_ANTEILEN.contains(name)) {
        continue;
      }
      if (name.endsWith(".xlsx")) {
        assertThat(zahlen(p)).as(name).anyMatch(ProgrammGeheimhaltungTest::gesperrt);
      } else {
        assertThat(ANTEIL.matcher(lesbar(p)).find()).as(name).isTrue();
      }
      geprueft.add(name);
    }
    assertThat(geprueft).containsExactlyInAnyOrderElementsOf(MIT_ANTEILEN);
  }

  /** The suppressed share as a number: 51.72… (percent) or 0.5172… (a fraction). */
  private static boolean gesperrt(BigDecimal z) {
    double d = z.doubleValue();
    return Math.abs(d - 51.724) < 0.01 || Math.abs(d - 0.51724) < 0.0001;
  }
}

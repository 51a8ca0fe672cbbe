package de.kekiz.examples.angriff;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.examples.Hauptprogramm;
import de.kekiz.fixtures.KekizFixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance test of the protection: the attacker takes all files of one {@code demo} run
 * together and must find nothing.
 */
@DisplayName("The attacker on all files of one demo run")
class DemoAngriffTest {

  /** The files of each folder the attacker reads (HTML and PDF show the model of the JSON). */
  static final Set<String> GELESEN =
      Set.of(
          SdmxCsvLeser.DATEINAME,
          MesswerteCsvLeser.DATEINAME,
          BerichtJsonLeser.DATEINAME,
          BerichtXlsxLeser.DATEINAME);

  /** How many findings each failure message shows in full. */
  static final int IN_VOLLER_LAENGE = 20;

  @TempDir static Path ordner;

  static Angriff angriff;

  /** How long the attack took, on the clock and in CPU time of the test's thread. */
  static String dauer;

  @BeforeAll
  static void demoUndAngriff() throws IOException {
    Path aus = ordner.resolve("bericht");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        Hauptprogramm.ausfuehren(
            new String[] {
              "demo", "--daten", ordner.resolve("daten").toString(), "--ausgabe", aus.toString()
            },
            new PrintWriter(out),
            new PrintWriter(err));
    assertThat(status).as("demo: %s%n%s", out, err).isZero();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long uhr = System.nanoTime();
    long cpu = threads.getCurrentThreadCpuTime();
    angriff = Angriff.auf(aus);
    dauer =
        (System.nanoTime() - uhr) / 1_000_000
            + " ms, "
            + (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000
            + " ms CPU";
  }

  @Test
  @DisplayName("reads every folder with its SDMX-CSV, CSV, JSON and XLSX")
  void alleDateien() {
    List<Veroeffentlichung.Ordner> gelesen = angriff.veroeffentlichung().ordner();
    assertThat(gelesen).hasSize(KekizFixtures.alle().size());
    assertThat(gelesen).allSatisfy(o -> assertThat(o.dateien()).as(o.name()).containsAll(GELESEN));
    assertThat(angriff.bestand().zellen()).hasSizeGreaterThan(20_000);
    assertThat(angriff.beziehungen()).hasSizeGreaterThan(1_000);
  }

  @Test
  @DisplayName(
      "recovers no suppressed figure, narrows none beyond the rule, and finds no contradiction")
  void keinBefund() {
    assertThat(angriff.angriff().befunde())
        .withFailMessage(
            "Der Angriff auf alle Dateien des demo-Laufs (%s; %s) findet:%n%s",
            angriff.umfang(), dauer, angriff.angriff().text(IN_VOLLER_LAENGE))
        .isEmpty();
  }

  @Test
  @DisplayName(
      "no format shows a figure of a cell the SDMX-CSV suppresses, or one computed from it")
  void keinFormatZeigtGesperrtes() {
    assertThat(angriff.formate().befunde())
        .withFailMessage(
            "Andere Dateien als messwerte.sdmx.csv zeigen Gesperrtes:%n%s",
            angriff.formate().text(IN_VOLLER_LAENGE))
        .isEmpty();
  }
}

package de.kekiz.reporting.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.kekiz.reporting.Demoberichte;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * bericht.html of the demo's Köln, Ahlen and Kreis Unna in a real browser: Debian's Chromium driven
 * by playwright-core and checked by axe-core ({@code src/test/browser/pruefe.mjs}).
 *
 * <p>Needs {@code node}, {@code /usr/bin/chromium} (or {@code KEKIZ_CHROMIUM}) and {@code npm ci}
 * in {@code src/test/browser}. Where one is missing the test is skipped with a message, unless the
 * environment variable {@code KEKIZ_BROWSERTEST=pflicht} is set (CI sets it): then it fails.
 */
@DisplayName(
    "bericht.html in Chromium: axe-core WCAG 2.1 A/AA, 1,280 px, the atlas, no network request")
class BrowserTest {

  static final List<String> NAMEN = Demoberichte.NAMEN;
  private static final Path ORDNER = Path.of("src", "test", "browser");
  private static final Map<String, JsonNode> ERGEBNISSE = new HashMap<>();

  @BeforeAll
  static void pruefe() throws IOException, InterruptedException {
    String fehlt = fehlt();
    if (fehlt != null) {
      if ("pflicht".equals(System.getenv("KEKIZ_BROWSERTEST"))) {
        fail("KEKIZ_BROWSERTEST=pflicht, but " + fehlt);
      }
      Assumptions.abort(fehlt + " (see README, Reports: set up the browser check)");
    }
    List<String> befehl = new ArrayList<>(List.of("node", "pruefe.mjs"));
    for (String n : NAMEN) {
      befehl.add(Demoberichte.ordner(n).resolve("bericht.html").toString());
    }
    Path ausgabe = Files.createTempFile("kekiz-browser", ".json");
    Process p =
        new ProcessBuilder(befehl)
            .directory(ORDNER.toFile())
            .redirectErrorStream(false)
            .redirectOutput(ausgabe.toFile())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      fail("the browser check did not end within 10 minutes");
    }
    assertThat(p.exitValue()).as("exit code of node pruefe.mjs").isZero();
    ObjectMapper json = new ObjectMapper();
    List<String> zeilen = Files.readAllLines(ausgabe, StandardCharsets.UTF_8);
    Files.delete(ausgabe);
    assertThat(zeilen).hasSize(NAMEN.size());
    for (int i = 0; i < NAMEN.size(); i++) {
      ERGEBNISSE.put(NAMEN.get(i), json.readTree(zeilen.get(i)));
    }
  }

  private static String fehlt() throws InterruptedException {
    Path chromium = Path.of(System.getenv().getOrDefault("KEKIZ_CHROMIUM", "/usr/bin/chromium"));
    if (!Files.isExecutable(chromium)) {
      return "Chromium is missing at " + chromium;
    }
    if (!Files.isDirectory(ORDNER.resolve("node_modules/playwright-core"))
        || !Files.isDirectory(ORDNER.resolve("node_modules/axe-core"))) {
      return "playwright-core and axe-core are missing: run 'npm ci' in " + ORDNER;
    }
    try {
      if (new ProcessBuilder("node", "--version").start().waitFor() != 0) {
        return "node does not run";
      }
    } catch (IOException e) {
      return "node is missing";
    }
    return null;
  }

  @ParameterizedTest(name = "{0}")
  @FieldSource("NAMEN")
  @DisplayName("has no WCAG 2.1 A or AA violation by axe-core")
  void axe(String name) {
    assertThat(ERGEBNISSE.get(name).get("axe")).as("axe-core violations").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @FieldSource("NAMEN")
  @DisplayName("makes no network request and logs nothing to the console")
  void keineAnfrage(String name) {
    assertThat(ERGEBNISSE.get(name).get("anfragen")).isEmpty();
    assertThat(ERGEBNISSE.get(name).get("meldungen")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @FieldSource("NAMEN")
  @DisplayName("fits a 1,280 px window: no horizontal scrolling, no table wider than the window")
  void breite(String name) {
    JsonNode u = ERGEBNISSE.get(name).get("ueberlauf");
    assertThat(u.get("seite").asInt()).isLessThanOrEqualTo(u.get("fenster").asInt());
    assertThat(u.get("zuBreit")).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @FieldSource("NAMEN")
  @DisplayName("atlas: switching indicator and period changes map, bars and table")
  void atlas(String name) {
    JsonNode e = ERGEBNISSE.get(name);
    JsonNode vorher = e.get("vorher");
    JsonNode indikator = e.get("nachIndikator");
    JsonNode periode = e.get("nachPeriode");
    assertThat(vorher.get("sichtbar").asBoolean()).isTrue();
    for (String teil : List.of("titel", "balken", "tabelle", "legende")) {
      assertThat(indikator.get(teil).asText())
          .as(teil + " after choosing another indicator")
          .isNotEqualTo(vorher.get(teil).asText());
      assertThat(periode.get(teil).asText())
          .as(teil + " after choosing another period")
          .isNotEqualTo(indikator.get(teil).asText());
    }
    if (name.equals("koeln")) { // the fixtures have boundaries for Köln only
      assertThat(vorher.get("karte").asText()).contains("#");
      assertThat(indikator.get("karte").asText()).isNotEqualTo(vorher.get("karte").asText());
      assertThat(periode.get("karte").asText()).isNotEqualTo(indikator.get("karte").asText());
      assertThat(e.get("fokus").asText())
          .as("keyboard focus on the first area")
          .matches("\\d+\\|.+: .+ \\(.+\\); .*Rang.*");
    }
  }

  @ParameterizedTest(name = "{0}")
  @FieldSource("NAMEN")
  @DisplayName("without JavaScript the atlas stays hidden and every other table is shown")
  void ohneJavaScript(String name) {
    JsonNode o = ERGEBNISSE.get(name).get("ohneJavaScript");
    assertThat(o.get("atlasSichtbar").asBoolean()).isFalse();
    assertThat(o.get("sichtbareTabellen").asInt()).isEqualTo(o.get("tabellen").asInt() - 1);
    assertThat(o.get("text").asInt()).isGreaterThan(20_000);
  }
}

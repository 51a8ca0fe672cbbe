package de.kekiz.reporting.bericht;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.fixtures.Beispielkommune;
import de.kekiz.fixtures.KekizFixtures;
import de.kekiz.monitoring.geheimhaltung.Geheimhaltungsregeln;
import de.kekiz.monitoring.veroeffentlichung.Berichtsdaten;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Reports of the example Kommunen of the core fixtures")
class BeispielkommunenTest {

  static Stream<Beispielkommune> kommunen() {
    // a Kreis whose Sozialräume are its Gemeinden, Aachen inside the StädteRegion, a small chain
    // for ages 0 to 9, a two-level hierarchy, a boundary change
    return Stream.of(
        KekizFixtures.kreisUnna(),
        KekizFixtures.aachen(),
        KekizFixtures.boenen(),
        KekizFixtures.gelsenkirchen(),
        KekizFixtures.ahlen());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kommunen")
  @DisplayName("are written in all seven formats, with the small numbers suppressed")
  void alleFormate(Beispielkommune k, @TempDir Path tmp) throws IOException {
    Geheimhaltungsregeln regeln = Geheimhaltungsregeln.standard();
    Monitoringbericht b =
        Monitoringbericht.builder(Berichtsdaten.teil(k, LocalDate.of(2025, 6, 30)))
            .datenschutzhinweis(Monitoringbericht.datenschutzhinweis(regeln))
            .build();
    assertThat(b.auswertungen()).isNotEmpty().allSatisfy(a -> assertThat(a.gebiete()).isNotEmpty());
    assertThat(b.ziele()).isNotEmpty();
    assertThat(b.luecken()).isPresent();
    List<Path> dateien = BerichtWriter.standard().schreibe(b, tmp);
    assertThat(dateien).hasSize(10);
    for (Path p : dateien) {
      // zielbeitraege.csv holds only its header where the chain records no Zielbeitrag
      assertThat(Files.size(p))
          .as(p.getFileName().toString())
          .isGreaterThan(p.getFileName().toString().equals("zielbeitraege.csv") ? 80 : 100);
    }
    String html = Files.readString(tmp.resolve("bericht.html"));
    assertThat(html).contains(k.kommune().name());
  }
}

package de.kekiz.reporting.bericht;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The BerichtWriter")
class BerichtWriterTest {

  /** A format for tests: writes a text, or fails after writing part of it. */
  private record Probe(String dateiname, boolean scheitert) implements Berichtsformat {
    @Override
    public void schreibe(Monitoringbericht bericht, Berichtsoptionen optionen, OutputStream out)
        throws IOException {
      out.write(("Bericht " + bericht.titel()).getBytes(StandardCharsets.UTF_8));
      if (scheitert) {
        throw new IOException("kaputt");
      }
    }
  }

  @Test
  @DisplayName("finds every format of the issue, with the file names tools look for")
  void standard() {
    assertThat(BerichtWriter.standard().formate())
        .extracting(Berichtsformat::dateiname)
        .containsExactly(
            "angebote.hsds.json",
            "bericht.html",
            "bericht.json",
            "bericht.pdf",
            "bericht.xlsx",
            "messwerte.csv",
            "messwerte.sdmx.csv",
            "reifegrad.csv",
            "wirkung.csv",
            "zielbeitraege.csv");
    assertThat(BerichtWriter.standard().optionen()).isEqualTo(Berichtsoptionen.STANDARD);
  }

  @Test
  @DisplayName("writes every format into one folder, creating it, and leaves no temporary file")
  void schreibt(@TempDir Path tmp) throws IOException {
    Path ordner = tmp.resolve("aus/gabe");
    List<Path> dateien = BerichtWriter.standard().schreibe(BerichtFixtures.ahlen(), ordner);
    assertThat(dateien).hasSize(10).allSatisfy(p -> assertThat(p.getParent()).isEqualTo(ordner));
    try (Stream<Path> s = Files.list(ordner)) {
      assertThat(s.map(p -> p.getFileName().toString()).sorted())
          .containsExactly(
              "angebote.hsds.json",
              "bericht.html",
              "bericht.json",
              "bericht.pdf",
              "bericht.xlsx",
              "messwerte.csv",
              "messwerte.sdmx.csv",
              "reifegrad.csv",
              "wirkung.csv",
              "zielbeitraege.csv");
    }
    for (Path p : dateien) {
      // zielbeitraege.csv holds only its header where the chain records no Zielbeitrag
      assertThat(Files.size(p))
          .as(p.toString())
          .isGreaterThan(p.getFileName().toString().equals("zielbeitraege.csv") ? 80 : 100);
    }
  }

  @Test
  @DisplayName("replaces files of an earlier run")
  void ersetzt(@TempDir Path tmp) throws IOException {
    Files.writeString(tmp.resolve("a.txt"), "alt");
    BerichtWriter.of(List.of(new Probe("a.txt", false))).schreibe(BerichtFixtures.ahlen(), tmp);
    assertThat(Files.readString(tmp.resolve("a.txt"))).isEqualTo("Bericht Monitoringbericht Ahlen");
  }

  @Test
  @DisplayName("leaves no half-written file under the final name when a format fails")
  void scheitert(@TempDir Path tmp) throws IOException {
    BerichtWriter w =
        BerichtWriter.of(List.of(new Probe("a.txt", false), new Probe("b.txt", true)));
    assertThatThrownBy(() -> w.schreibe(BerichtFixtures.ahlen(), tmp))
        .isInstanceOf(IOException.class)
        .hasMessage("kaputt");
    try (Stream<Path> s = Files.list(tmp)) {
      assertThat(s.map(p -> p.getFileName().toString())).containsExactly("a.txt");
    }
  }

  @Test
  @DisplayName(
      "rejects two formats with the same file name and names that are not plain file names")
  void namen() {
    assertThatThrownBy(
            () -> BerichtWriter.of(List.of(new Probe("a.txt", false), new Probe("a.txt", false))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'a.txt'");
    for (String name : List.of("../a.txt", "a/b.txt", ".versteckt", " ")) {
      assertThatThrownBy(() -> BerichtWriter.of(List.of(new Probe(name, false))))
          .as(name)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(name);
    }
  }

  @Test
  @DisplayName("passes its options to every format")
  void optionen(@TempDir Path tmp) throws IOException {
    BerichtWriter w =
        BerichtWriter.of(List.of(new de.kekiz.reporting.html.HtmlBerichtWriter()))
            .withOptionen(Berichtsoptionen.STANDARD.withGesperrt("[gesperrt]"));
    w.schreibe(BerichtFixtures.ahlen(), tmp);
    assertThat(Files.readString(tmp.resolve("bericht.html"))).contains(">[gesperrt]</abbr>");
  }
}

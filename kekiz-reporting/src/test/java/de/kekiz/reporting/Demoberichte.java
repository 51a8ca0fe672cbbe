package de.kekiz.reporting;

import de.kekiz.fixtures.Beispielkommune;
import de.kekiz.fixtures.KekizFixtures;
import de.kekiz.monitoring.veroeffentlichung.Berichtsdaten;
import de.kekiz.monitoring.veroeffentlichung.Veroeffentlichungsauftrag;
import de.kekiz.reporting.bericht.BerichtWriter;
import de.kekiz.reporting.bericht.Monitoringbericht;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The three reports the real readers check (veraPDF, axe-core, the atlas's browser test, the page
 * box of every PDF page): Köln (86 Stadtteile), Ahlen (a small Kommune with a boundary change) and
 * Kreis Unna (a Kreis whose areas are its Gemeinden), each published on its own at {@link
 * #STICHTAG} as the demo does, written once per test run into {@code target/demo-berichte/NAME/}.
 */
public final class Demoberichte {

  /** The reference date of the demo. */
  public static final LocalDate STICHTAG = LocalDate.of(2024, 12, 31);

  /** The names of the reports, also their folder names. */
  public static final List<String> NAMEN = List.of("koeln", "ahlen", "kreis-unna");

  private static final Map<String, Path> GESCHRIEBEN = new HashMap<>();

  private Demoberichte() {}

  /** The report {@code name} ({@link #NAMEN}). */
  public static Monitoringbericht bericht(String name) {
    Supplier<Beispielkommune> k =
        switch (name) {
          case "koeln" -> KekizFixtures::koeln;
          case "ahlen" -> KekizFixtures::ahlen;
          case "kreis-unna" -> KekizFixtures::kreisUnna;
          default -> throw new IllegalArgumentException("unknown demo report '" + name + "'");
        };
    Veroeffentlichungsauftrag auftrag = Veroeffentlichungsauftrag.am(STICHTAG);
    Beispielkommune b = k.get();
    return Monitoringbericht.builder(
            Berichtsdaten.teil(
                b.kommune(), b.leitbild(), b.kette(), b.indikatoren(), b.messwerte(), auftrag))
        .erstelltAm(STICHTAG)
        .datenschutzhinweis(Monitoringbericht.datenschutzhinweis(auftrag))
        .build();
  }

  /** The folder with every format of report {@code name}, written on first use. */
  public static synchronized Path ordner(String name) {
    return GESCHRIEBEN.computeIfAbsent(
        name,
        n -> {
          Path ordner = Path.of("target", "demo-berichte", n).toAbsolutePath();
          try {
            BerichtWriter.standard().schreibe(bericht(n), ordner);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          return ordner;
        });
  }

  /** Writes the three reports into {@code target/demo-berichte/} (for scripts and screenshots). */
  public static void main(String[] args) {
    for (String n : NAMEN) {
      System.out.println(ordner(n));
    }
  }
}

package de.kekiz.reporting;

import de.kekiz.reporting.bericht.BerichtFixtures;
import de.kekiz.reporting.bericht.BerichtWriter;
import de.kekiz.reporting.bericht.KoelnFixtures;
import de.kekiz.reporting.bericht.Monitoringbericht;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the example reports in every format, for the checks with real readers ({@code
 * src/test/scripts/leser-pruefen.sh}): {@code koeln} (86 Stadtteile, 50 indicators, 10 years),
 * {@code ahlen} (small, two suppressed values) and {@code boese} (markup and ampersands in names).
 *
 * <p>Arguments: pairs of fixture name and output folder, e.g. {@code koeln target/leser/koeln}.
 */
public final class BerichtSchreiben {

  private BerichtSchreiben() {}

  /** Writes the reports named in {@code args}. */
  public static void main(String[] args) throws IOException {
    if (args.length == 0 || args.length % 2 != 0) {
      throw new IllegalArgumentException("usage: (koeln|ahlen|boese) <folder> ...");
    }
    for (int i = 0; i < args.length; i += 2) {
      Monitoringbericht b =
          switch (args[i]) {
            case "koeln" -> KoelnFixtures.koeln();
            case "ahlen" -> BerichtFixtures.ahlen();
            case "boese" -> BerichtFixtures.mitBoesenNamen();
            default -> throw new IllegalArgumentException("unknown report '" + args[i] + "'");
          };
      for (Path p : BerichtWriter.standard().schreibe(b, Path.of(args[i + 1]))) {
        System.out.println(p);
      }
    }
  }
}

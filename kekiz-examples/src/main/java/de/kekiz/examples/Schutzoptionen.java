package de.kekiz.examples;

import de.kekiz.monitoring.geheimhaltung.CellKeyVerfahren;
import de.kekiz.monitoring.geheimhaltung.Ueberlagerungsparameter;
import de.kekiz.monitoring.veroeffentlichung.Schutzverfahren;
import de.kekiz.monitoring.veroeffentlichung.Veroeffentlichungsauftrag;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * How the reports of a run protect small numbers (a picocli mixin of {@code demo} and {@code
 * report}): the procedure, and its options.
 */
final class Schutzoptionen {

  @Option(
      names = "--schutz",
      paramLabel = "VERFAHREN",
      description =
          "Schutz kleiner Fallzahlen: sperrung (Vorgabe: Sperrung über alle gemeinsam"
              + " veröffentlichten Tabellen, mit Mehrjahreswerten und Werten des übergeordneten"
              + " Gebiets statt Punkten), cell-key (Cell-Key-Verfahren: jede Zahl leicht"
              + " überlagert, braucht --geheimnis-datei) oder intern (ungeschützt, nur für den"
              + " Dienstgebrauch; jede Seite und Datei sagt es).")
  String schutz = "sperrung";

  @Option(
      names = "--geheimnis-datei",
      paramLabel = "DATEI",
      description =
          "Datei mit dem Geheimnis der Kommune für das Cell-Key-Verfahren (mindestens 16 Bytes;"
              + " dieselbe Datei ergibt dieselben Überlagerungen; geheim halten).")
  @Nullable Path geheimnis;

  @Option(
      names = "--pooling",
      paramLabel = "N",
      description =
          "Anzahl der Perioden eines Mehrjahreswerts, der gezeigt wird, wo der Einzelwert gesperrt"
              + " ist (Vorgabe: 3; 1 schaltet es aus).")
  int pooling = Veroeffentlichungsauftrag.STANDARD_POOLPERIODEN;

  @Option(
      names = "--ohne-vergroeberung",
      description =
          "Zeigt für einen gesperrten Sozialraum nicht den Wert des übergeordneten Gebiets.")
  boolean ohneVergroeberung;

  @Option(
      names = "--mindest-einwohner",
      paramLabel = "N",
      description =
          "Sozialindex nur für Sozialräume mit mindestens N Einwohnerinnen und Einwohnern"
              + " (Vorgabe: 300).")
  long mindestEinwohner = Veroeffentlichungsauftrag.STANDARD_MINDESTEINWOHNER;

  /**
   * {@code auftrag} with the procedure and options chosen.
   *
   * @throws Abbruch naming the option if a value is not allowed or the secret cannot be read
   */
  Veroeffentlichungsauftrag anwenden(Veroeffentlichungsauftrag auftrag) {
    if (pooling < 1) {
      throw new Abbruch("--pooling braucht eine Zahl ab 1, gefunden: " + pooling);
    }
    if (mindestEinwohner < 0) {
      throw new Abbruch(
          "--mindest-einwohner darf nicht negativ sein, gefunden: " + mindestEinwohner);
    }
    Veroeffentlichungsauftrag a =
        auftrag
            .withPoolperioden(pooling)
            .withVergroeberung(!ohneVergroeberung)
            .withMindestEinwohner(mindestEinwohner);
    switch (schutz.strip().toLowerCase(Locale.ROOT)) {
      case "sperrung":
        return a;
      case "intern":
        return a.withVerfahren(Schutzverfahren.INTERN);
      case "cell-key":
        return a.withCellKey(cellKey());
      default:
        throw new Abbruch(
            "--schutz kennt sperrung, cell-key und intern, gefunden: '" + schutz + "'");
    }
  }

  private CellKeyVerfahren cellKey() {
    Path datei = geheimnis;
    if (datei == null) {
      throw new Abbruch(
          "Das Cell-Key-Verfahren braucht das Geheimnis der Kommune: --geheimnis-datei DATEI"
              + " (mindestens "
              + CellKeyVerfahren.MINDESTLAENGE_GEHEIMNIS
              + " Bytes)");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(datei);
    } catch (IOException e) {
      throw new Abbruch("Die Geheimnis-Datei " + datei + " ist nicht lesbar: " + e.getMessage());
    }
    if (bytes.length < CellKeyVerfahren.MINDESTLAENGE_GEHEIMNIS) {
      throw new Abbruch(
          "Die Geheimnis-Datei "
              + datei
              + " ist zu kurz: "
              + bytes.length
              + " Bytes, nötig sind"
              + " mindestens "
              + CellKeyVerfahren.MINDESTLAENGE_GEHEIMNIS);
    }
    return CellKeyVerfahren.of(Ueberlagerungsparameter.standard(), bytes);
  }
}

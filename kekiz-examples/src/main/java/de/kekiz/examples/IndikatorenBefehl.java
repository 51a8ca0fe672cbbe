package de.kekiz.examples;

import de.kekiz.domain.indikator.Indikator;
import de.kekiz.examples.Einrichtung.Ergebnis;
import de.kekiz.importe.Anzeigetext;
import de.kekiz.importe.Importfehler;
import de.kekiz.importe.IndikatorCsvLeser;
import de.kekiz.importe.IndikatorCsvSchreiber;
import de.kekiz.importe.Indikatorangabe;
import de.kekiz.importe.Leseergebnis;
import de.kekiz.port.IndikatorRepository;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code kekiz indikatoren DATEI.csv}: takes indicator definitions from a CSV file ({@link
 * IndikatorCsvLeser}) into the database, in addition to what is there (the catalogue of the demo,
 * earlier files); or, with {@code --ausgabe}, writes every stored definition as such a file.
 * Indicator definitions belong to no Kommune: every Kommune of the database can use them. All or
 * nothing; the same file again changes nothing and says so.
 */
@Command(
    name = "indikatoren",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Übernimmt Indikatordefinitionen aus einer CSV-Datei (eine Zeile je Version einer"
          + " Definition; die Spalten beschreibt FORMAT.md). Die Definitionen gelten für alle"
          + " Kommunen der Datenbank. Eine schon gespeicherte Version bleibt, wie sie ist: eine"
          + " geänderte Definition wird eine neue Version mit Änderungshinweis. Alles oder"
          + " nichts: bei einem Fehler wird nichts gespeichert. Mit --ausgabe werden alle"
          + " gespeicherten Definitionen als CSV geschrieben.",
      "",
      "Beispiele:",
      "  kekiz indikatoren indikatoren.csv",
      "  kekiz indikatoren --ausgabe indikatoren.csv",
      ""
    })
final class IndikatorenBefehl implements Callable<Integer> {

  private final Umgebung umgebung;

  @Spec @Nullable CommandSpec spec;

  @Mixin GemeinsameOptionen gemeinsam = new GemeinsameOptionen();

  @Option(
      names = "--ausgabe",
      paramLabel = "DATEI",
      description = "Schreibt alle gespeicherten Indikatordefinitionen als CSV in DATEI.")
  @Nullable Path ausgabe;

  @Parameters(paramLabel = "DATEI", arity = "0..1", description = "Die CSV-Datei (UTF-8).")
  @Nullable Path datei;

  IndikatorenBefehl(Umgebung umgebung) {
    this.umgebung = umgebung;
  }

  @Override
  public Integer call() throws Exception {
    if (ausgabe != null) {
      if (datei != null) {
        throw fehler("--ausgabe schreibt die gespeicherten Definitionen; bitte ohne Datei");
      }
      return schreibe(ausgabe);
    }
    if (datei == null) {
      throw fehler("bitte eine CSV-Datei mit Indikatordefinitionen angeben (oder --ausgabe DATEI)");
    }
    Path d = datei;
    Leseergebnis<Indikatorangabe> gelesen = new IndikatorCsvLeser().lese(d);
    if (!gelesen.fehlerfrei()) {
      return Einrichtung.scheitere(umgebung, gelesen.fehler(), this::schluss);
    }
    return Einrichtung.speichere(
        umgebung, gemeinsam, db -> uebernimm(db, d, gelesen.objekte()), this::schluss);
  }

  private Ergebnis uebernimm(Datenbankzugang db, Path d, List<Indikatorangabe> angaben) {
    IndikatorRepository indikatoren = db.persistenz().indikatoren();
    IndikatorCsvLeser.Abgleich a =
        IndikatorCsvLeser.abgleich(d, angaben, indikatoren::findVersionen);
    if (!a.fehler().isEmpty()) {
      return Ergebnis.abgelehnt(a.fehler());
    }
    if (a.neu().isEmpty()) {
      return new Ergebnis(
          "Indikatordefinitionen: alle "
              + a.unveraendert()
              + " waren schon so gespeichert; nichts geändert.",
          false,
          List.of());
    }
    for (Indikator i : a.neu()) {
      indikatoren.save(i);
    }
    return new Ergebnis(
        "Indikatordefinitionen gespeichert: "
            + a.neu().size()
            + " neu, "
            + a.unveraendert()
            + " unverändert; jetzt "
            + indikatoren.findAll().size()
            + " in der Datenbank.",
        true,
        List.of());
  }

  /** The last line of a failed set-up. */
  private String schluss(List<Importfehler> fehler) {
    return "Nichts gespeichert: " + fehler.size() + " Fehler in der Datei";
  }

  private int schreibe(Path ziel) throws Exception {
    List<Indikator> alle;
    try (Datenbankzugang db = gemeinsam.oeffne(umgebung)) {
      db.verwerfeBeimSchliessen();
      alle = db.lesend(() -> db.persistenz().indikatoren().findAll());
    }
    new IndikatorCsvSchreiber().schreibe(ziel, alle);
    umgebung
        .out()
        .println(
            alle.size()
                + " Indikatordefinitionen nach "
                + Anzeigetext.sichtbar(ziel.toString(), 300)
                + " geschrieben.");
    return Hauptprogramm.OK;
  }

  private ParameterException fehler(String nachricht) {
    return new ParameterException(Objects.requireNonNull(spec, "spec").commandLine(), nachricht);
  }
}

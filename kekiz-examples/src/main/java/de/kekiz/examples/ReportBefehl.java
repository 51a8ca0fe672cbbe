package de.kekiz.examples;

import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.importe.Anzeigetext;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code kekiz report --kommune AGS}: writes the report of one Kommune from the database. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Schreibt den Bericht einer Kommune aus der Datenbank (für einen Kreis mit seinen"
          + " Gemeinden)."
    })
final class ReportBefehl implements Callable<Integer> {

  private final Umgebung umgebung;

  @Mixin GemeinsameOptionen gemeinsam = new GemeinsameOptionen();

  @Mixin Schutzoptionen schutz = new Schutzoptionen();

  @Mixin KommuneOption kommune = new KommuneOption();

  @Option(
      names = "--ausgabe",
      paramLabel = "ORDNER",
      description = "Ordner des Berichts (Vorgabe: ./" + DemoBefehl.STANDARD_AUSGABE + "/AGS).")
  @Nullable Path ausgabe;

  @Option(
      names = "--stichtag",
      paramLabel = "DATUM",
      description = "Stichtag des Berichts (Vorgabe: heute).")
  @Nullable LocalDate stichtag;

  ReportBefehl(Umgebung umgebung) {
    this.umgebung = umgebung;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = umgebung.out();
    Gemeindeschluessel ags = kommune.ags();
    LocalDate tag = stichtag != null ? stichtag : LocalDate.now(umgebung.uhr());
    Path ordner =
        (ausgabe != null ? ausgabe : Path.of(DemoBefehl.STANDARD_AUSGABE, ags.toString()))
            .toAbsolutePath()
            .normalize();
    Berichterstellung bericht =
        new Berichterstellung(schutz.anwenden(Berichterstellung.auftrag(tag)), umgebung.uhr());
    try (Datenbankzugang db = gemeinsam.oeffne(umgebung)) {
      db.verwerfeBeimSchliessen(); // a report only reads
      Berichterstellung.Ergebnis e =
          bericht.erstelle(db, List.of(ags), x -> ordner, umgebung.err()).get(0);
      out.println(
          "Bericht für "
              + Anzeigetext.sichtbar(e.name())
              + " ("
              + ags
              + ") am "
              + Anzeigetext.datum(tag)
              + " in "
              + e.ordner()
              + ":");
      for (Path d : e.dateien()) {
        out.println("  " + d.getFileName());
      }
      e.kurzfassung().drucke(out, "");
    }
    return Hauptprogramm.OK;
  }
}

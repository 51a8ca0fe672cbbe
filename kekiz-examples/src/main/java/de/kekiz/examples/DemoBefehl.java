package de.kekiz.examples;

import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Programm;
import de.kekiz.fixtures.Beispielkommune;
import de.kekiz.fixtures.KekizFixtures;
import de.kekiz.importe.Anzeigetext;
import de.kekiz.monitoring.veroeffentlichung.Programmveroeffentlichung;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kekiz demo}: loads the example Kommunen into the database (those already there are kept),
 * runs the monitoring and writes the report of each Kommune into a subfolder of {@code --ausgabe}
 * named by its AGS, and the programme report of "Kein Kind zurücklassen!" (from the same release
 * order) into the subfolder {@code programm-kekiz}.
 */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Legt die Datenbank an oder öffnet sie, lädt die Beispielkommunen (vorhandene bleiben,"
          + " wie sie sind), rechnet das Monitoring und schreibt für jede Kommune den Bericht in"
          + " einen Unterordner von --ausgabe, benannt nach ihrem AGS, dazu den Programmbericht"
          + " von „Kein Kind zurücklassen!“ in den Unterordner programm-kekiz."
    })
final class DemoBefehl implements Callable<Integer> {

  /** The output folder used without {@code --ausgabe}. */
  static final String STANDARD_AUSGABE = "kekiz-bericht";

  private final Umgebung umgebung;

  @Mixin GemeinsameOptionen gemeinsam = new GemeinsameOptionen();

  @Mixin Schutzoptionen schutz = new Schutzoptionen();

  @Option(
      names = "--ausgabe",
      paramLabel = "ORDNER",
      description = "Ordner der Berichte (Vorgabe: ./" + STANDARD_AUSGABE + ").")
  Path ausgabe = Path.of(STANDARD_AUSGABE);

  @Option(
      names = "--stichtag",
      paramLabel = "DATUM",
      description =
          "Stichtag der Berichte (Vorgabe: ${DEFAULT-VALUE}, das letzte Jahr der"
              + " Beispieldaten).",
      defaultValue = "31.12.2024")
  LocalDate stichtag = LocalDate.of(2024, 12, 31);

  DemoBefehl(Umgebung umgebung) {
    this.umgebung = umgebung;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = umgebung.out();
    List<Beispielkommune> beispiele = KekizFixtures.alle();
    Berichterstellung bericht =
        new Berichterstellung(schutz.anwenden(Berichterstellung.auftrag(stichtag)), umgebung.uhr());
    Beispieldaten.Ergebnis geladen;
    String beschreibung;
    try (Datenbankzugang db = gemeinsam.oeffne(umgebung)) {
      umgebung
          .err()
          .println(
              "Lade "
                  + beispiele.size()
                  + " Beispielkommunen in die Datenbank (vorhandene bleiben) …");
      umgebung.err().flush();
      geladen = new Beispieldaten(db).lade(beispiele);
      if (geladen.geladen() > 0) {
        db.verdichteBeimSchliessen();
      }
      beschreibung = db.beschreibung();
    } // the load is durable only once the database is closed: only then is it reported
    out.println(
        "Datenbank: "
            + beschreibung
            + " ("
            + geladen.geladen()
            + " Beispielkommunen neu geladen mit "
            + Anzeigetext.zahl(geladen.messwerte())
            + " Messwerten, "
            + geladen.vorhanden()
            + " schon vorhanden)");
    out.flush();
    try (Datenbankzugang db = gemeinsam.oeffne(umgebung)) {
      db.verwerfeBeimSchliessen(); // the reports only read
      Path wurzel = ausgabe.toAbsolutePath().normalize();
      out.println(
          "Berichte am "
              + Anzeigetext.datum(stichtag)
              + " in "
              + wurzel
              + " (eine Veröffentlichung, Schutz: "
              + bericht.auftrag().verfahren().bezeichnung()
              + "):");
      List<Gemeindeschluessel> alle = beispiele.stream().map(Beispielkommune::schluessel).toList();
      for (Berichterstellung.Ergebnis e :
          bericht.erstelle(db, alle, ags -> wurzel.resolve(ags.toString()), umgebung.err())) {
        out.println(
            Anzeigetext.sichtbar(e.name())
                + " ("
                + e.kommune()
                + "): "
                + e.dateien().size()
                + " Dateien in "
                + e.kommune()
                + "/");
        e.kurzfassung().drucke(out, "  ");
      }
      out.flush();
      out.println(beispiele.size() + " Berichte in " + wurzel);
      String programm = Programm.KEKIZ.key();
      Programmveroeffentlichung v =
          ProgrammberichtBefehl.erstelle(db, programm, bericht.auftrag(), umgebung.err());
      Path programmordner = ProgrammberichtBefehl.ordner(wurzel, programm);
      List<Path> dateien =
          ProgrammberichtBefehl.schreibe(
              v, LocalDate.now(umgebung.uhr()), programmordner, umgebung.err());
      out.println(
          "Programmbericht „"
              + Anzeigetext.sichtbar(v.programm().programm().name())
              + "“: "
              + dateien.size()
              + " Dateien in "
              + programmordner.getFileName()
              + "/");
      ProgrammberichtBefehl.zusammenfassung(v, out, "  ");
    }
    return Hauptprogramm.OK;
  }
}

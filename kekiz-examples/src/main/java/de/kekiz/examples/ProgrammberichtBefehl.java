package de.kekiz.examples;

import de.kekiz.domain.kommune.Gemeindeverzeichnis;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.importe.Anzeigetext;
import de.kekiz.monitoring.veroeffentlichung.Phasenreichweite;
import de.kekiz.monitoring.veroeffentlichung.Programmdienst;
import de.kekiz.monitoring.veroeffentlichung.Programmveroeffentlichung;
import de.kekiz.monitoring.veroeffentlichung.Reifeverteilung;
import de.kekiz.monitoring.veroeffentlichung.Veroeffentlichungsauftrag;
import de.kekiz.persistence.KekizPersistenz;
import de.kekiz.reporting.programm.ProgrammberichtWriter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kekiz programmbericht --programm KEY}: writes the programme report for the
 * Landeskoordinierungsstelle (reach, funding, chain maturity, Lernnetzwerk and practice) from the
 * database as HTML, PDF, JSON, XLSX and CSV. The reach counts every Gemeinde and Kreis of NRW from
 * the built-in register (a stored Kommune takes its register entry's place); the maturity is the
 * release of the programme Kommunen whose model is stored, protected as their own reports are.
 */
@Command(
    name = "programmbericht",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Schreibt den Programmbericht für die Landeskoordinierungsstelle aus der Datenbank:"
          + " Teilnehmende und Reichweite, Förderung, Reifegrad der Präventionsketten,"
          + " Lernnetzwerktreffen und geteilte Praxis (HTML, PDF, JSON, XLSX und CSV)."
    })
final class ProgrammberichtBefehl implements Callable<Integer> {

  private final Umgebung umgebung;

  @Mixin GemeinsameOptionen gemeinsam = new GemeinsameOptionen();

  @Mixin Schutzoptionen schutz = new Schutzoptionen();

  @Option(
      names = "--programm",
      paramLabel = "SCHLÜSSEL",
      description = "Schlüssel des Programms (Vorgabe: ${DEFAULT-VALUE}).",
      defaultValue = "kekiz")
  String programm = "kekiz";

  @Option(
      names = "--ausgabe",
      paramLabel = "ORDNER",
      description =
          "Ordner des Berichts (Vorgabe: ./"
              + DemoBefehl.STANDARD_AUSGABE
              + "/programm-SCHLÜSSEL).")
  @Nullable Path ausgabe;

  @Option(
      names = "--stichtag",
      paramLabel = "DATUM",
      description = "Stichtag des Berichts (Vorgabe: heute).")
  @Nullable LocalDate stichtag;

  ProgrammberichtBefehl(Umgebung umgebung) {
    this.umgebung = umgebung;
  }

  /** The folder of the programme report of {@code programm} under {@code wurzel}. */
  static Path ordner(Path wurzel, String programm) {
    return wurzel.resolve("programm-" + programm);
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = umgebung.out();
    LocalDate tag = stichtag != null ? stichtag : LocalDate.now(umgebung.uhr());
    Path ziel =
        (ausgabe != null ? ausgabe : ordner(Path.of(DemoBefehl.STANDARD_AUSGABE), programm))
            .toAbsolutePath()
            .normalize();
    Veroeffentlichungsauftrag auftrag = schutz.anwenden(Berichterstellung.auftrag(tag));
    Programmveroeffentlichung v;
    try (Datenbankzugang db = gemeinsam.oeffne(umgebung)) {
      db.verwerfeBeimSchliessen(); // a report only reads
      v = erstelle(db, programm, auftrag, umgebung.err());
    }
    List<Path> dateien = schreibe(v, ziel);
    out.println(
        "Programmbericht „"
            + Anzeigetext.sichtbar(v.programm().programm().name())
            + "“ am "
            + Anzeigetext.datum(tag)
            + " in "
            + ziel
            + ":");
    for (Path d : dateien) {
      out.println("  " + d.getFileName());
    }
    zusammenfassung(v, out, "");
    out.flush();
    return Hauptprogramm.OK;
  }

  /**
   * The programme report of {@code programm} from the database, announced on {@code fortschritt}.
   *
   * @throws Abbruch naming the programme and the stored ones if it is not stored
   */
  static Programmveroeffentlichung erstelle(
      Datenbankzugang db,
      String programm,
      Veroeffentlichungsauftrag auftrag,
      PrintWriter fortschritt) {
    fortschritt.println(
        "Lade und analysiere das Programm " + Anzeigetext.sichtbar(programm) + " …");
    fortschritt.flush();
    KekizPersistenz p = db.persistenz();
    Programmdienst dienst =
        new Programmdienst(
            p.kommunen(),
            p.indikatoren(),
            p.messwerte(),
            p.leitbilder(),
            p.praeventionsketten(),
            p.foerderprogramme(),
            p.lernnetzwerke());
    Gemeindeverzeichnis nrw = Gemeindeverzeichnis.nrw();
    List<Kommune> verzeichnis =
        nrw.gebiete().stream().map(nrw::kommune).flatMap(Optional::stream).toList();
    return db.lesend(
        () ->
            dienst
                .veroeffentliche(programm, verzeichnis, auftrag)
                .orElseThrow(
                    () -> {
                      List<String> bekannt = dienst.programme();
                      return new Abbruch(
                          "Programm „"
                              + Anzeigetext.sichtbar(programm)
                              + "“ ist nicht in der "
                              + db.beschreibung()
                              + (bekannt.isEmpty()
                                  ? "; dort ist kein Programm gespeichert (kekiz demo lädt das"
                                      + " Programm „kekiz“)"
                                  : "; gespeichert: " + String.join(", ", bekannt)));
                    }));
  }

  /** Writes {@code v} into {@code ziel}, made today by the command's clock. */
  List<Path> schreibe(Programmveroeffentlichung v, Path ziel) throws java.io.IOException {
    return schreibe(v, LocalDate.now(umgebung.uhr()), ziel, umgebung.err());
  }

  /**
   * Writes {@code v} into {@code ziel}, made on {@code heute}, announced on {@code fortschritt}
   * (also for {@code kekiz demo}).
   */
  static List<Path> schreibe(
      Programmveroeffentlichung v, LocalDate heute, Path ziel, PrintWriter fortschritt)
      throws java.io.IOException {
    fortschritt.println("Schreibe den Programmbericht …");
    fortschritt.flush();
    return new ProgrammberichtWriter().schreibe(v, heute, ziel);
  }

  /** The summary lines of {@code v}, each after {@code einzug}. */
  static void zusammenfassung(Programmveroeffentlichung v, PrintWriter out, String einzug) {
    for (Phasenreichweite r : v.reichweiten()) {
      out.println(
          einzug
              + Anzeigetext.sichtbar(r.phase().name())
              + ": "
              + r.teilnehmer()
              + " Teilnehmende ("
              + r.kommunen()
              + " beteiligte Kommunen), "
              + r.gemeindenErreicht()
              + " erreichte Gemeinden");
    }
    Reifeverteilung reife = v.reife();
    out.println(
        einzug
            + "Reifegrad: "
            + reife.bewertet()
            + " von "
            + reife.kommunen().size()
            + " Kommunen bewertet, "
            + reife.ohneModell()
            + " ohne gespeichertes Modell");
    out.println(
        einzug
            + "Lernnetzwerk: "
            + (v.lernnetzwerkGespeichert()
                ? v.treffen().size() + " Treffen, " + v.praxis().size() + " Praxisbeiträge"
                : "nicht gespeichert"));
  }
}

package de.kekiz.examples;

import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Periodizitaet;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.importe.Anzeigetext;
import de.kekiz.importe.Codeliste;
import de.kekiz.importe.Dezimaltrennzeichen;
import de.kekiz.importe.Fehlerbehandlung;
import de.kekiz.importe.Importoptionen;
import de.kekiz.importe.Importzuordnung;
import de.kekiz.importe.Tabellenzuordnung;
import de.kekiz.port.Duplikatregel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * {@code kekiz import --kommune AGS FILE…}: Messwerte or population figures from GENESIS exports,
 * kekiz CSV files and XLSX workbooks into the database (see {@link Importlauf}).
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Importiert Messwerte oder Bevölkerungszahlen einer Kommune aus GENESIS-CSV-Exporten"
          + " (aktuelles und älteres flat-Format), kekiz-CSV-Dateien und XLSX-Tabellen.",
      "Jede fehlerhafte Zeile wird mit Datei, Zeile, Spalte und Wert gemeldet. Ist eine Zeile"
          + " fehlerhaft, wird nichts importiert (außer mit --fehlerhafte-zeilen-ueberspringen).",
      "Eine Kreis-AGS importiert den Kreis mit seinen Gemeinden.",
      "",
      "Beispiele:",
      "  kekiz import --kommune 05315000 --wertmerkmal BEVSTD --als bevoelkerung \\",
      "      12411-01-01-4.csv",
      "  kekiz import --kommune 05978000 --wertmerkmal GEM001 \\",
      "      --indikator zahl-der-gemeinden@1 11111-02-01-4.csv",
      "  kekiz import --kommune 05315000 messwerte.csv bevoelkerung.xlsx"
    },
    footer = {"", "Das kekiz-CSV-Format beschreibt FORMAT.md (de/kekiz/importe/FORMAT.md im jar)."})
final class ImportBefehl implements Callable<Integer> {

  /** What the values of a GENESIS value variable become. */
  enum Ziel {
    /** Population figures of the Kommune and its Sozialräume. */
    BEVOELKERUNG,
    /** Messwerte of an indicator ({@code --indikator}). */
    INDIKATOR
  }

  private final Umgebung umgebung;

  @Spec @Nullable CommandSpec spec;

  @Mixin GemeinsameOptionen gemeinsam = new GemeinsameOptionen();

  @Mixin KommuneOption kommune = new KommuneOption();

  @Parameters(paramLabel = "DATEI", arity = "1..*", description = "Die zu importierenden Dateien.")
  List<Path> dateien = new ArrayList<>();

  @Option(
      names = "--wertmerkmal",
      paramLabel = "CODE",
      description = "GENESIS: der Code des Wertmerkmals, z. B. BEVSTD, PRS018, GEM001.")
  @Nullable String wertmerkmal;

  @Option(
      names = "--als",
      paramLabel = "ZIEL",
      description = "GENESIS: was die Werte werden: bevoelkerung oder indikator.")
  @Nullable Ziel als;

  @Option(
      names = "--indikator",
      paramLabel = "SCHLUESSEL@VERSION",
      description = "GENESIS: der Indikator der Messwerte, z. B. zahl-der-gemeinden@1.")
  @Nullable IndikatorRef indikator;

  @Option(
      names = "--periodizitaet",
      paramLabel = "PERIODIZITAET",
      description =
          "GENESIS: die Periodizität der Messwerte (JAEHRLICH, HALBJAEHRLICH, QUARTALSWEISE,"
              + " MONATLICH, SCHULJAHR); Vorgabe: die des Indikators.")
  @Nullable Periodizitaet periodizitaet;

  @Option(
      names = "--auswahl",
      paramLabel = "MERKMAL=CODE",
      description = "GENESIS: nur die Ausprägung CODE des MERKMALs (wiederholbar).")
  Map<String, String> auswahl = new LinkedHashMap<>();

  @Option(
      names = "--dimension",
      paramLabel = "MERKMAL=DIMENSION",
      description =
          "GENESIS: das MERKMAL als Aufschlüsselung DIMENSION, z. B. GES=geschlecht,"
              + " ALTX20=alter (wiederholbar).")
  Map<String, String> dimension = new LinkedHashMap<>();

  @Option(
      names = "--code",
      paramLabel = "DIMENSION=CODE",
      description =
          "Nimmt CODE als Code der Aufschlüsselung DIMENSION an, zusätzlich zu den festgelegten"
              + " (geschlecht: m, w, d; alter: Altersgruppen wie 0-2, 80+; sonst Codes wie NATA),"
              + " z. B. staatsangehoerigkeit=nicht deutsch (wiederholbar).")
  List<String> codes = new ArrayList<>();

  @Option(
      names = "--raummerkmal",
      paramLabel = "MERKMAL",
      description = "GENESIS: das regionale Merkmal, wenn es nicht erkannt wird.")
  @Nullable String raummerkmal;

  @Option(
      names = "--einheit",
      paramLabel = "EINHEIT",
      description = "GENESIS: die Einheit, die jeder Wert haben muss, z. B. Anzahl.")
  @Nullable String einheit;

  @Option(
      names = "--gebietstabelle",
      paramLabel = "ZUORDNUNG",
      description =
          "Die Dateien sind Gebietstabellen (eine Zeile je Gebiet, eine Spalte je Zahl, wie"
              + " Stadtteilprofile); die Zuordnungsdatei ZUORDNUNG sagt, welche Zeile welches"
              + " Gebiet ist und welche Spalte welcher Indikator oder welche Altersgruppe wird.")
  @Nullable Path gebietstabelle;

  @Option(
      names = "--dezimaltrennzeichen",
      paramLabel = "ZEICHEN",
      description = "kekiz-CSV und XLSX-Text: KOMMA (Vorgabe) oder PUNKT.")
  Dezimaltrennzeichen dezimaltrennzeichen = Dezimaltrennzeichen.KOMMA;

  @Option(
      names = "--fehlerhafte-zeilen-ueberspringen",
      description = "Importiert die fehlerfreien Zeilen, auch wenn andere fehlerhaft sind.")
  boolean ueberspringen;

  @Option(
      names = "--duplikate",
      paramLabel = "REGEL",
      description =
          "Was mit einem schon gespeicherten Messwert gleichen Schlüssels geschieht: ERSETZEN"
              + " (Vorgabe; der alte Wert bleibt im Auditprotokoll) oder ABLEHNEN.")
  Duplikatregel duplikate = Duplikatregel.ERSETZEN;

  @Option(
      names = "--fortschritt",
      paramLabel = "N",
      // the default in German digits (picocli's ${DEFAULT-VALUE} has no thousands separator)
      description = "Meldet alle N gelesenen Zeilen den Fortschritt (Vorgabe: 10.000).",
      defaultValue = "" + Importoptionen.STANDARD_FORTSCHRITT_INTERVALL)
  int fortschritt = Importoptionen.STANDARD_FORTSCHRITT_INTERVALL;

  @Option(
      names = "--max-fehler",
      paramLabel = "N",
      description = "Führt je Datei höchstens N Fehler einzeln auf (Vorgabe: 1.000).",
      defaultValue = "" + Importoptionen.STANDARD_MAX_GEMELDETE_FEHLER)
  int maxFehler = Importoptionen.STANDARD_MAX_GEMELDETE_FEHLER;

  ImportBefehl(Umgebung umgebung) {
    this.umgebung = umgebung;
  }

  @Override
  public Integer call() throws Exception {
    if (fortschritt < 1 || maxFehler < 1) {
      throw fehler("--fortschritt und --max-fehler brauchen eine Zahl ab 1");
    }
    pruefeZuordnung();
    if (gebietstabelle != null && wertmerkmal != null) {
      throw fehler("--gebietstabelle und --wertmerkmal schließen einander aus");
    }
    Tabellenzuordnung tabelle =
        gebietstabelle == null ? null : Tabellenzuordnung.lies(gebietstabelle);
    Gemeindeschluessel ags = kommune.ags();
    int status;
    Importlauf lauf;
    try (Datenbankzugang db = gemeinsam.oeffne(umgebung)) {
      db.verwerfeBeimSchliessen(); // unless the import succeeds
      Importzuordnung zuordnung = zuordnung(db);
      Importoptionen optionen =
          Importoptionen.standard()
              .withCodeliste(codeliste())
              .withDezimaltrennzeichen(dezimaltrennzeichen)
              .withMaxGemeldeteFehler(maxFehler)
              .withFehlerbehandlung(
                  ueberspringen
                      ? Fehlerbehandlung.FEHLERHAFTE_ZEILEN_UEBERSPRINGEN
                      : Fehlerbehandlung.ALLES_ODER_NICHTS);
      lauf = new Importlauf(db, umgebung, tabelle);
      status =
          lauf.fuehreAus(ags, dateien, zuordnung, optionen, ueberspringen, fortschritt, duplikate);
      if (status == Hauptprogramm.OK) {
        db.uebernimmBeimSchliessen();
      }
    }
    // only now, the database closed and its new state made valid, is the import durable
    for (String zeile : lauf.abschluss()) {
      umgebung.out().println(zeile);
    }
    return status;
  }

  private Codeliste codeliste() {
    Codeliste liste = Codeliste.standard();
    for (String c : codes) {
      int i = c.indexOf('=');
      if (i < 1) {
        throw fehler("--code braucht DIMENSION=CODE, nicht '" + Anzeigetext.sichtbar(c) + "'");
      }
      try {
        liste = liste.mit(c.substring(0, i), c.substring(i + 1));
      } catch (IllegalArgumentException e) {
        throw fehler("--code " + Anzeigetext.sichtbar(c) + ": " + e.getMessage());
      }
    }
    return liste;
  }

  private void pruefeZuordnung() {
    if (wertmerkmal == null) {
      if (als != null
          || indikator != null
          || periodizitaet != null
          || !auswahl.isEmpty()
          || !dimension.isEmpty()
          || raummerkmal != null
          || einheit != null) {
        throw fehler(
            "--als, --indikator, --periodizitaet, --auswahl, --dimension, --raummerkmal und"
                + " --einheit gelten für GENESIS-Dateien und brauchen --wertmerkmal");
      }
      return;
    }
    if (indikator != null && als == Ziel.BEVOELKERUNG) {
      throw fehler("--als bevoelkerung und --indikator schließen einander aus");
    }
    if (indikator == null && als != Ziel.BEVOELKERUNG) {
      throw fehler(
          "--wertmerkmal "
              + wertmerkmal
              + " braucht ein Ziel: --als bevoelkerung oder"
              + " --indikator SCHLUESSEL@VERSION");
    }
    if (indikator == null && periodizitaet != null) {
      throw fehler("--periodizitaet gilt nur mit --indikator");
    }
  }

  private @Nullable Importzuordnung zuordnung(Datenbankzugang db) {
    String code = wertmerkmal;
    if (code == null) {
      return null;
    }
    Importzuordnung z;
    try {
      IndikatorRef ref = indikator;
      if (ref == null) {
        z = Importzuordnung.bevoelkerung(code);
      } else {
        Periodizitaet art = periodizitaet;
        if (art == null) {
          art =
              db.imTransaktion(() -> db.persistenz().indikatoren().findByRef(ref))
                  .map(Indikator::periodizitaet)
                  .orElseThrow(
                      () ->
                          new Abbruch(
                              "der Indikator " + ref + " ist nicht in der " + db.beschreibung()));
        }
        z = Importzuordnung.indikator(code, ref, art);
      }
      for (Map.Entry<String, String> a : auswahl.entrySet()) {
        z = z.withAuswahl(a.getKey(), a.getValue());
      }
      for (Map.Entry<String, String> d : dimension.entrySet()) {
        z = z.withDimension(d.getKey(), d.getValue());
      }
      if (raummerkmal != null) {
        z = z.withRaummerkmal(raummerkmal);
      }
      if (einheit != null) {
        z = z.withEinheit(einheit);
      }
    } catch (IllegalArgumentException e) {
      throw fehler(e.getMessage());
    }
    return z;
  }

  private ParameterException fehler(@Nullable String nachricht) {
    return new ParameterException(
        java.util.Objects.requireNonNull(spec, "spec").commandLine(), String.valueOf(nachricht));
  }
}

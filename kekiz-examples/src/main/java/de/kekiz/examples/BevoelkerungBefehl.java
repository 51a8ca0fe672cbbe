package de.kekiz.examples;

import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.examples.Einrichtung.Ergebnis;
import de.kekiz.importe.Anzeigetext;
import de.kekiz.importe.BevoelkerungstabelleLeser;
import de.kekiz.importe.GenesisBevoelkerungLeser;
import de.kekiz.importe.Importfehler;
import de.kekiz.importe.Leseergebnis;
import de.kekiz.port.KommuneRepository;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * {@code kekiz bevoelkerung --kommune AGS --stichtag DATUM --schluessel-spalte SPALTE DATEI}: the
 * population of the Sozialräume of a Kommune by age group from a table with one row per Sozialraum
 * ({@link BevoelkerungstabelleLeser}), stored on the versions valid on the reference date. All or
 * nothing; the same table again changes nothing and says so.
 */
@Command(
    name = "bevoelkerung",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Übernimmt die Bevölkerung der Sozialräume einer Kommune nach Altersgruppen aus einer"
          + " Tabelle (CSV oder XLSX, eine Zeile je Sozialraum, eine Spalte je Altersgruppe wie"
          + " '0 - 2' oder '80 u. älter') oder aus einem GENESIS-Export (ffcsv, z. B. Bevölkerung"
          + " nach Gemeinden und Altersgruppen; der Regionalschlüssel ist der Schlüssel des"
          + " Sozialraums). Die Art der Datei wird an ihrem Inhalt erkannt. Jede Zahl geht an den"
          + " Gebietsstand, der am Stichtag gilt. Alles oder nichts: bei einem Fehler wird nichts"
          + " gespeichert.",
      "",
      "Beispiele:",
      "  kekiz bevoelkerung --kommune 05315000 --stichtag 31.12.2012 \\",
      "      --schluessel-spalte Nr. --summen-spalte 'Einwohner insgesamt' \\",
      "      2012_Altersgruppen_Stadtteil.csv",
      "  kekiz bevoelkerung --kommune 05978000 --stichtag 31.12.2024 \\",
      "      12411-02-03-5_de_flat.csv"
    })
final class BevoelkerungBefehl implements Callable<Integer> {

  private final Umgebung umgebung;

  @Mixin GemeinsameOptionen gemeinsam = new GemeinsameOptionen();

  @Mixin KommuneOption kommune = new KommuneOption();

  @Option(
      names = "--stichtag",
      paramLabel = "DATUM",
      required = true,
      description = "Stichtag der Zahlen, z. B. 31.12.2012.")
  @Nullable LocalDate stichtag;

  @Option(
      names = "--schluessel-spalte",
      paramLabel = "SPALTE",
      description =
          "Kopf der Spalte mit dem Schlüssel des Sozialraums, z. B. Nr. (CSV und XLSX; nötig).")
  @Nullable String schluesselspalte;

  @Option(
      names = "--summen-spalte",
      paramLabel = "SPALTE",
      description =
          "Kopf einer Spalte mit der Summe jeder Zeile; die Altersgruppen müssen sie ergeben.")
  @Nullable String summenspalte;

  @Option(
      names = "--blatt",
      paramLabel = "NAME",
      description = "Das Blatt einer XLSX-Arbeitsmappe (sonst das erste).")
  @Nullable String blatt;

  @Option(
      names = "--wertmerkmal",
      paramLabel = "CODE",
      description =
          "GENESIS: das Wertmerkmal der Bevölkerung, z. B. BEVSTD (nötig, wenn die Datei für die"
              + " Sozialräume mehrere hat).")
  @Nullable String wertmerkmal;

  @Option(
      names = "--raum-merkmal",
      paramLabel = "CODE",
      description =
          "GENESIS: das Merkmal, dessen Ausprägung der Schlüssel des Sozialraums ist (sonst das"
              + " Regionalmerkmal, z. B. GEMEIN).")
  @Nullable String raummerkmal;

  @Parameters(
      paramLabel = "DATEI",
      description = "Die Tabelle (CSV in UTF-8 oder XLSX) oder der GENESIS-Export (ffcsv).")
  @Nullable Path datei;

  @Spec @Nullable CommandSpec spec;

  BevoelkerungBefehl(Umgebung umgebung) {
    this.umgebung = umgebung;
  }

  @Override
  public Integer call() throws Exception {
    Gemeindeschluessel ags = kommune.ags();
    LocalDate tag = Objects.requireNonNull(stichtag, "stichtag");
    Path d = Objects.requireNonNull(datei, "datei");
    if (GenesisBevoelkerungLeser.istGenesis(d)) {
      if (schluesselspalte != null || summenspalte != null || blatt != null) {
        throw fehler(
            "--schluessel-spalte, --summen-spalte und --blatt gelten für CSV- und XLSX-Tabellen;"
                + " in einem GENESIS-Export ist der Regionalschlüssel der Schlüssel des"
                + " Sozialraums");
      }
      return Einrichtung.speichere(
          umgebung, gemeinsam, db -> genesis(db, ags, tag, d), this::schluss);
    }
    if (wertmerkmal != null || raummerkmal != null) {
      throw fehler("--wertmerkmal und --raum-merkmal gelten nur für GENESIS-Exporte");
    }
    if (schluesselspalte == null) {
      throw fehler(
          "bitte --schluessel-spalte SPALTE angeben: den Kopf der Spalte mit dem Schlüssel des"
              + " Sozialraums, z. B. Nr.");
    }
    Leseergebnis<BevoelkerungstabelleLeser.Sozialraumzahl> gelesen =
        new BevoelkerungstabelleLeser().lese(d, blatt, ags, schluesselspalte, summenspalte);
    if (!gelesen.fehlerfrei()) {
      return scheitere(gelesen.fehler());
    }
    return Einrichtung.speichere(
        umgebung,
        gemeinsam,
        db -> uebernimm(db, finde(db, ags), tag, gelesen, "Spalten", List.of()),
        this::schluss);
  }

  private static Kommune finde(Datenbankzugang db, Gemeindeschluessel ags) {
    return Kommunenbestand.finde(db.persistenz().kommunen(), ags)
        .orElseThrow(() -> Kommunenbestand.unbekannt(ags, db.beschreibung()));
  }

  private Ergebnis genesis(Datenbankzugang db, Gemeindeschluessel ags, LocalDate tag, Path d) {
    Kommune k = finde(db, ags);
    GenesisBevoelkerungLeser.Auszug a =
        new GenesisBevoelkerungLeser().lese(d, k, tag, wertmerkmal, raummerkmal);
    if (!a.zahlen().fehlerfrei()) {
      return Ergebnis.abgelehnt(a.zahlen().fehler());
    }
    return uebernimm(db, k, tag, a.zahlen(), "Merkmal " + a.wertmerkmal(), a.uebersprungen());
  }

  private Ergebnis uebernimm(
      Datenbankzugang db,
      Kommune k,
      LocalDate tag,
      Leseergebnis<BevoelkerungstabelleLeser.Sozialraumzahl> gelesen,
      String herkunft,
      List<String> uebersprungen) {
    KommuneRepository kommunen = db.persistenz().kommunen();
    BevoelkerungstabelleLeser.Uebernahme u =
        BevoelkerungstabelleLeser.uebernimm(k, gelesen.datei(), tag, gelesen.objekte());
    if (!u.fehler().isEmpty()) {
      return Ergebnis.abgelehnt(u.fehler());
    }
    Map<String, Altersspanne> spalten = new LinkedHashMap<>();
    gelesen.objekte().forEach(z -> spalten.putIfAbsent(z.spaltenname(), z.altersgruppe()));
    long raeume =
        gelesen.objekte().stream()
            .map(BevoelkerungstabelleLeser.Sozialraumzahl::schluessel)
            .distinct()
            .count();
    StringBuilder b = new StringBuilder("Altersgruppen aus den " + herkunft + ": ");
    if (herkunft.startsWith("Merkmal")) {
      b.setLength(0);
      b.append("Altersgruppen aus ").append(herkunft).append(": ");
    }
    spalten.forEach(
        (name, gruppe) ->
            b.append("'")
                .append(Anzeigetext.sichtbar(name))
                .append("' ")
                .append(gruppe)
                .append(", "));
    b.setLength(b.length() - 2);
    if (!uebersprungen.isEmpty()) {
      b.append(System.lineSeparator())
          .append("Übersprungen: ")
          .append(String.join(", ", uebersprungen));
    }
    b.append(System.lineSeparator())
        .append("Bevölkerung von ")
        .append(raeume)
        .append(" Sozialräumen von ")
        .append(Anzeigetext.sichtbar(k.name()))
        .append(" (")
        .append(k.schluessel())
        .append(") zum ")
        .append(Anzeigetext.datum(tag));
    if (u.neu() + u.geaendert() == 0) {
      b.append(": alle ")
          .append(u.unveraendert())
          .append(" Zahlen waren schon so gespeichert;")
          .append(" nichts geändert.");
      return new Ergebnis(b.toString(), false, List.of());
    }
    kommunen.save(u.kommune());
    b.append(" gespeichert: ")
        .append(u.neu())
        .append(" Zahlen neu, ")
        .append(u.geaendert())
        .append(" geändert, ")
        .append(u.unveraendert())
        .append(" unverändert.");
    return new Ergebnis(b.toString(), true, List.of());
  }

  private ParameterException fehler(String nachricht) {
    return new ParameterException(Objects.requireNonNull(spec, "spec").commandLine(), nachricht);
  }

  private int scheitere(List<Importfehler> fehler) {
    return Einrichtung.scheitere(umgebung, fehler, this::schluss);
  }

  /** The last line of a failed set-up. */
  private String schluss(List<Importfehler> fehler) {
    return "Nichts gespeichert: " + fehler.size() + " Fehler in der Tabelle";
  }
}

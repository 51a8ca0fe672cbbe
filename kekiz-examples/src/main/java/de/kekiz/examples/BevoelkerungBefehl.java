package de.kekiz.examples;

import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.examples.Einrichtung.Ergebnis;
import de.kekiz.importe.Anzeigetext;
import de.kekiz.importe.BevoelkerungstabelleLeser;
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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

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
          + " Tabelle (CSV, eine Zeile je Sozialraum, eine Spalte je Altersgruppe wie '0 - 2' oder"
          + " '80 u. älter'). Jede Zahl geht an den Gebietsstand, der am Stichtag gilt. Alles oder"
          + " nichts: bei einem Fehler wird nichts gespeichert.",
      "",
      "Beispiel:",
      "  kekiz bevoelkerung --kommune 05315000 --stichtag 31.12.2012 \\",
      "      --schluessel-spalte Nr. --summen-spalte 'Einwohner insgesamt' \\",
      "      2012_Altersgruppen_Stadtteil.csv"
    })
final class BevoelkerungBefehl implements Callable<Integer> {

  private final Umgebung umgebung;

  @Mixin GemeinsameOptionen gemeinsam = new GemeinsameOptionen();

  @Option(
      names = "--kommune",
      paramLabel = "AGS",
      required = true,
      description = "Amtlicher Gemeindeschlüssel der Kommune (8 Ziffern), z. B. 05315000.")
  @Nullable Gemeindeschluessel kommune;

  @Option(
      names = "--stichtag",
      paramLabel = "DATUM",
      required = true,
      description = "Stichtag der Zahlen, z. B. 31.12.2012.")
  @Nullable LocalDate stichtag;

  @Option(
      names = "--schluessel-spalte",
      paramLabel = "SPALTE",
      required = true,
      description = "Kopf der Spalte mit dem Schlüssel des Sozialraums, z. B. Nr.")
  @Nullable String schluesselspalte;

  @Option(
      names = "--summen-spalte",
      paramLabel = "SPALTE",
      description =
          "Kopf einer Spalte mit der Summe jeder Zeile; die Altersgruppen müssen sie ergeben.")
  @Nullable String summenspalte;

  @Parameters(paramLabel = "DATEI", description = "Die Tabelle (CSV, UTF-8).")
  @Nullable Path datei;

  BevoelkerungBefehl(Umgebung umgebung) {
    this.umgebung = umgebung;
  }

  @Override
  public Integer call() throws Exception {
    Gemeindeschluessel ags = Objects.requireNonNull(kommune, "kommune");
    LocalDate tag = Objects.requireNonNull(stichtag, "stichtag");
    Path d = Objects.requireNonNull(datei, "datei");
    Leseergebnis<BevoelkerungstabelleLeser.Sozialraumzahl> gelesen =
        new BevoelkerungstabelleLeser()
            .lese(d, ags, Objects.requireNonNull(schluesselspalte), summenspalte);
    if (!gelesen.fehlerfrei()) {
      return scheitere(gelesen.fehler());
    }
    return Einrichtung.speichere(
        umgebung, gemeinsam, db -> uebernimm(db, ags, tag, gelesen), this::schluss);
  }

  private Ergebnis uebernimm(
      Datenbankzugang db,
      Gemeindeschluessel ags,
      LocalDate tag,
      Leseergebnis<BevoelkerungstabelleLeser.Sozialraumzahl> gelesen) {
    KommuneRepository kommunen = db.persistenz().kommunen();
    Kommune k =
        Kommunenbestand.finde(kommunen, ags)
            .orElseThrow(() -> Kommunenbestand.unbekannt(ags, db.beschreibung()));
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
    StringBuilder b = new StringBuilder("Altersgruppen aus den Spalten: ");
    spalten.forEach(
        (name, gruppe) -> b.append("'").append(name).append("' ").append(gruppe).append(", "));
    b.setLength(b.length() - 2);
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

  private int scheitere(List<Importfehler> fehler) {
    return Einrichtung.scheitere(umgebung, fehler, this::schluss);
  }

  /** The last line of a failed set-up. */
  private String schluss(List<Importfehler> fehler) {
    return "Nichts gespeichert: " + fehler.size() + " Fehler in der Tabelle";
  }
}

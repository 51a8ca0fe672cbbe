package de.kekiz.examples;

import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.examples.Einrichtung.Ergebnis;
import de.kekiz.importe.Anzeigetext;
import de.kekiz.importe.ArbeitsmappeLeser;
import de.kekiz.importe.ArbeitsmappeSchreiber;
import de.kekiz.importe.Importfehler;
import de.kekiz.importe.Leseergebnis;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 * {@code kekiz arbeitsmappe --kommune AGS DATEI.xlsx}: stores the Leitbild of a Kommune from the
 * planning workbook ({@link ArbeitsmappeLeser}), checking its indicators against the definitions
 * and its Sozialräume against the Kommune; or, with {@code --vorlage}, writes the empty template
 * ({@link ArbeitsmappeSchreiber}) whose indicator drop-down lists the definitions of the database.
 * All or nothing; the same workbook again changes nothing and says so.
 */
@Command(
    name = "arbeitsmappe",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Speichert das Leitbild einer Kommune (Leitziele, Handlungsziele, Indikatoren, Zielwerte)"
          + " aus der Arbeitsmappe (XLSX). Eine gespeicherte Fassung mit derselben Nummer wird"
          + " ersetzt. Alles oder nichts: bei einem Fehler wird nichts gespeichert, und jeder"
          + " Fehler wird mit Blatt, Zeile und Spalte genannt. Mit --vorlage wird die leere Mappe"
          + " mit Anleitung und Auswahllisten geschrieben; kekiz export schreibt die gefüllte.",
      "",
      "Beispiele:",
      "  kekiz arbeitsmappe --kommune 05570004 --vorlage arbeitsmappe.xlsx",
      "  kekiz arbeitsmappe --kommune 05570004 arbeitsmappe.xlsx",
      ""
    })
final class ArbeitsmappeBefehl implements Callable<Integer> {

  private final Umgebung umgebung;

  @Spec @Nullable CommandSpec spec;

  @Mixin GemeinsameOptionen gemeinsam = new GemeinsameOptionen();

  @Option(
      names = "--kommune",
      paramLabel = "AGS",
      required = true,
      description = "Amtlicher Gemeindeschlüssel der Kommune (8 Ziffern), z. B. 05570004.")
  @Nullable Gemeindeschluessel kommune;

  @Option(
      names = "--vorlage",
      paramLabel = "DATEI",
      description = "Schreibt die leere Arbeitsmappe (Vorlage) nach DATEI.")
  @Nullable Path vorlage;

  @Parameters(paramLabel = "DATEI", arity = "0..1", description = "Die ausgefüllte Arbeitsmappe.")
  @Nullable Path datei;

  ArbeitsmappeBefehl(Umgebung umgebung) {
    this.umgebung = umgebung;
  }

  @Override
  public Integer call() throws Exception {
    Gemeindeschluessel ags = Objects.requireNonNull(kommune, "kommune");
    if (vorlage != null) {
      if (datei != null) {
        throw fehler("--vorlage schreibt die leere Arbeitsmappe; bitte ohne Datei");
      }
      return vorlage(ags, vorlage);
    }
    if (datei == null) {
      throw fehler("bitte eine Arbeitsmappe angeben (oder --vorlage DATEI)");
    }
    Path d = datei;
    return Einrichtung.speichere(umgebung, gemeinsam, db -> uebernimm(db, ags, d), this::schluss);
  }

  private Ergebnis uebernimm(Datenbankzugang db, Gemeindeschluessel ags, Path d) {
    Kommune k =
        Kommunenbestand.finde(db.persistenz().kommunen(), ags)
            .orElseThrow(() -> Kommunenbestand.unbekannt(ags, db.beschreibung()));
    Leseergebnis<Leitbild> gelesen =
        new ArbeitsmappeLeser()
            .withIndikatoren(indikatoren(db))
            .withSozialraeumen(k.sozialraeume().stream().map(Sozialraum::id).toList())
            .lese(d, ags);
    if (!gelesen.fehlerfrei()) {
      return Ergebnis.abgelehnt(gelesen.fehler());
    }
    Leitbild neu = gelesen.objekte().get(0);
    Optional<Leitbild> alt = db.persistenz().leitbilder().findById(neu.id());
    String was =
        "Leitbild von "
            + Anzeigetext.sichtbar(k.name())
            + " ("
            + k.schluessel()
            + "), Fassung "
            + neu.fassung();
    if (alt.isPresent() && alt.get().equals(neu.withRevision(alt.get().revision()))) {
      return new Ergebnis(was + ": schon so gespeichert; nichts geändert.", false, List.of());
    }
    if (k.revision() == 0) {
      db.persistenz().kommunen().save(k);
    }
    db.persistenz().leitbilder().save(alt.map(a -> neu.withRevision(a.revision())).orElse(neu));
    return new Ergebnis(
        was
            + (alt.isPresent() ? " ersetzt: " : " gespeichert: ")
            + neu.leitziele().size()
            + " Leitziele, "
            + neu.handlungsziele().size()
            + " Handlungsziele, "
            + neu.zielwerte().size()
            + " Zielwerte.",
        true,
        List.of());
  }

  /** The keys of every indicator definition in the database, in order. */
  static List<IndikatorKey> indikatoren(Datenbankzugang db) {
    return db.persistenz().indikatoren().findAll().stream().map(Indikator::key).distinct().toList();
  }

  /** The last line of a failed import. */
  private String schluss(List<Importfehler> fehler) {
    return "Nichts gespeichert: " + fehler.size() + " Fehler in der Arbeitsmappe";
  }

  private int vorlage(Gemeindeschluessel ags, Path ziel) throws Exception {
    List<IndikatorKey> keys;
    try (Datenbankzugang db = gemeinsam.oeffne(umgebung)) {
      db.verwerfeBeimSchliessen();
      keys = db.lesend(() -> indikatoren(db));
    }
    new ArbeitsmappeSchreiber().vorlage(ziel, ags, keys);
    umgebung
        .out()
        .println(
            "Leere Arbeitsmappe für "
                + ags
                + " nach "
                + Anzeigetext.sichtbar(ziel.toString(), 300)
                + " geschrieben ("
                + keys.size()
                + " Indikatoren in der Auswahlliste).");
    return Hauptprogramm.OK;
  }

  private ParameterException fehler(String nachricht) {
    return new ParameterException(Objects.requireNonNull(spec, "spec").commandLine(), nachricht);
  }
}

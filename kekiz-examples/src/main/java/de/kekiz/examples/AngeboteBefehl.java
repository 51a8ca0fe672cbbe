package de.kekiz.examples;

import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.examples.Einrichtung.Ergebnis;
import de.kekiz.importe.Anzeigetext;
import de.kekiz.importe.HsdsAngebotLeser;
import de.kekiz.importe.Hsdsangebot;
import de.kekiz.importe.Importfehler;
import de.kekiz.importe.Leseergebnis;
import de.kekiz.reporting.hsds.HsdsAngebotWriter;
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
 * {@code kekiz angebote --kommune AGS DATEI.hsds.json}: takes the Angebote of a Kommune and their
 * Träger from an HSDS 3.0 file as kekiz writes it ({@link HsdsAngebotLeser}) into the Kommune's
 * Präventionskette (started with the standard Lebensphasen and Handlungsfelder if it has none); or,
 * with {@code --ausgabe}, writes them as such a file ({@link HsdsAngebotWriter}). All or nothing;
 * the same file again changes nothing and says so.
 */
@Command(
    name = "angebote",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Übernimmt die Angebote einer Kommune mit ihren Trägern aus einer HSDS-3.0-Datei, wie kekiz"
          + " sie schreibt (angebote.hsds.json), in die Präventionskette der Kommune. Ein Angebot"
          + " mit derselben Id wird ersetzt, ein gespeicherter Träger bleibt. Alles oder nichts:"
          + " bei einem Fehler wird nichts gespeichert. Mit --ausgabe werden die gespeicherten"
          + " Angebote als HSDS-Datei geschrieben.",
      "",
      "Beispiele:",
      "  kekiz angebote --kommune 05315000 angebote.hsds.json",
      "  kekiz angebote --kommune 05315000 --ausgabe angebote.hsds.json",
      ""
    })
final class AngeboteBefehl implements Callable<Integer> {

  private final Umgebung umgebung;

  @Spec @Nullable CommandSpec spec;

  @Mixin GemeinsameOptionen gemeinsam = new GemeinsameOptionen();

  @Mixin KommuneOption kommune = new KommuneOption();

  @Option(
      names = "--ausgabe",
      paramLabel = "DATEI",
      description = "Schreibt die gespeicherten Angebote der Kommune als HSDS 3.0 in DATEI.")
  @Nullable Path ausgabe;

  @Parameters(paramLabel = "DATEI", arity = "0..1", description = "Die HSDS-Datei (JSON, UTF-8).")
  @Nullable Path datei;

  AngeboteBefehl(Umgebung umgebung) {
    this.umgebung = umgebung;
  }

  @Override
  public Integer call() throws Exception {
    Gemeindeschluessel ags = kommune.ags();
    if (ausgabe != null) {
      if (datei != null) {
        throw fehler("--ausgabe schreibt die gespeicherten Angebote; bitte ohne Datei");
      }
      return schreibe(ags, ausgabe);
    }
    if (datei == null) {
      throw fehler("bitte eine HSDS-Datei angeben (oder --ausgabe DATEI)");
    }
    Path d = datei;
    Leseergebnis<Hsdsangebot> gelesen = new HsdsAngebotLeser().lese(d, ags);
    if (!gelesen.fehlerfrei()) {
      return Einrichtung.scheitere(umgebung, gelesen.fehler(), this::schluss);
    }
    return Einrichtung.speichere(
        umgebung, gemeinsam, db -> uebernimm(db, ags, d, gelesen.objekte()), this::schluss);
  }

  private Ergebnis uebernimm(
      Datenbankzugang db, Gemeindeschluessel ags, Path d, List<Hsdsangebot> angebote) {
    Kommune k =
        Kommunenbestand.finde(db.persistenz().kommunen(), ags)
            .orElseThrow(() -> Kommunenbestand.unbekannt(ags, db.beschreibung()));
    Praeventionskette kette =
        db.persistenz()
            .praeventionsketten()
            .findByKommune(ags)
            .orElseGet(() -> Praeventionskette.builder(ags).build());
    HsdsAngebotLeser.Uebernahme u = HsdsAngebotLeser.uebernimm(k, kette, d, angebote);
    if (!u.fehler().isEmpty()) {
      return Ergebnis.abgelehnt(u.fehler());
    }
    String wer = Anzeigetext.sichtbar(k.name()) + " (" + k.schluessel() + ")";
    if (u.neu() + u.geaendert() == 0) {
      return new Ergebnis(
          "Angebote von "
              + wer
              + ": alle "
              + u.unveraendert()
              + " waren schon so gespeichert; nichts geändert.",
          false,
          List.of());
    }
    if (k.revision() == 0) {
      db.persistenz().kommunen().save(k);
    }
    db.persistenz().praeventionsketten().save(u.kette());
    return new Ergebnis(
        "Angebote von "
            + wer
            + " gespeichert: "
            + u.neu()
            + " neu, "
            + u.geaendert()
            + " geändert, "
            + u.unveraendert()
            + " unverändert, "
            + u.neueAkteure()
            + " Träger neu; jetzt "
            + Anzeigetext.anzahl(u.kette().angebote().size(), "Angebot", "Angebote")
            + ".",
        true,
        List.of());
  }

  /** The last line of a failed set-up. */
  private String schluss(List<Importfehler> fehler) {
    return "Nichts gespeichert: " + fehler.size() + " Fehler in der Datei";
  }

  private int schreibe(Gemeindeschluessel ags, Path ziel) throws Exception {
    Kommune k;
    Praeventionskette kette;
    try (Datenbankzugang db = gemeinsam.oeffne(umgebung)) {
      db.verwerfeBeimSchliessen();
      k =
          db.lesend(
              () ->
                  db.persistenz()
                      .kommunen()
                      .findById(ags)
                      .orElseThrow(() -> Kommunenbestand.unbekannt(ags, db.beschreibung())));
      kette =
          db.lesend(
              () ->
                  db.persistenz()
                      .praeventionsketten()
                      .findByKommune(ags)
                      .orElseGet(() -> Praeventionskette.builder(ags).build()));
    }
    HsdsAngebotWriter.builder().kommune(k).build().schreibe(kette, ziel);
    umgebung
        .out()
        .println(
            kette.angebote().size()
                + " Angebote von "
                + Anzeigetext.sichtbar(k.name())
                + " ("
                + k.schluessel()
                + ") nach "
                + Anzeigetext.sichtbar(ziel.toString(), 300)
                + " geschrieben.");
    return Hauptprogramm.OK;
  }

  private ParameterException fehler(String nachricht) {
    return new ParameterException(Objects.requireNonNull(spec, "spec").commandLine(), nachricht);
  }
}

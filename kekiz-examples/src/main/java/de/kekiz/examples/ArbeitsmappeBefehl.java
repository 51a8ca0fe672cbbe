package de.kekiz.examples;

import de.kekiz.domain.angebot.Angebot;
import de.kekiz.domain.angebot.AngebotId;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.examples.Einrichtung.Ergebnis;
import de.kekiz.importe.Anzeigetext;
import de.kekiz.importe.Arbeitsmappe;
import de.kekiz.importe.ArbeitsmappeLeser;
import de.kekiz.importe.ArbeitsmappeSchreiber;
import de.kekiz.importe.Importfehler;
import de.kekiz.importe.Leseergebnis;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * {@code kekiz arbeitsmappe --kommune AGS DATEI.xlsx}: stores the Leitbild, the Präventionskette
 * and the Angebote of a Kommune from the planning workbook ({@link ArbeitsmappeLeser}), as far as
 * the workbook holds them, checking its indicators against the definitions and its Sozialräume
 * against the Kommune; or, with {@code --vorlage}, writes the empty template ({@link
 * ArbeitsmappeSchreiber}) whose indicator drop-down lists the definitions of the database. All or
 * nothing; the same workbook again changes nothing and says so.
 */
@Command(
    name = "arbeitsmappe",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Speichert aus der Arbeitsmappe (XLSX) das Leitbild einer Kommune (Leitziele,"
          + " Handlungsziele, Indikatoren, Zielwerte), ihre Präventionskette (Lebensphasen,"
          + " Übergänge, Handlungsfelder, Akteure, Netzwerke, Steuerung, Zielbeiträge) und ihre"
          + " Angebote, soweit die Mappe sie enthält; leere Blätter lassen den gespeicherten Teil"
          + " stehen. Eine gespeicherte Fassung des Leitbilds mit derselben Nummer wird ersetzt,"
          + " die Angebote der Mappe ersetzen alle gespeicherten. Alles oder nichts: bei einem Fehler wird nichts gespeichert, und jeder"
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

  @Mixin KommuneOption kommune = new KommuneOption();

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
    Gemeindeschluessel ags = kommune.ags();
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
    Optional<Praeventionskette> alteKette = db.persistenz().praeventionsketten().findByKommune(ags);
    ArbeitsmappeLeser leser =
        new ArbeitsmappeLeser()
            .withIndikatoren(indikatoren(db))
            .withSozialraeumen(k.sozialraeume().stream().map(Sozialraum::id).toList());
    if (alteKette.isPresent()) {
      leser = leser.withKette(alteKette.get());
    }
    Leseergebnis<Arbeitsmappe> gelesen = leser.lese(d, ags);
    if (!gelesen.fehlerfrei()) {
      return Ergebnis.abgelehnt(gelesen.fehler());
    }
    Arbeitsmappe m = gelesen.objekte().get(0);
    String wer = Anzeigetext.sichtbar(k.name()) + " (" + k.schluessel() + ")";
    List<String> zeilen = new ArrayList<>();
    boolean gespeichert = false;
    Leitbild neu = m.leitbild();
    if (neu != null) {
      Optional<Leitbild> alt = db.persistenz().leitbilder().findById(neu.id());
      String was = "Leitbild von " + wer + ", Fassung " + neu.fassung();
      if (alt.isPresent() && alt.get().equals(neu.withRevision(alt.get().revision()))) {
        zeilen.add(was + ": schon so gespeichert; nichts geändert.");
      } else {
        speichereKommune(db, k);
        db.persistenz().leitbilder().save(alt.map(a -> neu.withRevision(a.revision())).orElse(neu));
        gespeichert = true;
        zeilen.add(
            was
                + (alt.isPresent() ? " ersetzt: " : " gespeichert: ")
                + Anzeigetext.anzahl(neu.leitziele().size(), "Leitziel", "Leitziele")
                + ", "
                + Anzeigetext.anzahl(neu.handlungsziele().size(), "Handlungsziel", "Handlungsziele")
                + ", "
                + Anzeigetext.anzahl(neu.zielwerte().size(), "Zielwert", "Zielwerte")
                + ".");
      }
    }
    Praeventionskette kette = m.kette();
    if (kette != null) {
      Praeventionskette alt = alteKette.orElse(null);
      boolean gleich = alt != null && alt.equals(kette.withRevision(alt.revision()));
      if (!gleich) {
        speichereKommune(db, k);
        db.persistenz()
            .praeventionsketten()
            .save(alt == null ? kette : kette.withRevision(alt.revision()));
        gespeichert = true;
      }
      if (m.mitKette()) {
        // the chain holds its Angebote: where only they changed, its structure stands
        boolean nurAngebote =
            !gleich
                && alt != null
                && alt.toBuilder()
                    .angebote(kette.angebote())
                    .build()
                    .equals(kette.withRevision(alt.revision()));
        zeilen.add(
            "Präventionskette von "
                + wer
                + (gleich
                    ? ": schon so gespeichert; nichts geändert."
                    : nurAngebote
                        ? ": Aufbau schon so gespeichert; geändert haben sich nur die Angebote."
                        : (alt == null ? " gespeichert: " : " ersetzt: ") + struktur(kette)));
      }
      if (m.mitAngeboten()) {
        zeilen.add(
            "Angebote von "
                + wer
                + (alt != null && alt.angebote().equals(kette.angebote())
                    ? ": alle "
                        + kette.angebote().size()
                        + " waren schon so gespeichert; nichts geändert."
                    : " gespeichert: " + angebote(alt, kette)));
      }
    }
    return new Ergebnis(String.join("\n", zeilen), gespeichert, List.of());
  }

  private static void speichereKommune(Datenbankzugang db, Kommune k) {
    if (k.revision() == 0 && db.persistenz().kommunen().findById(k.schluessel()).isEmpty()) {
      db.persistenz().kommunen().save(k);
    }
  }

  /** What the chain consists of, e.g. "5 Lebensphasen, 4 Übergänge, …". */
  private static String struktur(Praeventionskette k) {
    return Anzeigetext.anzahl(k.lebensphasen().size(), "Lebensphase", "Lebensphasen")
        + ", "
        + Anzeigetext.anzahl(k.uebergaenge().size(), "Übergang", "Übergänge")
        + ", "
        + Anzeigetext.anzahl(k.handlungsfelder().size(), "Handlungsfeld", "Handlungsfelder")
        + ", "
        + Anzeigetext.anzahl(k.akteure().size(), "Akteur", "Akteure")
        + ", "
        + Anzeigetext.anzahl(k.netzwerke().size(), "Netzwerk", "Netzwerke")
        + ", "
        + (k.steuerung().gruppe() == null ? "keine" : "eine")
        + " Steuerungsgruppe, "
        + Anzeigetext.anzahl(
            k.steuerung().ags().size(), "Arbeitsgemeinschaft", "Arbeitsgemeinschaften")
        + ", "
        + Anzeigetext.anzahl(
            k.steuerung().koordinationen().size(), "Koordinationsstelle", "Koordinationsstellen")
        + ", "
        + Anzeigetext.anzahl(k.zielbeitraege().size(), "Zielbeitrag", "Zielbeiträge")
        + ".";
  }

  /** How the Angebote changed, e.g. "3 neu, 1 geändert, 0 entfernt, 10 unverändert; jetzt 14". */
  private static String angebote(@Nullable Praeventionskette alt, Praeventionskette neu) {
    Map<AngebotId, Angebot> vorher = new HashMap<>();
    if (alt != null) {
      alt.angebote().forEach(a -> vorher.put(a.id(), a));
    }
    int hinzu = 0;
    int geaendert = 0;
    int gleich = 0;
    for (Angebot a : neu.angebote()) {
      Angebot v = vorher.remove(a.id());
      if (v == null) {
        hinzu++;
      } else if (v.equals(a)) {
        gleich++;
      } else {
        geaendert++;
      }
    }
    return hinzu
        + " neu, "
        + geaendert
        + " geändert, "
        + vorher.size()
        + " entfernt, "
        + gleich
        + " unverändert; jetzt "
        + Anzeigetext.anzahl(neu.angebote().size(), "Angebot", "Angebote")
        + ".";
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

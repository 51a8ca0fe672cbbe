package de.kekiz.examples;

import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Sozialraumebene;
import de.kekiz.examples.Einrichtung.Ergebnis;
import de.kekiz.importe.Anzeigetext;
import de.kekiz.importe.Gebietsstaende;
import de.kekiz.importe.Geojsonfelder;
import de.kekiz.importe.Importfehler;
import de.kekiz.importe.Leseergebnis;
import de.kekiz.importe.SozialraumGeojsonLeser;
import de.kekiz.importe.SozialraumGeojsonSchreiber;
import de.kekiz.importe.Sozialraumangabe;
import de.kekiz.port.KommuneRepository;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * {@code kekiz sozialraeume --kommune AGS [options] DATEI.geojson...}: takes the Sozialräume of a
 * Kommune from GeoJSON files ({@link SozialraumGeojsonLeser}) into the database, keeping every
 * boundary version ({@link Gebietsstaende}); or, with {@code --ausgabe}, writes the stored ones as
 * GeoJSON ({@link SozialraumGeojsonSchreiber}). The files are taken in the order given (Bezirke
 * before their Stadtteile) and all or nothing: with any error, every error is listed with file,
 * line, column, feature and property, and nothing is stored. Taking the same files again changes
 * nothing and says so.
 */
@Command(
    name = "sozialraeume",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Übernimmt die Sozialräume einer Kommune aus GeoJSON-Dateien (eine FeatureCollection, ein"
          + " Feature je Sozialraum; Grenzen in WGS 84 oder ohne Geometrie). Eine geänderte Grenze"
          + " wird ein neuer Gebietsstand ab dem angegebenen Tag, der alte endet am Tag davor;"
          + " kein Gebietsstand wird überschrieben. Alles oder nichts: bei einem Fehler wird nichts"
          + " gespeichert. Mit --ausgabe werden die gespeicherten Sozialräume als GeoJSON"
          + " geschrieben.",
      "",
      "Beispiele:",
      "  kekiz sozialraeume --kommune 05315000 --schluessel-feld ref \\",
      "      --ebene stadtbezirk --gueltig-ab 01.01.2015 stadtbezirke.geojson",
      "  kekiz sozialraeume --kommune 05315000 --schluessel-feld ref \\",
      "      --ebene stadtteil --eltern-praefix 1 --gueltig-ab 01.01.2015 stadtteile.geojson",
      "  kekiz sozialraeume --kommune 05315000 --ausgabe sozialraeume.geojson"
    })
final class SozialraeumeBefehl implements Callable<Integer> {

  private final Umgebung umgebung;

  @Spec @Nullable CommandSpec spec;

  @Mixin GemeinsameOptionen gemeinsam = new GemeinsameOptionen();

  @Option(
      names = "--kommune",
      paramLabel = "AGS",
      required = true,
      description =
          "Amtlicher Gemeindeschlüssel der Kommune (8 Ziffern); eine Kommune aus NRW wird aus dem"
              + " Gemeindeverzeichnis angelegt, eine andere vorher mit kekiz kommune.")
  @Nullable Gemeindeschluessel kommune;

  @Option(
      names = "--schluessel-feld",
      paramLabel = "EIGENSCHAFT",
      description =
          "Eigenschaft mit dem Schlüssel des Sozialraums in der Kommune (Vorgabe: schluessel).")
  @Nullable String schluesselFeld;

  @Option(
      names = "--name-feld",
      paramLabel = "EIGENSCHAFT",
      description = "Eigenschaft mit dem Namen (Vorgabe: name).")
  @Nullable String nameFeld;

  @Option(
      names = "--uebergeordnet-feld",
      paramLabel = "EIGENSCHAFT",
      description =
          "Eigenschaft mit dem Schlüssel des übergeordneten Sozialraums (Vorgabe: uebergeordnet).")
  @Nullable String uebergeordnetFeld;

  @Option(
      names = "--eltern-praefix",
      paramLabel = "N",
      description =
          "Der übergeordnete Sozialraum ist der Anfang des Schlüssels aus N Zeichen (Köln:"
              + " Stadtteil 404 liegt im Stadtbezirk 4), für Features ohne übergeordneten.")
  int elternpraefix;

  @Option(
      names = "--ebene",
      paramLabel = "EBENE",
      description =
          "Ebene der Features ohne Eigenschaft ebene: stadtbezirk, stadtteil, quartier,"
              + " statistischer-bezirk, schuleinzugsbereich oder sonstige.")
  @Nullable String ebene;

  @Option(
      names = "--gueltig-ab",
      paramLabel = "DATUM",
      description =
          "Erster Gültigkeitstag der Grenzen für Features ohne Eigenschaft gueltig_ab, z. B."
              + " 01.01.2015.")
  @Nullable LocalDate gueltigAb;

  @Option(
      names = "--ausgabe",
      paramLabel = "DATEI",
      description = "Schreibt die gespeicherten Sozialräume der Kommune als GeoJSON in DATEI.")
  @Nullable Path ausgabe;

  @Parameters(paramLabel = "DATEI", arity = "0..*", description = "GeoJSON-Dateien.")
  List<Path> dateien = new ArrayList<>();

  SozialraeumeBefehl(Umgebung umgebung) {
    this.umgebung = umgebung;
  }

  @Override
  public Integer call() throws Exception {
    Gemeindeschluessel ags = Objects.requireNonNull(kommune, "kommune");
    if (ausgabe != null) {
      if (!dateien.isEmpty()) {
        throw fehler("--ausgabe schreibt die gespeicherten Sozialräume; bitte ohne Dateien");
      }
      return schreibe(ags, ausgabe);
    }
    if (dateien.isEmpty()) {
      throw fehler("bitte eine oder mehrere GeoJSON-Dateien angeben (oder --ausgabe DATEI)");
    }
    Geojsonfelder felder = felder();
    List<Leseergebnis<Sozialraumangabe>> gelesen = new ArrayList<>();
    List<Importfehler> fehler = new ArrayList<>();
    for (Path datei : dateien) {
      Leseergebnis<Sozialraumangabe> e = new SozialraumGeojsonLeser().lese(datei, ags, felder);
      gelesen.add(e);
      fehler.addAll(e.fehler());
    }
    if (!fehler.isEmpty()) {
      return scheitere(fehler);
    }
    return Einrichtung.speichere(
        umgebung, gemeinsam, db -> uebernimm(db, ags, gelesen), this::schluss);
  }

  private Ergebnis uebernimm(
      Datenbankzugang db, Gemeindeschluessel ags, List<Leseergebnis<Sozialraumangabe>> gelesen) {
    KommuneRepository kommunen = db.persistenz().kommunen();
    Kommune vorher =
        Kommunenbestand.finde(kommunen, ags)
            .orElseThrow(() -> Kommunenbestand.unbekannt(ags, db.beschreibung()));
    Kommune k = vorher;
    int neu = 0;
    int neueStaende = 0;
    int beendet = 0;
    int unveraendert = 0;
    for (Leseergebnis<Sozialraumangabe> e : gelesen) {
      Gebietsstaende.Uebernahme u = Gebietsstaende.uebernimm(k, e.datei(), e.objekte());
      if (!u.fehler().isEmpty()) {
        return Ergebnis.abgelehnt(u.fehler());
      }
      k = u.kommune();
      neu += u.neu();
      neueStaende += u.neueGebietsstaende();
      beendet += u.beendet();
      unveraendert += u.unveraendert();
    }
    String wer = Anzeigetext.sichtbar(k.name()) + " (" + k.schluessel() + ")";
    if (neu + neueStaende + beendet == 0) {
      return new Ergebnis(
          "Sozialräume von "
              + wer
              + ": alle "
              + unveraendert
              + " waren schon so gespeichert; nichts geändert.",
          false,
          List.of());
    }
    boolean ausVerzeichnis = vorher.revision() == 0;
    kommunen.save(k);
    return new Ergebnis(
        "Sozialräume von "
            + wer
            + (ausVerzeichnis ? " (aus dem Gemeindeverzeichnis NRW angelegt)" : "")
            + " gespeichert: "
            + neu
            + " neu, "
            + Anzeigetext.anzahl(neueStaende, "neuer Gebietsstand", "neue Gebietsstände")
            + ", "
            + beendet
            + " beendet, "
            + unveraendert
            + " unverändert; jetzt "
            + Anzeigetext.anzahl(k.sozialraeume().size(), "Gebietsstand", "Gebietsstände")
            + ".",
        true,
        List.of());
  }

  private int scheitere(List<Importfehler> fehler) {
    return Einrichtung.scheitere(umgebung, fehler, this::schluss);
  }

  /** The last line of a failed set-up. */
  private String schluss(List<Importfehler> fehler) {
    return "Nichts gespeichert: "
        + fehler.size()
        + " Fehler in "
        + fehler.stream().map(Importfehler::datei).distinct().count()
        + (dateien.size() == 1 ? " Datei" : " der " + dateien.size() + " Dateien");
  }

  private int schreibe(Gemeindeschluessel ags, Path ziel) throws Exception {
    Kommune k;
    try (Datenbankzugang db = gemeinsam.oeffne(umgebung)) {
      db.verwerfeBeimSchliessen();
      k =
          db.lesend(
              () ->
                  db.persistenz()
                      .kommunen()
                      .findById(ags)
                      .orElseThrow(() -> Kommunenbestand.unbekannt(ags, db.beschreibung())));
    }
    new SozialraumGeojsonSchreiber().schreibe(k, ziel);
    umgebung
        .out()
        .println(
            k.sozialraeume().size()
                + " Gebietsstände der Sozialräume von "
                + Anzeigetext.sichtbar(k.name())
                + " ("
                + k.schluessel()
                + ") nach "
                + Anzeigetext.sichtbar(ziel.toString(), 300)
                + " geschrieben.");
    return Hauptprogramm.OK;
  }

  private Geojsonfelder felder() {
    Geojsonfelder f = Geojsonfelder.standard();
    try {
      if (schluesselFeld != null) {
        f = f.withSchluessel(schluesselFeld);
      }
      if (nameFeld != null) {
        f = f.withName(nameFeld);
      }
      if (uebergeordnetFeld != null) {
        f = f.withUebergeordnet(uebergeordnetFeld);
      }
      if (elternpraefix != 0) {
        f = f.withElternpraefix(elternpraefix);
      }
    } catch (IllegalArgumentException e) {
      throw fehler(String.valueOf(e.getMessage()));
    }
    if (ebene != null) {
      f = f.withEbene(ebene(ebene));
    }
    if (gueltigAb != null) {
      f = f.withAb(gueltigAb);
    }
    return f;
  }

  private Sozialraumebene ebene(String text) {
    try {
      return Hauptprogramm.aufzaehlung(Sozialraumebene.class, text);
    } catch (IllegalArgumentException e) {
      throw fehler("--ebene " + e.getMessage());
    }
  }

  private ParameterException fehler(String nachricht) {
    return new ParameterException(Objects.requireNonNull(spec, "spec").commandLine(), nachricht);
  }
}

package de.kekiz.examples;

import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kommune.Bevoelkerungsstand;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Gemeindeverzeichnis;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.importe.Anzeigetext;
import de.kekiz.importe.Arbeitsmappe;
import de.kekiz.importe.ArbeitsmappeSchreiber;
import de.kekiz.importe.Bevoelkerungszahl;
import de.kekiz.importe.Dezimaltrennzeichen;
import de.kekiz.importe.IndikatorCsvSchreiber;
import de.kekiz.importe.KekizCsvSchreiber;
import de.kekiz.importe.SozialraumGeojsonSchreiber;
import de.kekiz.reporting.hsds.HsdsAngebotWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code kekiz export --kommune AGS --ausgabe ORDNER}: everything of one Kommune as the files the
 * set-up commands read, so that set-up, export, edit and re-import round-trip: its Sozialräume
 * (GeoJSON), the indicator definitions (CSV), its population and Messwerte (kekiz CSV, for {@code
 * kekiz import}), its Angebote (HSDS 3.0) and, if it has a Leitbild or a stored Präventionskette,
 * the planning workbook ({@code kekiz arbeitsmappe}) with the latest Leitbild, the chain and its
 * Angebote. Existing files of these names in the folder are replaced; other files are left alone.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Schreibt alles einer Kommune in die Dateien, die die Einrichtungsbefehle lesen:"
          + " sozialraeume.geojson (kekiz sozialraeume), indikatoren.csv (kekiz indikatoren, alle"
          + " Definitionen der Datenbank), bevoelkerung.csv und messwerte.csv (kekiz import) und"
          + " angebote.hsds.json (kekiz angebote), dazu arbeitsmappe.xlsx (kekiz arbeitsmappe) mit"
          + " der letzten Fassung des Leitbilds, der Präventionskette und ihren Angeboten, wenn es"
          + " Leitbild oder Präventionskette gibt. Gleichnamige Dateien im"
          + " Ordner werden ersetzt.",
      "",
      "Beispiel:",
      "  kekiz export --kommune 05570004 --ausgabe ahlen",
      ""
    })
final class ExportBefehl implements Callable<Integer> {

  /** The files written, in the order the set-up reads them back. */
  static final List<String> DATEIEN =
      List.of(
          "sozialraeume.geojson",
          "indikatoren.csv",
          "bevoelkerung.csv",
          "messwerte.csv",
          HsdsAngebotWriter.DATEINAME);

  private final Umgebung umgebung;

  @Mixin GemeinsameOptionen gemeinsam = new GemeinsameOptionen();

  @Mixin KommuneOption kommune = new KommuneOption();

  @Option(
      names = "--ausgabe",
      paramLabel = "ORDNER",
      required = true,
      description = "Der Ordner für die Dateien; er wird angelegt, wenn es ihn nicht gibt.")
  @Nullable Path ziel;

  ExportBefehl(Umgebung umgebung) {
    this.umgebung = umgebung;
  }

  /** What is read in one transaction. */
  private record Bestand(
      Kommune kommune,
      List<Indikator> indikatoren,
      List<Messwert> messwerte,
      Praeventionskette kette,
      boolean ketteGespeichert,
      List<Leitbild> leitbilder) {}

  @Override
  public Integer call() throws Exception {
    Gemeindeschluessel ags = kommune.ags();
    Path ordner = Objects.requireNonNull(ziel, "ziel");
    Bestand b;
    try (Datenbankzugang db = gemeinsam.oeffneVorhandene(umgebung)) {
      db.verwerfeBeimSchliessen();
      b =
          db.lesend(
              () -> {
                Kommune k =
                    db.persistenz()
                        .kommunen()
                        .findById(ags)
                        .orElseThrow(() -> nichtGespeichert(ags, db.beschreibung()));
                List<Messwert> messwerte;
                try (Stream<Messwert> s = db.persistenz().messwerte().streamByKommune(ags)) {
                  messwerte =
                      s.sorted(Comparator.comparing(m -> m.schluessel().toString())).toList();
                }
                Optional<Praeventionskette> kette =
                    db.persistenz().praeventionsketten().findByKommune(ags);
                return new Bestand(
                    k,
                    db.persistenz().indikatoren().findAll(),
                    messwerte,
                    kette.orElseGet(() -> Praeventionskette.builder(ags).build()),
                    kette.isPresent(),
                    db.persistenz().leitbilder().findByKommune(ags));
              });
    }
    Files.createDirectories(ordner);
    new SozialraumGeojsonSchreiber().schreibe(b.kommune(), ordner.resolve(DATEIEN.get(0)));
    new IndikatorCsvSchreiber().schreibe(ordner.resolve(DATEIEN.get(1)), b.indikatoren());
    List<Bevoelkerungszahl> bevoelkerung = bevoelkerung(b.kommune());
    KekizCsvSchreiber csv = new KekizCsvSchreiber();
    csv.schreibeBevoelkerung(ordner.resolve(DATEIEN.get(2)), bevoelkerung);
    csv.schreibeMesswerte(ordner.resolve(DATEIEN.get(3)), b.messwerte(), Dezimaltrennzeichen.KOMMA);
    HsdsAngebotWriter.builder()
        .kommune(b.kommune())
        .build()
        .schreibe(b.kette(), ordner.resolve(DATEIEN.get(4)));
    List<String> geschrieben = new ArrayList<>(DATEIEN);
    if (!b.leitbilder().isEmpty() || b.ketteGespeichert()) {
      new ArbeitsmappeSchreiber()
          .schreibe(
              ordner.resolve(ArbeitsmappeSchreiber.DATEINAME),
              Arbeitsmappe.of(
                  ags,
                  b.leitbilder().isEmpty() ? null : b.leitbilder().get(b.leitbilder().size() - 1),
                  b.ketteGespeichert() ? b.kette() : null),
              b.indikatoren().stream().map(Indikator::key).distinct().toList());
      geschrieben.add(ArbeitsmappeSchreiber.DATEINAME);
    }
    Kommune k = b.kommune();
    umgebung
        .out()
        .println(
            Anzeigetext.sichtbar(k.name())
                + " ("
                + k.schluessel()
                + ") nach "
                + Anzeigetext.sichtbar(ordner.toString(), 300)
                + " geschrieben: "
                + k.sozialraeume().size()
                + " Gebietsstände der Sozialräume, "
                + b.indikatoren().size()
                + " Indikatordefinitionen, "
                + bevoelkerung.size()
                + " Bevölkerungszahlen, "
                + b.messwerte().size()
                + " Messwerte, "
                + b.kette().angebote().size()
                + " Angebote"
                + (b.leitbilder().isEmpty()
                    ? ", kein Leitbild."
                    : ", Leitbild Fassung "
                        + b.leitbilder().get(b.leitbilder().size() - 1).fassung()
                        + "."));
    for (String name : geschrieben) {
      umgebung.out().println("  " + name);
    }
    return Hauptprogramm.OK;
  }

  /**
   * The population of the Kommune and of every Sozialraum version, ordered by area, reference date
   * and age group (not by the order the database returns the versions in).
   */
  private static List<Bevoelkerungszahl> bevoelkerung(Kommune k) {
    List<Bevoelkerungszahl> zahlen = new ArrayList<>();
    for (Bevoelkerungsstand s : k.bevoelkerung()) {
      zahlen.add(
          Bevoelkerungszahl.of(
              Raumbezug.of(k.schluessel()), s.stichtag(), s.altersgruppe(), s.anzahl()));
    }
    for (Sozialraum r : k.sozialraeume()) {
      for (Bevoelkerungsstand s : r.bevoelkerung()) {
        zahlen.add(
            Bevoelkerungszahl.of(
                Raumbezug.of(r.ref()), s.stichtag(), s.altersgruppe(), s.anzahl()));
      }
    }
    zahlen.sort(
        Comparator.comparing(Bevoelkerungszahl::raum)
            .thenComparing(Bevoelkerungszahl::stichtag)
            .thenComparing(Bevoelkerungszahl::altersgruppe));
    return zahlen;
  }

  /**
   * The message for a Kommune that is not stored: there is nothing of it to export, whether or not
   * the register knows it.
   */
  private static Abbruch nichtGespeichert(Gemeindeschluessel ags, String datenbank) {
    boolean imVerzeichnis = Gemeindeverzeichnis.nrw().kommune(ags).isPresent();
    return new Abbruch(
        "Kommune "
            + ags
            + " ist in der "
            + datenbank
            + " nicht gespeichert, es gibt nichts von ihr zu exportieren; kekiz kommune --kommune "
            + ags
            + (imVerzeichnis ? "" : " --name NAME --art ART")
            + " legt sie an, kekiz demo lädt die Beispielkommunen");
  }
}

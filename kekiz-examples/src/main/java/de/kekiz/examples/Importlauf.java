package de.kekiz.examples;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.indikator.SozialraumBezug;
import de.kekiz.domain.kommune.Bevoelkerungsstand;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.importe.Anzeigetext;
import de.kekiz.importe.Bevoelkerungszahl;
import de.kekiz.importe.Dateiart;
import de.kekiz.importe.Gebietsauswahl;
import de.kekiz.importe.Importdiagnose;
import de.kekiz.importe.Importergebnis;
import de.kekiz.importe.Importfehler;
import de.kekiz.importe.Importleser;
import de.kekiz.importe.Importoptionen;
import de.kekiz.importe.Importpruefung;
import de.kekiz.importe.Importpruefung.Angabe;
import de.kekiz.importe.Importpruefung.Befund;
import de.kekiz.importe.Importzuordnung;
import de.kekiz.importe.Tabellenzuordnung;
import de.kekiz.persistence.KekizPersistenz;
import de.kekiz.persistence.Mandant;
import de.kekiz.port.DuplikatException;
import de.kekiz.port.Duplikatregel;
import de.kekiz.port.PersistenzException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One run of {@code kekiz import}: reads every file, checks what it read against the database, and
 * stores it in one transaction, or nothing.
 *
 * <ol>
 *   <li>The Kommune must be in the database or in the {@link
 *       de.kekiz.domain.kommune.Gemeindeverzeichnis} of NRW (then it is stored with the import, as
 *       is every Gemeinde of a Kreis the import has values for). For a Kreis (a Kommune of {@link
 *       de.kekiz.domain.kommune.Kommunenart#kreisebene() Kreis level}) the values of the Kreis and
 *       of each of its Gemeinden are taken, each for its own Kommune; otherwise those of the
 *       Kommune alone. The repositories are opened for that {@link Mandant} only.
 *   <li>Each file is read with {@link Importleser}; every bad row is printed with file, line,
 *       column and value.
 *   <li>Each Messwert is checked against its indicator definition in the database ({@link
 *       Indikator#pruefe}) and its area (the Kommune, or a Sozialraum version it has); each
 *       population figure against its area. A figure by sex is not stored: a {@link
 *       Bevoelkerungsstand} has no sex.
 *   <li>If anything was bad, nothing is stored (unless bad rows are to be skipped); otherwise the
 *       Messwerte and the changed Kommunen (a population figure replaces one of the same date and
 *       age group) are stored in one transaction.
 * </ol>
 */
final class Importlauf {

  private final Datenbankzugang db;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Importleser leser = new Importleser();

  private final Map<IndikatorRef, Optional<Indikator>> indikatoren = new LinkedHashMap<>();
  private final Map<Gemeindeschluessel, Optional<Kommune>> kommunen = new TreeMap<>();
  private final List<String> abschluss = new ArrayList<>();
  private @Nullable KekizPersistenz persistenz;
  private final @Nullable Tabellenzuordnung tabelle;

  /**
   * An import of the files {@link #fuehreAus} is given; with {@code tabelle}, each is a wide table
   * of areas read as that mapping says.
   */
  Importlauf(Datenbankzugang db, Umgebung umgebung, @Nullable Tabellenzuordnung tabelle) {
    this.db = requireNonNull(db, "db");
    this.out = umgebung.out();
    this.err = umgebung.err();
    this.tabelle = tabelle;
  }

  /**
   * What a successful import has to say once it is durable (the database closed): what was stored.
   * Empty before {@link #fuehreAus} or after a failed import.
   */
  List<String> abschluss() {
    return List.copyOf(abschluss);
  }

  /**
   * Imports {@code dateien} for Kommune {@code ags}.
   *
   * @param zuordnung what GENESIS values become, or {@code null} if no GENESIS file is expected
   * @param optionen the reader's options; area and Fehlerbehandlung are set here
   * @param ueberspringen whether bad rows and values are left out (and reported) instead of
   *     stopping the whole import
   * @param fortschrittAlle print progress every this many rows
   * @return the exit status
   */
  int fuehreAus(
      Gemeindeschluessel ags,
      List<Path> dateien,
      @Nullable Importzuordnung zuordnung,
      Importoptionen optionen,
      boolean ueberspringen,
      int fortschrittAlle,
      Duplikatregel duplikate) {
    Kommune kommune =
        db.imTransaktion(() -> Kommunenbestand.finde(db.persistenz().kommunen(), ags))
            .orElseThrow(() -> Kommunenbestand.unbekannt(ags, db.beschreibung()));
    boolean kreis = kommune.art().kreisebene();
    Mandant mandant = kreis ? Mandant.kreis(ags.kreis()) : Mandant.kommune(ags);
    Gebietsauswahl gebiet =
        kreis ? Gebietsauswahl.kreisMitGemeinden(ags.kreis()) : Gebietsauswahl.kommune(ags);
    out.println(
        "Import für "
            + Anzeigetext.sichtbar(kommune.name())
            + " (AGS "
            + ags
            + ")"
            + (kreis ? " mit den Gemeinden des Kreises" : "")
            + " in die "
            + db.beschreibung());
    out.flush();
    return db.imTransaktion(
        () -> {
          persistenz = db.persistenz().fuer(mandant);
          return importiere(
              dateien,
              zuordnung,
              optionen.withGebiet(gebiet),
              ueberspringen,
              fortschrittAlle,
              duplikate);
        });
  }

  private int importiere(
      List<Path> dateien,
      @Nullable Importzuordnung zuordnung,
      Importoptionen optionen,
      boolean ueberspringen,
      int fortschrittAlle,
      Duplikatregel duplikate) {
    KekizPersistenz p = requireNonNull(persistenz);
    Tabellenzuordnung spalten = tabelle;
    if (zuordnung == null && spalten == null) {
      for (Path datei : dateien) {
        pruefeGenesisOhneZuordnung(datei);
      }
    }
    long fehler = 0;
    long leer = 0;
    long nachGeschlecht = 0;
    List<Messwert> messwerte = new ArrayList<>();
    Map<Gemeindeschluessel, Map<Raumbezug, Map<Bevoelkerungsschluessel, Bevoelkerungsstand>>>
        bevoelkerung = new TreeMap<>();
    Pruefung pruefung = new Pruefung(dateien.size() > 1);
    for (Path datei : dateien) {
      Fortschritt fortschritt = new Fortschritt(datei, fortschrittAlle);
      err.println("Lese " + Anzeigetext.sichtbar(datei.getFileName().toString(), 300) + " …");
      err.flush();
      Importoptionen o =
          optionen.withFortschritt(fortschritt::melde, fortschrittAlle).withPruefung(pruefung);
      Importergebnis e =
          spalten == null ? leser.lese(datei, zuordnung, o) : leser.leseTabelle(datei, spalten, o);
      out.println(e.zusammenfassung());
      for (Importfehler f : e.fehler()) {
        err.println(f);
      }
      if (e.fehlerGesamt() > e.fehler().size()) {
        err.println(
            datei
                + ": "
                + Anzeigetext.zahl(e.fehlerGesamt() - e.fehler().size())
                + " weitere Fehler, nicht einzeln aufgeführt");
      }
      fehler += e.fehlerGesamt();
      if (Importdiagnose.leer(e) && spalten != null) {
        err.println(
            Anzeigetext.sichtbar(datei.toString(), 300)
                + ": nichts zu importieren: die Zuordnung gibt aus der Tabelle keinen Wert für "
                + optionen.gebiet());
        leer++;
      } else if (Importdiagnose.leer(e)) {
        // a file that gives nothing is a mistake (another Kommune, value variable or option)
        Importdiagnose.Befund b = Importdiagnose.erklaere(datei, zuordnung, optionen, e);
        err.println(
            Anzeigetext.sichtbar(datei.toString(), 300) + ": nichts zu importieren: " + b.text());
        for (String h : hinweise(b)) {
          err.println("  " + h);
        }
        leer++;
      }
      // every object was checked against the database and the other files while read
      messwerte.addAll(e.messwerte());
      for (Bevoelkerungszahl b : e.bevoelkerung()) {
        Optional<Bevoelkerungsstand> stand = b.stand();
        if (stand.isEmpty()) {
          nachGeschlecht++;
          continue;
        }
        bevoelkerung
            .computeIfAbsent(b.raum().kommune(), k -> new LinkedHashMap<>())
            .computeIfAbsent(b.raum(), r -> new LinkedHashMap<>())
            .put(new Bevoelkerungsschluessel(stand.get()), stand.get());
      }
      err.flush();
    }
    List<Kommune> kommunenNeu = new ArrayList<>();
    List<Kommune> unveraendert = new ArrayList<>();
    long zahlen = 0; // population figures read
    long uebernommen = 0; // of them, those of a Kommune whose population changes
    for (Map.Entry<
            Gemeindeschluessel, Map<Raumbezug, Map<Bevoelkerungsschluessel, Bevoelkerungsstand>>>
        e : bevoelkerung.entrySet()) {
      Kommune k = kommune(e.getKey()).orElseThrow();
      try {
        Kommune neu = mitBevoelkerung(k, e.getValue());
        long hier = 0;
        for (Map<Bevoelkerungsschluessel, Bevoelkerungsstand> m : e.getValue().values()) {
          hier += m.size();
        }
        zahlen += hier;
        if (k.revision() > 0 && gleicheBevoelkerung(k, neu)) {
          unveraendert.add(k); // imported again: nothing to store, the revision stays
        } else {
          kommunenNeu.add(neu);
          uebernommen += hier;
        }
      } catch (RegelverstossException | IllegalArgumentException x) {
        fehler++;
        err.println(
            "Bevölkerung von "
                + Anzeigetext.sichtbar(k.name())
                + " ("
                + k.schluessel()
                + "): "
                + x.getMessage());
      }
    }
    if (nachGeschlecht > 0) {
      out.println(
          Anzeigetext.zahl(nachGeschlecht)
              + " Bevölkerungszahlen nach Geschlecht nicht übernommen"
              + " (der Bevölkerungsstand einer Kommune kennt kein Geschlecht)");
    }
    if (fehler > 0 && !ueberspringen) {
      err.println(
          "Nichts importiert: "
              + Anzeigetext.zahl(fehler)
              + " Fehler"
              + " (--fehlerhafte-zeilen-ueberspringen importiert die fehlerfreien Zeilen)");
      return Hauptprogramm.FEHLER;
    }
    if (leer > 0) {
      err.println(
          "Nichts importiert: "
              + (dateien.size() == 1
                  ? "die Datei gibt nichts für "
                  : Anzeigetext.zahl(leer)
                      + " der "
                      + Anzeigetext.zahl(dateien.size())
                      + (leer == 1 ? " Dateien gibt nichts für " : " Dateien geben nichts für "))
              + optionen.gebiet());
      return Hauptprogramm.FEHLER;
    }
    if (messwerte.isEmpty() && zahlen == 0) {
      err.println(
          "Nichts importiert: "
              + (nachGeschlecht > 0
                  ? "die Dateien geben nur Bevölkerungszahlen nach Geschlecht, und der"
                      + " Bevölkerungsstand einer Kommune kennt kein Geschlecht (ohne --dimension"
                      + " für das Geschlecht nimmt der Import die Zahlen für beide zusammen)"
                  : "keine der Zeilen ergibt einen Wert für " + optionen.gebiet()));
      return Hauptprogramm.FEHLER;
    }
    Map<Gemeindeschluessel, Long> vorher = new TreeMap<>();
    for (Messwert m : messwerte) {
      vorher.computeIfAbsent(m.raum().kommune(), p.messwerte()::count);
    }
    if (messwerte.size() >= fortschrittAlle) {
      err.println("Speichere " + Anzeigetext.zahl(messwerte.size()) + " Messwerte …");
      err.flush();
    }
    // the Kommunen of the register the import refers to are stored with it, the changed ones too
    Map<Gemeindeschluessel, Kommune> zuSpeichern = new TreeMap<>();
    for (Gemeindeschluessel ags : vorher.keySet()) {
      Kommune k = kommune(ags).orElseThrow();
      if (k.revision() == 0) {
        zuSpeichern.put(ags, k);
      }
    }
    for (Kommune k : kommunenNeu) {
      zuSpeichern.put(k.schluessel(), k);
    }
    for (Kommune k : zuSpeichern.values()) {
      p.kommunen().save(k);
    }
    long gespeichert;
    try {
      gespeichert = messwerte.isEmpty() ? 0 : p.messwerte().saveAll(messwerte, duplikate);
    } catch (DuplikatException x) {
      // the database's own check, behind the readers': named by the file and line it came from
      err.println(pruefung.herkunft(x.position()) + ": " + x.getMessage());
      err.println("Nichts importiert: 1 Fehler");
      throw new Abbruch("der Import wurde zurückgenommen");
    } catch (PersistenzException x) {
      if (x.position().isPresent()) {
        err.println(
            pruefung.herkunft(x.position().getAsLong())
                + ": der Wert lässt sich nicht speichern, die Datenbank meldet "
                + Fehlerausgabe.innersteMeldung(x));
        err.println("Nichts importiert: 1 Fehler");
        throw new Abbruch("der Import wurde zurückgenommen", x);
      }
      throw x;
    }
    if (gespeichert >= Importoptionen.STANDARD_FORTSCHRITT_INTERVALL) {
      db.verdichteBeimSchliessen();
    }
    abschluss.add(
        "Importiert: "
            + Anzeigetext.anzahl(gespeichert, "Messwert", "Messwerte")
            + ", "
            + Anzeigetext.anzahl(uebernommen, "Bevölkerungszahl", "Bevölkerungszahlen")
            + (fehler > 0
                ? " (" + Anzeigetext.zahl(fehler) + " fehlerhafte Zeilen oder Werte übersprungen)"
                : ""));
    for (Map.Entry<Gemeindeschluessel, Long> v : vorher.entrySet()) {
      abschluss.add(
          "  Messwerte von "
              + kommune(v.getKey()).map(Kommune::name).orElse("?")
              + " ("
              + v.getKey()
              + "): "
              + Anzeigetext.zahl(v.getValue())
              + " → "
              + Anzeigetext.zahl(p.messwerte().count(v.getKey())));
    }
    for (Kommune k : zuSpeichern.values()) {
      if (k.revision() == 0) {
        abschluss.add(
            "  Kommune "
                + Anzeigetext.sichtbar(k.name())
                + " ("
                + k.schluessel()
                + ") aus dem Gemeindeverzeichnis NRW angelegt");
      }
    }
    for (Kommune k : kommunenNeu) {
      abschluss.add(
          "  Bevölkerung von "
              + Anzeigetext.sichtbar(k.name())
              + " ("
              + k.schluessel()
              + ") aktualisiert");
    }
    for (Kommune k : unveraendert) {
      abschluss.add(
          "  Bevölkerung von "
              + Anzeigetext.sichtbar(k.name())
              + " ("
              + k.schluessel()
              + ") unverändert: dieselben Zahlen waren schon gespeichert");
    }
    return Hauptprogramm.OK;
  }

  /**
   * Refuses a GENESIS file imported without saying what its values become, naming the options and
   * the file's value variables.
   */
  private static void pruefeGenesisOhneZuordnung(Path datei) {
    if (Dateiart.erkenne(datei) != Dateiart.GENESIS_CSV) {
      return;
    }
    List<String> merkmale = new ArrayList<>();
    Importdiagnose.wertmerkmale(datei)
        .forEach((code, text) -> merkmale.add(code + " (" + text + ")"));
    throw new Abbruch(
        Anzeigetext.sichtbar(datei.toString(), 300)
            + " ist ein GENESIS-Export: bitte mit --wertmerkmal CODE sagen, welches Wertmerkmal"
            + " importiert wird, und mit --als bevoelkerung oder --indikator SCHLUESSEL@VERSION, was"
            + " seine Werte werden; die Datei hat "
            + (merkmale.isEmpty()
                ? "keine Werte"
                : "die Wertmerkmale " + String.join(", ", merkmale)));
  }

  /** What the user can do about {@code b}, as options of {@code kekiz import}. */
  private static List<String> hinweise(Importdiagnose.Befund b) {
    List<String> h = new ArrayList<>();
    switch (b.ursache()) {
      case ANDERES_WERTMERKMAL:
        h.add("--wertmerkmal CODE wählt eines der Wertmerkmale der Datei");
        break;
      case KEIN_KOMMUNEBEZUG:
        h.add("--raummerkmal VAR nennt das regionale Merkmal, wenn kekiz es nicht erkennt");
        break;
      case ANDERE_AUSPRAEGUNG:
        for (Map.Entry<String, ImmutableList<String>> e : b.merkmale().entrySet()) {
          String erste = e.getValue().get(0);
          int leer = erste.indexOf(' ');
          h.add(
              "--auswahl "
                  + e.getKey()
                  + "="
                  + (leer < 0 ? erste : erste.substring(0, leer))
                  + " nimmt nur eine Ausprägung, --dimension "
                  + e.getKey()
                  + "=DIMENSION (z. B. geschlecht, alter) nimmt jede als Aufschlüsselung");
        }
        break;
      case ANDERES_GEBIET:
        h.add(
            "--kommune AGS wählt die Kommune (eine Kreis-AGS nimmt den Kreis mit seinen"
                + " Gemeinden)");
        break;
      default:
        break;
    }
    return h;
  }

  /** Whether {@code a} and {@code b} hold the same population figures, in any order. */
  private static boolean gleicheBevoelkerung(Kommune a, Kommune b) {
    if (!Set.copyOf(a.bevoelkerung()).equals(Set.copyOf(b.bevoelkerung()))
        || a.sozialraeume().size() != b.sozialraeume().size()) {
      return false;
    }
    for (int i = 0; i < a.sozialraeume().size(); i++) {
      if (!Set.copyOf(a.sozialraeume().get(i).bevoelkerung())
          .equals(Set.copyOf(b.sozialraeume().get(i).bevoelkerung()))) {
        return false;
      }
    }
    return true;
  }

  /** The same date and age group: a new figure replaces the old one. */
  private record Bevoelkerungsschluessel(java.time.LocalDate stichtag, Altersspanne altersgruppe) {
    Bevoelkerungsschluessel(Bevoelkerungsstand b) {
      this(b.stichtag(), b.altersgruppe());
    }
  }

  /** {@code k} with the population figures {@code neu} replacing those of the same key. */
  private static Kommune mitBevoelkerung(
      Kommune k, Map<Raumbezug, Map<Bevoelkerungsschluessel, Bevoelkerungsstand>> neu) {
    Kommune.Builder b = k.toBuilder();
    Map<Bevoelkerungsschluessel, Bevoelkerungsstand> kommunenweit =
        neu.get(Raumbezug.of(k.schluessel()));
    if (kommunenweit != null) {
      b.bevoelkerung(ersetze(k.bevoelkerung(), kommunenweit));
    }
    List<Sozialraum> raeume = new ArrayList<>();
    for (Sozialraum s : k.sozialraeume()) {
      Map<Bevoelkerungsschluessel, Bevoelkerungsstand> fuerRaum =
          neu.get(new SozialraumBezug(s.ref()));
      raeume.add(fuerRaum == null ? s : s.withBevoelkerung(ersetze(s.bevoelkerung(), fuerRaum)));
    }
    return b.sozialraeume(raeume).build();
  }

  private static List<Bevoelkerungsstand> ersetze(
      List<Bevoelkerungsstand> bisher, Map<Bevoelkerungsschluessel, Bevoelkerungsstand> neu) {
    List<Bevoelkerungsstand> ergebnis = new ArrayList<>(bisher.size() + neu.size());
    for (Bevoelkerungsstand b : bisher) {
      if (!neu.containsKey(new Bevoelkerungsschluessel(b))) {
        ergebnis.add(b);
      }
    }
    ergebnis.addAll(neu.values());
    return ergebnis;
  }

  /**
   * The check of each object while it is read ({@link Importpruefung}): against the indicator
   * definitions and areas in the database, and — for an import of several files — against the
   * objects of the files read before: the same key with the same values is skipped, with other
   * values an error, as within one file. Remembers where each kept Messwert came from, so that an
   * error the database reports for a position of the load is named by file and line.
   */
  private final class Pruefung implements Importpruefung {
    private final boolean ueberDateien;
    private final Map<Object, Herkunft> gelesen = new java.util.HashMap<>();
    private final List<Path> dateien = new ArrayList<>();
    private int[] dateiJePosition = new int[1024];
    private long[] zeileJePosition = new long[1024];
    private int positionen;

    private record Herkunft(Object objekt, Path datei, long zeile) {}

    Pruefung(boolean ueberDateien) {
      this.ueberDateien = ueberDateien;
    }

    @Override
    public Befund pruefe(Object objekt, Path datei, long zeile) {
      Befund befund =
          objekt instanceof Messwert m
              ? Importlauf.this.pruefe(m)
              : pruefeBevoelkerung((Bevoelkerungszahl) objekt);
      if (befund.fehler() != null) {
        return befund;
      }
      if (ueberDateien) {
        Herkunft frueher = gelesen.get(schluessel(objekt));
        if (frueher != null) {
          if (frueher.objekt().equals(objekt)) {
            return Befund.DOPPELT;
          }
          return Befund.fehler(
              "derselbe Schlüssel steht schon in "
                  + Anzeigetext.sichtbar(frueher.datei().toString(), 300)
                  + ", Zeile "
                  + frueher.zeile()
                  + ", mit anderem Wert: "
                  + frueher.objekt()
                  + " dort, "
                  + objekt
                  + " hier");
        }
      }
      return Befund.GUT;
    }

    @Override
    public void behalten(Object objekt, Path datei, long zeile) {
      if (ueberDateien) {
        gelesen.put(schluessel(objekt), new Herkunft(objekt, datei, zeile));
      }
      if (objekt instanceof Messwert) {
        if (dateien.isEmpty() || !dateien.get(dateien.size() - 1).equals(datei)) {
          dateien.add(datei);
        }
        if (positionen == zeileJePosition.length) {
          zeileJePosition = java.util.Arrays.copyOf(zeileJePosition, positionen * 2);
          dateiJePosition = java.util.Arrays.copyOf(dateiJePosition, positionen * 2);
        }
        zeileJePosition[positionen] = zeile;
        dateiJePosition[positionen] = dateien.size() - 1;
        positionen++;
      }
    }

    private Object schluessel(Object objekt) {
      return objekt instanceof Messwert m
          ? m.schluessel()
          : ((Bevoelkerungszahl) objekt).schluessel();
    }

    /** "file, Zeile N" of the Messwert at 1-based position {@code position} of the load. */
    String herkunft(long position) {
      if (position < 1 || position > positionen) {
        return "Messwert an Position " + position + " des Imports";
      }
      int i = (int) position - 1;
      return Anzeigetext.sichtbar(dateien.get(dateiJePosition[i]).toString(), 300)
          + ", Zeile "
          + zeileJePosition[i];
    }
  }

  private Befund pruefeBevoelkerung(Bevoelkerungszahl b) {
    Optional<Bevoelkerungsstand> stand = b.stand();
    // a figure by sex is not stored, but its area must exist
    String grund = stand.isEmpty() ? pruefeRaum(b.raum()) : pruefe(b.raum(), stand.get());
    return grund == null ? Befund.GUT : Befund.fehler(grund, Angabe.RAUM);
  }

  /**
   * The check of {@code m} against the database: its indicator, its area and the indicator's rules;
   * an error names the part that is wrong, so that the reader reports it at that part's cell.
   */
  private Befund pruefe(Messwert m) {
    Optional<Indikator> i =
        indikatoren.computeIfAbsent(
            m.indikator(), ref -> requireNonNull(persistenz).indikatoren().findByRef(ref));
    if (i.isEmpty()) {
      return Befund.fehler(
          "Messwert "
              + m.schluessel()
              + ": der Indikator "
              + m.indikator()
              + " ist nicht in der Datenbank",
          Angabe.INDIKATOR);
    }
    String raum = pruefeRaum(m.raum());
    if (raum != null) {
      return Befund.fehler("Messwert " + m.schluessel() + ": " + raum, Angabe.RAUM);
    }
    try {
      i.get().pruefe(m);
      return Befund.GUT;
    } catch (RegelverstossException r) {
      return Befund.fehler(
          "Messwert " + m.schluessel() + ": " + regelverstoss(r.regel(), i.get(), m),
          angabe(r.regel()));
    }
  }

  /** The part of a Messwert that the rule {@code regel} of {@link Indikator#pruefe} finds wrong. */
  static Angabe angabe(String regel) {
    return switch (regel) {
      case "messwert.periode-passt-nicht-zur-periodizitaet",
          "messwert.periode-ausserhalb-gueltigkeit" ->
          Angabe.PERIODE;
      case "messwert.dimension-nicht-deklariert" -> Angabe.AUFSCHLUESSELUNG;
      case "messwert.nenner-ohne-definition", "messwert.nenner-fehlt" -> Angabe.NENNER;
      default -> Angabe.WERT;
    };
  }

  /**
   * The German reason for the rule {@code regel} of {@link Indikator#pruefe} that {@code m} broke;
   * the domain's own message is English, for developers.
   */
  static String regelverstoss(String regel, Indikator i, Messwert m) {
    return switch (regel) {
      case "messwert.periode-passt-nicht-zur-periodizitaet" ->
          "die Periode "
              + m.periode()
              + " ist "
              + m.periode().art().bezeichnung()
              + ", der Indikator "
              + i.ref()
              + " aber "
              + i.periodizitaet().bezeichnung();
      case "messwert.periode-ausserhalb-gueltigkeit" ->
          "die Periode "
              + m.periode()
              + " beginnt am "
              + Anzeigetext.datum(m.periode().beginn())
              + ", außerhalb der Gültigkeit des Indikators "
              + i.ref()
              + " ("
              + Anzeigetext.datum(i.gueltigkeit().von())
              + " bis "
              + i.gueltigkeit().ende().map(Anzeigetext::datum).orElse("offen")
              + ")";
      case "messwert.dimension-nicht-deklariert" ->
          "die Aufschlüsselung "
              + m.aufschluesselung()
              + " nutzt eine Dimension, die der Indikator "
              + i.ref()
              + " nicht hat"
              + (i.dimensionen().isEmpty()
                  ? " (er hat keine)"
                  : " (er hat " + String.join(", ", i.dimensionen()) + ")");
      case "messwert.nenner-ohne-definition" ->
          "der Indikator "
              + i.ref()
              + " hat keinen Nenner, die Zeile aber den Nenner "
              + dezimal(m.nenner());
      case "messwert.nenner-fehlt" ->
          "der Indikator "
              + i.ref()
              + " braucht zum Zähler "
              + dezimal(m.zaehler())
              + " einen Nenner ("
              + i.nennerDefinition().orElse("")
              + ")";
      case "messwert.anteil-negativ" ->
          "ein Anteil kann nicht negativ sein, der Zähler ist " + dezimal(m.zaehler());
      case "messwert.zaehler-groesser-als-nenner" ->
          "ein Anteil kann nicht größer als sein Nenner sein: Zähler "
              + dezimal(m.zaehler())
              + " > Nenner "
              + dezimal(m.nenner());
      default -> "der Messwert verletzt die Regel " + regel + " des Indikators " + i.ref();
    };
  }

  /** {@code zahl} as a German writes it: {@code 1.612}, {@code 12,5}. */
  private static String dezimal(java.math.@Nullable BigDecimal zahl) {
    if (zahl == null) {
      return "–";
    }
    java.text.DecimalFormat f =
        new java.text.DecimalFormat(
            "#,##0.##########",
            java.text.DecimalFormatSymbols.getInstance(java.util.Locale.GERMANY));
    f.setMaximumFractionDigits(340);
    return f.format(zahl);
  }

  private @Nullable String pruefeRaum(Raumbezug raum) {
    Optional<Kommune> k = kommune(raum.kommune());
    if (k.isEmpty()) {
      return "Kommune " + raum.kommune() + " ist nicht in der Datenbank";
    }
    if (raum instanceof SozialraumBezug s && k.get().sozialraum(s.sozialraum()).isEmpty()) {
      return Anzeigetext.sichtbar(k.get().name()) + " hat keinen Sozialraum " + s.sozialraum();
    }
    return null;
  }

  private Optional<Kommune> kommune(Gemeindeschluessel ags) {
    return kommunen.computeIfAbsent(
        ags, a -> Kommunenbestand.finde(requireNonNull(persistenz).kommunen(), a));
  }

  private @Nullable String pruefe(Raumbezug raum, Bevoelkerungsstand stand) {
    String fehler = pruefeRaum(raum);
    if (fehler != null) {
      return fehler;
    }
    if (raum instanceof SozialraumBezug s) {
      Sozialraum sr =
          kommune(raum.kommune()).orElseThrow().sozialraum(s.sozialraum()).orElseThrow();
      if (!sr.gueltigkeit().enthaelt(stand.stichtag())) {
        return "der Stichtag "
            + Anzeigetext.datum(stand.stichtag())
            + " liegt nicht in der Gültigkeit des Sozialraums "
            + s.sozialraum().id()
            + " "
            + Anzeigetext.sichtbar(sr.name())
            + " (ab "
            + Anzeigetext.datum(sr.gueltigkeit().von())
            + sr.gueltigkeit().ende().map(t -> " bis " + Anzeigetext.datum(t)).orElse("")
            + ")";
      }
    }
    return null;
  }

  /** Prints the rows read so far to the error output, for long files only. */
  private final class Fortschritt {
    private final Path datei;
    private final int alle;
    private long zuletzt;

    Fortschritt(Path datei, int alle) {
      this.datei = datei;
      this.alle = alle;
    }

    void melde(long zeilen) {
      if (zeilen >= alle && zeilen != zuletzt) {
        zuletzt = zeilen;
        err.println(datei.getFileName() + ": " + Anzeigetext.zahl(zeilen) + " Zeilen gelesen");
        err.flush();
      }
    }
  }
}

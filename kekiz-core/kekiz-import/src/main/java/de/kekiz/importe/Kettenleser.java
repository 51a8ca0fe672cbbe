package de.kekiz.importe;

import de.kekiz.domain.AkteurId;
import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.Geldbetrag;
import de.kekiz.domain.KekizException;
import de.kekiz.domain.Stellenanteil;
import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.angebot.Adresse;
import de.kekiz.domain.angebot.Angebot;
import de.kekiz.domain.angebot.AngebotId;
import de.kekiz.domain.angebot.AngebotStatus;
import de.kekiz.domain.angebot.Kapazitaet;
import de.kekiz.domain.angebot.Koordinate;
import de.kekiz.domain.angebot.Kostenoption;
import de.kekiz.domain.angebot.Praeventionsebene;
import de.kekiz.domain.angebot.Standort;
import de.kekiz.domain.angebot.Standortart;
import de.kekiz.domain.angebot.Zeitplan;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.kette.Akteur;
import de.kekiz.domain.kette.Akteursart;
import de.kekiz.domain.kette.Arbeitsgemeinschaft;
import de.kekiz.domain.kette.Beitragsart;
import de.kekiz.domain.kette.Handlungsfeld;
import de.kekiz.domain.kette.Koordination;
import de.kekiz.domain.kette.Lebensphase;
import de.kekiz.domain.kette.Mitglied;
import de.kekiz.domain.kette.Netzwerk;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kette.Steuerung;
import de.kekiz.domain.kette.Steuerungsgruppe;
import de.kekiz.domain.kette.Uebergang;
import de.kekiz.domain.kette.Zielbeitrag;
import de.kekiz.domain.kommune.Finanzierungsquelle;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Programm;
import de.kekiz.domain.kommune.SozialraumId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads the sheets of the Präventionskette and of the Angebote of a planning workbook (for {@link
 * ArbeitsmappeLeser}); each bad cell goes to the workbook's list of errors. A sheet left empty
 * leaves its part to the stored chain (or the standard chain): see {@link Arbeitsmappe}.
 */
final class Kettenleser {

  /** What a row of the sheet Zuordnungen belongs to (column Teil). */
  enum Zuordnungsteil {
    UEBERGANG("Übergang", Arbeitsmappenblatt.UEBERGAENGE),
    AKTEUR("Akteur", Arbeitsmappenblatt.AKTEURE),
    NETZWERK("Netzwerk", Arbeitsmappenblatt.NETZWERKE),
    GREMIUM("Gremium", Arbeitsmappenblatt.GREMIEN),
    KOORDINATION("Koordination", Arbeitsmappenblatt.KOORDINATION),
    ANGEBOT("Angebot", Arbeitsmappenblatt.ANGEBOTE);

    final String bezeichnung;
    final Arbeitsmappenblatt blatt;

    Zuordnungsteil(String bezeichnung, Arbeitsmappenblatt blatt) {
      this.bezeichnung = bezeichnung;
      this.blatt = blatt;
    }

    String bezeichnung() {
      return bezeichnung;
    }
  }

  /** What a row of the sheet Zuordnungen gives (column Merkmal). */
  enum Merkmal {
    INDIKATOR("Indikator"),
    HANDLUNGSFELD("Handlungsfeld"),
    MITGLIED("Mitglied"),
    LEBENSPHASE("Lebensphase"),
    FINANZIERUNG("Finanzierung"),
    SOZIALRAUM("Sozialraum"),
    PRAEVENTIONSEBENE("Präventionsebene"),
    UEBERGANG("Übergang");

    final String bezeichnung;

    Merkmal(String bezeichnung) {
      this.bezeichnung = bezeichnung;
    }

    String bezeichnung() {
      return bezeichnung;
    }
  }

  /** Which Merkmale each Teil has, in the order the writer writes them. */
  static final Map<Zuordnungsteil, List<Merkmal>> MERKMALE =
      Map.of(
          Zuordnungsteil.UEBERGANG, List.of(Merkmal.INDIKATOR),
          Zuordnungsteil.AKTEUR, List.of(Merkmal.HANDLUNGSFELD),
          Zuordnungsteil.NETZWERK, List.of(Merkmal.MITGLIED),
          Zuordnungsteil.GREMIUM, List.of(Merkmal.LEBENSPHASE),
          Zuordnungsteil.KOORDINATION, List.of(Merkmal.FINANZIERUNG),
          Zuordnungsteil.ANGEBOT,
              List.of(
                  Merkmal.SOZIALRAUM,
                  Merkmal.PRAEVENTIONSEBENE,
                  Merkmal.LEBENSPHASE,
                  Merkmal.HANDLUNGSFELD,
                  Merkmal.UEBERGANG,
                  Merkmal.FINANZIERUNG));

  /** The German names of the two kinds of Gremium (sheet Gremien, column Art). */
  static final String STEUERUNGSGRUPPE = "Steuerungsgruppe";

  static final String ARBEITSGEMEINSCHAFT = "Arbeitsgemeinschaft";

  private static final String KEY =
      "erwartet einen Schlüssel aus 1 bis 60 Kleinbuchstaben, Ziffern oder '-', der mit einem"
          + " Buchstaben oder einer Ziffer beginnt (z. B. kita)";
  private static final String ID =
      "erwartet eine Kennung aus 1 bis 60 Buchstaben, Ziffern, '.', '_' oder '-'";

  /** One row of the sheet Zuordnungen, checked as far as it can be alone. */
  private record Zuordnung(
      Mappenzeile zeile, Zuordnungsteil teil, String schluessel, Merkmal merkmal, String wert) {}

  private final Path datei;
  private final Gemeindeschluessel kommune;
  private final List<Importfehler> fehler;
  private final Map<Arbeitsmappenblatt, List<Mappenzeile>> daten;
  private final @Nullable Set<IndikatorKey> indikatoren;
  private final @Nullable Set<SozialraumId> sozialraeume;
  private final Praeventionskette basis;
  private final @Nullable Set<String> handlungsziele;
  private final List<Zuordnung> zuordnungen = new ArrayList<>();
  private final Set<String> mitFehlern = new HashSet<>();
  private boolean mitKette;
  private boolean mitAngeboten;

  Kettenleser(
      Path datei,
      Gemeindeschluessel kommune,
      List<Importfehler> fehler,
      Map<Arbeitsmappenblatt, List<Mappenzeile>> daten,
      @Nullable Set<IndikatorKey> indikatoren,
      @Nullable Set<SozialraumId> sozialraeume,
      @Nullable Praeventionskette gespeichert,
      @Nullable Collection<String> handlungsziele) {
    this.datei = datei;
    this.kommune = kommune;
    this.fehler = fehler;
    this.daten = daten;
    this.indikatoren = indikatoren;
    this.sozialraeume = sozialraeume;
    this.basis = gespeichert != null ? gespeichert : Praeventionskette.builder(kommune).build();
    this.handlungsziele = handlungsziele == null ? null : new HashSet<>(handlungsziele);
  }

  boolean mitKette() {
    return mitKette;
  }

  boolean mitAngeboten() {
    return mitAngeboten;
  }

  private List<Mappenzeile> zeilen(Arbeitsmappenblatt b) {
    return daten.getOrDefault(b, List.of());
  }

  /** The chain to store, or null if the workbook holds neither chain nor Angebote (or errors). */
  @Nullable Praeventionskette lies() {
    int vorher = fehler.size();
    zuordnungen();
    for (Arbeitsmappenblatt b : Arbeitsmappenblatt.values()) {
      if (!zeilen(b).isEmpty()) {
        mitKette |= b.teil() == Arbeitsmappenblatt.Teil.KETTE;
        mitAngeboten |= b.teil() == Arbeitsmappenblatt.Teil.ANGEBOTE;
      }
    }
    for (Zuordnung z : zuordnungen) {
      mitKette |= z.teil() != Zuordnungsteil.ANGEBOT;
      mitAngeboten |= z.teil() == Zuordnungsteil.ANGEBOT;
    }
    if (!mitKette && !mitAngeboten) {
      return null;
    }
    Praeventionskette.Builder b = Praeventionskette.builder(kommune);
    List<Lebensphase> phasen;
    List<Uebergang> uebergaenge;
    List<Handlungsfeld> felder;
    List<Akteur> akteure;
    Map<String, Arbeitsgemeinschaft> ags = new LinkedHashMap<>();
    if (mitKette) {
      phasen = lebensphasen();
      uebergaenge = uebergaenge(phasen);
      felder = handlungsfelder();
      akteure = akteure(felder);
      List<Netzwerk> netzwerke = netzwerke(akteure);
      Steuerung steuerung = steuerung(phasen, akteure, ags);
      b.netzwerke(netzwerke.toArray(Netzwerk[]::new)).steuerung(steuerung);
    } else {
      phasen = basis.lebensphasen();
      uebergaenge = basis.uebergaenge();
      felder = basis.handlungsfelder();
      akteure = basis.akteure();
      basis.steuerung().ags().forEach(a -> ags.put(a.key(), a));
      b.netzwerke(basis.netzwerke().toArray(Netzwerk[]::new)).steuerung(basis.steuerung());
    }
    b.lebensphasen(phasen).uebergaenge(uebergaenge).handlungsfelder(felder).akteure(akteure);
    List<Angebot> angebote =
        mitAngeboten ? angebote(phasen, uebergaenge, felder, akteure) : basis.angebote();
    b.angebote(angebote);
    b.zielbeitraege(
        mitKette ? zielbeitraege(akteure, ags.keySet(), angebote) : basis.zielbeitraege());
    if (fehler.size() > vorher) {
      return null;
    }
    try {
      return b.build();
    } catch (KekizException | IllegalArgumentException e) {
      // a part of the stored chain that does not fit the workbook's part
      Arbeitsmappenblatt blatt =
          mitKette ? Arbeitsmappenblatt.LEBENSPHASEN : Arbeitsmappenblatt.ANGEBOTE;
      fehler.add(
          new Importfehler(
              datei,
              blatt.blattname(),
              1,
              0,
              "",
              "",
              (mitKette
                      ? "die gespeicherten Angebote passen nicht zur Präventionskette der Mappe"
                      : "die Angebote der Mappe passen nicht zur gespeicherten Präventionskette")
                  + " ("
                  + Anzeigetext.sichtbar(e.getMessage() == null ? "" : e.getMessage(), 300)
                  + "); die Mappe braucht dann beide Teile"));
      return null;
    }
  }

  // ---------------------------------------------------------------- Zuordnungen

  private void zuordnungen() {
    Map<List<Object>, Long> gesehen = new HashMap<>();
    for (Mappenzeile z : zeilen(Arbeitsmappenblatt.ZUORDNUNGEN)) {
      Zuordnungsteil teil =
          z.auswahl(1, true, Zuordnungsteil.values(), Zuordnungsteil::bezeichnung);
      String schluessel = z.pflicht(2);
      Merkmal merkmal = z.auswahl(3, true, Merkmal.values(), Merkmal::bezeichnung);
      String wert = z.pflicht(4);
      if (teil == null || schluessel == null || merkmal == null || wert == null) {
        continue;
      }
      List<Merkmal> erlaubt = MERKMALE.getOrDefault(teil, List.of());
      if (!erlaubt.contains(merkmal)) {
        z.fehler(
            3,
            "ein "
                + teil.bezeichnung
                + " hat hier nur "
                + String.join(", ", erlaubt.stream().map(Merkmal::bezeichnung).toList()));
        continue;
      }
      Long frueher = gesehen.putIfAbsent(List.of(teil, schluessel, merkmal, wert), z.nummer());
      if (frueher != null) {
        z.fehler(4, "diese Zuordnung steht schon in Zeile " + frueher);
        continue;
      }
      zuordnungen.add(new Zuordnung(z, teil, schluessel, merkmal, wert));
    }
  }

  /** The Zuordnungen of {@code teil} and {@code merkmal} for {@code schluessel}, in order. */
  private List<Zuordnung> zuordnungen(Zuordnungsteil teil, String schluessel, Merkmal merkmal) {
    return zuordnungen.stream()
        .filter(
            z -> z.teil() == teil && z.merkmal() == merkmal && z.schluessel().equals(schluessel))
        .toList();
  }

  /** Names a Zuordnung whose key is none of {@code bekannte} of its Teil. */
  private void unbekannteSchluessel(Zuordnungsteil teil, Set<String> bekannte) {
    for (Zuordnung z : zuordnungen) {
      if (z.teil() == teil && !bekannte.contains(z.schluessel())) {
        z.zeile()
            .fehler(
                2,
                "dieser Schlüssel steht nicht auf dem Blatt "
                    + teil.blatt.blattname()
                    + (teil == Zuordnungsteil.GREMIUM ? " (als Arbeitsgemeinschaft)" : ""));
      }
    }
  }

  // ---------------------------------------------------------------- the chain

  private <T> @Nullable T pruefe(Mappenzeile z, int spalte, String grund, Supplier<T> lesen) {
    try {
      return lesen.get();
    } catch (KekizException | IllegalArgumentException | DateTimeException e) {
      z.fehler(spalte, grund);
      return null;
    }
  }

  /** A key checked for uniqueness on its sheet; null if missing, malformed or used twice. */
  private @Nullable String key(Mappenzeile z, Map<String, Long> gesehen, boolean kennung) {
    String key = z.pflicht(1);
    if (key == null) {
      return null;
    }
    String grund = kennung ? ID : KEY;
    if (!(kennung ? key.matches("[A-Za-z0-9._-]{1,60}") : key.matches("[a-z0-9][a-z0-9-]{0,59}"))) {
      z.fehler(1, grund);
      return null;
    }
    Long frueher = gesehen.putIfAbsent(key, z.nummer());
    if (frueher != null) {
      z.fehler(1, "der Schlüssel steht schon in Zeile " + frueher);
      return null;
    }
    return key;
  }

  private List<Lebensphase> lebensphasen() {
    List<Mappenzeile> zeilen = zeilen(Arbeitsmappenblatt.LEBENSPHASEN);
    if (zeilen.isEmpty()) {
      return Lebensphase.standard();
    }
    List<Lebensphase> phasen = new ArrayList<>();
    Map<String, Long> gesehen = new HashMap<>();
    Map<String, Long> zeileVon = new HashMap<>();
    for (Mappenzeile z : zeilen) {
      String key = key(z, gesehen, false);
      String name = z.pflicht(2);
      Integer von = z.ganzzahl(3, true, 0);
      Integer bis = z.ganzzahl(4, false, 0);
      if (von != null && bis != null && bis < von) {
        z.fehler(4, "liegt unter 'Alter von' (" + von + ")");
        continue;
      }
      if (key == null || name == null || von == null) {
        continue;
      }
      Altersspanne alter = bis == null ? Altersspanne.ab(von) : Altersspanne.of(von, bis);
      Lebensphase neu = new Lebensphase(key, name, alter);
      if (!phasen.isEmpty()) {
        Lebensphase vorige = phasen.get(phasen.size() - 1);
        boolean ueberlappt = phasen.stream().anyMatch(p -> p.alter().ueberlappt(alter));
        if (ueberlappt || vorige.alter().von() >= von) {
          z.fehler(
              3,
              ueberlappt
                  ? "die Altersspanne überschneidet sich mit einer Lebensphase darüber"
                  : "die Lebensphasen stehen nach dem Alter geordnet; diese beginnt nicht nach"
                      + " der Lebensphase "
                      + vorige.key()
                      + " (Zeile "
                      + zeileVon.get(vorige.key())
                      + ")");
          continue;
        }
      }
      zeileVon.put(key, z.nummer());
      phasen.add(neu);
    }
    return phasen;
  }

  private List<Uebergang> uebergaenge(List<Lebensphase> phasen) {
    List<Mappenzeile> zeilen = zeilen(Arbeitsmappenblatt.UEBERGAENGE);
    List<String> reihenfolge = phasen.stream().map(Lebensphase::key).toList();
    List<Uebergang> ergebnis = new ArrayList<>();
    Map<String, Long> gesehen = new HashMap<>();
    if (zeilen.isEmpty()) {
      ergebnis.addAll(Uebergang.standard(phasen));
    }
    for (Mappenzeile z : zeilen) {
      String key = key(z, gesehen, false);
      String name = z.pflicht(2);
      String von = phase(z, 3, reihenfolge);
      String nach = phase(z, 4, reihenfolge);
      if (von != null && nach != null && reihenfolge.indexOf(von) >= reihenfolge.indexOf(nach)) {
        z.fehler(4, "ein Übergang führt zu einer späteren Lebensphase als " + von);
        continue;
      }
      if (key != null && name != null && von != null && nach != null) {
        ergebnis.add(new Uebergang(key, name, von, nach, indikatorenVon(key)));
      }
    }
    unbekannteSchluessel(
        Zuordnungsteil.UEBERGANG, new HashSet<>(ergebnis.stream().map(Uebergang::key).toList()));
    return ergebnis;
  }

  private List<IndikatorKey> indikatorenVon(String uebergang) {
    List<IndikatorKey> l = new ArrayList<>();
    for (Zuordnung z : zuordnungen(Zuordnungsteil.UEBERGANG, uebergang, Merkmal.INDIKATOR)) {
      IndikatorKey i =
          pruefe(
              z.zeile(),
              4,
              "erwartet den Schlüssel eines Indikators (Kleinbuchstaben, Ziffern und '-', z. B."
                  + " sgb2-quote-u15)",
              () -> IndikatorKey.of(z.wert()));
      if (i != null && indikatoren != null && !indikatoren.contains(i)) {
        z.zeile().fehler(4, "kekiz kennt diesen Indikator nicht (erst kekiz indikatoren)");
      } else if (i != null) {
        l.add(i);
      }
    }
    return l;
  }

  private @Nullable String phase(Mappenzeile z, int spalte, List<String> phasen) {
    String p = z.pflicht(spalte);
    if (p != null && !phasen.contains(p)) {
      z.fehler(spalte, "keine Lebensphase der Präventionskette (" + aufzaehlung(phasen) + ")");
      return null;
    }
    return p;
  }

  private List<Handlungsfeld> handlungsfelder() {
    List<Mappenzeile> zeilen = zeilen(Arbeitsmappenblatt.HANDLUNGSFELDER);
    if (zeilen.isEmpty()) {
      return Handlungsfeld.standard();
    }
    List<Handlungsfeld> felder = new ArrayList<>();
    Map<String, Long> gesehen = new HashMap<>();
    for (Mappenzeile z : zeilen) {
      String key = key(z, gesehen, false);
      String name = z.pflicht(2);
      if (key != null && name != null) {
        felder.add(new Handlungsfeld(key, name));
      }
    }
    return felder;
  }

  private List<Akteur> akteure(List<Handlungsfeld> felder) {
    Set<String> feldKeys = new HashSet<>(felder.stream().map(Handlungsfeld::key).toList());
    List<Akteur> akteure = new ArrayList<>();
    Map<String, Long> gesehen = new HashMap<>();
    for (Mappenzeile z : zeilen(Arbeitsmappenblatt.AKTEURE)) {
      String id = key(z, gesehen, true);
      String name = z.pflicht(2);
      Akteursart art = z.auswahl(3, true, Akteursart.values(), Akteursart::bezeichnung);
      String url = url(z, 4);
      String email = email(z, 5);
      if (id == null) {
        continue;
      }
      Set<String> eigene = new TreeSet<>();
      for (Zuordnung f : zuordnungen(Zuordnungsteil.AKTEUR, id, Merkmal.HANDLUNGSFELD)) {
        if (feldKeys.contains(f.wert())) {
          eigene.add(f.wert());
        } else {
          f.zeile().fehler(4, "kein Handlungsfeld der Präventionskette (" + feldKeys(felder) + ")");
        }
      }
      if (name != null && art != null) {
        akteure.add(new Akteur(AkteurId.of(id), name, art, eigene, url, email));
      }
    }
    unbekannteSchluessel(Zuordnungsteil.AKTEUR, new HashSet<>(gesehen.keySet()));
    return akteure;
  }

  private static String feldKeys(List<Handlungsfeld> felder) {
    return aufzaehlung(felder.stream().map(Handlungsfeld::key).toList());
  }

  private @Nullable String url(Mappenzeile z, int spalte) {
    String url = z.optional(spalte);
    if (url == null) {
      return null;
    }
    return pruefe(
        z,
        spalte,
        "erwartet eine Webadresse mit http:// oder https://",
        () -> {
          java.net.URI uri = java.net.URI.create(url);
          String schema = uri.getScheme() == null ? "" : uri.getScheme();
          if (!(schema.equalsIgnoreCase("http") || schema.equalsIgnoreCase("https"))
              || uri.getHost() == null) {
            throw new IllegalArgumentException(url);
          }
          return url;
        });
  }

  private @Nullable String email(Mappenzeile z, int spalte) {
    String email = z.optional(spalte);
    if (email == null) {
      return null;
    }
    return pruefe(
        z,
        spalte,
        "erwartet eine E-Mail-Adresse wie name@beispiel.de",
        () -> {
          if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new IllegalArgumentException(email);
          }
          return email;
        });
  }

  private @Nullable AkteurId akteur(
      Mappenzeile z, int spalte, Set<AkteurId> akteure, boolean pflicht) {
    String t = pflicht ? z.pflicht(spalte) : z.optional(spalte);
    if (t == null) {
      return null;
    }
    AkteurId id = pruefe(z, spalte, ID, () -> AkteurId.of(t));
    if (id != null && !akteure.contains(id)) {
      z.fehler(spalte, "kein Akteur der Präventionskette (Blatt Akteure)");
      return null;
    }
    return id;
  }

  private static Set<AkteurId> ids(List<Akteur> akteure) {
    Set<AkteurId> s = new HashSet<>();
    akteure.forEach(a -> s.add(a.id()));
    return s;
  }

  private List<Netzwerk> netzwerke(List<Akteur> akteure) {
    Set<AkteurId> ids = ids(akteure);
    List<Netzwerk> netzwerke = new ArrayList<>();
    Map<String, Long> gesehen = new HashMap<>();
    for (Mappenzeile z : zeilen(Arbeitsmappenblatt.NETZWERKE)) {
      String key = key(z, gesehen, false);
      String name = z.pflicht(2);
      Zeitraum gueltig = z.zeitraum(3);
      if (key == null) {
        continue;
      }
      Set<AkteurId> mitglieder = new TreeSet<>();
      for (Zuordnung m : zuordnungen(Zuordnungsteil.NETZWERK, key, Merkmal.MITGLIED)) {
        AkteurId id = pruefe(m.zeile(), 4, ID, () -> AkteurId.of(m.wert()));
        if (id != null && ids.contains(id)) {
          mitglieder.add(id);
        } else if (id != null) {
          m.zeile().fehler(4, "kein Akteur der Präventionskette (Blatt Akteure)");
        }
      }
      if (name != null) {
        netzwerke.add(new Netzwerk(key, name, mitglieder, gueltig));
      }
    }
    unbekannteSchluessel(Zuordnungsteil.NETZWERK, new HashSet<>(gesehen.keySet()));
    return netzwerke;
  }

  private Steuerung steuerung(
      List<Lebensphase> phasen, List<Akteur> akteure, Map<String, Arbeitsgemeinschaft> ags) {
    Set<AkteurId> ids = ids(akteure);
    List<String> phasenKeys = phasen.stream().map(Lebensphase::key).toList();
    Map<String, Long> gesehen = new HashMap<>();
    String gruppenKey = null;
    String gruppenName = null;
    Zeitraum gruppenZeit = null;
    Set<String> alleGremien = new HashSet<>();
    for (Mappenzeile z : zeilen(Arbeitsmappenblatt.GREMIEN)) {
      String key = key(z, gesehen, false);
      String art = z.pflicht(2);
      String name = z.pflicht(3);
      Zeitraum gueltig = z.zeitraum(4);
      if (art != null
          && !art.equalsIgnoreCase(STEUERUNGSGRUPPE)
          && !art.equalsIgnoreCase(ARBEITSGEMEINSCHAFT)) {
        z.fehler(2, "erwartet " + STEUERUNGSGRUPPE + " oder " + ARBEITSGEMEINSCHAFT);
        continue;
      }
      if (key == null || art == null || name == null) {
        continue;
      }
      alleGremien.add(key);
      if (art.equalsIgnoreCase(STEUERUNGSGRUPPE)) {
        if (gruppenKey != null) {
          z.fehler(2, "die Präventionskette hat eine Steuerungsgruppe; sie steht schon darüber");
          continue;
        }
        gruppenKey = key;
        gruppenName = name;
        gruppenZeit = gueltig;
      } else {
        Set<String> agPhasen = new TreeSet<>();
        for (Zuordnung p : zuordnungen(Zuordnungsteil.GREMIUM, key, Merkmal.LEBENSPHASE)) {
          if (phasenKeys.contains(p.wert())) {
            agPhasen.add(p.wert());
          } else {
            p.zeile()
                .fehler(
                    4, "keine Lebensphase der Präventionskette (" + aufzaehlung(phasenKeys) + ")");
          }
        }
        ags.put(key, new Arbeitsgemeinschaft(key, name, agPhasen, List.of(), gueltig));
      }
    }
    unbekannteSchluessel(Zuordnungsteil.GREMIUM, new HashSet<>(ags.keySet()));
    List<Mitglied> gruppenSitze = new ArrayList<>();
    Map<String, List<Mitglied>> agSitze = new HashMap<>();
    for (Mappenzeile z : zeilen(Arbeitsmappenblatt.SITZE)) {
      int vorher = z.fehlerzahl();
      String gremium = z.pflicht(1);
      if (gremium != null && !alleGremien.contains(gremium)) {
        z.fehler(1, "dieses Gremium steht nicht auf dem Blatt Gremien");
        gremium = null;
      }
      String funktion = z.pflicht(2);
      String bereich = z.pflicht(3);
      AkteurId akteur = akteur(z, 4, ids, false);
      Zeitraum gueltig = z.zeitraum(5);
      if (gremium == null || funktion == null || bereich == null || z.fehlerzahl() > vorher) {
        continue;
      }
      Mitglied m = new Mitglied(funktion, bereich, akteur, gueltig);
      if (gremium.equals(gruppenKey)) {
        gruppenSitze.add(m);
      } else {
        agSitze.computeIfAbsent(gremium, k -> new ArrayList<>()).add(m);
      }
    }
    for (Map.Entry<String, Arbeitsgemeinschaft> e : ags.entrySet()) {
      Arbeitsgemeinschaft a = e.getValue();
      e.setValue(
          new Arbeitsgemeinschaft(
              a.key(),
              a.name(),
              a.lebensphasen(),
              agSitze.getOrDefault(a.key(), List.of()),
              a.gueltigkeit()));
    }
    Steuerungsgruppe gruppe =
        gruppenName == null ? null : new Steuerungsgruppe(gruppenName, gruppenSitze, gruppenZeit);
    return new Steuerung(gruppe, List.copyOf(ags.values()), koordinationen());
  }

  private List<Koordination> koordinationen() {
    List<Koordination> posten = new ArrayList<>();
    Map<String, Long> gesehen = new HashMap<>();
    for (Mappenzeile z : zeilen(Arbeitsmappenblatt.KOORDINATION)) {
      String key = key(z, gesehen, true);
      String stelle = z.pflicht(2);
      BigDecimal anteilZahl = z.zahl(3, false);
      Stellenanteil anteil =
          anteilZahl == null
              ? null
              : pruefe(
                  z,
                  3,
                  "erwartet einen Anteil einer vollen Stelle über 0 und höchstens "
                      + Stellenanteil.HOECHSTWERT
                      + ", z. B. 0,5",
                  () -> new Stellenanteil(anteilZahl));
      String bei = z.pflicht(4);
      String programmKey = z.optional(5);
      String programmName = z.optional(6);
      Programm programm = null;
      if (programmKey != null) {
        if (programmName == null) {
          z.fehler(6, "fehlt; zum Programm gehört sein Name");
        } else {
          programm =
              pruefe(
                  z,
                  5,
                  "erwartet den Schlüssel eines Programms (Kleinbuchstaben, Ziffern, '-', z. B."
                      + " kinderstark)",
                  () -> new Programm(programmKey, programmName));
        }
      } else if (programmName != null) {
        z.fehler(5, "fehlt; zum Programmnamen gehört der Schlüssel des Programms");
      }
      Zeitraum gueltig = z.zeitraum(7);
      if (key == null) {
        continue;
      }
      Set<Finanzierungsquelle> quellen = EnumSet.noneOf(Finanzierungsquelle.class);
      for (Zuordnung f : zuordnungen(Zuordnungsteil.KOORDINATION, key, Merkmal.FINANZIERUNG)) {
        Finanzierungsquelle q = null;
        for (Finanzierungsquelle x : Finanzierungsquelle.values()) {
          if (x.bezeichnung().equalsIgnoreCase(f.wert()) || x.name().equalsIgnoreCase(f.wert())) {
            q = x;
          }
        }
        if (q == null) {
          f.zeile()
              .fehler(
                  4,
                  "erwartet eine Finanzierungsquelle: "
                      + String.join(
                          "; ",
                          java.util.Arrays.stream(Finanzierungsquelle.values())
                              .map(Finanzierungsquelle::bezeichnung)
                              .toList()));
        } else {
          quellen.add(q);
        }
      }
      if (stelle != null && bei != null) {
        posten.add(new Koordination(stelle, anteil, bei, quellen, programm, gueltig));
      }
    }
    unbekannteSchluessel(Zuordnungsteil.KOORDINATION, new HashSet<>(gesehen.keySet()));
    return posten;
  }

  private List<Zielbeitrag> zielbeitraege(
      List<Akteur> akteure, Set<String> ags, List<Angebot> angebote) {
    Set<String> akteurIds = new HashSet<>(akteure.stream().map(a -> a.id().wert()).toList());
    Set<String> angebotIds = new HashSet<>(angebote.stream().map(a -> a.id().wert()).toList());
    List<Zielbeitrag> beitraege = new ArrayList<>();
    for (Mappenzeile z : zeilen(Arbeitsmappenblatt.ZIELBEITRAEGE)) {
      String ziel = z.pflicht(1);
      if (ziel != null && handlungsziele != null && !handlungsziele.contains(ziel)) {
        z.fehler(1, "dieses Handlungsziel steht nicht auf dem Blatt Handlungsziele");
        ziel = null;
      } else if (ziel != null && !ziel.matches("[A-Za-z0-9._-]{1,60}")) {
        z.fehler(1, ID);
        ziel = null;
      }
      Beitragsart art = z.auswahl(2, true, Beitragsart.values(), Beitragsart::bezeichnung);
      String wer = z.pflicht(3);
      if (art != null && wer != null) {
        Set<String> bekannte =
            switch (art) {
              case ANGEBOT -> angebotIds;
              case ARBEITSGEMEINSCHAFT -> ags;
              case AKTEUR -> akteurIds;
            };
        if (!bekannte.contains(wer)) {
          z.fehler(
              3,
              "kein "
                  + (art == Beitragsart.ANGEBOT
                      ? "Angebot (Blatt Angebote)"
                      : art == Beitragsart.AKTEUR
                          ? "Akteur (Blatt Akteure)"
                          : "Arbeitsgemeinschaft (Blatt Gremien)")
                  + " der Präventionskette");
          wer = null;
        }
      }
      String aufgabe = z.optional(4);
      Zeitraum gueltig = z.zeitraum(5);
      if (ziel != null && art != null && wer != null) {
        beitraege.add(new Zielbeitrag(ziel, art, wer, aufgabe, gueltig));
      }
    }
    return beitraege;
  }

  // ---------------------------------------------------------------- the Angebote

  private List<Angebot> angebote(
      List<Lebensphase> phasen,
      List<Uebergang> uebergaenge,
      List<Handlungsfeld> felder,
      List<Akteur> akteure) {
    Set<AkteurId> ids = ids(akteure);
    Map<String, Angebot.Builder> builder = new LinkedHashMap<>();
    Map<String, Mappenzeile> zeileVon = new HashMap<>();
    Map<String, Long> gesehen = new HashMap<>();
    for (Mappenzeile z : zeilen(Arbeitsmappenblatt.ANGEBOTE)) {
      int vorher = z.fehlerzahl();
      String id = key(z, gesehen, true);
      String name = z.pflicht(2);
      String beschreibung = z.pflicht(3);
      AkteurId traeger = akteur(z, 4, ids, true);
      AngebotStatus status =
          z.auswahl(5, false, AngebotStatus.values(), AngebotStatus::bezeichnung);
      Integer von = z.ganzzahl(6, false, 0);
      Integer bis = z.ganzzahl(7, false, 0);
      Altersspanne alter = null;
      if (bis != null && von == null) {
        z.fehler(6, "fehlt; zu 'Alter bis' gehört ein 'Alter von'");
      } else if (von != null && bis != null && bis < von) {
        z.fehler(7, "liegt unter 'Alter von' (" + von + ")");
      } else if (von != null) {
        alter = bis == null ? Altersspanne.ab(von) : Altersspanne.of(von, bis);
      }
      String zugang = z.optional(8);
      Integer plaetze = z.ganzzahl(9, false, 1);
      Integer frei = z.ganzzahl(10, false, 0);
      String einheit = z.optional(11);
      Kapazitaet kapazitaet = null;
      if (z.text(9).isEmpty() && einheit != null) {
        z.fehler(9, "fehlt; Plätze und Platzeinheit gibt es nur zusammen");
      } else if (plaetze != null && einheit == null) {
        z.fehler(11, "fehlt; Plätze und Platzeinheit gibt es nur zusammen");
      } else if (plaetze != null && einheit != null) {
        if (frei != null && frei > plaetze) {
          z.fehler(10, "mehr freie Plätze als Plätze (" + plaetze + ")");
        } else {
          kapazitaet = new Kapazitaet(plaetze, frei, einheit);
        }
      } else if (frei != null) {
        z.fehler(10, "freie Plätze gibt es nur mit Plätzen und Platzeinheit");
      }
      Zeitraum gueltig = z.zeitraum(12);
      java.time.LocalDate geprueft = z.datum(14, false);
      String url = url(z, 15);
      String email = email(z, 16);
      if (id == null
          || name == null
          || beschreibung == null
          || traeger == null
          || z.fehlerzahl() > vorher) {
        continue;
      }
      builder.put(
          id,
          Angebot.builder(AngebotId.of(id), name, traeger)
              .beschreibung(beschreibung)
              .status(status == null ? AngebotStatus.AKTIV : status)
              .alter(alter)
              .zugang(zugang)
              .kapazitaet(kapazitaet)
              .gueltigkeit(gueltig)
              .zuletztGeprueft(geprueft)
              .url(url)
              .email(email));
      zeileVon.put(id, z);
    }
    Set<String> bekannt = new HashSet<>(gesehen.keySet());
    standorte(builder, bekannt);
    zeitplaene(builder, bekannt);
    kosten(builder, bekannt);
    angebotsmerkmale(builder, phasen, uebergaenge, felder);
    unbekannteSchluessel(Zuordnungsteil.ANGEBOT, bekannt);
    List<Angebot> angebote = new ArrayList<>();
    for (Map.Entry<String, Angebot.Builder> e : builder.entrySet()) {
      if (mitFehlern.contains(e.getKey())) {
        continue; // its rows on other sheets have errors, named already
      }
      Mappenzeile z = zeileVon.get(e.getKey());
      Angebot a = baue(z, e.getValue());
      if (a != null) {
        angebote.add(a);
      }
    }
    return angebote;
  }

  private @Nullable Angebot baue(@Nullable Mappenzeile z, Angebot.Builder b) {
    try {
      return b.build();
    } catch (KekizException | IllegalArgumentException e) {
      if (z != null) {
        String grund =
            e instanceof de.kekiz.domain.RegelverstossException r
                ? switch (r.regel()) {
                  case "angebot.ohne-sozialraum" ->
                      "das Angebot braucht mindestens einen Sozialraum";
                  case "angebot.ohne-praeventionsebene" ->
                      "das Angebot braucht mindestens eine Präventionsebene";
                  case "angebot.ohne-lebensphase" ->
                      "das Angebot braucht mindestens eine Lebensphase";
                  case "angebot.ohne-handlungsfeld" ->
                      "das Angebot braucht mindestens ein Handlungsfeld";
                  default -> "das Angebot " + Importfehler.abgelehnt(e);
                }
                : "das Angebot " + Importfehler.abgelehnt(e);
        z.fehler(
            1,
            grund
                + (grund.contains("mindestens")
                    ? " (Blatt Zuordnungen, Teil Angebot, Schlüssel " + z.text(1) + ")"
                    : ""));
      }
      return null;
    }
  }

  private Angebot.@Nullable Builder angebotVon(
      Mappenzeile z, Map<String, Angebot.Builder> builder, Set<String> bekannt) {
    String id = z.pflicht(1);
    if (id == null) {
      return null;
    }
    if (!bekannt.contains(id)) {
      z.fehler(1, "dieses Angebot steht nicht auf dem Blatt Angebote");
      return null;
    }
    return builder.get(id); // null if its own row has an error
  }

  /** Notes that a row of the Angebot in column A of {@code z} has an error. */
  private void merke(Mappenzeile z, int vorher) {
    if (z.fehlerzahl() > vorher) {
      mitFehlern.add(z.text(1));
    }
  }

  private void standorte(Map<String, Angebot.Builder> builder, Set<String> bekannt) {
    Map<List<String>, Long> gesehen = new HashMap<>();
    for (Mappenzeile z : zeilen(Arbeitsmappenblatt.STANDORTE)) {
      int vorher = z.fehlerzahl();
      Angebot.Builder b = angebotVon(z, builder, bekannt);
      String id = z.pflicht(2);
      if (id != null && !id.matches("[A-Za-z0-9._-]{1,60}")) {
        z.fehler(2, ID);
      } else if (id != null) {
        Long frueher = gesehen.putIfAbsent(List.of(z.text(1), id), z.nummer());
        if (frueher != null) {
          z.fehler(2, "der Standort steht für dieses Angebot schon in Zeile " + frueher);
        }
      }
      String name = z.pflicht(3);
      Standortart art = z.auswahl(4, true, Standortart.values(), Standortart::bezeichnung);
      String strasse = z.optional(5);
      String plz = z.optional(6);
      if (plz != null && z.istZahl(6) && plz.matches("[0-9]{1,4}")) {
        plz = "0".repeat(5 - plz.length()) + plz; // a number cell lost the leading zero
      }
      String ort = z.optional(7);
      Adresse adresse = null;
      if (strasse != null || plz != null || ort != null) {
        if (strasse == null || plz == null || ort == null) {
          z.fehler(
              strasse == null ? 5 : plz == null ? 6 : 7,
              "fehlt; eine Adresse hat Straße, PLZ und Ort");
        } else if (!plz.matches("[0-9]{5}")) {
          z.fehler(6, "erwartet eine Postleitzahl aus 5 Ziffern");
        } else {
          adresse = new Adresse(strasse, plz, ort);
        }
      }
      BigDecimal breite = z.zahl(8, false);
      BigDecimal laenge = z.zahl(9, false);
      Koordinate koordinate = null;
      if ((breite == null) != (laenge == null) && z.fehlerzahl() == vorher) {
        z.fehler(breite == null ? 8 : 9, "fehlt; Breite und Länge gibt es nur zusammen");
      } else if (breite != null && laenge != null) {
        koordinate =
            pruefe(
                z,
                8,
                "erwartet eine Breite von -90 bis 90 und eine Länge von -180 bis 180",
                () -> new Koordinate(breite, laenge));
      }
      SozialraumId raum = sozialraum(z, 10, z.optional(10));
      if (art == Standortart.PHYSISCH && adresse == null && z.fehlerzahl() == vorher) {
        z.fehler(5, "fehlt; ein Standort der Art Ort braucht eine Adresse");
      }
      merke(z, vorher);
      if (b == null || id == null || name == null || art == null || z.fehlerzahl() > vorher) {
        continue;
      }
      b.standort(new Standort(id, name, art, adresse, koordinate, raum));
    }
  }

  private void zeitplaene(Map<String, Angebot.Builder> builder, Set<String> bekannt) {
    for (Mappenzeile z : zeilen(Arbeitsmappenblatt.ZEITPLAENE)) {
      int vorher = z.fehlerzahl();
      Angebot.Builder b = angebotVon(z, builder, bekannt);
      String regel = z.pflicht(2);
      LocalTime von = uhrzeit(z, 3);
      LocalTime bis = uhrzeit(z, 4);
      String beschreibung = z.optional(5);
      if (von != null && bis != null && !bis.isAfter(von)) {
        z.fehler(4, "liegt nicht nach 'Von' (" + von + ")");
      }
      Zeitplan plan =
          regel == null
              ? null
              : pruefe(
                  z,
                  2,
                  "erwartet eine Wiederholungsregel nach RFC 5545 ohne 'RRULE:', z. B."
                      + " FREQ=WEEKLY;BYDAY=MO",
                  () -> new Zeitplan(regel, null, null, null));
      merke(z, vorher);
      if (b != null && plan != null && z.fehlerzahl() == vorher) {
        b.zeitplan(new Zeitplan(plan.rrule(), von, bis, beschreibung));
      }
    }
  }

  private @Nullable LocalTime uhrzeit(Mappenzeile z, int spalte) {
    String t = z.optional(spalte);
    if (t == null) {
      return null;
    }
    if (z.istZahl(spalte)) {
      BigDecimal tag = z.zahl(spalte, false);
      if (tag != null && tag.signum() >= 0 && tag.compareTo(BigDecimal.ONE) < 0) {
        long sekunden =
            tag.multiply(BigDecimal.valueOf(86_400)).setScale(0, RoundingMode.HALF_UP).longValue();
        return LocalTime.ofSecondOfDay(sekunden);
      }
    } else if (t.matches("[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?")) {
      LocalTime u =
          pruefe(
              z,
              spalte,
              "erwartet eine Uhrzeit, z. B. 09:30",
              () -> LocalTime.parse(t.length() == 4 || t.length() == 7 ? "0" + t : t));
      return u;
    }
    z.fehler(spalte, "erwartet eine Uhrzeit, z. B. 09:30");
    return null;
  }

  private void kosten(Map<String, Angebot.Builder> builder, Set<String> bekannt) {
    for (Mappenzeile z : zeilen(Arbeitsmappenblatt.KOSTEN)) {
      int vorher = z.fehlerzahl();
      Angebot.Builder b = angebotVon(z, builder, bekannt);
      BigDecimal betrag = z.zahl(2, true);
      Geldbetrag geld =
          betrag == null
              ? null
              : pruefe(
                  z,
                  2,
                  "erwartet einen Betrag in Euro, nicht negativ, höchstens 2 Nachkommastellen",
                  () -> new Geldbetrag(betrag));
      String einheit = z.pflicht(3);
      String beschreibung = z.optional(4);
      merke(z, vorher);
      if (b != null && geld != null && einheit != null && z.fehlerzahl() == vorher) {
        b.kostenoption(new Kostenoption(geld, einheit, beschreibung));
      }
    }
  }

  private @Nullable SozialraumId sozialraum(Mappenzeile z, int spalte, @Nullable String code) {
    if (code == null) {
      return null;
    }
    SozialraumId id =
        pruefe(
            z,
            spalte,
            "erwartet den Schlüssel eines Sozialraums (Buchstaben a-z, Ziffern, '-', '_', '.')",
            () -> SozialraumId.of(kommune, code));
    if (id != null && sozialraeume != null && !sozialraeume.contains(id)) {
      z.fehler(spalte, "die Kommune " + kommune + " hat diesen Sozialraum nicht");
      return null;
    }
    return id;
  }

  private void angebotsmerkmale(
      Map<String, Angebot.Builder> builder,
      List<Lebensphase> phasen,
      List<Uebergang> uebergaenge,
      List<Handlungsfeld> felder) {
    List<String> phasenKeys = phasen.stream().map(Lebensphase::key).toList();
    List<String> feldKeys = felder.stream().map(Handlungsfeld::key).toList();
    List<String> uebergangKeys = uebergaenge.stream().map(Uebergang::key).toList();
    for (Zuordnung z : zuordnungen) {
      if (z.teil() != Zuordnungsteil.ANGEBOT) {
        continue;
      }
      Angebot.Builder b = builder.get(z.schluessel());
      Mappenzeile zeile = z.zeile();
      String w = z.wert();
      int vorher = zeile.fehlerzahl();
      switch (z.merkmal()) {
        case SOZIALRAUM -> {
          SozialraumId r = sozialraum(zeile, 4, w);
          if (b != null && r != null) {
            b.sozialraum(r);
          }
        }
        case PRAEVENTIONSEBENE -> {
          Praeventionsebene e = null;
          for (Praeventionsebene p : Praeventionsebene.values()) {
            if (p.bezeichnung().equalsIgnoreCase(w) || p.name().equalsIgnoreCase(w)) {
              e = p;
            }
          }
          if (e == null) {
            zeile.fehler(4, "erwartet universell, selektiv oder indiziert");
          } else if (b != null) {
            b.ebene(e);
          }
        }
        case LEBENSPHASE -> {
          if (pruefeKey(zeile, w, phasenKeys, "keine Lebensphase") && b != null) {
            b.lebensphase(w);
          }
        }
        case HANDLUNGSFELD -> {
          if (pruefeKey(zeile, w, feldKeys, "kein Handlungsfeld") && b != null) {
            b.handlungsfeld(w);
          }
        }
        case UEBERGANG -> {
          if (pruefeKey(zeile, w, uebergangKeys, "kein Übergang") && b != null) {
            b.uebergang(w);
          }
        }
        case FINANZIERUNG -> {
          if (b != null) {
            b.finanzierungsquelle(w);
          }
        }
        default -> throw new IllegalStateException("Merkmal " + z.merkmal()); // checked above
      }
      if (zeile.fehlerzahl() > vorher) {
        mitFehlern.add(z.schluessel());
      }
    }
  }

  /** The keys, comma-separated, or a note that there is none without an error. */
  private static String aufzaehlung(List<String> keys) {
    return keys.isEmpty() ? "keines ohne Fehler" : String.join(", ", keys);
  }

  private static boolean pruefeKey(
      Mappenzeile zeile, String wert, List<String> bekannte, String was) {
    if (bekannte.contains(wert)) {
      return true;
    }
    zeile.fehler(4, was + " der Präventionskette (" + aufzaehlung(bekannte) + ")");
    return false;
  }
}

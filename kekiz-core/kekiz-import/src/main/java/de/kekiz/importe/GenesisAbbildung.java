package de.kekiz.importe;

import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Turns the GENESIS values of one file into Messwerte or population figures as an {@link
 * Importzuordnung} says, and hands them with errors and skips to a {@link Sammlung}.
 */
final class GenesisAbbildung implements GenesisCsvLeser.Zeilenziel {

  private static final int ZEITSPALTE = 5;

  private final GenesisKopf kopf;
  private final Importzuordnung zuordnung;
  private final Gebietsauswahl gebiet;
  private final Importoptionen optionen;
  private final Sammlung sammlung;
  private final Map<String, Dimensionszuordnung> dimensionen = new HashMap<>();

  /** Codes already worked out, by dimension and attribute (labels are parsed once). */
  private final Map<String, String> codes = new HashMap<>();

  GenesisAbbildung(
      GenesisKopf kopf, Importzuordnung zuordnung, Importoptionen optionen, Sammlung sammlung) {
    this.kopf = kopf;
    this.zuordnung = zuordnung;
    this.gebiet = optionen.gebiet();
    this.optionen = optionen;
    this.sammlung = sammlung;
    for (Dimensionszuordnung d : zuordnung.dimensionen()) {
      dimensionen.put(d.merkmal(), d);
    }
  }

  @Override
  public void beginneZeile(long nummer) {
    sammlung.beginneZeile(nummer);
  }

  @Override
  public void fehler(int spalte, String spaltenname, String wert, String grund) {
    sammlung.fehler(spalte, spaltenname, wert, grund);
  }

  @Override
  public void beendeZeile() {
    sammlung.beendeZeile();
  }

  @Override
  public void wert(GenesisWert w) {
    sammlung.wert();
    if (!w.wertmerkmal().equals(zuordnung.wertmerkmal())) {
      sammlung.ueberspringe(Ueberspringgrund.ANDERES_WERTMERKMAL);
      return;
    }
    GenesisMerkmal raum = raummerkmal(w);
    if (raum == null) {
      sammlung.ueberspringe(Ueberspringgrund.OHNE_KOMMUNE);
      return;
    }
    Regionalcode code;
    try {
      code = Regionalcode.parse(raum.auspraegungCode());
    } catch (IllegalArgumentException e) {
      fehler(raum.spalte(), kopf.name(raum.spalte()), raum.auspraegungCode(), grund(e));
      return;
    }
    Optional<Gemeindeschluessel> ags = gebiet.kommuneFuer(code);
    if (ags.isEmpty()) {
      sammlung.ueberspringe(
          code.gemeindeschluessel().isEmpty()
              ? Ueberspringgrund.OHNE_KOMMUNE
              : Ueberspringgrund.ANDERES_GEBIET);
      return;
    }
    Map<String, String> aufschluesselung = new TreeMap<>();
    for (GenesisMerkmal m : w.merkmale()) {
      if (m == raum) {
        continue;
      }
      String auswahl = zuordnung.auswahl().get(m.code());
      if (auswahl != null) {
        boolean passt =
            Importzuordnung.meintInsgesamt(auswahl)
                ? m.insgesamt()
                : m.auspraegungCode().equals(auswahl);
        if (!passt) {
          sammlung.ueberspringe(Ueberspringgrund.ANDERE_AUSPRAEGUNG);
          return;
        }
        continue;
      }
      Dimensionszuordnung d = dimensionen.get(m.code());
      if (d == null) {
        if (!m.insgesamt()) {
          sammlung.ueberspringe(Ueberspringgrund.ANDERE_AUSPRAEGUNG);
          return;
        }
        continue;
      }
      if (m.insgesamt()) {
        continue;
      }
      String c = dimensionscode(d, m);
      if (c == null) {
        return;
      }
      aufschluesselung.put(d.dimension(), c);
    }
    String einheit = zuordnung.einheit();
    if (einheit != null && !einheit.equals(w.einheit())) {
      fehler(
          w.wertSpalte(),
          kopf.name(w.wertSpalte()),
          w.wertText(),
          "die Einheit ist '" + w.einheit() + "', der Import erwartet '" + einheit + "'");
      return;
    }
    Raumbezug raumbezug = Raumbezug.of(ags.get());
    // the indicator comes from the mapping: an error of it is reported at the value
    Sammlung.Fundorte orte =
        angabe ->
            switch (angabe) {
              case RAUM ->
                  new Sammlung.Fundstelle(
                      raum.spalte(), kopf.name(raum.spalte()), raum.auspraegungCode());
              case PERIODE ->
                  new Sammlung.Fundstelle(ZEITSPALTE, kopf.name(ZEITSPALTE), w.zeit().text());
              default -> null;
            };
    if (zuordnung.ziel() instanceof Importziel.Indikator) {
      messwert(w, (Importziel.Indikator) zuordnung.ziel(), raumbezug, aufschluesselung, orte);
    } else {
      bevoelkerung(w, raumbezug, aufschluesselung, orte);
    }
  }

  private @Nullable GenesisMerkmal raummerkmal(GenesisWert w) {
    String gesucht = zuordnung.raummerkmal();
    for (GenesisMerkmal m : w.merkmale()) {
      if (gesucht != null
          ? m.code().equals(gesucht)
          : Importzuordnung.istRegionalmerkmal(m.code())) {
        return m;
      }
    }
    return null;
  }

  /** The breakdown code of attribute {@code m}, or {@code null} after reporting an error. */
  private @Nullable String dimensionscode(Dimensionszuordnung d, GenesisMerkmal m) {
    String explizit = d.codes().get(m.auspraegungCode());
    if (explizit != null) {
      return explizit;
    }
    String schluessel = d.dimension() + '\u0000' + m.auspraegungCode();
    String bekannt = codes.get(schluessel);
    if (bekannt != null) {
      return bekannt;
    }
    String code;
    if (d.dimension().equals(Aufschluesselung.GESCHLECHT)) {
      code = geschlecht(m.auspraegungCode());
      if (code == null) {
        fehler(
            m.spalte(),
            kopf.name(m.spalte()),
            m.auspraegungCode(),
            "unbekannter Code des Geschlechts (bekannt: GESM, GESW, GESD): bitte ausdrücklich"
                + " zuordnen");
        return null;
      }
    } else if (d.dimension().equals(Aufschluesselung.ALTERSGRUPPE)) {
      Optional<Altersspanne> alter = Altersgruppen.ausLabel(m.auspraegungLabel());
      if (alter.isEmpty()) {
        fehler(
            m.spalte(),
            kopf.name(m.spalte()),
            m.auspraegungCode(),
            "die Bezeichnung '"
                + m.auspraegungLabel().strip()
                + "' nennt keine Altersgruppe wie"
                + " 'unter 3 Jahre', '3 bis unter 6 Jahre' oder '75 Jahre und mehr': bitte"
                + " ausdrücklich zuordnen");
        return null;
      }
      code = alter.get().toString();
    } else {
      code = m.auspraegungCode();
      try {
        Aufschluesselung.of(d.dimension(), code);
      } catch (IllegalArgumentException e) {
        fehler(
            m.spalte(),
            kopf.name(m.spalte()),
            code,
            "ist kein gültiger Code der Aufschlüsselung " + d.dimension());
        return null;
      }
    }
    codes.put(schluessel, code);
    return code;
  }

  private static @Nullable String geschlecht(String code) {
    switch (code.toUpperCase(Locale.ROOT)) {
      case "GESM":
        return "m";
      case "GESW":
        return "w";
      case "GESD":
        return "d";
      default:
        return null;
    }
  }

  private void messwert(
      GenesisWert w,
      Importziel.Indikator ziel,
      Raumbezug raum,
      Map<String, String> aufschluesselung,
      Sammlung.Fundorte orte) {
    Optional<Periode> periode = w.zeit().periode(ziel.periodizitaet());
    if (periode.isEmpty()) {
      fehler(
          ZEITSPALTE,
          kopf.name(ZEITSPALTE),
          w.zeit().text(),
          "die Zeit "
              + Anzeigetext.datum(w.zeit().beginn())
              + " bis "
              + Anzeigetext.datum(w.zeit().ende())
              + " liegt in keiner einzelnen Periode ("
              + ziel.periodizitaet().bezeichnung()
              + ") des Indikators "
              + ziel.indikator());
      return;
    }
    Aufschluesselung a;
    try {
      a = Aufschluesselung.of(aufschluesselung);
    } catch (IllegalArgumentException e) {
      fehler(
          w.wertSpalte(),
          kopf.name(w.wertSpalte()),
          w.wertText(),
          "die Merkmale ergeben keine gültige Aufschlüsselung " + aufschluesselung);
      return;
    }
    String code = optionen.codeliste().pruefe(a);
    if (code != null) {
      fehler(w.wertSpalte(), kopf.name(w.wertSpalte()), w.wertText(), code);
      return;
    }
    Messwert m;
    try {
      m =
          new Messwert(
              ziel.indikator(),
              raum,
              periode.get(),
              a,
              w.zaehler(),
              null,
              w.obsStatus(),
              w.confStatus());
    } catch (RegelverstossException e) {
      fehler(
          w.wertSpalte(),
          kopf.name(w.wertSpalte()),
          w.wertText(),
          Importfehler.regelverstoss(e.regel()));
      return;
    } catch (IllegalArgumentException e) {
      fehler(w.wertSpalte(), kopf.name(w.wertSpalte()), w.wertText(), "kein gültiger Messwert");
      return;
    }
    sammlung.messwert(m, w.wertSpalte(), kopf.name(w.wertSpalte()), w.wertText(), orte);
  }

  private void bevoelkerung(
      GenesisWert w, Raumbezug raum, Map<String, String> aufschluesselung, Sammlung.Fundorte orte) {
    int spalte = w.wertSpalte();
    if (!Importzuordnung.PERSONENEINHEITEN.contains(w.einheit().toLowerCase(Locale.ROOT))) {
      fehler(
          spalte,
          kopf.name(spalte),
          w.wertText(),
          "eine Bevölkerungszahl braucht die Einheit 'Anzahl' (Personen), der Wert hat '"
              + w.einheit()
              + "'");
      return;
    }
    Optional<LocalDate> stichtag = w.zeit().stichtag();
    if (stichtag.isEmpty()) {
      fehler(
          ZEITSPALTE,
          kopf.name(ZEITSPALTE),
          w.zeit().text(),
          "eine Bevölkerungszahl braucht einen Stichtag oder ein Jahr, nicht den Zeitraum "
              + w.zeit().beginn()
              + ".."
              + w.zeit().ende());
      return;
    }
    BigDecimal zahl = w.zaehler();
    if (zahl == null) {
      sammlung.ueberspringe(Ueberspringgrund.OHNE_ZAHL);
      return;
    }
    long anzahl;
    try {
      anzahl = zahl.longValueExact();
    } catch (ArithmeticException e) {
      fehler(
          spalte,
          kopf.name(spalte),
          w.wertText(),
          "eine Bevölkerungszahl braucht eine ganze Zahl von Personen");
      return;
    }
    String einwohner = optionen.grenzen().pruefeEinwohner(anzahl);
    if (einwohner != null) {
      fehler(spalte, kopf.name(spalte), w.wertText(), einwohner);
      return;
    }
    String alter = aufschluesselung.get(Aufschluesselung.ALTERSGRUPPE);
    Bevoelkerungszahl b;
    try {
      b =
          new Bevoelkerungszahl(
              raum,
              stichtag.get(),
              alter == null ? Bevoelkerungszahl.ALLE_ALTER : Altersspanne.parse(alter),
              aufschluesselung.get(Aufschluesselung.GESCHLECHT),
              anzahl);
    } catch (IllegalArgumentException e) {
      fehler(
          spalte,
          kopf.name(spalte),
          w.wertText(),
          "keine gültige Bevölkerungszahl (Anzahl ab 0, Geschlecht m, w oder d, Altersgruppe wie"
              + " 0-2 oder 80+)");
      return;
    }
    sammlung.bevoelkerung(b, spalte, kopf.name(spalte), w.wertText(), orte);
  }

  /**
   * The reason a parser gave for refusing a value (its message; every parser of kekiz gives one).
   */
  private static String grund(RuntimeException e) {
    String m = e.getMessage();
    return m != null ? m : "unbekannter Fehler (" + e.getClass().getSimpleName() + ")";
  }
}

package de.kekiz.importe;

import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.ObsStatus;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Raumbezug;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads the data rows of a kekiz layout, whatever they come from (CSV line or XLSX row), into a
 * {@link Sammlung}. Each row gives one object; its first bad field is reported.
 */
final class KekizZeilen {

  /** The cells of one row, by 0-based column index. */
  interface Zellen {
    /** The cell as text, stripped; empty if the cell is empty or absent. */
    String text(int index);

    /** The cell's value if it is stored as a number (XLSX), else {@code null}. */
    @Nullable BigDecimal zahl(int index);

    /** The cell's value read as a date if it is stored as a number (XLSX), else {@code null}. */
    @Nullable LocalDate datum(int index);
  }

  /** A bad field: reported, and the row dropped. */
  private static final class Feldfehler extends Exception {
    private static final long serialVersionUID = 1L;
    final int spalte;
    final String wert;
    final String grund;

    Feldfehler(int spalte, String wert, String grund) {
      super(grund, null, false, false);
      this.spalte = spalte;
      this.wert = wert;
      this.grund = grund;
    }
  }

  // column positions in KekizLayout.MESSWERTE.spalten()
  private static final int INDIKATOR = 0;
  private static final int VERSION = 1;
  private static final int M_RAUM = 2;
  private static final int PERIODE = 3;
  private static final int AUFSCHLUESSELUNG = 4;
  private static final int ZAEHLER = 5;
  private static final int NENNER = 6;
  private static final int OBS = 7;
  private static final int CONF = 8;
  private static final int WERTART = 9;
  // column positions in KekizLayout.BEVOELKERUNG.spalten()
  private static final int B_RAUM = 0;
  private static final int STICHTAG = 1;
  private static final int ALTERSGRUPPE = 2;
  private static final int ANZAHL = 3;
  private static final int GESCHLECHT = 4;

  private static final int AGS_STELLEN = 8;

  /**
   * How many texts of each kind (indicator, area, period, breakdown) are remembered with what they
   * parse to: a large file repeats few of them, and sharing one object per text keeps a million
   * rows in a fraction of the memory.
   */
  private static final int HOECHSTENS_GEMERKT = 50_000;

  private final Map<String, IndikatorRef> indikatoren = new HashMap<>();
  private final Map<String, Raumbezug> raeume = new HashMap<>();
  private final Map<String, Periode> perioden = new HashMap<>();
  private final Map<String, Aufschluesselung> aufschluesselungen = new HashMap<>();

  private final KekizLayout layout;
  private final List<String> kopf;
  private final int[] index;
  private final Importoptionen optionen;
  private final Sammlung sammlung;

  KekizZeilen(
      KekizLayout layout,
      List<String> kopf,
      int[] index,
      Importoptionen optionen,
      Sammlung sammlung) {
    this.layout = layout;
    this.kopf = kopf;
    this.index = index;
    this.optionen = optionen;
    this.sammlung = sammlung;
  }

  /** Reads one data row; the caller has started it in the {@link Sammlung}. */
  void zeile(Zellen z) {
    sammlung.wert();
    try {
      for (int i : index) {
        if (i >= 0 && z.text(i).length() > optionen.grenzen().zeichenProFeld()) {
          throw new Feldfehler(
              i + 1,
              z.text(i),
              "das Feld ist länger als " + optionen.grenzen().zeichenProFeld() + " Zeichen");
        }
      }
      if (layout == KekizLayout.MESSWERTE) {
        messwert(z);
      } else {
        bevoelkerung(z);
      }
    } catch (Feldfehler f) {
      sammlung.fehler(f.spalte, name(f.spalte), f.wert, f.grund);
    }
  }

  /** What {@code text} parses to, remembered while there is room; exceptions pass through. */
  private static <T> T gemerkt(Map<String, T> karte, String text, Function<String, T> lesen) {
    T t = karte.get(text);
    if (t == null) {
      t = lesen.apply(text);
      if (karte.size() < HOECHSTENS_GEMERKT) {
        karte.put(text, t);
      }
    }
    return t;
  }

  private String name(int spalte) {
    return spalte >= 1 && spalte <= kopf.size() ? kopf.get(spalte - 1).strip() : "";
  }

  private void messwert(Zellen z) throws Feldfehler {
    IndikatorKey key;
    String text = text(z, INDIKATOR);
    try {
      key = IndikatorKey.of(text);
    } catch (IllegalArgumentException e) {
      throw fehler(
          INDIKATOR,
          text,
          "erwartet einen Indikatorschlüssel wie sgb2-quote-u15 (ein Kleinbuchstabe, dann bis zu"
              + " 59 Kleinbuchstaben, Ziffern oder '-')");
    }
    int version = ganzzahl(z, VERSION);
    if (version < 1) {
      throw fehler(VERSION, text(z, VERSION), "die Version eines Indikators beginnt bei 1");
    }
    Raumbezug raum = raum(z, M_RAUM);
    String art = text(z, WERTART).toUpperCase(java.util.Locale.ROOT);
    switch (art) {
      case "", "EXAKT":
        break;
      case "GEPOOLT":
        sammlung.ueberspringe(Ueberspringgrund.ZUSAMMENGEFASST);
        return;
      case "UEBERLAGERT":
        throw fehler(
            WERTART,
            text(z, WERTART),
            "ein mit dem Cell-Key-Verfahren überlagerter Wert ist kein Messwert und wird nicht"
                + " importiert");
      default:
        throw fehler(WERTART, text(z, WERTART), "Wertart braucht EXAKT, GEPOOLT oder UEBERLAGERT");
    }
    Periode periode;
    text = ganzzahligeZahlAlsText(z, PERIODE);
    try {
      periode = gemerkt(perioden, text, Periode::parse);
    } catch (IllegalArgumentException e) {
      throw fehler(
          PERIODE, text, "erwartet eine Periode wie 2023, 2023-S1, 2023-Q2, 2023-03 oder 2023/24");
    }
    String jahr = optionen.grenzen().pruefeJahr(periode.jahr());
    if (jahr != null) {
      throw fehler(PERIODE, text, jahr);
    }
    Aufschluesselung aufschluesselung = Aufschluesselung.INSGESAMT;
    text = text(z, AUFSCHLUESSELUNG);
    if (!text.isEmpty()) {
      try {
        aufschluesselung = gemerkt(aufschluesselungen, text, Aufschluesselung::parse);
      } catch (IllegalArgumentException e) {
        throw fehler(
            AUFSCHLUESSELUNG,
            text,
            "erwartet eine Aufschlüsselung wie geschlecht=w oder geschlecht=w;alter=0-2 (jede"
                + " Dimension einmal) oder insgesamt");
      }
      String code = optionen.codeliste().pruefe(aufschluesselung);
      if (code != null) {
        throw fehler(AUFSCHLUESSELUNG, text, code);
      }
    }
    if (text(z, ZAEHLER).equals(KekizLayout.GESPERRT)
        || text(z, NENNER).equals(KekizLayout.GESPERRT)) {
      sammlung.ueberspringe(Ueberspringgrund.GESPERRT);
      return;
    }
    BigDecimal zaehler = dezimal(z, ZAEHLER);
    BigDecimal nenner = dezimal(z, NENNER);
    ObsStatus obs = zaehler == null ? ObsStatus.M : ObsStatus.A;
    text = text(z, OBS);
    if (!text.isEmpty()) {
      try {
        obs = ObsStatus.parse(text.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw fehler(OBS, text, "erwartet einen der Codes A, B, E, P, M, F");
      }
    }
    ConfStatus conf = ConfStatus.F;
    text = text(z, CONF);
    if (!text.isEmpty()) {
      try {
        conf = ConfStatus.parse(text.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw fehler(CONF, text, "erwartet einen der Codes F, C, A, D, S, N");
      }
    }
    Messwert m;
    try {
      m =
          new Messwert(
              gemerkt(indikatoren, key + "@" + version, t -> IndikatorRef.of(key, version)),
              raum,
              periode,
              aufschluesselung,
              zaehler,
              nenner,
              obs,
              conf);
    } catch (RegelverstossException e) {
      int stelle = e.regel().equals("messwert.nenner-nicht-positiv") ? NENNER : ZAEHLER;
      throw fehler(stelle, text(z, stelle), Importfehler.regelverstoss(e.regel()));
    }
    if (!optionen.gebiet().umfasst(raum)) {
      sammlung.ueberspringe(Ueberspringgrund.ANDERES_GEBIET);
      return;
    }
    int spalte = index[ZAEHLER] + 1;
    sammlung.messwert(
        m,
        spalte,
        name(spalte),
        text(z, ZAEHLER),
        angabe ->
            switch (angabe) {
              case INDIKATOR -> stelle(z, INDIKATOR);
              case RAUM -> stelle(z, M_RAUM);
              case PERIODE -> stelle(z, PERIODE);
              case AUFSCHLUESSELUNG -> stelle(z, AUFSCHLUESSELUNG);
              case NENNER -> stelle(z, NENNER);
              case WERT -> null;
            });
  }

  private void bevoelkerung(Zellen z) throws Feldfehler {
    Raumbezug raum = raum(z, B_RAUM);
    LocalDate stichtag = z.datum(index[STICHTAG]);
    String text = text(z, STICHTAG);
    if (stichtag == null) {
      try {
        Zeitangabe zeit = Zeitangabe.parse(text);
        if (!zeit.istTag()) {
          throw new IllegalArgumentException("Zeitraum statt Tag");
        }
        stichtag = zeit.beginn();
      } catch (IllegalArgumentException e) {
        throw fehler(STICHTAG, text, "erwartet einen Stichtag als TT.MM.JJJJ oder JJJJ-MM-TT");
      }
    }
    String datum = optionen.grenzen().pruefeDatum(stichtag);
    if (datum != null) {
      throw fehler(STICHTAG, text, datum);
    }
    Altersspanne alter = Bevoelkerungszahl.ALLE_ALTER;
    text = text(z, ALTERSGRUPPE);
    if (!text.isEmpty() && !text.equalsIgnoreCase(Aufschluesselung.INSGESAMT_TEXT)) {
      try {
        alter = Altersspanne.parse(text);
      } catch (IllegalArgumentException e) {
        throw fehler(
            ALTERSGRUPPE,
            text,
            "erwartet eine Altersgruppe wie 0-2, 15-17 oder 80+ oder insgesamt");
      }
    }
    BigDecimal zahl = dezimal(z, ANZAHL);
    text = text(z, ANZAHL);
    if (zahl == null) {
      throw fehler(ANZAHL, text, "eine Bevölkerungszahl braucht eine Anzahl");
    }
    long anzahl;
    try {
      anzahl = zahl.longValueExact();
    } catch (ArithmeticException e) {
      throw fehler(ANZAHL, text, "eine Bevölkerungszahl braucht eine ganze Zahl von Personen");
    }
    String einwohner = optionen.grenzen().pruefeEinwohner(anzahl);
    if (einwohner != null) {
      throw fehler(ANZAHL, text, einwohner);
    }
    String geschlecht = text(z, GESCHLECHT).toLowerCase(Locale.ROOT);
    Bevoelkerungszahl b;
    try {
      b =
          new Bevoelkerungszahl(
              raum, stichtag, alter, geschlecht.isEmpty() ? null : geschlecht, anzahl);
    } catch (IllegalArgumentException e) {
      int stelle = anzahl < 0 ? ANZAHL : GESCHLECHT;
      throw fehler(
          stelle,
          text(z, stelle),
          anzahl < 0
              ? "eine Bevölkerungszahl braucht eine Anzahl ab 0"
              : "erwartet das Geschlecht m, w oder d (leer für alle zusammen)");
    }
    if (!optionen.gebiet().umfasst(raum)) {
      sammlung.ueberspringe(Ueberspringgrund.ANDERES_GEBIET);
      return;
    }
    int spalte = index[ANZAHL] + 1;
    sammlung.bevoelkerung(
        b,
        spalte,
        name(spalte),
        text(z, ANZAHL),
        angabe -> angabe == Importpruefung.Angabe.RAUM ? stelle(z, B_RAUM) : null);
  }

  /** The cell of layout column {@code layoutspalte} in row {@code z}; null if the file has none. */
  private Sammlung.@Nullable Fundstelle stelle(Zellen z, int layoutspalte) {
    int i = index[layoutspalte];
    return i < 0 ? null : new Sammlung.Fundstelle(i + 1, name(i + 1), z.text(i));
  }

  private Feldfehler fehler(int layoutspalte, String wert, @Nullable String grund) {
    return new Feldfehler(index[layoutspalte] + 1, wert, String.valueOf(grund));
  }

  private String text(Zellen z, int layoutspalte) {
    int i = index[layoutspalte];
    return i < 0 ? "" : z.text(i);
  }

  /** A number cell holding a whole number as its digits (XLSX {@code 2023} → {@code "2023"}). */
  private String ganzzahligeZahlAlsText(Zellen z, int layoutspalte) {
    int i = index[layoutspalte];
    BigDecimal zahl = i < 0 ? null : z.zahl(i);
    if (zahl != null
        && zahl.stripTrailingZeros().scale() <= 0
        && (long) zahl.precision() - zahl.scale() <= 20) {
      return zahl.toBigInteger().toString();
    }
    return text(z, layoutspalte);
  }

  private int ganzzahl(Zellen z, int layoutspalte) throws Feldfehler {
    String text = ganzzahligeZahlAlsText(z, layoutspalte);
    if (text.isEmpty() || text.length() > 9) {
      throw fehler(layoutspalte, text, "erwartet eine ganze Zahl wie 1");
    }
    for (int k = 0; k < text.length(); k++) {
      if (text.charAt(k) < '0' || text.charAt(k) > '9') {
        throw fehler(layoutspalte, text, "erwartet eine ganze Zahl wie 1");
      }
    }
    return Integer.parseInt(text);
  }

  private Raumbezug raum(Zellen z, int layoutspalte) throws Feldfehler {
    int i = index[layoutspalte];
    BigDecimal zahl = z.zahl(i);
    String text = z.text(i);
    if (zahl != null) {
      // an AGS typed into a spreadsheet as a number has lost its leading zero(s)
      String ziffern = ganzzahligeZahlAlsText(z, layoutspalte);
      if (zahl.signum() < 0 || ziffern.length() > AGS_STELLEN) {
        throw fehler(layoutspalte, text, "erwartet einen Amtlichen Gemeindeschlüssel wie 05315000");
      }
      text = "0".repeat(AGS_STELLEN - ziffern.length()) + ziffern;
    }
    try {
      return gemerkt(raeume, text, Raumbezug::parse);
    } catch (IllegalArgumentException e) {
      throw fehler(
          layoutspalte,
          text,
          "erwartet einen Amtlichen Gemeindeschlüssel wie 05315000 oder einen Sozialraum wie"
              + " 05315000:404@1");
    }
  }

  private @Nullable BigDecimal dezimal(Zellen z, int layoutspalte) throws Feldfehler {
    int i = index[layoutspalte];
    if (i < 0) {
      return null;
    }
    BigDecimal zahl = z.zahl(i);
    if (zahl != null) {
      return imBereich(layoutspalte, z.text(i), zahl);
    }
    String text = z.text(i);
    if (text.isEmpty()) {
      return null;
    }
    char trenner = optionen.dezimaltrennzeichen().zeichen();
    BigDecimal gelesen = Zahlen.dezimal(text, trenner, trenner);
    if (gelesen == null) {
      char anderer = trenner == ',' ? '.' : ',';
      throw fehler(
          layoutspalte,
          text,
          text.indexOf(anderer) >= 0
              ? "die Zahl enthält '"
                  + anderer
                  + "', der Import erwartet das Dezimaltrennzeichen '"
                  + trenner
                  + "' und kein Tausendertrennzeichen"
              : "erwartet eine Zahl wie 12" + trenner + "5");
    }
    return imBereich(layoutspalte, text, gelesen);
  }

  private BigDecimal imBereich(int layoutspalte, String text, BigDecimal zahl) throws Feldfehler {
    String grund = optionen.grenzen().pruefeZahl(zahl);
    if (grund != null) {
      throw fehler(layoutspalte, text, grund);
    }
    return zahl;
  }
}

package de.kekiz.examples.angriff;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code messwerte.csv}, the spreadsheet form of the observations: {@code ;} between fields,
 * decimal comma, a byte order mark, {@code .} for a suppressed and an empty field for a missing
 * number. Columns by the names of the header row: {@code Indikator}, {@code Version}, {@code Raum}
 * ({@code 05978000} or {@code 05978000:05978008@1}), {@code Periode} ({@code 2015/16}), {@code
 * Aufschlüsselung} ({@code insgesamt} or {@code geschlecht=w}), {@code Zähler}, {@code Nenner},
 * {@code CONF_STATUS}; if present {@code OBS_STATUS}, {@code Wert} and {@code WERTART}. A text that
 * starts with an apostrophe followed by a character a spreadsheet would take for a formula is read
 * without the apostrophe.
 */
final class MesswerteCsvLeser {
  private MesswerteCsvLeser() {}

  /** The file name. */
  static final String DATEINAME = "messwerte.csv";

  /** The marker of a suppressed number. */
  static final String GESPERRT = ".";

  /**
   * What one row states, and the value ({@code Wert}) it shows.
   *
   * @param angabe the statement about the cell
   * @param wert the {@code Wert} column as shown, empty if none or suppressed
   */
  record Zeile(Angabe angabe, String wert) {}

  /**
   * The rows of the file {@code datei} in folder {@code ordner}.
   *
   * @throws IllegalArgumentException naming file, line and value of anything unreadable
   * @throws IOException if the file cannot be read
   */
  static List<Zeile> lies(Path datei, String ordner) throws IOException {
    String quelle = ordner + "/" + DATEINAME;
    List<CsvText.Datensatz> saetze =
        CsvText.zerlege(Files.readString(datei, StandardCharsets.UTF_8), ';', quelle);
    if (saetze.isEmpty()) {
      throw new IllegalArgumentException(quelle + ": the file is empty, a header row is needed");
    }
    Kopfzeile kopf = new Kopfzeile(saetze.get(0).felder(), quelle);
    int indikator = kopf.spalte("Indikator");
    int version = kopf.spalte("Version");
    int raum = kopf.spalte("Raum");
    int periode = kopf.spalte("Periode");
    int aufschluesselung = kopf.spalte("Aufschlüsselung");
    int zaehler = kopf.spalte("Zähler");
    int nenner = kopf.spalte("Nenner");
    int conf = kopf.spalte("CONF_STATUS");
    Optional<Integer> obs = kopf.optional("OBS_STATUS");
    Optional<Integer> wert = kopf.optional("Wert");
    Optional<Integer> wertart = kopf.optional("WERTART");
    List<Zeile> zeilen = new ArrayList<>();
    for (CsvText.Datensatz s : saetze.subList(1, saetze.size())) {
      Zeilenleser z = new Zeilenleser(s, kopf, quelle);
      Zelle zelle =
          z.lies(
              "Raum/Periode/Aufschlüsselung",
              () ->
                  new Zelle(
                      text(z, indikator),
                      Raum.parse(text(z, raum)),
                      Zeitraum.deutsch(text(z, periode)),
                      Zelle.aufschluesselung(text(z, aufschluesselung))));
      Angabe angabe =
          new Angabe(
              zelle,
              z.lies("Version", () -> Integer.parseInt(z.text(version))),
              zahl(z, zaehler, "Zähler"),
              zahl(z, nenner, "Nenner"),
              z.text(conf),
              obs.map(z::text).orElse("A"),
              wertart
                  .map(w -> z.lies("WERTART", () -> Wertart.lies(z.text(w))))
                  .orElse(Wertart.EXAKT),
              new Fundstelle(ordner, DATEINAME, "Zeile " + s.zeile()));
      String gezeigt = wert.map(z::text).orElse("");
      zeilen.add(new Zeile(angabe, gezeigt.equals(GESPERRT) ? "" : gezeigt));
    }
    return zeilen;
  }

  private static String text(Zeilenleser z, int spalte) {
    String t = z.text(spalte);
    return t.length() >= 2 && t.charAt(0) == '\'' && "=+-@\t\r'".indexOf(t.charAt(1)) >= 0
        ? t.substring(1)
        : t;
  }

  private static @Nullable BigDecimal zahl(Zeilenleser z, int spalte, String was) {
    String t = z.text(spalte);
    if (t.isEmpty() || t.equals(GESPERRT)) {
      return null;
    }
    return z.lies(
        was,
        () -> {
          if (t.indexOf('.') >= 0) {
            throw new IllegalArgumentException(
                "needs a number with a decimal comma and no thousands separator, got '" + t + "'");
          }
          return new BigDecimal(t.replace(',', '.'));
        });
  }
}

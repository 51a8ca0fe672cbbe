package de.kekiz.examples.angriff;

import com.google.common.collect.ImmutableSortedMap;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code messwerte.sdmx.csv} as any reader of SDMX-CSV would: by the names in the header row,
 * ignoring columns it does not know.
 *
 * <p>Columns used: {@code INDIKATOR}, {@code REF_AREA}, {@code SOZIALRAUM} ({@code _T} for the
 * Kommune itself), {@code TIME_PERIOD}, {@code CONF_STATUS}, {@code ZAEHLER}, {@code NENNER}; if
 * present {@code OBS_STATUS}, {@code INDIKATOR_VERSION} and {@code WERTART} ({@link Wertart},
 * {@code EXAKT} when absent). The columns between {@code SOZIALRAUM} and {@code TIME_PERIOD} are
 * the breakdown dimensions of the dataflow (their code, or {@code _T} where a row is not broken
 * down by them). The separator is {@code ,} with a decimal point, or {@code ;} (then with a decimal
 * comma) if the header holds no comma.
 */
final class SdmxCsvLeser {
  private SdmxCsvLeser() {}

  /** The file name. */
  static final String DATEINAME = "messwerte.sdmx.csv";

  /**
   * The statements of the file {@code datei} in folder {@code ordner}.
   *
   * @throws IllegalArgumentException naming file, line, column and value of anything unreadable
   * @throws IOException if the file cannot be read
   */
  static List<Angabe> lies(Path datei, String ordner) throws IOException {
    String text = Files.readString(datei, StandardCharsets.UTF_8);
    String ersteZeile = text.lines().findFirst().orElse("");
    char trenn = ersteZeile.indexOf(',') < 0 && ersteZeile.indexOf(';') >= 0 ? ';' : ',';
    String quelle = ordner + "/" + DATEINAME;
    List<CsvText.Datensatz> saetze = CsvText.zerlege(text, trenn, quelle);
    if (saetze.isEmpty()) {
      throw new IllegalArgumentException(quelle + ": the file is empty, a header row is needed");
    }
    Kopfzeile kopf = new Kopfzeile(saetze.get(0).felder(), quelle);
    int indikator = kopf.spalte("INDIKATOR");
    int refArea = kopf.spalte("REF_AREA");
    int sozialraum = kopf.spalte("SOZIALRAUM");
    int zeit = kopf.spalte("TIME_PERIOD");
    int conf = kopf.spalte("CONF_STATUS");
    int zaehler = kopf.spalte("ZAEHLER");
    int nenner = kopf.spalte("NENNER");
    Optional<Integer> obs = kopf.optional("OBS_STATUS");
    Optional<Integer> version = kopf.optional("INDIKATOR_VERSION");
    Optional<Integer> wertart = kopf.optional("WERTART");
    List<String> dimensionen = kopf.zwischen("SOZIALRAUM", "TIME_PERIOD");
    List<Integer> dimensionsspalten = dimensionen.stream().map(kopf::spalte).toList();
    List<Angabe> angaben = new ArrayList<>();
    for (CsvText.Datensatz s : saetze.subList(1, saetze.size())) {
      Zeilenleser z = new Zeilenleser(s, kopf, quelle);
      ImmutableSortedMap.Builder<String, String> aufschluesselung =
          ImmutableSortedMap.naturalOrder();
      for (int d = 0; d < dimensionen.size(); d++) {
        String code = z.text(dimensionsspalten.get(d));
        if (!code.equals("_T")) {
          aufschluesselung.put(dimensionen.get(d).toLowerCase(Locale.ROOT), code);
        }
      }
      Zelle zelle =
          z.lies(
              "SOZIALRAUM/TIME_PERIOD",
              () ->
                  new Zelle(
                      z.text(indikator),
                      Raum.sdmx(z.text(refArea), z.text(sozialraum)),
                      Zeitraum.sdmx(z.text(zeit)),
                      aufschluesselung.buildOrThrow()));
      angaben.add(
          new Angabe(
              zelle,
              version
                  .map(v -> z.lies("INDIKATOR_VERSION", () -> Integer.parseInt(z.text(v))))
                  .orElse(0),
              zahl(z, zaehler, trenn),
              zahl(z, nenner, trenn),
              z.text(conf),
              obs.map(z::text).orElse("A"),
              wertart
                  .map(w -> z.lies("WERTART", () -> Wertart.lies(z.text(w))))
                  .orElse(Wertart.EXAKT),
              new Fundstelle(ordner, DATEINAME, "Zeile " + s.zeile())));
    }
    return angaben;
  }

  private static @Nullable BigDecimal zahl(Zeilenleser z, int spalte, char trenn) {
    String t = z.text(spalte);
    if (t.isEmpty()) {
      return null;
    }
    String punkt = trenn == ';' ? t.replace(',', '.') : t;
    return z.lies("number", () -> new BigDecimal(punkt));
  }
}

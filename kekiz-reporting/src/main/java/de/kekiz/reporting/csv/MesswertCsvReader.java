package de.kekiz.reporting.csv;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.KekizException;
import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.ObsStatus;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.monitoring.veroeffentlichung.Wertart;
import de.kekiz.reporting.internal.Csv;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@value MesswertCsvWriter#DATEINAME} as {@link MesswertCsvWriter} writes it, in the same
 * {@link CsvFormat}: the round trip gives back the observations as they were published.
 *
 * <p>Read back are indicator and version, area, period, breakdown, numerator, denominator and the
 * two status codes; the columns Indikatorname, Raumname, Wert, Einheit and Hinweis are derived and
 * ignored. A cell holding the marker for suppressed or missing values reads as no number, so an
 * observation that was suppressed comes back without numbers (the writer never wrote them). The
 * apostrophe the writer put before a dangerous text cell is removed. A byte order mark is skipped
 * whether or not the format asks for one. Rows of Wertart GEPOOLT (figures summed over several
 * periods) summarise observations and are skipped.
 *
 * <p>The header must be the writer's. Every bad row is reported with its line number in one {@link
 * CsvLesefehlerException}, and then nothing is returned. Immutable and thread-safe.
 */
public final class MesswertCsvReader {

  private static final int SPALTE_WERTART = MesswertCsvWriter.SPALTEN.indexOf("Wertart");

  private final CsvFormat format;

  /**
   * A reader for files in {@code format}.
   *
   * @param format separator, decimal mark and markers the files use
   */
  public MesswertCsvReader(CsvFormat format) {
    this.format = requireNonNull(format, "format");
  }

  /** A reader for {@link CsvFormat#EXCEL_DEUTSCH}. */
  public MesswertCsvReader() {
    this(CsvFormat.EXCEL_DEUTSCH);
  }

  /**
   * Reads all observations from {@code quelle} (UTF-8, with or without byte order mark); does not
   * close it.
   *
   * @param quelle the CSV text
   * @return the observations, in file order
   * @throws CsvLesefehlerException listing every bad row if any row is bad
   * @throws IOException if reading fails
   */
  public ImmutableList<Messwert> lies(InputStream quelle) throws IOException {
    return lies(quelle, "messwerte.csv");
  }

  /**
   * Reads the file {@code datei}.
   *
   * @param datei the CSV file, e.g. {@code messwerte.csv}
   * @return the observations, in file order
   * @throws CsvLesefehlerException listing every bad row if any row is bad
   * @throws IOException if reading fails
   */
  public ImmutableList<Messwert> lies(Path datei) throws IOException {
    try (InputStream in = Files.newInputStream(datei)) {
      return lies(in, datei.toString());
    }
  }

  private ImmutableList<Messwert> lies(InputStream quelle, String name) throws IOException {
    requireNonNull(quelle, "quelle");
    PushbackInputStream in = new PushbackInputStream(quelle, 3);
    byte[] anfang = in.readNBytes(3);
    boolean bom =
        anfang.length == 3
            && (anfang[0] & 0xFF) == 0xEF
            && (anfang[1] & 0xFF) == 0xBB
            && (anfang[2] & 0xFF) == 0xBF;
    if (!bom) {
      in.unread(anfang);
    }
    List<Csv.Datensatz> saetze;
    try {
      saetze =
          Csv.lies(
              new BufferedReader(
                  new InputStreamReader(
                      in,
                      StandardCharsets.UTF_8
                          .newDecoder()
                          .onMalformedInput(CodingErrorAction.REPORT)
                          .onUnmappableCharacter(CodingErrorAction.REPORT)),
                  1 << 16),
              format.trennzeichen());
    } catch (CharacterCodingException e) {
      throw new CsvLesefehlerException(
          name,
          List.of(new CsvLesefehlerException.Zeilenfehler(0, "is not UTF-8: " + e.getMessage())));
    } catch (IllegalArgumentException e) {
      throw new CsvLesefehlerException(
          name,
          List.of(new CsvLesefehlerException.Zeilenfehler(0, String.valueOf(e.getMessage()))));
    }
    List<CsvLesefehlerException.Zeilenfehler> fehler = new ArrayList<>();
    if (saetze.isEmpty()) {
      throw new CsvLesefehlerException(
          name, List.of(new CsvLesefehlerException.Zeilenfehler(1, "has no header row")));
    }
    List<String> kopf = saetze.get(0).felder().stream().map(Zelle::textZurueck).toList();
    if (!kopf.equals(MesswertCsvWriter.SPALTEN)) {
      throw new CsvLesefehlerException(
          name,
          List.of(
              new CsvLesefehlerException.Zeilenfehler(
                  1,
                  "needs the header "
                      + String.join(
                          String.valueOf(format.trennzeichen()), MesswertCsvWriter.SPALTEN)
                      + " with separator '"
                      + format.trennzeichen()
                      + "', got "
                      + kopf)));
    }
    ImmutableList.Builder<Messwert> messwerte = ImmutableList.builder();
    for (Csv.Datensatz satz : saetze.subList(1, saetze.size())) {
      List<String> felder = satz.felder();
      if (felder.size() == MesswertCsvWriter.SPALTEN.size()
          && Wertart.GEPOOLT.name().equals(text(felder.get(SPALTE_WERTART)))) {
        continue; // a figure pooled over several periods summarises observations, it is none
      }
      try {
        messwerte.add(messwert(satz.felder()));
      } catch (IllegalArgumentException | KekizException e) {
        fehler.add(
            new CsvLesefehlerException.Zeilenfehler(satz.zeile(), String.valueOf(e.getMessage())));
      }
    }
    if (!fehler.isEmpty()) {
      throw new CsvLesefehlerException(name, fehler);
    }
    return messwerte.build();
  }

  private Messwert messwert(List<String> z) {
    if (z.size() != MesswertCsvWriter.SPALTEN.size()) {
      throw new IllegalArgumentException(
          "needs " + MesswertCsvWriter.SPALTEN.size() + " fields, got " + z.size());
    }
    int version;
    try {
      version = Integer.parseInt(z.get(1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Version needs a whole number, got '" + z.get(1) + "'", e);
    }
    return new Messwert(
        IndikatorRef.of(IndikatorKey.of(text(z.get(0))), version),
        Raumbezug.parse(text(z.get(3))),
        Periode.parse(text(z.get(5))),
        Aufschluesselung.parse(text(z.get(6))),
        zahl(z.get(7), "Zähler"),
        zahl(z.get(8), "Nenner"),
        ObsStatus.parse(z.get(11)),
        ConfStatus.parse(z.get(12)));
  }

  private static String text(String zelle) {
    return Zelle.textZurueck(zelle);
  }

  private @Nullable BigDecimal zahl(String zelle, String spalte) {
    String text = Zelle.textZurueck(zelle);
    if (text.equals(format.gesperrt()) || text.equals(format.fehlend()) || text.isEmpty()) {
      return null;
    }
    try {
      return Zelle.zahlZurueck(zelle, format);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(spalte + " " + e.getMessage(), e);
    }
  }
}

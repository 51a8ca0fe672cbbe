package de.kekiz.reporting.programm;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.monitoring.veroeffentlichung.Programmveroeffentlichung;
import de.kekiz.reporting.bericht.Berichtsoptionen;
import de.kekiz.reporting.bericht.daten.ProgrammberichtJson;
import de.kekiz.reporting.csv.CsvFormat;
import de.kekiz.reporting.csv.ProgrammCsvWriter;
import de.kekiz.reporting.html.ProgrammHtmlWriter;
import de.kekiz.reporting.pdf.PdfBerichtWriter;
import de.kekiz.reporting.xlsx.ProgrammXlsxWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the programme report ({@link Programmveroeffentlichung}) into one folder: {@value
 * ProgrammHtmlWriter#DATEINAME}, {@value #PDF} (the same document as tagged PDF/UA-1), {@value
 * ProgrammberichtJson#DATEINAME}, {@value ProgrammXlsxWriter#DATEINAME} and the CSV files {@value
 * ProgrammCsvWriter#REICHWEITE}, {@value ProgrammCsvWriter#FOERDERUNG} and {@value
 * ProgrammCsvWriter#REIFE} in their German Excel form ({@link CsvFormat#EXCEL_DEUTSCH}), as the
 * Kommune report writes {@code bericht.xlsx} and its CSV files. As {@link
 * de.kekiz.reporting.bericht.BerichtWriter}, each file goes to a temporary file in the folder first
 * and is then moved into place, so a failing format never leaves a half-written file under the
 * final name. Presents only. Immutable and thread-safe.
 */
public final class ProgrammberichtWriter {

  /** The PDF's file name. */
  public static final String PDF = "programmbericht.pdf";

  private final Berichtsoptionen optionen;
  private final ProgrammHtmlWriter html = new ProgrammHtmlWriter();
  private final PdfBerichtWriter pdf = new PdfBerichtWriter();
  private final ProgrammberichtJson json = new ProgrammberichtJson();
  private final ProgrammXlsxWriter xlsx = new ProgrammXlsxWriter();
  private final ProgrammCsvWriter csv = new ProgrammCsvWriter(CsvFormat.EXCEL_DEUTSCH);

  /** A writer with the standard options. */
  public ProgrammberichtWriter() {
    this(Berichtsoptionen.STANDARD);
  }

  /**
   * A writer with {@code optionen}.
   *
   * @param optionen the symbols of suppressed and missing figures
   */
  public ProgrammberichtWriter(Berichtsoptionen optionen) {
    this.optionen = requireNonNull(optionen, "optionen");
  }

  private interface Format {
    void schreibe(OutputStream out) throws IOException;
  }

  /**
   * Writes the report of {@code v}, made on {@code erstelltAm}, into {@code ordner} (created if
   * needed), replacing files of the same name.
   *
   * @param v the programme report
   * @param erstelltAm the day the report is made
   * @param ordner the output folder
   * @return the files written: HTML, PDF, JSON, XLSX and the three CSV files
   * @throws IOException if the folder cannot be created or a format fails; files written before the
   *     failure stay
   */
  public List<Path> schreibe(Programmveroeffentlichung v, LocalDate erstelltAm, Path ordner)
      throws IOException {
    requireNonNull(v, "v");
    requireNonNull(erstelltAm, "erstelltAm");
    requireNonNull(ordner, "ordner");
    Files.createDirectories(ordner);
    String dokument = html.html(v, erstelltAm, optionen);
    String beschreibung = "Programmbericht " + v.programm().programm().key();
    List<Path> geschrieben = new ArrayList<>();
    geschrieben.add(
        schreibe(
            ordner,
            ProgrammHtmlWriter.DATEINAME,
            out -> out.write(dokument.getBytes(StandardCharsets.UTF_8))));
    geschrieben.add(schreibe(ordner, PDF, out -> pdf.schreibeHtml(dokument, beschreibung, out)));
    geschrieben.add(
        schreibe(ordner, ProgrammberichtJson.DATEINAME, out -> json.schreibe(v, erstelltAm, out)));
    geschrieben.add(
        schreibe(
            ordner,
            ProgrammXlsxWriter.DATEINAME,
            out -> xlsx.schreibe(v, erstelltAm, optionen, out)));
    geschrieben.add(
        schreibe(ordner, ProgrammCsvWriter.REICHWEITE, out -> csv.schreibeReichweite(v, out)));
    geschrieben.add(
        schreibe(ordner, ProgrammCsvWriter.FOERDERUNG, out -> csv.schreibeFoerderung(v, out)));
    geschrieben.add(schreibe(ordner, ProgrammCsvWriter.REIFE, out -> csv.schreibeReife(v, out)));
    return ImmutableList.copyOf(geschrieben);
  }

  private static Path schreibe(Path ordner, String name, Format f) throws IOException {
    Path ziel = ordner.resolve(name);
    Path temp = Files.createTempFile(ordner, "." + name + ".", ".tmp");
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
        f.schreibe(out);
      }
      Files.move(temp, ziel, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temp);
    }
    return ziel;
  }
}

package de.kekiz.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;

/** What a reader of a written report file sees, for the tests that search every format. */
public final class Dateiinhalt {
  private Dateiinhalt() {}

  /**
   * The text a reader sees: extracted text for PDF, the text cells (one per line) for XLSX, the
   * visible text for HTML, the file otherwise.
   *
   * @param p the file
   * @return its readable text
   * @throws IOException if it cannot be read
   */
  public static String lesbar(Path p) throws IOException {
    String name = p.getFileName().toString();
    if (name.endsWith(".pdf")) {
      try (PDDocument d = Loader.loadPDF(Files.readAllBytes(p))) {
        return new PDFTextStripper().getText(d);
      }
    }
    if (name.endsWith(".xlsx")) {
      StringBuilder s = new StringBuilder();
      for (Object o : zellen(p, CellType.STRING)) {
        s.append(o).append('\n');
      }
      return s.toString();
    }
    String text = Files.readString(p, StandardCharsets.UTF_8);
    if (name.endsWith(".html")) {
      try {
        return de.kekiz.reporting.html.HtmlLesbar.text(text);
      } catch (Exception e) {
        throw new IOException(e);
      }
    }
    return text;
  }

  /**
   * The numeric cells of every sheet of an XLSX file.
   *
   * @param p the workbook
   * @return the numbers, sheet by sheet and row by row
   * @throws IOException if it cannot be read
   */
  public static List<BigDecimal> zahlen(Path p) throws IOException {
    List<BigDecimal> z = new ArrayList<>();
    for (Object o : zellen(p, CellType.NUMBER)) {
      z.add((BigDecimal) o);
    }
    return z;
  }

  private static List<Object> zellen(Path p, CellType art) throws IOException {
    List<Object> z = new ArrayList<>();
    try (ReadableWorkbook wb =
        new ReadableWorkbook(new ByteArrayInputStream(Files.readAllBytes(p)))) {
      for (Sheet sheet : wb.getSheets().toList()) {
        sheet
            .read()
            .forEach(
                r ->
                    r.stream()
                        .forEach(
                            c -> {
                              if (c != null && c.getType() == art) {
                                z.add(art == CellType.NUMBER ? c.asNumber() : c.getText());
                              }
                            }));
      }
    }
    return z;
  }
}

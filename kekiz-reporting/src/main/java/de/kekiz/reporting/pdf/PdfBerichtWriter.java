package de.kekiz.reporting.pdf;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import de.kekiz.reporting.bericht.Berichtsformat;
import de.kekiz.reporting.bericht.Berichtsoptionen;
import de.kekiz.reporting.bericht.Monitoringbericht;
import de.kekiz.reporting.html.HtmlBerichtWriter;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Writes {@code bericht.pdf}: the HTML report of {@link HtmlBerichtWriter} laid out on A4 pages by
 * openhtmltopdf, with the same content, tables and vector charts, a table of contents with page
 * numbers, bookmarks for every chapter and indicator, page numbers and repeated table headers.
 *
 * <p>The PDF is tagged for accessibility (PDF/UA-1: structure tree with headings, tables, lists and
 * figures with their text alternative, the document's title and language) and embeds its font as a
 * subset: by default DejaVu Sans Condensed, shipped with kekiz (licence in {@code
 * de/kekiz/reporting/pdf/schrift/LIZENZ.txt}); another TrueType font can be given with {@link
 * #schrift(Path, Path)}. Value tables too wide for the page are split into parts of fewer periods,
 * each repeating the area column, so that no cell is cut off.
 *
 * <p>Nothing is loaded from outside: every external resource is refused. openhtmltopdf's messages
 * go to {@code java.util.logging} (its INFO at FINE), never straight to {@code System.err}.
 * Thread-safe.
 */
public final class PdfBerichtWriter implements Berichtsformat {

  /** The file name, {@code bericht.pdf}. */
  public static final String DATEINAME = "bericht.pdf";

  private static final String NORMAL = "schrift/DejaVuSansCondensed.ttf";
  private static final String FETT = "schrift/DejaVuSansCondensed-Bold.ttf";

  static {
    // openhtmltopdf logs through the host's logging, not its own console (see there)
    OpenhtmltopdfProtokoll.installiere();
  }

  /** The shipped font as Java fonts, for the charts' text: read once. */
  private static final class Mitgeliefert {
    static final Font NORMAL_FONT = awt(() -> ressource(NORMAL), NORMAL);
    static final Font FETT_FONT = awt(() -> ressource(FETT), FETT);
  }

  private final HtmlBerichtWriter html = new HtmlBerichtWriter();
  private final ImmutableList<Path> schrift;

  /** A writer with the shipped font DejaVu Sans Condensed (see the class comment). */
  public PdfBerichtWriter() {
    this.schrift = ImmutableList.of();
  }

  private PdfBerichtWriter(ImmutableList<Path> schrift) {
    this.schrift = schrift;
  }

  /**
   * A writer that embeds the TrueType font {@code normal} (and {@code fett} for bold text) instead
   * of the shipped one.
   *
   * @param normal the TrueType file of the regular face
   * @param fett the TrueType file of the bold face
   * @return the writer with that font
   * @throws IllegalArgumentException if a file does not exist
   */
  public static PdfBerichtWriter schrift(Path normal, Path fett) {
    for (Path p : List.of(requireNonNull(normal, "normal"), requireNonNull(fett, "fett"))) {
      if (!Files.isRegularFile(p)) {
        throw new IllegalArgumentException("a font file must exist, got '" + p + "'");
      }
    }
    return new PdfBerichtWriter(ImmutableList.of(normal, fett));
  }

  /** {@return the font files given to {@link #schrift}, or empty if the shipped font is used} */
  public List<Path> schriftdateien() {
    return schrift;
  }

  @Override
  public String dateiname() {
    return DATEINAME;
  }

  @Override
  public void schreibe(Monitoringbericht bericht, Berichtsoptionen optionen, OutputStream out)
      throws IOException {
    schreibeHtml(html.html(bericht, optionen), bericht.toString(), out);
  }

  /**
   * Lays out a report kekiz wrote as HTML (well-formed, in the style of {@code bericht.html}, e.g.
   * the programme report of {@link de.kekiz.reporting.html.ProgrammHtmlWriter}) on A4 as a tagged
   * PDF/UA-1 with the embedded font, bookmarks and a table of contents, as for the Kommune report.
   *
   * @param html the document
   * @param beschreibung what it is, for an error message
   * @param out where the PDF goes; not closed
   * @throws IOException if the document is not well-formed or cannot be laid out
   */
  public void schreibeHtml(String html, String beschreibung, OutputStream out) throws IOException {
    requireNonNull(html, "html");
    requireNonNull(beschreibung, "beschreibung");
    requireNonNull(out, "out");
    Document dokument = parse(html);
    Font normal =
        schrift.isEmpty()
            ? Mitgeliefert.NORMAL_FONT
            : awt(datei(schrift.get(0)), schrift.get(0).toString());
    Font fett =
        schrift.isEmpty()
            ? Mitgeliefert.FETT_FONT
            : awt(datei(schrift.get(1)), schrift.get(1).toString());
    // the family name the font declares: the charts' text is mapped to the embedded font by it
    String familie = normal.getFamily(Locale.ROOT);
    Drucklayout.bereite(dokument, familie);
    PdfRendererBuilder b = new PdfRendererBuilder();
    b.withW3cDocument(dokument, "about:blank");
    b.useSVGDrawer(new SvgZeichner(normal, fett));
    b.useExternalResourceAccessControl(
        (uri, typ) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    b.useExternalResourceAccessControl(
        (uri, typ) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    b.withProducer("kekiz");
    b.usePdfUaAccessibility(true);
    if (schrift.isEmpty()) {
      b.useFont(() -> ressource(NORMAL), familie, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
      b.useFont(() -> ressource(FETT), familie, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
    } else {
      b.useFont(schrift.get(0).toFile(), familie, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
      b.useFont(schrift.get(1).toFile(), familie, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
    }
    b.toStream(out);
    try {
      b.run();
    } catch (RuntimeException e) {
      throw new IOException("openhtmltopdf could not lay out the report " + beschreibung, e);
    }
  }

  private interface Quelle {
    InputStream oeffne() throws IOException;
  }

  private static Quelle datei(Path p) {
    return () -> Files.newInputStream(p);
  }

  private static Font awt(Quelle quelle, String name) {
    try (InputStream in = quelle.oeffne()) {
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException | FontFormatException e) {
      throw new IllegalArgumentException("not a readable TrueType font: '" + name + "'", e);
    }
  }

  private static InputStream ressource(String name) {
    InputStream in = PdfBerichtWriter.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(
          "the shipped font " + name + " is missing from the class path");
    }
    return in;
  }

  private static Document parse(String text) throws IOException {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setExpandEntityReferences(false);
      return f.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException("the HTML report is not well-formed XML", e);
    }
  }
}

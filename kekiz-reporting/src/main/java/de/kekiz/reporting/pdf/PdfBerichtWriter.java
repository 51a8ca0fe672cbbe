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
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Writes {@code bericht.pdf}: the HTML report of {@link HtmlBerichtWriter} laid out on A4 pages
 * by openhtmltopdf, with the same content, tables and vector charts, page numbers and repeated
 * table headers (the HTML's print styles).
 *
 * <p>Fonts: by default the PDF uses the standard font Helvetica, which needs no font file and is
 * fast (embedding a TrueType font roughly doubles the layout time of a large report). Helvetica
 * covers German text (umlauts, ß, €, „“, –, …) but not every character: others are replaced by a
 * near equivalent ({@code →} by {@code ->}) or {@code ?}. For full Unicode coverage embed a
 * TrueType font with {@link #mitSchrift(Path, Path)} or {@link #mitSystemschrift()} (DejaVu Sans,
 * Liberation Sans or Arial from the usual system folders).
 *
 * <p>Speed: the large value tables of the indicators (one row per Sozialraum, one column per
 * period) are laid out as rows of fixed-width text (Courier) in blocks with a repeated header,
 * see {@link Kompakttabellen}; openhtmltopdf lays out such a row many times faster than a row of
 * table cells. The content is the same; all other tables stay tables.
 *
 * <p>Nothing is loaded from outside: every external resource is refused. Thread-safe.
 */
public final class PdfBerichtWriter implements Berichtsformat {

  /** The file name, {@code bericht.pdf}. */
  public static final String DATEINAME = "bericht.pdf";

  private static final List<String[]> SYSTEMSCHRIFTEN =
      List.of(
          new String[] {"DejaVu Sans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
              "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"},
          new String[] {"DejaVu Sans", "/usr/share/fonts/dejavu/DejaVuSans.ttf",
              "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"},
          new String[] {"DejaVu Sans", "/usr/share/fonts/TTF/DejaVuSans.ttf",
              "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf"},
          new String[] {"Liberation Sans", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
              "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"},
          new String[] {"Arial", "C:\\Windows\\Fonts\\arial.ttf", "C:\\Windows\\Fonts\\arialbd.ttf"},
          new String[] {"Arial", "/Library/Fonts/Arial.ttf", "/Library/Fonts/Arial Bold.ttf"});

  private final HtmlBerichtWriter html = new HtmlBerichtWriter();
  private final ImmutableList<Path> schrift;

  /** A writer with the standard font Helvetica (see the class comment). */
  public PdfBerichtWriter() {
    this.schrift = ImmutableList.of();
  }

  private PdfBerichtWriter(ImmutableList<Path> schrift) {
    this.schrift = schrift;
  }

  /**
   * A writer that embeds the TrueType font {@code normal} (and {@code fett} for bold text).
   *
   * @throws IllegalArgumentException if a file does not exist
   */
  public static PdfBerichtWriter mitSchrift(Path normal, Path fett) {
    for (Path p : List.of(requireNonNull(normal, "normal"), requireNonNull(fett, "fett"))) {
      if (!Files.isRegularFile(p)) {
        throw new IllegalArgumentException("a font file must exist, got '" + p + "'");
      }
    }
    return new PdfBerichtWriter(ImmutableList.of(normal, fett));
  }

  /**
   * A writer that embeds the first of DejaVu Sans, Liberation Sans and Arial found in the usual
   * system folders, or uses Helvetica if none is found.
   */
  public static PdfBerichtWriter mitSystemschrift() {
    return new PdfBerichtWriter(systemschrift());
  }

  private static ImmutableList<Path> systemschrift() {
    for (String[] s : SYSTEMSCHRIFTEN) {
      Path normal = Path.of(s[1]);
      Path fett = Path.of(s[2]);
      if (Files.isRegularFile(normal) && Files.isRegularFile(fett)) {
        return ImmutableList.of(normal, fett);
      }
    }
    return ImmutableList.of();
  }

  /** The embedded font files (regular, bold), or empty if Helvetica is used. */
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
    Document dokument = parse(html.html(bericht, optionen));
    Kompakttabellen.ersetze(dokument);
    if (schrift.isEmpty()) {
      ersetzeNichtDarstellbares(dokument.getDocumentElement(), Charset.forName("windows-1252").newEncoder());
    }
    PdfRendererBuilder b = new PdfRendererBuilder();
    b.withW3cDocument(dokument, "about:blank");
    b.useSVGDrawer(new SvgZeichner());
    b.useExternalResourceAccessControl((uri, typ) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    b.useExternalResourceAccessControl((uri, typ) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    b.withProducer("kekiz");
    if (!schrift.isEmpty()) {
      String familie = familie(schrift.get(0));
      b.useFont(schrift.get(0).toFile(), familie, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
      b.useFont(schrift.get(1).toFile(), familie, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
    }
    b.toStream(out);
    try {
      b.run();
    } catch (RuntimeException e) {
      throw new IOException("openhtmltopdf could not lay out the report " + bericht, e);
    }
  }

  /** The CSS family name the report's style sheet asks for first that this file can stand for. */
  private static String familie(Path datei) {
    String name = datei.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    if (name.startsWith("liberation")) {
      return "Liberation Sans";
    }
    if (name.startsWith("arial")) {
      return "Arial";
    }
    return "DejaVu Sans";
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

  /** Replaces, in every text and attribute, what the standard fonts cannot show. */
  private static void ersetzeNichtDarstellbares(Node n, CharsetEncoder winAnsi) {
    if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
      ersetze(n, winAnsi);
      return;
    }
    if (n.getAttributes() != null) {
      for (int i = 0; i < n.getAttributes().getLength(); i++) {
        ersetze(n.getAttributes().item(i), winAnsi);
      }
    }
    List<Node> kinder = new ArrayList<>();
    for (Node k = n.getFirstChild(); k != null; k = k.getNextSibling()) {
      kinder.add(k);
    }
    for (Node k : kinder) {
      ersetzeNichtDarstellbares(k, winAnsi);
    }
  }

  private static void ersetze(Node n, CharsetEncoder winAnsi) {
    String alt = n.getNodeValue();
    if (alt == null || winAnsi.canEncode(alt)) {
      return;
    }
    StringBuilder s = new StringBuilder(alt.length());
    alt.codePoints().forEach(cp -> {
      String zeichen = new String(Character.toChars(cp));
      s.append(winAnsi.canEncode(zeichen) ? zeichen : ersatz(cp).orElse("?"));
    });
    n.setNodeValue(s.toString());
  }

  private static Optional<String> ersatz(int cp) {
    return Optional.ofNullable(
        switch (cp) {
          case 0x2192 -> "->";
          case 0x2190 -> "<-";
          case 0x2194 -> "<->";
          case 0x2212, 0x2010, 0x2011 -> "-";
          case 0x2264 -> "<=";
          case 0x2265 -> ">=";
          case 0x2248 -> "~";
          case 0x2260 -> "!=";
          case 0x202F, 0x2009, 0x2007 -> " ";
          default -> null;
        });
  }
}

package de.kekiz.reporting.html;

import java.io.StringReader;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Test helper: parses the report's HTML as XML and extracts what a reader can see. */
public final class HtmlLesbar {

  private static final List<String> ZEICHNUNG =
      List.of(
          "x",
          "y",
          "x1",
          "x2",
          "y1",
          "y2",
          "width",
          "height",
          "viewBox",
          "points",
          "d",
          "fill",
          "stroke",
          "stroke-width",
          "cx",
          "cy",
          "r",
          "font-size",
          "fill-opacity",
          "stroke-dasharray");

  private HtmlLesbar() {}

  /** Parses {@code text} as XML without loading anything. */
  public static Document parse(String text) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
  }

  /** The visible text of {@code html}: see {@link #lesbar(Document)}. */
  public static String text(String html) throws Exception {
    return lesbar(parse(html));
  }

  /**
   * Everything a reader can see: the text of every element and every attribute value except the
   * drawing instructions of SVG (coordinates and colours, which may spell any digits).
   */
  public static String lesbar(Document d) {
    StringBuilder s = new StringBuilder(d.getDocumentElement().getTextContent());
    NodeList alle = d.getElementsByTagName("*");
    for (int i = 0; i < alle.getLength(); i++) {
      var attribute = alle.item(i).getAttributes();
      for (int k = 0; k < attribute.getLength(); k++) {
        if (!ZEICHNUNG.contains(attribute.item(k).getNodeName())) {
          s.append(' ').append(attribute.item(k).getNodeValue());
        }
      }
    }
    return s.toString();
  }
}

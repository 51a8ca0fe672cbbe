package de.kekiz.reporting.pdf;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Turns the value tables of the HTML report ({@code table.werte}) into blocks of fixed-width text
 * rows for the PDF: same caption, same header, same cells, columns padded with spaces (the first
 * left-aligned, the others right-aligned), the Kommune row bold, every other row tinted, and the
 * header repeated every {@value #ZEILEN_JE_BLOCK} rows; a block does not break across pages.
 *
 * <p>The font size is chosen so that the widest row fits the page width; a name longer than
 * {@value #NAME_MAX} characters is shortened with an ellipsis.
 */
final class Kompakttabellen {

  static final int ZEILEN_JE_BLOCK = 40;
  static final int NAME_MAX = 28;
  /** The width of a line of the page in points (A4 less the margins of the style sheet). */
  private static final double SEITENBREITE_PT = 520;
  /** The advance of a Courier character in em. */
  private static final double COURIER_EM = 0.6;

  static final String CSS =
      "div.tw{margin:.3em 0 1em}"
          + "div.tw p.cap{font-weight:bold;font-size:8.5pt;margin:.3em 0 .1em;page-break-after:avoid}"
          + "div.tw div.b{page-break-inside:avoid;margin:0 0 .4em}"
          + "div.tw div.b div{font-family:Courier,monospace;white-space:pre;line-height:1.3}"
          + "div.tw div.k{font-weight:bold;border-bottom:1px solid #1b4f72}"
          + "div.tw div.km{font-weight:bold;background:#e6edf3}"
          + "div.tw div.r1{background:#eef3f7}";

  private Kompakttabellen() {}

  /** Replaces every {@code table.werte} of {@code d} and adds the style rules. */
  static void ersetze(Document d) {
    NodeList tabellen = d.getElementsByTagName("table");
    List<Element> werte = new ArrayList<>();
    for (int i = 0; i < tabellen.getLength(); i++) {
      Element t = (Element) tabellen.item(i);
      if ("werte".equals(t.getAttribute("class"))) {
        werte.add(t);
      }
    }
    for (Element t : werte) {
      Node ersetzt = t.getParentNode() instanceof Element e && "tabelle".equals(e.getAttribute("class")) ? e : t;
      ersetzt.getParentNode().replaceChild(block(d, t), ersetzt);
    }
    NodeList style = d.getElementsByTagName("style");
    if (style.getLength() > 0) {
      style.item(0).appendChild(d.createTextNode(CSS));
    }
  }

  private static Element block(Document d, Element tabelle) {
    String caption = "";
    List<List<String>> zeilen = new ArrayList<>();
    List<String> klassen = new ArrayList<>();
    for (Node n = tabelle.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element e)) {
        continue;
      }
      if (e.getTagName().equals("caption")) {
        caption = e.getTextContent();
      } else {
        for (Node r = e.getFirstChild(); r != null; r = r.getNextSibling()) {
          if (r instanceof Element tr && tr.getTagName().equals("tr")) {
            List<String> zellen = new ArrayList<>();
            for (Node c = tr.getFirstChild(); c != null; c = c.getNextSibling()) {
              if (c instanceof Element td) {
                zellen.add(td.getTextContent().strip());
              }
            }
            zeilen.add(zellen);
            klassen.add(e.getTagName().equals("thead") ? "k" : "kommune".equals(tr.getAttribute("class")) ? "km" : "");
          }
        }
      }
    }
    int spalten = zeilen.stream().mapToInt(List::size).max().orElse(0);
    int[] breite = new int[spalten];
    for (List<String> z : zeilen) {
      for (int c = 0; c < z.size(); c++) {
        String t = c == 0 ? kurz(z.get(c)) : z.get(c);
        breite[c] = Math.max(breite[c], t.length());
      }
    }
    int zeichen = 0;
    for (int c = 0; c < spalten; c++) {
      zeichen += breite[c] + (c == 0 ? 0 : 2);
    }
    double schrift = Math.min(7.0, SEITENBREITE_PT / (COURIER_EM * Math.max(1, zeichen)));
    Element div = d.createElement("div");
    div.setAttribute("class", "tw");
    Element cap = d.createElement("p");
    cap.setAttribute("class", "cap");
    cap.setTextContent(caption);
    div.appendChild(cap);
    List<String> kopf = zeilen.isEmpty() ? List.of() : zeilen.get(0);
    Element blockElement = null;
    int imBlock = 0;
    int daten = 0;
    for (int i = 1; i < zeilen.size(); i++) {
      if (blockElement == null || imBlock == ZEILEN_JE_BLOCK) {
        blockElement = d.createElement("div");
        blockElement.setAttribute("class", "b");
        blockElement.setAttribute("style", "font-size:" + Math.floor(schrift * 10) / 10 + "pt");
        blockElement.appendChild(zeile(d, kopf, breite, "k"));
        div.appendChild(blockElement);
        imBlock = 0;
      }
      String klasse = klassen.get(i).isEmpty() ? (daten++ % 2 == 1 ? "r1" : "r0") : klassen.get(i);
      blockElement.appendChild(zeile(d, zeilen.get(i), breite, klasse));
      imBlock++;
    }
    return div;
  }

  private static Element zeile(Document d, List<String> zellen, int[] breite, String klasse) {
    StringBuilder s = new StringBuilder();
    for (int c = 0; c < breite.length; c++) {
      String t = c < zellen.size() ? zellen.get(c) : "";
      if (c == 0) {
        t = kurz(t);
        s.append(t).append(" ".repeat(breite[c] - t.length()));
      } else {
        s.append("  ").append(" ".repeat(Math.max(0, breite[c] - t.length()))).append(t);
      }
    }
    Element div = d.createElement("div");
    div.setAttribute("class", klasse);
    div.setTextContent(s.toString());
    return div;
  }

  private static String kurz(String text) {
    return text.length() <= NAME_MAX ? text : text.substring(0, NAME_MAX - 1) + "…";
  }
}

package de.kekiz.reporting.pdf;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Prepares the HTML report's document for the PDF: bookmarks from the headings, a table of contents
 * with page numbers, a text alternative on every chart, style rules for print, and value tables too
 * wide for the page split into parts of fewer period columns (each part repeats the area column and
 * keeps its header and row headers), so that no cell lies outside the page.
 */
final class Drucklayout {

  /** The width of a line of an A4 page in points, less the margins of the style sheet. */
  static final double SEITENBREITE_PT = 527;

  /** The font size of tables in print, in points (the style sheet's {@code table{font-size}}). */
  static final double TABELLENSCHRIFT_PT = 7.5;

  /**
   * The advance of a digit of DejaVu Sans Condensed, in em (other characters are narrower or equal
   * on average).
   */
  private static final double ZEICHEN_EM = 0.58;

  /** The padding and border of a cell, in points. */
  private static final double ZELLENRAND_PT = 6;

  /** The widest an area-name column is assumed to take: longer names wrap. */
  private static final double NAMENSPALTE_MAX_PT = 125;

  /** The font of the margin boxes in the HTML report's style sheet. */
  private static final String RANDSCHRIFT = "font-family:Helvetica,Arial,sans-serif";

  static String css(String familie) {
    return "body{font-family:\""
        + familie
        + "\"}"
        + "nav.inhalt{display:block;border:0;background:none;padding:0;margin:1em 0 1.5em}"
        + "nav.inhalt ol{list-style:none;margin:.2em 0 0 0;padding:0}"
        + "nav.inhalt ol ol{margin-left:1.5em}"
        + "nav.inhalt li{margin:.1em 0}"
        + "nav.inhalt a{color:#1a1a1a;text-decoration:none}"
        + "nav.inhalt a::after{content:leader('.') target-counter(attr(href), page)}"
        + "nav.html-inhalt{display:none}"
        + "td.kontakt{word-wrap:break-word}"
        + "td.t{white-space:normal}"
        + "table.werte th,table.werte td{padding:1px 2px}"
        + "td.g,td.f{text-align:right}"
        + "figure{page-break-inside:avoid}"
        + ".abbildungen{page-break-inside:auto}";
  }

  private Drucklayout() {}

  /** Prepares {@code d} (the HTML report) for openhtmltopdf with the font {@code familie}. */
  static void bereite(Document d, String familie) {
    Element head = (Element) d.getElementsByTagName("head").item(0);
    Element body = (Element) d.getElementsByTagName("body").item(0);
    NodeList metas = d.getElementsByTagName("meta");
    for (int i = 0; i < metas.getLength(); i++) {
      Element m = (Element) metas.item(i);
      if (m.getAttribute("name").equals("description")) {
        Element subject =
            d.createElement("meta"); // the PDF's description (Subject) is read from it
        subject.setAttribute("name", "subject");
        subject.setAttribute("content", m.getAttribute("content"));
        head.appendChild(subject);
        break;
      }
    }
    entferneAtlas(d);
    List<Element> ueberschriften = ueberschriften(body);
    lesezeichen(d, head, ueberschriften);
    inhalt(d, body, ueberschriften);
    linktitel(d);
    titelAnAbbildungen(d);
    for (Element t : tabellen(d, "werte")) {
      teile(d, t);
    }
    NodeList style = d.getElementsByTagName("style");
    if (style.getLength() > 0) {
      Node s = style.item(0);
      // the page's margin boxes (page numbers, "Nur für den Dienstgebrauch") ask for a standard
      // font, which a tagged PDF may not use: they get the embedded one
      s.setTextContent(
          s.getTextContent().replace(RANDSCHRIFT, "font-family:\"" + familie + "\"")
              + css(familie));
    }
  }

  /** The interactive atlas and its scripts: paper shows the static report. */
  private static void entferneAtlas(Document d) {
    List<Element> weg = new ArrayList<>();
    NodeList skripte = d.getElementsByTagName("script");
    for (int i = 0; i < skripte.getLength(); i++) {
      weg.add((Element) skripte.item(i));
    }
    NodeList divs = d.getElementsByTagName("div");
    for (int i = 0; i < divs.getLength(); i++) {
      Element e = (Element) divs.item(i);
      if (e.getAttribute("id").equals("atlas")) {
        weg.add(e);
      }
    }
    for (Element e : weg) {
      e.getParentNode().removeChild(e);
    }
  }

  /**
   * Gives every link its text as title: openhtmltopdf writes the title as the link annotation's
   * description (PDF/UA-1 7.18.5), and logs every link without one.
   */
  private static void linktitel(Document d) {
    NodeList links = d.getElementsByTagName("a");
    for (int i = 0; i < links.getLength(); i++) {
      Element a = (Element) links.item(i);
      if (!a.hasAttribute("title")) {
        a.setAttribute("title", a.getTextContent().strip());
      }
    }
  }

  /** Every {@code h2} and {@code h3} with an id, in document order. */
  private static List<Element> ueberschriften(Element body) {
    List<Element> liste = new ArrayList<>();
    sammle(body, liste);
    return liste;
  }

  private static void sammle(Node n, List<Element> liste) {
    for (Node k = n.getFirstChild(); k != null; k = k.getNextSibling()) {
      if (k instanceof Element e) {
        if ((e.getTagName().equals("h2") || e.getTagName().equals("h3"))
            && !e.getAttribute("id").isEmpty()) {
          liste.add(e);
        } else {
          sammle(e, liste);
        }
      }
    }
  }

  /** openhtmltopdf's {@code <bookmarks>}: chapters, with the indicators under theirs. */
  private static void lesezeichen(Document d, Element head, List<Element> ueberschriften) {
    Element wurzel = d.createElement("bookmarks");
    Element kapitel = null;
    for (Element h : ueberschriften) {
      Element m = d.createElement("bookmark");
      m.setAttribute("name", h.getTextContent().strip());
      m.setAttribute("href", "#" + h.getAttribute("id"));
      if (h.getTagName().equals("h3") && kapitel != null) {
        kapitel.appendChild(m);
      } else {
        wurzel.appendChild(m);
        kapitel = m;
      }
    }
    head.appendChild(wurzel);
  }

  /** A table of contents with page numbers after the header, in place of the screen's list. */
  private static void inhalt(Document d, Element body, List<Element> ueberschriften) {
    NodeList navs = d.getElementsByTagName("nav");
    for (int i = 0; i < navs.getLength(); i++) {
      ((Element) navs.item(i)).setAttribute("class", "html-inhalt");
    }
    Element nav = d.createElement("nav");
    nav.setAttribute("class", "inhalt");
    nav.setAttribute("aria-label", "Inhaltsverzeichnis");
    Element titel = d.createElement("p");
    Element stark = d.createElement("strong");
    stark.setTextContent("Inhalt");
    titel.appendChild(stark);
    nav.appendChild(titel);
    Element liste = d.createElement("ol");
    nav.appendChild(liste);
    Element unterliste = null;
    Element letztesKapitel = null;
    for (Element h : ueberschriften) {
      Element li = d.createElement("li");
      Element a = d.createElement("a");
      a.setAttribute("href", "#" + h.getAttribute("id"));
      a.setTextContent(h.getTextContent().strip());
      li.appendChild(a);
      if (h.getTagName().equals("h3") && letztesKapitel != null) {
        if (unterliste == null) {
          unterliste = d.createElement("ol");
          letztesKapitel.appendChild(unterliste);
        }
        unterliste.appendChild(li);
      } else {
        liste.appendChild(li);
        letztesKapitel = li;
        unterliste = null;
      }
    }
    Node header = d.getElementsByTagName("header").item(0);
    if (header != null && header.getParentNode() == body) {
      body.insertBefore(nav, header.getNextSibling());
    } else {
      body.insertBefore(nav, body.getFirstChild());
    }
  }

  /** The PDF's figure tags take their alternative text from the {@code alt} attribute. */
  private static void titelAnAbbildungen(Document d) {
    NodeList svgs = d.getElementsByTagName("svg");
    for (int i = 0; i < svgs.getLength(); i++) {
      Element svg = (Element) svgs.item(i);
      for (Node k = svg.getFirstChild(); k != null; k = k.getNextSibling()) {
        if (k instanceof Element e && e.getTagName().equals("title")) {
          svg.setAttribute("alt", e.getTextContent().strip());
          break;
        }
      }
    }
  }

  private static List<Element> tabellen(Document d, String klasse) {
    NodeList alle = d.getElementsByTagName("table");
    List<Element> liste = new ArrayList<>();
    for (int i = 0; i < alle.getLength(); i++) {
      Element t = (Element) alle.item(i);
      if ((" " + t.getAttribute("class") + " ").contains(" " + klasse + " ")) {
        liste.add(t);
      }
    }
    return liste;
  }

  /**
   * Splits the value table {@code t} into parts that fit the page: the first column (areas) and the
   * last three (distance, rank, trend) stay, the period columns between are shared out.
   */
  static void teile(Document d, Element t) {
    List<Element> zeilen = zeilen(t);
    if (zeilen.isEmpty()) {
      return;
    }
    int spalten = zellen(zeilen.get(0)).size();
    double[] breite = new double[spalten];
    for (Element z : zeilen) {
      List<Element> c = zellen(z);
      for (int i = 0; i < c.size() && i < spalten; i++) {
        breite[i] = Math.max(breite[i], breite(c.get(i), i == 0));
      }
    }
    double summe = 0;
    for (double b : breite) {
      summe += b;
    }
    int perioden = spalten - 4;
    if (summe <= SEITENBREITE_PT || perioden < 2) {
      return;
    }
    double fest = breite[0] + breite[spalten - 3] + breite[spalten - 2] + breite[spalten - 1];
    double periodenbreite = 0;
    for (int i = 1; i <= perioden; i++) {
      periodenbreite = Math.max(periodenbreite, breite[i]);
    }
    int jeTeil = Math.max(1, (int) Math.floor((SEITENBREITE_PT - fest) / periodenbreite));
    int teile = (perioden + jeTeil - 1) / jeTeil;
    jeTeil = (perioden + teile - 1) / teile; // share evenly
    Node eltern = t.getParentNode();
    Node danach = t.getNextSibling();
    String caption = "";
    for (Node k = t.getFirstChild(); k != null; k = k.getNextSibling()) {
      if (k instanceof Element e && e.getTagName().equals("caption")) {
        caption = e.getTextContent();
      }
    }
    for (int teil = 0; teil < teile; teil++) {
      int von = 1 + teil * jeTeil;
      int bis = Math.min(perioden, von + jeTeil - 1);
      Element kopie = (Element) t.cloneNode(true);
      for (Node k = kopie.getFirstChild(); k != null; k = k.getNextSibling()) {
        if (k instanceof Element e && e.getTagName().equals("caption")) {
          e.setTextContent(caption + " (Teil " + (teil + 1) + " von " + teile + ")");
        }
      }
      for (Element z : zeilen(kopie)) {
        List<Element> c = zellen(z);
        for (int i = c.size() - 1; i >= 1; i--) {
          boolean periode = i <= perioden;
          boolean behalten = periode ? i >= von && i <= bis : teil == teile - 1;
          if (!behalten) {
            z.removeChild(c.get(i));
          }
        }
      }
      eltern.insertBefore(kopie, danach);
    }
    eltern.removeChild(t);
  }

  /**
   * The width a cell needs at least: its text, or for a cell that may wrap (a header, an area name,
   * a trend) its longest word.
   */
  private static double breite(Element zelle, boolean name) {
    String text = zelle.getTextContent().strip();
    boolean bricht =
        name
            || zelle.getTagName().equals("th")
            || (" " + zelle.getAttribute("class") + " ").contains(" t ");
    int zeichen = text.length();
    if (bricht) {
      zeichen = 0;
      for (String wort : text.split("\\s+")) {
        zeichen = Math.max(zeichen, wort.length());
      }
    }
    double b = zeichen * ZEICHEN_EM * TABELLENSCHRIFT_PT + ZELLENRAND_PT;
    return name ? Math.min(NAMENSPALTE_MAX_PT, b) : b;
  }

  private static List<Element> zeilen(Element tabelle) {
    List<Element> liste = new ArrayList<>();
    for (Node k = tabelle.getFirstChild(); k != null; k = k.getNextSibling()) {
      if (k instanceof Element e
          && (e.getTagName().equals("thead") || e.getTagName().equals("tbody"))) {
        for (Node r = e.getFirstChild(); r != null; r = r.getNextSibling()) {
          if (r instanceof Element tr && tr.getTagName().equals("tr")) {
            liste.add(tr);
          }
        }
      }
    }
    return liste;
  }

  private static List<Element> zellen(Element zeile) {
    List<Element> liste = new ArrayList<>();
    for (Node k = zeile.getFirstChild(); k != null; k = k.getNextSibling()) {
      if (k instanceof Element e && (e.getTagName().equals("td") || e.getTagName().equals("th"))) {
        liste.add(e);
      }
    }
    return liste;
  }
}

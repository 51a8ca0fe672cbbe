package de.kekiz.reporting.pdf;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.File;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Draws the SVG subset of the HTML report into the PDF as vector graphics: {@code rect}, {@code
 * line}, {@code polyline}, {@code polygon}, {@code path} (absolute {@code M}, {@code L}, {@code
 * Z}), {@code circle} and {@code text}, with the presentation attributes {@code fill}, {@code
 * fill-opacity}, {@code fill-rule}, {@code stroke}, {@code stroke-width}, {@code stroke-dasharray},
 * {@code font-size} and {@code text-anchor}; {@code title} is skipped and {@code g} is descended
 * into. Anything else is ignored. The SVG is sized by its {@code width} and {@code height}
 * attributes (CSS pixels) and scaled from its {@code viewBox}.
 */
final class SvgZeichner implements SVGDrawer {

  private final Font normal;
  private final Font fett;

  /** A drawer that sets text in {@code normal} and {@code fett}, the fonts the PDF embeds. */
  SvgZeichner(Font normal, Font fett) {
    this.normal = normal;
    this.fett = fett;
  }

  @Override
  public void importFontFaceRules(List<FontFaceRule> fontFaces, SharedContext shared) {
    // the charts use one sans-serif font
  }

  @Override
  public SVGImage buildSVGImage(
      Element svg, Box box, CssContext c, double cssWidth, double cssHeight, double dotsPerPixel) {
    return new Bild(svg, dotsPerPixel, normal, fett);
  }

  @Override
  public void addFontFile(
      File fontFile, String family, Integer weight, BaseRendererBuilder.FontStyle style) {
    // not needed: see importFontFaceRules
  }

  @Override
  public void close() {}

  /** One SVG element as an image of fixed size. */
  private static final class Bild implements SVGImage {
    private final Font normal;
    private final Font fett;
    private final Element svg;
    private final double punkteJePixel;
    private final double breite;
    private final double hoehe;

    Bild(Element svg, double punkteJePixel, Font normal, Font fett) {
      this.normal = normal;
      this.fett = fett;
      this.svg = svg;
      this.punkteJePixel = punkteJePixel;
      this.breite = zahl(svg.getAttribute("width"), 300);
      this.hoehe = zahl(svg.getAttribute("height"), 150);
    }

    @Override
    public int getIntrinsicWidth() {
      return (int) Math.round(breite * punkteJePixel);
    }

    @Override
    public int getIntrinsicHeight() {
      return (int) Math.round(hoehe * punkteJePixel);
    }

    @Override
    public void drawSVG(OutputDevice out, RenderingContext ctx, double x, double y) {
      out.drawWithGraphics((float) x, (float) y, (float) breite, (float) hoehe, this::zeichne);
    }

    private void zeichne(Graphics2D g) {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      String[] vb = svg.getAttribute("viewBox").trim().split("[\\s,]+");
      if (vb.length == 4) {
        double vbB = zahl(vb[2], breite);
        double vbH = zahl(vb[3], hoehe);
        if (vbB > 0 && vbH > 0) {
          g.scale(breite / vbB, hoehe / vbH);
          g.translate(-zahl(vb[0], 0), -zahl(vb[1], 0));
        }
      }
      kinder(g, svg, normal, fett);
    }
  }

  private static void kinder(Graphics2D g, Element e, Font normal, Font fett) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element k) {
        element(g, k, normal, fett);
      }
    }
  }

  private static void element(Graphics2D g, Element e, Font normal, Font fett) {
    switch (e.getTagName()) {
      case "g" -> kinder(g, e, normal, fett);
      case "rect" ->
          form(
              g,
              e,
              new Rectangle2D.Double(
                  zahl(e.getAttribute("x"), 0), zahl(e.getAttribute("y"), 0),
                  zahl(e.getAttribute("width"), 0), zahl(e.getAttribute("height"), 0)),
              "#000000");
      case "circle" -> {
        double r = zahl(e.getAttribute("r"), 0);
        form(
            g,
            e,
            new Ellipse2D.Double(
                zahl(e.getAttribute("cx"), 0) - r, zahl(e.getAttribute("cy"), 0) - r, 2 * r, 2 * r),
            "#000000");
      }
      case "line" ->
          form(
              g,
              e,
              new Line2D.Double(
                  zahl(e.getAttribute("x1"), 0), zahl(e.getAttribute("y1"), 0),
                  zahl(e.getAttribute("x2"), 0), zahl(e.getAttribute("y2"), 0)),
              "none");
      case "polyline" -> form(g, e, punkte(e.getAttribute("points"), false), "none");
      case "polygon" -> form(g, e, punkte(e.getAttribute("points"), true), "#000000");
      case "path" ->
          form(
              g,
              e,
              pfad(e.getAttribute("d"), "evenodd".equals(e.getAttribute("fill-rule"))),
              "#000000");
      case "text" -> text(g, e, normal, fett);
      default -> {
        // title, desc and unknown elements draw nothing
      }
    }
  }

  private static void form(Graphics2D g, Element e, Shape s, String fuellungVorgabe) {
    String fill = e.hasAttribute("fill") ? e.getAttribute("fill") : fuellungVorgabe;
    Color f = farbe(fill);
    if (f != null) {
      Composite alt = g.getComposite();
      float deckkraft = (float) zahl(e.getAttribute("fill-opacity"), 1);
      if (deckkraft < 1) {
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, Math.max(0, deckkraft)));
      }
      g.setColor(f);
      g.fill(s);
      g.setComposite(alt);
    }
    Color stroke = farbe(e.getAttribute("stroke"));
    if (stroke != null) {
      float breite = (float) zahl(e.getAttribute("stroke-width"), 1);
      float[] strich = strich(e.getAttribute("stroke-dasharray"));
      g.setStroke(
          strich == null
              ? new BasicStroke(breite)
              : new BasicStroke(
                  breite, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, strich, 0));
      g.setColor(stroke);
      g.draw(s);
    }
  }

  private static void text(Graphics2D g, Element e, Font normal, Font fett) {
    String text = e.getTextContent();
    if (text == null || text.isBlank()) {
      return;
    }
    float groesse = (float) zahl(e.getAttribute("font-size"), 10);
    g.setFont(("bold".equals(e.getAttribute("font-weight")) ? fett : normal).deriveFont(groesse));
    Color f = farbe(e.hasAttribute("fill") ? e.getAttribute("fill") : "#000000");
    g.setColor(f == null ? Color.BLACK : f);
    double x = zahl(e.getAttribute("x"), 0);
    double y = zahl(e.getAttribute("y"), 0);
    String anker = e.getAttribute("text-anchor");
    if (anker.equals("middle") || anker.equals("end")) {
      double b = g.getFontMetrics().stringWidth(text);
      x -= anker.equals("middle") ? b / 2 : b;
    }
    g.drawString(text, (float) x, (float) y);
  }

  // ---------------------------------------------------------------- parsing

  private static double zahl(String text, double vorgabe) {
    if (text == null || text.isEmpty()) {
      return vorgabe;
    }
    String t = text.endsWith("px") ? text.substring(0, text.length() - 2) : text;
    try {
      return Double.parseDouble(t.trim());
    } catch (NumberFormatException ex) {
      return vorgabe;
    }
  }

  private static @Nullable Color farbe(String text) {
    if (text == null || text.isEmpty() || text.equals("none")) {
      return null;
    }
    if (text.startsWith("#")) {
      String h = text.substring(1);
      if (h.length() == 3) {
        h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
      }
      if (h.length() == 6) {
        try {
          return new Color(Integer.parseInt(h, 16));
        } catch (NumberFormatException ex) {
          return null;
        }
      }
      return null;
    }
    return switch (text) {
      case "white" -> Color.WHITE;
      case "black" -> Color.BLACK;
      default -> null;
    };
  }

  private static float @Nullable [] strich(String text) {
    if (text == null || text.isBlank() || text.equals("none")) {
      return null;
    }
    String[] teile = text.trim().split("[\\s,]+");
    float[] f = new float[teile.length];
    for (int i = 0; i < teile.length; i++) {
      f[i] = (float) zahl(teile[i], 1);
    }
    return f;
  }

  private static Path2D punkte(String text, boolean schliessen) {
    Path2D.Double p = new Path2D.Double();
    String[] z = text.trim().split("[\\s,]+");
    for (int i = 0; i + 1 < z.length; i += 2) {
      double x = zahl(z[i], 0);
      double y = zahl(z[i + 1], 0);
      if (i == 0) {
        p.moveTo(x, y);
      } else {
        p.lineTo(x, y);
      }
    }
    if (schliessen && z.length >= 2) {
      p.closePath();
    }
    return p;
  }

  /** Reads path data with absolute M, L and Z commands (what the map writes). */
  private static Path2D pfad(String d, boolean geradeUngerade) {
    Path2D.Double p =
        new Path2D.Double(geradeUngerade ? Path2D.WIND_EVEN_ODD : Path2D.WIND_NON_ZERO);
    int n = d.length();
    int i = 0;
    char befehl = 'M';
    double[] zahlen = new double[2];
    while (i < n) {
      char c = d.charAt(i);
      if (c == 'M' || c == 'L') {
        befehl = c;
        i++;
      } else if (c == 'Z' || c == 'z') {
        p.closePath();
        befehl = 'M';
        i++;
      } else if (c == ' ' || c == ',' || c == '\n' || c == '\t') {
        i++;
      } else {
        for (int k = 0; k < 2; k++) {
          while (i < n && (d.charAt(i) == ' ' || d.charAt(i) == ',')) {
            i++;
          }
          int start = i;
          while (i < n
              && (Character.isDigit(d.charAt(i))
                  || d.charAt(i) == '.'
                  || d.charAt(i) == '-'
                  || d.charAt(i) == 'e'
                  || d.charAt(i) == 'E')) {
            i++;
          }
          if (start == i) {
            return p; // malformed: draw what was read
          }
          zahlen[k] = zahl(d.substring(start, i), 0);
        }
        if (befehl == 'M') {
          p.moveTo(zahlen[0], zahlen[1]);
          befehl = 'L';
        } else {
          p.lineTo(zahlen[0], zahlen[1]);
        }
      }
    }
    return p;
  }
}

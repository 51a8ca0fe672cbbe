package de.kekiz.reporting.html;

import static de.kekiz.reporting.html.HtmlText.esc;
import static de.kekiz.reporting.html.HtmlText.zahl;
import static java.util.Objects.requireNonNull;

import de.kekiz.domain.indikator.Polaritaet;
import de.kekiz.monitoring.veroeffentlichung.Indikatorauswertung;
import de.kekiz.monitoring.veroeffentlichung.Zeitreihe;
import de.kekiz.monitoring.veroeffentlichung.Zelle;
import de.kekiz.reporting.bericht.Berichtsoptionen;
import de.kekiz.reporting.bericht.Formatierung;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The SVG charts of an indicator: a time series of the Kommune with the range of its areas, and
 * bars of the areas in the latest period. Only values the report holds are drawn (suppressed ones
 * have none). The SVG uses a small subset (rect, line, polyline, polygon, circle, text, title,
 * presentation attributes, absolute coordinates) that the PDF format draws as well.
 */
final class Diagramme {

  static final int BREITE = 340;

  /** The size of every label, in px: 10 px at 100 % zoom. */
  static final double SCHRIFT = 10;

  /** The most bars one chart holds; more areas are shared out over several charts. */
  static final int BALKEN_JE_DIAGRAMM = 45;

  private static final String KOMMUNE = "#1b4f72";
  private static final String BAND = "#9ec5e0";
  private static final String ACHSE = "#666666";
  private static final String GITTER = "#dddddd";
  private static final String SCHLECHTER = "#d55e00";
  private static final String BESSER = "#0072b2";
  private static final String NEUTRAL = "#6c8ebf";

  private Diagramme() {}

  /** The time series of {@code a}: the Kommune's line and the range (min to max) of its areas. */
  static void zeitreihe(
      StringBuilder out, Indikatorauswertung a, String gebietsart, String titelId) {
    int n = a.perioden().size();
    double[] kommune = new double[n];
    boolean[] hatKommune = new boolean[n];
    double[] min = new double[n];
    double[] max = new double[n];
    boolean[] hatBand = new boolean[n];
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      BigDecimal k = a.kommune().werte().get(i).wert();
      if (k != null) {
        kommune[i] = k.doubleValue();
        hatKommune[i] = true;
        lo = Math.min(lo, kommune[i]);
        hi = Math.max(hi, kommune[i]);
      }
      min[i] = Double.POSITIVE_INFINITY;
      max[i] = Double.NEGATIVE_INFINITY;
      for (Zeitreihe z : a.gebiete()) {
        BigDecimal w = z.werte().get(i).wert();
        if (w != null) {
          double v = w.doubleValue();
          min[i] = Math.min(min[i], v);
          max[i] = Math.max(max[i], v);
          hatBand[i] = true;
        }
      }
      if (hatBand[i]) {
        lo = Math.min(lo, min[i]);
        hi = Math.max(hi, max[i]);
      }
    }
    int hoehe = 210;
    int links = 50;
    int rechts = 26; // half the last period's label
    int oben = 12;
    int unten = 52;
    double plotB = BREITE - links - rechts;
    double plotH = hoehe - oben - unten;
    svgAnfang(out, BREITE, hoehe, titelId);
    out.append("<title id=\"").append(titelId).append("\">Zeitreihe: ");
    esc(out, a.indikator().name())
        .append(" (")
        .append(esc(a.indikator().einheit()))
        .append(")</title>");
    out.append("<rect x=\"0\" y=\"0\" width=\"")
        .append(BREITE)
        .append("\" height=\"")
        .append(hoehe)
        .append("\" fill=\"#ffffff\"/>");
    if (lo > hi) {
      text(out, BREITE / 2.0, hoehe / 2.0, "middle", 10, ACHSE, "keine veröffentlichbaren Werte");
      out.append("</svg>");
      return;
    }
    double[] skala = skala(Math.min(lo, 0), hi);
    double y0 = skala[0];
    double y1 = skala[1];
    double schritt = skala[2];
    int stellen = stellenFuer(schritt);
    for (double t = y0; t <= y1 + schritt / 2; t += schritt) {
      double y = oben + plotH - (t - y0) / (y1 - y0) * plotH;
      linie(out, links, y, links + plotB, y, GITTER, 1, null);
      text(
          out,
          links - 4,
          y + 3.5,
          "end",
          SCHRIFT,
          ACHSE,
          Formatierung.zahl(BigDecimal.valueOf(t), stellen));
    }
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = n == 1 ? links + plotB / 2 : links + i * plotB / (n - 1);
    }
    // range of the areas
    List<Integer> mitBand = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (hatBand[i]) {
        mitBand.add(i);
      }
    }
    if (!mitBand.isEmpty()) {
      out.append("<polygon fill=\"")
          .append(BAND)
          .append("\" fill-opacity=\"0.55\" stroke=\"none\" points=\"");
      for (int i : mitBand) {
        punkt(
            out,
            x[i] + (mitBand.size() == 1 ? -3 : 0),
            oben + plotH - (max[i] - y0) / (y1 - y0) * plotH);
      }
      for (int k = mitBand.size() - 1; k >= 0; k--) {
        int i = mitBand.get(k);
        punkt(
            out,
            x[i] + (mitBand.size() == 1 ? 3 : 0),
            oben + plotH - (min[i] - y0) / (y1 - y0) * plotH);
      }
      out.append("\"/>");
    }
    // breaks in the series
    for (int i = 1; i < n; i++) {
      if (a.bruchVor(i)) {
        double xb = (x[i - 1] + x[i]) / 2;
        linie(out, xb, oben, xb, oben + plotH, ACHSE, 1, "3,3");
        text(out, xb + 2, oben + 9, "start", SCHRIFT, ACHSE, "Bruch");
      }
    }
    // axes
    linie(out, links, oben + plotH, links + plotB, oben + plotH, ACHSE, 1, null);
    int jede = n > 6 ? 2 : 1;
    for (int i = 0; i < n; i++) {
      if ((n - 1 - i) % jede == 0) {
        text(
            out, x[i], oben + plotH + 13, "middle", SCHRIFT, ACHSE, a.perioden().get(i).toString());
      }
    }
    // Kommune line, broken where a value is missing
    StringBuilder punkte = new StringBuilder();
    int anzahl = 0;
    for (int i = 0; i <= n; i++) {
      if (i < n && hatKommune[i]) {
        punkt(punkte, x[i], oben + plotH - (kommune[i] - y0) / (y1 - y0) * plotH);
        anzahl++;
      } else {
        if (anzahl > 1) {
          out.append("<polyline fill=\"none\" stroke=\"")
              .append(KOMMUNE)
              .append("\" stroke-width=\"2\" points=\"")
              .append(punkte)
              .append("\"/>");
        }
        punkte.setLength(0);
        anzahl = 0;
      }
    }
    int st = a.stellen();
    for (int i = 0; i < n; i++) {
      if (hatKommune[i]) {
        out.append("<circle cx=\"");
        zahl(out, x[i]).append("\" cy=\"");
        zahl(out, oben + plotH - (kommune[i] - y0) / (y1 - y0) * plotH)
            .append("\" r=\"2.5\" fill=\"")
            .append(KOMMUNE)
            .append("\"><title>");
        esc(out, a.kommune().gebiet().name())
            .append(' ')
            .append(a.perioden().get(i))
            .append(": ")
            .append(Formatierung.zahl(requireNonNull(a.kommune().werte().get(i).wert()), st))
            .append("</title></circle>");
      }
    }
    // legend
    double ly = hoehe - 22;
    linie(out, 8, ly - 3.5, 26, ly - 3.5, KOMMUNE, 2, null);
    text(out, 30, ly, "start", SCHRIFT, "#333333", a.kommune().gebiet().name());
    out.append("<rect x=\"8\" y=\"");
    zahl(out, ly + 6)
        .append("\" width=\"18\" height=\"9\" fill=\"")
        .append(BAND)
        .append("\" fill-opacity=\"0.55\"/>");
    text(
        out,
        30,
        ly + 14,
        "start",
        SCHRIFT,
        "#333333",
        "Spanne der " + gebietsart + " (kleinster bis größter Wert)");
    out.append("</svg>");
  }

  /**
   * Bars of the areas in the latest period, largest value first, with the Kommune as a dashed line
   * and a legend; the values stand in a column of their own to the right, so that the line crosses
   * no label. More than {@value #BALKEN_JE_DIAGRAMM} areas are shared out over several charts on
   * the same scale; each is appended as its own {@code figure}.
   *
   * @return the number of charts written
   */
  static int balken(
      StringBuilder out,
      Indikatorauswertung a,
      Berichtsoptionen optionen,
      String titelPraefix,
      int ersteNummer,
      String unterschrift) {
    int letzte = a.perioden().size() - 1;
    List<Zeitreihe> reihen = new ArrayList<>(a.gebiete());
    reihen.sort(
        Comparator.comparing(
            (Zeitreihe z) -> z.werte().get(letzte).wert(),
            Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder())));
    BigDecimal kw = a.kommune().werte().get(letzte).wert();
    double lo = 0;
    double hi = 0;
    int laengsterName = 0;
    for (Zeitreihe z : reihen) {
      BigDecimal w = z.werte().get(letzte).wert();
      if (w != null) {
        lo = Math.min(lo, w.doubleValue());
        hi = Math.max(hi, w.doubleValue());
      }
      laengsterName = Math.max(laengsterName, z.gebiet().name().length());
    }
    if (kw != null) {
      lo = Math.min(lo, kw.doubleValue());
      hi = Math.max(hi, kw.doubleValue());
    }
    if (hi == lo) {
      hi = lo + 1;
    }
    int teile = Math.max(1, (reihen.size() + BALKEN_JE_DIAGRAMM - 1) / BALKEN_JE_DIAGRAMM);
    int jeTeil = Math.max(1, (reihen.size() + teile - 1) / teile);
    int beschriftung = (int) Math.ceil(8 + laengsterName * 0.58 * SCHRIFT);
    int plotB = 180;
    int werteSpalte = 56;
    int breite = beschriftung + plotB + werteSpalte;
    for (int teil = 0; teil < teile; teil++) {
      List<Zeitreihe> diese =
          reihen.subList(teil * jeTeil, Math.min(reihen.size(), (teil + 1) * jeTeil));
      String titelId = titelPraefix + (ersteNummer + teil);
      out.append("<figure>");
      balkenTeil(
          out, a, optionen, titelId, diese, teil * jeTeil, kw, lo, hi, beschriftung, plotB, breite);
      out.append("<figcaption>Abbildung ").append(ersteNummer + teil).append(": ");
      esc(out, unterschrift);
      if (teile > 1) {
        out.append(" (Teil ").append(teil + 1).append(" von ").append(teile).append(")");
      }
      out.append("</figcaption></figure>");
    }
    return teile;
  }

  private static void balkenTeil(
      StringBuilder out,
      Indikatorauswertung a,
      Berichtsoptionen optionen,
      String titelId,
      List<Zeitreihe> reihen,
      int vorher,
      @org.jspecify.annotations.Nullable BigDecimal kw,
      double lo,
      double hi,
      int beschriftung,
      int plotB,
      int breite) {
    int letzte = a.perioden().size() - 1;
    int zeile = 13;
    int oben = 18;
    int unten = 58;
    int hoehe = oben + Math.max(1, reihen.size()) * zeile + unten;
    svgAnfang(out, breite, hoehe, titelId);
    out.append("<title id=\"").append(titelId).append("\">Balken: ");
    esc(out, a.indikator().name())
        .append(' ')
        .append(a.letztePeriode())
        .append(" (")
        .append(esc(a.indikator().einheit()))
        .append(")</title>");
    out.append("<rect x=\"0\" y=\"0\" width=\"")
        .append(breite)
        .append("\" height=\"")
        .append(hoehe)
        .append("\" fill=\"#ffffff\"/>");
    text(out, beschriftung, 12, "start", SCHRIFT, "#333333", a.letztePeriode().toString());
    double null0 = beschriftung + (0 - lo) / (hi - lo) * plotB;
    int st = a.stellen();
    Polaritaet p = a.indikator().polaritaet();
    double unterkante = oben + reihen.size() * zeile;
    linie(out, null0, oben - 2, null0, unterkante, ACHSE, 1, null);
    for (int r = 0; r < reihen.size(); r++) {
      Zeitreihe z = reihen.get(r);
      Zelle c = z.werte().get(letzte);
      double y = oben + r * zeile;
      text(out, beschriftung - 4, y + zeile - 3, "end", SCHRIFT, "#333333", z.gebiet().name());
      BigDecimal w = c.wert();
      if (w == null) {
        text(
            out,
            breite - 4,
            y + zeile - 3,
            "end",
            SCHRIFT,
            ACHSE,
            c.gesperrt() ? optionen.gesperrt() : optionen.fehlend());
        continue;
      }
      double xw = beschriftung + (w.doubleValue() - lo) / (hi - lo) * plotB;
      out.append("<rect x=\"");
      zahl(out, Math.min(null0, xw)).append("\" y=\"");
      zahl(out, y + 1.5).append("\" width=\"");
      zahl(out, Math.max(0.5, Math.abs(xw - null0)))
          .append("\" height=\"")
          .append(zeile - 3)
          .append("\" fill=\"")
          .append(farbe(w, kw, p))
          .append("\"><title>");
      esc(out, z.gebiet().name()).append(": ").append(Formatierung.zahl(w, st));
      String art = Formatierung.wertartText(c);
      if (!art.isEmpty()) {
        esc(out, " (" + art + ")");
      }
      out.append(", Rang ")
          .append(z.rang() == null ? "–" : z.rang().toString())
          .append("</title></rect>");
      text(
          out,
          breite - 4,
          y + zeile - 3,
          "end",
          SCHRIFT,
          "#333333",
          Formatierung.zahl(w, st) + Formatierung.wertartMarke(c));
    }
    double ly = unterkante + 16;
    if (kw != null) { // the Kommune's value as a dashed line over the bars only
      double xk = beschriftung + (kw.doubleValue() - lo) / (hi - lo) * plotB;
      linie(out, xk, oben - 4, xk, unterkante + 2, KOMMUNE, 1.5, "4,2");
      linie(out, 8, ly - 3.5, 26, ly - 3.5, KOMMUNE, 1.5, "4,2");
      text(
          out,
          30,
          ly,
          "start",
          SCHRIFT,
          "#333333",
          a.kommune().gebiet().name() + ": " + Formatierung.zahl(kw, st));
    }
    if (p == Polaritaet.NEUTRAL) {
      legende(out, 8, ly + 16, NEUTRAL, "Wert (Kontextindikator: keine Wertung)");
    } else if (kw == null) {
      legende(
          out,
          8,
          ly + 16,
          NEUTRAL,
          "Wert (ohne Vergleich: kein Wert für " + a.kommune().gebiet().name() + ")");
    } else {
      legende(out, 8, ly + 16, SCHLECHTER, "ungünstiger als " + a.kommune().gebiet().name());
      legende(out, 8, ly + 32, BESSER, "günstiger als " + a.kommune().gebiet().name());
    }
    out.append("</svg>");
  }

  private static String farbe(
      BigDecimal w, @org.jspecify.annotations.Nullable BigDecimal kw, Polaritaet p) {
    if (kw == null || p == Polaritaet.NEUTRAL) {
      return NEUTRAL;
    }
    int vgl = w.compareTo(kw);
    boolean schlechter = p == Polaritaet.HOEHER_IST_SCHLECHTER ? vgl > 0 : vgl < 0;
    boolean besser = p == Polaritaet.HOEHER_IST_SCHLECHTER ? vgl < 0 : vgl > 0;
    return schlechter ? SCHLECHTER : besser ? BESSER : NEUTRAL;
  }

  private static void legende(StringBuilder out, double x, double y, String farbe, String text) {
    out.append("<rect x=\"");
    zahl(out, x).append("\" y=\"");
    zahl(out, y - 9).append("\" width=\"18\" height=\"10\" fill=\"").append(farbe).append("\"/>");
    text(out, x + 22, y, "start", SCHRIFT, "#333333", text);
  }

  // ---------------------------------------------------------------- primitives

  private static void svgAnfang(StringBuilder out, int breite, int hoehe, String titelId) {
    out.append("<svg width=\"")
        .append(breite)
        .append("\" height=\"")
        .append(hoehe)
        .append("\" viewBox=\"0 0 ")
        .append(breite)
        .append(' ')
        .append(hoehe)
        .append("\" role=\"img\" aria-labelledby=\"")
        .append(titelId)
        .append("\" font-family=\"sans-serif\">");
  }

  static void text(
      StringBuilder out,
      double x,
      double y,
      String anker,
      double groesse,
      String farbe,
      String text) {
    out.append("<text x=\"");
    zahl(out, x).append("\" y=\"");
    zahl(out, y).append("\" font-size=\"");
    zahl(out, groesse).append("\" fill=\"").append(farbe).append('"');
    if (!anker.equals("start")) {
      out.append(" text-anchor=\"").append(anker).append('"');
    }
    out.append('>');
    esc(out, text).append("</text>");
  }

  static void linie(
      StringBuilder out,
      double x1,
      double y1,
      double x2,
      double y2,
      String farbe,
      double breite,
      @org.jspecify.annotations.Nullable String strich) {
    out.append("<line x1=\"");
    zahl(out, x1).append("\" y1=\"");
    zahl(out, y1).append("\" x2=\"");
    zahl(out, x2).append("\" y2=\"");
    zahl(out, y2).append("\" stroke=\"").append(farbe).append("\" stroke-width=\"");
    zahl(out, breite).append('"');
    if (strich != null) {
      out.append(" stroke-dasharray=\"").append(strich).append('"');
    }
    out.append("/>");
  }

  private static void punkt(StringBuilder out, double x, double y) {
    zahl(out, x).append(',');
    zahl(out, y).append(' ');
  }

  /** A nice axis from at most {@code lo} to at least {@code hi}: start, end, step. */
  static double[] skala(double lo, double hi) {
    if (hi <= lo) {
      hi = lo + 1;
    }
    double roh = (hi - lo) / 4;
    double basis = Math.pow(10, Math.floor(Math.log10(roh)));
    double schritt;
    if (roh <= basis) {
      schritt = basis;
    } else if (roh <= 2 * basis) {
      schritt = 2 * basis;
    } else if (roh <= 5 * basis) {
      schritt = 5 * basis;
    } else {
      schritt = 10 * basis;
    }
    double start = Math.floor(lo / schritt) * schritt;
    double ende = Math.ceil(hi / schritt) * schritt;
    if (ende <= start) {
      ende = start + schritt;
    }
    return new double[] {start, ende, schritt};
  }

  private static int stellenFuer(double schritt) {
    if (schritt >= 1) {
      return 0;
    }
    return (int) Math.min(4, Math.ceil(-Math.log10(schritt) - 1e-9));
  }
}

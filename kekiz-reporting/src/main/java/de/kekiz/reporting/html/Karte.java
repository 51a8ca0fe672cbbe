package de.kekiz.reporting.html;

import static de.kekiz.reporting.html.HtmlText.esc;
import static de.kekiz.reporting.html.HtmlText.zahl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A choropleth map as SVG: areas given as GeoJSON geometries (Polygon, MultiPolygon or a
 * GeometryCollection of them) are projected from longitude/latitude to the plane and filled with
 * the colour of their class.
 *
 * <p>Projection: equirectangular around the map's middle latitude (x = longitude × cos(middle
 * latitude), y = -latitude), scaled to fit the width. At the scale of a city the distortion is far
 * below a pixel. Geometries that cannot be read are left out (the table still lists the area).
 */
final class Karte {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One area on the map. */
  record Flaeche(String name, String geometrie, String farbe, String beschreibung) {}

  /** The legend: colour and label per class. */
  record Legende(String farbe, String text) {}

  private Karte() {}

  /**
   * Areas projected onto one plane: an SVG path per geometry (empty where a geometry cannot be
   * read) and a point inside its bounding box's middle for a name.
   *
   * @param breite the map's width in px
   * @param hoehe the map's height in px
   * @param pfade one SVG path per geometry, in their order; empty if unreadable
   * @param mitten one label point (x, y) per geometry; {@code null} if unreadable
   */
  record Projektion(int breite, int hoehe, List<String> pfade, List<double @Nullable []> mitten) {}

  /**
   * Projects {@code geometrien} (GeoJSON) onto one plane at most {@code breite} px wide, or returns
   * null if none can be read.
   */
  static @Nullable Projektion projiziere(List<String> geometrien, int breite) {
    List<List<List<double[]>>> alle = new ArrayList<>();
    double minLon = Double.POSITIVE_INFINITY;
    double maxLon = Double.NEGATIVE_INFINITY;
    double minLat = Double.POSITIVE_INFINITY;
    double maxLat = Double.NEGATIVE_INFINITY;
    for (String g : geometrien) {
      List<List<double[]>> ringe = new ArrayList<>();
      try {
        sammle(JSON.readTree(g), ringe, 0);
      } catch (JsonProcessingException | IllegalArgumentException e) {
        ringe.clear();
      }
      for (List<double[]> ring : ringe) {
        for (double[] p : ring) {
          minLon = Math.min(minLon, p[0]);
          maxLon = Math.max(maxLon, p[0]);
          minLat = Math.min(minLat, p[1]);
          maxLat = Math.max(maxLat, p[1]);
        }
      }
      alle.add(ringe);
    }
    if (minLon > maxLon) {
      return null;
    }
    double kosinus = Math.cos(Math.toRadians((minLat + maxLat) / 2));
    double rand = 8;
    double weltB = Math.max(1e-9, (maxLon - minLon) * kosinus);
    double weltH = Math.max(1e-9, maxLat - minLat);
    double massstab = Math.min((breite - 2 * rand) / weltB, 0.9 * breite / weltH);
    int b = (int) Math.ceil(weltB * massstab + 2 * rand);
    int h = (int) Math.ceil(weltH * massstab + 2 * rand);
    List<String> pfade = new ArrayList<>();
    List<double[]> mitten = new ArrayList<>();
    for (List<List<double[]>> ringe : alle) {
      StringBuilder d = new StringBuilder();
      double x0 = Double.POSITIVE_INFINITY;
      double x1 = Double.NEGATIVE_INFINITY;
      double y0 = Double.POSITIVE_INFINITY;
      double y1 = Double.NEGATIVE_INFINITY;
      for (List<double[]> ring : ringe) {
        for (int k = 0; k < ring.size(); k++) {
          double[] p = ring.get(k);
          double x = rand + (p[0] - minLon) * kosinus * massstab;
          double y = rand + (maxLat - p[1]) * massstab;
          d.append(k == 0 ? 'M' : 'L');
          zahl(d, x).append(' ');
          zahl(d, y);
          x0 = Math.min(x0, x);
          x1 = Math.max(x1, x);
          y0 = Math.min(y0, y);
          y1 = Math.max(y1, y);
        }
        d.append('Z');
      }
      pfade.add(d.toString());
      mitten.add(ringe.isEmpty() ? null : new double[] {(x0 + x1) / 2, (y0 + y1) / 2});
    }
    return new Projektion(b, h, pfade, mitten);
  }

  /**
   * Appends the map, or nothing if no geometry can be read: the areas filled with their class's
   * colour, the outlines of {@code grenzen} (e.g. the Stadtbezirke) drawn over them, and the legend
   * below.
   *
   * @param breite the greatest width; the map is narrower if its area is tall
   * @return whether a map was written
   */
  static boolean zeichne(
      StringBuilder out,
      List<Flaeche> flaechen,
      List<String> grenzen,
      List<Legende> legende,
      String titel,
      String titelId,
      int breite) {
    List<String> geometrien = new ArrayList<>();
    flaechen.forEach(f -> geometrien.add(f.geometrie()));
    geometrien.addAll(grenzen);
    Projektion p = projiziere(geometrien, breite);
    if (p == null) {
      return false;
    }
    double legendeHoehe = 16.0 * legende.size() + 10;
    int b = Math.max(260, p.breite());
    int hoehe = (int) Math.ceil(p.hoehe() + legendeHoehe);
    out.append("<svg width=\"")
        .append(b)
        .append("\" height=\"")
        .append(hoehe)
        .append("\" viewBox=\"0 0 ")
        .append(b)
        .append(' ')
        .append(hoehe)
        .append("\" role=\"img\" aria-labelledby=\"")
        .append(titelId)
        .append("\" font-family=\"sans-serif\"><title id=\"")
        .append(titelId)
        .append("\">");
    esc(out, titel).append("</title>");
    out.append("<rect x=\"0\" y=\"0\" width=\"")
        .append(b)
        .append("\" height=\"")
        .append(hoehe)
        .append("\" fill=\"#ffffff\"/>");
    for (int i = 0; i < flaechen.size(); i++) {
      Flaeche f = flaechen.get(i);
      if (p.pfade().get(i).isEmpty()) {
        continue; // unreadable geometry: the area stays in the table only
      }
      out.append("<path fill=\"")
          .append(f.farbe())
          .append("\" fill-rule=\"evenodd\" stroke=\"#8a8a8a\" stroke-width=\"0.5\" d=\"")
          .append(p.pfade().get(i))
          .append("\"><title>");
      esc(out, f.name()).append(": ");
      esc(out, f.beschreibung()).append("</title></path>");
    }
    for (int i = flaechen.size(); i < geometrien.size(); i++) {
      if (!p.pfade().get(i).isEmpty()) {
        out.append("<path fill=\"none\" stroke=\"#1a1a1a\" stroke-width=\"1.6\" d=\"")
            .append(p.pfade().get(i))
            .append("\"/>");
      }
    }
    double y = p.hoehe() + 4;
    for (Legende l : legende) {
      out.append("<rect x=\"8\" y=\"");
      zahl(out, y)
          .append("\" width=\"14\" height=\"11\" fill=\"")
          .append(l.farbe())
          .append("\" stroke=\"#999999\" stroke-width=\"0.5\"/>");
      Diagramme.text(out, 28, y + 9.5, "start", Diagramme.SCHRIFT, "#333333", l.text());
      y += 16;
    }
    out.append("</svg>");
    return true;
  }

  /** Collects the rings of {@code g} (outer rings and holes) as lists of (lon, lat). */
  private static void sammle(JsonNode g, List<List<double[]>> ringe, int tiefe) {
    if (tiefe > 8 || g == null || !g.isObject()) {
      throw new IllegalArgumentException("not a GeoJSON geometry");
    }
    String typ = g.path("type").asText("");
    switch (typ) {
      case "Polygon" -> polygon(g.path("coordinates"), ringe);
      case "MultiPolygon" -> {
        for (JsonNode p : g.path("coordinates")) {
          polygon(p, ringe);
        }
      }
      case "GeometryCollection" -> {
        for (JsonNode teil : g.path("geometries")) {
          sammle(teil, ringe, tiefe + 1);
        }
      }
      default -> {
        // points and lines have no area to fill
      }
    }
  }

  private static void polygon(JsonNode koordinaten, List<List<double[]>> ringe) {
    for (JsonNode ring : koordinaten) {
      List<double[]> punkte = new ArrayList<>(ring.size());
      for (JsonNode p : ring) {
        if (p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
          throw new IllegalArgumentException("a position needs two numbers");
        }
        punkte.add(new double[] {p.get(0).asDouble(), p.get(1).asDouble()});
      }
      if (punkte.size() >= 3) {
        ringe.add(punkte);
      }
    }
  }
}

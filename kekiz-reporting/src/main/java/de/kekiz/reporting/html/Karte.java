package de.kekiz.reporting.html;

import static de.kekiz.reporting.html.HtmlText.esc;
import static de.kekiz.reporting.html.HtmlText.zahl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * A choropleth map as SVG: areas given as GeoJSON geometries (Polygon, MultiPolygon or a
 * GeometryCollection of them) are projected from longitude/latitude to the plane and filled with
 * the colour of their class.
 *
 * <p>Projection: equirectangular around the map's middle latitude (x = longitude × cos(middle
 * latitude), y = -latitude), scaled to fit the width. At the scale of a city the distortion is
 * far below a pixel. Geometries that cannot be read are left out (the table still lists the area).
 */
final class Karte {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** One area on the map. */
  record Flaeche(String name, String geometrie, String farbe, String beschreibung) {}

  /** The legend: colour and label per class. */
  record Legende(String farbe, String text) {}

  private Karte() {}

  /**
   * Appends the map, or nothing if no geometry can be read.
   *
   * @param breite the greatest width; the map is narrower if its area is tall
   * @return whether a map was written
   */
  static boolean zeichne(
      StringBuilder out, List<Flaeche> flaechen, List<Legende> legende, String titel, String titelId,
      int breite) {
    List<List<List<double[]>>> alle = new ArrayList<>(); // area → rings → points (lon, lat)
    List<Flaeche> gelesen = new ArrayList<>();
    double minLon = Double.POSITIVE_INFINITY;
    double maxLon = Double.NEGATIVE_INFINITY;
    double minLat = Double.POSITIVE_INFINITY;
    double maxLat = Double.NEGATIVE_INFINITY;
    for (Flaeche f : flaechen) {
      List<List<double[]>> ringe = new ArrayList<>();
      try {
        sammle(JSON.readTree(f.geometrie()), ringe, 0);
      } catch (JsonProcessingException | IllegalArgumentException e) {
        continue; // unreadable geometry: the area stays in the table only
      }
      if (ringe.isEmpty()) {
        continue;
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
      gelesen.add(f);
    }
    if (alle.isEmpty()) {
      return false;
    }
    double kosinus = Math.cos(Math.toRadians((minLat + maxLat) / 2));
    double rand = 8;
    double legendeHoehe = 16.0 * legende.size() + 10;
    double weltB = Math.max(1e-9, (maxLon - minLon) * kosinus);
    double weltH = Math.max(1e-9, maxLat - minLat);
    double massstab = Math.min((breite - 2 * rand) / weltB, 0.75 * breite / weltH);
    double kartenH = weltH * massstab;
    int b = (int) Math.max(180, Math.ceil(weltB * massstab + 2 * rand));
    int hoehe = (int) Math.ceil(kartenH + 2 * rand + legendeHoehe);
    out.append("<svg width=\"").append(b).append("\" height=\"").append(hoehe)
        .append("\" viewBox=\"0 0 ").append(b).append(' ').append(hoehe)
        .append("\" role=\"img\" aria-labelledby=\"").append(titelId)
        .append("\" font-family=\"sans-serif\"><title id=\"").append(titelId).append("\">");
    esc(out, titel).append("</title>");
    out.append("<rect x=\"0\" y=\"0\" width=\"").append(b).append("\" height=\"").append(hoehe)
        .append("\" fill=\"#ffffff\"/>");
    for (int i = 0; i < alle.size(); i++) {
      Flaeche f = gelesen.get(i);
      out.append("<path fill=\"").append(f.farbe())
          .append("\" fill-rule=\"evenodd\" stroke=\"#ffffff\" stroke-width=\"0.8\" d=\"");
      for (List<double[]> ring : alle.get(i)) {
        for (int k = 0; k < ring.size(); k++) {
          double[] p = ring.get(k);
          out.append(k == 0 ? 'M' : 'L');
          zahl(out, rand + (p[0] - minLon) * kosinus * massstab).append(' ');
          zahl(out, rand + (maxLat - p[1]) * massstab);
        }
        out.append('Z');
      }
      out.append("\"><title>");
      esc(out, f.name()).append(": ");
      esc(out, f.beschreibung()).append("</title></path>");
    }
    double y = kartenH + 2 * rand + 4;
    for (Legende l : legende) {
      out.append("<rect x=\"").append((int) rand).append("\" y=\"");
      zahl(out, y).append("\" width=\"14\" height=\"11\" fill=\"").append(l.farbe())
          .append("\" stroke=\"#999999\" stroke-width=\"0.5\"/>");
      Diagramme.text(out, rand + 20, y + 9.5, "start", Diagramme.SCHRIFT, "#333333", l.text());
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

package de.kekiz.importe;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;

/**
 * Checks that a GeoJSON geometry can be the boundary of a Sozialraum: a {@code Polygon}, a {@code
 * MultiPolygon}, or a {@code GeometryCollection} of them (as the OpenStreetMap exports write it),
 * with positions of two or three numbers, longitude from −180 to 180 and latitude from −90 to 90
 * (WGS 84, RFC 7946), and rings of at least four positions.
 */
final class Geometriepruefung {

  /** The most positions of one geometry. */
  static final int HOECHSTENS_PUNKTE = 2_000_000;

  private int punkte;

  private Geometriepruefung() {}

  /** Why {@code g} is no boundary (German), or {@code null} if it is one. */
  static @Nullable String pruefe(JsonNode g) {
    return new Geometriepruefung().geometrie(g, 0);
  }

  private @Nullable String geometrie(JsonNode g, int tiefe) {
    if (!g.isObject()) {
      return "eine Geometrie ist ein JSON-Objekt oder null";
    }
    String typ = Jsondatei.text(g.get("type"));
    if (typ == null) {
      return "die Geometrie hat keinen \"type\"";
    }
    switch (typ) {
      case "Polygon":
        return polygon(g.get("coordinates"));
      case "MultiPolygon":
        {
          JsonNode c = g.get("coordinates");
          if (c == null || !c.isArray() || c.isEmpty()) {
            return "ein MultiPolygon braucht eine Liste von Polygonen in \"coordinates\"";
          }
          for (JsonNode p : c) {
            String grund = polygon(p);
            if (grund != null) {
              return grund;
            }
          }
          return null;
        }
      case "GeometryCollection":
        {
          JsonNode gs = g.get("geometries");
          if (tiefe > 0 || gs == null || !gs.isArray() || gs.isEmpty()) {
            return "eine GeometryCollection braucht eine Liste \"geometries\" von Polygonen";
          }
          for (JsonNode teil : gs) {
            String grund = geometrie(teil, tiefe + 1);
            if (grund != null) {
              return grund;
            }
          }
          return null;
        }
      default:
        return "die Grenze eines Sozialraums ist ein Polygon, MultiPolygon oder eine"
            + " GeometryCollection von Polygonen, kein "
            + Anzeigetext.sichtbar(typ, 40);
    }
  }

  private @Nullable String polygon(@Nullable JsonNode ringe) {
    if (ringe == null || !ringe.isArray() || ringe.isEmpty()) {
      return "ein Polygon braucht eine Liste von Ringen in \"coordinates\"";
    }
    for (JsonNode ring : ringe) {
      if (!ring.isArray() || ring.size() < 4) {
        return "ein Ring eines Polygons hat mindestens 4 Positionen";
      }
      for (JsonNode p : ring) {
        if (++punkte > HOECHSTENS_PUNKTE) {
          return "die Geometrie hat mehr als " + HOECHSTENS_PUNKTE + " Positionen";
        }
        if (!p.isArray()
            || p.size() < 2
            || p.size() > 3
            || !p.get(0).isNumber()
            || !p.get(1).isNumber()) {
          return "eine Position ist [Länge, Breite] aus Zahlen, nicht "
              + Anzeigetext.sichtbar(p.toString(), 40);
        }
        double laenge = p.get(0).doubleValue();
        double breite = p.get(1).doubleValue();
        if (laenge < -180 || laenge > 180 || breite < -90 || breite > 90) {
          return "die Position "
              + Anzeigetext.sichtbar(p.toString(), 40)
              + " liegt außerhalb von WGS 84 (Länge −180 bis 180, Breite −90 bis 90); bitte die"
              + " Grenzen nach WGS 84 (EPSG:4326) umrechnen";
        }
      }
    }
    return null;
  }
}

package de.kekiz.importe;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.kommune.Sozialraumebene;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads the Sozialräume of a Kommune from a GeoJSON file (RFC 7946): a {@code FeatureCollection}
 * with one {@code Feature} per Sozialraum (or per boundary version of one), whose {@code
 * properties} name key, name, parent, level and validity ({@link Geojsonfelder}) and whose {@code
 * geometry} is its boundary: a {@code Polygon}, {@code MultiPolygon} or {@code GeometryCollection}
 * of them in WGS 84 longitude/latitude, or {@code null} where no boundary is known. The format is
 * described in {@code FORMAT.md} next to this class.
 *
 * <p>The file is read feature by feature, with the limits of {@link Jsondatei}. Every error names
 * the line and column where its feature starts and the property, e.g. {@code stadtteile.geojson,
 * Zeile 12, Spalte 5 (features[3].properties.name), Wert '': …}; a file with any error gives no
 * Sozialraum. A boundary in another reference system (a {@code crs} member with UTM coordinates,
 * common in municipal data) is refused with the hint to convert it, as its coordinates lie outside
 * longitude −180…180 and latitude −90…90. Instances hold no state and may be shared.
 */
public final class SozialraumGeojsonLeser {

  /** The most features of one file. */
  public static final int HOECHSTENS_FEATURES = 100_000;

  /** A reader; it holds no state. */
  public SozialraumGeojsonLeser() {}

  /**
   * Reads the Sozialräume of Kommune {@code kommune} from {@code datei}.
   *
   * @param datei the GeoJSON file
   * @param kommune the Kommune the Sozialräume belong to
   * @param felder the names of the properties that hold key, name, parent, level and validity
   * @return the Sozialräume in file order, or every error
   * @throws UnlesbareDateiException if the file is missing, too large or no JSON at all
   */
  public Leseergebnis<Sozialraumangabe> lese(
      Path datei, Gemeindeschluessel kommune, Geojsonfelder felder) {
    requireNonNull(datei, "datei");
    requireNonNull(kommune, "kommune");
    requireNonNull(felder, "felder");
    List<Sozialraumangabe> angaben = new ArrayList<>();
    List<Importfehler> fehler = new ArrayList<>();
    String typ = null;
    String crs = null;
    boolean features = false;
    try (Jsondatei json = Jsondatei.oeffne(datei)) {
      if (json.naechstes() != JsonToken.START_OBJECT) {
        throw new UnlesbareDateiException(
            datei, "Zeile 1: eine GeoJSON-Datei ist ein JSON-Objekt vom Typ FeatureCollection");
      }
      while (json.naechstes() == JsonToken.FIELD_NAME) {
        String feld = json.feldname();
        JsonToken wert = json.naechstes();
        if (feld.equals("type") && wert == JsonToken.VALUE_STRING) {
          typ = json.baum().textValue();
        } else if (feld.equals("crs") && wert == JsonToken.START_OBJECT) {
          crs = json.baum().toString();
        } else if (feld.equals("features") && wert == JsonToken.START_ARRAY) {
          features = true;
          int nummer = 0;
          Map<String, Sozialraumangabe> gelesen = new HashMap<>();
          while (json.naechstes() != JsonToken.END_ARRAY) {
            if (nummer == HOECHSTENS_FEATURES) {
              throw new UnlesbareDateiException(
                  datei, "sie hat mehr als " + HOECHSTENS_FEATURES + " Features; bitte aufteilen");
            }
            JsonLocation ort = json.ort();
            JsonNode feature = json.baum();
            Sozialraumangabe a = feature(datei, kommune, felder, nummer, feature, ort, fehler);
            if (a != null) {
              Sozialraumangabe frueher = gelesen.put(a.schluessel() + "@" + a.ab(), a);
              if (frueher != null) {
                fehler.add(
                    new Importfehler(
                        datei,
                        null,
                        a.zeile(),
                        a.spalte(),
                        "features[" + nummer + "].properties." + felder.schluessel(),
                        a.schluessel(),
                        "der Sozialraum "
                            + a.schluessel()
                            + " mit Gültigkeit ab "
                            + Anzeigetext.datum(a.ab())
                            + " steht schon in Zeile "
                            + frueher.zeile()));
              } else {
                angaben.add(a);
              }
            }
            nummer++;
          }
        } else {
          json.ueberspringe();
        }
      }
    }
    if (!"FeatureCollection".equals(typ) || !features) {
      throw new UnlesbareDateiException(
          datei,
          "eine GeoJSON-Datei für Sozialräume ist eine FeatureCollection mit einer Liste"
              + " \"features\"; diese hat "
              + (typ == null ? "keinen \"type\"" : "den Typ '" + Anzeigetext.sichtbar(typ) + "'")
              + (features ? "" : " und keine Liste \"features\""));
    }
    if (fehler.isEmpty() && angaben.isEmpty()) {
      fehler.add(
          new Importfehler(datei, null, 1, 0, "", "", "die FeatureCollection hat keine Features"));
    }
    if (crs != null && !fehler.isEmpty()) {
      // a reference system other than WGS 84 explains coordinates out of range
      List<Importfehler> mitHinweis = new ArrayList<>();
      for (Importfehler f : fehler) {
        mitHinweis.add(
            f.grund().contains("WGS 84")
                ? new Importfehler(
                    f.datei(),
                    f.blatt(),
                    f.zeile(),
                    f.spalte(),
                    f.spaltenname(),
                    f.wert(),
                    f.grund()
                        + " (die Datei nennt das Bezugssystem "
                        + Anzeigetext.sichtbar(crs, 100)
                        + ")")
                : f);
      }
      fehler = mitHinweis;
    }
    return fehler.isEmpty()
        ? Leseergebnis.gut(datei, angaben)
        : Leseergebnis.fehlerhaft(datei, fehler);
  }

  private static @Nullable Sozialraumangabe feature(
      Path datei,
      Gemeindeschluessel kommune,
      Geojsonfelder felder,
      int nummer,
      JsonNode feature,
      JsonLocation ort,
      List<Importfehler> fehler) {
    long zeile = Jsondatei.zeile(ort);
    int spalte = Jsondatei.spalte(ort);
    String pfad = "features[" + nummer + "]";
    Fehlersammler f =
        (feld, wert, grund) ->
            fehler.add(new Importfehler(datei, null, zeile, spalte, pfad + feld, wert, grund));
    if (!feature.isObject() || !"Feature".equals(Jsondatei.text(feature.get("type")))) {
      f.melde(
          "",
          kurz(feature),
          "ein Element von \"features\" ist ein Objekt mit \"type\": \"Feature\"");
      return null;
    }
    JsonNode properties = feature.get("properties");
    if (properties == null || !properties.isObject()) {
      f.melde(
          ".properties",
          kurz(properties),
          "ein Feature braucht \"properties\" mit Schlüssel und Name des Sozialraums");
      return null;
    }
    int vorher = fehler.size();
    String schluessel = text(properties, felder.schluessel(), true, f);
    String name = text(properties, felder.name(), true, f);
    if (name != null && (name.isBlank() || Anzeigetext.enthaeltSteuerzeichen(name))) {
      f.melde(
          ".properties." + felder.name(),
          name,
          "ein Name ist nicht leer und enthält keine Steuerzeichen");
    }
    if (schluessel != null) {
      try {
        SozialraumId.of(kommune, schluessel);
      } catch (IllegalArgumentException e) {
        f.melde(
            ".properties." + felder.schluessel(),
            schluessel,
            "ein Schlüssel hat 1 bis 40 Zeichen aus Buchstaben a-z, Ziffern, '-', '_' und '.'");
      }
    }
    String uebergeordnet = text(properties, felder.uebergeordnet(), false, f);
    if (uebergeordnet == null
        && felder.elternpraefix() > 0
        && schluessel != null
        && schluessel.length() > felder.elternpraefix()) {
      uebergeordnet = schluessel.substring(0, felder.elternpraefix());
    }
    if (uebergeordnet != null && uebergeordnet.equals(schluessel)) {
      f.melde(
          ".properties." + felder.uebergeordnet(),
          uebergeordnet,
          "ein Sozialraum ist nicht sein eigener übergeordneter Sozialraum");
    }
    Sozialraumebene ebene = felder.ebeneVorgabe();
    String ebeneText = text(properties, felder.ebene(), false, f);
    if (ebeneText != null) {
      ebene = ebene(ebeneText);
      if (ebene == null) {
        f.melde(
            ".properties." + felder.ebene(),
            ebeneText,
            "unbekannte Ebene: erwartet STADTBEZIRK, STADTTEIL, QUARTIER, STATISTISCHER_BEZIRK,"
                + " SCHULEINZUGSBEREICH oder SONSTIGE");
      }
    } else if (ebene == null) {
      f.melde(
          ".properties." + felder.ebene(),
          "",
          "die Ebene fehlt: Eigenschaft '" + felder.ebene() + "' oder eine Vorgabe (--ebene)");
    }
    LocalDate ab = datum(properties, felder.ab(), f);
    if (ab == null && text(properties, felder.ab(), false, f) == null) {
      ab = felder.abVorgabe();
      if (ab == null) {
        f.melde(
            ".properties." + felder.ab(),
            "",
            "die Gültigkeit fehlt: Eigenschaft '"
                + felder.ab()
                + "' oder eine Vorgabe (--gueltig-ab DATUM)");
      }
    }
    LocalDate bis = datum(properties, felder.bis(), f);
    if (ab != null && bis != null && bis.isBefore(ab)) {
      f.melde(
          ".properties." + felder.bis(),
          bis.toString(),
          "das Ende der Gültigkeit liegt vor ihrem Beginn " + ab);
    }
    String geometrie = null;
    JsonNode g = feature.get("geometry");
    if (g != null && !g.isNull()) {
      String grund = Geometriepruefung.pruefe(g);
      if (grund != null) {
        f.melde(".geometry", kurz(g), grund);
      } else {
        try {
          geometrie = Jsondatei.MAPPER.writeValueAsString(g);
        } catch (JsonProcessingException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    if (fehler.size() > vorher) {
      return null;
    }
    return new Sozialraumangabe(
        requireNonNull(schluessel),
        requireNonNull(name).strip(),
        requireNonNull(ebene),
        uebergeordnet,
        requireNonNull(ab),
        bis,
        geometrie,
        zeile,
        spalte);
  }

  /** Receives the errors of one feature. */
  private interface Fehlersammler {
    void melde(String feld, String wert, String grund);
  }

  private static @Nullable String text(
      JsonNode properties, String feld, boolean pflicht, Fehlersammler f) {
    JsonNode n = properties.get(feld);
    if (n == null || n.isNull()) {
      if (pflicht) {
        f.melde(".properties." + feld, "", "die Eigenschaft '" + feld + "' fehlt");
      }
      return null;
    }
    String t = Jsondatei.text(n);
    if (t == null) {
      f.melde(".properties." + feld, kurz(n), "erwartet Text oder eine ganze Zahl");
      return null;
    }
    if (t.length() > Importgrenzen.standard().zeichenProFeld()) {
      f.melde(
          ".properties." + feld,
          t,
          "der Text ist länger als " + Importgrenzen.standard().zeichenProFeld() + " Zeichen");
      return null;
    }
    return t.strip();
  }

  private static @Nullable LocalDate datum(JsonNode properties, String feld, Fehlersammler f) {
    JsonNode n = properties.get(feld);
    String t = Jsondatei.text(n);
    if (t == null || t.isBlank()) {
      return null;
    }
    try {
      LocalDate d = Geojsonfelder.tag(t);
      String jahr = Importgrenzen.standard().pruefeDatum(d);
      if (jahr != null) {
        f.melde(".properties." + feld, t, jahr);
        return null;
      }
      return d;
    } catch (IllegalArgumentException e) {
      f.melde(".properties." + feld, t, String.valueOf(e.getMessage()));
      return null;
    }
  }

  /** The level a text names: the constant ({@code STADTTEIL}) or its name ({@code Stadtteil}). */
  static @Nullable Sozialraumebene ebene(String text) {
    String s = text.strip();
    for (Sozialraumebene e : Sozialraumebene.values()) {
      if (e.name().equalsIgnoreCase(s.replace(' ', '_').replace('-', '_'))
          || e.bezeichnung().equalsIgnoreCase(s)) {
        return e;
      }
    }
    return null;
  }

  private static String kurz(@Nullable JsonNode n) {
    return n == null ? "" : Anzeigetext.sichtbar(n.toString(), 60);
  }
}

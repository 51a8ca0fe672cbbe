package de.kekiz.importe;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Sozialraum;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes the Sozialräume of a Kommune as the GeoJSON file {@link SozialraumGeojsonLeser} reads back
 * into the same Sozialräume: a {@code FeatureCollection} with one feature per boundary version
 * (ordered by key and first valid day), the properties of {@link Geojsonfelder#standard()} plus
 * {@code gebietsstand} (for people; the reader numbers the versions itself), and the geometry as
 * the Kommune holds it. UTF-8, indented, the same Kommune always gives the same bytes. The
 * population figures are not in it: they go to a kekiz CSV file (see {@link KekizCsvSchreiber}).
 * Instances hold no state and may be shared.
 */
public final class SozialraumGeojsonSchreiber {

  /** A writer; it holds no state. */
  public SozialraumGeojsonSchreiber() {}

  /**
   * Writes the Sozialräume of {@code kommune} to {@code datei} (replacing it).
   *
   * @param kommune the Kommune
   * @param datei the file to write
   * @throws UncheckedIOException if the file cannot be written
   */
  public void schreibe(Kommune kommune, Path datei) {
    try (OutputStream out = Files.newOutputStream(datei)) {
      schreibe(kommune, out);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "'" + Anzeigetext.sichtbar(datei.toString(), 300) + "' lässt sich nicht schreiben", e);
    }
  }

  /**
   * Writes the Sozialräume of {@code kommune} to {@code ziel}, which stays open.
   *
   * @param kommune the Kommune
   * @param ziel where the GeoJSON goes
   * @throws IOException if writing fails
   */
  public void schreibe(Kommune kommune, OutputStream ziel) throws IOException {
    requireNonNull(kommune, "kommune");
    requireNonNull(ziel, "ziel");
    Geojsonfelder f = Geojsonfelder.standard();
    List<Sozialraum> raeume = new ArrayList<>(kommune.sozialraeume());
    raeume.sort(
        Comparator.comparing((Sozialraum s) -> s.id().code())
            .thenComparing(s -> s.gueltigkeit().von()));
    try (JsonGenerator g =
        Jsondatei.MAPPER
            .getFactory()
            .createGenerator(ziel)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .useDefaultPrettyPrinter()) {
      g.writeStartObject();
      g.writeStringField("type", "FeatureCollection");
      g.writeStringField(
          "name", "Sozialräume " + kommune.name() + " (" + kommune.schluessel() + ")");
      g.writeArrayFieldStart("features");
      for (Sozialraum s : raeume) {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeObjectFieldStart("properties");
        g.writeStringField(f.schluessel(), s.id().code());
        g.writeStringField(f.name(), s.name());
        g.writeStringField(f.ebene(), s.ebene().name());
        if (s.uebergeordnet() != null) {
          g.writeStringField(f.uebergeordnet(), s.uebergeordnet().code());
        } else {
          g.writeNullField(f.uebergeordnet());
        }
        g.writeStringField(f.ab(), s.gueltigkeit().von().toString());
        if (s.gueltigkeit().bis() != null) {
          g.writeStringField(f.bis(), s.gueltigkeit().bis().toString());
        } else {
          g.writeNullField(f.bis());
        }
        g.writeNumberField("gebietsstand", s.gebietsstand());
        g.writeEndObject();
        g.writeFieldName("geometry");
        if (s.geometrie() != null) {
          g.writeTree(Jsondatei.MAPPER.readTree(s.geometrie()));
        } else {
          g.writeNull();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    ziel.write('\n');
    ziel.flush();
  }
}

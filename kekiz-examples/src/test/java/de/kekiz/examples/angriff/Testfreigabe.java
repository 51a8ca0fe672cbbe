package de.kekiz.examples.angriff;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes hand-made releases for the tests: one folder per Kommune with {@code messwerte.sdmx.csv}
 * (rows of the share indicator {@value #INDIKATOR}, version 1, with the breakdown dimension {@code
 * GESCHLECHT}, a {@code WERTART} and a column no reader knows) and a {@code bericht.json} holding
 * only the geography and the indicator.
 */
final class Testfreigabe {

  /** The indicator of every row: a share (numerator ≤ denominator), version 1. */
  static final String INDIKATOR = "quote";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String KOPF =
      "STRUCTURE,STRUCTURE_ID,ACTION,INDIKATOR,REF_AREA,SOZIALRAUM,GESCHLECHT,TIME_PERIOD,"
          + "OBS_VALUE,OBS_STATUS,CONF_STATUS,UNIT_MEASURE,ZAEHLER,NENNER,INDIKATOR_VERSION,"
          + "WERTART,UNBEKANNTE_SPALTE";

  private final Path wurzel;

  Testfreigabe(Path wurzel) {
    this.wurzel = wurzel;
  }

  /** The folder all Kommunen are written under. */
  Path wurzel() {
    return wurzel;
  }

  /** A Kommune's geography, built up with {@link #sozialraum}. */
  static final class Gebiet {
    private final String ags;
    private final ObjectNode knoten = JSON.createObjectNode();
    private final ArrayNode sozialraeume;

    Gebiet(String ags, String name) {
      this.ags = ags;
      knoten.put("schluessel", ags).put("name", name);
      sozialraeume = knoten.putArray("sozialraeume");
    }

    /** Adds version 1 of Stadtteil {@code code}, valid from 2010. */
    Gebiet sozialraum(String code) {
      return sozialraum(code, 1, "2010-01-01", null, null);
    }

    /** Adds version 1 of the school catchment {@code code}, valid from 2010. */
    Gebiet schuleinzugsbereich(String code) {
      sozialraum(code);
      ((ObjectNode) sozialraeume.get(sozialraeume.size() - 1)).put("ebene", "SCHULEINZUGSBEREICH");
      return this;
    }

    /**
     * Adds a Sozialraum version.
     *
     * @param bis last day of validity or {@code null}
     * @param eltern the parent's code or {@code null}
     */
    Gebiet sozialraum(
        String code, int stand, String von, @Nullable String bis, @Nullable String eltern) {
      ObjectNode s = sozialraeume.addObject();
      s.put("id", ags + ":" + code)
          .put("gebietsstand", stand)
          .put("name", code)
          .put("ebene", "STADTTEIL");
      if (eltern != null) {
        s.put("uebergeordnet", ags + ":" + eltern);
      }
      ObjectNode g = s.putObject("gueltigkeit").put("von", von);
      if (bis != null) {
        g.put("bis", bis);
      }
      return this;
    }
  }

  /**
   * One SDMX-CSV row of {@value #INDIKATOR}, not broken down; numerator and denominator are left
   * empty unless {@code conf} is {@code F}.
   */
  static String zeile(
      String refArea, String sozialraum, String zeit, String conf, int zaehler, int nenner) {
    return zeile(refArea, sozialraum, zeit, conf, zaehler, nenner, "");
  }

  /** As {@link #zeile(String, String, String, String, int, int)} with a {@code WERTART}. */
  static String zeile(
      String refArea,
      String sozialraum,
      String zeit,
      String conf,
      int zaehler,
      int nenner,
      String wertart) {
    return zeile(refArea, sozialraum, "_T", zeit, conf, zaehler, nenner, wertart);
  }

  /** As {@link #zeile(String, String, String, String, int, int)} for one {@code geschlecht}. */
  static String zeile(
      String refArea,
      String sozialraum,
      String geschlecht,
      String zeit,
      String conf,
      int zaehler,
      int nenner,
      String wertart) {
    boolean frei = conf.equals("F");
    return String.join(
        ",",
        "dataflow",
        "KEKIZ:MONITORING(1.0)",
        "I",
        INDIKATOR,
        refArea,
        sozialraum,
        geschlecht,
        zeit,
        "",
        "A",
        conf,
        "%",
        frei ? Integer.toString(zaehler) : "",
        frei ? Integer.toString(nenner) : "",
        "1",
        wertart,
        "egal");
  }

  /** Writes folder {@code kommune.ags} with the Kommune, its Gemeinden and {@code zeilen}. */
  Testfreigabe ordner(Gebiet kommune, List<Gebiet> gemeinden, String... zeilen) {
    return ordner(kommune.ags, kommune, gemeinden, zeilen);
  }

  /** As {@link #ordner(Gebiet, List, String...)} into a folder of another name. */
  Testfreigabe ordner(String name, Gebiet kommune, List<Gebiet> gemeinden, String... zeilen) {
    ObjectNode bericht = JSON.createObjectNode();
    bericht.set("kommune", kommune.knoten);
    ArrayNode g = bericht.putArray("gemeinden");
    gemeinden.forEach(x -> g.add(x.knoten));
    bericht
        .putArray("indikatoren")
        .addObject()
        .put("key", INDIKATOR)
        .put("version", 1)
        .put("anteil", true);
    List<String> sdmx = new ArrayList<>();
    sdmx.add(KOPF);
    sdmx.addAll(List.of(zeilen));
    try {
      Path ordner = Files.createDirectories(wurzel.resolve(name));
      Files.write(ordner.resolve(SdmxCsvLeser.DATEINAME), sdmx, StandardCharsets.UTF_8);
      JSON.writeValue(ordner.resolve(BerichtJsonLeser.DATEINAME).toFile(), bericht);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Writes {@code text} as the file {@code datei} of folder {@code ordner}. */
  Testfreigabe datei(String ordner, String datei, String text) {
    try {
      Files.writeString(wurzel.resolve(ordner).resolve(datei), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Attacks what is written. */
  Angriff angriff() {
    try {
      return Angriff.auf(wurzel);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

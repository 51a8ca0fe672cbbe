package de.kekiz.examples.angriff;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * All files of one release as a reader finds them: one folder per Kommune (named by its AGS) with
 * {@code messwerte.sdmx.csv} and {@code bericht.json}, and where written {@code messwerte.csv} and
 * {@code bericht.xlsx}. HTML and PDF are not read: they show the report model that {@code
 * bericht.json} holds.
 */
final class Veroeffentlichung {

  /**
   * What one folder holds.
   *
   * @param name the folder's name
   * @param dateien the names of the files read
   * @param sdmx the statements of {@code messwerte.sdmx.csv}
   * @param csv the rows of {@code messwerte.csv}, empty if there is none
   * @param json what {@code bericht.json} says
   * @param xlsx the numbers {@code bericht.xlsx} shows for cells, empty if there is none
   */
  record Ordner(
      String name,
      ImmutableSortedSet<String> dateien,
      ImmutableList<Angabe> sdmx,
      ImmutableList<MesswerteCsvLeser.Zeile> csv,
      BerichtJsonLeser.Inhalt json,
      ImmutableList<GezeigteZahl> xlsx) {}

  private final ImmutableList<Ordner> ordner;
  private final Geografie geografie = new Geografie();

  private Veroeffentlichung(List<Ordner> ordner) {
    this.ordner = ImmutableList.copyOf(ordner);
    for (Ordner o : ordner) {
      geografie.fuegeHinzu(o.json(), o.name());
    }
  }

  /**
   * Reads every folder under {@code wurzel} that holds {@code messwerte.sdmx.csv}.
   *
   * @throws IllegalArgumentException if there is none, or naming file and place of anything
   *     unreadable (including a folder without {@code bericht.json})
   * @throws IOException if a file cannot be read
   */
  static Veroeffentlichung lade(Path wurzel) throws IOException {
    requireNonNull(wurzel, "wurzel");
    List<Path> ordner;
    try (Stream<Path> s = Files.list(wurzel)) {
      ordner =
          s.filter(p -> Files.isRegularFile(p.resolve(SdmxCsvLeser.DATEINAME))).sorted().toList();
    }
    if (ordner.isEmpty()) {
      throw new IllegalArgumentException(
          "no folder under " + wurzel + " holds " + SdmxCsvLeser.DATEINAME);
    }
    List<Ordner> gelesen = new ArrayList<>();
    for (Path o : ordner) {
      gelesen.add(ordner(o));
    }
    return new Veroeffentlichung(gelesen);
  }

  private static Ordner ordner(Path o) throws IOException {
    String name = o.getFileName().toString();
    SortedSet<String> dateien = new TreeSet<>();
    List<Angabe> sdmx = SdmxCsvLeser.lies(o.resolve(SdmxCsvLeser.DATEINAME), name);
    dateien.add(SdmxCsvLeser.DATEINAME);
    Path jsonDatei = o.resolve(BerichtJsonLeser.DATEINAME);
    if (!Files.isRegularFile(jsonDatei)) {
      throw new IllegalArgumentException(
          name + ": " + BerichtJsonLeser.DATEINAME + " is missing; the geography comes from it");
    }
    BerichtJsonLeser.Inhalt json = BerichtJsonLeser.lies(jsonDatei, name);
    dateien.add(BerichtJsonLeser.DATEINAME);
    List<MesswerteCsvLeser.Zeile> csv = List.of();
    if (Files.isRegularFile(o.resolve(MesswerteCsvLeser.DATEINAME))) {
      csv = MesswerteCsvLeser.lies(o.resolve(MesswerteCsvLeser.DATEINAME), name);
      dateien.add(MesswerteCsvLeser.DATEINAME);
    }
    List<GezeigteZahl> xlsx = List.of();
    if (Files.isRegularFile(o.resolve(BerichtXlsxLeser.DATEINAME))) {
      xlsx = BerichtXlsxLeser.lies(o.resolve(BerichtXlsxLeser.DATEINAME), name, json);
      dateien.add(BerichtXlsxLeser.DATEINAME);
    }
    return new Ordner(
        name,
        ImmutableSortedSet.copyOf(dateien),
        ImmutableList.copyOf(sdmx),
        ImmutableList.copyOf(csv),
        json,
        ImmutableList.copyOf(xlsx));
  }

  /** The folders, sorted by name. */
  ImmutableList<Ordner> ordner() {
    return ordner;
  }

  /** The merged geography of every {@code bericht.json}. */
  Geografie geografie() {
    return geografie;
  }

  /** The statements of the SDMX-CSV files. */
  List<Angabe> sdmxAngaben() {
    return ordner.stream().flatMap(o -> o.sdmx().stream()).toList();
  }

  /** Every statement about a cell, from every file read. */
  List<Angabe> angaben() {
    List<Angabe> alle = new ArrayList<>();
    for (Ordner o : ordner) {
      alle.addAll(o.sdmx());
      o.csv().forEach(z -> alle.add(z.angabe()));
      alle.addAll(o.json().angaben());
    }
    return alle;
  }

  /** Every number a file other than the SDMX-CSV shows, with the cells it comes from. */
  List<GezeigteZahl> gezeigteZahlen() {
    List<GezeigteZahl> alle = new ArrayList<>();
    for (Ordner o : ordner) {
      for (MesswerteCsvLeser.Zeile z : o.csv()) {
        Angabe a = z.angabe();
        List<Zelle> zelle = List.of(a.zelle());
        if (a.zaehler() != null) {
          alle.add(new GezeigteZahl(a.fundstelle(), "Zähler", a.zaehler().toPlainString(), zelle));
        }
        if (a.nenner() != null) {
          alle.add(new GezeigteZahl(a.fundstelle(), "Nenner", a.nenner().toPlainString(), zelle));
        }
        if (!z.wert().isEmpty()) {
          alle.add(new GezeigteZahl(a.fundstelle(), "Wert", z.wert(), zelle));
        }
      }
      alle.addAll(o.json().gezeigt());
      alle.addAll(o.xlsx());
    }
    return alle;
  }

  /**
   * Cells listed in one file of a folder but not in another that lists every cell: {@code
   * messwerte.csv} and the {@code messwerte} and {@code mehrjahreswerte} of {@code bericht.json}
   * against {@code messwerte.sdmx.csv}.
   */
  List<Befund> fehlendeZeilen() {
    List<Befund> befunde = new ArrayList<>();
    for (Ordner o : ordner) {
      Set<Zelle> sdmx = zellen(o.sdmx());
      if (!o.csv().isEmpty()) {
        vergleiche(
            o,
            sdmx,
            zellen(o.csv().stream().map(MesswerteCsvLeser.Zeile::angabe).toList()),
            MesswerteCsvLeser.DATEINAME,
            befunde);
      }
      List<Angabe> messwerte =
          o.json().angaben().stream()
              .filter(
                  a ->
                      a.fundstelle().ort().startsWith("/messwerte/")
                          || a.fundstelle().ort().startsWith("/mehrjahreswerte/"))
              .toList();
      if (!messwerte.isEmpty()) {
        vergleiche(
            o, sdmx, zellen(messwerte), BerichtJsonLeser.DATEINAME + " (messwerte)", befunde);
      }
    }
    return befunde;
  }

  private static Set<Zelle> zellen(List<Angabe> angaben) {
    Set<Zelle> s = new TreeSet<>();
    angaben.forEach(a -> s.add(a.zelle()));
    return s;
  }

  private static void vergleiche(
      Ordner o, Set<Zelle> sdmx, Set<Zelle> andere, String datei, List<Befund> befunde) {
    for (Zelle z : sdmx) {
      if (!andere.contains(z)) {
        befunde.add(
            new Befund(
                Befund.Art.ZEILE_FEHLT,
                z,
                z + " steht in " + o.name() + "/" + SdmxCsvLeser.DATEINAME + ", nicht in " + datei,
                List.of()));
      }
    }
    for (Zelle z : andere) {
      if (!sdmx.contains(z)) {
        befunde.add(
            new Befund(
                Befund.Art.ZEILE_FEHLT,
                z,
                z + " steht in " + o.name() + "/" + datei + ", nicht in " + SdmxCsvLeser.DATEINAME,
                List.of()));
      }
    }
  }
}

package de.kekiz.examples.angriff;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The attack on one release, start to end: reads every folder ({@link Veroeffentlichung}), unifies
 * the facts ({@link Zellbestand}), builds the relations ({@link Beziehungen}), attacks ({@link
 * Angreifer}) and checks the formats ({@link Formatpruefung}).
 */
final class Angriff {

  /** Findings by kind, then cell, then text: the same release always gives the same report. */
  private static final Comparator<Befund> REIHENFOLGE =
      Comparator.comparing(Befund::art)
          .thenComparing(Befund::zelle, Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(Befund::beschreibung);

  private final Veroeffentlichung veroeffentlichung;
  private final Zellbestand bestand;
  private final List<Beziehung> beziehungen;
  private final Angreifer.Ergebnis ergebnis;
  private final Befundbericht angriff;
  private final Befundbericht formate;

  private Angriff(Veroeffentlichung veroeffentlichung) {
    this.veroeffentlichung = veroeffentlichung;
    this.bestand = Zellbestand.aus(veroeffentlichung.angaben());
    this.beziehungen = Beziehungen.bilde(bestand, veroeffentlichung.geografie());
    this.ergebnis = Angreifer.greifeAn(bestand, beziehungen, veroeffentlichung.geografie());
    List<Befund> befunde = new ArrayList<>();
    befunde.addAll(veroeffentlichung.geografie().widersprueche());
    befunde.addAll(veroeffentlichung.fehlendeZeilen());
    befunde.addAll(bestand.widersprueche());
    befunde.addAll(ergebnis.befunde());
    befunde.sort(REIHENFOLGE);
    this.angriff = new Befundbericht(befunde);
    this.formate =
        new Befundbericht(
            Formatpruefung.pruefe(
                    veroeffentlichung.sdmxAngaben(), veroeffentlichung.gezeigteZahlen())
                .stream()
                .sorted(REIHENFOLGE)
                .toList());
  }

  /**
   * Attacks the release in the folders under {@code wurzel}.
   *
   * @throws IllegalArgumentException naming file and place of anything unreadable
   * @throws IOException if a file cannot be read
   */
  static Angriff auf(Path wurzel) throws IOException {
    return new Angriff(Veroeffentlichung.lade(wurzel));
  }

  /** What was read. */
  Veroeffentlichung veroeffentlichung() {
    return veroeffentlichung;
  }

  /** The relations built. */
  List<Beziehung> beziehungen() {
    return beziehungen;
  }

  /** The unified facts. */
  Zellbestand bestand() {
    return bestand;
  }

  /** The findings of the attack on the facts, with the contradictions between files. */
  Befundbericht angriff() {
    return angriff;
  }

  /** The findings of the check of the formats. */
  Befundbericht formate() {
    return formate;
  }

  /** A line on the size of the attack: cells, relations, linear programs, unknowns, questions. */
  String umfang() {
    return "Zellen: "
        + bestand.zellen().size()
        + ", Beziehungen: "
        + beziehungen.size()
        + ", lineare Programme: "
        + ergebnis.komponenten()
        + ", Unbekannte: "
        + ergebnis.unbekannte()
        + ", Minima und Maxima: "
        + ergebnis.fragen();
  }
}

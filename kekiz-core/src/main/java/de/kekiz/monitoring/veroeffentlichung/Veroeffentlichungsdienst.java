package de.kekiz.monitoring.veroeffentlichung;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.port.IndikatorRepository;
import de.kekiz.port.KommuneRepository;
import de.kekiz.port.LeitbildRepository;
import de.kekiz.port.MesswertRepository;
import de.kekiz.port.PraeventionsketteRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The publication over the ports: loads what a release needs and computes it with {@link
 * Veroeffentlichungsrechnung}. This is the one way from stored observations to a report, for the
 * command-line tool as for a host that embeds kekiz.
 *
 * <p>Each Kommune asked for brings its Kreis family into the protection (the Kreis and every
 * Kommune stored under its Kreis key), whether or not their reports are asked for, so that a report
 * never publishes what another report of the same family suppresses: the decisions for a family are
 * the same whichever of its reports a run writes. Failures of the storage arrive as the ports'
 * {@link de.kekiz.port.PersistenzException}; broken data as {@link
 * de.kekiz.domain.RegelverstossException}. Thread-safe if the repositories are.
 */
public final class Veroeffentlichungsdienst {

  private final KommuneRepository kommunen;
  private final IndikatorRepository indikatoren;
  private final MesswertRepository messwerte;
  private final LeitbildRepository leitbilder;
  private final PraeventionsketteRepository ketten;

  /**
   * A service over the given ports.
   *
   * @param kommunen where the Kommunen are read from
   * @param indikatoren where the indicator definitions are read from
   * @param messwerte where the Messwerte are read from
   * @param leitbilder where the Leitbild in force is read from
   * @param ketten where the Präventionsketten are read from
   */
  public Veroeffentlichungsdienst(
      KommuneRepository kommunen,
      IndikatorRepository indikatoren,
      MesswertRepository messwerte,
      LeitbildRepository leitbilder,
      PraeventionsketteRepository ketten) {
    this.kommunen = requireNonNull(kommunen, "kommunen");
    this.indikatoren = requireNonNull(indikatoren, "indikatoren");
    this.messwerte = requireNonNull(messwerte, "messwerte");
    this.leitbilder = requireNonNull(leitbilder, "leitbilder");
    this.ketten = requireNonNull(ketten, "ketten");
  }

  /**
   * The release of the reports of {@code berichte} (in that order) as {@code auftrag} asks, with
   * the Leitbild in force on its reference date and the Präventionskette of each.
   *
   * @param berichte the keys of the Kommunen to report on
   * @param auftrag what to compute and how to protect it
   * @return the release, one part per Kommune of {@code berichte}
   * @throws IllegalArgumentException naming the key if a Kommune of {@code berichte} is not stored
   */
  public Veroeffentlichung veroeffentliche(
      Collection<Gemeindeschluessel> berichte, Veroeffentlichungsauftrag auftrag) {
    requireNonNull(berichte, "berichte");
    requireNonNull(auftrag, "auftrag");
    Set<Gemeindeschluessel> gewuenscht = new LinkedHashSet<>(berichte);
    Map<Gemeindeschluessel, Kommune> verbund = new LinkedHashMap<>();
    for (Gemeindeschluessel ags : gewuenscht) {
      Kommune k =
          kommunen
              .findById(ags)
              .orElseThrow(() -> new IllegalArgumentException("Kommune " + ags + " is not stored"));
      verbund.put(ags, k);
    }
    for (Gemeindeschluessel ags : gewuenscht) {
      for (Kommune k : kommunen.findByKreis(ags.kreis())) {
        verbund.putIfAbsent(k.schluessel(), k);
      }
    }
    List<Indikator> definitionen = indikatoren.findAll();
    List<Veroeffentlichungsrechnung.Eingabe> eingaben = new ArrayList<>();
    for (Kommune k : verbund.values()) {
      Gemeindeschluessel ags = k.schluessel();
      boolean bericht = gewuenscht.contains(ags);
      List<Messwert> werte;
      try (Stream<Messwert> s = messwerte.streamByKommune(ags)) {
        werte = s.toList();
      }
      eingaben.add(
          new Veroeffentlichungsrechnung.Eingabe(
              k,
              werte,
              bericht ? leitbilder.findGueltig(ags, auftrag.stichtag()).orElse(null) : null,
              bericht ? ketten.findByKommune(ags).orElse(null) : null,
              bericht));
    }
    Veroeffentlichung v = new Veroeffentlichungsrechnung(auftrag).berechne(eingaben, definitionen);
    List<Berichtsteil> geordnet = new ArrayList<>();
    for (Gemeindeschluessel ags : gewuenscht) {
      geordnet.add(v.teil(ags).orElseThrow());
    }
    return new Veroeffentlichung(auftrag, geordnet);
  }

  @Override
  public String toString() {
    return "Veroeffentlichungsdienst";
  }
}

package de.kekiz.monitoring.veroeffentlichung;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import de.kekiz.domain.Geldbetrag;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.lernnetzwerk.Lernnetzwerktreffen;
import de.kekiz.domain.programm.Foerderprogramm;
import java.util.List;
import java.util.Map;

/**
 * The programme report for the Landeskoordinierungsstelle as one release: reach per phase, funding
 * by year and source, chain maturity across the participating Kommunen, the Lernnetzwerk's meetings
 * and the catalogue of shared practice, computed by {@link Programmrechnung} and protected by the
 * release's {@link Veroeffentlichungsauftrag}. Report adapters present it and compute nothing.
 * Immutable and thread-safe.
 *
 * @param auftrag the reference date and the protection of the release
 * @param programm the programme with its phases, budget lines and organisations
 * @param reichweiten one entry per phase, in the programme's order
 * @param haushalt one entry per year with a budget, oldest first
 * @param summeJeQuelle the money of each source over all years (unknown where a joint sum hides its
 *     share), in the order of {@link de.kekiz.domain.kommune.Finanzierungsquelle}
 * @param haushaltGesamt the exact sum of every budget line
 * @param reife the chain maturity across the Kommunen of the current phase
 * @param lernnetzwerkGespeichert whether a Lernnetzwerk of the programme is stored
 * @param treffen the Lernnetzwerk's meetings, by number
 * @param praxis the catalogue of shared practice, by meeting
 * @param namen the names of every Kommune the report names by key
 */
public record Programmveroeffentlichung(
    Veroeffentlichungsauftrag auftrag,
    Foerderprogramm programm,
    List<Phasenreichweite> reichweiten,
    List<Haushaltsjahr> haushalt,
    List<Quellenbetrag> summeJeQuelle,
    Geldbetrag haushaltGesamt,
    Reifeverteilung reife,
    boolean lernnetzwerkGespeichert,
    List<Lernnetzwerktreffen> treffen,
    List<Praxiseintrag> praxis,
    Map<Gemeindeschluessel, String> namen) {

  /** The title of the report. */
  public static final String TITEL = "Programmbericht";

  /**
   * Creates the value; each component is as the record comment describes it.
   *
   * @param auftrag the reference date and the protection of the release
   * @param programm the programme with its phases, budget lines and organisations
   * @param reichweiten one entry per phase, in the programme's order
   * @param haushalt one entry per year with a budget, oldest first
   * @param summeJeQuelle the money of each source over all years (unknown where a joint sum hides
   *     its share), in the order of {@link de.kekiz.domain.kommune.Finanzierungsquelle}
   * @param haushaltGesamt the exact sum of every budget line
   * @param reife the chain maturity across the Kommunen of the current phase
   * @param lernnetzwerkGespeichert whether a Lernnetzwerk of the programme is stored
   * @param treffen the Lernnetzwerk's meetings, by number
   * @param praxis the catalogue of shared practice, by meeting
   * @param namen the names of every Kommune the report names by key
   */
  public Programmveroeffentlichung {
    requireNonNull(auftrag, "auftrag");
    requireNonNull(programm, "programm");
    reichweiten = ImmutableList.copyOf(requireNonNull(reichweiten, "reichweiten"));
    haushalt = ImmutableList.copyOf(requireNonNull(haushalt, "haushalt"));
    summeJeQuelle = ImmutableList.copyOf(requireNonNull(summeJeQuelle, "summeJeQuelle"));
    requireNonNull(haushaltGesamt, "haushaltGesamt");
    requireNonNull(reife, "reife");
    treffen = ImmutableList.copyOf(requireNonNull(treffen, "treffen"));
    praxis = ImmutableList.copyOf(requireNonNull(praxis, "praxis"));
    namen = ImmutableMap.copyOf(requireNonNull(namen, "namen"));
  }

  /**
   * The name of a Kommune the report names.
   *
   * @param kommune the Kommune's key
   * @return its name, or its key if the report knows no name
   */
  public String name(Gemeindeschluessel kommune) {
    String n = namen.get(requireNonNull(kommune, "kommune"));
    return n != null ? n : kommune.toString();
  }
}

package de.kekiz.domain.kommune;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.Geldbetrag;
import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.Stellenanteil;
import de.kekiz.domain.Zeitraum;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A Kommune's participation in one phase of a {@link Programm}, with start and end: a Kommune can
 * take part in several phases (Modellkommune 2012, then kinderstark from 2020), so participation is
 * a relation in time, not a flag.
 *
 * <p>Rules, each reported as a {@link RegelverstossException} with the code given:
 *
 * <ul>
 *   <li>{@code teilnahme.foerderjahr-ausserhalb-zeitraum}: the calendar year of every Förderung
 *       shares at least one day with {@link #zeitraum()};
 *   <li>{@code teilnahme.foerderung-doppelt}: at most one Förderung per year and source.
 * </ul>
 *
 * <p>The Förderungen keep their order. Immutable and thread-safe.
 *
 * @param programm the programme
 * @param phase key of the programme phase, e.g. {@value #PHASE_AUSBAU_2017}: a lower-case letter
 *     followed by up to 59 lower-case letters, digits or '-'
 * @param zeitraum when the Kommune took part
 * @param foerderungen the money received, per year and source
 * @param koordination the share of a coordinator post funded, or {@code null} if not known
 */
public record Programmteilnahme(
    Programm programm,
    String phase,
    Zeitraum zeitraum,
    List<Foerderung> foerderungen,
    @Nullable Stellenanteil koordination) {

  /** Phase key: one of the 18 Modellkommunen of 2012. */
  public static final String PHASE_MODELLKOMMUNE_2012 = "modellkommune-2012";

  /** Phase key: the first expansion stage of 2017 (22 more Kommunen). */
  public static final String PHASE_AUSBAU_2017 = "ausbau-2017";

  /** Phase key: programme Kommune of kinderstark since 2020. */
  public static final String PHASE_PROGRAMMKOMMUNE_2020 = "programmkommune-2020";

  /**
   * @param programm the programme
   * @param phase key of the programme phase
   * @param zeitraum when the Kommune took part
   * @param foerderungen the money received; copied
   * @param koordination the share of a coordinator post funded, or {@code null} if not known
   * @throws IllegalArgumentException if the phase key is malformed
   * @throws de.kekiz.domain.RegelverstossException if a rule of the class comment is broken
   */
  public Programmteilnahme {
    requireNonNull(programm, "programm");
    requireNonNull(phase, "phase");
    requireNonNull(zeitraum, "zeitraum");
    foerderungen = ImmutableList.copyOf(requireNonNull(foerderungen, "foerderungen"));
    if (!Schluessel.istKennung(phase, 60)) {
      throw new IllegalArgumentException(
          "Programmphase needs a lower-case letter followed by up to 59 lower-case letters,"
              + " digits or '-', got '"
              + phase
              + "'");
    }
    String gegenstand = gegenstand(programm, phase, zeitraum);
    Set<String> gesehen = new HashSet<>();
    for (Foerderung f : foerderungen) {
      RegelverstossException.pruefe(
          Zeitraum.jahr(f.jahr()).ueberlappt(zeitraum),
          "teilnahme.foerderjahr-ausserhalb-zeitraum",
          gegenstand,
          "Foerderung for year "
              + f.jahr()
              + " ("
              + f.quelle()
              + ", "
              + f.betrag()
              + ") lies outside the participation "
              + zeitraum);
      RegelverstossException.pruefe(
          gesehen.add(f.jahr() + "/" + f.quelle()),
          "teilnahme.foerderung-doppelt",
          gegenstand,
          "more than one Foerderung for year " + f.jahr() + " from " + f.quelle());
    }
  }

  /**
   * {@return a participation without Förderungen and without a known coordinator share}
   *
   * @param programm the programme
   * @param phase key of the programme phase, e.g. {@value #PHASE_AUSBAU_2017}
   * @param zeitraum when the Kommune took part
   * @throws IllegalArgumentException if the phase key is malformed
   */
  public static Programmteilnahme of(Programm programm, String phase, Zeitraum zeitraum) {
    return new Programmteilnahme(programm, phase, zeitraum, List.of(), null);
  }

  /**
   * {@return a copy with {@code foerderung} added at the end}
   *
   * @param foerderung the money received in one year from one source
   * @throws de.kekiz.domain.RegelverstossException if its year lies outside the participation or
   *     the year and source are there already
   */
  public Programmteilnahme withFoerderung(Foerderung foerderung) {
    requireNonNull(foerderung, "foerderung");
    return new Programmteilnahme(
        programm,
        phase,
        zeitraum,
        ImmutableList.<Foerderung>builder().addAll(foerderungen).add(foerderung).build(),
        koordination);
  }

  /**
   * {@return a copy with the coordinator share {@code koordination}}
   *
   * @param koordination the share of a coordinator post funded, or {@code null} if not known
   */
  public Programmteilnahme withKoordination(@Nullable Stellenanteil koordination) {
    return new Programmteilnahme(programm, phase, zeitraum, foerderungen, koordination);
  }

  /**
   * {@return the sum of all Förderungen of every year, {@link Geldbetrag#NULL} if there is none}
   */
  public Geldbetrag foerderungInsgesamt() {
    Geldbetrag summe = Geldbetrag.NULL;
    for (Foerderung f : foerderungen) {
      summe = summe.plus(f.betrag());
    }
    return summe;
  }

  /**
   * {@return the sum of all Förderungen for {@code jahr}, {@link Geldbetrag#NULL} if there is none}
   *
   * @param jahr the calendar year
   */
  public Geldbetrag foerderung(int jahr) {
    Geldbetrag summe = Geldbetrag.NULL;
    for (Foerderung f : foerderungen) {
      if (f.jahr() == jahr) {
        summe = summe.plus(f.betrag());
      }
    }
    return summe;
  }

  /**
   * The phase's name for a reader, never its key: "Modellkommune 2012", "Ausbaustufe 2017",
   * "Programmkommune seit 2020" for the phases kekiz knows; for another key its words with the
   * first one capitalised ({@code sonderphase-2025} gives "Sonderphase 2025").
   *
   * @return the German name of the phase
   */
  public String phasenname() {
    return switch (phase) {
      case PHASE_MODELLKOMMUNE_2012 -> "Modellkommune 2012";
      case PHASE_AUSBAU_2017 -> "Ausbaustufe 2017";
      case PHASE_PROGRAMMKOMMUNE_2020 -> "Programmkommune seit 2020";
      default -> Character.toUpperCase(phase.charAt(0)) + phase.substring(1).replace('-', ' ');
    };
  }

  /**
   * {@return whether the participation runs on {@code tag}}
   *
   * @param tag the day asked about
   */
  public boolean laeuftAm(LocalDate tag) {
    return zeitraum.enthaelt(tag);
  }

  /**
   * {@return whether {@code other} is for the same programme (by key) and the same phase}
   *
   * @param other another participation
   */
  public boolean gleichePhase(Programmteilnahme other) {
    return programm.key().equals(other.programm.key()) && phase.equals(other.phase);
  }

  private static String gegenstand(Programm programm, String phase, Zeitraum zeitraum) {
    return "Programmteilnahme " + programm.key() + "/" + phase + " " + zeitraum;
  }
}

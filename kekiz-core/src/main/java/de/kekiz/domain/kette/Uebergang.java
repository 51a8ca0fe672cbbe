package de.kekiz.domain.kette;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.internal.Pruefung;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A transition between two Lebensphasen where children get lost unless it is bridged: Familie →
 * Kita → Grundschule → weiterführende Schule → Ausbildung/Beruf.
 *
 * <p>A transition can name the indicators that measure whether it succeeds (Kita → Grundschule: the
 * findings of the school entry examination; Grundschule → weiterführende Schule: the
 * Übergangsquote), so that "bridged" can be measured and not only read from the Angebote tagged
 * with the transition. The {@link Praeventionskette} checks nothing about these keys: indicators
 * live in their own aggregate.
 *
 * <p>Rules: it leads from one phase to another ({@code uebergang.von-gleich-nach}); an indicator is
 * named once ({@code uebergang.indikator-doppelt}); the {@link Praeventionskette} checks that both
 * phases exist and that {@code vonPhase} comes first. Immutable and thread-safe.
 *
 * @param key the key, unique in the chain (lower-case letters, digits, '-'), e.g. {@code
 *     kita-grundschule}
 * @param name the German name, e.g. {@code Kita → Grundschule}
 * @param vonPhase the key of the phase the child leaves
 * @param nachPhase the key of the phase the child enters
 * @param indikatoren the indicators that measure the transition, in the order given; may be empty
 */
public record Uebergang(
    String key, String name, String vonPhase, String nachPhase, List<IndikatorKey> indikatoren) {

  /** Short names of the standard phases as used for transitions ("Familie → Kita"). */
  private static final ImmutableMap<String, String> KURZNAMEN =
      ImmutableMap.of(
          Lebensphase.SCHWANGERSCHAFT_GEBURT.key(), "Familie",
          Lebensphase.KITA.key(), "Kita",
          Lebensphase.GRUNDSCHULE.key(), "Grundschule",
          Lebensphase.WEITERFUEHRENDE_SCHULE.key(), "Weiterführende Schule",
          Lebensphase.SCHULE_BERUF.key(), "Ausbildung/Beruf");

  /**
   * @param key the key, unique in the chain (lower-case letters, digits, '-')
   * @param name the German name, not blank
   * @param vonPhase the key of the phase the child leaves
   * @param nachPhase the key of the phase the child enters, not {@code vonPhase}
   * @param indikatoren the indicators that measure the transition, each once
   * @throws IllegalArgumentException if a key is malformed or the name blank
   * @throws RegelverstossException if both phases are the same or an indicator is named twice
   */
  public Uebergang {
    Pruefung.key(key, "Uebergang key");
    Pruefung.text(name, "Uebergang name");
    Pruefung.key(vonPhase, "Uebergang vonPhase");
    Pruefung.key(nachPhase, "Uebergang nachPhase");
    RegelverstossException.pruefe(
        !vonPhase.equals(nachPhase),
        "uebergang.von-gleich-nach",
        "Übergang " + key,
        "leads from phase '" + vonPhase + "' to the same phase '" + nachPhase + "'");
    indikatoren = ImmutableList.copyOf(requireNonNull(indikatoren, "indikatoren"));
    Set<IndikatorKey> gesehen = new HashSet<>();
    for (IndikatorKey i : indikatoren) {
      RegelverstossException.pruefe(
          gesehen.add(i),
          "uebergang.indikator-doppelt",
          "Übergang " + key,
          "names indicator '" + i + "' twice");
    }
  }

  /**
   * A transition measured by no indicator.
   *
   * @param key the key, unique in the chain (lower-case letters, digits, '-')
   * @param name the German name, not blank
   * @param vonPhase the key of the phase the child leaves
   * @param nachPhase the key of the phase the child enters, not {@code vonPhase}
   * @throws IllegalArgumentException if a key is malformed or the name blank
   * @throws RegelverstossException if both phases are the same
   */
  public Uebergang(String key, String name, String vonPhase, String nachPhase) {
    this(key, name, vonPhase, nachPhase, List.of());
  }

  /**
   * Same as the constructor: a transition measured by no indicator.
   *
   * @param key the key, unique in the chain (lower-case letters, digits, '-')
   * @param name the German name, not blank
   * @param vonPhase the key of the phase the child leaves
   * @param nachPhase the key of the phase the child enters, not {@code vonPhase}
   * @return the transition
   * @throws IllegalArgumentException if a key is malformed or the name blank
   * @throws RegelverstossException if both phases are the same
   */
  public static Uebergang of(String key, String name, String vonPhase, String nachPhase) {
    return new Uebergang(key, name, vonPhase, nachPhase);
  }

  /**
   * {@return the same transition measured by {@code indikatoren} (replacing those named before)}
   *
   * @param indikatoren the indicators, each once
   * @throws RegelverstossException if an indicator is named twice
   */
  public Uebergang withIndikatoren(IndikatorKey... indikatoren) {
    return new Uebergang(key, name, vonPhase, nachPhase, Arrays.asList(indikatoren));
  }

  /** {@return whether the transition names at least one indicator that measures it} */
  public boolean gemessen() {
    return !indikatoren.isEmpty();
  }

  /**
   * The Übergang from {@code von} to {@code nach}, keyed {@code <von>-<nach>} (e.g. {@code
   * kita-grundschule}) and named with the phases' short names ({@code Kita → Grundschule}; the
   * first standard phase is called {@code Familie}, the last {@code Ausbildung/Beruf}; other phases
   * go by their name).
   *
   * @param von the phase the child leaves
   * @param nach the phase the child enters
   * @return the transition, measured by no indicator
   * @throws IllegalArgumentException if the joined key gets longer than 60 characters
   * @throws RegelverstossException if both phases have the same key
   */
  public static Uebergang zwischen(Lebensphase von, Lebensphase nach) {
    requireNonNull(von, "von");
    requireNonNull(nach, "nach");
    return new Uebergang(
        von.key() + "-" + nach.key(),
        kurzname(von) + " → " + kurzname(nach),
        von.key(),
        nach.key());
  }

  /**
   * {@return the Übergänge between consecutive phases of {@code phasen}, in order; empty for fewer
   * than two phases}
   *
   * @param phasen the phases, ordered by age
   * @throws IllegalArgumentException if a joined key gets longer than 60 characters
   */
  public static ImmutableList<Uebergang> standard(List<Lebensphase> phasen) {
    ImmutableList.Builder<Uebergang> b = ImmutableList.builder();
    for (int i = 1; i < phasen.size(); i++) {
      b.add(zwischen(phasen.get(i - 1), phasen.get(i)));
    }
    return b.build();
  }

  private static String kurzname(Lebensphase phase) {
    return KURZNAMEN.getOrDefault(phase.key(), phase.name());
  }
}

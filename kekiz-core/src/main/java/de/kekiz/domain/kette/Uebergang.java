package de.kekiz.domain.kette;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.internal.Pruefung;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import de.kekiz.domain.Regelverstoss;
import java.util.List;

/**
 * A transition between two Lebensphasen where children get lost unless it is bridged: Familie →
 * Kita → Grundschule → weiterführende Schule → Ausbildung/Beruf.
 *
 * <p>Rule: it leads from one phase to another ({@code uebergang.von-gleich-nach}); the {@link
 * Praeventionskette} checks that both phases exist and that {@code vonPhase} comes first. Immutable
 * and thread-safe.
 *
 * @param key the key, unique in the chain (lower-case letters, digits, '-'), e.g. {@code
 *     kita-grundschule}
 * @param name the German name, e.g. {@code Kita → Grundschule}
 * @param vonPhase the key of the phase the child leaves
 * @param nachPhase the key of the phase the child enters
 */
public record Uebergang(String key, String name, String vonPhase, String nachPhase) {

  /** Short names of the standard phases as used for transitions ("Familie → Kita"). */
  private static final ImmutableMap<String, String> KURZNAMEN =
      ImmutableMap.of(
          Lebensphase.SCHWANGERSCHAFT_GEBURT.key(), "Familie",
          Lebensphase.KITA.key(), "Kita",
          Lebensphase.GRUNDSCHULE.key(), "Grundschule",
          Lebensphase.WEITERFUEHRENDE_SCHULE.key(), "Weiterführende Schule",
          Lebensphase.SCHULE_BERUF.key(), "Ausbildung/Beruf");

  public Uebergang {
    Pruefung.key(key, "Uebergang key");
    Pruefung.text(name, "Uebergang name");
    Pruefung.key(vonPhase, "Uebergang vonPhase");
    Pruefung.key(nachPhase, "Uebergang nachPhase");
    Regelverstoss.pruefe(
        !vonPhase.equals(nachPhase),
        "uebergang.von-gleich-nach",
        "Übergang " + key,
        "leads from phase '" + vonPhase + "' to the same phase '" + nachPhase + "'");
  }

  /** Same as the constructor. */
  public static Uebergang of(String key, String name, String vonPhase, String nachPhase) {
    return new Uebergang(key, name, vonPhase, nachPhase);
  }

  /**
   * The Übergang from {@code von} to {@code nach}, keyed {@code <von>-<nach>} (e.g. {@code
   * kita-grundschule}) and named with the phases' short names ({@code Kita → Grundschule}; the
   * first standard phase is called {@code Familie}, the last {@code Ausbildung/Beruf}; other phases
   * go by their name).
   *
   * @throws IllegalArgumentException if the joined key gets longer than 60 characters
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

  /** The Übergänge between consecutive phases of {@code phasen}, in order. */
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

package de.kekiz.domain.kette;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.internal.Pruefung;

/**
 * A phase of a child's life along which a Präventionskette is built, with the ages it spans.
 *
 * <p>Phases are configurable per Kommune (some chains cover only the ages 0–10); {@link
 * #standard()} gives the five used in the programme. Immutable and thread-safe.
 *
 * @param key the key, unique in the chain (lower-case letters, digits, '-'), e.g. {@code kita}
 * @param name the German name, e.g. {@code Rund um die Kita}
 * @param alter the ages in completed years the phase spans
 */
public record Lebensphase(String key, String name, Altersspanne alter) {

  /** Rund um Schwangerschaft und Geburt, age 0. */
  public static final Lebensphase SCHWANGERSCHAFT_GEBURT =
      new Lebensphase(
          "schwangerschaft-geburt", "Rund um Schwangerschaft und Geburt", Altersspanne.of(0, 0));

  /** Rund um die Kita, ages 1–5. */
  public static final Lebensphase KITA =
      new Lebensphase("kita", "Rund um die Kita", Altersspanne.of(1, 5));

  /** Grundschule, ages 6–9. */
  public static final Lebensphase GRUNDSCHULE =
      new Lebensphase("grundschule", "Grundschule", Altersspanne.of(6, 9));

  /** Weiterführende Schule und Jugendphase, ages 10–15. */
  public static final Lebensphase WEITERFUEHRENDE_SCHULE =
      new Lebensphase(
          "weiterfuehrende-schule",
          "Weiterführende Schule und Jugendphase",
          Altersspanne.of(10, 15));

  /** Übergang Schule–Beruf, ages 16–24. */
  public static final Lebensphase SCHULE_BERUF =
      new Lebensphase("schule-beruf", "Übergang Schule–Beruf", Altersspanne.of(16, 24));

  /**
   * @param key the key, unique in the chain (lower-case letters, digits, '-')
   * @param name the German name, not blank
   * @param alter the ages in completed years the phase spans
   * @throws IllegalArgumentException if the key is malformed or the name blank
   */
  public Lebensphase {
    Pruefung.key(key, "Lebensphase key");
    Pruefung.text(name, "Lebensphase name");
    requireNonNull(alter, "alter");
  }

  /**
   * Same as the constructor.
   *
   * @param key the key, unique in the chain (lower-case letters, digits, '-'), e.g. {@code kita}
   * @param name the German name, not blank
   * @param alter the ages in completed years the phase spans
   * @return the Lebensphase
   * @throws IllegalArgumentException if the key is malformed or the name blank
   */
  public static Lebensphase of(String key, String name, Altersspanne alter) {
    return new Lebensphase(key, name, alter);
  }

  /** {@return the five standard phases from pregnancy to working life, ordered by age} */
  public static ImmutableList<Lebensphase> standard() {
    return ImmutableList.of(
        SCHWANGERSCHAFT_GEBURT, KITA, GRUNDSCHULE, WEITERFUEHRENDE_SCHULE, SCHULE_BERUF);
  }
}

package de.kekiz.domain.kette;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.internal.Pruefung;

/**
 * A field of action a Präventionskette links: Gesundheit, Bildung, Kinder- und Jugendhilfe,
 * Soziales, often also Arbeit, Integration and Sport. Immutable and thread-safe.
 *
 * @param key the key, unique in the chain (lower-case letters, digits, '-'), e.g. {@code
 *     jugendhilfe}
 * @param name the German name, e.g. {@code Kinder- und Jugendhilfe}
 */
public record Handlungsfeld(String key, String name) {

  /** Gesundheit. */
  public static final Handlungsfeld GESUNDHEIT = new Handlungsfeld("gesundheit", "Gesundheit");

  /** Bildung. */
  public static final Handlungsfeld BILDUNG = new Handlungsfeld("bildung", "Bildung");

  /** Kinder- und Jugendhilfe. */
  public static final Handlungsfeld JUGENDHILFE =
      new Handlungsfeld("jugendhilfe", "Kinder- und Jugendhilfe");

  /** Soziales. */
  public static final Handlungsfeld SOZIALES = new Handlungsfeld("soziales", "Soziales");

  /** Arbeit (Jobcenter, Agentur für Arbeit). */
  public static final Handlungsfeld ARBEIT = new Handlungsfeld("arbeit", "Arbeit");

  /** Integration. */
  public static final Handlungsfeld INTEGRATION = new Handlungsfeld("integration", "Integration");

  /** Sport. */
  public static final Handlungsfeld SPORT = new Handlungsfeld("sport", "Sport");

  /**
   * @param key the key, unique in the chain (lower-case letters, digits, '-')
   * @param name the German name, not blank
   * @throws IllegalArgumentException if the key is malformed or the name blank
   */
  public Handlungsfeld {
    Pruefung.key(key, "Handlungsfeld key");
    Pruefung.text(name, "Handlungsfeld name");
  }

  /**
   * Same as the constructor.
   *
   * @param key the key, unique in the chain (lower-case letters, digits, '-')
   * @param name the German name, not blank
   * @return the Handlungsfeld
   * @throws IllegalArgumentException if the key is malformed or the name blank
   */
  public static Handlungsfeld of(String key, String name) {
    return new Handlungsfeld(key, name);
  }

  /**
   * The seven standard fields in the order gesundheit, bildung, jugendhilfe, soziales, arbeit,
   * integration, sport.
   *
   * @return the standard fields
   */
  public static ImmutableList<Handlungsfeld> standard() {
    return ImmutableList.of(GESUNDHEIT, BILDUNG, JUGENDHILFE, SOZIALES, ARBEIT, INTEGRATION, SPORT);
  }
}

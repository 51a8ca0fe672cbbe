package de.kekiz.domain;

import org.jspecify.annotations.Nullable;

/**
 * An age range in completed years, both ends inclusive; {@code bis} absent means "and older".
 *
 * <p>Examples: {@code 0-2} (under three), {@code 6-14}, {@code 80+}. Text form as in these
 * examples; {@link #parse(CharSequence)} reads what {@link #toString()} writes. Used for population
 * groups, the ages an Angebot addresses and the span of a Lebensphase.
 *
 * @param von lowest age in completed years, at least 0
 * @param bis highest age (inclusive), or {@code null} for "and older"
 */
public record Altersspanne(int von, @Nullable Integer bis) implements Comparable<Altersspanne> {

  /** Upper limit for any age bound; an age above it is taken for an input error. */
  public static final int HOECHSTALTER = 130;

  /**
   * @param von lowest age in completed years
   * @param bis highest age (inclusive), or {@code null} for "and older"
   * @throws IllegalArgumentException if {@code von} is not between 0 and {@value #HOECHSTALTER}, or
   *     {@code bis} is below {@code von} or above {@value #HOECHSTALTER}
   */
  public Altersspanne {
    if (von < 0 || von > HOECHSTALTER) {
      throw new IllegalArgumentException(
          "Altersspanne needs a lower age between 0 and " + HOECHSTALTER + ", got " + von);
    }
    if (bis != null && (bis < von || bis > HOECHSTALTER)) {
      throw new IllegalArgumentException(
          "Altersspanne needs an upper age between "
              + von
              + " and "
              + HOECHSTALTER
              + ", got "
              + bis);
    }
  }

  /**
   * {@return ages {@code von} to {@code bis}, both inclusive}
   *
   * @param von lowest age in completed years, 0 to {@value #HOECHSTALTER}
   * @param bis highest age in completed years, {@code von} to {@value #HOECHSTALTER}
   * @throws IllegalArgumentException if an age is out of these bounds
   */
  public static Altersspanne of(int von, int bis) {
    return new Altersspanne(von, bis);
  }

  /**
   * {@return ages {@code von} and older}
   *
   * @param von lowest age in completed years, 0 to {@value #HOECHSTALTER}
   * @throws IllegalArgumentException if {@code von} is out of these bounds
   */
  public static Altersspanne ab(int von) {
    return new Altersspanne(von, null);
  }

  /**
   * {@return children under {@code jahre} years: ages {@code 0} to {@code jahre - 1}}
   *
   * @param jahre the first age no longer included, 1 to {@value #HOECHSTALTER} + 1
   * @throws IllegalArgumentException if {@code jahre} is below 1 or above {@value #HOECHSTALTER} +
   *     1
   */
  public static Altersspanne unter(int jahre) {
    if (jahre < 1) {
      throw new IllegalArgumentException("'unter' needs at least 1 year, got " + jahre);
    }
    return new Altersspanne(0, jahre - 1);
  }

  /**
   * Reads {@code 6-14} or {@code 80+}.
   *
   * @param text the text form; blanks around the numbers are ignored
   * @return the age range
   * @throws IllegalArgumentException quoting the input if it is neither, or if an age is out of
   *     bounds
   */
  public static Altersspanne parse(CharSequence text) {
    String s = text.toString().strip();
    try {
      if (s.endsWith("+")) {
        return ab(Integer.parseInt(s.substring(0, s.length() - 1).strip()));
      }
      int dash = s.indexOf('-');
      if (dash > 0) {
        return of(
            Integer.parseInt(s.substring(0, dash).strip()),
            Integer.parseInt(s.substring(dash + 1).strip()));
      }
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Altersspanne needs the form '6-14' or '80+', got '" + text + "'", e);
    }
    throw new IllegalArgumentException(
        "Altersspanne needs the form '6-14' or '80+', got '" + text + "'");
  }

  /**
   * {@return whether a person of {@code alter} completed years falls in this range}
   *
   * @param alter an age in completed years
   */
  public boolean enthaelt(int alter) {
    return alter >= von && (bis == null || alter <= bis);
  }

  /**
   * {@return whether {@code other} lies wholly inside this range}
   *
   * @param other the range to test
   */
  public boolean umfasst(Altersspanne other) {
    if (other.von < von) {
      return false;
    }
    if (bis == null) {
      return true;
    }
    return other.bis != null && other.bis <= bis;
  }

  /**
   * {@return whether the two ranges share at least one age}
   *
   * @param other the range to compare with
   */
  public boolean ueberlappt(Altersspanne other) {
    boolean a = bis == null || other.von <= bis;
    boolean b = other.bis == null || von <= other.bis;
    return a && b;
  }

  @Override
  public int compareTo(Altersspanne o) {
    int c = Integer.compare(von, o.von);
    if (c != 0) {
      return c;
    }
    int mine = bis == null ? Integer.MAX_VALUE : bis;
    int theirs = o.bis == null ? Integer.MAX_VALUE : o.bis;
    return Integer.compare(mine, theirs);
  }

  @Override
  public String toString() {
    return bis == null ? von + "+" : von + "-" + bis;
  }
}

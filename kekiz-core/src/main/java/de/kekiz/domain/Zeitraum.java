package de.kekiz.domain;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A period of days, both ends inclusive, open-ended when {@code bis} is absent: the validity of a
 * Sozialraum version, an indicator definition, a programme participation.
 *
 * <p>Text form: {@code 2017-01-01..2018-12-31}, or {@code 2017-01-01..} when open; {@link
 * #parse(CharSequence)} reads what {@link #toString()} writes. Immutable and thread-safe.
 *
 * @param von first day (inclusive)
 * @param bis last day (inclusive), or {@code null} when the period has no end
 */
public record Zeitraum(LocalDate von, @Nullable LocalDate bis) implements Comparable<Zeitraum> {

  /**
   * @param von first day (inclusive)
   * @param bis last day (inclusive), or {@code null} when the period has no end
   * @throws IllegalArgumentException if {@code bis} is before {@code von}
   */
  public Zeitraum {
    requireNonNull(von, "von");
    if (bis != null && bis.isBefore(von)) {
      throw new IllegalArgumentException(
          "Zeitraum ends before it starts: von " + von + ", bis " + bis);
    }
  }

  /**
   * {@return a period from {@code von} to {@code bis}, both inclusive}
   *
   * @param von the first day
   * @param bis the last day, not before {@code von}
   * @throws IllegalArgumentException if {@code bis} is before {@code von}
   */
  public static Zeitraum of(LocalDate von, LocalDate bis) {
    return new Zeitraum(von, requireNonNull(bis, "bis"));
  }

  /**
   * {@return an open-ended period starting at {@code von}}
   *
   * @param von the first day
   */
  public static Zeitraum ab(LocalDate von) {
    return new Zeitraum(von, null);
  }

  /**
   * {@return the calendar year {@code jahr}, 1 January to 31 December}
   *
   * @param jahr the year
   */
  public static Zeitraum jahr(int jahr) {
    return of(LocalDate.of(jahr, 1, 1), LocalDate.of(jahr, 12, 31));
  }

  /**
   * Reads the text form {@code von..bis} or {@code von..}.
   *
   * @param text the text form, as {@link #toString()} writes it
   * @return the period
   * @throws IllegalArgumentException quoting the input if it is not of that form, or if it ends
   *     before it starts
   */
  public static Zeitraum parse(CharSequence text) {
    String s = text.toString();
    int sep = s.indexOf("..");
    if (sep < 0) {
      throw new IllegalArgumentException(
          "Zeitraum needs the form 'yyyy-mm-dd..yyyy-mm-dd' or 'yyyy-mm-dd..', got '" + s + "'");
    }
    try {
      LocalDate von = LocalDate.parse(s.substring(0, sep));
      String rest = s.substring(sep + 2);
      return new Zeitraum(von, rest.isEmpty() ? null : LocalDate.parse(rest));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "Zeitraum needs the form 'yyyy-mm-dd..yyyy-mm-dd' or 'yyyy-mm-dd..', got '" + s + "'", e);
    }
  }

  /** {@return the last day, or empty when the period is open-ended} */
  public Optional<LocalDate> ende() {
    return Optional.ofNullable(bis);
  }

  /** {@return whether the period has no end} */
  public boolean offen() {
    return bis == null;
  }

  /**
   * {@return whether {@code tag} lies inside the period, ends included}
   *
   * @param tag the day to test
   */
  public boolean enthaelt(LocalDate tag) {
    return !tag.isBefore(von) && (bis == null || !tag.isAfter(bis));
  }

  /**
   * Whether something with the validity {@code gueltigkeit} is valid on {@code tag}: a validity
   * that is not recorded ({@code null}) counts as valid on every day, so that data without dates
   * keep meaning what they meant before validity was recorded.
   *
   * @param gueltigkeit the validity, or {@code null} when none is recorded
   * @param tag the day to test
   * @return whether {@code gueltigkeit} is absent or contains {@code tag}
   */
  public static boolean gilt(@Nullable Zeitraum gueltigkeit, LocalDate tag) {
    requireNonNull(tag, "tag");
    return gueltigkeit == null || gueltigkeit.enthaelt(tag);
  }

  /**
   * {@return whether {@code other} lies wholly inside this period}
   *
   * @param other the period to test; an open-ended one fits only into an open-ended one
   */
  public boolean umfasst(Zeitraum other) {
    if (other.von.isBefore(von)) {
      return false;
    }
    if (bis == null) {
      return true;
    }
    return other.bis != null && !other.bis.isAfter(bis);
  }

  /**
   * {@return whether the two periods share at least one day}
   *
   * @param other the period to compare with
   */
  public boolean ueberlappt(Zeitraum other) {
    boolean otherStartsBeforeMyEnd = bis == null || !other.von.isAfter(bis);
    boolean myStartBeforeOtherEnd = other.bis == null || !von.isAfter(other.bis);
    return otherStartsBeforeMyEnd && myStartBeforeOtherEnd;
  }

  /** Orders by start, then by end (open-ended last). */
  @Override
  public int compareTo(Zeitraum o) {
    int c = von.compareTo(o.von);
    if (c != 0) {
      return c;
    }
    if (bis == null) {
      return o.bis == null ? 0 : 1;
    }
    return o.bis == null ? -1 : bis.compareTo(o.bis);
  }

  @Override
  public String toString() {
    return von + ".." + (bis == null ? "" : bis.toString());
  }
}

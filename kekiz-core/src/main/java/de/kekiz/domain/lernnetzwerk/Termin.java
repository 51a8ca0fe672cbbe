package de.kekiz.domain.lernnetzwerk;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A day as far as a source states it: "am 13. September" names day and month but no year, "Anfang
 * des Monats" names nothing that can be kept. Every part may be missing; none is guessed. Immutable
 * and thread-safe.
 *
 * @param jahr the year, or {@code null} if not stated
 * @param monat the month, or {@code null} if not stated
 * @param tag the day of the month, or {@code null} if not stated; needs {@code monat}
 */
public record Termin(@Nullable Integer jahr, @Nullable Month monat, @Nullable Integer tag) {

  /**
   * @param jahr the year, or {@code null} if not stated
   * @param monat the month, or {@code null} if not stated
   * @param tag the day of the month, or {@code null} if not stated
   * @throws IllegalArgumentException if a day is given without a month, or the day does not exist
   *     in the month (of the year, if given)
   */
  public Termin {
    if (tag != null) {
      if (monat == null) {
        throw new IllegalArgumentException("Termin with day " + tag + " needs a month");
      }
      try {
        if (jahr != null) {
          LocalDate.of(jahr, monat, tag);
        } else {
          MonthDay.of(monat, tag);
        }
      } catch (DateTimeException e) {
        throw new IllegalArgumentException(
            "Termin needs a day that exists, got "
                + tag
                + " "
                + monat
                + (jahr == null ? "" : " " + jahr),
            e);
      }
    }
  }

  /** {@return a Termin of which nothing is stated} */
  public static Termin unbekannt() {
    return new Termin(null, null, null);
  }

  /**
   * {@return a Termin with day and month stated, the year not}
   *
   * @param monat the month
   * @param tag the day of the month
   * @throws IllegalArgumentException if the day does not exist in the month (29 February does)
   */
  public static Termin ohneJahr(Month monat, int tag) {
    return new Termin(null, monat, tag);
  }

  /**
   * {@return a Termin with year, month and day of {@code datum}}
   *
   * @param datum the full date
   */
  public static Termin am(LocalDate datum) {
    return new Termin(datum.getYear(), datum.getMonth(), datum.getDayOfMonth());
  }

  /** {@return the date if year, month and day are all stated, otherwise empty} */
  public Optional<LocalDate> datum() {
    return jahr != null && monat != null && tag != null
        ? Optional.of(LocalDate.of(jahr, monat, tag))
        : Optional.empty();
  }

  /**
   * German display form: {@code "13. September 2017"}, {@code "13. September (Jahr nicht
   * angegeben)"}, {@code "2017"}, {@code "nicht angegeben"}.
   *
   * @return the German text, never empty
   */
  public String deutsch() {
    StringBuilder s = new StringBuilder();
    if (tag != null) {
      s.append(tag).append(". ");
    }
    if (monat != null) {
      s.append(monat.getDisplayName(TextStyle.FULL, Locale.GERMANY));
    }
    if (jahr != null) {
      s.append(s.length() > 0 ? " " : "").append(jahr);
    } else if (s.length() > 0) {
      s.append(" (Jahr nicht angegeben)");
    }
    return s.length() == 0 ? "nicht angegeben" : s.toString();
  }
}

package de.kekiz.domain.indikator;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.Zeitraum;
import java.time.LocalDate;
import java.time.MonthDay;
import org.jspecify.annotations.Nullable;

/**
 * The period an observation refers to: a calendar year, half-year, quarter or month, or a school
 * year (1 August to 31 July).
 *
 * <p>Text form, read back by {@link #parse(CharSequence)}:
 *
 * <table>
 *   <caption>Text form by periodicity</caption>
 *   <tr><th>{@link Periodizitaet}</th><th>text</th><th>{@code nummer}</th><th>days</th></tr>
 *   <tr><td>JAEHRLICH</td><td>{@code 2023}</td><td>1</td><td>2023-01-01..2023-12-31</td></tr>
 *   <tr><td>HALBJAEHRLICH</td><td>{@code 2023-S2}</td><td>1-2</td>
 *       <td>2023-07-01..2023-12-31</td></tr>
 *   <tr><td>QUARTALSWEISE</td><td>{@code 2023-Q2}</td><td>1-4</td>
 *       <td>2023-04-01..2023-06-30</td></tr>
 *   <tr><td>MONATLICH</td><td>{@code 2023-03}</td><td>1-12</td><td>2023-03-01..2023-03-31</td></tr>
 *   <tr><td>SCHULJAHR</td><td>{@code 2023/24}</td><td>1</td><td>2023-08-01..2024-07-31</td></tr>
 * </table>
 *
 * <p>{@code jahr} is the calendar year the period starts in (for a school year: the year of its
 * August). Ordered by first day, then by kind (in the order of {@link Periodizitaet}), which is
 * consistent with {@code equals}. Construction does no text work. Immutable and thread-safe.
 *
 * @param art the kind of period
 * @param jahr the year the period starts in, {@value #KLEINSTES_JAHR} to {@value #GROESSTES_JAHR}
 * @param nummer the half-year, quarter or month within the year; 1 for years and school years
 */
public record Periode(Periodizitaet art, int jahr, int nummer) implements Comparable<Periode> {

  /** The earliest year accepted (the text form has four digits). */
  public static final int KLEINSTES_JAHR = 1000;

  /** The latest year accepted (the text form has four digits). */
  public static final int GROESSTES_JAHR = 9999;

  /** The month a school year starts in (August). */
  private static final int SCHULJAHR_BEGINNMONAT = 8;

  private static final String FORM =
      "Periode needs the form '2023', '2023-S1', '2023-Q2', '2023-03' or '2023/24', got '";

  /**
   * Checks year and number.
   *
   * @param art the kind of period
   * @param jahr the year the period starts in
   * @param nummer the half-year, quarter or month within the year; 1 for years and school years
   * @throws IllegalArgumentException quoting a year outside the four-digit range or a number
   *     outside the kind's range
   */
  public Periode {
    requireNonNull(art, "art");
    if (jahr < KLEINSTES_JAHR || jahr > GROESSTES_JAHR) {
      throw new IllegalArgumentException(
          "Periode needs a year from "
              + KLEINSTES_JAHR
              + " to "
              + GROESSTES_JAHR
              + ", got "
              + jahr);
    }
    int hoechste = art.periodenProJahr();
    if (nummer < 1 || nummer > hoechste) {
      throw new IllegalArgumentException(
          "Periode of kind " + art + " needs a number from 1 to " + hoechste + ", got " + nummer);
    }
  }

  /**
   * {@return the period of kind {@code art} with the given year and number}
   *
   * @param art the kind of period
   * @param jahr the year the period starts in, {@value #KLEINSTES_JAHR} to {@value #GROESSTES_JAHR}
   * @param nummer the half-year, quarter or month within the year; 1 for years and school years
   * @throws IllegalArgumentException if the year or the number is out of range
   */
  public static Periode of(Periodizitaet art, int jahr, int nummer) {
    return new Periode(art, jahr, nummer);
  }

  /**
   * {@return the calendar year {@code jahr}, e.g. {@code 2023}}
   *
   * @param jahr the year, {@value #KLEINSTES_JAHR} to {@value #GROESSTES_JAHR}
   * @throws IllegalArgumentException if the year is out of range
   */
  public static Periode jahr(int jahr) {
    return new Periode(Periodizitaet.JAEHRLICH, jahr, 1);
  }

  /**
   * {@return half-year {@code halbjahr} of {@code jahr}, e.g. {@code 2023-S1}}
   *
   * @param jahr the year, {@value #KLEINSTES_JAHR} to {@value #GROESSTES_JAHR}
   * @param halbjahr 1 or 2
   * @throws IllegalArgumentException if the year or the half-year is out of range
   */
  public static Periode halbjahr(int jahr, int halbjahr) {
    return new Periode(Periodizitaet.HALBJAEHRLICH, jahr, halbjahr);
  }

  /**
   * {@return quarter {@code quartal} of {@code jahr}, e.g. {@code 2023-Q2}}
   *
   * @param jahr the year, {@value #KLEINSTES_JAHR} to {@value #GROESSTES_JAHR}
   * @param quartal 1 to 4
   * @throws IllegalArgumentException if the year or the quarter is out of range
   */
  public static Periode quartal(int jahr, int quartal) {
    return new Periode(Periodizitaet.QUARTALSWEISE, jahr, quartal);
  }

  /**
   * {@return month {@code monat} of {@code jahr}, e.g. {@code 2023-03}}
   *
   * @param jahr the year, {@value #KLEINSTES_JAHR} to {@value #GROESSTES_JAHR}
   * @param monat 1 to 12
   * @throws IllegalArgumentException if the year or the month is out of range
   */
  public static Periode monat(int jahr, int monat) {
    return new Periode(Periodizitaet.MONATLICH, jahr, monat);
  }

  /**
   * {@return the school year starting on 1 August {@code beginnJahr}, e.g. {@code 2023/24}}
   *
   * @param beginnJahr the year it starts in, {@value #KLEINSTES_JAHR} to {@value #GROESSTES_JAHR}
   * @throws IllegalArgumentException if the year is out of range
   */
  public static Periode schuljahr(int beginnJahr) {
    return new Periode(Periodizitaet.SCHULJAHR, beginnJahr, 1);
  }

  /**
   * {@return the period of kind {@code art} that contains {@code tag}}
   *
   * @param art the kind of period
   * @param tag the day
   * @throws IllegalArgumentException if the period's year is out of range
   */
  public static Periode am(Periodizitaet art, LocalDate tag) {
    requireNonNull(art, "art");
    requireNonNull(tag, "tag");
    int monat = tag.getMonthValue();
    if (art == Periodizitaet.SCHULJAHR) {
      return schuljahr(monat >= SCHULJAHR_BEGINNMONAT ? tag.getYear() : tag.getYear() - 1);
    }
    return new Periode(art, tag.getYear(), (monat - 1) / art.monate() + 1);
  }

  /**
   * Reads the text form (see the class comment); surrounding whitespace is ignored.
   *
   * @param text the text form, e.g. {@code 2023-Q2}
   * @return the period
   * @throws IllegalArgumentException quoting the input if it is not of that form, e.g. for {@code
   *     2023/25} (the second year of a school year must follow the first)
   */
  public static Periode parse(CharSequence text) {
    requireNonNull(text, "text");
    String s = text.toString().strip();
    int jahr = s.length() == 4 || s.length() == 7 ? ziffern(s, 0, 4) : -1;
    if (jahr < 0) {
      throw new IllegalArgumentException(FORM + s + "'");
    }
    Periodizitaet art;
    int nummer;
    if (s.length() == 4) {
      art = Periodizitaet.JAEHRLICH;
      nummer = 1;
    } else if (s.charAt(4) == '/') {
      int folgejahr = ziffern(s, 5, 7);
      if (folgejahr < 0) {
        throw new IllegalArgumentException(FORM + s + "'");
      }
      if (folgejahr != (jahr + 1) % 100) {
        throw new IllegalArgumentException(
            "School year '"
                + s
                + "' needs the second year to follow the first, as in '"
                + schuljahrText(jahr)
                + "'");
      }
      art = Periodizitaet.SCHULJAHR;
      nummer = 1;
    } else if (s.charAt(4) == '-' && (s.charAt(5) == 'S' || s.charAt(5) == 'Q')) {
      art = s.charAt(5) == 'S' ? Periodizitaet.HALBJAEHRLICH : Periodizitaet.QUARTALSWEISE;
      nummer = ziffern(s, 6, 7);
    } else if (s.charAt(4) == '-') {
      art = Periodizitaet.MONATLICH;
      nummer = ziffern(s, 5, 7);
    } else {
      throw new IllegalArgumentException(FORM + s + "'");
    }
    if (nummer < 0) {
      throw new IllegalArgumentException(FORM + s + "'");
    }
    try {
      return new Periode(art, jahr, nummer);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "Periode '" + s + "' is out of range: " + e.getMessage(), e);
    }
  }

  /** The digits {@code s[von, bis)} as a number, or -1 if one of them is not an ASCII digit. */
  private static int ziffern(String s, int von, int bis) {
    int wert = 0;
    for (int i = von; i < bis; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      wert = wert * 10 + (c - '0');
    }
    return wert;
  }

  private static String schuljahrText(int jahr) {
    int folgejahr = (jahr + 1) % 100;
    return jahr + (folgejahr < 10 ? "/0" : "/") + folgejahr;
  }

  /** The month the period starts in, counted from year 0 (January of year 0 is 0). */
  int beginnMonatIndex() {
    if (art == Periodizitaet.SCHULJAHR) {
      return jahr * 12 + SCHULJAHR_BEGINNMONAT - 1;
    }
    return jahr * 12 + (nummer - 1) * art.monate();
  }

  /** {@return the first day of the period} */
  public LocalDate beginn() {
    int index = beginnMonatIndex();
    return LocalDate.of(index / 12, index % 12 + 1, 1);
  }

  /** {@return the last day of the period} */
  public LocalDate ende() {
    return beginn().plusMonths(art.monate()).minusDays(1);
  }

  /** {@return the days of the period, both ends inclusive} */
  public Zeitraum zeitraum() {
    return Zeitraum.of(beginn(), ende());
  }

  /**
   * {@return whether {@code tag} lies inside the period, ends included}
   *
   * @param tag the day to test
   */
  public boolean enthaelt(LocalDate tag) {
    return !tag.isBefore(beginn()) && !tag.isAfter(ende());
  }

  /**
   * The following period of the same kind: {@code 2023-12} is followed by {@code 2024-01}.
   *
   * @return the next period
   * @throws IllegalArgumentException after year {@value #GROESSTES_JAHR}
   */
  public Periode naechste() {
    return nummer < art.periodenProJahr()
        ? new Periode(art, jahr, nummer + 1)
        : new Periode(art, jahr + 1, 1);
  }

  /**
   * The preceding period of the same kind: {@code 2024-Q1} is preceded by {@code 2023-Q4}.
   *
   * @return the previous period
   * @throws IllegalArgumentException before year {@value #KLEINSTES_JAHR}
   */
  public Periode vorige() {
    return nummer > 1
        ? new Periode(art, jahr, nummer - 1)
        : new Periode(art, jahr - 1, art.periodenProJahr());
  }

  /**
   * The day inside this period with the given month and day: the reference date (Stichtag) of an
   * observation. {@code 1 March} in school year {@code 2023/24} is 2024-03-01. A 29 February in a
   * year without one gives 28 February.
   *
   * @param tag month and day of the reference date
   * @return the reference date inside this period
   * @throws IllegalArgumentException if the period holds no such day (e.g. 1 March in {@code
   *     2023-Q2})
   */
  public LocalDate stichtag(MonthDay tag) {
    requireNonNull(tag, "tag");
    LocalDate kandidat = tag.atYear(jahr);
    if (enthaelt(kandidat)) {
      return kandidat;
    }
    kandidat = tag.atYear(jahr + 1);
    if (enthaelt(kandidat)) {
      return kandidat;
    }
    throw new IllegalArgumentException(
        "Periode " + this + " holds no day " + tag + " (it runs " + zeitraum() + ")");
  }

  /** Orders by first day, then by kind. */
  @Override
  public int compareTo(Periode o) {
    int c = Integer.compare(beginnMonatIndex(), o.beginnMonatIndex());
    return c != 0 ? c : art.compareTo(o.art);
  }

  /** The text form, e.g. {@code 2023-Q2} or {@code 2023/24}. */
  @Override
  public String toString() {
    switch (art) {
      case JAEHRLICH:
        return Integer.toString(jahr);
      case HALBJAEHRLICH:
        return jahr + "-S" + nummer;
      case QUARTALSWEISE:
        return jahr + "-Q" + nummer;
      case MONATLICH:
        return jahr + (nummer < 10 ? "-0" : "-") + nummer;
      case SCHULJAHR:
        return schuljahrText(jahr);
      default:
        throw new AssertionError(art);
    }
  }

  // written out: the generated equals of a record goes through method handles that the JIT does
  // not always inline, and this type is a key of the hot maps of the publication path; the hash is
  // the one the record would compute (31 * previous + component), so no map changes its order
  @Override
  public boolean equals(@Nullable Object other) {
    return other == this
        || (other instanceof Periode o && art == o.art && jahr == o.jahr && nummer == o.nummer);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * art.hashCode() + jahr) + nummer;
  }
}

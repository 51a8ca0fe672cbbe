package de.kekiz.importe;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Periodizitaet;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

/**
 * The time of a GENESIS value ({@code time} / {@code Zeit}), as the span of days it covers.
 *
 * <table>
 *   <caption>Time values in GENESIS exports</caption>
 *   <tr><th>text</th><th>used for</th><th>days</th></tr>
 *   <tr><td>{@code 2023}</td><td>{@code JAHR}</td><td>2023-01-01..2023-12-31</td></tr>
 *   <tr><td>{@code 2024-12-31}, {@code 31.12.2024}</td><td>{@code STAG} (Stichtag)</td>
 *       <td>that day</td></tr>
 *   <tr><td>{@code 2023-10P6M}</td><td>{@code SEMEST}: start and ISO duration</td>
 *       <td>2023-10-01..2024-03-31</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the time as written
 * @param beginn the first day
 * @param ende the last day, not before {@code beginn}
 */
public record Zeitangabe(String text, LocalDate beginn, LocalDate ende) {

  private static final String FORM =
      "erwartet ein Jahr (2023), ein Datum (TT.MM.JJJJ oder JJJJ-MM-TT) oder einen Beginn mit"
          + " Dauer (2023-10P6M)";

  /**
   * Checks the span.
   *
   * @param text the time as written
   * @param beginn the first day
   * @param ende the last day, not before {@code beginn}
   * @throws IllegalArgumentException if {@code ende} lies before {@code beginn}
   */
  public Zeitangabe {
    requireNonNull(text, "text");
    requireNonNull(beginn, "beginn");
    requireNonNull(ende, "ende");
    if (ende.isBefore(beginn)) {
      throw new IllegalArgumentException(
          "die Zeitangabe '"
              + text
              + "' endet ("
              + Anzeigetext.datum(ende)
              + ") vor ihrem Beginn ("
              + Anzeigetext.datum(beginn)
              + ")");
    }
  }

  /**
   * Reads a GENESIS time value.
   *
   * @param eingabe the time value as GENESIS writes it
   * @return the time span it names
   * @throws IllegalArgumentException quoting the input if it is none of the forms in the class
   *     comment
   */
  public static Zeitangabe parse(CharSequence eingabe) {
    requireNonNull(eingabe, "eingabe");
    String s = eingabe.toString().strip();
    try {
      if (s.length() == 4 && ziffern(s, 0, 4)) {
        int jahr = Integer.parseInt(s);
        return new Zeitangabe(s, LocalDate.of(jahr, 1, 1), LocalDate.of(jahr, 12, 31));
      }
      if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
        LocalDate tag = LocalDate.parse(s);
        return new Zeitangabe(s, tag, tag);
      }
      if (s.length() == 10
          && s.charAt(2) == '.'
          && s.charAt(5) == '.'
          && ziffern(s, 0, 2)
          && ziffern(s, 3, 5)
          && ziffern(s, 6, 10)) {
        LocalDate tag =
            LocalDate.of(
                Integer.parseInt(s.substring(6)),
                Integer.parseInt(s.substring(3, 5)),
                Integer.parseInt(s.substring(0, 2)));
        return new Zeitangabe(s, tag, tag);
      }
      int p = s.indexOf('P');
      if (p == 7 || p == 10) {
        LocalDate beginn =
            p == 7
                ? LocalDate.parse(s.substring(0, 7) + "-01")
                : LocalDate.parse(s.substring(0, 10));
        Period dauer = Period.parse(s.substring(p));
        if (dauer.isNegative() || dauer.isZero()) {
          throw new IllegalArgumentException(
              "die Zeitangabe '" + s + "' braucht eine positive Dauer");
        }
        return new Zeitangabe(s, beginn, beginn.plus(dauer).minusDays(1));
      }
    } catch (DateTimeException | NumberFormatException e) {
      throw new IllegalArgumentException("'" + s + "' ist keine Zeitangabe: " + FORM, e);
    }
    throw new IllegalArgumentException("'" + s + "' ist keine Zeitangabe: " + FORM);
  }

  private static boolean ziffern(String s, int von, int bis) {
    for (int i = von; i < bis; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** {@return whether the time is one day (a Stichtag)} */
  public boolean istTag() {
    return beginn.equals(ende);
  }

  /**
   * The period of kind {@code art} that holds the whole span: year {@code 2023} is {@link
   * Periode#jahr(int) 2023} for {@link Periodizitaet#JAEHRLICH}; the Stichtag 2024-12-31 is in
   * {@code 2024}, {@code 2024-S2}, {@code 2024-Q4}, {@code 2024-12} or {@code 2024/25}; the winter
   * semester {@code 2023-10P6M} fits only the school year {@code 2023/24}. Empty if no single
   * period of that kind holds the span.
   *
   * @param art the kind of period
   * @return the period, or empty
   */
  public Optional<Periode> periode(Periodizitaet art) {
    requireNonNull(art, "art");
    Periode p = Periode.am(art, beginn);
    return p.enthaelt(ende) ? Optional.of(p) : Optional.empty();
  }

  /**
   * The reference date of a population figure: the day itself, or 31 December for a year; empty for
   * another span.
   *
   * @return the reference date, or empty
   */
  public Optional<LocalDate> stichtag() {
    if (istTag()) {
      return Optional.of(beginn);
    }
    if (beginn.getDayOfYear() == 1 && ende.equals(LocalDate.of(beginn.getYear(), 12, 31))) {
      return Optional.of(ende);
    }
    return Optional.empty();
  }

  /** The time as written. */
  @Override
  public String toString() {
    return text;
  }
}

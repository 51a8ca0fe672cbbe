package de.kekiz.examples.angriff;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period of a published cell as a time range: its first day and its length. One form for what
 * the files spell differently: {@code 2015-08-01/P1Y} in SDMX-CSV is {@code 2015/16} in {@code
 * messwerte.csv}, and {@code 2015} is {@code 2015-01-01/P1Y} in both. A range of several years
 * ({@code 2015-08-01/P3Y}) is a pooled period, made of single years ({@link #einzeljahre()}).
 *
 * @param beginn the first day
 * @param dauer the length, positive
 */
record Zeitraum(LocalDate beginn, Period dauer) implements Comparable<Zeitraum> {

  private static final MonthDay NEUJAHR = MonthDay.of(1, 1);
  private static final MonthDay SCHULJAHRESBEGINN = MonthDay.of(8, 1);
  private static final Comparator<Zeitraum> ORDNUNG =
      Comparator.comparing(Zeitraum::beginn).thenComparingLong(z -> z.dauer().toTotalMonths());

  /** Periods read so far, by text and reader: the files repeat a few dozen texts many times. */
  private static final Map<String, Optional<Zeitraum>> GELESEN = new ConcurrentHashMap<>();

  private static final Pattern JAHR = Pattern.compile("([0-9]{4})");
  private static final Pattern HALBJAHR = Pattern.compile("([0-9]{4})-S([12])");
  private static final Pattern QUARTAL = Pattern.compile("([0-9]{4})-Q([1-4])");
  private static final Pattern MONAT_SDMX = Pattern.compile("([0-9]{4})-M([0-9]{2})");
  private static final Pattern MONAT = Pattern.compile("([0-9]{4})-([0-9]{2})");
  private static final Pattern BEREICH =
      Pattern.compile("([0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?)/(P[0-9]+[YM])");
  private static final Pattern SCHULJAHR = Pattern.compile("([0-9]{4})/([0-9]{2})");
  private static final String BIS = "\\s*(?:-|–|—|bis)\\s*";
  private static final Pattern SCHULJAHRE =
      Pattern.compile("([0-9]{4})/([0-9]{2})" + BIS + "([0-9]{4})/([0-9]{2})");
  private static final Pattern JAHRE = Pattern.compile("([0-9]{4})" + BIS + "([0-9]{4})");

  /**
   * @throws IllegalArgumentException for a length that is not positive
   */
  Zeitraum {
    requireNonNull(beginn, "beginn");
    requireNonNull(dauer, "dauer");
    if (dauer.isNegative() || dauer.isZero() || dauer.getDays() != 0) {
      throw new IllegalArgumentException(
          "a period needs a length in years or months, got " + dauer);
    }
  }

  /**
   * Reads an SDMX time period: {@code 2023}, {@code 2023-S1}, {@code 2023-Q1}, {@code 2023-M03}, or
   * a time range {@code 2023-08-01/P1Y} ({@code /PnY} with n > 1 for pooled periods).
   *
   * @throws IllegalArgumentException quoting text of another form
   */
  static Zeitraum sdmx(String text) {
    return lies(text, true)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "SDMX time period needs the form 2023, 2023-S1, 2023-Q1, 2023-M03 or"
                        + " 2023-08-01/P1Y, got '"
                        + text
                        + "'"));
  }

  /**
   * Reads a period as {@code messwerte.csv} and {@code bericht.json} write it: {@code 2023}, {@code
   * 2023/24} (school year from 1 August), {@code 2023-S1}, {@code 2023-Q1}, {@code 2023-03}; pooled
   * periods as {@code 2021/22–2023/24} or {@code 2021–2023} (with {@code -}, {@code –} or {@code
   * bis}); the SDMX forms as well.
   *
   * @throws IllegalArgumentException quoting text of another form
   */
  static Zeitraum deutsch(String text) {
    return lies(text, false)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "period needs the form 2023, 2023/24, 2023-S1, 2023-Q1, 2023-03,"
                        + " 2021/22–2023/24, 2021–2023 or an SDMX time period, got '"
                        + text
                        + "'"));
  }

  private static Optional<Zeitraum> lies(String roh, boolean nurSdmx) {
    return GELESEN.computeIfAbsent((nurSdmx ? "S" : "D") + roh, t -> parse(roh, nurSdmx));
  }

  private static Optional<Zeitraum> parse(String roh, boolean nurSdmx) {
    String text = roh.strip();
    Matcher m;
    if ((m = JAHR.matcher(text)).matches()) {
      return Optional.of(jahre(jahr(m, 1), NEUJAHR, 1));
    }
    if ((m = HALBJAHR.matcher(text)).matches()) {
      int n = Integer.parseInt(m.group(2));
      return Optional.of(new Zeitraum(LocalDate.of(jahr(m, 1), 6 * n - 5, 1), Period.ofMonths(6)));
    }
    if ((m = QUARTAL.matcher(text)).matches()) {
      int n = Integer.parseInt(m.group(2));
      return Optional.of(new Zeitraum(LocalDate.of(jahr(m, 1), 3 * n - 2, 1), Period.ofMonths(3)));
    }
    if ((m = MONAT_SDMX.matcher(text)).matches()
        || (!nurSdmx && (m = MONAT.matcher(text)).matches())) {
      int monat = Integer.parseInt(m.group(2));
      if (monat < 1 || monat > 12) {
        return Optional.empty();
      }
      return Optional.of(new Zeitraum(LocalDate.of(jahr(m, 1), monat, 1), Period.ofMonths(1)));
    }
    if ((m = BEREICH.matcher(text)).matches()) {
      String start = m.group(1);
      LocalDate beginn;
      try {
        beginn =
            start.length() == 4
                ? LocalDate.of(Integer.parseInt(start), 1, 1)
                : start.length() == 7 ? LocalDate.parse(start + "-01") : LocalDate.parse(start);
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
      Period dauer = Period.parse(m.group(2)).normalized();
      return dauer.isZero() ? Optional.empty() : Optional.of(new Zeitraum(beginn, dauer));
    }
    if (nurSdmx) {
      return Optional.empty();
    }
    if ((m = SCHULJAHR.matcher(text)).matches()) {
      int jahr = jahr(m, 1);
      return folgejahr(jahr, m.group(2))
          ? Optional.of(jahre(jahr, SCHULJAHRESBEGINN, 1))
          : Optional.empty();
    }
    if ((m = SCHULJAHRE.matcher(text)).matches()) {
      int von = jahr(m, 1);
      int bis = jahr(m, 3);
      boolean ok = folgejahr(von, m.group(2)) && folgejahr(bis, m.group(4)) && bis > von;
      return ok ? Optional.of(jahre(von, SCHULJAHRESBEGINN, bis - von + 1)) : Optional.empty();
    }
    if ((m = JAHRE.matcher(text)).matches()) {
      int von = jahr(m, 1);
      int bis = jahr(m, 2);
      return bis > von ? Optional.of(jahre(von, NEUJAHR, bis - von + 1)) : Optional.empty();
    }
    return Optional.empty();
  }

  private static int jahr(Matcher m, int gruppe) {
    return Integer.parseInt(m.group(gruppe));
  }

  private static boolean folgejahr(int jahr, String zweistellig) {
    return Integer.parseInt(zweistellig) == (jahr + 1) % 100;
  }

  private static Zeitraum jahre(int jahr, MonthDay beginn, int anzahl) {
    return new Zeitraum(beginn.atYear(jahr), Period.ofYears(anzahl));
  }

  /** The last day. */
  LocalDate ende() {
    return beginn.plus(dauer).minusDays(1);
  }

  /** The number of whole years if the length is whole years, else 0. */
  int jahre() {
    return dauer.getMonths() == 0 ? dauer.getYears() : 0;
  }

  /** Whether this is a pooled period: several whole years. */
  boolean istGepoolt() {
    return jahre() > 1;
  }

  /**
   * The single years a pooled period is made of, in order ({@code 2015-08-01/P3Y}: the school years
   * 2015/16, 2016/17, 2017/18); empty for any other period.
   */
  List<Zeitraum> einzeljahre() {
    List<Zeitraum> jahre = new ArrayList<>();
    if (istGepoolt()) {
      for (int k = 0; k < jahre(); k++) {
        jahre.add(new Zeitraum(beginn.plusYears(k), Period.ofYears(1)));
      }
    }
    return jahre;
  }

  /** The German form: {@code 2015}, {@code 2015/16}, {@code 2015/16–2017/18}, {@code 2015-Q1}. */
  String deutsch() {
    MonthDay start = MonthDay.from(beginn);
    int jahr = beginn.getYear();
    int n = jahre();
    if (n >= 1 && start.equals(NEUJAHR)) {
      return n == 1 ? Integer.toString(jahr) : jahr + "–" + (jahr + n - 1);
    }
    if (n >= 1 && start.equals(SCHULJAHRESBEGINN)) {
      String erstes = schuljahr(jahr);
      return n == 1 ? erstes : erstes + "–" + schuljahr(jahr + n - 1);
    }
    if (beginn.getDayOfMonth() == 1 && dauer.getYears() == 0) {
      int monat = beginn.getMonthValue();
      switch (dauer.getMonths()) {
        case 6:
          return monat % 6 == 1 ? jahr + "-S" + (monat / 6 + 1) : toString();
        case 3:
          return monat % 3 == 1 ? jahr + "-Q" + (monat / 3 + 1) : toString();
        case 1:
          return String.format(Locale.ROOT, "%d-%02d", jahr, monat);
        default:
          return toString();
      }
    }
    return toString();
  }

  private static String schuljahr(int jahr) {
    return String.format(Locale.ROOT, "%d/%02d", jahr, (jahr + 1) % 100);
  }

  @Override
  public int compareTo(Zeitraum o) {
    return ORDNUNG.compare(this, o);
  }

  /** The SDMX time range, e.g. {@code 2015-08-01/P1Y}; {@link #sdmx} reads it back. */
  @Override
  public String toString() {
    return beginn + "/" + dauer;
  }
}

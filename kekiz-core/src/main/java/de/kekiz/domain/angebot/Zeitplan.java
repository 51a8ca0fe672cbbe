package de.kekiz.domain.angebot;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.internal.Pruefung;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * When an Angebot takes place: an RFC 5545 recurrence rule plus the time of day (HSDS {@code
 * schedule}: {@code freq}, {@code byday}, {@code interval}, {@code until}, {@code count}, {@code
 * opens_at}, {@code closes_at}, {@code description}).
 *
 * <p>The rule is given without the {@code RRULE:} prefix, e.g. {@code FREQ=WEEKLY;BYDAY=MO,WE} or
 * {@code FREQ=MONTHLY;BYDAY=-1FR}. It is checked against RFC 5545 §3.3.10: parts are {@code
 * NAME=VALUE} separated by {@code ;}, names and values in upper case, each name at most once;
 * {@code FREQ} is required and one of {@code SECONDLY … YEARLY}; {@code UNTIL} and {@code COUNT}
 * are not both given; {@code BYDAY} holds {@code MO … SU}, with an ordinal ({@code 2MO}, {@code
 * -1FR}) only for {@code MONTHLY} or {@code YEARLY}; the numeric {@code BY…} lists and {@code
 * INTERVAL}, {@code COUNT}, {@code UNTIL}, {@code WKST} are range-checked. A malformed rule is an
 * {@link IllegalArgumentException} quoting it. Note that HSDS 3.0 itself only knows {@code WEEKLY}
 * and {@code MONTHLY}; an exporter must deal with the other frequencies.
 *
 * <p>Rule: when both times are given, {@code bis} lies after {@code von} ({@code
 * zeitplan.ende-nicht-nach-beginn}). Immutable and thread-safe.
 *
 * @param rrule the recurrence rule, see above
 * @param von the start time of day, or {@code null}
 * @param bis the end time of day, or {@code null}
 * @param beschreibung a free description (e.g. "nicht in den Schulferien"), or {@code null}
 */
public record Zeitplan(
    String rrule, @Nullable LocalTime von, @Nullable LocalTime bis, @Nullable String beschreibung) {

  private static final ImmutableSet<String> FREQUENZEN =
      ImmutableSet.of("SECONDLY", "MINUTELY", "HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY");
  private static final ImmutableSet<String> WOCHENTAGE =
      ImmutableSet.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");
  private static final ImmutableSet<String> TEILE =
      ImmutableSet.of(
          "FREQ",
          "UNTIL",
          "COUNT",
          "INTERVAL",
          "BYSECOND",
          "BYMINUTE",
          "BYHOUR",
          "BYDAY",
          "BYMONTHDAY",
          "BYYEARDAY",
          "BYWEEKNO",
          "BYMONTH",
          "BYSETPOS",
          "WKST");
  private static final Pattern TAG = Pattern.compile("([+-]?)([0-9]{1,2})?([A-Z]{2})");
  private static final Pattern UNTIL = Pattern.compile("([0-9]{8})(T([0-9]{6})Z?)?");

  /**
   * @param rrule the recurrence rule, without the {@code RRULE:} prefix
   * @param von the start time of day, or {@code null}
   * @param bis the end time of day, or {@code null}
   * @param beschreibung a free description, not blank, or {@code null}
   * @throws IllegalArgumentException quoting the rule if it is malformed, or if the description is
   *     blank
   * @throws RegelverstossException if both times are given and {@code bis} is not after {@code von}
   */
  public Zeitplan {
    zerlege(requireNonNull(rrule, "rrule"));
    Pruefung.optionalText(beschreibung, "Zeitplan beschreibung");
    RegelverstossException.pruefe(
        von == null || bis == null || bis.isAfter(von),
        "zeitplan.ende-nicht-nach-beginn",
        "Zeitplan " + rrule,
        "ends at " + bis + ", not after its start at " + von);
  }

  /**
   * {@return a Zeitplan of the rule alone, without times of day or description}
   *
   * @param rrule the recurrence rule, e.g. {@code FREQ=WEEKLY;BYDAY=MO,WE}
   * @throws IllegalArgumentException quoting the rule if it is malformed
   */
  public static Zeitplan of(String rrule) {
    return new Zeitplan(rrule, null, null, null);
  }

  /**
   * {@return a Zeitplan of the rule from {@code von} to {@code bis} each time}
   *
   * @param rrule the recurrence rule, e.g. {@code FREQ=WEEKLY;BYDAY=MO,WE}
   * @param von the start time of day
   * @param bis the end time of day, after {@code von}
   * @throws IllegalArgumentException quoting the rule if it is malformed
   * @throws RegelverstossException if {@code bis} is not after {@code von}
   */
  public static Zeitplan of(String rrule, LocalTime von, LocalTime bis) {
    return new Zeitplan(rrule, requireNonNull(von, "von"), requireNonNull(bis, "bis"), null);
  }

  /**
   * {@return the same Zeitplan with {@code beschreibung}}
   *
   * @param beschreibung a free description, e.g. "nicht in den Schulferien", not blank
   * @throws IllegalArgumentException if {@code beschreibung} is blank
   */
  public Zeitplan withBeschreibung(String beschreibung) {
    return new Zeitplan(rrule, von, bis, requireNonNull(beschreibung, "beschreibung"));
  }

  /**
   * {@return the parts of the rule by name, in the order given, e.g. {@code FREQ → WEEKLY, BYDAY →
   * MO,WE}}
   */
  public ImmutableMap<String, String> teile() {
    return zerlege(rrule);
  }

  /**
   * {@return the value of part {@code name}, or empty if the rule has none}
   *
   * @param name the part's name in upper case, e.g. {@code BYDAY}
   */
  public Optional<String> teil(String name) {
    requireNonNull(name, "name");
    return Optional.ofNullable(teile().get(name));
  }

  /** {@return the {@code FREQ} value, e.g. {@code WEEKLY}; every rule has one} */
  public String frequenz() {
    return requireNonNull(teile().get("FREQ"), "FREQ"); // checked when the rule is made
  }

  /**
   * Checks an RRULE and returns its parts.
   *
   * @throws IllegalArgumentException quoting the rule if it is malformed
   */
  private static ImmutableMap<String, String> zerlege(String rrule) {
    if (rrule.isBlank()) {
      throw fehler(rrule, "it is empty");
    }
    if (rrule.startsWith("RRULE:")) {
      throw fehler(rrule, "give it without the 'RRULE:' prefix");
    }
    Map<String, String> teile = new LinkedHashMap<>();
    for (String teil : rrule.split(";", -1)) {
      int gleich = teil.indexOf('=');
      if (gleich <= 0 || gleich == teil.length() - 1) {
        throw fehler(rrule, "part '" + teil + "' is not of the form NAME=VALUE");
      }
      String name = teil.substring(0, gleich);
      String wert = teil.substring(gleich + 1);
      if (!TEILE.contains(name)) {
        throw fehler(
            rrule, "unknown part '" + name + "', expected one of " + TEILE + " (upper case)");
      }
      if (teile.put(name, wert) != null) {
        throw fehler(rrule, "part '" + name + "' is given twice");
      }
    }
    String freq = teile.get("FREQ");
    if (freq == null) {
      throw fehler(rrule, "FREQ is required");
    }
    if (!FREQUENZEN.contains(freq)) {
      throw fehler(rrule, "FREQ needs one of " + FREQUENZEN + ", got '" + freq + "'");
    }
    if (teile.containsKey("UNTIL") && teile.containsKey("COUNT")) {
      throw fehler(rrule, "UNTIL and COUNT must not both be given");
    }
    for (Map.Entry<String, String> e : teile.entrySet()) {
      pruefeWert(rrule, freq, e.getKey(), e.getValue());
    }
    return ImmutableMap.copyOf(teile);
  }

  private static void pruefeWert(String rrule, String freq, String name, String wert) {
    switch (name) {
      case "FREQ":
        return;
      case "COUNT":
      case "INTERVAL":
        zahl(rrule, name, wert, 1, Integer.MAX_VALUE, false);
        return;
      case "UNTIL":
        pruefeUntil(rrule, wert);
        return;
      case "WKST":
        if (!WOCHENTAGE.contains(wert)) {
          throw fehler(rrule, "WKST needs one of " + WOCHENTAGE + ", got '" + wert + "'");
        }
        return;
      case "BYDAY":
        for (String tag : liste(rrule, name, wert)) {
          pruefeTag(rrule, freq, tag);
        }
        return;
      case "BYSECOND":
        zahlen(rrule, name, wert, 0, 60, false);
        return;
      case "BYMINUTE":
        zahlen(rrule, name, wert, 0, 59, false);
        return;
      case "BYHOUR":
        zahlen(rrule, name, wert, 0, 23, false);
        return;
      case "BYMONTH":
        zahlen(rrule, name, wert, 1, 12, false);
        return;
      case "BYMONTHDAY":
        zahlen(rrule, name, wert, 1, 31, true);
        return;
      case "BYWEEKNO":
        zahlen(rrule, name, wert, 1, 53, true);
        return;
      case "BYYEARDAY":
      case "BYSETPOS":
        zahlen(rrule, name, wert, 1, 366, true);
        return;
      default:
        throw new IllegalStateException("unhandled RRULE part " + name);
    }
  }

  private static void pruefeTag(String rrule, String freq, String tag) {
    Matcher m = TAG.matcher(tag);
    if (!m.matches()
        || !WOCHENTAGE.contains(m.group(3))
        || (!m.group(1).isEmpty() && m.group(2) == null)) {
      throw fehler(
          rrule,
          "BYDAY needs weekdays "
              + WOCHENTAGE
              + " with an optional ordinal such as 2MO or -1FR,"
              + " got '"
              + tag
              + "'");
    }
    if (m.group(2) != null) {
      int ordinal = Integer.parseInt(m.group(2));
      if (ordinal < 1 || ordinal > 53) {
        throw fehler(rrule, "BYDAY ordinal needs 1 to 53, got '" + tag + "'");
      }
      if (!freq.equals("MONTHLY") && !freq.equals("YEARLY")) {
        throw fehler(
            rrule,
            "BYDAY with an ordinal ('"
                + tag
                + "') needs FREQ MONTHLY or YEARLY, got '"
                + freq
                + "'");
      }
    }
  }

  private static void pruefeUntil(String rrule, String wert) {
    Matcher m = UNTIL.matcher(wert);
    boolean ok = m.matches();
    if (ok) {
      String d = m.group(1);
      int monat = Integer.parseInt(d.substring(4, 6));
      int tag = Integer.parseInt(d.substring(6, 8));
      ok =
          monat >= 1
              && monat <= 12
              && tag >= 1
              && tag <= laenge(Integer.parseInt(d.substring(0, 4)), monat);
      String t = m.group(3);
      if (ok && t != null) {
        ok =
            Integer.parseInt(t.substring(0, 2)) <= 23
                && Integer.parseInt(t.substring(2, 4)) <= 59
                && Integer.parseInt(t.substring(4, 6)) <= 60;
      }
    }
    if (!ok) {
      throw fehler(
          rrule,
          "UNTIL needs a date 'yyyymmdd' or a date-time 'yyyymmddThhmmss[Z]', got '" + wert + "'");
    }
  }

  private static int laenge(int jahr, int monat) {
    return YearMonth.of(jahr, monat).lengthOfMonth();
  }

  private static String[] liste(String rrule, String name, String wert) {
    String[] teile = wert.split(",", -1);
    for (String t : teile) {
      if (t.isEmpty()) {
        throw fehler(rrule, name + " has an empty element in '" + wert + "'");
      }
    }
    return teile;
  }

  private static void zahlen(
      String rrule, String name, String wert, int min, int max, boolean vorzeichen) {
    for (String t : liste(rrule, name, wert)) {
      zahl(rrule, name, t, min, max, vorzeichen);
    }
  }

  private static void zahl(
      String rrule, String name, String wert, int min, int max, boolean vorzeichen) {
    String ziffern = wert;
    if (vorzeichen && (wert.startsWith("+") || wert.startsWith("-"))) {
      ziffern = wert.substring(1);
    }
    boolean ok = !ziffern.isEmpty() && ziffern.length() <= 9;
    for (int i = 0; ok && i < ziffern.length(); i++) {
      char c = ziffern.charAt(i);
      ok = c >= '0' && c <= '9';
    }
    if (ok) {
      int n = Integer.parseInt(ziffern);
      ok = n >= min && n <= max;
    }
    if (!ok) {
      throw fehler(
          rrule,
          name + " needs " + (vorzeichen ? "±" : "") + min + " to " + max + ", got '" + wert + "'");
    }
  }

  private static IllegalArgumentException fehler(String rrule, String detail) {
    return new IllegalArgumentException(
        "Zeitplan needs an RFC 5545 RRULE such as 'FREQ=WEEKLY;BYDAY=MO,WE', got '"
            + rrule
            + "': "
            + detail);
  }
}

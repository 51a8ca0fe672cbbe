package de.kekiz.reporting.bericht;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.indikator.Indikator;
import de.kekiz.monitoring.veroeffentlichung.Indikatorauswertung;
import de.kekiz.monitoring.veroeffentlichung.Wertart;
import de.kekiz.monitoring.veroeffentlichung.Zelle;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * German number and date formats as the report formats print them: {@code 1.234,5} and {@code
 * 21.11.2026}. Independent of the default locale (a Turkish or English JVM prints the same).
 */
public final class Formatierung {

  private static final String[] MONATE = {
    "Januar", "Februar", "März", "April", "Mai", "Juni",
    "Juli", "August", "September", "Oktober", "November", "Dezember"
  };

  private Formatierung() {}

  /**
   * {@return the number of decimal places for values of {@code indikator}: its declared precision
   * {@link Indikator#nachkommastellen()}, the same in every format}
   *
   * @param indikator the indicator whose values are printed
   */
  public static int stellen(Indikator indikator) {
    return Indikatorauswertung.stellen(indikator);
  }

  /**
   * {@return {@code wert} rounded half-up to {@code stellen} decimal places with German separators,
   * e.g. {@code 12345.678} with 1 place gives {@code "12.345,7"}; a negative value starts with
   * {@code '-'}}
   *
   * @param wert the number to print
   * @param stellen the decimal places, 0 or more
   * @throws IllegalArgumentException if {@code stellen} is negative
   */
  public static String zahl(BigDecimal wert, int stellen) {
    requireNonNull(wert, "wert");
    if (stellen < 0) {
      throw new IllegalArgumentException("decimal places cannot be negative, got " + stellen);
    }
    BigDecimal gerundet = wert.setScale(stellen, RoundingMode.HALF_UP);
    BigInteger unskaliert = gerundet.unscaledValue();
    boolean negativ = unskaliert.signum() < 0;
    String ziffern = unskaliert.abs().toString();
    if (ziffern.length() <= stellen) {
      ziffern = "0".repeat(stellen - ziffern.length() + 1) + ziffern;
    }
    int ganz = ziffern.length() - stellen;
    StringBuilder s = new StringBuilder(ziffern.length() + ziffern.length() / 3 + 2);
    if (negativ) {
      s.append('-');
    }
    for (int i = 0; i < ganz; i++) {
      if (i > 0 && (ganz - i) % 3 == 0) {
        s.append('.');
      }
      s.append(ziffern.charAt(i));
    }
    if (stellen > 0) {
      s.append(',').append(ziffern, ganz, ziffern.length());
    }
    return s.toString();
  }

  /**
   * Like {@link #zahl(BigDecimal, int)} with a sign always shown: {@code "+1,2"}, {@code "-0,5"},
   * {@code "0,0"}.
   *
   * @param wert the difference to print
   * @param stellen the decimal places, 0 or more
   * @return the difference with its sign, German separators
   */
  public static String differenz(BigDecimal wert, int stellen) {
    String text = zahl(wert, stellen);
    if (wert.setScale(stellen, RoundingMode.HALF_UP).signum() > 0) {
      return "+" + text;
    }
    return text.equals("-" + zahl(BigDecimal.ZERO, stellen)) ? text.substring(1) : text;
  }

  /**
   * {@return the text of a table cell: the value, or the symbol for a suppressed or missing cell}
   *
   * @param zelle the cell of a published table
   * @param stellen the decimal places of its indicator
   * @param optionen the symbols of suppressed and missing cells
   */
  public static String zelle(Zelle zelle, int stellen, Berichtsoptionen optionen) {
    requireNonNull(zelle, "zelle");
    requireNonNull(optionen, "optionen");
    if (zelle.gesperrt()) {
      return optionen.gesperrt();
    }
    BigDecimal wert = zelle.wert();
    return wert == null ? optionen.fehlend() : zahl(wert, stellen);
  }

  /**
   * {@return the mark that says what kind of figure a cell shows ({@link Wertart}): {@code "z"}
   * pooled over several periods, {@code "g"} the parent area's, {@code "ü"} perturbed by the
   * Cell-Key-Verfahren; empty for an exact figure or none}
   *
   * @param zelle the cell of a published table
   */
  public static String wertartMarke(Zelle zelle) {
    return switch (requireNonNull(zelle, "zelle").art()) {
      case GEPOOLT -> "z";
      case VERGROEBERT -> "g";
      case UEBERLAGERT -> "ü";
      default -> "";
    };
  }

  /**
   * {@return the explanation of a cell's kind for a reader, e.g. {@code "zusammengefasst ab
   * 2022/23"} or {@code "Wert von Rodenkirchen (übergeordnetes Gebiet)"}; empty for an exact figure
   * or none}
   *
   * @param zelle the cell of a published table
   */
  public static String wertartText(Zelle zelle) {
    requireNonNull(zelle, "zelle");
    return switch (zelle.art()) {
      case GEPOOLT -> "zusammengefasst über mehrere Perioden ab " + zelle.von();
      case VERGROEBERT ->
          "Wert von " + requireNonNull(zelle.quelle()).name() + " (übergeordnetes Gebiet)";
      case UEBERLAGERT -> "überlagert (Cell-Key-Verfahren)";
      default -> "";
    };
  }

  /** The explanation of every mark {@link #wertartMarke} prints, for a legend. */
  public static final String WERTART_LEGENDE =
      "z = Wert über mehrere Perioden zusammengefasst (die Einzelperiode ist gesperrt);"
          + " g = Wert des übergeordneten Gebiets (der eigene ist gesperrt);"
          + " ü = durch das Cell-Key-Verfahren leicht überlagerter Wert (Summen müssen nicht"
          + " aufgehen); . = gesperrt; x = kein Wert; p = vorläufig; s = geschätzt;"
          + " b = Bruch in der Reihe";

  /**
   * {@return the window a trend covers, e.g. {@code "2020–2024"} or {@code "2015/16–2024/25"};
   * empty for an unknown trend}
   *
   * @param trend the trend of an indicator in an area
   */
  public static String fenster(de.kekiz.monitoring.veroeffentlichung.Trend trend) {
    requireNonNull(trend, "trend");
    if (trend.von() == null || trend.bis() == null) {
      return "";
    }
    return trend.von() + "–" + trend.bis();
  }

  /**
   * {@return a date as {@code dd.MM.yyyy}, e.g. {@code 01.03.2024}}
   *
   * @param datum the day to print
   */
  public static String datum(LocalDate datum) {
    requireNonNull(datum, "datum");
    return zweistellig(datum.getDayOfMonth())
        + "."
        + zweistellig(datum.getMonthValue())
        + "."
        + datum.getYear();
  }

  /**
   * {@return a date in words, e.g. {@code 1. März 2024}}
   *
   * @param datum the day to print
   */
  public static String datumLang(LocalDate datum) {
    requireNonNull(datum, "datum");
    return datum.getDayOfMonth() + ". " + MONATE[datum.getMonthValue() - 1] + " " + datum.getYear();
  }

  private static String zweistellig(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}

package de.kekiz.monitoring.geheimhaltung;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parameters of the Cell Key Method's perturbation table ("Überlagerungstabelle"), as the R
 * package {@code ptable} of Destatis calls them: the maximum deviation {@code D}, the variance
 * {@code V} and the blocked range {@code js}. {@link Ueberlagerungstabelle#of} builds the table
 * from them; {@code doc-files/cell-key-methode.md} describes the method and the choices.
 *
 * <p>Defaults ({@link #standard()}): {@code D = 4}, {@code V = 2}, {@code js = 2}. Why:
 *
 * <ul>
 *   <li>{@code js = 2}: no perturbed value is 1 or 2, so a published count is 0 or at least 3, as
 *       with the suppression rules' minimum numerator of 3 ({@link
 *       Geheimhaltungsregeln#standard()}); the example of {@code ptable}'s manual uses {@code js =
 *       2} too ({@code create_cnt_ptable(D = 5, V = 3, js = 2)});
 *   <li>{@code V = 2}: with {@code js = 2} an original 1 can only become 0 or at least 3, and the
 *       smallest variance an unbiased noise can have there is 2 (1 → 0 with probability 2/3, → 3
 *       with 1/3); the same holds for an original 2 (→ 0 with 1/3, → 3 with 2/3). So no table with
 *       {@code js = 2} can have a smaller variance in every row;
 *   <li>{@code D = 4}: the smallest maximum deviation for which {@code ptable}'s construction
 *       (maximum entropy, variance at most {@code V}) gives <em>every</em> row the variance 2. With
 *       {@code D = 3} the row of 4 (deviations −1…3, since 1 and 2 are blocked) reaches only 1.37:
 *       the noise would be weaker for a 4 than for its neighbours. With {@code D = 4} the noise is
 *       equally strong for every count, and its strength tells nothing about the count. A published
 *       value is at most 4 away from the original (±4 has a probability of about 0.5 % each in the
 *       symmetric row); the expected absolute deviation is 4/3 for 1 and 2, 0.88 for 3, 1.01 for 4
 *       and 1.08 to 1.12 from 5 on (see {@link
 *       Ueberlagerungstabelle#erwarteteAbsoluteAbweichung(long)}).
 * </ul>
 *
 * <p>The statistical offices of Bund and Länder have not published the parameters they use for the
 * Zensus 2022 (only that the maximum deviation is small and that 0 stays 0).
 *
 * <p>Zero always stays zero: every target is a count (never negative) and the noise is unbiased, so
 * the row of 0 can only be "0 stays 0" ({@code ptable} documents the same: no false positives).
 * There is therefore no parameter for it. Immutable and thread-safe.
 *
 * @param maximaleAbweichung {@code D}, the largest absolute deviation of a perturbed value from the
 *     original, from 1 to {@value #GROESSTE_ABWEICHUNG}
 * @param varianz {@code V}, the variance of the noise, above 0 and at most {@code D(D+1)/3} (the
 *     variance of the uniform noise on {@code −D…D}, which the maximum-entropy construction cannot
 *     exceed); held without trailing zeros, so {@code 2.0} and {@code 2} are the same parameter
 * @param sperrbereich {@code js}, no perturbed value lies in {@code 1…js}; 0 for no such range, at
 *     most {@code D − 1}
 */
public record Ueberlagerungsparameter(
    int maximaleAbweichung, BigDecimal varianz, int sperrbereich) {

  /** The largest maximum deviation {@code D} accepted. */
  public static final int GROESSTE_ABWEICHUNG = 20;

  private static final Pattern TEXTFORM =
      Pattern.compile(
          "\\s*D\\s*=\\s*(\\d{1,9})\\s*,\\s*V\\s*=\\s*(\\d{1,9}(?:\\.\\d{1,40})?)\\s*,"
              + "\\s*js\\s*=\\s*(\\d{1,9})\\s*");

  private static final Ueberlagerungsparameter STANDARD =
      new Ueberlagerungsparameter(4, BigDecimal.valueOf(2), 2);

  /**
   * Checks the parameters.
   *
   * @param maximaleAbweichung {@code D}, the largest absolute deviation of a perturbed value from
   *     the original, from 1 to {@value #GROESSTE_ABWEICHUNG}
   * @param varianz {@code V}, the variance of the noise, above 0 and at most {@code D(D+1)/3} (the
   *     variance of the uniform noise on {@code −D…D}, which the maximum-entropy construction
   *     cannot exceed); held without trailing zeros, so {@code 2.0} and {@code 2} are the same
   *     parameter
   * @param sperrbereich {@code js}, no perturbed value lies in {@code 1…js}; 0 for no such range,
   *     at most {@code D − 1}
   * @throws IllegalArgumentException if a parameter is out of its range (see the components),
   *     quoting it
   */
  public Ueberlagerungsparameter {
    requireNonNull(varianz, "varianz");
    if (maximaleAbweichung < 1 || maximaleAbweichung > GROESSTE_ABWEICHUNG) {
      throw new IllegalArgumentException(
          "Ueberlagerungsparameter need a maximum deviation D from 1 to "
              + GROESSTE_ABWEICHUNG
              + ", got D = "
              + maximaleAbweichung);
    }
    if (sperrbereich < 0 || sperrbereich >= maximaleAbweichung) {
      throw new IllegalArgumentException(
          "Ueberlagerungsparameter need a blocked range js from 0 to D − 1 = "
              + (maximaleAbweichung - 1)
              + " (with js ≥ D the value js + 1 could never be perturbed), got js = "
              + sperrbereich);
    }
    if (varianz.signum() <= 0) {
      throw new IllegalArgumentException(
          "Ueberlagerungsparameter need a variance V above 0, got V = " + varianz.toPlainString());
    }
    long d = maximaleAbweichung;
    if (varianz.multiply(BigDecimal.valueOf(3)).compareTo(BigDecimal.valueOf(d * (d + 1))) > 0) {
      throw new IllegalArgumentException(
          "Ueberlagerungsparameter need a variance V of at most D(D+1)/3 (the variance of uniform"
              + " noise on −D…D, which a maximum-entropy table cannot exceed), that is "
              + d * (d + 1)
              + "/3 for D = "
              + d
              + ", got V = "
              + varianz.toPlainString());
    }
    varianz = varianz.stripTrailingZeros();
  }

  /**
   * The parameters {@code D}, {@code V}, {@code js}.
   *
   * @param maximaleAbweichung {@code D}, the largest absolute deviation
   * @param varianz {@code V}, the variance of the noise
   * @param sperrbereich {@code js}, the top of the blocked range {@code 1…js} ({@code 0}: none)
   * @return the parameters
   * @throws IllegalArgumentException as the constructor
   */
  public static Ueberlagerungsparameter of(
      int maximaleAbweichung, BigDecimal varianz, int sperrbereich) {
    return new Ueberlagerungsparameter(maximaleAbweichung, varianz, sperrbereich);
  }

  /**
   * The defaults {@code D = 4}, {@code V = 2}, {@code js = 2} (see the class comment).
   *
   * @return the default parameters
   */
  public static Ueberlagerungsparameter standard() {
    return STANDARD;
  }

  /**
   * These parameters with the maximum deviation {@code D}.
   *
   * @param maximaleAbweichung {@code D}, the largest absolute deviation
   * @return new parameters, otherwise like these
   * @throws IllegalArgumentException if the parameters are out of range together (see the
   *     components)
   */
  public Ueberlagerungsparameter withMaximaleAbweichung(int maximaleAbweichung) {
    return new Ueberlagerungsparameter(maximaleAbweichung, varianz, sperrbereich);
  }

  /**
   * These parameters with the variance {@code V}.
   *
   * @param varianz {@code V}, the variance of the noise
   * @return new parameters, otherwise like these
   * @throws IllegalArgumentException if the parameters are out of range together (see the
   *     components)
   */
  public Ueberlagerungsparameter withVarianz(BigDecimal varianz) {
    return new Ueberlagerungsparameter(maximaleAbweichung, varianz, sperrbereich);
  }

  /**
   * These parameters with the blocked range {@code 1…js} ({@code 0}: none).
   *
   * @param sperrbereich {@code js}, the top of the blocked range ({@code 0}: none)
   * @return new parameters, otherwise like these
   * @throws IllegalArgumentException if the parameters are out of range together (see the
   *     components)
   */
  public Ueberlagerungsparameter withSperrbereich(int sperrbereich) {
    return new Ueberlagerungsparameter(maximaleAbweichung, varianz, sperrbereich);
  }

  /**
   * The first original value from which all rows of the table are the same, symmetric row with
   * every deviation {@code −D…D}: {@code D} without blocked range, else {@code D + js + 1} (then
   * {@code i − D} is above {@code js}). {@code ptable} calls this row "symmetry".
   *
   * @return the original value of the symmetric row
   */
  public int symmetrieAb() {
    return sperrbereich == 0 ? maximaleAbweichung : maximaleAbweichung + sperrbereich + 1;
  }

  /**
   * Reads the text form of {@link #toString()}, e.g. {@code "D=4, V=2, js=2"} (spaces around the
   * parts are ignored, the variance takes a decimal point).
   *
   * @param text the text form
   * @return the parameters
   * @throws IllegalArgumentException if the text has another form, quoting it, or a parameter is
   *     out of its range
   */
  public static Ueberlagerungsparameter parse(String text) {
    requireNonNull(text, "text");
    Matcher m = TEXTFORM.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "Ueberlagerungsparameter need the form 'D=4, V=2, js=2', got '" + text + "'");
    }
    return new Ueberlagerungsparameter(
        Integer.parseInt(m.group(1)), new BigDecimal(m.group(2)), Integer.parseInt(m.group(3)));
  }

  /**
   * {@code D=4, V=2, js=2}: the parameters as {@code ptable} names them; {@link #parse} reads it.
   */
  @Override
  public String toString() {
    return "D=" + maximaleAbweichung + ", V=" + varianz.toPlainString() + ", js=" + sperrbereich;
  }
}

package de.kekiz.monitoring;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.IndikatorRef;
import org.jspecify.annotations.Nullable;

/**
 * A time series: the observations of one indicator version for one breakdown, over periods and
 * areas. Values of different indicator versions or breakdowns are never summed or compared as one
 * series. Ordered by indicator version, then breakdown. Immutable and thread-safe.
 *
 * @param indikator the indicator version
 * @param aufschluesselung the breakdown
 */
public record Reihe(IndikatorRef indikator, Aufschluesselung aufschluesselung)
    implements Comparable<Reihe> {

  /**
   * Checks that both components are given.
   *
   * @param indikator the indicator version
   * @param aufschluesselung the breakdown
   * @throws NullPointerException naming a missing component
   */
  public Reihe {
    requireNonNull(indikator, "indikator");
    requireNonNull(aufschluesselung, "aufschluesselung");
  }

  /**
   * The series of the total ({@link Aufschluesselung#INSGESAMT}) of {@code indikator}.
   *
   * @param indikator the indicator version
   * @return the series of its total
   */
  public static Reihe insgesamt(IndikatorRef indikator) {
    return new Reihe(indikator, Aufschluesselung.INSGESAMT);
  }

  /** {@return the indicator's key (without the version)} */
  public IndikatorKey key() {
    return indikator.key();
  }

  @Override
  public int compareTo(Reihe o) {
    int c = indikator.compareTo(o.indikator);
    return c != 0 ? c : aufschluesselung.compareTo(o.aufschluesselung);
  }

  /** E.g. {@code sgb2-quote-u15@2 insgesamt}. */
  @Override
  public String toString() {
    return indikator + " " + aufschluesselung;
  }

  // written out: the generated equals of a record goes through method handles that the JIT does
  // not always inline, and this type is a key of the hot maps of the publication path; the hash is
  // the one the record would compute (31 * previous + component), so no map changes its order
  @Override
  public boolean equals(@Nullable Object other) {
    return other == this
        || (other instanceof Reihe o
            && indikator.equals(o.indikator)
            && aufschluesselung.equals(o.aufschluesselung));
  }

  @Override
  public int hashCode() {
    return 31 * indikator.hashCode() + aufschluesselung.hashCode();
  }
}

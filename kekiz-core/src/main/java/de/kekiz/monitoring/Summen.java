package de.kekiz.monitoring;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.ObsStatus;
import de.kekiz.monitoring.internal.Status;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Sums across a breakdown dimension: the cells {@code geschlecht=m}, {@code geschlecht=w} and
 * {@code geschlecht=d} of one area and period add up to the total, numerator by numerator and
 * denominator by denominator.
 */
public final class Summen {
  private Summen() {}

  /**
   * The sum of the cells of {@code dimension} with the codes {@code codes} (which must partition
   * the dimension: the caller knows the code list), for the breakdown the cells share apart from
   * {@code dimension}.
   *
   * <p>Rules ({@link RegelverstossException} with the code given): every cell is of the same
   * indicator version, area and period and has the same breakdown apart from {@code dimension}
   * ({@code summe.andere-zelle}); every cell's code of {@code dimension} is one of {@code codes}
   * ({@code summe.code-unbekannt}) and occurs once ({@code summe.code-doppelt}); every code has a
   * cell ({@code summe.code-fehlt}). A cell without numerator makes the sum missing ({@link
   * ObsStatus#M}); the status of the sum is the most significant of the cells'; its confidentiality
   * status is {@code F} (a total protects its cells by secondary suppression, not by hiding
   * itself). Each cell is checked against {@code indikator}.
   *
   * @param indikator the definition of the cells' indicator version
   * @param zellen the cells, one per code
   * @param dimension the dimension summed over, e.g. {@code "geschlecht"}
   * @param codes the codes of the dimension, which together cover it
   * @return the sum, as an observation with the cells' breakdown without {@code dimension}
   * @throws IllegalArgumentException if {@code zellen} or {@code codes} is empty
   * @throws de.kekiz.domain.RegelverstossException if a rule above is broken
   */
  public static Messwert ueberDimension(
      Indikator indikator,
      Collection<Messwert> zellen,
      String dimension,
      Collection<String> codes) {
    requireNonNull(indikator, "indikator");
    requireNonNull(dimension, "dimension");
    ImmutableSortedSet<String> soll = ImmutableSortedSet.copyOf(requireNonNull(codes, "codes"));
    if (zellen.isEmpty() || soll.isEmpty()) {
      throw new IllegalArgumentException(
          "a sum over dimension '"
              + dimension
              + "' needs cells and codes, got "
              + zellen.size()
              + " cells and codes "
              + soll);
    }
    Messwert erste = zellen.iterator().next();
    Aufschluesselung rest = erste.aufschluesselung().ohne(dimension);
    String gegenstand =
        "Summe "
            + erste.indikator()
            + " "
            + erste.raum()
            + " "
            + erste.periode()
            + " "
            + rest
            + " über "
            + dimension;
    Set<String> gesehen = new HashSet<>();
    BigDecimal zaehler = BigDecimal.ZERO;
    @Nullable BigDecimal nenner = indikator.hatNenner() ? BigDecimal.ZERO : null;
    ObsStatus status = ObsStatus.A;
    boolean fehlend = false;
    for (Messwert m : zellen) {
      indikator.pruefe(m);
      RegelverstossException.pruefe(
          m.indikator().equals(erste.indikator())
              && m.raum().equals(erste.raum())
              && m.periode().equals(erste.periode())
              && m.aufschluesselung().ohne(dimension).equals(rest),
          "summe.andere-zelle",
          gegenstand,
          "every cell must share indicator, area, period and the breakdown apart from '"
              + dimension
              + "', got "
              + m.schluessel());
      String code =
          m.aufschluesselung()
              .code(dimension)
              .orElseThrow(
                  () ->
                      new RegelverstossException(
                          "summe.code-unbekannt",
                          gegenstand,
                          "cell "
                              + m.schluessel()
                              + " has no code of dimension '"
                              + dimension
                              + "'"));
      RegelverstossException.pruefe(
          soll.contains(code),
          "summe.code-unbekannt",
          gegenstand,
          "code '" + code + "' of cell " + m.schluessel() + " is not among " + soll);
      RegelverstossException.pruefe(
          gesehen.add(code), "summe.code-doppelt", gegenstand, "code '" + code + "' occurs twice");
      BigDecimal z = m.zaehler();
      if (z == null) {
        fehlend = true;
        continue;
      }
      zaehler = zaehler.add(z);
      BigDecimal n = m.nenner();
      if (nenner != null && n != null) {
        nenner = nenner.add(n);
      }
      status = Status.summe(status, m.obsStatus());
    }
    for (String code : soll) {
      RegelverstossException.pruefe(
          gesehen.contains(code),
          "summe.code-fehlt",
          gegenstand,
          "no cell for code '" + code + "' of " + soll);
    }
    if (fehlend) {
      return new Messwert(
          erste.indikator(),
          erste.raum(),
          erste.periode(),
          rest,
          null,
          null,
          ObsStatus.M,
          ConfStatus.F);
    }
    return new Messwert(
        erste.indikator(),
        erste.raum(),
        erste.periode(),
        rest,
        zaehler,
        nenner,
        status,
        ConfStatus.F);
  }
}

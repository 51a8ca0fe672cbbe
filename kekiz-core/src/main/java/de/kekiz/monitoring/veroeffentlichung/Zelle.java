package de.kekiz.monitoring.veroeffentlichung;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.ObsStatus;
import de.kekiz.domain.indikator.Periode;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One cell of a report table: the value of an indicator for one area and period, or the reason
 * there is none.
 *
 * <p>A cell whose CONF_STATUS is not {@link ConfStatus#F} is <em>suppressed</em> and carries no
 * number at all: the constructor rejects one that does. A cell without value that is not suppressed
 * is <em>missing</em> (no observation, or OBS_STATUS {@link ObsStatus#M}). Formats show the two
 * with their own symbols ("." and "x" by default). Immutable and thread-safe.
 *
 * @param wert the value (numerator / denominator × factor), or {@code null} if suppressed or
 *     missing
 * @param zaehler the numerator, or {@code null}
 * @param nenner the denominator, or {@code null}
 * @param obsStatus how the value came about
 * @param confStatus whether it may be published
 * @param art what kind of figure the cell shows ({@link Wertart}): exact, perturbed, pooled, taken
 *     from the parent area, or none
 * @param von for a pooled figure, the first period pooled (the cell's column is the last); else
 *     {@code null}
 * @param quelle for a figure of the parent area, that area; else {@code null}
 */
public record Zelle(
    @Nullable BigDecimal wert,
    @Nullable BigDecimal zaehler,
    @Nullable BigDecimal nenner,
    ObsStatus obsStatus,
    ConfStatus confStatus,
    Wertart art,
    @Nullable Periode von,
    @Nullable Berichtsgebiet quelle) {

  private static final Zelle FEHLEND = new Zelle(null, null, null, ObsStatus.M, ConfStatus.F);

  /**
   * The suppressed cells by OBS_STATUS and CONF_STATUS (ordinals); {@code null} for {@code F}. A
   * suppressed cell is nothing but its two statuses, so each is made once.
   */
  private static final @Nullable Zelle[][] GESPERRT = new Zelle[ObsStatus.values().length][];

  static {
    for (ObsStatus o : ObsStatus.values()) {
      GESPERRT[o.ordinal()] = new Zelle[ConfStatus.values().length];
      for (ConfStatus c : ConfStatus.values()) {
        if (!c.veroeffentlichbar()) {
          GESPERRT[o.ordinal()][c.ordinal()] = new Zelle(null, null, null, o, c);
        }
      }
    }
  }

  /**
   * A cell of the exact figure (or none): {@link Wertart#GESPERRT} if suppressed, {@link
   * Wertart#FEHLEND} without value, else {@link Wertart#EXAKT}.
   *
   * @param wert the value, or {@code null}
   * @param zaehler the numerator, or {@code null}
   * @param nenner the denominator, or {@code null}
   * @param obsStatus how the value came about
   * @param confStatus whether it may be published
   */
  public Zelle(
      @Nullable BigDecimal wert,
      @Nullable BigDecimal zaehler,
      @Nullable BigDecimal nenner,
      ObsStatus obsStatus,
      ConfStatus confStatus) {
    this(
        wert,
        zaehler,
        nenner,
        obsStatus,
        confStatus,
        art(wert, confStatus, Wertart.EXAKT),
        null,
        null);
  }

  private static Wertart art(@Nullable BigDecimal wert, ConfStatus confStatus, Wertart mitWert) {
    if (!confStatus.veroeffentlichbar()) {
      return Wertart.GESPERRT;
    }
    return wert == null ? Wertart.FEHLEND : mitWert;
  }

  /**
   * Checks the cell.
   *
   * @param wert the value (numerator / denominator × factor), or {@code null} if suppressed or
   *     missing
   * @param zaehler the numerator, or {@code null}
   * @param nenner the denominator, or {@code null}
   * @param obsStatus how the value came about
   * @param confStatus whether it may be published
   * @param art what kind of figure the cell shows ({@link Wertart}): exact, perturbed, pooled,
   *     taken from the parent area, or none
   * @param von for a pooled figure, the first period pooled (the cell's column is the last); else
   *     {@code null}
   * @param quelle for a figure of the parent area, that area; else {@code null}
   * @throws IllegalArgumentException if a suppressed cell carries a number, or a cell with
   *     OBS_STATUS M carries a value, or a cell with numerator or denominator lacks the value
   */
  public Zelle {
    requireNonNull(obsStatus, "obsStatus");
    requireNonNull(confStatus, "confStatus");
    if (!confStatus.veroeffentlichbar() && (wert != null || zaehler != null || nenner != null)) {
      throw new IllegalArgumentException(
          "a suppressed cell (CONF_STATUS "
              + confStatus.code()
              + ") carries no number, got wert "
              + wert
              + ", zaehler "
              + zaehler
              + ", nenner "
              + nenner);
    }
    if (obsStatus == ObsStatus.M && wert != null) {
      throw new IllegalArgumentException("a missing cell (OBS_STATUS M) has no value, got " + wert);
    }
    if (wert == null && zaehler != null) {
      throw new IllegalArgumentException(
          "a cell with numerator " + zaehler + " needs its value, got none");
    }
    requireNonNull(art, "art");
    if (art.hatZahl() != (wert != null)
        || (art == Wertart.GESPERRT) != !confStatus.veroeffentlichbar()) {
      throw new IllegalArgumentException(
          "a cell of kind "
              + art
              + " needs a value exactly when the kind shows one, got "
              + wert
              + " with CONF_STATUS "
              + confStatus.code());
    }
    if ((art == Wertart.GEPOOLT) != (von != null)
        || (art == Wertart.VERGROEBERT) != (quelle != null)) {
      throw new IllegalArgumentException(
          "a pooled cell names its first period and a coarsened one its area, and no other cell"
              + " does: got "
              + art
              + " with von "
              + von
              + " and quelle "
              + quelle);
    }
  }

  /**
   * A cell for which there is no observation.
   *
   * @return the missing cell
   */
  public static Zelle fehlend() {
    return FEHLEND;
  }

  /**
   * A suppressed cell with CONF_STATUS {@code confStatus} (not {@code F}) and no number.
   *
   * @param obsStatus how the value came about
   * @param confStatus the CONF_STATUS, not {@code F}
   * @return the suppressed cell
   */
  public static Zelle gesperrt(ObsStatus obsStatus, ConfStatus confStatus) {
    if (confStatus.veroeffentlichbar()) {
      throw new IllegalArgumentException(
          "a suppressed cell needs a CONF_STATUS other than F, got " + confStatus.code());
    }
    return requireNonNull(
        GESPERRT[requireNonNull(obsStatus, "obsStatus").ordinal()][confStatus.ordinal()]);
  }

  /**
   * A publishable cell with value {@code wert} (numerator and denominator unknown).
   *
   * @param wert the value
   * @return the cell, of kind {@link Wertart#EXAKT}
   */
  public static Zelle exakt(BigDecimal wert) {
    return new Zelle(requireNonNull(wert, "wert"), null, null, ObsStatus.A, ConfStatus.F);
  }

  /**
   * The cell of observation {@code messwert} of indicator version {@code indikator}: suppressed
   * without any number if the observation may not be published, else with its value.
   *
   * @param messwert the observation
   * @param indikator the definition of its indicator version
   * @return the cell
   */
  public static Zelle aus(Messwert messwert, Indikator indikator) {
    requireNonNull(messwert, "messwert");
    requireNonNull(indikator, "indikator");
    if (!messwert.confStatus().veroeffentlichbar()) {
      return gesperrt(messwert.obsStatus(), messwert.confStatus());
    }
    Optional<BigDecimal> wert = indikator.wert(messwert);
    if (wert.isEmpty()) {
      return new Zelle(null, null, messwert.nenner(), messwert.obsStatus(), ConfStatus.F);
    }
    return new Zelle(
        wert.get(), messwert.zaehler(), messwert.nenner(), messwert.obsStatus(), ConfStatus.F);
  }

  /**
   * The cell {@link #aus(Messwert, Indikator)} gives for the publishable observation {@code
   * messwert} whose value was computed already (by {@link Indikator#wert(Messwert)}) as {@code
   * wert}, of kind {@code art} ({@link Wertart#EXAKT}, or {@link Wertart#UEBERLAGERT} as the
   * Cell-Key-Verfahren publishes it): the value is not computed again, the cell made once.
   */
  static Zelle aus(Messwert messwert, BigDecimal wert, Wertart art) {
    return new Zelle(
        requireNonNull(wert, "wert"),
        messwert.zaehler(),
        messwert.nenner(),
        messwert.obsStatus(),
        ConfStatus.F,
        art,
        null,
        null);
  }

  /**
   * The cell {@link #aus(Messwert, Indikator)} gives for the observation {@code messwert} without
   * publishable value (suppressed, or without numerator): checked already, it is not checked again.
   */
  static Zelle ohneWert(Messwert messwert) {
    if (!messwert.confStatus().veroeffentlichbar()) {
      return gesperrt(messwert.obsStatus(), messwert.confStatus());
    }
    if (messwert.zaehler() != null) {
      throw new IllegalArgumentException("the observation has a value: " + messwert);
    }
    return new Zelle(null, null, messwert.nenner(), messwert.obsStatus(), ConfStatus.F);
  }

  /** {@return the value, or empty if the cell is suppressed or missing} */
  public Optional<BigDecimal> zahl() {
    return Optional.ofNullable(wert);
  }

  /** {@return whether the cell holds a value} */
  public boolean hatWert() {
    return wert != null;
  }

  /**
   * The same figure as the perturbed one of the Cell-Key-Verfahren.
   *
   * @return the cell with kind {@link Wertart#UEBERLAGERT}
   * @throws IllegalArgumentException if the cell shows no exact figure
   */
  public Zelle alsUeberlagert() {
    if (art != Wertart.EXAKT) {
      throw new IllegalArgumentException(
          "only an exact figure can be marked perturbed, got " + art);
    }
    return new Zelle(wert, zaehler, nenner, obsStatus, confStatus, Wertart.UEBERLAGERT, null, null);
  }

  /**
   * The cell {@code ersatz} shows in place of this one, pooled over the periods from {@code von}.
   *
   * @param ersatz the pooled figure
   * @param von the first period pooled
   * @return the cell, of kind {@link Wertart#GEPOOLT}
   */
  public static Zelle gepoolt(Zelle ersatz, Periode von) {
    requireNonNull(ersatz, "ersatz");
    return new Zelle(
        ersatz.wert,
        ersatz.zaehler,
        ersatz.nenner,
        ersatz.obsStatus,
        ersatz.confStatus,
        Wertart.GEPOOLT,
        requireNonNull(von, "von"),
        null);
  }

  /**
   * The figure {@code ersatz} of the parent area {@code quelle}, shown in place of this one.
   *
   * @param ersatz the parent area's figure
   * @param quelle the parent area
   * @return the cell, of kind {@link Wertart#VERGROEBERT}
   */
  public static Zelle vergroebert(Zelle ersatz, Berichtsgebiet quelle) {
    requireNonNull(ersatz, "ersatz");
    return new Zelle(
        ersatz.wert,
        ersatz.zaehler,
        ersatz.nenner,
        ersatz.obsStatus,
        ersatz.confStatus,
        Wertart.VERGROEBERT,
        null,
        requireNonNull(quelle, "quelle"));
  }

  /** {@return whether the cell is suppressed (CONF_STATUS other than {@code F})} */
  public boolean gesperrt() {
    return !confStatus.veroeffentlichbar();
  }
}

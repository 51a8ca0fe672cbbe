package de.kekiz.monitoring.sozialindex;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.SozialraumRef;
import de.kekiz.domain.kommune.Sozialraumebene;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The Sozialindex of the Sozialräume of one level of a Kommune for one period, as computed by
 * {@link Sozialindexberechnung}. The published values are in {@link #werte()}; the classes ({@link
 * Stufung}, {@link StatusDynamikRaster}) and the ranking by {@link Handlungsbedarf} are derived
 * from the internal index, which never leaves the core. Immutable and thread-safe.
 */
public final class Sozialindex {

  private final Gemeindeschluessel kommune;
  private final Sozialindexmodell modell;
  private final Periode periode;
  private final Sozialraumebene ebene;
  private final ImmutableList<Sozialindexwert> werte;
  private final ImmutableMap<SozialraumRef, Intern> intern;

  /** The internal index and contributions of one Sozialraum. */
  static final class Intern {
    final BigDecimal index;
    private final @Nullable BigDecimal[] beitraege;

    Intern(BigDecimal index, @Nullable BigDecimal[] beitraege) {
      this.index = index;
      this.beitraege = beitraege.clone();
    }

    @Nullable BigDecimal beitrag(int i) {
      return beitraege[i];
    }
  }

  Sozialindex(
      Gemeindeschluessel kommune,
      Sozialindexmodell modell,
      Periode periode,
      Sozialraumebene ebene,
      List<Sozialindexwert> werte,
      Map<SozialraumRef, Intern> intern) {
    this.kommune = requireNonNull(kommune, "kommune");
    this.modell = requireNonNull(modell, "modell");
    this.periode = requireNonNull(periode, "periode");
    this.ebene = requireNonNull(ebene, "ebene");
    this.werte = ImmutableList.copyOf(werte);
    this.intern = ImmutableMap.copyOf(intern);
  }

  /** {@return the key of the Kommune the index is for} */
  public Gemeindeschluessel kommune() {
    return kommune;
  }

  /** {@return the model the index was computed by} */
  public Sozialindexmodell modell() {
    return modell;
  }

  /** {@return the period of the values the index was computed from} */
  public Periode periode() {
    return periode;
  }

  /** {@return the level of the Sozialräume that were indexed} */
  public Sozialraumebene ebene() {
    return ebene;
  }

  /**
   * {@return one published value per Sozialraum version of the level, ordered by Sozialraum
   * version}
   */
  public ImmutableList<Sozialindexwert> werte() {
    return werte;
  }

  /**
   * The value of Sozialraum version {@code sozialraum}, or empty.
   *
   * @param sozialraum the Sozialraum version
   * @return its value, or empty if it is not a Sozialraum version of the indexed level
   */
  public Optional<Sozialindexwert> wert(SozialraumRef sozialraum) {
    requireNonNull(sozialraum, "sozialraum");
    return werte.stream().filter(w -> w.sozialraum().equals(sozialraum)).findFirst();
  }

  /**
   * The values by rank (most need first; equal ranks by Sozialraum version), those without an index
   * last.
   *
   * @return all values, ordered as described
   */
  public ImmutableList<Sozialindexwert> nachRang() {
    return werte.stream()
        .sorted(
            Comparator.comparingInt(
                    (Sozialindexwert w) -> w.rang() == null ? Integer.MAX_VALUE : w.rang())
                .thenComparing(Sozialindexwert::sozialraum))
        .collect(ImmutableList.toImmutableList());
  }

  /** The internal index of {@code sozialraum}, or null if it has none: never for output. */
  @Nullable Intern intern(SozialraumRef sozialraum) {
    return intern.get(sozialraum);
  }

  /** The internal index of every Sozialraum with one. */
  ImmutableMap<SozialraumRef, Intern> intern() {
    return intern;
  }

  @Override
  public String toString() {
    return "Sozialindex "
        + modell.name()
        + " "
        + kommune
        + " "
        + periode
        + " "
        + ebene
        + " ("
        + intern.size()
        + " of "
        + werte.size()
        + " Sozialräume with an index)";
  }
}

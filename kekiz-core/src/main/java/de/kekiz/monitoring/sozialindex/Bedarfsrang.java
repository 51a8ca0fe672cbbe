package de.kekiz.monitoring.sozialindex;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.kommune.SozialraumRef;
import java.util.List;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * One Sozialraum in the ranking by Handlungsbedarf. Immutable and thread-safe.
 *
 * @param sozialraum the Sozialraum version
 * @param name its name
 * @param rang its rank by need, 1 for the most; {@code null} if it has no index
 * @param index its Sozialindex as published
 * @param treiber the indicators that drive its need, strongest first
 */
public record Bedarfsrang(
    SozialraumRef sozialraum,
    String name,
    @Nullable Integer rang,
    Sozialindexwert index,
    List<Treiber> treiber) {

  /**
   * Checks that every component other than the rank is given, and copies the drivers.
   *
   * @param sozialraum the Sozialraum version
   * @param name its name
   * @param rang its rank by need, 1 for the most; {@code null} if it has no index
   * @param index its Sozialindex as published
   * @param treiber the indicators that drive its need, strongest first
   * @throws NullPointerException naming a missing component
   */
  public Bedarfsrang {
    requireNonNull(sozialraum, "sozialraum");
    requireNonNull(name, "name");
    requireNonNull(index, "index");
    treiber = ImmutableList.copyOf(requireNonNull(treiber, "treiber"));
  }

  /** {@return the rank by need (1 for the most), or empty if the Sozialraum has no index} */
  public OptionalInt rangplatz() {
    return rang == null ? OptionalInt.empty() : OptionalInt.of(rang);
  }
}

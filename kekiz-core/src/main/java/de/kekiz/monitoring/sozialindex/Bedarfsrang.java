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

  public Bedarfsrang {
    requireNonNull(sozialraum, "sozialraum");
    requireNonNull(name, "name");
    requireNonNull(index, "index");
    treiber = ImmutableList.copyOf(requireNonNull(treiber, "treiber"));
  }

  /** The rank, if the Sozialraum has an index. */
  public OptionalInt rangplatz() {
    return rang == null ? OptionalInt.empty() : OptionalInt.of(rang);
  }
}

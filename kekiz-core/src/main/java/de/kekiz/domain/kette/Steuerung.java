package de.kekiz.domain.kette;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.Regelverstoss;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * How a Präventionskette is steered: a Steuerungsgruppe, operative Arbeitsgemeinschaften and a
 * Koordination; each part may be missing while the chain is being set up.
 *
 * <p>Rule: AG keys are unique ({@code steuerung.ag-key-doppelt}). Immutable and thread-safe.
 *
 * @param gruppe the Steuerungsgruppe, or {@code null}
 * @param ags the Arbeitsgemeinschaften in the order given
 * @param koordination the coordination post, or {@code null}
 */
public record Steuerung(
    @Nullable Steuerungsgruppe gruppe,
    List<Arbeitsgemeinschaft> ags,
    @Nullable Koordination koordination) {

  /** No Steuerung set up yet. */
  public static final Steuerung KEINE = new Steuerung(null, List.of(), null);

  public Steuerung {
    ags = ImmutableList.copyOf(requireNonNull(ags, "ags"));
    Set<String> keys = new HashSet<>();
    for (Arbeitsgemeinschaft ag : ags) {
      Regelverstoss.pruefe(
          keys.add(ag.key()),
          "steuerung.ag-key-doppelt",
          "Steuerung",
          "Arbeitsgemeinschaft key '" + ag.key() + "' is used twice");
    }
  }

  /** The Arbeitsgemeinschaft with {@code key}, or empty. */
  public Optional<Arbeitsgemeinschaft> ag(String key) {
    requireNonNull(key, "key");
    return ags.stream().filter(a -> a.key().equals(key)).findFirst();
  }

  /** All seats: the Steuerungsgruppe's first, then each AG's in order. */
  public ImmutableList<Mitglied> alleMitglieder() {
    Stream<Mitglied> gruppenSitze = gruppe == null ? Stream.empty() : gruppe.mitglieder().stream();
    return Stream.concat(gruppenSitze, ags.stream().flatMap(a -> a.mitglieder().stream()))
        .collect(ImmutableList.toImmutableList());
  }
}

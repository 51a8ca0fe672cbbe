package de.kekiz.domain.kette;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.RegelverstossException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * How a Präventionskette is steered: a Steuerungsgruppe, operative Arbeitsgemeinschaften and the
 * coordination posts; each part may be missing while the chain is being set up.
 *
 * <p>Rule: AG keys are unique ({@code steuerung.ag-key-doppelt}). Every part may carry its
 * validity; {@link #am(LocalDate)} gives the Steuerung as it was on a day. Immutable and
 * thread-safe.
 *
 * @param gruppe the Steuerungsgruppe, or {@code null}
 * @param ags the Arbeitsgemeinschaften in the order given
 * @param koordinationen the coordination posts in the order given (several posts are several
 *     entries, e.g. an existing post and a programme-funded half post)
 */
public record Steuerung(
    @Nullable Steuerungsgruppe gruppe,
    List<Arbeitsgemeinschaft> ags,
    List<Koordination> koordinationen) {

  /** No Steuerung set up yet. */
  public static final Steuerung KEINE = new Steuerung(null, List.of(), List.of());

  /**
   * @param gruppe the Steuerungsgruppe, or {@code null}
   * @param ags the Arbeitsgemeinschaften; copied
   * @param koordinationen the coordination posts; copied
   * @throws RegelverstossException if two Arbeitsgemeinschaften have the same key
   */
  public Steuerung {
    ags = ImmutableList.copyOf(requireNonNull(ags, "ags"));
    koordinationen = ImmutableList.copyOf(requireNonNull(koordinationen, "koordinationen"));
    Set<String> keys = new HashSet<>();
    for (Arbeitsgemeinschaft ag : ags) {
      RegelverstossException.pruefe(
          keys.add(ag.key()),
          "steuerung.ag-key-doppelt",
          "Steuerung",
          "Arbeitsgemeinschaft key '" + ag.key() + "' is used twice");
    }
  }

  /**
   * A Steuerung with at most one coordination post.
   *
   * @param gruppe the Steuerungsgruppe, or {@code null}
   * @param ags the Arbeitsgemeinschaften in the order given
   * @param koordination the coordination post, or {@code null} for none
   * @throws RegelverstossException if two Arbeitsgemeinschaften have the same key
   */
  public Steuerung(
      @Nullable Steuerungsgruppe gruppe,
      List<Arbeitsgemeinschaft> ags,
      @Nullable Koordination koordination) {
    this(gruppe, ags, koordination == null ? List.of() : List.of(koordination));
  }

  /**
   * The single coordination post, or {@code null} if there is none. Kept for callers written before
   * a chain could have several posts; use {@link #koordinationen()}.
   *
   * @return the only post, or {@code null} if there is none
   * @throws IllegalStateException if there are several posts (so that no caller silently drops one)
   */
  public @Nullable Koordination koordination() {
    if (koordinationen.size() > 1) {
      throw new IllegalStateException(
          "Steuerung has " + koordinationen.size() + " coordination posts, use koordinationen()");
    }
    return koordinationen.isEmpty() ? null : koordinationen.get(0);
  }

  /**
   * {@return the Arbeitsgemeinschaft with {@code key}, or empty}
   *
   * @param key the AG's key
   */
  public Optional<Arbeitsgemeinschaft> ag(String key) {
    requireNonNull(key, "key");
    return ags.stream().filter(a -> a.key().equals(key)).findFirst();
  }

  /** {@return all seats: the Steuerungsgruppe's first, then each AG's in order} */
  public ImmutableList<Mitglied> alleMitglieder() {
    Stream<Mitglied> gruppenSitze = gruppe == null ? Stream.empty() : gruppe.mitglieder().stream();
    return Stream.concat(gruppenSitze, ags.stream().flatMap(a -> a.mitglieder().stream()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The Steuerung as it was on {@code tag}: the Steuerungsgruppe, the AGs and the posts that
   * existed that day, each with only the seats held that day.
   *
   * @param tag the day asked about
   * @return the Steuerung of that day
   */
  public Steuerung am(LocalDate tag) {
    requireNonNull(tag, "tag");
    Steuerungsgruppe g = gruppe != null && gruppe.gueltigAm(tag) ? gruppe.am(tag) : null;
    return new Steuerung(
        g,
        ags.stream()
            .filter(a -> a.gueltigAm(tag))
            .map(a -> a.am(tag))
            .collect(ImmutableList.toImmutableList()),
        koordinationen.stream()
            .filter(k -> k.gueltigAm(tag))
            .collect(ImmutableList.toImmutableList()));
  }
}

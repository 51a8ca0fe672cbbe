package de.kekiz.domain.lernnetzwerk;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An Arbeitsgruppe of a Lernnetzwerk meeting with its topic, if reported, and the short talks given
 * in it. Immutable and thread-safe.
 *
 * @param thema the topic, or {@code null} if not reported; not blank
 * @param beitraege the contributions, in the order given
 */
public record Arbeitsgruppe(@Nullable String thema, List<Beitrag> beitraege) {

  /**
   * @param thema the topic, or {@code null} if not reported
   * @param beitraege the contributions, in the order given; copied
   * @throws IllegalArgumentException if {@code thema} is blank
   */
  public Arbeitsgruppe {
    beitraege = ImmutableList.copyOf(requireNonNull(beitraege, "beitraege"));
    if (thema != null && thema.isBlank()) {
      throw new IllegalArgumentException("Arbeitsgruppe needs a topic that is not blank, or none");
    }
  }
}

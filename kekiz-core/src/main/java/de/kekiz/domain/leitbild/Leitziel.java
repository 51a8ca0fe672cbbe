package de.kekiz.domain.leitbild;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.RegelverstossException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A strategic goal of a Leitbild, made concrete by its Handlungsziele.
 *
 * <p>Rule: the keys of its Handlungsziele are unique ({@code leitziel.handlungsziel-key-doppelt});
 * the {@link Leitbild} checks them across all its Leitziele. A Leitziel may have no Handlungsziele
 * yet. Immutable and thread-safe.
 *
 * @param key the key, unique within the Leitbild (e.g. {@code 1})
 * @param titel the goal as the Leitbild words it
 * @param beschreibung an explanation, or {@code null}
 * @param handlungsziele the Handlungsziele in the order given
 */
public record Leitziel(
    String key, String titel, @Nullable String beschreibung, List<Handlungsziel> handlungsziele) {

  /**
   * @param key the key, unique within the Leitbild (e.g. {@code 1}): 1 to 60 letters, digits, '.',
   *     '_' or '-', starting with a letter or digit
   * @param titel the goal as the Leitbild words it, not blank
   * @param beschreibung an explanation, not blank, or {@code null}
   * @param handlungsziele the Handlungsziele; copied
   * @throws IllegalArgumentException if the key is malformed or a text blank
   * @throws RegelverstossException if two Handlungsziele have the same key
   */
  public Leitziel {
    Pruefung.key(key, "Leitziel key");
    Pruefung.text(titel, "Leitziel titel");
    Pruefung.optionalText(beschreibung, "Leitziel beschreibung");
    handlungsziele = ImmutableList.copyOf(requireNonNull(handlungsziele, "handlungsziele"));
    Set<String> keys = new HashSet<>();
    for (Handlungsziel h : handlungsziele) {
      RegelverstossException.pruefe(
          keys.add(h.key()),
          "leitziel.handlungsziel-key-doppelt",
          "Leitziel " + key,
          "Handlungsziel key '" + h.key() + "' is used twice");
    }
  }

  /**
   * {@return a Leitziel without description}
   *
   * @param key the key, unique within the Leitbild (e.g. {@code 1})
   * @param titel the goal as the Leitbild words it, not blank
   * @param handlungsziele the Handlungsziele in order
   * @throws IllegalArgumentException if the key is malformed or the title blank
   * @throws RegelverstossException if two Handlungsziele have the same key
   */
  public static Leitziel of(String key, String titel, Handlungsziel... handlungsziele) {
    return new Leitziel(key, titel, null, List.of(handlungsziele));
  }

  /**
   * {@return the Handlungsziel with {@code key}, or empty}
   *
   * @param key the Handlungsziel's key
   */
  public Optional<Handlungsziel> handlungsziel(String key) {
    requireNonNull(key, "key");
    return handlungsziele.stream().filter(h -> h.key().equals(key)).findFirst();
  }
}

package de.kekiz.domain.leitbild;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.indikator.IndikatorKey;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A measurable, operational goal under a Leitziel, with the indicators that measure it and the
 * Zielwerte set for them.
 *
 * <p>Rules: every Zielwert refers to one of the Handlungsziel's indicators ({@code
 * handlungsziel.zielwert-ohne-indikator}); an indicator is listed once ({@code
 * handlungsziel.indikator-doppelt}); at most one Zielwert per indicator, Sozialraum and Frist
 * ({@code handlungsziel.zielwert-doppelt}). Immutable and thread-safe.
 *
 * @param key the key, unique within the Leitbild (e.g. {@code 1.2})
 * @param titel the goal as the Leitbild words it
 * @param indikatoren the indicators that measure the goal, in the order given
 * @param zielwerte the target values, in the order given
 */
public record Handlungsziel(
    String key, String titel, List<IndikatorKey> indikatoren, List<Zielwert> zielwerte) {

  /**
   * @param key the key, unique within the Leitbild (e.g. {@code 1.2}): 1 to 60 letters, digits,
   *     '.', '_' or '-', starting with a letter or digit
   * @param titel the goal as the Leitbild words it, not blank
   * @param indikatoren the indicators that measure the goal; copied
   * @param zielwerte the target values; copied
   * @throws IllegalArgumentException if the key is malformed or the title blank
   * @throws RegelverstossException if a rule of the class comment is broken
   */
  public Handlungsziel {
    Pruefung.key(key, "Handlungsziel key");
    Pruefung.text(titel, "Handlungsziel titel");
    indikatoren = ImmutableList.copyOf(requireNonNull(indikatoren, "indikatoren"));
    zielwerte = ImmutableList.copyOf(requireNonNull(zielwerte, "zielwerte"));
    String gegenstand = "Handlungsziel " + key;
    Set<IndikatorKey> gesehen = new HashSet<>();
    for (IndikatorKey k : indikatoren) {
      RegelverstossException.pruefe(
          gesehen.add(k),
          "handlungsziel.indikator-doppelt",
          gegenstand,
          "indicator '" + k + "' is listed twice");
    }
    Set<List<Object>> zielwertSchluessel = new HashSet<>();
    for (Zielwert z : zielwerte) {
      RegelverstossException.pruefe(
          gesehen.contains(z.indikator()),
          "handlungsziel.zielwert-ohne-indikator",
          gegenstand,
          "a Zielwert must refer to an indicator the Handlungsziel measures; '"
              + z.indikator()
              + "' is not among "
              + indikatoren);
      List<Object> zk =
          List.of(z.indikator(), Objects.toString(z.sozialraum(), "Kommune"), z.frist());
      RegelverstossException.pruefe(
          zielwertSchluessel.add(zk),
          "handlungsziel.zielwert-doppelt",
          gegenstand,
          "two Zielwerte for indicator '"
              + z.indikator()
              + "', "
              + (z.sozialraum() == null
                  ? "the whole Kommune"
                  : "Sozialraum '" + z.sozialraum() + "'")
              + " and Frist "
              + z.frist());
    }
  }

  /**
   * {@return a Handlungsziel measured by {@code indikatoren} with no Zielwerte yet}
   *
   * @param key the key, unique within the Leitbild (e.g. {@code 1.2})
   * @param titel the goal as the Leitbild words it, not blank
   * @param indikatoren the indicators that measure the goal, each once
   * @throws IllegalArgumentException if the key is malformed or the title blank
   * @throws RegelverstossException if an indicator is listed twice
   */
  public static Handlungsziel of(String key, String titel, IndikatorKey... indikatoren) {
    return new Handlungsziel(key, titel, List.of(indikatoren), List.of());
  }

  /**
   * {@return the same Handlungsziel with {@code zielwert} added at the end}
   *
   * @param zielwert a target for one of the Handlungsziel's indicators
   * @throws RegelverstossException if its indicator is not measured here, or a Zielwert for the
   *     same indicator, Sozialraum and Frist exists
   */
  public Handlungsziel withZielwert(Zielwert zielwert) {
    return new Handlungsziel(
        key,
        titel,
        indikatoren,
        ImmutableList.<Zielwert>builder().addAll(zielwerte).add(zielwert).build());
  }

  /**
   * {@return the Zielwerte set for {@code indikator}, in the order given; empty if none}
   *
   * @param indikator the indicator's key
   */
  public List<Zielwert> zielwerte(IndikatorKey indikator) {
    requireNonNull(indikator, "indikator");
    return zielwerte.stream()
        .filter(z -> z.indikator().equals(indikator))
        .collect(ImmutableList.toImmutableList());
  }
}

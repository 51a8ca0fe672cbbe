package de.kekiz.domain.programm;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What the published sources say about one fact: none, one or several {@link Angabe}s, kept in the
 * order given. Sources that disagree are kept side by side: {@link #strittig()} says so, and {@link
 * #deutsch(Function)} shows every value with its source; nothing picks one silently. Immutable and
 * thread-safe if {@code T} is.
 *
 * @param <T> the type of the values
 * @param angaben the statements, in the order given; empty when no source states the fact
 */
public record Angaben<T>(List<Angabe<T>> angaben) {

  /**
   * @param angaben the statements, in the order given; copied
   */
  public Angaben {
    angaben = ImmutableList.copyOf(requireNonNull(angaben, "angaben"));
  }

  /**
   * {@return the Angaben of a fact no source states}
   *
   * @param <T> the type of the values
   */
  public static <T> Angaben<T> keine() {
    return new Angaben<>(List.of());
  }

  /**
   * {@return one value with its source}
   *
   * @param <T> the type of the value
   * @param wert the value
   * @param beleg where it is stated
   */
  public static <T> Angaben<T> of(T wert, Beleg beleg) {
    return new Angaben<>(List.of(Angabe.of(wert, beleg)));
  }

  /**
   * {@return a copy with {@code wert} as stated by {@code beleg} added at the end}
   *
   * @param wert the value, which may differ from those stated already
   * @param beleg where it is stated
   */
  public Angaben<T> with(T wert, Beleg beleg) {
    return new Angaben<>(
        ImmutableList.<Angabe<T>>builder().addAll(angaben).add(Angabe.of(wert, beleg)).build());
  }

  /** {@return whether no source states the fact} */
  public boolean unbekannt() {
    return angaben.isEmpty();
  }

  /** {@return whether the sources state more than one distinct value} */
  public boolean strittig() {
    return werte().size() > 1;
  }

  /** {@return the distinct values, in the order first stated; empty if no source states one} */
  public ImmutableList<T> werte() {
    Set<T> werte = new LinkedHashSet<>();
    for (Angabe<T> a : angaben) {
      werte.add(a.wert());
    }
    return ImmutableList.copyOf(werte);
  }

  /**
   * {@return the value if every source states the same one; empty if none does or they disagree}
   */
  public Optional<T> einhellig() {
    List<T> werte = werte();
    return werte.size() == 1 ? Optional.of(werte.get(0)) : Optional.empty();
  }

  /**
   * German display form: {@code "2016 (Quelle A)"}, for disagreeing sources {@code "2015 (Quelle B)
   * oder 2016 (Quelle A, Quelle C)"} (distinct values in the order first stated, each with every
   * source stating it), {@code "nicht angegeben"} when no source states the fact.
   *
   * @param format the German form of one value
   * @return the German text, never empty
   */
  public String deutsch(Function<? super T, String> format) {
    requireNonNull(format, "format");
    if (angaben.isEmpty()) {
      return "nicht angegeben";
    }
    StringBuilder s = new StringBuilder();
    for (T wert : werte()) {
      if (s.length() > 0) {
        s.append(" oder ");
      }
      s.append(format.apply(wert)).append(" (");
      String trenner = "";
      for (Angabe<T> a : angaben) {
        if (a.wert().equals(wert)) {
          s.append(trenner).append(a.beleg());
          trenner = ", ";
        }
      }
      s.append(')');
    }
    return s.toString();
  }
}

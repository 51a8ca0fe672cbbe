package de.kekiz.persistence.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Describes in words what changed between two states of an aggregate, for the audit trail: {@code
 * name: 'Ahlen' → 'Stadt Ahlen'; sozialraeume: +05570004:12@1, ~05570004:3@1}. Parts of lists are
 * named by their key: {@code +} added, {@code -} removed, {@code ~} changed; a list whose elements
 * only moved is reported as reordered. At most {@value #HOECHSTENS} keys are listed per part. Not
 * thread-safe.
 */
public final class Aenderungen {

  private static final int HOECHSTENS = 20;

  private final List<String> teile = new ArrayList<>();

  /** Notes the field {@code name} if {@code alt} and {@code neu} differ. */
  public Aenderungen feld(String name, @Nullable Object alt, @Nullable Object neu) {
    if (!Objects.equals(alt, neu)) {
      teile.add(name + ": " + text(alt) + " → " + text(neu));
    }
    return this;
  }

  /**
   * Notes the elements of list {@code name} added, removed or changed, named by {@code schluessel}.
   */
  public <T> Aenderungen liste(
      String name, Iterable<T> alt, Iterable<T> neu, Function<T, ?> schluessel) {
    Map<Object, T> vorher = new LinkedHashMap<>();
    for (T t : alt) {
      vorher.put(schluessel.apply(t), t);
    }
    Map<Object, T> nachher = new LinkedHashMap<>();
    for (T t : neu) {
      nachher.put(schluessel.apply(t), t);
    }
    List<String> eintraege = new ArrayList<>();
    for (Map.Entry<Object, T> e : nachher.entrySet()) {
      T a = vorher.get(e.getKey());
      if (a == null) {
        eintraege.add("+" + e.getKey());
      } else if (!a.equals(e.getValue())) {
        eintraege.add("~" + e.getKey());
      }
    }
    for (Object k : vorher.keySet()) {
      if (!nachher.containsKey(k)) {
        eintraege.add("-" + k);
      }
    }
    if (eintraege.isEmpty()) {
      if (!List.copyOf(vorher.keySet()).equals(List.copyOf(nachher.keySet()))) {
        teile.add(name + ": reordered");
      }
      return this;
    }
    StringBuilder sb = new StringBuilder(name).append(": ");
    for (int i = 0; i < eintraege.size() && i < HOECHSTENS; i++) {
      sb.append(i == 0 ? "" : ", ").append(eintraege.get(i));
    }
    if (eintraege.size() > HOECHSTENS) {
      sb.append(", … (").append(eintraege.size() - HOECHSTENS).append(" more)");
    }
    teile.add(sb.toString());
    return this;
  }

  /** The description, or {@code no change} if nothing differs. */
  public String text() {
    return teile.isEmpty() ? "no change" : String.join("; ", teile);
  }

  private static String text(@Nullable Object o) {
    if (o == null) {
      return "-";
    }
    if (o instanceof java.util.Optional<?> opt) {
      return opt.isPresent() ? text(opt.get()) : "-";
    }
    String s = o.toString();
    if (s.length() > 80) {
      s = s.substring(0, 80) + "…";
    }
    return "'" + s + "'";
  }
}

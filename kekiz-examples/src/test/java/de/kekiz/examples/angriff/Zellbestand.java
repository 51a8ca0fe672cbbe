package de.kekiz.examples.angriff;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The facts of a release, one per cell: every statement about a cell from every file, unified.
 *
 * <p>A number counts as published if any place shows it as an exact figure ({@link
 * Wertart#exakt()}); a reader takes it from there. Contradictions become findings: a cell shown
 * with different numbers (its number then counts as unknown), shown in one place and suppressed in
 * another (the number counts as published: it is), or otherwise with different CONF_STATUS.
 */
final class Zellbestand {

  /**
   * What a reader knows about one cell.
   *
   * @param zelle the cell
   * @param version the indicator version, 0 if no place states it
   * @param zaehler the published numerator, {@code null} if unknown
   * @param nenner the published denominator, {@code null} if unknown
   * @param gesperrt whether some place marks it suppressed
   * @param primaer whether some place marks it primary-suppressed ({@code A})
   * @param confStatus the CONF_STATUS values stated, sorted
   * @param ordner the folders it appears in
   */
  record Zellwert(
      Zelle zelle,
      int version,
      @Nullable Bruch zaehler,
      @Nullable Bruch nenner,
      boolean gesperrt,
      boolean primaer,
      ImmutableSortedSet<String> confStatus,
      ImmutableSortedSet<String> ordner) {}

  private final Map<Zelle, Zellwert> zellen;
  private final List<Befund> widersprueche;

  private Zellbestand(Map<Zelle, Zellwert> zellen, List<Befund> widersprueche) {
    this.zellen = zellen;
    this.widersprueche = List.copyOf(widersprueche);
  }

  /** Unifies {@code angaben}. */
  static Zellbestand aus(Collection<Angabe> angaben) {
    Map<Zelle, List<Angabe>> jeZelle = new HashMap<>();
    for (Angabe a : angaben) {
      jeZelle.computeIfAbsent(a.zelle(), z -> new ArrayList<>()).add(a);
    }
    Map<Zelle, Zellwert> zellen = new HashMap<>();
    List<Befund> widersprueche = new ArrayList<>();
    for (Map.Entry<Zelle, List<Angabe>> e : jeZelle.entrySet()) {
      zellen.put(e.getKey(), vereinige(e.getKey(), e.getValue(), widersprueche));
    }
    return new Zellbestand(zellen, widersprueche);
  }

  private static Zellwert vereinige(Zelle zelle, List<Angabe> angaben, List<Befund> widersprueche) {
    List<Angabe> exakt = angaben.stream().filter(a -> a.wertart().exakt()).toList();
    Bruch zaehler = eine(zelle, "Zähler", exakt, Angabe::zaehler, widersprueche);
    Bruch nenner = eine(zelle, "Nenner", exakt, Angabe::nenner, widersprueche);
    boolean gesperrt = angaben.stream().anyMatch(Angabe::gesperrt);
    List<Angabe> zeigen = angaben.stream().filter(Angabe::zeigtZahlen).toList();
    boolean gesperrtUndVeroeffentlicht = gesperrt && !zeigen.isEmpty();
    if (gesperrtUndVeroeffentlicht) {
      List<String> belege = new ArrayList<>();
      angaben.stream()
          .filter(Angabe::gesperrt)
          .forEach(
              a -> belege.add("gesperrt (CONF_STATUS " + a.confStatus() + "): " + a.fundstelle()));
      zeigen.forEach(
          a ->
              belege.add("mit Zahlen " + a.zaehler() + " / " + a.nenner() + ": " + a.fundstelle()));
      widersprueche.add(
          new Befund(
              Befund.Art.GESPERRT_UND_VEROEFFENTLICHT,
              zelle,
              zelle
                  + " ist an einer Stelle gesperrt und an einer anderen mit Zahlen veröffentlicht",
              belege));
    }
    ImmutableSortedSet<String> conf =
        angaben.stream()
            .map(Angabe::confStatus)
            .collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo));
    if (conf.size() > 1 && !gesperrtUndVeroeffentlicht) {
      widersprueche.add(
          new Befund(
              Befund.Art.WIDERSPRUECHLICHER_STATUS,
              zelle,
              zelle + " hat verschiedene CONF_STATUS " + conf,
              orte(angaben, a -> "CONF_STATUS " + a.confStatus())));
    }
    Set<Integer> versionen =
        angaben.stream()
            .map(Angabe::version)
            .filter(v -> v > 0)
            .collect(Collectors.toCollection(TreeSet::new));
    if (versionen.size() > 1) {
      widersprueche.add(
          new Befund(
              Befund.Art.WIDERSPRUECHLICHE_ZAHLEN,
              zelle,
              zelle + " hat verschiedene Indikatorversionen " + versionen,
              orte(angaben, a -> "Version " + a.version())));
    }
    return new Zellwert(
        zelle,
        versionen.isEmpty() ? 0 : versionen.iterator().next(),
        zaehler,
        nenner,
        gesperrt,
        angaben.stream().anyMatch(Angabe::primaerGesperrt),
        conf,
        angaben.stream()
            .map(a -> a.fundstelle().ordner())
            .collect(ImmutableSortedSet.toImmutableSortedSet(String::compareTo)));
  }

  /** The one number all places agree on, or {@code null} (none shown, or a contradiction). */
  private static @Nullable Bruch eine(
      Zelle zelle,
      String was,
      List<Angabe> angaben,
      Function<Angabe, @Nullable BigDecimal> zahl,
      List<Befund> widersprueche) {
    Map<BigDecimal, Angabe> werte = new LinkedHashMap<>();
    for (Angabe a : angaben) {
      BigDecimal z = zahl.apply(a);
      if (z != null) {
        werte.putIfAbsent(z.stripTrailingZeros(), a);
      }
    }
    if (werte.isEmpty()) {
      return null;
    }
    if (werte.size() > 1) {
      widersprueche.add(
          new Befund(
              Befund.Art.WIDERSPRUECHLICHE_ZAHLEN,
              zelle,
              zelle
                  + ": "
                  + was
                  + " verschieden veröffentlicht "
                  + werte.keySet()
                  + " (gilt dem Angreifer als unbekannt)",
              orte(angaben, a -> was + " " + zahl.apply(a))));
      return null;
    }
    BigDecimal z = werte.keySet().iterator().next();
    return z.scale() <= 0
        ? Bruch.of(z.toBigIntegerExact())
        : Bruch.of(z.unscaledValue(), BigInteger.TEN.pow(z.scale()));
  }

  private static List<String> orte(List<Angabe> angaben, Function<Angabe, String> was) {
    return angaben.stream().map(a -> was.apply(a) + ": " + a.fundstelle()).toList();
  }

  /** What is known about {@code zelle}, if any file lists it. */
  Optional<Zellwert> zelle(Zelle zelle) {
    return Optional.ofNullable(zellen.get(requireNonNull(zelle, "zelle")));
  }

  /** Every cell listed. */
  Collection<Zellwert> zellen() {
    return zellen.values();
  }

  /** The contradictions between places. */
  List<Befund> widersprueche() {
    return widersprueche;
  }
}

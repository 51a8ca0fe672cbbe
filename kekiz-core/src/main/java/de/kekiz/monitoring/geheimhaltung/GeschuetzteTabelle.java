package de.kekiz.monitoring.geheimhaltung;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.util.Arrays;

/**
 * A {@link Tabelle} with the protection's decision for every cell: published ({@link
 * Sperrung#FREI}), primary or secondary suppressed, or missing. Immutable and thread-safe if the
 * keys are.
 *
 * @param <K> the type of the cell keys
 */
public final class GeschuetzteTabelle<K> {

  private final Tabelle<K> tabelle;
  private final Sperrung[] sperrung;
  private final ImmutableSet<K> bestimmbar;

  GeschuetzteTabelle(Tabelle<K> tabelle, Sperrung[] sperrung, boolean[] bestimmt) {
    this.tabelle = requireNonNull(tabelle, "tabelle");
    this.sperrung = Arrays.copyOf(sperrung, sperrung.length);
    ImmutableSet.Builder<K> b = ImmutableSet.builder();
    for (int i = 0; i < bestimmt.length; i++) {
      if (bestimmt[i] && sperrung[i].gesperrt()) {
        b.add(tabelle.schluesselAn(i));
      }
    }
    this.bestimmbar = b.build();
  }

  /** {@return the table that was protected} */
  public Tabelle<K> tabelle() {
    return tabelle;
  }

  /**
   * The decision for cell {@code k}.
   *
   * @param k the key of a cell of the table
   * @return the decision: published, primary or secondary suppressed, or missing
   * @throws IllegalArgumentException quoting {@code k} if the table has no such cell
   */
  public Sperrung sperrung(K k) {
    return sperrung[tabelle.index(k)];
  }

  /** The decision for the cell at position {@code i} of the table. */
  Sperrung sperrungAn(int i) {
    return sperrung[i];
  }

  /**
   * Whether cell {@code k} may be published.
   *
   * @param k the key of a cell of the table
   * @return whether its decision is {@link Sperrung#FREI}
   * @throws IllegalArgumentException quoting {@code k} if the table has no such cell
   */
  public boolean veroeffentlicht(K k) {
    return sperrung(k) == Sperrung.FREI;
  }

  /**
   * The keys of the cells with decision {@code s}, in table order.
   *
   * @param s the decision
   * @return the keys of the cells with it; empty if none
   */
  public ImmutableSet<K> zellen(Sperrung s) {
    requireNonNull(s, "s");
    ImmutableSet.Builder<K> b = ImmutableSet.builder();
    for (int i = 0; i < sperrung.length; i++) {
      if (sperrung[i] == s) {
        b.add(tabelle.schluessel().get(i));
      }
    }
    return b.build();
  }

  /**
   * The number of cells with decision {@code s}.
   *
   * @param s the decision
   * @return the number of cells with it, 0 if none
   */
  public int anzahl(Sperrung s) {
    requireNonNull(s, "s");
    int k = 0;
    for (Sperrung x : sperrung) {
      k += x == s ? 1 : 0;
    }
    return k;
  }

  /**
   * The suppressed cells that an observer could still compute: empty unless the relations
   * themselves fix a cell whatever is hidden (say, {@code K = A + B} and {@code K = A + B + C}
   * together force {@code C = 0}), or the protection gave up after many attempts. Such cells stay
   * suppressed; the caller decides whether to publish the table.
   *
   * @return the keys of those cells; normally empty
   */
  public ImmutableSet<K> bestimmbar() {
    return bestimmbar;
  }

  /** A summary such as {@code GeschuetzteTabelle[24 cells: 18 F, 3 A, 2 D, 1 missing]}. */
  @Override
  public String toString() {
    return "GeschuetzteTabelle["
        + sperrung.length
        + " cells: "
        + anzahl(Sperrung.FREI)
        + " F, "
        + anzahl(Sperrung.PRIMAER)
        + " A, "
        + anzahl(Sperrung.SEKUNDAER)
        + " D, "
        + anzahl(Sperrung.FEHLT)
        + " missing]";
  }
}

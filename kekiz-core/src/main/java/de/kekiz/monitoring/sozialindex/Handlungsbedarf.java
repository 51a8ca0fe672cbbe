package de.kekiz.monitoring.sozialindex;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.kommune.Sozialraumebene;
import de.kekiz.monitoring.Kommunaldaten;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Ranks Sozialräume by Handlungsbedarf (need for action) and names the indicators that drive it.
 *
 * <p>Need is the {@link Sozialindex} (higher = more need); the ranking is its rank (ties share the
 * best rank; equal ranks are listed by Sozialraum version; Sozialräume without an index come last,
 * unranked). The drivers of a Sozialraum are the indicators with a positive contribution {@code w ·
 * z / Σ w} to its index — those where it is worse off than the average Sozialraum — strongest
 * first, equal contributions in the model's order, at most {@code treiber} of them. Immutable and
 * thread-safe.
 */
public final class Handlungsbedarf {

  private final int treiber;
  private final Sozialindexberechnung berechnung = new Sozialindexberechnung();

  /** A ranking that names up to 3 drivers per Sozialraum. */
  public Handlungsbedarf() {
    this(3);
  }

  /**
   * A ranking that names up to {@code treiber} drivers per Sozialraum (at least 1).
   *
   * @param treiber the most drivers named per Sozialraum, at least 1
   * @throws IllegalArgumentException if {@code treiber} is below 1
   */
  public Handlungsbedarf(int treiber) {
    if (treiber < 1) {
      throw new IllegalArgumentException("at least 1 driver must be named, got " + treiber);
    }
    this.treiber = treiber;
  }

  /**
   * The ranking by the Sozialindex of {@code modell} for the Sozialräume of {@code ebene}.
   *
   * @param daten the Kommune's observations
   * @param modell the Sozialindex model
   * @param periode the period of the index
   * @param ebene the level of the Sozialräume
   * @return one entry per Sozialraum version of the level, by rank (see the class comment)
   * @throws de.kekiz.domain.RegelverstossException as {@link Sozialindexberechnung#berechne} does
   */
  public ImmutableList<Bedarfsrang> rangfolge(
      Kommunaldaten daten, Sozialindexmodell modell, Periode periode, Sozialraumebene ebene) {
    return rangfolge(berechnung.berechne(daten, modell, periode, ebene));
  }

  /**
   * The ranking by {@code index}.
   *
   * @param index the Sozialindex
   * @return one entry per value of {@code index}, by rank (see the class comment)
   */
  public ImmutableList<Bedarfsrang> rangfolge(Sozialindex index) {
    requireNonNull(index, "index");
    ImmutableList.Builder<Bedarfsrang> b = ImmutableList.builder();
    for (Sozialindexwert w : index.nachRang()) {
      Sozialindex.Intern intern = index.intern(w.sozialraum());
      List<Integer> positiv = new ArrayList<>();
      if (intern != null) {
        for (int i = 0; i < w.komponenten().size(); i++) {
          BigDecimal beitrag = intern.beitrag(i);
          if (beitrag != null && beitrag.signum() > 0) {
            positiv.add(i);
          }
        }
        positiv.sort(
            (x, y) -> {
              int c =
                  requireNonNull(intern.beitrag(y)).compareTo(requireNonNull(intern.beitrag(x)));
              return c != 0 ? c : Integer.compare(x, y);
            });
      }
      ImmutableList.Builder<Treiber> t = ImmutableList.builder();
      for (int i : positiv.subList(0, Math.min(treiber, positiv.size()))) {
        Komponente k = w.komponenten().get(i);
        t.add(new Treiber(k.indikator(), k.wert(), k.beitrag()));
      }
      b.add(new Bedarfsrang(w.sozialraum(), w.name(), w.rang(), w, t.build()));
    }
    return b.build();
  }

  @Override
  public String toString() {
    return "Handlungsbedarf (" + treiber + " Treiber)";
  }
}

package de.kekiz.monitoring.internal;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.monitoring.Kommunaldaten;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Sozialraum versions of a Kommune valid on one day, sorted by version, with their positions in
 * the Kommune's data ({@link Kommunaldaten.Querschnitt#stelle}): what comparisons and trends walk
 * through for every indicator, found once per day instead of once per indicator.
 */
public final class Raumfolge {

  private final Sozialraum[] raeume;
  private final int[] stellen;

  private Raumfolge(Sozialraum[] raeume, int[] stellen) {
    this.raeume = raeume;
    this.stellen = stellen;
  }

  /** {@return the number of Sozialraum versions} */
  public int anzahl() {
    return raeume.length;
  }

  /**
   * {@return the Sozialraum version at {@code i}, in the order of their versions}
   *
   * @param i from 0 to {@link #anzahl()} − 1
   */
  public Sozialraum raum(int i) {
    return raeume[i];
  }

  /**
   * {@return the position in the data of the Sozialraum version at {@code i}, or −1 if the data
   * have none}
   *
   * @param i from 0 to {@link #anzahl()} − 1
   */
  public int stelle(int i) {
    return stellen[i];
  }

  /**
   * The Sozialraum versions of one Kommune's data by day, each day's found once: for one pass over
   * the indicators of the data, not to be kept beyond it, nor shared between threads.
   */
  public static final class Speicher {
    private final List<Sozialraum> alle;
    private final Map<LocalDate, Raumfolge> jeTag = new HashMap<>();
    private @Nullable LocalDate letzterTag;
    private @Nullable Raumfolge letzte;

    /**
     * A store for {@code daten}.
     *
     * @param daten the Kommune's data
     */
    public Speicher(Kommunaldaten daten) {
      this.alle = daten.kommune().sozialraeume();
    }

    /**
     * {@return the Sozialraum versions valid on {@code stichtag}, sorted by version, with their
     * positions as {@code q} (a cross-section of the store's data) gives them}
     *
     * @param stichtag the day
     * @param q a cross-section of the data this store is for (positions are the same in all)
     */
    public Raumfolge am(LocalDate stichtag, Kommunaldaten.Querschnitt q) {
      if (letzte != null && stichtag.equals(letzterTag)) {
        return letzte;
      }
      Raumfolge r = jeTag.get(stichtag);
      if (r == null) {
        r = finde(stichtag, q);
        jeTag.put(stichtag, r);
      }
      letzterTag = stichtag;
      letzte = r;
      return r;
    }

    private Raumfolge finde(LocalDate stichtag, Kommunaldaten.Querschnitt q) {
      requireNonNull(q, "q");
      List<Sozialraum> gueltig = new ArrayList<>(alle.size());
      boolean geordnet = true;
      for (Sozialraum s : alle) {
        if (s.gueltigAm(stichtag)) {
          if (geordnet
              && !gueltig.isEmpty()
              && gueltig.get(gueltig.size() - 1).ref().compareTo(s.ref()) >= 0) {
            geordnet = false;
          }
          gueltig.add(s);
        }
      }
      if (!geordnet) {
        // e.g. Stadtbezirke b1 … b10 in the order given: b10 comes before b2 by version
        gueltig.sort((a, b) -> a.ref().compareTo(b.ref()));
      }
      Sozialraum[] raeume = gueltig.toArray(new Sozialraum[0]);
      int[] stellen = new int[raeume.length];
      for (int i = 0; i < raeume.length; i++) {
        stellen[i] = q.stelle(raeume[i].ref());
      }
      return new Raumfolge(raeume, stellen);
    }
  }
}

package de.kekiz.monitoring.internal;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.SozialraumRef;
import de.kekiz.monitoring.Kommunaldaten;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The Sozialraum versions of a Kommune valid on one day, sorted by version, with their positions in
 * the Kommune's data ({@link Kommunaldaten.Querschnitt#stelle}): what comparisons and trends walk
 * through for every indicator, found once per day instead of once per indicator.
 */
public final class Raumfolge {

  private final Sozialraum[] raeume;
  private final SozialraumRef[] refs;
  private final int[] stellen;

  private Raumfolge(Sozialraum[] raeume, int[] stellen) {
    this.raeume = raeume;
    this.stellen = stellen;
    // made once per day, not once per indicator and row
    this.refs = new SozialraumRef[raeume.length];
    for (int i = 0; i < raeume.length; i++) {
      refs[i] = raeume[i].ref();
    }
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
   * {@return the version of the Sozialraum at {@code i}: {@code raum(i).ref()}, made once}
   *
   * @param i from 0 to {@link #anzahl()} − 1
   */
  public SozialraumRef ref(int i) {
    return refs[i];
  }

  /**
   * {@return the position in the data of the Sozialraum version at {@code i}}
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
    private final Kommunaldaten daten;
    private final Map<LocalDate, Raumfolge> jeTag = new HashMap<>();
    private @Nullable LocalDate letzterTag;
    private @Nullable Raumfolge letzte;

    /**
     * A store for {@code daten}.
     *
     * @param daten the Kommune's data
     */
    public Speicher(Kommunaldaten daten) {
      this.daten = requireNonNull(daten, "daten");
    }

    /**
     * {@return the Sozialraum versions valid on {@code stichtag}, sorted by version, with their
     * positions in the data}
     *
     * @param stichtag the day
     */
    public Raumfolge am(LocalDate stichtag) {
      if (letzte != null && stichtag.equals(letzterTag)) {
        return letzte;
      }
      Raumfolge r = jeTag.get(stichtag);
      if (r == null) {
        // the data's positions follow the order of the versions
        int[] stellen = daten.gueltigeStellen(stichtag);
        Sozialraum[] raeume = new Sozialraum[stellen.length];
        for (int i = 0; i < stellen.length; i++) {
          raeume[i] = daten.sozialraumAn(stellen[i]);
        }
        r = new Raumfolge(raeume, stellen);
        jeTag.put(stichtag, r);
      }
      letzterTag = stichtag;
      letzte = r;
      return r;
    }
  }
}

package de.kekiz.monitoring.geheimhaltung;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The table model the protection works on: cells, each with a count (the numerator) and possibly a
 * denominator, and the additive relations ({@link Summenbeziehung}) an observer knows between them.
 *
 * <p>A cell is one of:
 *
 * <ul>
 *   <li>a cell with a value that may be published unless the protection needs to hide it;
 *   <li>a <em>sensitive</em> cell with a value that must not be published nor be computable from
 *       what is published (primary suppression: decided by {@link Geheimhaltungsregeln} or given by
 *       the data);
 *   <li>a <em>missing</em> cell ({@link Builder#fehlendeZelle(Object)}) whose value the table does
 *       not know; nothing is published for it, so an observer does not know it either, and it may
 *       hide other cells. A figure published elsewhere belongs into the table as a cell with its
 *       value, or the protection cannot take it into account.
 * </ul>
 *
 * <p>{@link Builder#build()} checks every relation whose cells all carry values: the numerators or
 * (if every cell has one) the denominators must add up; a relation with a missing cell is taken on
 * trust. Cells keep the order they were added in. Immutable and thread-safe if the keys are.
 *
 * <pre>{@code
 * Tabelle<String> t = Tabelle.<String>builder()
 *     .zelle("Kommune", 54, false)
 *     .zelle("A", 2, true).zelle("B", 15, false).zelle("C", 7, false).zelle("D", 30, false)
 *     .beziehung("Kommune", List.of("A", "B", "C", "D"))
 *     .build();
 * Geheimhaltung.schuetze(t, Geheimhaltungsregeln.standard()).sperrung("C"); // SEKUNDAER
 * }</pre>
 *
 * @param <K> the type of the cell keys (with value-based equals and hashCode)
 */
public final class Tabelle<K> {

  /** Marks "no denominator" in {@link #nenner}. */
  static final long KEIN_NENNER = -1;

  private final int groesse;
  private final IntFunction<K> schluesselVon;
  private volatile @Nullable ImmutableList<K> schluessel;
  private final long[] zaehler;
  private final long[] nenner;
  private final boolean[] sensibel;
  private final boolean @Nullable [] fest;
  private final boolean[] fehlt;
  private final int[][] beziehungsIndizes;
  private volatile @Nullable ImmutableMap<K, Integer> index;
  private volatile @Nullable ImmutableList<Summenbeziehung<K>> beziehungen;

  private Tabelle(Builder<K> b) {
    int n = b.schluessel.size();
    ImmutableList<K> liste = ImmutableList.copyOf(b.schluessel);
    this.groesse = n;
    this.schluessel = liste;
    this.schluesselVon = liste::get;
    this.index = ImmutableMap.copyOf(b.index);
    this.zaehler = Arrays.copyOf(b.zaehler, n);
    this.nenner = Arrays.copyOf(b.nenner, n);
    this.sensibel = Arrays.copyOf(b.sensibel, n);
    this.fest = null;
    this.fehlt = Arrays.copyOf(b.fehlt, n);
    ImmutableList<Summenbeziehung<K>> bz = ImmutableList.copyOf(b.beziehungen);
    this.beziehungen = bz;
    this.beziehungsIndizes = new int[b.beziehungen.size()][];
    for (int r = 0; r < b.beziehungen.size(); r++) {
      Summenbeziehung<K> s = b.beziehungen.get(r);
      int[] zeile = new int[s.teile().size() + 1];
      zeile[0] = indexOder(s.summe(), s);
      for (int i = 0; i < s.teile().size(); i++) {
        zeile[i + 1] = indexOder(s.teile().get(i), s);
      }
      pruefeAdditiv(zeile, s);
      beziehungsIndizes[r] = zeile;
    }
  }

  /**
   * A table from arrays the caller vouches for (keys distinct, relations well-formed and not
   * contradicted by the values); the arrays are taken over, not copied, and the key of cell {@code
   * i} is {@code schluesselVon.apply(i)}, made only when asked for. For {@link MesswertTabelle},
   * which builds many tables by position.
   */
  Tabelle(
      int groesse,
      IntFunction<K> schluesselVon,
      long[] zaehler,
      long[] nenner,
      boolean[] sensibel,
      boolean[] fehlt,
      int[][] beziehungsIndizes) {
    this(groesse, schluesselVon, zaehler, nenner, sensibel, fehlt, null, beziehungsIndizes);
  }

  /**
   * As above, with {@code fest} marking published cells whose publication is decided already (they
   * were published elsewhere): the secondary suppression never chooses them.
   */
  Tabelle(
      int groesse,
      IntFunction<K> schluesselVon,
      long[] zaehler,
      long[] nenner,
      boolean[] sensibel,
      boolean[] fehlt,
      boolean @Nullable [] fest,
      int[][] beziehungsIndizes) {
    this.fest = fest;
    this.groesse = groesse;
    this.schluesselVon = schluesselVon;
    this.zaehler = zaehler;
    this.nenner = nenner;
    this.sensibel = sensibel;
    this.fehlt = fehlt;
    this.beziehungsIndizes = beziehungsIndizes;
  }

  private int indexOder(K k, Summenbeziehung<K> s) {
    Integer i = indexMap().get(k);
    if (i == null) {
      throw new IllegalArgumentException(
          "Summenbeziehung '" + s + "' names the cell '" + k + "' that the table does not have");
    }
    return i;
  }

  private ImmutableMap<K, Integer> indexMap() {
    ImmutableMap<K, Integer> m = index;
    if (m == null) {
      ImmutableList<K> l = schluessel();
      ImmutableMap.Builder<K, Integer> b = ImmutableMap.builderWithExpectedSize(l.size());
      for (int i = 0; i < l.size(); i++) {
        b.put(l.get(i), i);
      }
      m = b.buildOrThrow();
      index = m;
    }
    return m;
  }

  private void pruefeAdditiv(int[] zeile, Summenbeziehung<K> s) {
    if (!additivOderUnbekannt(zeile, zaehler, nenner, fehlt)) {
      StringBuilder werte = new StringBuilder();
      for (int c : zeile) {
        werte.append(werte.length() == 0 ? "" : ", ").append(schluesselAn(c)).append('=');
        werte.append(zaehler[c]);
        if (nenner[c] != KEIN_NENNER) {
          werte.append('/').append(nenner[c]);
        }
      }
      throw new IllegalArgumentException(
          "Summenbeziehung '"
              + s
              + "' needs the numerators or the denominators to add up, got "
              + werte);
    }
  }

  /**
   * Whether relation {@code zeile} (element 0 the total) has a missing cell, or its numerators add
   * up, or every cell has a denominator and the denominators add up.
   */
  static boolean additivOderUnbekannt(int[] zeile, long[] zaehler, long[] nenner, boolean[] fehlt) {
    boolean alleNenner = true;
    long summeZ = 0;
    long summeN = 0;
    for (int i = 0; i < zeile.length; i++) {
      int c = zeile[i];
      if (fehlt[c]) {
        return true;
      }
      long vorzeichen = i == 0 ? 1 : -1;
      summeZ = Math.addExact(summeZ, vorzeichen * zaehler[c]);
      if (nenner[c] == KEIN_NENNER) {
        alleNenner = false;
      } else {
        summeN = Math.addExact(summeN, vorzeichen * nenner[c]);
      }
    }
    return summeZ == 0 || (alleNenner && summeN == 0);
  }

  /**
   * A builder for a table with no cells.
   *
   * @param <K> the type of the cell keys
   * @return an empty builder
   */
  public static <K> Builder<K> builder() {
    return new Builder<>();
  }

  /** {@return the number of cells} */
  public int groesse() {
    return groesse;
  }

  /** {@return the keys of the cells, in the order they were added} */
  public ImmutableList<K> schluessel() {
    ImmutableList<K> l = schluessel;
    if (l == null) {
      ImmutableList.Builder<K> b = ImmutableList.builderWithExpectedSize(groesse);
      for (int i = 0; i < groesse; i++) {
        b.add(schluesselVon.apply(i));
      }
      l = b.build();
      schluessel = l;
    }
    return l;
  }

  /** The key of the cell at position {@code i}. */
  K schluesselAn(int i) {
    ImmutableList<K> l = schluessel;
    return l != null ? l.get(i) : schluesselVon.apply(i);
  }

  /**
   * Whether the table has a cell with key {@code k}.
   *
   * @param k a key
   * @return whether the table has a cell with it
   */
  public boolean enthaelt(K k) {
    return indexMap().containsKey(requireNonNull(k, "k"));
  }

  /**
   * The numerator of cell {@code k}; empty for a missing cell.
   *
   * @param k the key of a cell
   * @return its numerator; empty for a missing cell
   */
  public OptionalLong zaehler(K k) {
    int i = index(k);
    return fehlt[i] ? OptionalLong.empty() : OptionalLong.of(zaehler[i]);
  }

  /**
   * The denominator of cell {@code k}; empty for a missing cell or one without denominator.
   *
   * @param k the key of a cell
   * @return its denominator; empty for a missing cell or one without denominator
   */
  public OptionalLong nenner(K k) {
    int i = index(k);
    return fehlt[i] || nenner[i] == KEIN_NENNER ? OptionalLong.empty() : OptionalLong.of(nenner[i]);
  }

  /**
   * Whether cell {@code k} is sensitive (must be suppressed on its own).
   *
   * @param k the key of a cell
   * @return whether it is sensitive
   */
  public boolean sensibel(K k) {
    return sensibel[index(k)];
  }

  /**
   * Whether cell {@code k} is missing (no value known to the table).
   *
   * @param k the key of a cell
   * @return whether it is missing
   */
  public boolean fehlt(K k) {
    return fehlt[index(k)];
  }

  /** {@return the additive relations, in the order they were added} */
  public ImmutableList<Summenbeziehung<K>> beziehungen() {
    ImmutableList<Summenbeziehung<K>> l = beziehungen;
    if (l == null) {
      ImmutableList.Builder<Summenbeziehung<K>> b =
          ImmutableList.builderWithExpectedSize(beziehungsIndizes.length);
      for (int[] zeile : beziehungsIndizes) {
        List<K> teile = new ArrayList<>(zeile.length - 1);
        for (int i = 1; i < zeile.length; i++) {
          teile.add(schluesselAn(zeile[i]));
        }
        b.add(new Summenbeziehung<>(schluesselAn(zeile[0]), ImmutableList.copyOf(teile)));
      }
      l = b.build();
      beziehungen = l;
    }
    return l;
  }

  /** The numerators of every cell by number (the table's own array: not to be changed). */
  long[] zaehlerFeld() {
    return zaehler;
  }

  /**
   * The position of cell {@code k}.
   *
   * @throws IllegalArgumentException quoting {@code k} if the table has no such cell
   */
  int index(K k) {
    Integer i = indexMap().get(requireNonNull(k, "k"));
    if (i == null) {
      throw new IllegalArgumentException("the table has no cell '" + k + "'");
    }
    return i;
  }

  long zaehlerAn(int i) {
    return zaehler[i];
  }

  long nennerAn(int i) {
    return nenner[i];
  }

  /** Whether cell {@code i} is published already and may not be suppressed. */
  boolean festAn(int i) {
    boolean[] f = fest;
    return f != null && f[i];
  }

  boolean sensibelAn(int i) {
    return sensibel[i];
  }

  boolean fehltAn(int i) {
    return fehlt[i];
  }

  /** The relations as cell positions: element 0 is the total, the rest are the parts. */
  int[][] beziehungsIndizes() {
    return beziehungsIndizes;
  }

  /** A summary such as {@code Tabelle[24 cells, 30 relations, 3 sensitive, 1 missing]}. */
  @Override
  public String toString() {
    int s = 0;
    int f = 0;
    for (int i = 0; i < groesse(); i++) {
      s += sensibel[i] ? 1 : 0;
      f += fehlt[i] ? 1 : 0;
    }
    return "Tabelle["
        + groesse()
        + " cells, "
        + beziehungsIndizes.length
        + " relations, "
        + s
        + " sensitive, "
        + f
        + " missing]";
  }

  /** Collects the cells and relations of a {@link Tabelle}. Not thread-safe. */
  public static final class Builder<K> {
    private final List<K> schluessel = new ArrayList<>();
    private final Map<K, Integer> index = new HashMap<>();
    private long[] zaehler = new long[16];
    private long[] nenner = new long[16];
    private boolean[] sensibel = new boolean[16];
    private boolean[] fehlt = new boolean[16];
    private final List<Summenbeziehung<K>> beziehungen = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a cell with numerator {@code zaehler} and no denominator (an absolute number).
     *
     * @param sensibel whether the cell is confidential on its own
     * @param k the cell's key
     * @param zaehler the count
     * @return this builder
     * @throws IllegalArgumentException if the table already has a cell {@code k}
     */
    public Builder<K> zelle(K k, long zaehler, boolean sensibel) {
      return add(k, zaehler, KEIN_NENNER, sensibel, false);
    }

    /**
     * Adds a cell of a rate with numerator {@code zaehler} and denominator {@code nenner}.
     *
     * @param sensibel whether the cell is confidential on its own
     * @param k the cell's key
     * @param zaehler the numerator
     * @param nenner the denominator, at least 0
     * @return this builder
     * @throws IllegalArgumentException if the table already has a cell {@code k} or {@code nenner}
     *     is negative
     */
    public Builder<K> zelle(K k, long zaehler, long nenner, boolean sensibel) {
      if (nenner < 0) {
        throw new IllegalArgumentException(
            "cell '" + k + "' needs a denominator of at least 0, got " + nenner);
      }
      return add(k, zaehler, nenner, sensibel, false);
    }

    /**
     * Adds a cell whose value the table does not know (missing, or suppressed by the supplier).
     *
     * @param k the cell's key
     * @return this builder
     * @throws IllegalArgumentException if the table already has a cell {@code k}
     */
    public Builder<K> fehlendeZelle(K k) {
      return add(k, 0, KEIN_NENNER, false, true);
    }

    /**
     * Adds the relation {@code summe = teile[0] + teile[1] + …}.
     *
     * @param summe the key of the total
     * @param teile the keys of the parts
     * @return this builder
     * @throws IllegalArgumentException as {@link Summenbeziehung#of}
     */
    public Builder<K> beziehung(K summe, List<K> teile) {
      return beziehung(Summenbeziehung.of(summe, teile));
    }

    /**
     * Adds the relation {@code beziehung}.
     *
     * @param beziehung the relation
     * @return this builder
     */
    public Builder<K> beziehung(Summenbeziehung<K> beziehung) {
      beziehungen.add(requireNonNull(beziehung, "beziehung"));
      return this;
    }

    private Builder<K> add(K k, long z, long n, boolean s, boolean f) {
      requireNonNull(k, "k");
      int i = schluessel.size();
      if (index.putIfAbsent(k, i) != null) {
        throw new IllegalArgumentException("the table already has a cell '" + k + "'");
      }
      schluessel.add(k);
      if (i == zaehler.length) {
        int m = 2 * i;
        zaehler = Arrays.copyOf(zaehler, m);
        nenner = Arrays.copyOf(nenner, m);
        sensibel = Arrays.copyOf(sensibel, m);
        fehlt = Arrays.copyOf(fehlt, m);
      }
      zaehler[i] = z;
      nenner[i] = n;
      sensibel[i] = s;
      fehlt[i] = f;
      return this;
    }

    /**
     * The table.
     *
     * @return the table
     * @throws IllegalArgumentException if a relation names a cell the table does not have, or
     *     neither its numerators nor its denominators add up although all its cells have values
     */
    public Tabelle<K> build() {
      return new Tabelle<>(this);
    }
  }
}

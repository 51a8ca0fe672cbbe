package de.kekiz.monitoring.geheimhaltung;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.kommune.Kommune;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The linked tables of one release (a <em>Veröffentlichung</em>) protected as one: every figure
 * that is published together, with every additive relation a reader can know between them, goes
 * into one {@link Tabelle} and through one secondary suppression, so that no suppressed figure can
 * be recovered by combining tables (τ-ARGUS and sdcTable call this "linked tables").
 *
 * <p>A table of the release is assembled from parts:
 *
 * <ul>
 *   <li>a {@link Teil} per Kommune and day: the Kommune and its Sozialraum versions valid that day,
 *       each with one cell per breakdown. The part adds the relations along the Sozialraum
 *       hierarchy (the Kommune is the sum of its top-level Sozialräume, a Sozialraum the sum of its
 *       children, one relation per level of children) and across breakdowns (a breakdown is the sum
 *       of its refinements by one dimension), as {@link MesswertTabelle} does for one Kommune. A
 *       Kommune whose observations belong to two boundary versions gets a part for each day, and
 *       the caller links their Kommune cells ({@link Builder#gleich}), so that differencing the old
 *       and the new boundaries is covered;
 *   <li>{@linkplain Builder#zusatz additional figures} outside any hierarchy, such as a figure
 *       pooled over several periods;
 *   <li>relations across parts that the caller knows: a Kreis is the sum of its Gemeinden, a
 *       Sozialraum of a Kreis that is one of its Gemeinden equals that Gemeinde's total, a pooled
 *       figure is the sum of its periods ({@link Builder#summe}, {@link Builder#gleich}).
 * </ul>
 *
 * <p>A cell without figure, or whose figure has no numerator, is missing: an observer does not know
 * it. A relation whose cells all carry values but add up neither in their numerators nor in their
 * denominators is left out, as it does not hold. Primary suppression follows the {@link
 * Geheimhaltungsregeln} (the dominance rule needs contributions, which a release does not carry: it
 * does not apply here); a figure that arrives with a CONF_STATUS other than {@code F} is sensitive
 * too. Numbers become {@code long}s; if some have decimals, all numerators (or denominators) of the
 * table are scaled by the same power of ten, which keeps every relation exact.
 *
 * <p>Not thread-safe while building; {@link Builder#schuetze()} once.
 */
public final class Verbundtabelle {

  private Verbundtabelle() {}

  /**
   * Whether a table that holds the figures {@code figuren} and nothing else (no additional figure,
   * no cell marked) needs the secondary suppression: whether one of them is sensitive on its own
   * (by {@code regeln} as {@link Builder#schuetze()} decides it, or by a CONF_STATUS other than
   * {@code F}). If not, the protection publishes every figure with a numerator and leaves every
   * other one missing, whatever the table's relations, and the table need not be built. Also {@code
   * true} if a number might not be exactly countable in such a table or its sums (the table then
   * reports it).
   *
   * @param regeln the rules of protection
   * @param figuren the figures of the table
   * @return whether the table must be built and protected
   */
  public static boolean brauchtSchutz(Geheimhaltungsregeln regeln, List<Messwert> figuren) {
    requireNonNull(regeln, "regeln");
    int ganz = brauchtSchutzGanzzahlig(regeln, figuren);
    if (ganz >= 0) {
      return ganz == 1;
    }
    Skalen skalen = new Skalen();
    for (Messwert m : figuren) {
      skalen.nimm(m);
    }
    int zSkala = skalen.zaehler;
    int nSkala = skalen.nenner;
    long zSchwelle = regeln.zaehlerSchwelle(zSkala);
    long nSchwelle = regeln.nennerSchwelle(nSkala);
    // a bound of every sum the table's relations take: no relation may overflow
    long summe = 0;
    for (Messwert m : figuren) {
      BigDecimal z = m.zaehler();
      if (z == null) {
        continue;
      }
      if (m.confStatus() != ConfStatus.F) {
        return true;
      }
      BigDecimal n = m.nenner();
      long zl;
      long nl;
      try {
        zl = (zSkala == 0 ? z : z.movePointRight(zSkala)).longValueExact();
        nl =
            n == null
                ? Tabelle.KEIN_NENNER
                : (nSkala == 0 ? n : n.movePointRight(nSkala)).longValueExact();
      } catch (ArithmeticException e) {
        return true;
      }
      if (regeln.primaerMitSchwellen(zl, zSchwelle, nl, nSchwelle)
          || zl > Long.MAX_VALUE / 4
          || zl < -(Long.MAX_VALUE / 4)
          || nl > Long.MAX_VALUE / 4
          || nl < -(Long.MAX_VALUE / 4)) {
        return true;
      }
      summe += Math.abs(zl) + Math.abs(nl);
      if (summe > Long.MAX_VALUE / 4) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@link #brauchtSchutz} in one pass for the common case that every number is whole (scale 0): 1
   * if the table needs the protection, 0 if not, -1 if a number with decimals comes before the
   * answer is known (then the general check decides). The same answer as the general check: with
   * every scale 0 it is the same computation; and a figure that makes a table of whole numbers
   * sensitive makes it sensitive at any larger scale too (the thresholds scale with the numbers, or
   * exceed every {@code long}; the bounds and sums only grow).
   */
  private static int brauchtSchutzGanzzahlig(Geheimhaltungsregeln regeln, List<Messwert> figuren) {
    long zSchwelle = regeln.zaehlerSchwelle(0);
    long nSchwelle = regeln.nennerSchwelle(0);
    long summe = 0;
    for (int i = 0, anzahl = figuren.size(); i < anzahl; i++) {
      Messwert m = figuren.get(i);
      BigDecimal z = m.zaehler();
      if (z == null) {
        continue;
      }
      BigDecimal n = m.nenner();
      if (z.scale() != 0 || (n != null && n.scale() != 0)) {
        return -1;
      }
      if (m.confStatus() != ConfStatus.F) {
        return 1;
      }
      long zl;
      long nl;
      try {
        zl = z.longValueExact();
        nl = n == null ? Tabelle.KEIN_NENNER : n.longValueExact();
      } catch (ArithmeticException e) {
        return 1;
      }
      if (regeln.primaerMitSchwellen(zl, zSchwelle, nl, nSchwelle)
          || zl > Long.MAX_VALUE / 4
          || zl < -(Long.MAX_VALUE / 4)
          || nl > Long.MAX_VALUE / 4
          || nl < -(Long.MAX_VALUE / 4)) {
        return 1;
      }
      summe += Math.abs(zl) + Math.abs(nl);
      if (summe > Long.MAX_VALUE / 4) {
        return 1;
      }
    }
    return 0;
  }

  /**
   * A builder for a release's table protected by {@code regeln} that takes the Sozialraum
   * hierarchies from {@code gliederungen}, shared by the tables of one release.
   *
   * @param regeln the rules of protection
   * @param gliederungen the Sozialraum hierarchies, shared by the tables of one release
   * @return an empty builder
   */
  public static Builder builder(Geheimhaltungsregeln regeln, Gliederungen gliederungen) {
    return new Builder(
        requireNonNull(regeln, "regeln"), requireNonNull(gliederungen, "gliederungen"));
  }

  /**
   * The Sozialraum hierarchies of Kommunen on given days, computed once and shared by the tables of
   * a release (a Kommune's hierarchy on one day is the same for every indicator), and the working
   * arrays their protection reuses from table to table. Not thread-safe.
   */
  public static final class Gliederungen {
    private final Map<Kommune, Raumverzeichnis> verzeichnisse = new java.util.IdentityHashMap<>();
    private final Map<Kommune, Map<LocalDate, Raumhierarchie>> hierarchien =
        new java.util.IdentityHashMap<>();
    // per Kommune, the hierarchies by the set of Sozialraum versions valid (many days share one)
    private final Map<Kommune, Map<java.util.BitSet, Raumhierarchie>> jeGueltigkeit =
        new java.util.IdentityHashMap<>();
    // the secondary suppression's working arrays, kept from table to table
    final Arbeitsspeicher speicher = new Arbeitsspeicher();

    /** An empty cache. */
    public Gliederungen() {}

    Raumverzeichnis verzeichnis(Kommune k) {
      return verzeichnisse.computeIfAbsent(k, Raumverzeichnis::von);
    }

    Raumhierarchie hierarchie(Kommune k, LocalDate tag) {
      Map<LocalDate, Raumhierarchie> jeTag = hierarchien.computeIfAbsent(k, x -> new HashMap<>());
      Raumhierarchie h = jeTag.get(tag);
      if (h == null) {
        Raumverzeichnis v = verzeichnis(k);
        Map<java.util.BitSet, Raumhierarchie> m =
            jeGueltigkeit.computeIfAbsent(k, x -> new HashMap<>());
        java.util.BitSet gueltige = Raumhierarchie.gueltige(v, tag);
        Raumhierarchie wie = m.get(gueltige);
        if (wie == null) {
          h = Raumhierarchie.von(v, tag);
          m.put(gueltige, h);
        } else {
          h = wie.amTag(tag);
        }
        jeTag.put(tag, h);
      }
      return h;
    }
  }

  /** A cell of the table: an area and breakdown of a part, or an additional figure. */
  public static final class Zelle {
    private final @Nullable Teil teil;
    private final int bereich;
    private final @Nullable Aufschluesselung aufschluesselung;
    private int index = -1;
    // the table that numbered the cell last ({@link Builder#schuetze}); its index is of that table
    private @Nullable Builder tabelle;
    private @Nullable Messwert figur;
    private boolean fest;
    private boolean sensibel;
    // the figure's numerator and denominator (or KEIN_NENNER) as whole numbers at scale 0, read
    // when the figure is added (its numbers are at hand then), if both have scale 0 and fit a long
    private boolean ganz;
    private long zaehlerGanz;
    private long nennerGanz;

    private Zelle(@Nullable Teil teil, int bereich, @Nullable Aufschluesselung aufschluesselung) {
      this.teil = teil;
      this.bereich = bereich;
      this.aufschluesselung = aufschluesselung;
    }

    /** Takes figure {@code m}, and its numbers as whole numbers if they are (see {@link #ganz}). */
    private void nimm(Messwert m) {
      figur = m;
      BigDecimal z = m.zaehler();
      BigDecimal n = m.nenner();
      if (z != null && z.scale() == 0 && (n == null || n.scale() == 0)) {
        try {
          zaehlerGanz = z.longValueExact(); // immediate for a compact whole number
          nennerGanz = n == null ? Tabelle.KEIN_NENNER : n.longValueExact();
          ganz = true;
        } catch (ArithmeticException e) {
          ganz = false; // too large: Werte.trage converts it, and reports it
        }
      }
    }

    /** {@return the figure of the cell, or empty if it has none (then it is missing)} */
    public java.util.Optional<Messwert> figur() {
      return java.util.Optional.ofNullable(figur);
    }

    @Override
    public String toString() {
      Teil t = teil;
      if (t == null) {
        return "Zusatz " + figur;
      }
      return t.hierarchie.raeume.get(bereich)
          + " "
          + aufschluesselung
          + " am "
          + t.hierarchie.stichtag;
    }
  }

  /** The largest scales of the numerators, and of the denominators, of figures with a numerator. */
  private static final class Skalen {
    int zaehler;
    int nenner;

    /** Takes the scales of figure {@code m} in. */
    void nimm(Messwert m) {
      BigDecimal z = m.zaehler();
      if (z != null) {
        zaehler = Math.max(zaehler, z.scale());
        BigDecimal n = m.nenner();
        if (n != null) {
          nenner = Math.max(nenner, n.scale());
        }
      }
    }

    /** Takes the scales of {@code s} in. */
    void nimm(Skalen s) {
      zaehler = Math.max(zaehler, s.zaehler);
      nenner = Math.max(nenner, s.nenner);
    }
  }

  /**
   * The cells of one Kommune on one day: the Kommune and its Sozialraum versions valid that day,
   * each with a cell per breakdown that occurs.
   */
  public static final class Teil {
    private final Kommune kommune;
    private final Raumhierarchie hierarchie;
    private final Gliederungen gliederungen;
    // the table the part belongs to now (an earlier table's part may be taken over by a later one)
    private Builder tabelle;
    // the largest scales of the part's figures
    private final Skalen skalen = new Skalen();
    // the breakdowns that occur, and per breakdown the cells by area number (created on use)
    private final List<Aufschluesselung> aufschluesselungen = new ArrayList<>(2);
    private final List<@Nullable Zelle[]> zellen = new ArrayList<>(2);
    // the area number the next figure most likely has: a Kommune's figures come in the order of
    // its Sozialraum versions, which is the order of the numbers, so a guess saves the hash lookup
    private int vermutet = 1;

    private Teil(Kommune kommune, LocalDate stichtag, Gliederungen gliederungen, Builder tabelle) {
      this.kommune = kommune;
      this.hierarchie = gliederungen.hierarchie(kommune, stichtag);
      this.gliederungen = gliederungen;
      this.tabelle = tabelle;
    }

    /** The cells of breakdown {@code a} by area number, added if it is new to the part. */
    private @Nullable Zelle[] jeBereich(Aufschluesselung a) {
      int j = aufschluesselungen.indexOf(a);
      if (j >= 0) {
        return zellen.get(j);
      }
      @Nullable Zelle[] neu = new Zelle[hierarchie.raeume.size()];
      aufschluesselungen.add(a);
      zellen.add(neu);
      return neu;
    }

    private Zelle zelle(int bereich, Aufschluesselung a) {
      @Nullable Zelle[] jeBereich = jeBereich(a);
      Zelle z = jeBereich[bereich];
      if (z == null) {
        z = new Zelle(this, bereich, a);
        jeBereich[bereich] = z;
      }
      return z;
    }

    /** {@return the Kommune of this part} */
    public Kommune kommune() {
      return kommune;
    }

    /** {@return the day whose hierarchy the part uses} */
    public LocalDate stichtag() {
      return hierarchie.stichtag;
    }

    /**
     * Whether area {@code raum} is one of the part's areas (valid on its day).
     *
     * @param raum the Kommune or a Sozialraum version
     * @return whether it is one of the part's areas (valid on its day)
     */
    public boolean hat(Raumbezug raum) {
      return hierarchie.nummern.containsKey(requireNonNull(raum, "raum"));
    }

    /**
     * Adds figure {@code m} as the cell of its area and breakdown.
     *
     * @param m the figure
     * @return the cell
     * @throws IllegalArgumentException if its area is not one of the part's, or the cell has a
     *     figure already
     */
    public Zelle figur(Messwert m) {
      Integer b = hierarchie.nummern.get(requireNonNull(m, "m").raum());
      if (b == null) {
        throw new IllegalArgumentException(
            "area "
                + m.raum()
                + " is not valid in Kommune "
                + kommune.schluessel()
                + " on "
                + hierarchie.stichtag);
      }
      return figur(m, b);
    }

    /**
     * Adds figure {@code m} as the cell of its area and breakdown if its area is one of the part's;
     * {@code null} (and nothing added) if it is not.
     *
     * @param m the figure
     * @return the cell, or {@code null} if the area is not one of the part's
     * @throws IllegalArgumentException if the cell has a figure already
     */
    public @Nullable Zelle figurFallsGueltig(Messwert m) {
      Raumbezug raum = requireNonNull(m, "m").raum();
      List<Raumbezug> raeume = hierarchie.raeume;
      int b = vermutet;
      if (b >= raeume.size() || !raeume.get(b).equals(raum)) {
        Integer n = hierarchie.nummern.get(raum);
        if (n == null) {
          return null;
        }
        b = n;
      }
      vermutet = b + 1 < raeume.size() ? b + 1 : 0; // the Kommune comes last
      return figur(m, b);
    }

    private Zelle figur(Messwert m, int bereich) {
      Zelle z = zelle(bereich, m.aufschluesselung());
      if (z.figur != null) {
        throw new IllegalArgumentException(
            "two figures for one cell of " + kommune.schluessel() + ": " + z.figur + " and " + m);
      }
      z.nimm(m);
      skalen.nimm(m);
      return z;
    }

    /**
     * The cell of area {@code raum} and breakdown {@code a}, created missing if it has no figure.
     *
     * @param raum the Kommune or a Sozialraum version of the part
     * @param a the breakdown
     * @return the cell
     * @throws IllegalArgumentException if the area is not one of the part's
     */
    public Zelle zelle(Raumbezug raum, Aufschluesselung a) {
      Integer b = hierarchie.nummern.get(requireNonNull(raum, "raum"));
      if (b == null) {
        throw new IllegalArgumentException(
            "area "
                + raum
                + " is not valid in Kommune "
                + kommune.schluessel()
                + " on "
                + hierarchie.stichtag);
      }
      return zelle(b, requireNonNull(a, "a"));
    }

    /**
     * The groups of children of area {@code raum} on the part's day (one group per level), each
     * summing to it; empty for a leaf or an area the part does not have.
     *
     * @param raum the Kommune or a Sozialraum version
     * @return the groups of children, one per level (immutable)
     */
    public java.util.List<java.util.List<Raumbezug>> kindergruppen(Raumbezug raum) {
      Integer b = hierarchie.nummern.get(requireNonNull(raum, "raum"));
      // made once per hierarchy and shared: immutable
      return b == null ? java.util.List.of() : hierarchie.kinderraeume.get(b);
    }

    /**
     * The cell of the whole Kommune for breakdown {@code a}.
     *
     * @param a the breakdown
     * @return the cell, created missing if it has no figure
     */
    public Zelle kommunezelle(Aufschluesselung a) {
      return zelle(Raumbezug.of(kommune.schluessel()), a);
    }
  }

  /** Collects the parts, additional figures and relations of one release's table. */
  public static final class Builder {
    private final Geheimhaltungsregeln regeln;
    private final Gliederungen gliederungen;
    private final List<Teil> teile = new ArrayList<>();
    private final List<Zelle> zusaetze = new ArrayList<>();
    private final List<Zelle[]> beziehungen = new ArrayList<>();
    private boolean geschuetzt;
    // the largest scales of the additional figures (the parts keep their own)
    private final Skalen skalen = new Skalen();

    private Builder(Geheimhaltungsregeln regeln, Gliederungen gliederungen) {
      this.regeln = regeln;
      this.gliederungen = gliederungen;
    }

    /**
     * A new part: Kommune {@code kommune} with the Sozialräume valid on {@code stichtag}.
     *
     * @param kommune the Kommune
     * @param stichtag the day whose Sozialraum hierarchy the part uses
     * @return the part
     */
    public Teil teil(Kommune kommune, LocalDate stichtag) {
      Teil t =
          new Teil(
              requireNonNull(kommune, "kommune"),
              requireNonNull(stichtag, "stichtag"),
              gliederungen,
              this);
      teile.add(t);
      return t;
    }

    /**
     * Takes part {@code t} of an earlier table of the same release over into this table, with its
     * cells and figures (the single periods' parts of a pooled table, say): it is as if the part
     * had been made here with the same figures. Its cells start unmarked here ({@link #fest},
     * {@link #sensibel}); the earlier table's {@link Ergebnis} no longer answers for them once this
     * table is protected.
     *
     * @param t a part of an earlier table of the same release
     * @return this builder
     * @throws IllegalArgumentException if the part is of another release (other {@link
     *     Gliederungen}) or belongs to this table already
     */
    public Builder teil(Teil t) {
      requireNonNull(t, "t");
      if (t.gliederungen != gliederungen) {
        throw new IllegalArgumentException(
            "the part of " + t.kommune.schluessel() + " is of another release");
      }
      if (t.tabelle == this) {
        throw new IllegalArgumentException(
            "the part of " + t.kommune.schluessel() + " belongs to this table already");
      }
      t.tabelle = this;
      for (@Nullable Zelle[] jeBereich : t.zellen) {
        for (Zelle z : jeBereich) {
          if (z != null) {
            z.fest = false;
            z.sensibel = false;
          }
        }
      }
      teile.add(t);
      return this;
    }

    /**
     * An additional cell for figure {@code m} outside every hierarchy (a pooled figure, say).
     *
     * @param m the figure
     * @return the cell
     */
    public Zelle zusatz(Messwert m) {
      Zelle z = new Zelle(null, -1, null);
      z.nimm(requireNonNull(m, "m"));
      zusaetze.add(z);
      skalen.nimm(m);
      return z;
    }

    /**
     * Adds the relation {@code summe = teile[0] + teile[1] + …} (kept unless refuted).
     *
     * @param summe the total
     * @param teile the parts
     * @return this builder
     */
    public Builder summe(Zelle summe, List<Zelle> teile) {
      requireNonNull(summe, "summe");
      Zelle[] zeile = new Zelle[teile.size() + 1];
      zeile[0] = summe;
      for (int i = 0; i < teile.size(); i++) {
        zeile[i + 1] = requireNonNull(teile.get(i), "teil");
      }
      beziehungen.add(zeile);
      return this;
    }

    /**
     * Marks cell {@code z} as published already (in an earlier table of the same release): it keeps
     * its publication, the protection never suppresses it, and an observer knows it.
     *
     * @param z the cell
     * @return this builder
     */
    public Builder fest(Zelle z) {
      requireNonNull(z, "z").fest = true;
      return this;
    }

    /**
     * Marks cell {@code z} as suppressed already (in an earlier table of the same release): it must
     * stay undetermined here too, like a primary cell.
     *
     * @param z the cell
     * @return this builder
     */
    public Builder sensibel(Zelle z) {
      requireNonNull(z, "z").sensibel = true;
      return this;
    }

    /**
     * Adds the relation {@code a = b}: two cells that count the same.
     *
     * @param a one cell
     * @param b the other
     * @return this builder
     */
    public Builder gleich(Zelle a, Zelle b) {
      return summe(a, List.of(b));
    }

    /**
     * Builds the table and protects it: primary suppression by the rules, secondary suppression
     * over every relation of every part and across parts.
     *
     * @return the decision for every cell
     * @throws IllegalStateException if called twice
     */
    public Ergebnis schuetze() {
      if (geschuetzt) {
        throw new IllegalStateException("the table is protected already");
      }
      geschuetzt = true;
      // sized once: every part has a cell per area and breakdown
      int n = zusaetze.size();
      Skalen alle = new Skalen();
      alle.nimm(skalen);
      int hierarchieRelationen = 0;
      for (Teil t : teile) {
        int anzahl = t.aufschluesselungen.size();
        n += t.hierarchie.raeume.size() * anzahl;
        alle.nimm(t.skalen);
        hierarchieRelationen += t.hierarchie.relationen * anzahl;
        if (anzahl > 1) {
          // at most one relation across breakdowns per area, breakdown and dimension
          int dimensionen = 0;
          for (Aufschluesselung a : t.aufschluesselungen) {
            dimensionen += a.dimensionen().size();
          }
          hierarchieRelationen += t.hierarchie.raeume.size() * dimensionen;
        }
      }
      Werte w = new Werte(n, alle.zaehler, alle.nenner, regeln);
      List<int[]> relationen = new ArrayList<>(hierarchieRelationen + beziehungen.size());
      int naechste = 0;
      for (Teil t : teile) {
        naechste = schliesse(t, naechste, w, relationen);
      }
      for (Zelle z : zusaetze) {
        z.index = naechste;
        z.tabelle = this;
        w.trage(naechste++, z);
      }
      for (Zelle[] zeile : beziehungen) {
        int[] r = new int[zeile.length];
        for (int j = 0; j < zeile.length; j++) {
          if (zeile[j].tabelle != this) {
            throw new IllegalArgumentException(
                "a relation names the cell " + zeile[j] + " of another table");
          }
          r[j] = zeile[j].index;
        }
        w.nimm(r, relationen);
      }
      // a relation that does not hold is left out (and one of fixed cells, Werte.nimm)
      int[][] gehalten = new int[relationen.size()][];
      int k = 0;
      for (int[] r : relationen) {
        if (Tabelle.additivOderUnbekannt(r, w.zaehler, w.nenner, w.fehlt)) {
          gehalten[k++] = r;
        }
      }
      Tabelle<Integer> tabelle =
          new Tabelle<>(
              n,
              Integer::valueOf,
              w.zaehler,
              w.nenner,
              w.sensibel,
              w.fehlt,
              w.fest,
              k == gehalten.length ? gehalten : Arrays.copyOf(gehalten, k));
      GeschuetzteTabelle<Integer> g =
          Geheimhaltung.schuetze(tabelle, regeln, gliederungen.speicher);
      return new Ergebnis(this, g);
    }

    /**
     * Numbers the cells of part {@code t} from {@code erste} on, takes their values and adds the
     * part's relations; returns the next free number.
     */
    private int schliesse(Teil t, int erste, Werte w, List<int[]> relationen) {
      Raumhierarchie h = t.hierarchie;
      t.tabelle = this;
      int anzahl = t.aufschluesselungen.size();
      if (anzahl == 0) {
        return erste;
      }
      int bereiche = h.raeume.size();
      if (anzahl == 1) {
        // one breakdown (the common case): the cells by area, nothing to split
        Aufschluesselung a = t.aufschluesselungen.get(0);
        @Nullable Zelle[] jeBereich = t.zellen.get(0);
        for (int b = 0; b < bereiche; b++) {
          Zelle z = jeBereich[b];
          if (z == null) {
            z = new Zelle(t, b, a);
            jeBereich[b] = z;
          }
          z.index = erste + b;
          z.tabelle = this;
          w.trage(erste + b, z);
        }
        for (int b = 0; b < bereiche; b++) {
          for (int[] kinder : h.kindergruppen[b]) {
            if (w.festUndAdditiv(erste + b, kinder, erste, 1)) {
              continue; // left out, see Werte.nimm
            }
            int[] zeile = new int[kinder.length + 1];
            zeile[0] = erste + b;
            for (int i = 0; i < kinder.length; i++) {
              zeile[i + 1] = erste + kinder[i];
            }
            relationen.add(zeile);
          }
        }
        return erste + bereiche;
      }
      // the breakdowns in their order, each with its cells by area number
      Integer[] folge = new Integer[anzahl];
      for (int j = 0; j < anzahl; j++) {
        folge[j] = j;
      }
      Arrays.sort(
          folge, (x, y) -> t.aufschluesselungen.get(x).compareTo(t.aufschluesselungen.get(y)));
      List<Aufschluesselung> auf = new ArrayList<>(anzahl);
      List<@Nullable Zelle[]> zellen = new ArrayList<>(anzahl);
      for (int j : folge) {
        auf.add(t.aufschluesselungen.get(j));
        zellen.add(t.zellen.get(j));
      }
      // every area gets a cell for every breakdown of the part, numbered area by area
      int i = erste;
      for (int b = 0; b < bereiche; b++) {
        for (int j = 0; j < anzahl; j++) {
          @Nullable Zelle[] jeBereich = zellen.get(j);
          Zelle z = jeBereich[b];
          if (z == null) {
            z = new Zelle(t, b, auf.get(j));
            jeBereich[b] = z;
          }
          z.index = i;
          z.tabelle = this;
          w.trage(i++, z);
        }
      }
      for (int b = 0; b < bereiche; b++) {
        for (int[] kinder : h.kindergruppen[b]) {
          for (int j = 0; j < anzahl; j++) {
            if (w.festUndAdditiv(erste + b * anzahl + j, kinder, erste + j, anzahl)) {
              continue; // left out, see Werte.nimm
            }
            int[] zeile = new int[kinder.length + 1];
            zeile[0] = erste + b * anzahl + j;
            for (int k = 0; k < kinder.length; k++) {
              zeile[k + 1] = erste + kinder[k] * anzahl + j;
            }
            relationen.add(zeile);
          }
        }
      }
      // across breakdowns: b = sum over the codes of dimension d of b + {d=code}
      Map<Integer, Map<String, List<Integer>>> zerlegungen = new TreeMap<>();
      for (int j = 0; j < anzahl; j++) {
        Aufschluesselung a = auf.get(j);
        for (String d : a.dimensionen()) {
          int ohne = auf.indexOf(a.ohne(d));
          if (ohne >= 0) {
            zerlegungen
                .computeIfAbsent(ohne, x -> new TreeMap<>())
                .computeIfAbsent(d, x -> new ArrayList<>())
                .add(j);
          }
        }
      }
      for (int b = 0; b < bereiche; b++) {
        for (Map.Entry<Integer, Map<String, List<Integer>>> e : zerlegungen.entrySet()) {
          for (List<Integer> codes : e.getValue().values()) {
            int[] zeile = new int[codes.size() + 1];
            zeile[0] = erste + b * anzahl + e.getKey();
            for (int k = 0; k < codes.size(); k++) {
              zeile[k + 1] = erste + b * anzahl + codes.get(k);
            }
            w.nimm(zeile, relationen);
          }
        }
      }
      return i;
    }

    private static long alsLong(BigDecimal x, int skala, Messwert m) {
      try {
        return (skala == 0 ? x : x.movePointRight(skala)).longValueExact();
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException(
            "Messwert "
                + m.schluessel()
                + " has a value too large to count exactly, got "
                + x.toPlainString(),
            e);
      }
    }
  }

  /**
   * The values of the cells of a table being protected, by number: numerators and denominators as
   * whole numbers at the table's scales, and which cells are sensitive, missing or fixed.
   */
  private static final class Werte {
    final long[] zaehler;
    final long[] nenner;
    final boolean[] sensibel;
    final boolean[] fehlt;
    final boolean[] fest;
    private final int zSkala;
    private final int nSkala;
    private final Geheimhaltungsregeln regeln;
    // the primary thresholds at the table's scales, computed once
    private final long zSchwelle;
    private final long nSchwelle;

    Werte(int n, int zSkala, int nSkala, Geheimhaltungsregeln regeln) {
      this.zaehler = new long[n];
      this.nenner = new long[n];
      this.sensibel = new boolean[n];
      this.fehlt = new boolean[n];
      this.fest = new boolean[n];
      this.zSkala = zSkala;
      this.nSkala = nSkala;
      this.regeln = regeln;
      this.zSchwelle = regeln.zaehlerSchwelle(zSkala);
      this.nSchwelle = regeln.nennerSchwelle(nSkala);
    }

    /**
     * Adds relation {@code r} (of cells whose values are taken already) to {@code relationen},
     * unless every cell of it is fixed (published already, not sensitive, not missing) and its
     * numerators add up: such a relation never holds an unknown cell, never narrows a bound and
     * offers no cell to suppress, so the protection would only walk over it (the relations of the
     * cells of earlier tables that a pooled table takes over, mostly). The sum is taken as {@link
     * Tabelle#additivOderUnbekannt} takes it, so a numerator too large to add fails alike.
     */
    void nimm(int[] r, List<int[]> relationen) {
      if (!fest[r[0]]) {
        relationen.add(r); // the common case: nothing fixed
        return;
      }
      long summe = 0;
      for (int i = 0; i < r.length; i++) {
        int c = r[i];
        if (!bekannt(c)) {
          relationen.add(r);
          return;
        }
        summe = Math.addExact(summe, i == 0 ? zaehler[c] : -zaehler[c]);
      }
      if (summe != 0) {
        relationen.add(r);
      }
    }

    /** Whether cell {@code c} is fixed, not sensitive and not missing: its number is known. */
    private boolean bekannt(int c) {
      return fest[c] && !sensibel[c] && !fehlt[c];
    }

    /**
     * Whether the relation {@code summe = Σ basis + faktor·kinder[i]} is one that {@link #nimm}
     * leaves out, checked before it is made (the same test, the same sum).
     */
    boolean festUndAdditiv(int summe, int[] kinder, int basis, int faktor) {
      if (!bekannt(summe)) {
        return false;
      }
      long s = zaehler[summe];
      for (int k : kinder) {
        int c = basis + faktor * k;
        if (!bekannt(c)) {
          return false;
        }
        s = Math.addExact(s, -zaehler[c]);
      }
      return s == 0;
    }

    /** Takes the value and marks of cell {@code z} as cell number {@code i}. */
    void trage(int i, Zelle z) {
      Messwert m = z.figur;
      if (m != null && z.ganz && zSkala == 0 && nSkala == 0) {
        // whole numbers in a table of whole numbers: as read when the figure was added
        zaehler[i] = z.zaehlerGanz;
        nenner[i] = z.nennerGanz;
      } else {
        BigDecimal zz = m == null ? null : m.zaehler();
        if (m == null || zz == null) {
          fehlt[i] = true;
          nenner[i] = Tabelle.KEIN_NENNER;
          return;
        }
        BigDecimal nn = m.nenner();
        zaehler[i] = Builder.alsLong(zz, zSkala, m);
        nenner[i] = nn == null ? Tabelle.KEIN_NENNER : Builder.alsLong(nn, nSkala, m);
      }
      fest[i] = z.fest;
      if (m.confStatus() != ConfStatus.F || z.sensibel) {
        sensibel[i] = true;
      } else {
        sensibel[i] = regeln.primaerMitSchwellen(zaehler[i], zSchwelle, nenner[i], nSchwelle);
      }
    }
  }

  /** The protection's decision for every cell of a release's table. */
  public static final class Ergebnis {
    private final Builder von;
    private final GeschuetzteTabelle<Integer> tabelle;

    private Ergebnis(Builder von, GeschuetzteTabelle<Integer> tabelle) {
      this.von = von;
      this.tabelle = tabelle;
    }

    /**
     * The decision for cell {@code z}: published, primary or secondary suppressed, or missing.
     *
     * @param z a cell of this table
     * @return the decision
     * @throws IllegalArgumentException if the cell is not of this table
     */
    public Sperrung sperrung(Zelle z) {
      if (z.tabelle != von || z.index < 0 || z.index >= tabelle.tabelle().groesse()) {
        throw new IllegalArgumentException("cell " + z + " is not of this table");
      }
      return tabelle.sperrungAn(z.index);
    }
  }
}

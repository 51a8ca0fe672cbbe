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
   * a release (a Kommune's hierarchy on one day is the same for every indicator). Not thread-safe.
   */
  public static final class Gliederungen {
    private final Map<Kommune, Raumverzeichnis> verzeichnisse = new java.util.IdentityHashMap<>();
    private final Map<Kommune, Map<LocalDate, Raumhierarchie>> hierarchien =
        new java.util.IdentityHashMap<>();

    /** An empty cache. */
    public Gliederungen() {}

    Raumverzeichnis verzeichnis(Kommune k) {
      return verzeichnisse.computeIfAbsent(k, Raumverzeichnis::von);
    }

    Raumhierarchie hierarchie(Kommune k, LocalDate tag) {
      return hierarchien
          .computeIfAbsent(k, x -> new HashMap<>())
          .computeIfAbsent(tag, t -> Raumhierarchie.von(verzeichnis(k), t));
    }
  }

  /** A cell of the table: an area and breakdown of a part, or an additional figure. */
  public static final class Zelle {
    private final @Nullable Teil teil;
    private final int bereich;
    private final @Nullable Aufschluesselung aufschluesselung;
    private int index = -1;
    private @Nullable Messwert figur;
    private boolean fest;
    private boolean sensibel;

    private Zelle(@Nullable Teil teil, int bereich, @Nullable Aufschluesselung aufschluesselung) {
      this.teil = teil;
      this.bereich = bereich;
      this.aufschluesselung = aufschluesselung;
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

  /**
   * The cells of one Kommune on one day: the Kommune and its Sozialraum versions valid that day,
   * each with a cell per breakdown that occurs.
   */
  public static final class Teil {
    private final Kommune kommune;
    private final Raumhierarchie hierarchie;
    // the breakdowns that occur, and per breakdown the cells by area number (created on use)
    private final List<Aufschluesselung> aufschluesselungen = new ArrayList<>(2);
    private final List<@Nullable Zelle[]> zellen = new ArrayList<>(2);
    // the area number the next figure most likely has: a Kommune's figures come in the order of
    // its Sozialraum versions, which is the order of the numbers, so a guess saves the hash lookup
    private int vermutet = 1;

    private Teil(Kommune kommune, LocalDate stichtag, Gliederungen gliederungen) {
      this.kommune = kommune;
      this.hierarchie = gliederungen.hierarchie(kommune, stichtag);
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
      z.figur = m;
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
     * @return the groups of children, one per level
     */
    public java.util.List<java.util.List<Raumbezug>> kindergruppen(Raumbezug raum) {
      Integer b = hierarchie.nummern.get(requireNonNull(raum, "raum"));
      java.util.List<java.util.List<Raumbezug>> gruppen = new ArrayList<>();
      if (b == null) {
        return gruppen;
      }
      for (int[] kinder : hierarchie.kindergruppen[b]) {
        java.util.List<Raumbezug> g = new ArrayList<>(kinder.length);
        for (int k : kinder) {
          g.add(hierarchie.raeume.get(k));
        }
        gruppen.add(g);
      }
      return gruppen;
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
              gliederungen);
      teile.add(t);
      return t;
    }

    /**
     * An additional cell for figure {@code m} outside every hierarchy (a pooled figure, say).
     *
     * @param m the figure
     * @return the cell
     */
    public Zelle zusatz(Messwert m) {
      Zelle z = new Zelle(null, -1, null);
      z.figur = requireNonNull(m, "m");
      zusaetze.add(z);
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
      // sized once: every part has a cell per area and breakdown, and about as many relations
      int zellen = zusaetze.size();
      for (Teil t : teile) {
        zellen += t.hierarchie.raeume.size() * t.aufschluesselungen.size();
      }
      List<Zelle> alle = new ArrayList<>(zellen);
      List<int[]> relationen = new ArrayList<>(zellen);
      for (Teil t : teile) {
        schliesse(t, alle, relationen);
      }
      for (Zelle z : zusaetze) {
        z.index = alle.size();
        alle.add(z);
      }
      int n = alle.size();
      int zSkala = 0;
      int nSkala = 0;
      for (Zelle z : alle) {
        Messwert m = z.figur;
        if (m != null && m.zaehler() != null) {
          zSkala = Math.max(zSkala, requireNonNull(m.zaehler()).scale());
          BigDecimal nn = m.nenner();
          if (nn != null) {
            nSkala = Math.max(nSkala, nn.scale());
          }
        }
      }
      long[] zaehler = new long[n];
      long[] nenner = new long[n];
      boolean[] sensibel = new boolean[n];
      boolean[] fehlt = new boolean[n];
      boolean[] fest = new boolean[n];
      for (int i = 0; i < n; i++) {
        Messwert m = alle.get(i).figur;
        BigDecimal z = m == null ? null : m.zaehler();
        if (m == null || z == null) {
          fehlt[i] = true;
          nenner[i] = Tabelle.KEIN_NENNER;
          continue;
        }
        BigDecimal nn = m.nenner();
        zaehler[i] = alsLong(z, zSkala, m);
        nenner[i] = nn == null ? Tabelle.KEIN_NENNER : alsLong(nn, nSkala, m);
        fest[i] = alle.get(i).fest;
        if (m.confStatus() != ConfStatus.F || alle.get(i).sensibel) {
          sensibel[i] = true;
        } else {
          sensibel[i] = regeln.primaerSkaliert(zaehler[i], zSkala, nenner[i], nSkala);
        }
      }
      for (Zelle[] zeile : beziehungen) {
        int[] r = new int[zeile.length];
        for (int j = 0; j < zeile.length; j++) {
          if (zeile[j].index < 0) {
            throw new IllegalArgumentException(
                "a relation names the cell " + zeile[j] + " of another table");
          }
          r[j] = zeile[j].index;
        }
        relationen.add(r);
      }
      List<int[]> gehalten = new ArrayList<>(relationen.size());
      for (int[] r : relationen) {
        if (Tabelle.additivOderUnbekannt(r, zaehler, nenner, fehlt)) {
          gehalten.add(r);
        }
      }
      Tabelle<Integer> tabelle =
          new Tabelle<>(
              n,
              Integer::valueOf,
              zaehler,
              nenner,
              sensibel,
              fehlt,
              fest,
              gehalten.toArray(new int[0][]));
      GeschuetzteTabelle<Integer> g = Geheimhaltung.schuetze(tabelle, regeln);
      return new Ergebnis(g);
    }

    /** Numbers the cells of part {@code t} and adds its relations. */
    private static void schliesse(Teil t, List<Zelle> alle, List<int[]> relationen) {
      Raumhierarchie h = t.hierarchie;
      int anzahl = t.aufschluesselungen.size();
      if (anzahl == 0) {
        return;
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
      int bereiche = h.raeume.size();
      // every area gets a cell for every breakdown of the part, numbered area by area
      int erste = alle.size();
      for (int b = 0; b < bereiche; b++) {
        for (int j = 0; j < anzahl; j++) {
          @Nullable Zelle[] jeBereich = zellen.get(j);
          Zelle z = jeBereich[b];
          if (z == null) {
            z = new Zelle(t, b, auf.get(j));
            jeBereich[b] = z;
          }
          z.index = alle.size();
          alle.add(z);
        }
      }
      for (int b = 0; b < bereiche; b++) {
        for (int[] kinder : h.kindergruppen[b]) {
          for (int j = 0; j < anzahl; j++) {
            int[] zeile = new int[kinder.length + 1];
            zeile[0] = erste + b * anzahl + j;
            for (int k = 0; k < kinder.length; k++) {
              zeile[k + 1] = erste + kinder[k] * anzahl + j;
            }
            relationen.add(zeile);
          }
        }
      }
      if (anzahl == 1) {
        return; // one breakdown: nothing to split
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
            relationen.add(zeile);
          }
        }
      }
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

  /** The protection's decision for every cell of a release's table. */
  public static final class Ergebnis {
    private final GeschuetzteTabelle<Integer> tabelle;

    private Ergebnis(GeschuetzteTabelle<Integer> tabelle) {
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
      if (z.index < 0 || z.index >= tabelle.tabelle().groesse()) {
        throw new IllegalArgumentException("cell " + z + " is not of this table");
      }
      return tabelle.sperrungAn(z.index);
    }
  }
}

package de.kekiz.monitoring.geheimhaltung;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The secondary suppression on a {@link Tabelle}: adds suppressed cells until no suppressed cell
 * can be computed from the published ones and the table's relations.
 *
 * <p>The heuristic works in three stages, repeated until nothing changes:
 *
 * <ol>
 *   <li><b>Local rule</b>, per relation, to a fixpoint over a work list. A relation with exactly
 *       one suppressed cell gives it away by subtraction, so another published cell of the relation
 *       is suppressed too. A relation whose total is known and whose suppressed parts have too
 *       little <em>slack</em> gives them away through non-negativity (if the suppressed parts of
 *       {@code 10 = 0 + 0 + 10} are the two zeros, both are known to be 0; with slack 1, a hidden
 *       part is known to be 0 or 1): it gets published cells that add slack until the slack reaches
 *       the protection width ({@link Geheimhaltungsregeln#schutzbreite()}). The slack of a relation
 *       is the sum over its suppressed parts of the numerator minus what an observer knows as its
 *       lower bound: 0 for a primary cell, {@link Geheimhaltungsregeln#untergrenzeSekundaer()} for
 *       a secondary one (it passed the primary rules).
 *   <li><b>Linear check</b>, per connected group of suppressed cells (linked by shared relations):
 *       the exact test of {@link Bestimmtheit} finds cells that are still determined by combining
 *       several relations (in a 2-D table, a suppressed cell linking two otherwise separate
 *       rectangles of suppressed cells, or a cell next to a missing one that a published total and
 *       its published siblings give away). For each such cell one more cell is suppressed: the
 *       cheapest candidate in its relations and in the relations of the determined cells found
 *       there, through which the knowledge flows. Rows with a missing cell found in no other row
 *       are dropped first (they constrain nothing). Then the local rule runs again; only groups
 *       that changed are checked again.
 *   <li><b>Interval check</b>: bounds from non-negativity are propagated over all relations (as an
 *       attacker without linear programming would: a part is at most the total minus the lower
 *       bounds of the other parts, and so on) within a work budget of a few passes. A primary cell
 *       whose bounds lie closer than the protection width is narrowed too far; one of its relations
 *       gets a cell that adds slack.
 * </ol>
 *
 * <p><b>Which cell.</b> A relation's candidates are its published cells, smallest numerator first
 * (then denominator, a part before the total, the earlier cell). Among the first {@value
 * #KANDIDATEN} candidates the one with the lowest cost is taken: its numerator plus, for each other
 * relation of the candidate that has no suppressed cell yet (and would then need one), the
 * numerator of that relation's smallest other published cell. This one-step look-ahead prefers a
 * cell that closes a rectangle to one that starts a chain.
 *
 * <p><b>Missing cells</b> are not published, so an observer does not know them: they are unknowns
 * of the relations, never chosen, and need no protection themselves. A relation with a missing part
 * has no slack problem (the missing part may be anything). A figure that is published elsewhere
 * (say, the Kommune's total in the official statistics) must therefore be part of the table, or the
 * protection cannot take it into account. If some numerator is negative (a balance, not a count),
 * non-negativity does not hold and the slack rule and the interval check are skipped. A suppressed
 * cell that stays determined after {@value #VERSUCHE} attempts to hide it (possible only if the
 * relations themselves fix it, e.g. {@code K = A + B} and {@code K = A + B + C} force {@code C =
 * 0}) is left as it is and reported by {@link GeschuetzteTabelle#bestimmbar()}.
 *
 * <p>Nothing is done for a table without primary cells.
 *
 * <p><b>Work.</b> Each cell is suppressed at most once; a pointer into each relation's sorted cells
 * finds the smallest published one, so the local rule is linear in the size of the relations plus a
 * sort; the interval check is bounded by its budget; the linear check is discussed in {@link
 * Bestimmtheit}.
 */
final class Sekundaersperrung {

  static final byte FREI = 0;
  static final byte PRIMAER = 1;
  static final byte SEKUNDAER = 2;
  static final byte FEHLT = 3;

  /** How many of a relation's smallest published cells the look-ahead compares. */
  static final int KANDIDATEN = 8;

  /** How often the linear check tries to hide one cell before it gives up on it. */
  static final int VERSUCHE = 20;

  /** How many relations away from a cell to look for a cell to suppress for it. */
  static final int SUCHTIEFE = 3;

  /** Passes over all relations the interval check may spend. */
  private static final int INTERVALL_DURCHGAENGE = 200;

  private static final long UNENDLICH = Long.MAX_VALUE / 4;

  /** Rows up to this length are sorted by insertion ({@link #sortiert}). */
  private static final int KURZE_ZEILE = 32;

  private final Tabelle<?> tabelle;
  private final int n;
  private final int[][] rel;
  private final int[] zellRelStart;
  private final int[] zellRel;
  private final byte[] zustand;
  private final int[] versuche;
  private final boolean nichtNegativ;
  private final long untergrenzeSekundaer;
  private final long schutzbreite;
  private final int[] unbekannt;
  private final int[] geschuetzt;
  private final int[] fehlendeTeile;
  private final long[] schlupf;
  private final int[] @Nullable [] ordnung;
  private final int[] zeiger;
  private final int[] warteschlange;
  private int kopf;
  private int ende;
  private final boolean[] wartet;
  // the unknown cells (missing or suppressed): first the missing and primary ones in increasing
  // order, then the secondary ones in the order suppressed; those from neuAb on are new since the
  // last linear check
  private int[] unbekannteZellen;
  private int anzahlUnbekannt;
  private int neuAb;
  // the primary cells, in increasing order
  private final int[] primaere;
  // per cell: its position in the linear check's sorted unknown cells (only read for unknown
  // cells, so never cleared)
  private final int[] ort;
  private final boolean[] bestimmt;

  /** The unknown cells the current linear check found determined (cleared after each group). */
  private final boolean[] bestimmtJetzt;

  private long letzteKosten;

  // the arrays per cell that live only while the suppression runs
  private final Arbeitsspeicher speicher;

  private Sekundaersperrung(
      Tabelle<?> tabelle, long untergrenzeSekundaer, long schutzbreite, Arbeitsspeicher speicher) {
    this.speicher = speicher;
    this.schutzbreite = schutzbreite;
    this.tabelle = tabelle;
    this.n = tabelle.groesse();
    this.rel = tabelle.beziehungsIndizes();
    this.untergrenzeSekundaer = untergrenzeSekundaer;
    this.zustand = new byte[n];
    boolean nn = true;
    int unbekannte = 0;
    int primaer = 0;
    for (int i = 0; i < n; i++) {
      if (tabelle.fehltAn(i)) {
        zustand[i] = FEHLT;
        unbekannte++;
      } else {
        if (tabelle.sensibelAn(i)) {
          zustand[i] = PRIMAER;
          unbekannte++;
          primaer++;
        }
        nn &= tabelle.zaehlerAn(i) >= 0;
      }
    }
    this.nichtNegativ = nn;
    this.unbekannteZellen = new int[Math.max(8, 2 * unbekannte)];
    this.primaere = new int[primaer];
    for (int i = 0, p = 0; i < n; i++) {
      if (zustand[i] != FREI) {
        unbekannteZellen[anzahlUnbekannt++] = i;
        if (zustand[i] == PRIMAER) {
          primaere[p++] = i;
        }
      }
    }
    this.ort = speicher.ort(n);
    this.versuche = speicher.versuche(n);
    this.unbekannt = new int[rel.length];
    this.geschuetzt = new int[rel.length];
    this.fehlendeTeile = new int[rel.length];
    this.schlupf = new long[rel.length];
    this.ordnung = new int[rel.length][];
    this.zeiger = new int[rel.length];
    this.warteschlange = new int[rel.length + 1];
    this.wartet = new boolean[rel.length];
    this.bestimmt = new boolean[n];
    this.bestimmtJetzt = new boolean[n];
    // one pass over the relations: the degree of each cell, and each relation's unknown cells
    int[] grad = speicher.grad(n + 1);
    for (int r = 0; r < rel.length; r++) {
      int[] zeile = rel[r];
      for (int i = 0; i < zeile.length; i++) {
        int c = zeile[i];
        grad[c]++;
        if (zustand[c] == FEHLT) {
          unbekannt[r]++;
          fehlendeTeile[r] += i > 0 ? 1 : 0;
        } else if (zustand[c] == PRIMAER) {
          unbekannt[r]++;
          geschuetzt[r]++;
          if (i > 0) {
            schlupf[r] += tabelle.zaehlerAn(c);
          }
        }
      }
      if (geschuetzt[r] > 0) {
        stelleAn(r);
      }
    }
    // grad[c] becomes the end of cell c's relations; filled from the back, each relation's number
    // is put just before it, so that afterwards grad[c] is their start, in increasing order
    for (int i = 1; i < n; i++) {
      grad[i] += grad[i - 1];
    }
    grad[n] = n > 0 ? grad[n - 1] : 0;
    this.zellRelStart = grad;
    this.zellRel = new int[grad[n]];
    for (int r = rel.length - 1; r >= 0; r--) {
      int[] zeile = rel[r];
      for (int i = zeile.length - 1; i >= 0; i--) {
        zellRel[--grad[zeile[i]]] = r;
      }
    }
  }

  /**
   * Runs the secondary suppression on {@code tabelle}, with the working arrays of {@code speicher}
   * (fresh, or kept from an earlier table of the release).
   *
   * @param schutzbreite how wide the range an observer can derive for a primary cell's numerator
   *     must stay ({@link Geheimhaltungsregeln#schutzbreite()})
   * @param untergrenzeSekundaer what an observer knows as lower bound of a secondary cell's
   *     numerator
   */
  static <K> GeschuetzteTabelle<K> berechne(
      Tabelle<K> tabelle, long untergrenzeSekundaer, long schutzbreite, Arbeitsspeicher speicher) {
    boolean primaer = false;
    for (int i = 0; i < tabelle.groesse() && !primaer; i++) {
      primaer = tabelle.sensibelAn(i) && !tabelle.fehltAn(i);
    }
    if (!primaer) {
      Sperrung[] frei = new Sperrung[tabelle.groesse()];
      for (int i = 0; i < frei.length; i++) {
        frei[i] = tabelle.fehltAn(i) ? Sperrung.FEHLT : Sperrung.FREI;
      }
      return new GeschuetzteTabelle<>(tabelle, frei, new boolean[frei.length]);
    }
    Sekundaersperrung s =
        new Sekundaersperrung(tabelle, untergrenzeSekundaer, schutzbreite, speicher);
    s.lauf();
    Sperrung[] ergebnis = new Sperrung[tabelle.groesse()];
    for (int i = 0; i < ergebnis.length; i++) {
      ergebnis[i] =
          switch (s.zustand[i]) {
            case PRIMAER -> Sperrung.PRIMAER;
            case SEKUNDAER -> Sperrung.SEKUNDAER;
            case FEHLT -> Sperrung.FEHLT;
            default -> Sperrung.FREI;
          };
    }
    return new GeschuetzteTabelle<>(tabelle, ergebnis, s.bestimmt);
  }

  /** The cells of relation {@code r} in candidate order, sorted when first needed. */
  private int[] ordnung(int r) {
    int[] o = ordnung[r];
    if (o == null) {
      o = sortiert(rel[r]);
      ordnung[r] = o;
    }
    return o;
  }

  /**
   * The cells of relation row {@code zeile} in candidate order: smaller numerator (by magnitude)
   * first, then smaller denominator, then a part before the total, then the earlier cell.
   */
  private int[] sortiert(int[] zeile) {
    int[] ergebnis = new int[zeile.length];
    if (zeile.length <= KURZE_ZEILE) {
      // a short row (the common case) by insertion of positions, without boxing: stable like the
      // sort below, so the same order
      int[] o = new int[zeile.length];
      for (int i = 0; i < zeile.length; i++) {
        int a = i;
        int j = i - 1;
        while (j >= 0 && vergleiche(zeile, o[j], a) > 0) {
          o[j + 1] = o[j];
          j--;
        }
        o[j + 1] = a;
      }
      for (int i = 0; i < zeile.length; i++) {
        ergebnis[i] = zeile[o[i]];
      }
      return ergebnis;
    }
    Integer[] o = new Integer[zeile.length];
    for (int i = 0; i < zeile.length; i++) {
      o[i] = i;
    }
    Arrays.sort(o, (a, b) -> vergleiche(zeile, a, b));
    for (int i = 0; i < zeile.length; i++) {
      ergebnis[i] = zeile[o[i]];
    }
    return ergebnis;
  }

  /** The candidate order of the cells at positions {@code a} and {@code b} of row {@code zeile}. */
  private int vergleiche(int[] zeile, int a, int b) {
    int x = groesse(zeile[a], zeile[b]);
    if (x == 0) {
      x = Boolean.compare(a == 0, b == 0);
    }
    return x != 0 ? x : Integer.compare(zeile[a], zeile[b]);
  }

  /** Compares cells by magnitude of the numerator, then by denominator. */
  private int groesse(int a, int b) {
    int x = Long.compare(Math.abs(tabelle.zaehlerAn(a)), Math.abs(tabelle.zaehlerAn(b)));
    return x != 0 ? x : Long.compare(tabelle.nennerAn(a), tabelle.nennerAn(b));
  }

  /** Whether cell {@code c} is unknown to an observer: suppressed or missing. */
  private boolean unbekannt(int c) {
    return zustand[c] != FREI;
  }

  /** Whether cell {@code c} is suppressed by the protection (and must stay undetermined). */
  private boolean geschuetzt(int c) {
    return zustand[c] == PRIMAER || zustand[c] == SEKUNDAER;
  }

  /**
   * Whether cell {@code c} could still be suppressed: it is published and not one whose publication
   * was decided elsewhere ({@link Tabelle#festAn}).
   */
  private boolean waehlbar(int c) {
    return zustand[c] == FREI && !tabelle.festAn(c);
  }

  private void stelleAn(int r) {
    if (!wartet[r]) {
      wartet[r] = true;
      warteschlange[ende] = r;
      ende = ende + 1 == warteschlange.length ? 0 : ende + 1; // the ring, without a division
    }
  }

  private void sperre(int c) {
    zustand[c] = SEKUNDAER;
    if (anzahlUnbekannt == unbekannteZellen.length) {
      unbekannteZellen = Arrays.copyOf(unbekannteZellen, 2 * anzahlUnbekannt);
    }
    unbekannteZellen[anzahlUnbekannt++] = c;
    long beitrag = tabelle.zaehlerAn(c) - untergrenzeSekundaer;
    for (int i = zellRelStart[c]; i < zellRelStart[c + 1]; i++) {
      int r = zellRel[i];
      unbekannt[r]++;
      geschuetzt[r]++;
      if (rel[r][0] != c) {
        schlupf[r] += beitrag;
      }
      stelleAn(r);
    }
  }

  private boolean brauchtSchlupf(int r) {
    return nichtNegativ
        && geschuetzt[r] > 0
        && !unbekannt(rel[r][0])
        && fehlendeTeile[r] == 0
        && schlupf[r] < schutzbreite;
  }

  private boolean bringtSchlupf(int r, int c) {
    return c == rel[r][0] || tabelle.zaehlerAn(c) - untergrenzeSekundaer > 0;
  }

  /**
   * The published cell of relation {@code r} to suppress next, or -1 if there is none; its cost is
   * left in {@link #letzteKosten}. If {@code schlupfNoetig}, only cells that add slack are
   * considered, unless there are none and {@code auchOhneSchlupf}.
   */
  private int waehle(int r, boolean schlupfNoetig, boolean auchOhneSchlupf) {
    int[] o = ordnung(r);
    int beste = -1;
    long besteKosten = Long.MAX_VALUE;
    int ersatz = -1;
    int gesehen = 0;
    for (int i = zeiger[r]; i < o.length && gesehen < KANDIDATEN; i++) {
      int c = o[i];
      if (!waehlbar(c)) {
        if (i == zeiger[r]) {
          zeiger[r]++;
        }
        continue;
      }
      if (schlupfNoetig && !bringtSchlupf(r, c)) {
        if (ersatz < 0) {
          ersatz = c;
        }
        continue;
      }
      long z = Math.abs(tabelle.zaehlerAn(c));
      if (z >= besteKosten) {
        break; // costs are at least the numerator, which only grows from here
      }
      gesehen++;
      long k = kosten(c, r);
      if (k < besteKosten) {
        beste = c;
        besteKosten = k;
      }
    }
    if (beste < 0 && auchOhneSchlupf && ersatz >= 0) {
      beste = ersatz;
      besteKosten = kosten(ersatz, r);
    }
    letzteKosten = besteKosten;
    return beste;
  }

  /**
   * The cost of suppressing {@code c} for relation {@code r}: its numerator plus, for each other
   * relation of {@code c} without a suppressed cell, the smallest other published numerator there.
   */
  private long kosten(int c, int r) {
    long k = Math.abs(tabelle.zaehlerAn(c));
    for (int i = zellRelStart[c]; i < zellRelStart[c + 1]; i++) {
      int s = zellRel[i];
      if (s == r || unbekannt[s] > 0) {
        continue; // already holds an unknown cell: suppressing c does not expose it
      }
      int[] o = ordnung(s);
      for (int j = zeiger[s]; j < o.length; j++) {
        if (o[j] != c && waehlbar(o[j])) {
          k += Math.abs(tabelle.zaehlerAn(o[j]));
          break;
        }
      }
    }
    return k;
  }

  /** The local rule, to a fixpoint. */
  private void lokal() {
    while (kopf != ende) {
      int r = warteschlange[kopf];
      kopf = kopf + 1 == warteschlange.length ? 0 : kopf + 1; // the ring, without a division
      wartet[r] = false;
      if (geschuetzt[r] == 0) {
        continue;
      }
      boolean allein = unbekannt[r] == 1;
      boolean schlupfNoetig = brauchtSchlupf(r);
      if (allein || schlupfNoetig) {
        int c = waehle(r, schlupfNoetig, allein);
        if (c >= 0) {
          sperre(c);
        }
      }
    }
  }

  private void lauf() {
    lokal();
    boolean ersteRunde = true;
    while (true) {
      if (linear(ersteRunde)) {
        ersteRunde = false;
        lokal();
        continue;
      }
      ersteRunde = false;
      if (nichtNegativ && intervall()) {
        lokal();
        continue;
      }
      return;
    }
  }

  /**
   * The linear check on the groups that changed (all in the first round); suppresses cells for
   * determined ones. Returns whether it suppressed any.
   */
  private boolean linear(boolean alle) {
    // the unknown cells in increasing order (few: the groups are built over them, not all cells)
    int u = anzahlUnbekannt;
    int[] liste = Arrays.copyOf(unbekannteZellen, u);
    Arrays.sort(liste);
    for (int k = 0; k < u; k++) {
      ort[liste[k]] = k;
    }
    // groups of unknown cells linked by relations (union-find over their positions, which keeps
    // the order of the cells); a relation with fewer than two unknown cells links none
    int[] vater = new int[u];
    for (int k = 0; k < u; k++) {
      vater[k] = k;
    }
    for (int r = 0; r < rel.length; r++) {
      if (unbekannt[r] < 2) {
        continue;
      }
      int erster = -1;
      for (int c : rel[r]) {
        if (unbekannt(c)) {
          if (erster < 0) {
            erster = ort[c];
          } else {
            vereinige(vater, erster, ort[c]);
          }
        }
      }
    }
    boolean[] zuPruefen = new boolean[u];
    if (alle) {
      for (int k = 0; k < u; k++) {
        if (geschuetzt(liste[k])) {
          zuPruefen[wurzel(vater, k)] = true;
        }
      }
    } else {
      for (int j = neuAb; j < anzahlUnbekannt; j++) {
        zuPruefen[wurzel(vater, ort[unbekannteZellen[j]])] = true;
      }
    }
    neuAb = anzahlUnbekannt;
    // the groups to check, numbered in the order of their first cell; each group's cells in
    // increasing order (from zellenStart[g] in zellen) and its rows likewise
    int gruppen = 0;
    int[] gruppeDerWurzel = new int[u];
    Arrays.fill(gruppeDerWurzel, -1);
    int[] gruppeDerZelle = new int[u];
    // by position: each unknown cell's number in its group
    int[] lokaleNummer = new int[u];
    int[] zellenStart = new int[u + 1];
    for (int k = 0; k < u; k++) {
      gruppeDerZelle[k] = -1;
      int w = wurzel(vater, k);
      if (!zuPruefen[w]) {
        continue;
      }
      if (gruppeDerWurzel[w] < 0) {
        gruppeDerWurzel[w] = gruppen++;
      }
      int g = gruppeDerWurzel[w];
      gruppeDerZelle[k] = g;
      lokaleNummer[k] = zellenStart[g + 1]++;
    }
    if (gruppen == 0) {
      return false;
    }
    for (int g = 0; g < gruppen; g++) {
      zellenStart[g + 1] += zellenStart[g];
    }
    int[] zellen = new int[zellenStart[gruppen]];
    for (int k = 0; k < u; k++) {
      int g = gruppeDerZelle[k];
      if (g >= 0) {
        zellen[zellenStart[g] + lokaleNummer[k]] = liste[k];
      }
    }
    int[] gruppeDerZeile = new int[rel.length];
    int[] zeilenStart = new int[gruppen + 1];
    for (int r = 0; r < rel.length; r++) {
      gruppeDerZeile[r] = -1;
      if (unbekannt[r] == 0) {
        continue;
      }
      for (int c : rel[r]) {
        if (unbekannt(c)) {
          int w = wurzel(vater, ort[c]);
          if (zuPruefen[w]) {
            gruppeDerZeile[r] = gruppeDerWurzel[w];
            zeilenStart[gruppeDerWurzel[w] + 1]++;
          }
          break;
        }
      }
    }
    for (int g = 0; g < gruppen; g++) {
      zeilenStart[g + 1] += zeilenStart[g];
    }
    int[] zeilen = new int[zeilenStart[gruppen]];
    int[] fuell = Arrays.copyOf(zeilenStart, gruppen);
    for (int r = 0; r < rel.length; r++) {
      int g = gruppeDerZeile[r];
      if (g >= 0) {
        zeilen[fuell[g]++] = r;
      }
    }
    boolean[] beruehrt = new boolean[rel.length];
    boolean geaendert = false;
    for (int g = 0; g < gruppen; g++) {
      int von = zellenStart[g];
      int anzahl = zellenStart[g + 1] - von;
      Zeilen zg =
          zeilenDerGruppe(
              zeilen,
              zeilenStart[g],
              zeilenStart[g + 1] - zeilenStart[g],
              lokaleNummer,
              zellen,
              von,
              anzahl);
      int[][] spalten = zg.spalten();
      long[][] werte = new long[spalten.length][];
      for (int k = 0; k < spalten.length; k++) {
        werte[k] = new long[spalten[k].length];
        for (int i = 0; i < spalten[k].length; i++) {
          // a row lists the total first (coefficient +1) if it is unknown; the parts get -1
          werte[k][i] = i == 0 && zg.mitSumme()[k] ? 1 : -1;
        }
      }
      boolean[] b = Bestimmtheit.bestimmt(anzahl, spalten, werte);
      for (int k = 0; k < anzahl; k++) {
        bestimmtJetzt[zellen[von + k]] = b[k];
      }
      for (int k = 0; k < anzahl; k++) {
        int x = zellen[von + k];
        if (b[k]
            && geschuetzt(x)
            && versuche[x] < VERSUCHE
            && !beruehrtVon(x, beruehrt)
            && versteckeLinear(x, bestimmtJetzt, beruehrt)) {
          versuche[x]++;
          geaendert = true;
        }
      }
      for (int k = 0; k < anzahl; k++) {
        int x = zellen[von + k];
        bestimmt[x] = b[k] && geschuetzt(x);
        bestimmtJetzt[x] = false;
      }
    }
    return geaendert;
  }

  /** Rows as local column numbers, and whether each row's first entry is its total. */
  private record Zeilen(int[][] spalten, boolean[] mitSumme) {}

  /**
   * The rows {@code rs[rsVon]} to {@code rs[rsVon + m - 1]} restricted to their unknown cells, as
   * local column numbers (the group's cells are {@code zellen[zellenVon]} and the {@code anzahl -
   * 1} after it; the local number of unknown cell {@code c} is {@code lokaleNummer[ort[c]]}), after
   * dropping every row that holds a missing cell found in no other row (such a row never constrains
   * the other cells: the missing cell can always make it hold), repeatedly.
   */
  private Zeilen zeilenDerGruppe(
      int[] rs, int rsVon, int m, int[] lokaleNummer, int[] zellen, int zellenVon, int anzahl) {
    int[][] spalten = new int[m][];
    boolean[] summe = new boolean[m];
    int[] vorkommen = new int[anzahl];
    for (int k = 0; k < m; k++) {
      int[] zeile = rel[rs[rsVon + k]];
      int[] sp = new int[unbekannt[rs[rsVon + k]]];
      int j = 0;
      for (int i = 0; i < zeile.length; i++) {
        if (unbekannt(zeile[i])) {
          summe[k] |= i == 0;
          int lokal = lokaleNummer[ort[zeile[i]]];
          sp[j++] = lokal;
          vorkommen[lokal]++;
        }
      }
      spalten[k] = sp;
    }
    // the rows of each column, for the peeling
    int[][] zeilenDerSpalte = new int[anzahl][];
    int[] fuell = new int[anzahl];
    for (int c = 0; c < anzahl; c++) {
      zeilenDerSpalte[c] = new int[vorkommen[c]];
    }
    for (int k = 0; k < m; k++) {
      for (int c : spalten[k]) {
        zeilenDerSpalte[c][fuell[c]++] = k;
      }
    }
    boolean[] weg = new boolean[m];
    int[] stapel = new int[anzahl];
    int oben = 0;
    for (int c = 0; c < anzahl; c++) {
      if (vorkommen[c] == 1 && zustand[zellen[zellenVon + c]] == FEHLT) {
        stapel[oben++] = c;
      }
    }
    while (oben > 0) {
      int c = stapel[--oben];
      if (vorkommen[c] != 1) {
        continue;
      }
      for (int k : zeilenDerSpalte[c]) {
        if (!weg[k]) {
          weg[k] = true;
          for (int d : spalten[k]) {
            vorkommen[d]--;
            if (vorkommen[d] == 1 && zustand[zellen[zellenVon + d]] == FEHLT) {
              stapel[oben++] = d;
            }
          }
        }
      }
    }
    int bleiben = 0;
    for (int k = 0; k < m; k++) {
      bleiben += weg[k] ? 0 : 1;
    }
    int[][] ergebnis = new int[bleiben][];
    boolean[] mitSumme = new boolean[bleiben];
    int j = 0;
    for (int k = 0; k < m; k++) {
      if (!weg[k]) {
        mitSumme[j] = summe[k];
        ergebnis[j++] = spalten[k];
      }
    }
    return new Zeilen(ergebnis, mitSumme);
  }

  /**
   * The interval check: propagates bounds, and suppresses a cell for each pinned primary cell.
   * Returns whether it suppressed any.
   */
  private boolean intervall() {
    // a published cell is known exactly; then the few unknown cells get their bounds
    long[] unten = speicher.unten(n);
    long[] oben = speicher.oben(n);
    System.arraycopy(tabelle.zaehlerFeld(), 0, unten, 0, n);
    System.arraycopy(unten, 0, oben, 0, n);
    for (int j = 0; j < anzahlUnbekannt; j++) {
      int i = unbekannteZellen[j];
      unten[i] = zustand[i] == SEKUNDAER ? Math.min(untergrenzeSekundaer, tabelle.zaehlerAn(i)) : 0;
      oben[i] = UNENDLICH;
    }
    boolean[] inListe = new boolean[rel.length];
    int[] liste = new int[rel.length + 1];
    int kopfL = 0;
    int endeL = 0;
    for (int r = 0; r < rel.length; r++) {
      if (unbekannt[r] > 0) {
        inListe[r] = true;
        liste[endeL++] = r;
      }
    }
    long budget = (long) INTERVALL_DURCHGAENGE * (rel.length + 1);
    while (kopfL != endeL && budget-- > 0) {
      int r = liste[kopfL];
      kopfL = kopfL + 1 == liste.length ? 0 : kopfL + 1; // the ring, without a division
      inListe[r] = false;
      int[] zeile = rel[r];
      long summeUnten = 0;
      long summeOben = 0;
      int obenOffen = 0;
      for (int i = 1; i < zeile.length; i++) {
        int c = zeile[i];
        summeUnten += unten[c];
        if (oben[c] >= UNENDLICH) {
          obenOffen++;
        } else {
          summeOben += oben[c];
        }
      }
      int t = zeile[0];
      long neuUnten = Math.max(unten[t], summeUnten);
      long neuOben = obenOffen == 0 ? Math.min(oben[t], summeOben) : oben[t];
      boolean aenderung = setze(t, neuUnten, neuOben, unten, oben);
      for (int i = 1; i < zeile.length; i++) {
        int c = zeile[i];
        long andereUnten = summeUnten - unten[c];
        boolean cOffen = oben[c] >= UNENDLICH;
        long andereOben =
            obenOffen - (cOffen ? 1 : 0) > 0 ? UNENDLICH : summeOben - (cOffen ? 0 : oben[c]);
        long o = oben[t] < UNENDLICH ? Math.min(oben[c], oben[t] - andereUnten) : oben[c];
        long u = andereOben < UNENDLICH ? Math.max(unten[c], unten[t] - andereOben) : unten[c];
        aenderung |= setze(c, u, o, unten, oben);
      }
      if (aenderung) {
        for (int c : zeile) {
          for (int i = zellRelStart[c]; i < zellRelStart[c + 1]; i++) {
            int s = zellRel[i];
            if (!inListe[s]) {
              inListe[s] = true;
              liste[endeL] = s;
              endeL = endeL + 1 == liste.length ? 0 : endeL + 1; // the ring, without a division
            }
          }
        }
      }
    }
    boolean[] beruehrt = new boolean[rel.length];
    boolean geaendert = false;
    for (int x : primaere) {
      if (oben[x] - unten[x] < schutzbreite
          && !beruehrtVon(x, beruehrt)
          && verstecke(x, true, beruehrt)) {
        geaendert = true;
      }
    }
    return geaendert;
  }

  private static boolean setze(int c, long u, long o, long[] unten, long[] oben) {
    boolean aenderung = false;
    if (u > unten[c]) {
      unten[c] = u;
      aenderung = true;
    }
    if (o < oben[c]) {
      oben[c] = o;
      aenderung = true;
    }
    return aenderung;
  }

  /**
   * For a cell {@code x} that the linear check found determined: suppresses the cheapest candidate
   * in the relations of {@code x} and in the relations of the determined unknown cells found there
   * ({@code bestimmt}), through which the knowledge flows (a missing cell that a published total
   * and its published siblings give away, say). If there is none, looks further along determined
   * cells, up to {@value #SUCHTIEFE} steps, and then outward as {@link #verstecke} does.
   */
  private boolean versteckeLinear(int x, boolean[] bestimmt, boolean[] beruehrt) {
    List<Integer> ebene = new ArrayList<>();
    List<Integer> naechste = new ArrayList<>();
    boolean[] gesehenR = new boolean[rel.length];
    boolean[] gesehenZ = new boolean[n];
    ebene.add(x);
    gesehenZ[x] = true;
    int beste = -1;
    long besteKosten = Long.MAX_VALUE;
    for (int tiefe = 0; tiefe < SUCHTIEFE && !ebene.isEmpty(); tiefe++) {
      naechste.clear();
      for (int y : ebene) {
        for (int i = zellRelStart[y]; i < zellRelStart[y + 1]; i++) {
          int r = zellRel[i];
          if (gesehenR[r]) {
            continue;
          }
          gesehenR[r] = true;
          int c = waehle(r, brauchtSchlupf(r), true);
          if (c >= 0
              && (beste < 0
                  || letzteKosten < besteKosten
                  || (letzteKosten == besteKosten && groesse(c, beste) < 0))) {
            beste = c;
            besteKosten = letzteKosten;
          }
          for (int d : rel[r]) {
            if (bestimmt[d] && !gesehenZ[d]) {
              gesehenZ[d] = true;
              naechste.add(d);
            }
          }
        }
      }
      if (beste >= 0 && tiefe >= 1) {
        break;
      }
      List<Integer> t = ebene;
      ebene = naechste;
      naechste = t;
    }
    if (beste < 0) {
      return verstecke(x, false, beruehrt);
    }
    sperre(beste);
    for (int i = zellRelStart[beste]; i < zellRelStart[beste + 1]; i++) {
      beruehrt[zellRel[i]] = true;
    }
    return true;
  }

  /**
   * Suppresses the cheapest candidate among the relations of {@code x} (one that adds slack if
   * {@code schlupf}); marks its relations as touched. If the relations of {@code x} have no
   * candidate, looks further: the relations of the suppressed cells in them, and so on, up to
   * {@value #SUCHTIEFE} steps away. Returns whether a cell was suppressed.
   */
  private boolean verstecke(int x, boolean schlupf, boolean[] beruehrt) {
    List<Integer> zellen = new ArrayList<>();
    List<Integer> naechste = new ArrayList<>();
    boolean[] gesehenR = new boolean[rel.length];
    boolean[] gesehenZ = new boolean[n];
    zellen.add(x);
    gesehenZ[x] = true;
    for (int tiefe = 0; tiefe < SUCHTIEFE && !zellen.isEmpty(); tiefe++) {
      int beste = -1;
      long besteKosten = Long.MAX_VALUE;
      naechste.clear();
      for (int y : zellen) {
        for (int i = zellRelStart[y]; i < zellRelStart[y + 1]; i++) {
          int r = zellRel[i];
          if (gesehenR[r]) {
            continue;
          }
          gesehenR[r] = true;
          int c = schlupf ? waehle(r, true, false) : waehle(r, brauchtSchlupf(r), true);
          if (c >= 0
              && (beste < 0
                  || letzteKosten < besteKosten
                  || (letzteKosten == besteKosten && groesse(c, beste) < 0))) {
            beste = c;
            besteKosten = letzteKosten;
          }
          for (int d : rel[r]) {
            if (unbekannt(d) && !gesehenZ[d]) {
              gesehenZ[d] = true;
              naechste.add(d);
            }
          }
        }
      }
      if (beste >= 0) {
        sperre(beste);
        for (int i = zellRelStart[beste]; i < zellRelStart[beste + 1]; i++) {
          beruehrt[zellRel[i]] = true;
        }
        return true;
      }
      List<Integer> t = zellen;
      zellen = naechste;
      naechste = t;
    }
    return false;
  }

  private boolean beruehrtVon(int x, boolean[] beruehrt) {
    for (int i = zellRelStart[x]; i < zellRelStart[x + 1]; i++) {
      if (beruehrt[zellRel[i]]) {
        return true;
      }
    }
    return false;
  }

  private static int wurzel(int[] vater, int i) {
    while (vater[i] != i) {
      vater[i] = vater[vater[i]];
      i = vater[i];
    }
    return i;
  }

  private static void vereinige(int[] vater, int a, int b) {
    int wa = wurzel(vater, a);
    int wb = wurzel(vater, b);
    if (wa != wb) {
      vater[Math.max(wa, wb)] = Math.min(wa, wb);
    }
  }
}

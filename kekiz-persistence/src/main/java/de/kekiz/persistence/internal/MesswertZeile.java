package de.kekiz.persistence.internal;

import static de.kekiz.persistence.internal.db.Tables.MESSWERT;

import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.KommuneBezug;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.ObsStatus;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Periodizitaet;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.indikator.SozialraumBezug;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.kommune.SozialraumRef;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Field;
import org.jspecify.annotations.Nullable;

/**
 * Maps a {@link Messwert} to the nine columns of the table {@code messwert} and back.
 *
 * <p>The key columns: {@code kommune}; {@code reihe}, the id of its {@link Messreihe} within the
 * Kommune (table {@code messreihe}); {@code periode_beginn} and {@code periode_art} (a Periode is
 * fixed by its kind and first day; the kind is stored as one letter, see {@link
 * #artKennung(Periodizitaet)}). Then {@code zaehler}, {@code nenner}, {@code obs_status}, {@code
 * conf_status} and {@code lauf}, the audit entry of the load that stored the value.
 *
 * <p>An instance reads rows back and caches the value objects that repeat (indicator versions,
 * Kommunen, breakdowns, periods), so streaming millions of rows makes few objects; not
 * thread-safe.
 */
public final class MesswertZeile {

  /** The columns in the order of binding, of COPY and of reading. */
  public static final List<Field<?>> SPALTEN =
      List.of(
          MESSWERT.KOMMUNE,
          MESSWERT.REIHE,
          MESSWERT.PERIODE_BEGINN,
          MESSWERT.PERIODE_ART,
          MESSWERT.ZAEHLER,
          MESSWERT.NENNER,
          MESSWERT.OBS_STATUS,
          MESSWERT.CONF_STATUS,
          MESSWERT.LAUF);

  /** The four columns of the primary key, the first four of {@link #SPALTEN}. */
  public static final List<Field<?>> SCHLUESSEL = SPALTEN.subList(0, 4);

  private static final int CACHEGRENZE = 10_000;

  private final Map<String, IndikatorRef> indikatoren = new HashMap<>();
  private final Map<String, Gemeindeschluessel> kommunen = new HashMap<>();
  private final Map<String, Aufschluesselung> aufschluesselungen = new HashMap<>();
  private final Map<LocalDate, Periode[]> perioden = new HashMap<>();

  /** The code of the Sozialraum, or {@code ''} for a value of the whole Kommune. */
  public static String sozialraumCode(Raumbezug raum) {
    return raum instanceof SozialraumBezug s ? s.sozialraum().id().code() : "";
  }

  /**
   * The letter that stands for {@code art} in the column {@code periode_art}: J (year), H
   * (half-year), Q (quarter), M (month), S (school year).
   */
  public static String artKennung(Periodizitaet art) {
    return switch (art) {
      case JAEHRLICH -> "J";
      case HALBJAEHRLICH -> "H";
      case QUARTALSWEISE -> "Q";
      case MONATLICH -> "M";
      case SCHULJAHR -> "S";
    };
  }

  /**
   * The kind of period that {@code kennung} stands for.
   *
   * @throws IllegalStateException quoting a letter that {@link #artKennung} never writes
   */
  public static Periodizitaet art(String kennung) {
    return switch (kennung) {
      case "J" -> Periodizitaet.JAEHRLICH;
      case "H" -> Periodizitaet.HALBJAEHRLICH;
      case "Q" -> Periodizitaet.QUARTALSWEISE;
      case "M" -> Periodizitaet.MONATLICH;
      case "S" -> Periodizitaet.SCHULJAHR;
      default ->
          throw new IllegalStateException(
              "the stored periode_art '" + kennung + "' is none of J, H, Q, M, S");
    };
  }

  /**
   * The positions {@code 0 … n-1} of {@code messwerte} in the order of the table's primary key
   * (kommune, reihe, periode_beginn, periode_art), {@code reihen[i]} being the Messreihe id of
   * row {@code i}; stable, so equal keys keep the order of the list.
   */
  public static int[] schluesselfolge(List<Messwert> messwerte, int[] reihen) {
    int n = messwerte.size();
    String[] kommunen = new String[n];
    long[] tage = new long[n];
    char[] arten = new char[n];
    Integer[] folge = new Integer[n];
    for (int i = 0; i < n; i++) {
      Messwert m = messwerte.get(i);
      kommunen[i] = m.raum().kommune().wert();
      tage[i] = m.periode().beginn().toEpochDay();
      arten[i] = artKennung(m.periode().art()).charAt(0);
      folge[i] = i;
    }
    Arrays.sort(
        folge,
        (a, b) -> {
          int c = kommunen[a].compareTo(kommunen[b]);
          if (c == 0) {
            c = Integer.compare(reihen[a], reihen[b]);
          }
          if (c == 0) {
            c = Long.compare(tage[a], tage[b]);
          }
          return c != 0 ? c : Character.compare(arten[a], arten[b]);
        });
    int[] ergebnis = new int[n];
    for (int i = 0; i < n; i++) {
      ergebnis[i] = folge[i];
    }
    return ergebnis;
  }

  /**
   * Binds the nine columns of {@code m} to {@code ps}, starting at parameter {@code ab}: its
   * Messreihe's id is {@code reihe}, the load {@code lauf}.
   */
  public static void binde(PreparedStatement ps, int ab, Messwert m, int reihe, long lauf)
      throws SQLException {
    ps.setString(ab, m.raum().kommune().wert());
    ps.setInt(ab + 1, reihe);
    ps.setObject(ab + 2, m.periode().beginn());
    ps.setString(ab + 3, artKennung(m.periode().art()));
    zahl(ps, ab + 4, m.zaehler());
    zahl(ps, ab + 5, m.nenner());
    ps.setString(ab + 6, m.obsStatus().name());
    ps.setString(ab + 7, m.confStatus().name());
    ps.setLong(ab + 8, lauf);
  }

  private static void zahl(PreparedStatement ps, int i, @Nullable BigDecimal wert)
      throws SQLException {
    if (wert == null) {
      ps.setNull(i, Types.NUMERIC);
    } else {
      ps.setBigDecimal(i, wert);
    }
  }

  /**
   * Writes {@code m} as one line of PostgreSQL's COPY text format (without line end), in the
   * order of {@link #SPALTEN}.
   */
  public static void kopiere(CopyPuffer p, Messwert m, int reihe, long lauf) {
    p.ascii(m.raum().kommune().wert()).tab();
    p.ganz(reihe).tab();
    p.datum(m.periode().beginn()).tab();
    p.ascii(artKennung(m.periode().art())).tab();
    p.zahl(m.zaehler()).tab();
    p.zahl(m.nenner()).tab();
    p.ascii(m.obsStatus().name()).tab();
    p.ascii(m.confStatus().name()).tab();
    p.ganz(lauf);
  }

  // ---------------------------------------------------------------- reading

  /** The Messreihe of a row of {@code messreihe}, made of cached value objects. */
  public Messreihe reihe(
      String kommune,
      String indikator,
      int version,
      String sozialraumCode,
      int gebietsstand,
      String aufschluesselung) {
    Gemeindeschluessel ags = kommunen.get(kommune);
    if (ags == null) {
      ags = Gemeindeschluessel.of(kommune);
      merke(kommunen, kommune, ags);
    }
    Raumbezug raum =
        sozialraumCode.isEmpty()
            ? new KommuneBezug(ags)
            : new SozialraumBezug(
                new SozialraumRef(new SozialraumId(ags, sozialraumCode), gebietsstand));
    return new Messreihe(indikator(indikator, version), raum, aufschluesselung(aufschluesselung));
  }

  /**
   * The Messwert of {@code reihe} whose period and values are the columns {@code periode_beginn,
   * periode_art, zaehler, nenner, obs_status, conf_status} of {@code rs}, from column {@code ab}.
   */
  public Messwert messwert(Messreihe reihe, ResultSet rs, int ab) throws SQLException {
    return new Messwert(
        reihe.indikator(),
        reihe.raum(),
        periode(rs.getObject(ab, LocalDate.class), rs.getString(ab + 1)),
        reihe.aufschluesselung(),
        rs.getBigDecimal(ab + 2),
        rs.getBigDecimal(ab + 3),
        ObsStatus.valueOf(rs.getString(ab + 4)),
        ConfStatus.valueOf(rs.getString(ab + 5)));
  }

  /** The Periode of kind {@code kennung} (a letter of {@link #artKennung}) starting on {@code beginn}. */
  public Periode periode(LocalDate beginn, String kennung) {
    Periodizitaet p = art(kennung);
    Periode[] je = perioden.get(beginn);
    if (je == null) {
      je = new Periode[Periodizitaet.values().length];
      merke(perioden, beginn, je);
    }
    Periode periode = je[p.ordinal()];
    if (periode == null) {
      periode = Periode.am(p, beginn);
      if (!periode.beginn().equals(beginn)) {
        throw new IllegalStateException(
            "the stored period start " + beginn + " is not the first day of a period of kind " + p);
      }
      je[p.ordinal()] = periode;
    }
    return periode;
  }

  private IndikatorRef indikator(String key, int version) {
    String k = key + "@" + version;
    IndikatorRef ref = indikatoren.get(k);
    if (ref == null) {
      ref = new IndikatorRef(IndikatorKey.of(key), version);
      merke(indikatoren, k, ref);
    }
    return ref;
  }

  private Aufschluesselung aufschluesselung(String text) {
    Aufschluesselung a = aufschluesselungen.get(text);
    if (a == null) {
      a = Aufschluesselung.parse(text);
      merke(aufschluesselungen, text, a);
    }
    return a;
  }

  private static <K, V> void merke(Map<K, V> cache, K k, V v) {
    if (cache.size() >= CACHEGRENZE) {
      cache.clear();
    }
    cache.put(k, v);
  }
}

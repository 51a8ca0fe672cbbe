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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Field;
import org.jspecify.annotations.Nullable;

/**
 * Maps a {@link Messwert} to the nine columns of the table {@code messwert} and back.
 *
 * <p>The key: {@code kommune} and {@code schluessel}, one {@code long} of the Kommune's number
 * (table {@code messreihe_zaehler}), the id of the Messwert's {@link Messreihe} within the Kommune
 * (table {@code messreihe}) and its period: {@code nummer × 2^47 + reihe × 2^20 + periode} (see
 * {@link #schluessel}). Then numerator and denominator, each in two columns (migration V7): {@code
 * zaehler_millionstel}, the value × 1,000,000 if that is a whole {@code long}, else {@code
 * zaehler_exakt}, the value itself (see {@link #millionstel}); never rounded. Then {@code
 * obs_status}, {@code conf_status} and {@code lauf}, the audit entry of the load that stored the
 * value.
 *
 * <p>An instance reads rows back and caches the value objects that repeat (indicator versions,
 * Kommunen, breakdowns, periods), so streaming millions of rows makes few objects; not thread-safe.
 */
public final class MesswertZeile {

  /** The columns in the order of binding, of COPY and of reading. */
  public static final List<Field<?>> SPALTEN =
      List.of(
          MESSWERT.KOMMUNE,
          MESSWERT.SCHLUESSEL,
          MESSWERT.ZAEHLER_MILLIONSTEL,
          MESSWERT.NENNER_MILLIONSTEL,
          MESSWERT.ZAEHLER_EXAKT,
          MESSWERT.NENNER_EXAKT,
          MESSWERT.OBS_STATUS,
          MESSWERT.CONF_STATUS,
          MESSWERT.LAUF);

  /**
   * The columns of a value after the key, in the order of reading: {@code zaehler_millionstel,
   * nenner_millionstel, zaehler_exakt, nenner_exakt, obs_status, conf_status}.
   */
  public static final String WERTSPALTEN =
      "zaehler_millionstel, nenner_millionstel, zaehler_exakt, nenner_exakt, obs_status,"
          + " conf_status";

  /** {@link #millionstel} of a value that does not fit: it goes into the exact column. */
  public static final long PASST_NICHT = Long.MIN_VALUE;

  /** The largest absolute value whose millionths fit a {@code long} when it has no decimals. */
  private static final long GANZ_GRENZE = Long.MAX_VALUE / 1_000_000;

  /** The highest number a Kommune can get (16 bits of the key). */
  public static final int GROESSTE_NUMMER = (1 << 16) - 1;

  /** The highest id a Messreihe of a Kommune can get (27 bits of the key). */
  public static final int GROESSTE_REIHE = (1 << 27) - 1;

  /** The keys of one Messreihe span this many values (20 bits of period). */
  public static final long PERIODEN = 1L << 20;

  private static final int NUMMER_SCHIEBEN = 47;
  private static final int REIHE_SCHIEBEN = 20;
  private static final int ERSTES_JAHR = 1000;
  private static final int CACHEGRENZE = 10_000;

  private final Map<String, IndikatorRef> indikatoren = new HashMap<>();
  private final Map<String, Gemeindeschluessel> kommunen = new HashMap<>();
  private final Map<String, Aufschluesselung> aufschluesselungen = new HashMap<>();
  private final Map<Integer, Periode> perioden = new HashMap<>();

  /** The code of the Sozialraum, or {@code ''} for a value of the whole Kommune. */
  public static String sozialraumCode(Raumbezug raum) {
    return raum instanceof SozialraumBezug s ? s.sozialraum().id().code() : "";
  }

  // ---------------------------------------------------------------- the key

  /** The smallest key of the Kommune with number {@code nummer}. */
  public static long basis(int nummer) {
    return (long) nummer << NUMMER_SCHIEBEN;
  }

  /** The smallest key of the Messreihe {@code reihe} of the Kommune with number {@code nummer}. */
  public static long basis(int nummer, int reihe) {
    return basis(nummer) + ((long) reihe << REIHE_SCHIEBEN);
  }

  /**
   * The key of the Messwert of Messreihe {@code reihe} (1 to {@link #GROESSTE_REIHE}) of the
   * Kommune with number {@code nummer} (1 to {@link #GROESSTE_NUMMER}) for {@code periode}: the
   * period is {@code ((year − 1000) × 12 + month − 1) × 8 + kind} of its first day, so keys order
   * the periods of a Messreihe as {@link Periode#compareTo} does.
   */
  public static long schluessel(int nummer, int reihe, Periode periode) {
    return basis(nummer, reihe) + periode(periode);
  }

  private static int periode(Periode p) {
    LocalDate beginn = p.beginn();
    int monat = (beginn.getYear() - ERSTES_JAHR) * 12 + beginn.getMonthValue() - 1;
    return monat * 8 + artNummer(p.art());
  }

  /** The Messreihe id in {@code schluessel}. */
  public static int reihe(long schluessel) {
    return (int) ((schluessel >>> REIHE_SCHIEBEN) & GROESSTE_REIHE);
  }

  /** The number of the kind of period in the key (stable, whatever the order of the enum). */
  private static int artNummer(Periodizitaet art) {
    return switch (art) {
      case JAEHRLICH -> 0;
      case HALBJAEHRLICH -> 1;
      case QUARTALSWEISE -> 2;
      case MONATLICH -> 3;
      case SCHULJAHR -> 4;
    };
  }

  private static Periodizitaet art(int nummer) {
    return switch (nummer) {
      case 0 -> Periodizitaet.JAEHRLICH;
      case 1 -> Periodizitaet.HALBJAEHRLICH;
      case 2 -> Periodizitaet.QUARTALSWEISE;
      case 3 -> Periodizitaet.MONATLICH;
      case 4 -> Periodizitaet.SCHULJAHR;
      default ->
          throw new IllegalStateException(
              "ein gespeicherter Messwertschlüssel nennt die Periodenart "
                  + nummer
                  + ", die keine von 0 bis 4 ist");
    };
  }

  /**
   * The positions {@code 0 … n-1} of a batch in the order of its keys {@code schluessel}; stable,
   * so equal keys keep the order of the batch.
   */
  public static int[] schluesselfolge(long[] schluessel) {
    // a merge sort of the positions (stable, without boxing them): runs of 8 sorted by insertion,
    // then merged pairwise
    int n = schluessel.length;
    int[] folge = new int[n];
    for (int i = 0; i < n; i++) {
      folge[i] = i;
    }
    final int lauf = 8;
    for (int von = 0; von < n; von += lauf) {
      int bis = Math.min(von + lauf, n);
      for (int i = von + 1; i < bis; i++) {
        int x = folge[i];
        long k = schluessel[x];
        int j = i - 1;
        while (j >= von && schluessel[folge[j]] > k) {
          folge[j + 1] = folge[j];
          j--;
        }
        folge[j + 1] = x;
      }
    }
    int[] puffer = new int[n];
    for (int breite = lauf; breite < n; breite *= 2) {
      for (int von = 0; von < n - breite; von += 2 * breite) {
        int mitte = von + breite;
        int bis = Math.min(von + 2 * breite, n);
        if (schluessel[folge[mitte - 1]] <= schluessel[folge[mitte]]) {
          continue; // already in order
        }
        System.arraycopy(folge, von, puffer, von, bis - von);
        int a = von;
        int b = mitte;
        for (int i = von; i < bis; i++) {
          if (b >= bis || (a < mitte && schluessel[puffer[a]] <= schluessel[puffer[b]])) {
            folge[i] = puffer[a++];
          } else {
            folge[i] = puffer[b++];
          }
        }
      }
    }
    return folge;
  }

  // ---------------------------------------------------------------- writing

  /**
   * {@code wert} × 1,000,000 if that is a whole number that fits a {@code long} (at most 6 decimal
   * places, absolute value at most 9,223,372,036,854.775807), else {@link #PASST_NICHT} (such a
   * value is stored exactly in the column {@code *_exakt}). {@code Long.MIN_VALUE} is never the
   * millionths of a value: it would be −9,223,372,036,854.775808, beyond the limit.
   */
  public static long millionstel(BigDecimal wert) {
    int scale = wert.scale();
    if (scale == 0 && wert.precision() <= 18) {
      long ganz = wert.longValue();
      return Math.abs(ganz) <= GANZ_GRENZE ? ganz * 1_000_000 : PASST_NICHT;
    }
    if (scale > 6 && wert.stripTrailingZeros().scale() > 6) {
      return PASST_NICHT;
    }
    try {
      long m = wert.movePointRight(6).longValueExact();
      return m == Long.MIN_VALUE ? PASST_NICHT : m;
    } catch (ArithmeticException e) {
      return PASST_NICHT; // more than 6 decimal places or too large
    }
  }

  /**
   * The value of {@code millionstel} millionths in canonical form (no trailing zeros after the
   * decimal point, never a negative scale), as {@link Messwert} holds it.
   */
  public static BigDecimal ausMillionsteln(long millionstel) {
    if (millionstel % 1_000_000 == 0) {
      return BigDecimal.valueOf(millionstel / 1_000_000);
    }
    return BigDecimal.valueOf(millionstel, 6).stripTrailingZeros();
  }

  /**
   * Binds the nine columns of {@code m} to {@code ps} in the order of {@link #SPALTEN}, starting at
   * parameter {@code ab}: its key is {@code schluessel}, the load {@code lauf}.
   */
  public static void binde(PreparedStatement ps, int ab, Messwert m, long schluessel, long lauf)
      throws SQLException {
    ps.setString(ab, m.raum().kommune().wert());
    ps.setLong(ab + 1, schluessel);
    bindeZahl(ps, ab + 2, ab + 4, m.zaehler());
    bindeZahl(ps, ab + 3, ab + 5, m.nenner());
    ps.setString(ab + 6, m.obsStatus().name());
    ps.setString(ab + 7, m.confStatus().name());
    ps.setLong(ab + 8, lauf);
  }

  /**
   * Binds {@code wert} to parameter {@code millionstel} (its millionths) or to parameter {@code
   * exakt} (the value itself, if its millionths do not fit a {@code long}), the other one NULL.
   */
  public static void bindeZahl(
      PreparedStatement ps, int millionstel, int exakt, @Nullable BigDecimal wert)
      throws SQLException {
    long m = wert == null ? PASST_NICHT : millionstel(wert);
    if (m != PASST_NICHT) {
      ps.setLong(millionstel, m);
      ps.setNull(exakt, Types.NUMERIC);
    } else {
      ps.setNull(millionstel, Types.BIGINT);
      if (wert == null) {
        ps.setNull(exakt, Types.NUMERIC);
      } else {
        ps.setBigDecimal(exakt, wert);
      }
    }
  }

  /**
   * The number in column {@code millionstel} (millionths) or, if that is NULL, in column {@code
   * exakt}; null if both are NULL.
   */
  public static @Nullable BigDecimal zahl(ResultSet rs, int millionstel, int exakt)
      throws SQLException {
    long m = rs.getLong(millionstel);
    if (!rs.wasNull()) {
      return ausMillionsteln(m);
    }
    return rs.getBigDecimal(exakt);
  }

  /**
   * Writes {@code m} as one line of PostgreSQL's COPY text format (without line end), in the order
   * of {@link #SPALTEN}.
   */
  public static void kopiere(CopyPuffer p, Messwert m, long schluessel, long lauf) {
    p.ascii(m.raum().kommune().wert()).tab();
    p.ganz(schluessel).tab();
    BigDecimal z = m.zaehler();
    BigDecimal n = m.nenner();
    long zm = z == null ? PASST_NICHT : millionstel(z);
    long nm = n == null ? PASST_NICHT : millionstel(n);
    (zm == PASST_NICHT ? p.nichts() : p.ganz(zm)).tab();
    (nm == PASST_NICHT ? p.nichts() : p.ganz(nm)).tab();
    p.zahl(zm == PASST_NICHT ? z : null).tab();
    p.zahl(nm == PASST_NICHT ? n : null).tab();
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
      ags = Gemeindeschluessel.parse(kommune);
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
   * The Messwert of {@code reihe} whose key and values are the columns {@code schluessel} and
   * {@link #WERTSPALTEN} of {@code rs}, from column {@code ab}.
   */
  public Messwert messwert(Messreihe reihe, ResultSet rs, int ab) throws SQLException {
    return new Messwert(
        reihe.indikator(),
        reihe.raum(),
        periode(rs.getLong(ab)),
        reihe.aufschluesselung(),
        zahl(rs, ab + 1, ab + 3),
        zahl(rs, ab + 2, ab + 4),
        ObsStatus.valueOf(rs.getString(ab + 5)),
        ConfStatus.valueOf(rs.getString(ab + 6)));
  }

  /** The Periode in {@code schluessel}. */
  public Periode periode(long schluessel) {
    int code = (int) (schluessel & (PERIODEN - 1));
    Periode periode = perioden.get(code);
    if (periode == null) {
      int monat = code >>> 3;
      Periodizitaet art = art(code & 7);
      LocalDate beginn = LocalDate.of(ERSTES_JAHR + monat / 12, monat % 12 + 1, 1);
      periode = Periode.am(art, beginn);
      if (!periode.beginn().equals(beginn)) {
        throw new IllegalStateException(
            "der gespeicherte Periodenbeginn "
                + beginn.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"))
                + " ist nicht der erste Tag einer Periode der Art "
                + art);
      }
      merke(perioden, code, periode);
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

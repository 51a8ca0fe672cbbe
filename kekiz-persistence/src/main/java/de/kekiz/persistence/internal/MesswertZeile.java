package de.kekiz.persistence.internal;

import static de.kekiz.persistence.internal.db.Tables.MESSWERT;

import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.KommuneBezug;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.MesswertSchluessel;
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
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record12;
import org.jspecify.annotations.Nullable;

/**
 * Maps a {@link Messwert} to the twelve columns of the table {@code messwert} and back.
 *
 * <p>The key columns: {@code kommune}; {@code indikator} and {@code indikator_version}; {@code
 * sozialraum_code} and {@code gebietsstand} ({@code ''} and 0 for a value of the whole Kommune);
 * {@code periode_beginn} and {@code periode_art} (a Periode is fixed by its kind and first day);
 * {@code aufschluesselung} (its canonical text form). Then {@code zaehler}, {@code nenner}, {@code
 * obs_status}, {@code conf_status}.
 *
 * <p>An instance reads rows back and caches the value objects that repeat (indicator versions,
 * Sozialraum versions, breakdowns), so streaming millions of rows makes few objects; not
 * thread-safe.
 */
public final class MesswertZeile {

  /** The columns in the order of binding, of COPY and of reading. */
  public static final List<Field<?>> SPALTEN =
      List.of(
          MESSWERT.KOMMUNE,
          MESSWERT.INDIKATOR,
          MESSWERT.INDIKATOR_VERSION,
          MESSWERT.SOZIALRAUM_CODE,
          MESSWERT.GEBIETSSTAND,
          MESSWERT.PERIODE_BEGINN,
          MESSWERT.PERIODE_ART,
          MESSWERT.AUFSCHLUESSELUNG,
          MESSWERT.ZAEHLER,
          MESSWERT.NENNER,
          MESSWERT.OBS_STATUS,
          MESSWERT.CONF_STATUS);

  /** The eight columns of the primary key, the first eight of {@link #SPALTEN}. */
  public static final List<Field<?>> SCHLUESSEL = SPALTEN.subList(0, 8);

  private static final int CACHEGRENZE = 10_000;

  private final Map<String, IndikatorRef> indikatoren = new HashMap<>();
  private final Map<String, Gemeindeschluessel> kommunen = new HashMap<>();
  private final Map<String, Raumbezug> raeume = new HashMap<>();
  private final Map<String, Aufschluesselung> aufschluesselungen = new HashMap<>();
  private final Map<LocalDate, Periode[]> perioden = new HashMap<>();

  /** The code of the Sozialraum, or {@code ''} for a value of the whole Kommune. */
  public static String sozialraumCode(Raumbezug raum) {
    return raum instanceof SozialraumBezug s ? s.sozialraum().id().code() : "";
  }

  /** The Gebietsstand of the Sozialraum, or 0 for a value of the whole Kommune. */
  public static int gebietsstand(Raumbezug raum) {
    return raum instanceof SozialraumBezug s ? s.sozialraum().gebietsstand() : 0;
  }

  /** The condition that selects the row of {@code s} by its key columns. */
  public static Condition schluessel(MesswertSchluessel s) {
    return MESSWERT
        .KOMMUNE
        .eq(s.raum().kommune().wert())
        .and(MESSWERT.INDIKATOR.eq(s.indikator().key().wert()))
        .and(MESSWERT.INDIKATOR_VERSION.eq(s.indikator().version()))
        .and(MESSWERT.SOZIALRAUM_CODE.eq(sozialraumCode(s.raum())))
        .and(MESSWERT.GEBIETSSTAND.eq(gebietsstand(s.raum())))
        .and(MESSWERT.PERIODE_BEGINN.eq(s.periode().beginn()))
        .and(MESSWERT.PERIODE_ART.eq(s.periode().art().name()))
        .and(MESSWERT.AUFSCHLUESSELUNG.eq(s.aufschluesselung().toString()));
  }

  /**
   * The positions {@code 0 … n-1} of {@code messwerte} in the order of the table's primary key
   * (kommune, indikator, indikator_version, sozialraum_code, gebietsstand, periode_beginn,
   * periode_art, aufschluesselung; text compared by UTF-16 code units); stable, so equal keys keep
   * the order of the list.
   */
  public static int[] schluesselfolge(List<Messwert> messwerte) {
    int n = messwerte.size();
    String[] aufschluesselungen = new String[n];
    Integer[] folge = new Integer[n];
    for (int i = 0; i < n; i++) {
      aufschluesselungen[i] = messwerte.get(i).aufschluesselung().toString();
      folge[i] = i;
    }
    Comparator<Integer> ordnung =
        (a, b) -> {
          Messwert x = messwerte.get(a);
          Messwert y = messwerte.get(b);
          int c = x.raum().kommune().wert().compareTo(y.raum().kommune().wert());
          if (c == 0) {
            c = x.indikator().key().wert().compareTo(y.indikator().key().wert());
          }
          if (c == 0) {
            c = Integer.compare(x.indikator().version(), y.indikator().version());
          }
          if (c == 0) {
            c = sozialraumCode(x.raum()).compareTo(sozialraumCode(y.raum()));
          }
          if (c == 0) {
            c = Integer.compare(gebietsstand(x.raum()), gebietsstand(y.raum()));
          }
          if (c == 0) {
            c = x.periode().beginn().compareTo(y.periode().beginn());
          }
          if (c == 0) {
            c = x.periode().art().name().compareTo(y.periode().art().name());
          }
          return c != 0 ? c : aufschluesselungen[a].compareTo(aufschluesselungen[b]);
        };
    Arrays.sort(folge, ordnung);
    int[] ergebnis = new int[n];
    for (int i = 0; i < n; i++) {
      ergebnis[i] = folge[i];
    }
    return ergebnis;
  }

  /** The positions {@code 0 … n-1} in their own order. */
  public static int[] ladefolge(int n) {
    int[] folge = new int[n];
    for (int i = 0; i < n; i++) {
      folge[i] = i;
    }
    return folge;
  }

  /** Binds the twelve columns of {@code m} to {@code ps}, starting at parameter {@code ab}. */
  public static void binde(PreparedStatement ps, int ab, Messwert m) throws SQLException {
    Raumbezug raum = m.raum();
    ps.setString(ab, raum.kommune().wert());
    ps.setString(ab + 1, m.indikator().key().wert());
    ps.setInt(ab + 2, m.indikator().version());
    ps.setString(ab + 3, sozialraumCode(raum));
    ps.setInt(ab + 4, gebietsstand(raum));
    ps.setObject(ab + 5, m.periode().beginn());
    ps.setString(ab + 6, m.periode().art().name());
    ps.setString(ab + 7, m.aufschluesselung().toString());
    zahl(ps, ab + 8, m.zaehler());
    zahl(ps, ab + 9, m.nenner());
    ps.setString(ab + 10, m.obsStatus().name());
    ps.setString(ab + 11, m.confStatus().name());
  }

  private static void zahl(PreparedStatement ps, int i, @Nullable BigDecimal wert)
      throws SQLException {
    if (wert == null) {
      ps.setNull(i, Types.NUMERIC);
    } else {
      ps.setBigDecimal(i, wert);
    }
  }

  /** Writes {@code m} as one line of PostgreSQL's COPY text format (without line end). */
  public static void kopiere(CopyPuffer p, Messwert m) {
    Raumbezug raum = m.raum();
    p.ascii(raum.kommune().wert()).tab();
    p.ascii(m.indikator().key().wert()).tab();
    p.ganz(m.indikator().version()).tab();
    p.text(sozialraumCode(raum)).tab();
    p.ganz(gebietsstand(raum)).tab();
    p.datum(m.periode().beginn()).tab();
    p.ascii(m.periode().art().name()).tab();
    p.text(m.aufschluesselung().toString()).tab();
    p.zahl(m.zaehler()).tab();
    p.zahl(m.nenner()).tab();
    p.ascii(m.obsStatus().name()).tab();
    p.ascii(m.confStatus().name());
  }

  /** Reads the current row of {@code rs}, the twelve columns in order, into a {@link Messwert}. */
  public Messwert lies(java.sql.ResultSet rs) throws SQLException {
    return new Messwert(
        indikator(rs.getString(2), rs.getInt(3)),
        raum(rs.getString(1), rs.getString(4), rs.getInt(5)),
        periode(rs.getObject(6, LocalDate.class), rs.getString(7)),
        aufschluesselung(rs.getString(8)),
        rs.getBigDecimal(9),
        rs.getBigDecimal(10),
        ObsStatus.valueOf(rs.getString(11)),
        ConfStatus.valueOf(rs.getString(12)));
  }

  /** Reads a row of the twelve columns back into a {@link Messwert}. */
  public Messwert lies(
      Record12<
              String,
              String,
              Integer,
              String,
              Integer,
              LocalDate,
              String,
              String,
              BigDecimal,
              BigDecimal,
              String,
              String>
          r) {
    return new Messwert(
        indikator(r.value2(), r.value3()),
        raum(r.value1(), r.value4(), r.value5()),
        periode(r.value6(), r.value7()),
        aufschluesselung(r.value8()),
        r.value9(),
        r.value10(),
        ObsStatus.valueOf(r.value11()),
        ConfStatus.valueOf(r.value12()));
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

  private Raumbezug raum(String kommune, String code, int gebietsstand) {
    String k = kommune + ":" + code + "@" + gebietsstand;
    Raumbezug raum = raeume.get(k);
    if (raum == null) {
      Gemeindeschluessel ags = kommunen.get(kommune);
      if (ags == null) {
        ags = Gemeindeschluessel.of(kommune);
        merke(kommunen, kommune, ags);
      }
      raum =
          code.isEmpty()
              ? new KommuneBezug(ags)
              : new SozialraumBezug(new SozialraumRef(new SozialraumId(ags, code), gebietsstand));
      merke(raeume, k, raum);
    }
    return raum;
  }

  private Periode periode(LocalDate beginn, String art) {
    Periodizitaet p = Periodizitaet.valueOf(art);
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
            "the stored period start " + beginn + " is not the first day of a period of kind " + art);
      }
      je[p.ordinal()] = periode;
    }
    return periode;
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

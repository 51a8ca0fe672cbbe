package de.kekiz.monitoring.ziele;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.kommune.SozialraumRef;
import de.kekiz.domain.leitbild.Handlungsziel;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.domain.leitbild.Zielwert;
import de.kekiz.monitoring.Gebiet;
import de.kekiz.monitoring.Kennzahl;
import de.kekiz.monitoring.Kommunaldaten;
import de.kekiz.monitoring.Reihe;
import de.kekiz.monitoring.internal.Statistik;
import de.kekiz.monitoring.internal.Status;
import de.kekiz.monitoring.internal.Zeitreihe;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Judges every Zielwert of a Leitbild: reached, on track, at risk or missed.
 *
 * <p>Rules, with today taken from the injected {@link Clock}:
 *
 * <ol>
 *   <li>The <b>latest value</b> is the value of the total ({@link Aufschluesselung#INSGESAMT}) of
 *       the Zielwert's indicator in the latest period that has begun by today — for the whole
 *       Kommune, or for the Sozialraum version valid on that period's reference day. Forecasts
 *       ({@code OBS_STATUS F}) are not values. No value: {@link Zielstatus#OHNE_DATEN}.
 *   <li>If the latest value meets the target ({@link Zielwert#erreicht}): {@link
 *       Zielstatus#ERREICHT} — also after the deadline.
 *   <li>Else, if today is after the deadline ({@link Zielwert#frist()}): {@link
 *       Zielstatus#VERFEHLT}.
 *   <li>Else the <b>trend</b>: the least-squares slope over the comparable values of the last
 *       {@code trendperioden} periods up to the latest (same rules as {@link
 *       de.kekiz.monitoring.vergleich.Trendanalyse}), projected linearly from the latest value to
 *       the period that contains the deadline. If the projection meets the target: {@link
 *       Zielstatus#AUF_KURS}; if not, or if there are fewer than two values (no evidence of
 *       progress): {@link Zielstatus#GEFAEHRDET}.
 * </ol>
 *
 * <p>The status is computed from internal values, suppressed ones included (it reveals on which
 * side of one threshold a value lies, not the value); value, slope and projection are published
 * only if every value used may be. Immutable and thread-safe.
 */
public final class Zielerreichung {

  private final Clock clock;
  private final int trendperioden;

  /**
   * A judgement with today from {@code clock} and a trend over 5 periods.
   *
   * @param clock the clock that says what day today is
   */
  public Zielerreichung(Clock clock) {
    this(clock, 5);
  }

  /**
   * A judgement with today from {@code clock} and a trend over {@code trendperioden} periods (at
   * least 2).
   *
   * @param clock the clock that says what day today is
   * @param trendperioden the length of the trend window in periods, at least 2
   * @throws IllegalArgumentException if {@code trendperioden} is below 2
   */
  public Zielerreichung(Clock clock, int trendperioden) {
    this.clock = requireNonNull(clock, "clock");
    if (trendperioden < 2) {
      throw new IllegalArgumentException(
          "a trend needs a window of at least 2 periods, got " + trendperioden);
    }
    this.trendperioden = trendperioden;
  }

  /**
   * The status of every Zielwert of every Handlungsziel of {@code leitbild}, in order.
   *
   * @param leitbild the Leitbild whose Zielwerte are judged
   * @param daten the Kommune's observations the values are read from
   * @return one judgement per Zielwert, Handlungsziel by Handlungsziel in the Leitbild's order;
   *     empty if the Leitbild sets no Zielwert
   */
  public ImmutableList<Zielbewertung> bewerte(Leitbild leitbild, Kommunaldaten daten) {
    requireNonNull(leitbild, "leitbild");
    ImmutableList.Builder<Zielbewertung> b = ImmutableList.builder();
    for (Handlungsziel h : leitbild.handlungsziele()) {
      for (Zielwert z : h.zielwerte()) {
        b.add(bewerte(h.key(), z, daten));
      }
    }
    return b.build();
  }

  /**
   * The status of {@code zielwert}, set by the Handlungsziel {@code handlungsziel}.
   *
   * @param handlungsziel the key of the Handlungsziel that sets the target
   * @param zielwert the target to judge
   * @param daten the Kommune's observations the values are read from
   * @return the judgement on today's date; {@link Zielstatus#OHNE_DATEN} with no figures if no
   *     period that has begun has a value
   */
  public Zielbewertung bewerte(String handlungsziel, Zielwert zielwert, Kommunaldaten daten) {
    requireNonNull(handlungsziel, "handlungsziel");
    requireNonNull(zielwert, "zielwert");
    requireNonNull(daten, "daten");
    LocalDate heute = LocalDate.now(clock);
    Aufschluesselung insgesamt = Aufschluesselung.INSGESAMT;

    // the latest period that has begun, with a value (not a forecast)
    List<Periode> perioden = new ArrayList<>();
    for (Reihe r : daten.reihen(zielwert.indikator())) {
      if (r.aufschluesselung().equals(insgesamt)) {
        perioden.addAll(daten.perioden(r));
      }
    }
    perioden.sort(null);
    for (int i = perioden.size() - 1; i >= 0; i--) {
      Periode p = perioden.get(i);
      if (p.beginn().isAfter(heute) || (i + 1 < perioden.size() && p.equals(perioden.get(i + 1)))) {
        continue;
      }
      Optional<Reihe> reihe = daten.reihe(zielwert.indikator(), p, insgesamt);
      if (reihe.isEmpty()) {
        continue;
      }
      SozialraumRef ref = null;
      SozialraumId id = zielwert.sozialraum();
      if (id != null) {
        Optional<Sozialraum> s =
            daten.kommune().sozialraumAm(id, daten.stichtag(reihe.get().indikator(), p));
        if (s.isEmpty()) {
          continue;
        }
        ref = s.get().ref();
      }
      Zeitreihe zr =
          Zeitreihe.lese(
              Zeitreihe.fenster(daten, zielwert.indikator(), insgesamt, p, trendperioden),
              ref,
              true);
      if (zr.leer() || !zr.werte[zr.anzahl() - 1].periode().equals(p)) {
        continue;
      }
      return bewerte(handlungsziel, zielwert, daten, heute, ref, zr);
    }
    return new Zielbewertung(
        handlungsziel, zielwert, heute, Zielstatus.OHNE_DATEN, null, null, null, null);
  }

  private Zielbewertung bewerte(
      String handlungsziel,
      Zielwert zielwert,
      Kommunaldaten daten,
      LocalDate heute,
      @Nullable SozialraumRef ref,
      Zeitreihe zr) {
    Indikator indikator = daten.definition(requireNonNull(zr.version));
    Messwert letzter = zr.werte[zr.anzahl() - 1];
    Gebiet gebiet = ref == null ? daten.gebiet() : Gebiet.sozialraum(ref);
    Kennzahl istwert = Kennzahl.von(indikator, gebiet, letzter);
    ConfStatus status = ConfStatus.F;
    BigDecimal[] y = new BigDecimal[zr.anzahl()];
    for (int i = 0; i < y.length; i++) {
      Messwert m = zr.werte[i];
      status = Status.strenger(status, m.confStatus());
      y[i] = indikator.wert(m).orElseThrow();
    }
    BigDecimal wert = y[y.length - 1];
    Periode fristperiode = Periode.am(letzter.periode().art(), zielwert.frist());
    BigDecimal steigung = null;
    BigDecimal prognose = null;
    if (y.length >= 2) {
      steigung = Statistik.steigung(zr.positionen, y);
      int schritte = 0;
      for (Periode p = letzter.periode(); p.compareTo(fristperiode) < 0; p = p.naechste()) {
        schritte++;
      }
      prognose = wert.add(steigung.multiply(BigDecimal.valueOf(schritte)));
    }
    Zielstatus zs;
    if (zielwert.erreicht(wert)) {
      zs = Zielstatus.ERREICHT;
    } else if (heute.isAfter(zielwert.frist())) {
      zs = Zielstatus.VERFEHLT;
    } else if (prognose != null && zielwert.erreicht(prognose)) {
      zs = Zielstatus.AUF_KURS;
    } else {
      zs = Zielstatus.GEFAEHRDET;
    }
    boolean zeigen = status == ConfStatus.F;
    return new Zielbewertung(
        handlungsziel,
        zielwert,
        heute,
        zs,
        istwert,
        zeigen ? steigung : null,
        zeigen ? prognose : null,
        prognose == null ? null : fristperiode);
  }

  @Override
  public String toString() {
    return "Zielerreichung (Trend über " + trendperioden + " Perioden)";
  }
}

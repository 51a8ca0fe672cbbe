package de.kekiz.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.KommuneBezug;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.ObsStatus;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Periodizitaet;
import de.kekiz.domain.indikator.Polaritaet;
import de.kekiz.domain.indikator.RaeumlicheEbene;
import de.kekiz.domain.indikator.SozialraumBezug;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Kommunenart;
import de.kekiz.domain.kommune.Kreisschluessel;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.kommune.Sozialraumebene;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Small hand-made data for the monitoring tests: the town of Unna (real key 05978036 in the Kreis
 * Unna) with four synthetic Stadtteile, a share indicator and an absolute one. The figures are
 * invented so that results can be computed by hand.
 */
public final class MonitoringTestdaten {
  private MonitoringTestdaten() {}

  public static final Gemeindeschluessel UNNA = Gemeindeschluessel.parse("05978036");
  public static final Gemeindeschluessel KAMEN = Gemeindeschluessel.parse("05978020");
  public static final Gemeindeschluessel BOENEN = Gemeindeschluessel.parse("05978008");
  public static final Gemeindeschluessel KREIS_UNNA = Gemeindeschluessel.parse("05978000");
  public static final Kreisschluessel KREIS = Kreisschluessel.parse("05978");
  public static final IndikatorKey QUOTE = IndikatorKey.of("test-quote");
  public static final IndikatorKey ANZAHL = IndikatorKey.of("test-anzahl");
  public static final LocalDate ANFANG = LocalDate.of(2000, 1, 1);

  /** A yearly share in % (factor 100) with the given polarity, dimensions alter and geschlecht. */
  public static Indikator.Builder quoteBuilder(IndikatorKey key, Polaritaet polaritaet) {
    return Indikator.builder(key, 1)
        .gueltigkeit(Zeitraum.ab(ANFANG))
        .name("Testquote " + key)
        .zaehlerDefinition("Kinder mit Merkmal")
        .nennerDefinition("Kinder")
        .faktor(100)
        .einheit("%")
        .anteil(true)
        .polaritaet(polaritaet)
        .quelle("Testquelle")
        .ebene(RaeumlicheEbene.SOZIALRAUM)
        .periodizitaet(Periodizitaet.JAEHRLICH)
        .dimensionen(Aufschluesselung.ALTERSGRUPPE, Aufschluesselung.GESCHLECHT);
  }

  /** {@link #QUOTE}: higher is worse. */
  public static Indikator quote() {
    return quoteBuilder(QUOTE, Polaritaet.HOEHER_IST_SCHLECHTER).build();
  }

  /** A share with key {@code key} and polarity {@code polaritaet}. */
  public static Indikator quote(String key, Polaritaet polaritaet) {
    return quoteBuilder(IndikatorKey.of(key), polaritaet).build();
  }

  /** {@link #ANZAHL}: a yearly absolute number without denominator. */
  public static Indikator anzahl() {
    return Indikator.builder(ANZAHL, 1)
        .gueltigkeit(Zeitraum.ab(ANFANG))
        .name("Testanzahl")
        .zaehlerDefinition("Familienzentren")
        .einheit("Anzahl")
        .polaritaet(Polaritaet.NEUTRAL)
        .quelle("Testquelle")
        .ebene(RaeumlicheEbene.SOZIALRAUM)
        .periodizitaet(Periodizitaet.JAEHRLICH)
        .build();
  }

  /** Stadtteil {@code code} of Unna, version 1, valid from 2000, without parent. */
  public static Sozialraum raum(String code) {
    return Sozialraum.of(
        SozialraumId.of(UNNA, code),
        1,
        "Stadtteil " + code,
        Sozialraumebene.STADTTEIL,
        Zeitraum.ab(ANFANG));
  }

  /** A Stadtbezirk {@code code} of Unna named {@code name}, valid from {@link #ANFANG}. */
  public static Sozialraum bezirk(String code, String name) {
    return Sozialraum.of(
        SozialraumId.of(UNNA, code), 1, name, Sozialraumebene.STADTBEZIRK, Zeitraum.ab(ANFANG));
  }

  /** Unna (große kreisangehörige Stadt with its own Jugendamt) with {@code raeume}. */
  public static Kommune unna(Sozialraum... raeume) {
    return Kommune.builder(UNNA, "Unna", Kommunenart.GROSSE_KREISANGEHOERIGE_STADT)
        .kreisfrei(false)
        .kreis(KREIS)
        .jugendamt(UNNA)
        .sozialraeume(List.of(raeume))
        .build();
  }

  /** The Sozialraum version {@code s} as an area. */
  public static SozialraumBezug bezug(Sozialraum s) {
    return new SozialraumBezug(s.ref());
  }

  /** A normal observation of the total of {@code i} for {@code s} in {@code jahr}. */
  public static Messwert wert(Indikator i, Sozialraum s, int jahr, long zaehler, long nenner) {
    return Messwert.of(i.ref(), bezug(s), Periode.jahr(jahr), zaehler, nenner);
  }

  /** A normal observation of the total of {@code i} for the Kommune {@code k} in {@code jahr}. */
  public static Messwert wert(
      Indikator i, Gemeindeschluessel k, int jahr, long zaehler, long nenner) {
    return Messwert.of(i.ref(), new KommuneBezug(k), Periode.jahr(jahr), zaehler, nenner);
  }

  /** The observation {@code m} flagged with CONF_STATUS {@code status} (numbers kept inside). */
  public static Messwert gesperrt(Messwert m, ConfStatus status) {
    return m.withConfStatus(status);
  }

  /** A missing observation of {@code i} for {@code s} in {@code jahr}. */
  public static Messwert fehlend(Indikator i, Sozialraum s, int jahr) {
    return new Messwert(
        i.ref(),
        bezug(s),
        Periode.jahr(jahr),
        Aufschluesselung.INSGESAMT,
        null,
        null,
        ObsStatus.M,
        ConfStatus.F);
  }

  /** {@code text} as a BigDecimal. */
  public static BigDecimal dez(String text) {
    return new BigDecimal(text);
  }

  /**
   * Asserts that {@code call} throws a {@link RegelverstossException} with rule code {@code regel}
   * whose message contains every one of {@code zitate}.
   */
  public static void assertRegelverstoss(ThrowingCallable call, String regel, String... zitate) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            RegelverstossException.class,
            e -> {
              assertThat(e.regel()).isEqualTo(regel);
              assertThat(e.getMessage()).contains("[" + regel + "]");
              if (zitate.length > 0) {
                assertThat(e.getMessage()).contains(zitate);
              }
            });
  }
}

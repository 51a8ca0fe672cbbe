package de.kekiz.monitoring.geheimhaltung;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.Indikatoren;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.ObsStatus;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Kommunenart;
import de.kekiz.domain.kommune.Kreisschluessel;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.kommune.SozialraumRef;
import de.kekiz.domain.kommune.Sozialraumebene;
import java.math.BigDecimal;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;

/**
 * Object mother for the Geheimhaltung tests: Ahlen with four Sozialräume (its Ortsteile; the
 * figures are made up) and observations of the SGB-II-Quote unter 15.
 */
final class GeheimhaltungFixtures {

  static final Gemeindeschluessel AHLEN = Gemeindeschluessel.parse("05570004");
  static final Gemeindeschluessel KOELN = Gemeindeschluessel.parse("05315000");
  static final Indikator QUOTE = Indikatoren.sgb2QuoteU15Version2();
  static final Periode J2023 = Periode.jahr(2023);

  static final SozialraumId MITTE = SozialraumId.of(AHLEN, "1");
  static final SozialraumId OST = SozialraumId.of(AHLEN, "2");
  static final SozialraumId DOLBERG = SozialraumId.of(AHLEN, "3");
  static final SozialraumId VORHELM = SozialraumId.of(AHLEN, "4");

  private GeheimhaltungFixtures() {}

  /** Ahlen with the top-level Sozialräume Mitte, Ost, Dolberg and Vorhelm, valid from 2000. */
  static Kommune.Builder ahlen() {
    return Kommune.builder(AHLEN, "Ahlen", Kommunenart.MITTLERE_KREISANGEHOERIGE_STADT)
        .kreisfrei(false)
        .kreis(Kreisschluessel.parse("05570"))
        .jugendamt(AHLEN)
        .sozialraum(raum(MITTE, "Ahlen-Mitte"))
        .sozialraum(raum(OST, "Ahlen-Ost"))
        .sozialraum(raum(DOLBERG, "Dolberg"))
        .sozialraum(raum(VORHELM, "Vorhelm"));
  }

  static Sozialraum raum(SozialraumId id, String name) {
    return Sozialraum.of(id, 1, name, Sozialraumebene.STADTTEIL, Zeitraum.parse("2000-01-01.."));
  }

  /** A rate zaehler/nenner of the SGB-II-Quote for 2023, for the whole Kommune. */
  static Messwert kommune(long zaehler, long nenner) {
    return Messwert.of(QUOTE.ref(), Raumbezug.of(AHLEN), J2023, zaehler, nenner);
  }

  /** A rate of the SGB-II-Quote for 2023 in Sozialraum version {@code id}@1. */
  static Messwert raum(SozialraumId id, long zaehler, long nenner) {
    return Messwert.of(QUOTE.ref(), Raumbezug.of(SozialraumRef.of(id, 1)), J2023, zaehler, nenner);
  }

  /** {@code m} for the breakdown {@code geschlecht=code}. */
  static Messwert geschlecht(Messwert m, String code) {
    return m.withAufschluesselung(Aufschluesselung.of(Aufschluesselung.GESCHLECHT, code));
  }

  /** {@code m} as a missing observation. */
  static Messwert fehlend(Messwert m) {
    return new Messwert(
        m.indikator(),
        m.raum(),
        m.periode(),
        m.aufschluesselung(),
        null,
        null,
        ObsStatus.M,
        ConfStatus.F);
  }

  /** Asserts that {@code m} is suppressed with {@code status} and carries no value. */
  static void assertGesperrt(Messwert m, ConfStatus status) {
    assertThat(m.confStatus()).as("%s", m).isEqualTo(status);
    assertThat(m.zaehler()).as("%s", m).isNull();
    assertThat(m.nenner()).as("%s", m).isNull();
    assertThat(m.veroeffentlichbar()).isFalse();
  }

  /** Asserts that {@code m} is published with numerator and denominator as given. */
  static void assertFrei(Messwert m, long zaehler, @Nullable Long nenner) {
    assertThat(m.confStatus()).as("%s", m).isEqualTo(ConfStatus.F);
    assertThat(m.zaehler()).as("%s", m).isEqualByComparingTo(BigDecimal.valueOf(zaehler));
    if (nenner == null) {
      assertThat(m.nenner()).isNull();
    } else {
      assertThat(m.nenner()).as("%s", m).isEqualByComparingTo(BigDecimal.valueOf(nenner));
    }
  }

  /**
   * Asserts that {@code call} throws a {@link RegelverstossException} with rule code {@code regel}
   * whose message contains every one of {@code zitate}.
   */
  static void assertRegelverstoss(ThrowingCallable call, String regel, String... zitate) {
    assertThatThrownBy(call)
        .isInstanceOf(RegelverstossException.class)
        .satisfies(e -> assertThat(((RegelverstossException) e).regel()).isEqualTo(regel))
        .hasMessageContainingAll(zitate);
  }
}

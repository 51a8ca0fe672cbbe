package de.kekiz.domain.indikator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.kommune.SozialraumRef;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Object mother for the indikator tests: a share, an absolute indicator, places, assertions. */
final class IndikatorFixtures {

  static final Gemeindeschluessel KOELN = Gemeindeschluessel.parse("05315000");
  static final KommuneBezug KOELN_GESAMT = Raumbezug.of(KOELN);
  static final SozialraumBezug KOELN_404 =
      Raumbezug.of(SozialraumRef.of(SozialraumId.of(KOELN, "404"), 1));

  static final IndikatorKey QUOTE = IndikatorKey.of("test-quote");
  static final IndikatorKey ANZAHL = IndikatorKey.of("test-anzahl");

  private IndikatorFixtures() {}

  /** A yearly share in % valid from 2016, with the dimensions alter and geschlecht. */
  static Indikator.Builder quote() {
    return Indikator.builder(QUOTE, 1)
        .gueltigkeit(Zeitraum.ab(LocalDate.of(2016, 1, 1)))
        .name("Testquote")
        .zaehlerDefinition("Kinder mit Merkmal")
        .nennerDefinition("Kinder")
        .faktor(100)
        .einheit("%")
        .anteil(true)
        .polaritaet(Polaritaet.HOEHER_IST_SCHLECHTER)
        .quelle("Testquelle")
        .ebene(RaeumlicheEbene.SOZIALRAUM)
        .periodizitaet(Periodizitaet.JAEHRLICH)
        .dimensionen(Aufschluesselung.ALTERSGRUPPE, Aufschluesselung.GESCHLECHT);
  }

  /** A yearly absolute number without denominator, valid from 2016. */
  static Indikator.Builder anzahl() {
    return Indikator.builder(ANZAHL, 1)
        .gueltigkeit(Zeitraum.ab(LocalDate.of(2016, 1, 1)))
        .name("Testanzahl")
        .zaehlerDefinition("Familienzentren")
        .einheit("Anzahl")
        .polaritaet(Polaritaet.NEUTRAL)
        .quelle("Testquelle")
        .ebene(RaeumlicheEbene.GEMEINDE)
        .periodizitaet(Periodizitaet.JAEHRLICH);
  }

  /**
   * Asserts that {@code call} throws a {@link RegelverstossException} with rule code {@code regel}
   * whose message contains every one of {@code zitate}.
   */
  static void assertRegelverstoss(ThrowingCallable call, String regel, String... zitate) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            RegelverstossException.class,
            e -> {
              assertThat(e.regel()).isEqualTo(regel);
              assertThat(e.getMessage()).contains(zitate).contains("[" + regel + "]");
            });
  }
}

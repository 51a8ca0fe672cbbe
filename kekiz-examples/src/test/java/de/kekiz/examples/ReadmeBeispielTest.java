package de.kekiz.examples;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.Indikatoren;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.SozialraumBezug;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.RegierungsbezirkNrw;
import de.kekiz.domain.kommune.SozialraumRef;
import de.kekiz.fixtures.KekizFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The code sample of the README, kept true by running it. */
@DisplayName("The README's code sample")
class ReadmeBeispielTest {

  @Test
  @DisplayName("does what the README says")
  void beispiel() {
    Gemeindeschluessel ahlen = Gemeindeschluessel.parse("05570004");
    assertThat(ahlen.kreis().toString()).isEqualTo("05570");
    assertThat(ahlen.regierungsbezirkNrw()).contains(RegierungsbezirkNrw.MUENSTER);
    assertThat(ahlen.toRegionalschluessel().toString()).isEqualTo("055700004004");

    Kommune koeln = KekizFixtures.koeln().kommune();
    assertThat(koeln.sozialraeumeAm(LocalDate.of(2024, 1, 1))).hasSize(95);

    Indikator quote = Indikatoren.sgb2QuoteU15Version2();
    Messwert m =
        Messwert.of(
            quote.ref(),
            new SozialraumBezug(SozialraumRef.parse("05315000:404@1")),
            Periode.parse("2023"),
            1_234,
            5_678);
    quote.pruefe(m);
    assertThat(quote.wert(m)).isEqualTo(Optional.of(new BigDecimal("21.73300457907714")));
  }
}

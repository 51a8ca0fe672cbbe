package de.kekiz.domain.kommune;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Kommunenart")
class KommunenartTest {

  @ParameterizedTest(
      name = "{0}: kreisebene={1}, kreisangehoerig={2}, muss Jugendamt={3}, darf Jugendamt={4}")
  @CsvSource({
    "KREISFREIE_STADT,                false, false, true,  true",
    "KREIS,                           true,  false, true,  true",
    "STAEDTEREGION,                   true,  false, true,  true",
    "GROSSE_KREISANGEHOERIGE_STADT,   false, true,  false, true",
    "MITTLERE_KREISANGEHOERIGE_STADT, false, true,  false, true",
    "KREISANGEHOERIGE_GEMEINDE,       false, true,  false, false"
  })
  @DisplayName("knows its place in the Kreis structure and its Jugendamt")
  void eigenschaften(
      Kommunenart art, boolean kreisebene, boolean kreisangehoerig, boolean muss, boolean darf) {
    assertThat(art.kreisebene()).isEqualTo(kreisebene);
    assertThat(art.kreisangehoerig()).isEqualTo(kreisangehoerig);
    assertThat(art.mussEigenesJugendamtHaben()).isEqualTo(muss);
    assertThat(art.darfEigenesJugendamtHaben()).isEqualTo(darf);
  }

  @Test
  @DisplayName("every kind that must have a Jugendamt may have one")
  void mussImpliziertDarf() {
    for (Kommunenart art : Kommunenart.values()) {
      if (art.mussEigenesJugendamtHaben()) {
        assertThat(art.darfEigenesJugendamtHaben()).as(art.name()).isTrue();
      }
    }
  }

  @Test
  @DisplayName("has German names with umlauts")
  void bezeichnung() {
    assertThat(Kommunenart.STAEDTEREGION.bezeichnung()).isEqualTo("StädteRegion");
    assertThat(Kommunenart.GROSSE_KREISANGEHOERIGE_STADT.bezeichnung())
        .isEqualTo("große kreisangehörige Stadt");
    assertThat(Kommunenart.KREISFREIE_STADT.bezeichnung()).isEqualTo("kreisfreie Stadt");
    assertThat(Sozialraumebene.STADTTEIL.bezeichnung()).isEqualTo("Stadtteil");
    assertThat(Finanzierungsquelle.ESF.bezeichnung()).isEqualTo("Europäischer Sozialfonds");
  }
}

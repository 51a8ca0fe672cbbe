package de.kekiz.domain.kommune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Gemeindeverzeichnis (the register of NRW Gemeinden and Kreise in the main code)")
class GemeindeverzeichnisTest {

  private final Gemeindeverzeichnis nrw = Gemeindeverzeichnis.nrw();

  private Kommune kommune(String ags) {
    return nrw.kommune(Gemeindeschluessel.parse(ags)).orElseThrow();
  }

  @Test
  @DisplayName("holds the 396 Gemeinden and 31 Kreise with real keys and population")
  void bestand() {
    assertThat(nrw.gemeinden()).hasSize(396);
    assertThat(nrw.kreise()).hasSize(31);
    assertThat(nrw.aufgeloesteKreise()).hasSize(2);
    assertThat(nrw.gemeinden().stream().mapToLong(g -> g.zensus2022().orElseThrow()).sum())
        .isEqualTo(17_890_489L);
    assertThat(nrw.gebiet(Gemeindeschluessel.parse("05570004")).orElseThrow().name())
        .isEqualTo("Ahlen, Stadt");
    assertThat(nrw.gemeindenIn(Kreisschluessel.parse("05570"))).hasSize(13);
  }

  @Test
  @DisplayName(
      "gives a valid Kommune for each of the 427 current entries, none for a dissolved Kreis")
  void jedeKommune() {
    List<Kommune> alle =
        nrw.gebiete().stream()
            .map(nrw::kommune)
            .flatMap(Optional::stream)
            .collect(Collectors.toList());
    assertThat(alle).hasSize(427);
    assertThat(nrw.kommune(Gemeindeschluessel.parse("05313000"))).isEmpty();
    assertThat(nrw.kommune(Gemeindeschluessel.parse("02000000"))).isEmpty();
    long jugendaemter = alle.stream().filter(Kommune::hatEigenesJugendamt).count();
    assertThat(jugendaemter).isBetween(186L, 210L);
  }

  @Test
  @DisplayName("builds a kreisangehörige Gemeinde with its Kreis and the Kreisjugendamt")
  void gemeinde() {
    Kommune boenen = kommune("05978008");
    assertThat(boenen.name()).isEqualTo("Bönen");
    assertThat(boenen.art()).isEqualTo(Kommunenart.KREISANGEHOERIGE_GEMEINDE);
    assertThat(boenen.kreis()).contains(Kreisschluessel.parse("05978"));
    assertThat(boenen.jugendamt()).isEqualTo(Gemeindeschluessel.parse("05978000"));
    assertThat(boenen.einwohner(Gemeindeverzeichnis.ZENSUS_2022, Gemeindeverzeichnis.ALLE_ALTER))
        .hasValue(18_097);
  }

  @Test
  @DisplayName("builds towns by the population thresholds, each with its own Jugendamt")
  void staedte() {
    Kommune ahlen = kommune("05570004");
    assertThat(ahlen.art()).isEqualTo(Kommunenart.MITTLERE_KREISANGEHOERIGE_STADT);
    assertThat(ahlen.hatEigenesJugendamt()).isTrue();
    assertThat(kommune("05978024").art()).isEqualTo(Kommunenart.GROSSE_KREISANGEHOERIGE_STADT);
    assertThat(kommune("05978036").art())
        .as("Unna, große kreisangehörige Stadt on request")
        .isEqualTo(Kommunenart.GROSSE_KREISANGEHOERIGE_STADT);
  }

  @Test
  @DisplayName("builds kreisfreie Städte, Kreise and the StädteRegion with the 2024 population")
  void kreisebene() {
    Kommune koeln = kommune("05315000");
    assertThat(koeln.name()).isEqualTo("Köln");
    assertThat(koeln.art()).isEqualTo(Kommunenart.KREISFREIE_STADT);
    assertThat(koeln.kreisfrei()).isTrue();
    assertThat(koeln.einwohner(Gemeindeverzeichnis.STICHTAG_2024, Gemeindeverzeichnis.ALLE_ALTER))
        .hasValue(1_024_621);
    Kommune unna = kommune("05978000");
    assertThat(unna.name()).isEqualTo("Kreis Unna");
    assertThat(unna.art()).isEqualTo(Kommunenart.KREIS);
    assertThat(unna.kreis()).isEmpty();
    assertThat(kommune("05334000").art()).isEqualTo(Kommunenart.STAEDTEREGION);
    Kommune aachen = kommune("05334002");
    assertThat(aachen.kreisfrei()).isTrue();
    assertThat(aachen.hatEigenesJugendamt()).isTrue();
    assertThat(aachen.kreis()).contains(Kreisschluessel.parse("05334"));
  }

  @Test
  @DisplayName("refuses to build a dissolved Kreis, naming it")
  void aufgeloest() {
    Verzeichnisgebiet alt = nrw.gebiet(Gemeindeschluessel.parse("05354000")).orElseThrow();
    assertThat(alt.bemerkung())
        .isEqualTo("12411 value '-' (Gebietseinheit existiert am Stichtag nicht mehr)");
    assertThat(nrw.gebiet(Gemeindeschluessel.parse("05111000")).orElseThrow().bemerkung()).isNull();
    assertThatThrownBy(() -> nrw.kommune(alt, Kommunenart.KREIS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("05354000");
  }
}

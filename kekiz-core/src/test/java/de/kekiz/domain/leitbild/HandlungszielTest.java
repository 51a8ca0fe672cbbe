package de.kekiz.domain.leitbild;

import static de.kekiz.domain.leitbild.LeitbildFixtures.AHLEN_INNENSTADT;
import static de.kekiz.domain.leitbild.LeitbildFixtures.AHLEN_SUED_OST;
import static de.kekiz.domain.leitbild.LeitbildFixtures.BETREUUNG_U3;
import static de.kekiz.domain.leitbild.LeitbildFixtures.SEU_SPRACHE;
import static de.kekiz.domain.leitbild.LeitbildFixtures.SGB2_U15;
import static de.kekiz.domain.leitbild.LeitbildFixtures.U9;
import static de.kekiz.domain.leitbild.RegelAssert.verletzt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.indikator.IndikatorKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Handlungsziel")
class HandlungszielTest {
  private static final LocalDate FRIST = LocalDate.of(2021, 7, 31);

  @Test
  @DisplayName("accepts a Zielwert for an indicator it measures")
  void zielwertMitIndikator() {
    Handlungsziel h = LeitbildFixtures.sprachkompetenz();
    assertThat(h.indikatoren()).containsExactly(SEU_SPRACHE, U9);
    assertThat(h.zielwerte(SEU_SPRACHE))
        .containsExactly(LeitbildFixtures.sprachfoerderungSuedOst());
    assertThat(h.zielwerte(U9)).isEmpty();
  }

  @Test
  @DisplayName("rejects a Zielwert for an indicator it does not measure")
  void zielwertOhneIndikator() {
    Zielwert fremd = Zielwert.of(SGB2_U15, "20", Zielrichtung.HOECHSTENS, FRIST);
    verletzt(
        () -> new Handlungsziel("1.2", "Sprachkompetenz", List.of(SEU_SPRACHE), List.of(fremd)),
        "handlungsziel.zielwert-ohne-indikator",
        "'sgb2-quote-u15'",
        "Handlungsziel 1.2");
    verletzt(
        () -> LeitbildFixtures.fruehesFoerdern().withZielwert(fremd),
        "handlungsziel.zielwert-ohne-indikator",
        "'sgb2-quote-u15'");
  }

  @Test
  @DisplayName("rejects an indicator listed twice")
  void indikatorDoppelt() {
    verletzt(
        () -> Handlungsziel.of("1.1", "U3-Betreuung", BETREUUNG_U3, BETREUUNG_U3),
        "handlungsziel.indikator-doppelt",
        "'betreuungsquote-u3'");
  }

  @Test
  @DisplayName("accepts Zielwerte for one indicator with other Fristen or Sozialräume")
  void mehrereZielwerteJeIndikator() {
    Zielwert kommune = Zielwert.of(SEU_SPRACHE, "20", Zielrichtung.HOECHSTENS, FRIST);
    Handlungsziel h =
        Handlungsziel.of("1.2", "Sprachkompetenz", SEU_SPRACHE)
            .withZielwert(kommune)
            .withZielwert(kommune.imSozialraum(AHLEN_SUED_OST))
            .withZielwert(kommune.imSozialraum(AHLEN_INNENSTADT))
            .withZielwert(
                Zielwert.of(SEU_SPRACHE, "15", Zielrichtung.HOECHSTENS, FRIST.plusYears(3)));
    assertThat(h.zielwerte()).hasSize(4);
  }

  @Test
  @DisplayName("rejects two Zielwerte for the same indicator, Sozialraum and Frist")
  void zielwertDoppelt() {
    Zielwert a = Zielwert.of(SEU_SPRACHE, "20", Zielrichtung.HOECHSTENS, FRIST);
    Zielwert b = Zielwert.of(SEU_SPRACHE, "18", Zielrichtung.HOECHSTENS, FRIST);
    verletzt(
        () -> new Handlungsziel("1.2", "Sprachkompetenz", List.of(SEU_SPRACHE), List.of(a, b)),
        "handlungsziel.zielwert-doppelt",
        "'seu-sprache'",
        "2021-07-31");
    verletzt(
        () ->
            new Handlungsziel(
                "1.2",
                "Sprachkompetenz",
                List.of(SEU_SPRACHE),
                List.of(a.imSozialraum(AHLEN_SUED_OST), b.imSozialraum(AHLEN_SUED_OST))),
        "handlungsziel.zielwert-doppelt",
        "'05570004:sued-ost'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " 1.1", "1 1", "hz/1", "ü1"})
  @DisplayName("rejects a malformed key, quoting it")
  void schlechterKey(String key) {
    assertThatThrownBy(() -> Handlungsziel.of(key, "Titel"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + key + "'");
  }

  @Test
  @DisplayName("rejects a blank title")
  void leererTitel() {
    assertThatThrownBy(() -> Handlungsziel.of("1.1", "  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("titel");
  }

  @Test
  @DisplayName("copies its lists, so later changes to the caller's lists do not leak in")
  void kopiertListen() {
    List<IndikatorKey> indikatoren = new ArrayList<>(List.of(U9));
    Handlungsziel h = new Handlungsziel("1.3", "Vorsorge", indikatoren, List.of());
    indikatoren.add(SGB2_U15);
    assertThat(h.indikatoren()).containsExactly(U9);
    assertThatThrownBy(() -> h.indikatoren().add(SGB2_U15))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}

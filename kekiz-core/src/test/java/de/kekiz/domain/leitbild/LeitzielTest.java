package de.kekiz.domain.leitbild;

import static de.kekiz.domain.leitbild.RegelAssert.verletzt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Leitziel")
class LeitzielTest {

  @Test
  @DisplayName("finds its Handlungsziele by key")
  void handlungszielNachKey() {
    Leitziel l = LeitbildFixtures.gutAufwachsen();
    assertThat(l.handlungsziel("1.2")).contains(LeitbildFixtures.sprachkompetenz());
    assertThat(l.handlungsziel("9.9")).isEmpty();
    assertThat(l.beschreibung()).startsWith("Frühe Förderung");
  }

  @Test
  @DisplayName("may have no Handlungsziele yet and no description")
  void leer() {
    Leitziel l = Leitziel.of("3", "Eltern werden früh erreicht");
    assertThat(l.handlungsziele()).isEmpty();
    assertThat(l.beschreibung()).isNull();
  }

  @Test
  @DisplayName("rejects two Handlungsziele with the same key")
  void handlungszielKeyDoppelt() {
    verletzt(
        () ->
            Leitziel.of(
                "1",
                "Gut aufwachsen",
                LeitbildFixtures.fruehesFoerdern(),
                Handlungsziel.of("1.1", "Noch ein Ziel")),
        "leitziel.handlungsziel-key-doppelt",
        "'1.1'",
        "Leitziel 1");
  }

  @Test
  @DisplayName("rejects a blank description")
  void leereBeschreibung() {
    assertThatThrownBy(() -> new Leitziel("1", "Titel", " ", java.util.List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("beschreibung");
  }
}

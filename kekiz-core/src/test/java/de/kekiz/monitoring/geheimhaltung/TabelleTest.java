package de.kekiz.monitoring.geheimhaltung;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Tabelle")
class TabelleTest {

  @Test
  @DisplayName("holds cells with numerator, denominator, sensitivity, and the relations")
  void zellen() {
    Tabelle<String> t =
        Tabelle.<String>builder()
            .zelle("K", 54, 1000, false)
            .zelle("A", 2, 200, true)
            .zelle("B", 52, 800, false)
            .fehlendeZelle("C")
            .zelle("X", 7, false)
            .beziehung("K", List.of("A", "B"))
            .build();
    assertThat(t.groesse()).isEqualTo(5);
    assertThat(t.schluessel()).containsExactly("K", "A", "B", "C", "X");
    assertThat(t.zaehler("A")).hasValue(2);
    assertThat(t.nenner("A")).hasValue(200);
    assertThat(t.sensibel("A")).isTrue();
    assertThat(t.sensibel("B")).isFalse();
    assertThat(t.zaehler("C")).isEmpty();
    assertThat(t.fehlt("C")).isTrue();
    assertThat(t.nenner("X")).isEmpty();
    assertThat(t.enthaelt("X")).isTrue();
    assertThat(t.enthaelt("Y")).isFalse();
    assertThat(t.beziehungen()).containsExactly(Summenbeziehung.of("K", List.of("A", "B")));
    assertThat(t.beziehungen().get(0)).hasToString("K = A + B");
    assertThat(t).hasToString("Tabelle[5 cells, 1 relations, 1 sensitive, 1 missing]");
  }

  @Test
  @DisplayName("accepts a relation that holds for the denominators only, or has a missing cell")
  void nennerOderFehlend() {
    Tabelle<String> t =
        Tabelle.<String>builder()
            .zelle("K", 50, 1000, false)
            .zelle("A", 2, 200, true)
            .zelle("B", 52, 800, false)
            .fehlendeZelle("C")
            .beziehung("K", List.of("A", "B"))
            .beziehung("K", List.of("A", "C"))
            .build();
    assertThat(t.beziehungen()).hasSize(2);
  }

  @Test
  @DisplayName("rejects a relation whose numerators and denominators both fail to add up")
  void nichtAdditiv() {
    Tabelle.Builder<String> b =
        Tabelle.<String>builder()
            .zelle("K", 50, 999, false)
            .zelle("A", 2, 200, true)
            .zelle("B", 52, 800, false)
            .beziehung("K", List.of("A", "B"));
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("K = A + B")
        .hasMessageContaining("K=50/999");
  }

  @Test
  @DisplayName("rejects a relation naming an unknown cell")
  void unbekannteZelle() {
    Tabelle.Builder<String> b =
        Tabelle.<String>builder().zelle("K", 5, false).beziehung("K", List.of("Q"));
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Q'");
  }

  @Test
  @DisplayName("rejects a cell added twice and a negative denominator")
  void doppelt() {
    Tabelle.Builder<String> b = Tabelle.<String>builder().zelle("K", 5, false);
    assertThatThrownBy(() -> b.zelle("K", 6, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'K'");
    assertThatThrownBy(() -> b.zelle("L", 6, -1, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got -1");
  }

  @Test
  @DisplayName("answers for an unknown key with an exception quoting it")
  void unbekannterSchluessel() {
    Tabelle<String> t = Tabelle.<String>builder().zelle("K", 5, false).build();
    assertThatThrownBy(() -> t.zaehler("Q"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Q'");
  }

  @Test
  @DisplayName("Summenbeziehung rejects no parts, a part twice and the total as a part")
  void summenbeziehung() {
    assertThatThrownBy(() -> Summenbeziehung.of("K", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs parts");
    assertThatThrownBy(() -> Summenbeziehung.of("K", List.of("A", "A")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[A, A]");
    assertThatThrownBy(() -> Summenbeziehung.of("K", List.of("A", "K")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("[A, K]");
  }
}

package de.kekiz.monitoring.geheimhaltung;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The working arrays of the secondary suppression, kept from table to table")
class ArbeitsspeicherTest {

  @Test
  @DisplayName("hands out counters cleared again, and grows to the largest table")
  void geleertUndGewachsen() {
    Arbeitsspeicher s = new Arbeitsspeicher();
    int[] versuche = s.versuche(10);
    int[] grad = s.grad(11);
    assertThat(versuche.length).isGreaterThanOrEqualTo(10);
    Arrays.fill(versuche, 7);
    Arrays.fill(grad, 7);
    // a smaller table gets the same arrays, cleared where it counts
    assertThat(s.versuche(5)).isSameAs(versuche);
    assertThat(Arrays.copyOf(versuche, 5)).containsOnly(0);
    assertThat(s.grad(6)).isSameAs(grad);
    assertThat(Arrays.copyOf(grad, 6)).containsOnly(0);
    // a larger one gets larger arrays, all zeros
    assertThat(s.versuche(40)).hasSizeGreaterThanOrEqualTo(40).containsOnly(0);
    assertThat(s.ort(40)).hasSizeGreaterThanOrEqualTo(40);
    assertThat(s.unten(40)).hasSizeGreaterThanOrEqualTo(40);
    assertThat(s.oben(40)).hasSizeGreaterThanOrEqualTo(40).isNotSameAs(s.unten(40));
  }
}

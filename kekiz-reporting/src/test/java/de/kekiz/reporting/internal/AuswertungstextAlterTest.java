package de.kekiz.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.kette.Lebensphase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Auswertungstext.alter: an age range in German words, not its file form")
class AuswertungstextAlterTest {

  @Test
  @DisplayName("says the standard Lebensphasen as a reader would")
  void lebensphasen() {
    assertThat(Auswertungstext.alter(Lebensphase.SCHWANGERSCHAFT_GEBURT.alter()))
        .isEqualTo("unter 1 Jahr");
    assertThat(Auswertungstext.alter(Lebensphase.KITA.alter())).isEqualTo("1 bis 5 Jahre");
    assertThat(Auswertungstext.alter(Lebensphase.GRUNDSCHULE.alter())).isEqualTo("6 bis 9 Jahre");
  }

  @Test
  @DisplayName("single years and open ranges, singular where it is one")
  void einzelneJahreUndOffen() {
    assertThat(Auswertungstext.alter(Altersspanne.of(1, 1))).isEqualTo("1 Jahr");
    assertThat(Auswertungstext.alter(Altersspanne.of(6, 6))).isEqualTo("6 Jahre");
    assertThat(Auswertungstext.alter(Altersspanne.ab(80))).isEqualTo("ab 80 Jahren");
    assertThat(Auswertungstext.alter(Altersspanne.ab(1))).isEqualTo("ab 1 Jahr");
    assertThat(Auswertungstext.alter(Altersspanne.ab(0))).isEqualTo("ab 0 Jahren");
  }
}

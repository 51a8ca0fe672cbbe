package de.kekiz.monitoring.geheimhaltung;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.indikator.KommuneBezug;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.fixtures.Beispielkommune;
import de.kekiz.fixtures.KekizFixtures;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Verbundtabelle")
class VerbundtabelleTest {

  @Test
  @DisplayName("a part belongs to its Kommune; a cell is missing until its figure is added")
  void teilUndFigur() {
    Beispielkommune ahlen = KekizFixtures.ahlen();
    Messwert m =
        ahlen.messwerte().stream()
            .filter(x -> x.raum() instanceof KommuneBezug)
            .findFirst()
            .orElseThrow();
    Verbundtabelle.Teil teil =
        Verbundtabelle.builder(Geheimhaltungsregeln.standard(), new Verbundtabelle.Gliederungen())
            .teil(ahlen.kommune(), LocalDate.of(2023, 12, 31));
    assertThat(teil.kommune()).isSameAs(ahlen.kommune());
    Verbundtabelle.Zelle zelle = teil.zelle(m.raum(), m.aufschluesselung());
    assertThat(zelle.figur()).isEmpty();
    assertThat(teil.figur(m)).isSameAs(zelle);
    assertThat(zelle.figur()).containsSame(m);
  }
}

package de.kekiz.port.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.port.Duplikatregel;
import de.kekiz.port.MesswertRepository;
import de.kekiz.port.kontrakt.KontraktBeispiele;
import de.kekiz.port.kontrakt.MesswertRepositoryContract;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("InMemoryMesswertRepository")
class InMemoryMesswertRepositoryTest extends MesswertRepositoryContract {

  @Override
  protected MesswertRepository neuesRepository() {
    return new InMemoryMesswertRepository();
  }

  @Nested
  @DisplayName("beyond the contract")
  class Darueber {

    @Test
    @DisplayName("a null element is rejected with its position, and nothing is stored")
    void nullElement() {
      List<Messwert> ladung =
          new ArrayList<>(KontraktBeispiele.viele(KontraktBeispiele.KOELN, 3, 0));
      ladung.add(null);
      assertThatThrownBy(() -> repository().saveAll(ladung, Duplikatregel.ERSETZEN))
          .isInstanceOf(NullPointerException.class)
          .hasMessageContaining("position 4");
      assertThat(repository().count(KontraktBeispiele.KOELN)).isZero();
    }

    @Test
    @DisplayName("loads of eight Kommunen at once all arrive in full")
    void gleichzeitigeLadungen() throws Exception {
      List<Gemeindeschluessel> kommunen =
          Arrays.asList(
              KontraktBeispiele.KOELN,
              KontraktBeispiele.AHLEN,
              KontraktBeispiele.BRUEHL,
              KontraktBeispiele.UNNA,
              KontraktBeispiele.KREIS_UNNA,
              KontraktBeispiele.AACHEN,
              KontraktBeispiele.FROENDENBERG,
              KontraktBeispiele.DINSLAKEN);
      List<Gleichzeitig.Ergebnis<Long>> ergebnisse =
          Gleichzeitig.ausfuehren(
              kommunen.size(),
              i ->
                  () ->
                      repository()
                          .saveAll(
                              KontraktBeispiele.viele(kommunen.get(i), 500, i),
                              Duplikatregel.ABLEHNEN));
      assertThat(ergebnisse).allSatisfy(e -> assertThat(e.wert()).isEqualTo(500L));
      for (Gemeindeschluessel k : kommunen) {
        assertThat(repository().count(k)).as(k.toString()).isEqualTo(500);
      }
    }
  }
}

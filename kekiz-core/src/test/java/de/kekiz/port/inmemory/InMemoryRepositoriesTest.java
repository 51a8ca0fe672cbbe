package de.kekiz.port.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.port.kontrakt.KontraktBeispiele;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("InMemoryRepositories")
class InMemoryRepositoriesTest {

  @Test
  @DisplayName("holds one empty repository per port")
  void leer() {
    InMemoryRepositories r = new InMemoryRepositories();
    assertThat(r.kommunen().findAll()).isEmpty();
    assertThat(r.leitbilder().findByKommune(KontraktBeispiele.AHLEN)).isEmpty();
    assertThat(r.ketten().findAll()).isEmpty();
    assertThat(r.indikatoren().findAll()).isEmpty();
    assertThat(r.messwerte().count(KontraktBeispiele.KOELN)).isZero();
    assertThat(r.lernnetzwerke().findAll()).isEmpty();
    assertThat(r.foerderprogramme().findAll()).isEmpty();
  }

  @Test
  @DisplayName("gives the same repository on every call, and another holder its own")
  void getrennt() {
    InMemoryRepositories a = new InMemoryRepositories();
    InMemoryRepositories b = new InMemoryRepositories();
    a.kommunen().save(KontraktBeispiele.koeln());
    assertThat(a.kommunen()).isSameAs(a.kommunen());
    assertThat(a.kommunen().findAll()).hasSize(1);
    assertThat(b.kommunen().findAll()).isEmpty();
  }
}

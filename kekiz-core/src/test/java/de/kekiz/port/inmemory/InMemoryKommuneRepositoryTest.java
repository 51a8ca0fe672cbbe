package de.kekiz.port.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.kommune.Kommune;
import de.kekiz.port.KommuneRepository;
import de.kekiz.port.VersionskonfliktException;
import de.kekiz.port.kontrakt.KommuneRepositoryContract;
import de.kekiz.port.kontrakt.KontraktBeispiele;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("InMemoryKommuneRepository")
class InMemoryKommuneRepositoryTest extends KommuneRepositoryContract {

  @Override
  protected KommuneRepository neuesRepository() {
    return new InMemoryKommuneRepository();
  }

  @Nested
  @DisplayName("under concurrent use")
  class Nebenlaeufig {

    @Test
    @DisplayName("of eight saves from the same revision at once, exactly one wins")
    void einerGewinnt() throws Exception {
      Kommune eins = repository().save(KontraktBeispiele.koeln());
      List<Gleichzeitig.Ergebnis<Kommune>> ergebnisse =
          Gleichzeitig.ausfuehren(
              8,
              i ->
                  () ->
                      repository()
                          .save(
                              eins.toBuilder()
                                  .bevoelkerung(List.of())
                                  .build()
                                  .withTeilnahme(eins.teilnahmen().get(0))));
      assertThat(ergebnisse).filteredOn(e -> e.fehler() == null).hasSize(1);
      assertThat(ergebnisse)
          .filteredOn(e -> e.fehler() != null)
          .hasSize(7)
          .allSatisfy(e -> assertThat(e.fehler()).isInstanceOf(VersionskonfliktException.class));
      assertThat(repository().findById(eins.id()).orElseThrow().revision()).isEqualTo(2);
    }

    @Test
    @DisplayName("saves of different Kommunen at once all arrive")
    void alleKommen() throws Exception {
      List<Kommune> alle = KontraktBeispiele.alleKommunen();
      List<Gleichzeitig.Ergebnis<Kommune>> ergebnisse =
          Gleichzeitig.ausfuehren(alle.size(), i -> () -> repository().save(alle.get(i)));
      assertThat(ergebnisse).allSatisfy(e -> assertThat(e.fehler()).isNull());
      assertThat(repository().findAll()).hasSize(alle.size());
    }
  }
}

package de.kekiz.port.inmemory;

import de.kekiz.port.IndikatorRepository;
import de.kekiz.port.kontrakt.IndikatorRepositoryContract;
import org.junit.jupiter.api.DisplayName;

@DisplayName("InMemoryIndikatorRepository")
class InMemoryIndikatorRepositoryTest extends IndikatorRepositoryContract {

  @Override
  protected IndikatorRepository neuesRepository() {
    return new InMemoryIndikatorRepository();
  }
}

package de.kekiz.port.inmemory;

import de.kekiz.port.LeitbildRepository;
import de.kekiz.port.kontrakt.LeitbildRepositoryContract;
import org.junit.jupiter.api.DisplayName;

@DisplayName("InMemoryLeitbildRepository")
class InMemoryLeitbildRepositoryTest extends LeitbildRepositoryContract {

  @Override
  protected LeitbildRepository neuesRepository() {
    return new InMemoryLeitbildRepository();
  }
}

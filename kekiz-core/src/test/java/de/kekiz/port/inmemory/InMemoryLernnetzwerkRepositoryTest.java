package de.kekiz.port.inmemory;

import de.kekiz.port.LernnetzwerkRepository;
import de.kekiz.port.kontrakt.LernnetzwerkRepositoryContract;
import org.junit.jupiter.api.DisplayName;

@DisplayName("InMemoryLernnetzwerkRepository")
class InMemoryLernnetzwerkRepositoryTest extends LernnetzwerkRepositoryContract {

  @Override
  protected LernnetzwerkRepository neuesRepository() {
    return new InMemoryLernnetzwerkRepository();
  }
}

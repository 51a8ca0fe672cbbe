package de.kekiz.port.inmemory;

import de.kekiz.port.FoerderprogrammRepository;
import de.kekiz.port.kontrakt.FoerderprogrammRepositoryContract;
import org.junit.jupiter.api.DisplayName;

@DisplayName("InMemoryFoerderprogrammRepository")
class InMemoryFoerderprogrammRepositoryTest extends FoerderprogrammRepositoryContract {

  @Override
  protected FoerderprogrammRepository neuesRepository() {
    return new InMemoryFoerderprogrammRepository();
  }
}

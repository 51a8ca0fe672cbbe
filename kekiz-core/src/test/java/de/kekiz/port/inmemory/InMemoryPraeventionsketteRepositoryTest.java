package de.kekiz.port.inmemory;

import de.kekiz.port.PraeventionsketteRepository;
import de.kekiz.port.kontrakt.PraeventionsketteRepositoryContract;
import org.junit.jupiter.api.DisplayName;

@DisplayName("InMemoryPraeventionsketteRepository")
class InMemoryPraeventionsketteRepositoryTest extends PraeventionsketteRepositoryContract {

  @Override
  protected PraeventionsketteRepository neuesRepository() {
    return new InMemoryPraeventionsketteRepository();
  }
}

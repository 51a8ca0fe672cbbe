package de.kekiz.persistence;

import de.kekiz.port.PraeventionsketteRepository;
import de.kekiz.port.kontrakt.PraeventionsketteRepositoryContract;
import org.junit.jupiter.api.DisplayName;

@DisplayName("JooqPraeventionsketteRepository keeps the contract on H2 (in memory)")
class JooqPraeventionsketteRepositoryH2Test extends PraeventionsketteRepositoryContract {

  @Override
  protected PraeventionsketteRepository neuesRepository() {
    return Testdatenbank.H2.leer().praeventionsketten();
  }
}

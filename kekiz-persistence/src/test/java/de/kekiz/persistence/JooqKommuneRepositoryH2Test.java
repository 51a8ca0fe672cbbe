package de.kekiz.persistence;

import de.kekiz.port.KommuneRepository;
import de.kekiz.port.kontrakt.KommuneRepositoryContract;
import org.junit.jupiter.api.DisplayName;

@DisplayName("JooqKommuneRepository keeps the contract on H2 (in memory)")
class JooqKommuneRepositoryH2Test extends KommuneRepositoryContract {

  @Override
  protected KommuneRepository neuesRepository() {
    return Testdatenbank.H2.leer().kommunen();
  }
}

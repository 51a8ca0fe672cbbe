package de.kekiz.persistence;

import de.kekiz.port.FoerderprogrammRepository;
import de.kekiz.port.kontrakt.FoerderprogrammRepositoryContract;
import org.junit.jupiter.api.DisplayName;

@DisplayName("JooqFoerderprogrammRepository keeps the contract on H2 (in memory)")
class JooqFoerderprogrammRepositoryH2Test extends FoerderprogrammRepositoryContract {

  @Override
  protected FoerderprogrammRepository neuesRepository() {
    return Testdatenbank.H2.leer().foerderprogramme();
  }
}

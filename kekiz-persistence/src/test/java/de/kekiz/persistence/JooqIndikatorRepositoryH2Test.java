package de.kekiz.persistence;

import de.kekiz.port.IndikatorRepository;
import de.kekiz.port.kontrakt.IndikatorRepositoryContract;
import org.junit.jupiter.api.DisplayName;

@DisplayName("JooqIndikatorRepository keeps the contract on H2 (in memory)")
class JooqIndikatorRepositoryH2Test extends IndikatorRepositoryContract {

  @Override
  protected IndikatorRepository neuesRepository() {
    return Testdatenbank.H2.leer().indikatoren();
  }
}

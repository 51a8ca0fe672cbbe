package de.kekiz.persistence;

import de.kekiz.port.LernnetzwerkRepository;
import de.kekiz.port.kontrakt.LernnetzwerkRepositoryContract;
import org.junit.jupiter.api.DisplayName;

@DisplayName("JooqLernnetzwerkRepository keeps the contract on H2 (in memory)")
class JooqLernnetzwerkRepositoryH2Test extends LernnetzwerkRepositoryContract {

  @Override
  protected LernnetzwerkRepository neuesRepository() {
    return Testdatenbank.H2.leer().lernnetzwerke();
  }
}

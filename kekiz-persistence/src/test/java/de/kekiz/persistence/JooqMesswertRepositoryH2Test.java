package de.kekiz.persistence;

import de.kekiz.port.MesswertRepository;
import de.kekiz.port.kontrakt.MesswertRepositoryContract;
import org.junit.jupiter.api.DisplayName;

@DisplayName("JooqMesswertRepository keeps the contract on H2 (in memory)")
class JooqMesswertRepositoryH2Test extends MesswertRepositoryContract {

  @Override
  protected MesswertRepository neuesRepository() {
    return Testdatenbank.H2.leer().messwerte();
  }
}

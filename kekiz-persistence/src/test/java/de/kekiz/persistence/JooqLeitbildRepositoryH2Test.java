package de.kekiz.persistence;

import de.kekiz.port.LeitbildRepository;
import de.kekiz.port.kontrakt.LeitbildRepositoryContract;
import org.junit.jupiter.api.DisplayName;

@DisplayName("JooqLeitbildRepository keeps the contract on H2 (in memory)")
class JooqLeitbildRepositoryH2Test extends LeitbildRepositoryContract {

  @Override
  protected LeitbildRepository neuesRepository() {
    return Testdatenbank.H2.leer().leitbilder();
  }
}

package de.kekiz.persistence;

import de.kekiz.port.LernnetzwerkRepository;
import de.kekiz.port.kontrakt.LernnetzwerkRepositoryContract;
import org.junit.jupiter.api.DisplayName;

@DisplayName("JooqLernnetzwerkRepository keeps the contract on PostgreSQL (embedded)")
class JooqLernnetzwerkRepositoryPostgresTest extends LernnetzwerkRepositoryContract {

  @Override
  protected LernnetzwerkRepository neuesRepository() {
    return Testdatenbank.POSTGRESQL.leer().lernnetzwerke();
  }
}

package de.kekiz.persistence;

import de.kekiz.port.KommuneRepository;
import de.kekiz.port.kontrakt.KommuneRepositoryContract;
import org.junit.jupiter.api.DisplayName;

@DisplayName("JooqKommuneRepository keeps the contract on PostgreSQL (embedded)")
class JooqKommuneRepositoryPostgresTest extends KommuneRepositoryContract {

  @Override
  protected KommuneRepository neuesRepository() {
    return Testdatenbank.POSTGRESQL.leer().kommunen();
  }
}

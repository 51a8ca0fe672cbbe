package de.kekiz.persistence;

import de.kekiz.port.IndikatorRepository;
import de.kekiz.port.kontrakt.IndikatorRepositoryContract;
import org.junit.jupiter.api.DisplayName;

@DisplayName("JooqIndikatorRepository keeps the contract on PostgreSQL (embedded)")
class JooqIndikatorRepositoryPostgresTest extends IndikatorRepositoryContract {

  @Override
  protected IndikatorRepository neuesRepository() {
    return Testdatenbank.POSTGRESQL.leer().indikatoren();
  }
}

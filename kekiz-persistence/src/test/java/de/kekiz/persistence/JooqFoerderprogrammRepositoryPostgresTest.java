package de.kekiz.persistence;

import de.kekiz.port.FoerderprogrammRepository;
import de.kekiz.port.kontrakt.FoerderprogrammRepositoryContract;
import org.junit.jupiter.api.DisplayName;

@DisplayName("JooqFoerderprogrammRepository keeps the contract on PostgreSQL (embedded)")
class JooqFoerderprogrammRepositoryPostgresTest extends FoerderprogrammRepositoryContract {

  @Override
  protected FoerderprogrammRepository neuesRepository() {
    return Testdatenbank.POSTGRESQL.leer().foerderprogramme();
  }
}

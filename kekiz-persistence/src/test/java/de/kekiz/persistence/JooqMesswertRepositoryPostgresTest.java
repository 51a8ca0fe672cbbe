package de.kekiz.persistence;

import de.kekiz.port.MesswertRepository;
import de.kekiz.port.kontrakt.MesswertRepositoryContract;
import org.junit.jupiter.api.DisplayName;

@DisplayName("JooqMesswertRepository keeps the contract on PostgreSQL (embedded)")
class JooqMesswertRepositoryPostgresTest extends MesswertRepositoryContract {

  @Override
  protected MesswertRepository neuesRepository() {
    return Testdatenbank.POSTGRESQL.leer().messwerte();
  }
}

package de.kekiz.persistence;

import de.kekiz.port.LeitbildRepository;
import de.kekiz.port.kontrakt.LeitbildRepositoryContract;
import org.junit.jupiter.api.DisplayName;

@DisplayName("JooqLeitbildRepository keeps the contract on PostgreSQL (embedded)")
class JooqLeitbildRepositoryPostgresTest extends LeitbildRepositoryContract {

  @Override
  protected LeitbildRepository neuesRepository() {
    return Testdatenbank.POSTGRESQL.leer().leitbilder();
  }
}

package de.kekiz.persistence;

import de.kekiz.port.PraeventionsketteRepository;
import de.kekiz.port.kontrakt.PraeventionsketteRepositoryContract;
import org.junit.jupiter.api.DisplayName;

@DisplayName("JooqPraeventionsketteRepository keeps the contract on PostgreSQL (embedded)")
class JooqPraeventionsketteRepositoryPostgresTest extends PraeventionsketteRepositoryContract {

  @Override
  protected PraeventionsketteRepository neuesRepository() {
    return Testdatenbank.POSTGRESQL.leer().praeventionsketten();
  }
}

package de.kekiz.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.leitbild.LeitbildFixtures;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jooq.ExecuteListener;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Loading an aggregate takes a constant number of queries, not one per child row")
class RundenTest {

  private static final class Zaehler {
    final AtomicInteger anweisungen = new AtomicInteger();

    int waehrend(Supplier<?> arbeit) {
      int vorher = anweisungen.get();
      arbeit.get();
      return anweisungen.get() - vorher;
    }
  }

  private static KekizPersistenz gezaehlt(Testdatenbank db, Zaehler z) {
    DataSource ds = db.datenquelle();
    SQLDialect dialekt = db == Testdatenbank.H2 ? SQLDialect.H2 : SQLDialect.POSTGRES;
    var dsl = DSL.using(ds, dialekt);
    dsl.configuration().set(ExecuteListener.onExecuteStart(ctx -> z.anweisungen.incrementAndGet()));
    KekizPersistenz.Builder b = KekizPersistenz.builder().dslContext(dsl).uhr(Testdatenbank.UHR);
    return db == Testdatenbank.POSTGRESQL
        ? b.schema(Testdatenbank.neuesSchema()).build()
        : b.build();
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName("a Präventionskette with 500 Angebote loads in the same 11 queries as one with 3")
  void kette(Testdatenbank db) {
    Zaehler z = new Zaehler();
    KekizPersistenz p = gezaehlt(db, z);
    Praeventionskette gross = p.praeventionsketten().save(Testdaten.ketteMitAngeboten(500));
    assertThat(gross.angebote()).hasSize(500);
    int runden =
        z.waehrend(() -> p.praeventionsketten().findByKommune(gross.kommune()).orElseThrow());
    p.praeventionsketten().delete(gross.kommune(), gross.revision());
    Praeventionskette klein = p.praeventionsketten().save(Testdaten.ketteMitAngeboten(3));
    int rundenKlein =
        z.waehrend(() -> p.praeventionsketten().findByKommune(klein.kommune()).orElseThrow());
    assertThat(runden).isEqualTo(11).isEqualTo(rundenKlein);
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName(
      "a Kommune loads in 6 queries, a Leitbild in 5, whatever their size; all Kommunen in 6 too")
  void kommuneUndLeitbild(Testdatenbank db) {
    Zaehler z = new Zaehler();
    KekizPersistenz p = gezaehlt(db, z);
    for (Kommune k : Testdaten.kommunen()) {
      p.kommunen().save(k);
    }
    p.leitbilder().save(LeitbildFixtures.ahlen());
    assertThat(z.waehrend(() -> p.kommunen().findById(Testdaten.AHLEN))).isEqualTo(6);
    assertThat(z.waehrend(() -> p.kommunen().findAll())).isEqualTo(6);
    assertThat(z.waehrend(() -> p.leitbilder().findById(LeitbildFixtures.ahlen().id())))
        .isEqualTo(5);
  }
}

package de.kekiz.persistence.internal;

import static de.kekiz.persistence.internal.db.Tables.MESSREIHE;
import static de.kekiz.persistence.internal.db.Tables.MESSREIHE_ZAEHLER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.kommune.SozialraumRef;
import de.kekiz.persistence.KekizPersistenz;
import de.kekiz.port.PersistenzException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The Messreihen directory of a load holds a bounded number of Messreihen")
class ReihenverzeichnisTest {

  private static final Gemeindeschluessel A = Gemeindeschluessel.parse("05570004");
  private static final Gemeindeschluessel B = Gemeindeschluessel.parse("05315000");
  private static final Gemeindeschluessel C = Gemeindeschluessel.parse("05978036");

  /** A Messwert of Messreihe number {@code n} (its Sozialraum) of {@code kommune}. */
  private static Messwert messwert(Gemeindeschluessel kommune, int n) {
    return Messwert.of(
        IndikatorRef.of("quote", 1),
        Raumbezug.of(SozialraumRef.of(SozialraumId.of(kommune, "s" + n), 1)),
        Periode.jahr(2020),
        1,
        2);
  }

  /** The Messreihe id in the key {@code reihen} gives {@code m}. */
  private static int id(Reihenverzeichnis reihen, Messwert m, long position) {
    return MesswertZeile.reihe(reihen.schluessel(m, position));
  }

  @Test
  @DisplayName(
      "beyond its limit it writes its new Messreihen, forgets the Kommunen used least recently and reads them again with the same ids, numbering on where it stopped")
  void vergisstUndLiestWieder() throws SQLException {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:reihenverzeichnis;DB_CLOSE_DELAY=-1");
    KekizPersistenz.builder().dataSource(ds).build();
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      DSLContext ctx =
          DSL.using(
              c, SQLDialect.H2, new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER));
      Reihenverzeichnis reihen = new Reihenverzeichnis(ctx, c, null, 10);
      reihen.oeffne(Set.of(A));
      for (int n = 1; n <= 6; n++) {
        assertThat(id(reihen, messwert(A, n), n)).isEqualTo(n);
      }
      reihen.oeffne(Set.of(B));
      for (int n = 1; n <= 6; n++) {
        assertThat(id(reihen, messwert(B, n), 6 + n)).isEqualTo(n);
      }
      assertThat(reihen.ausstehend()).isEqualTo(12);
      assertThat(ctx.fetchCount(MESSREIHE)).as("nothing written yet").isZero();

      reihen.oeffne(Set.of(C)); // 12 held > 10: writes, then forgets A, used least recently
      assertThat(reihen.ausstehend()).isZero();
      assertThat(ctx.fetchCount(MESSREIHE)).isEqualTo(12);
      assertThat(reihen.haelt(A)).isFalse();
      assertThat(reihen.haelt(B)).isTrue();
      assertThat(reihen.haelt(C)).isTrue();

      reihen.oeffne(Set.of(A, C)); // read again, still locked by this load; now B is forgotten
      assertThat(reihen.haelt(B)).isFalse();
      assertThat(id(reihen, messwert(A, 3), 20)).as("the id written before").isEqualTo(3);
      assertThat(id(reihen, messwert(A, 7), 21)).as("numbered on").isEqualTo(7);
      assertThat(reihen.reihe(A, 7)).isEqualTo(Messreihe.von(messwert(A, 7)));
      assertThat(reihen.reihe(A, 8)).isNull();
      reihen.schreibe();
      reihen.schliesseAb();
      assertThat(ctx.fetchCount(MESSREIHE, MESSREIHE.KOMMUNE.eq(A.wert()))).isEqualTo(7);
      assertThat(
              ctx.select(MESSREIHE_ZAEHLER.KOMMUNE, MESSREIHE_ZAEHLER.NAECHSTE_ID)
                  .from(MESSREIHE_ZAEHLER)
                  .orderBy(MESSREIHE_ZAEHLER.KOMMUNE)
                  .fetch()
                  .intoMap(MESSREIHE_ZAEHLER.KOMMUNE, MESSREIHE_ZAEHLER.NAECHSTE_ID))
          .containsEntry(A.wert(), 8)
          .containsEntry(B.wert(), 7)
          .containsEntry(C.wert(), 1);
      assertThat(
              ctx.select(MESSREIHE_ZAEHLER.KOMMUNE, MESSREIHE_ZAEHLER.NUMMER)
                  .from(MESSREIHE_ZAEHLER)
                  .fetch()
                  .intoMap(MESSREIHE_ZAEHLER.KOMMUNE, MESSREIHE_ZAEHLER.NUMMER))
          .as("numbered in the order the Kommunen came")
          .containsEntry(A.wert(), 1)
          .containsEntry(B.wert(), 2)
          .containsEntry(C.wert(), 3);
      c.rollback();
    }
  }

  @Test
  @DisplayName(
      "a Kommune whose number or next Messreihe id lies beyond what the key holds is refused, naming the Kommune and the row")
  void jenseitsDesSchluessels() throws SQLException {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:reihenverzeichnis-grenzen;DB_CLOSE_DELAY=-1");
    KekizPersistenz.builder().dataSource(ds).build();
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      DSLContext ctx =
          DSL.using(
              c, SQLDialect.H2, new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER));
      ctx.insertInto(MESSREIHE_ZAEHLER)
          .columns(
              MESSREIHE_ZAEHLER.KOMMUNE, MESSREIHE_ZAEHLER.NUMMER, MESSREIHE_ZAEHLER.NAECHSTE_ID)
          .values(A.wert(), MesswertZeile.GROESSTE_NUMMER + 1, 1)
          .values(B.wert(), MesswertZeile.GROESSTE_NUMMER, MesswertZeile.GROESSTE_REIHE)
          .execute();
      Reihenverzeichnis reihen = new Reihenverzeichnis(ctx, c, null, 10);
      assertThatThrownBy(() -> reihen.oeffne(Set.of(A)))
          .isInstanceOf(PersistenzException.class)
          .hasMessageContaining(A.wert())
          .hasMessageContaining(String.valueOf(MesswertZeile.GROESSTE_NUMMER + 1));

      Reihenverzeichnis andere = new Reihenverzeichnis(ctx, c, null, 10);
      andere.oeffne(Set.of(B));
      long letzte = andere.schluessel(messwert(B, 1), 7);
      assertThat(MesswertZeile.reihe(letzte)).isEqualTo(MesswertZeile.GROESSTE_REIHE);
      assertThat(letzte).as("the largest key stays positive").isPositive();
      assertThatThrownBy(() -> andere.schluessel(messwert(B, 2), 8))
          .isInstanceOf(PersistenzException.class)
          .hasMessageContaining("Messwertzeile 8")
          .hasMessageContaining(B.wert());
      c.rollback();
    }
  }
}

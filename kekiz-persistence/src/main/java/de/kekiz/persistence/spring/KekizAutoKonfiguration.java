package de.kekiz.persistence.spring;

import de.kekiz.persistence.KekizPersistenz;
import de.kekiz.persistence.Transaktionsmodus;
import de.kekiz.port.Benutzerkontext;
import java.time.Clock;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Builds the {@link KekizPersistenz} of a Spring Boot application: on the application's one {@code
 * DataSource}, after the host's own migrations (Flyway, Liquibase or SQL scripts) have run, and
 * joining Spring's transactions.
 *
 * <ul>
 *   <li>Transactions: kekiz reaches the DataSource through a {@link
 *       TransactionAwareDataSourceProxy}, so inside {@code @Transactional} it works on the
 *       transaction's connection and commits or rolls back with the host ({@link
 *       Transaktionsmodus#DES_AUFRUFERS}, the default). A change outside a transaction fails with a
 *       clear message; {@code kekiz.persistenz.transaktion=eigene} gives every change a transaction
 *       of its own instead.
 *   <li>Audit user: a {@code Benutzerkontext} bean of the host (e.g. {@code () ->
 *       SecurityContextHolder.getContext().getAuthentication().getName()}), else {@code
 *       kekiz.persistenz.benutzer}, else {@code unbekannt}.
 *   <li>A bean {@code KekizPersistenz} of the host replaces this one.
 *   <li>A wrong property stops the start with a German message naming the property and value.
 * </ul>
 */
@AutoConfiguration(
    afterName = {
      // Boot 3 and Boot 4 (which moved them into modules of their own)
      "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
      "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
      "org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration",
      "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
      "org.springframework.boot.autoconfigure.liquibase.LiquibaseAutoConfiguration",
      "org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration"
    })
@ConditionalOnClass({DataSource.class, TransactionAwareDataSourceProxy.class})
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(KekizEigenschaften.class)
public class KekizAutoKonfiguration {

  /** Created by Spring. */
  public KekizAutoKonfiguration() {}

  /**
   * {@return the storage adapter on the application's DataSource, created after the host's database
   * initialisation (its Flyway first, then kekiz's migrations)}
   *
   * @param dataSource the application's DataSource; kekiz joins Spring's transactions on it
   * @param eigenschaften the properties {@code kekiz.persistenz.*}
   * @param benutzerkontext the application's own {@link Benutzerkontext} bean, if it has one
   * @param uhr the application's {@link Clock} bean for the audit trail, if it has one
   * @throws IllegalStateException with a German message if a property {@code kekiz.persistenz.*} is
   *     malformed
   */
  @Bean
  @ConditionalOnMissingBean
  @DependsOnDatabaseInitialization
  public KekizPersistenz kekizPersistenz(
      DataSource dataSource,
      KekizEigenschaften eigenschaften,
      ObjectProvider<Benutzerkontext> benutzerkontext,
      ObjectProvider<Clock> uhr) {
    KekizPersistenz.Builder b =
        KekizPersistenz.builder()
            .dataSource(new TransactionAwareDataSourceProxy(dataSource))
            .transaktion(
                eigenschaften.transaktion() != null
                    ? eigenschaften.transaktion()
                    : Transaktionsmodus.DES_AUFRUFERS)
            .benutzerkontext(benutzer(eigenschaften.benutzer(), benutzerkontext.getIfAvailable()));
    String schema = eigenschaften.schema();
    if (schema != null && !schema.isEmpty()) {
      try {
        b.schema(schema);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(
            "kekiz.persistenz.schema = '"
                + schema
                + "' ist kein Schemaname: erlaubt sind ein"
                + " Buchstabe oder '_' und bis zu 62 weitere Buchstaben, Ziffern oder '_'.",
            e);
      }
    }
    String praefix = eigenschaften.praefix();
    if (praefix != null) {
      try {
        b.tabellenpraefix(praefix);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(
            "kekiz.persistenz.praefix = '"
                + praefix
                + "' ist kein Tabellenpräfix: erlaubt sind"
                + " ein Kleinbuchstabe und bis zu 29 weitere Kleinbuchstaben, Ziffern oder '_'"
                + " (oder nichts).",
            e);
      }
    }
    Clock c = uhr.getIfAvailable();
    if (c != null) {
      b.uhr(c);
    }
    if (Boolean.FALSE.equals(eigenschaften.migrationen())) {
      b.migrationen(false);
    }
    return b.build();
  }

  /** Who acts: the host's context, else the property, else {@code unbekannt}. */
  private static Benutzerkontext benutzer(
      @Nullable String eigenschaft, @Nullable Benutzerkontext vomHost) {
    if (eigenschaft != null && eigenschaft.isBlank()) {
      throw new IllegalStateException(
          "kekiz.persistenz.benutzer ist leer: geben Sie einen Namen für das Auditprotokoll an"
              + " (z. B. den des Fachverfahrens) oder lassen Sie die Eigenschaft weg.");
    }
    if (vomHost != null) {
      return vomHost;
    }
    return Benutzerkontext.fest(eigenschaft != null ? eigenschaft : "unbekannt");
  }
}

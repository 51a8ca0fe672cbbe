package de.kekiz.beispiel.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Kommunenart;
import de.kekiz.domain.kommune.Kreisschluessel;
import de.kekiz.persistence.Auditeintrag;
import de.kekiz.persistence.KekizPersistenz;
import de.kekiz.persistence.Transaktionsmodus;
import de.kekiz.port.Benutzerkontext;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The example application started as Boot starts it, with application.properties as the README
 * shows it; only the database URL (a fresh database per test) and the log level are set here.
 */
@DisplayName("A Spring Boot application embeds kekiz with the README's configuration")
class BeispielAnwendungTest {

  @TempDir Path verzeichnis;

  private static final Gemeindeschluessel KOELN = Gemeindeschluessel.parse("05315000");
  private static final Gemeindeschluessel AHLEN = Gemeindeschluessel.parse("05570004");

  private static Kommune koeln() {
    return Kommune.builder(KOELN, "Köln", Kommunenart.KREISFREIE_STADT)
        .kreisfrei(true)
        .kreis(null)
        .jugendamt(KOELN)
        .build();
  }

  private static Kommune ahlen() {
    return Kommune.builder(AHLEN, "Ahlen", Kommunenart.MITTLERE_KREISANGEHOERIGE_STADT)
        .kreisfrei(false)
        .kreis(Kreisschluessel.parse("05570"))
        .jugendamt(AHLEN)
        .build();
  }

  /**
   * Starts the application as {@code java -jar} would, the arguments overriding
   * application.properties: {@code --spring.datasource.url=…} and {@code eigenschaften}.
   */
  private static ConfigurableApplicationContext starte(
      String url, List<Class<?>> quellen, String... eigenschaften) {
    List<String> argumente =
        new ArrayList<>(
            List.of(
                "--spring.datasource.url=" + url,
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN"));
    for (String e : eigenschaften) {
      argumente.add("--" + e);
    }
    return new SpringApplicationBuilder(quellen.toArray(Class<?>[]::new))
        .run(argumente.toArray(String[]::new));
  }

  private static ConfigurableApplicationContext starte(String url, String... eigenschaften) {
    return starte(url, List.of(BeispielAnwendung.class), eigenschaften);
  }

  /** The tables of the default schema (PUBLIC on H2, public on PostgreSQL), in lower case. */
  private static List<String> tabellen(ConfigurableApplicationContext ctx) throws SQLException {
    List<String> namen = new ArrayList<>();
    try (Connection c = ctx.getBean(DataSource.class).getConnection();
        ResultSet r = c.getMetaData().getTables(null, null, "%", null)) {
      while (r.next()) {
        if ("public".equalsIgnoreCase(r.getString("TABLE_SCHEM"))) {
          namen.add(r.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
        }
      }
    }
    return namen;
  }

  private static List<String> hostKommunen(ConfigurableApplicationContext ctx) {
    return ctx.getBean(JdbcTemplate.class)
        .queryForList("SELECT bezeichnung FROM kommune ORDER BY ags", String.class);
  }

  @ParameterizedTest
  @EnumSource(Datenbank.class)
  @DisplayName("starts on a fresh database: the host's Flyway first, then kekiz beside it")
  void frischeDatenbank(Datenbank db) throws SQLException {
    try (ConfigurableApplicationContext ctx = starte(db.neueUrl(verzeichnis))) {
      KekizPersistenz kekiz = ctx.getBean(KekizPersistenz.class);
      assertThat(kekiz.tabellenpraefix()).isEqualTo("kekiz_");
      assertThat(kekiz.toString()).contains(Transaktionsmodus.DES_AUFRUFERS.toString());
      assertThat(tabellen(ctx))
          .contains("flyway_schema_history", "kommune")
          .contains("kekiz_flyway_history", "kekiz_kommune", "kekiz_messwert");
    }
  }

  @ParameterizedTest
  @EnumSource(Datenbank.class)
  @DisplayName(
      "rolls back the host's row and kekiz's writes (audit included) together, and commits them together")
  void gemeinsameTransaktion(Datenbank db) {
    try (ConfigurableApplicationContext ctx = starte(db.neueUrl(verzeichnis))) {
      Einrichtungsdienst dienst = ctx.getBean(Einrichtungsdienst.class);
      KekizPersistenz kekiz = ctx.getBean(KekizPersistenz.class);
      assertThatThrownBy(
              () ->
                  dienst.richteEin(
                      koeln(),
                      () -> {
                        throw new IllegalStateException("Prüfung gescheitert");
                      }))
          .hasMessage("Prüfung gescheitert");
      assertThat(hostKommunen(ctx)).isEmpty();
      assertThat(kekiz.kommunen().findAll()).isEmpty();
      assertThat(kekiz.auditprotokoll().eintraege()).isEmpty();

      dienst.richteEin(ahlen(), () -> {});
      assertThat(hostKommunen(ctx)).containsExactly("Ahlen");
      assertThat(kekiz.kommunen().findAll()).extracting(Kommune::id).containsExactly(AHLEN);
      assertThat(kekiz.auditprotokoll().eintraege())
          .extracting(Auditeintrag::benutzer)
          .containsExactly("fachverfahren");
    }
  }

  @ParameterizedTest
  @EnumSource(Datenbank.class)
  @DisplayName(
      "refuses a change outside a Spring transaction with a German message, writing nothing")
  void ohneTransaktion(Datenbank db) {
    try (ConfigurableApplicationContext ctx = starte(db.neueUrl(verzeichnis))) {
      KekizPersistenz kekiz = ctx.getBean(KekizPersistenz.class);
      assertThatThrownBy(() -> kekiz.kommunen().save(koeln()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("@Transactional");
      assertThat(kekiz.kommunen().findAll()).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Datenbank.class)
  @DisplayName(
      "keeps two prefixes in one schema: two applications on one database, each with its own tables and history")
  void zweiPraefixe(Datenbank db) throws SQLException {
    String url = db.neueUrl(verzeichnis);
    try (ConfigurableApplicationContext eins = starte(url);
        ConfigurableApplicationContext zwei = starte(url, "kekiz.persistenz.praefix=archiv_")) {
      eins.getBean(Einrichtungsdienst.class).richteEin(koeln(), () -> {});
      KekizPersistenz archiv = zwei.getBean(KekizPersistenz.class);
      assertThat(archiv.kommunen().findAll()).isEmpty();
      assertThat(eins.getBean(KekizPersistenz.class).kommunen().findAll())
          .extracting(Kommune::id)
          .containsExactly(KOELN);
      assertThat(tabellen(eins))
          .contains(
              "kekiz_flyway_history", "kekiz_kommune", "archiv_flyway_history", "archiv_kommune");
    }
  }

  @ParameterizedTest
  @EnumSource(Datenbank.class)
  @DisplayName("survives a restart on the same database with its data")
  void neustart(Datenbank db) {
    String url = db.neueUrl(verzeichnis);
    try (ConfigurableApplicationContext ctx = starte(url)) {
      ctx.getBean(Einrichtungsdienst.class).richteEin(ahlen(), () -> {});
    }
    try (ConfigurableApplicationContext ctx = starte(url)) {
      assertThat(ctx.getBean(KekizPersistenz.class).kommunen().findAll())
          .extracting(Kommune::id)
          .containsExactly(AHLEN);
      assertThat(hostKommunen(ctx)).containsExactly("Ahlen");
    }
  }

  @Test
  @DisplayName("stops the start on a malformed property, naming it in German")
  void falscheEigenschaft() {
    String url = Datenbank.H2.neueUrl(verzeichnis);
    assertThatThrownBy(() -> starte(url, "kekiz.persistenz.praefix=Kekiz-"))
        .satisfies(
            e -> {
              Throwable t = e;
              StringBuilder meldungen = new StringBuilder();
              while (t != null) {
                meldungen.append(t.getMessage()).append('\n');
                t = t.getCause();
              }
              assertThat(meldungen.toString())
                  .contains("kekiz.persistenz.praefix = 'Kekiz-' ist kein Tabellenpräfix");
            });
  }

  /**
   * A host that builds its own KekizPersistenz (no {@code @Configuration}: not for the scan); like
   * the auto-configured bean it waits for the host's database initialisation, else kekiz would
   * migrate first and the host's Flyway would find a schema without its history table.
   */
  static class EigeneKonfiguration {
    @Bean
    @DependsOnDatabaseInitialization
    KekizPersistenz eigeneKekizPersistenz(DataSource ds) {
      return KekizPersistenz.builder().dataSource(ds).tabellenpraefix("eigen_").build();
    }
  }

  @Test
  @DisplayName("steps back when the host defines its own KekizPersistenz")
  void eigeneBohne() {
    try (ConfigurableApplicationContext ctx =
        starte(
            Datenbank.H2.neueUrl(verzeichnis),
            List.of(BeispielAnwendung.class, EigeneKonfiguration.class))) {
      assertThat(ctx.getBeansOfType(KekizPersistenz.class))
          .containsOnlyKeys("eigeneKekizPersistenz");
      assertThat(ctx.getBean(KekizPersistenz.class).tabellenpraefix()).isEqualTo("eigen_");
    }
  }

  /** A host that names the acting user itself (from its login, in a real application). */
  static class Anmeldung {
    @Bean
    Benutzerkontext benutzerkontext() {
      return () -> "m.mustermann";
    }
  }

  @Test
  @DisplayName("writes the user of the host's Benutzerkontext bean into the audit trail")
  void benutzerVomHost() {
    try (ConfigurableApplicationContext ctx =
        starte(
            Datenbank.H2.neueUrl(verzeichnis), List.of(BeispielAnwendung.class, Anmeldung.class))) {
      ctx.getBean(Einrichtungsdienst.class).richteEin(ahlen(), () -> {});
      assertThat(ctx.getBean(KekizPersistenz.class).auditprotokoll().eintraege())
          .extracting(Auditeintrag::benutzer)
          .containsExactly("m.mustermann");
    }
  }

  @Test
  @DisplayName("runs under the Boot version its build names")
  void bootVersion() {
    assertThat(SpringBootVersion.getVersion())
        .isEqualTo(System.getProperty("erwartete.boot.version"));
  }
}

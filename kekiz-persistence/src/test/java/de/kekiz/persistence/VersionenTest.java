package de.kekiz.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The libraries and the database server this test run uses are the ones the build names: the
 * default versions, or those of the profiles {@code versionen-aelteste} and {@code
 * versionen-neueste} that {@code .ci/run} runs as well. Without this check a profile that did not
 * take effect would pass as a tested version range.
 */
@DisplayName("The tests run on the versions the build names")
class VersionenTest {

  private static String erwartet(String name) {
    return Objects.requireNonNull(
        System.getProperty("kekiz.erwartet." + name),
        "system property kekiz.erwartet." + name + " (set by the pom's surefire configuration)");
  }

  @Test
  @DisplayName("H2 is the version the build names")
  void h2() {
    assertThat(org.h2.engine.Constants.VERSION).isEqualTo(erwartet("h2"));
  }

  @Test
  @DisplayName("jOOQ is the version the build names")
  void jooq() {
    assertThat(org.jooq.Constants.FULL_VERSION).isEqualTo(erwartet("jooq"));
  }

  @Test
  @DisplayName("Flyway is the version the build names")
  void flyway() throws IOException {
    try (InputStream in =
        org.flywaydb.core.Flyway.class.getResourceAsStream(
            "/org/flywaydb/core/internal/version.txt")) {
      assertThat(in).as("Flyway's version.txt").isNotNull();
      assertThat(
              new String(Objects.requireNonNull(in).readAllBytes(), StandardCharsets.UTF_8).trim())
          .isEqualTo(erwartet("flyway"));
    }
  }

  @Test
  @DisplayName("the embedded PostgreSQL server is the version the build names")
  void postgresql() throws SQLException {
    // the binaries' version 15.20.0 runs server 15.20
    String[] teile = erwartet("postgresql").split("\\.");
    try (Connection c = Testdatenbank.POSTGRESQL.datenquelle().getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SHOW server_version")) {
      assertThat(r.next()).isTrue();
      assertThat(r.getString(1)).matches(Pattern.quote(teile[0] + "." + teile[1]) + "(\\D.*)?");
    }
  }
}

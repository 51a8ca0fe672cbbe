package de.kekiz.examples;

import static de.kekiz.examples.Kommandozeile.UHR;
import static de.kekiz.examples.Kommandozeile.genesis;
import static de.kekiz.examples.Kommandozeile.starte;
import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.examples.Kommandozeile.Lauf;
import de.kekiz.fixtures.KekizFixtures;
import de.kekiz.port.Benutzerkontext;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The command line with --jdbc-url on a real PostgreSQL")
class PostgresTest {

  private static EmbeddedPostgres postgres;
  private static String url;

  @TempDir Path ordner;

  @BeforeAll
  static void starten() throws IOException, SQLException {
    postgres = EmbeddedPostgres.builder().start();
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE kekiz");
    }
    url = postgres.getJdbcUrl("postgres", "kekiz");
    mitDatenbank(db -> new Beispieldaten(db).lade(List.of(KekizFixtures.koeln())));
  }

  @AfterAll
  static void stoppen() throws IOException {
    postgres.close();
  }

  private static <T> T mitDatenbank(Function<Datenbankzugang, T> arbeit) {
    try (Datenbankzugang db =
        Datenbankzugang.jdbc(url, "postgres", "postgres", UHR, Benutzerkontext.fest("test"))) {
      return db.imTransaktion(() -> arbeit.apply(db));
    }
  }

  private static String[] mitPostgres(String... args) {
    String[] alle = new String[args.length + 6];
    System.arraycopy(args, 0, alle, 0, args.length);
    System.arraycopy(
        new String[] {"--jdbc-url", url, "--benutzer", "postgres", "--passwort", "postgres"},
        0,
        alle,
        args.length,
        6);
    return alle;
  }

  @Test
  @DisplayName("import stores Köln's Zensus 2011 population there; a failed import changes nothing")
  void importieren() {
    LocalDate zensus2011 = LocalDate.of(2011, 5, 9);
    long messwerte = mitDatenbank(db -> db.persistenz().messwerte().count(KekizFixtures.KOELN));

    Lauf l =
        starte(
            mitPostgres(
                "import",
                "--kommune",
                "05315000",
                "--wertmerkmal",
                "PRS018",
                "--als",
                "bevoelkerung",
                genesis("AUSZUG_DE_1000A-0001_zensus2011_de_flat.csv").toString()));

    assertThat(l.status()).as(l.toString()).isZero();
    assertThat(l.out()).contains("in die Datenbank jdbc:postgresql://").doesNotContain("postgres@");
    Kommune koeln =
        mitDatenbank(db -> db.persistenz().kommunen().findById(KekizFixtures.KOELN).orElseThrow());
    assertThat(koeln.einwohner(zensus2011, Altersspanne.ab(0))).hasValue(1_005_775);

    Lauf fehler =
        starte(
            mitPostgres(
                "import",
                "--kommune",
                "05315000",
                "--wertmerkmal",
                "ISVNW1",
                "--indikator",
                "sgb2-quote-u15@2",
                genesis("DE_52411-02-01-4.csv").toString()));
    assertThat(fehler.status()).isEqualTo(Hauptprogramm.FEHLER);
    assertThat(fehler.err()).contains("Nichts importiert");
    long messwerteDanach =
        mitDatenbank(db -> db.persistenz().messwerte().count(KekizFixtures.KOELN));
    Kommune koelnDanach =
        mitDatenbank(db -> db.persistenz().kommunen().findById(KekizFixtures.KOELN).orElseThrow());
    assertThat(messwerteDanach).isEqualTo(messwerte);
    assertThat(koelnDanach).isEqualTo(koeln);
  }

  @Test
  @DisplayName("report writes Köln's report from there")
  void bericht() throws IOException {
    Path aus = ordner.resolve("koeln");

    Lauf l = starte(mitPostgres("report", "--kommune", "05315000", "--ausgabe", aus.toString()));

    assertThat(l.status()).as(l.toString()).isZero();
    assertThat(l.out()).contains("Bericht für Köln (05315000)");
    assertThat(Files.list(aus)).isNotEmpty();
  }

  @Test
  @DisplayName("a database that does not exist: one line naming it, exit 1")
  void unbekannteDatenbank() {
    Lauf l =
        starte(
            "report",
            "--kommune",
            "05315000",
            "--jdbc-url",
            postgres.getJdbcUrl("postgres", "gibtsnicht"),
            "--benutzer",
            "postgres",
            "--passwort",
            "postgres",
            "--ausgabe",
            ordner.toString());
    assertThat(l.status()).as(l.toString()).isEqualTo(Hauptprogramm.FEHLER);
    assertThat(l.err().lines())
        .singleElement()
        .asString()
        .startsWith("kekiz report: die Datenbank jdbc:postgresql://")
        .contains("lässt sich nicht öffnen: der Datenbanktreiber meldet '")
        .contains("gibtsnicht");
  }
}

package de.kekiz.examples;

import static de.kekiz.examples.Kommandozeile.starte;
import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.examples.Kommandozeile.Lauf;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one line {@link Fehlerausgabe} prints for a command that failed. */
@DisplayName("The error line of the command line")
class FehlerausgabeTest {

  @TempDir Path ordner;

  @Test
  @DisplayName(
      "a database that refuses a change: what failed, in kekiz's German words, and the database's"
          + " own words quoted")
  void datenbankLehntAb() {
    String url = "jdbc:h2:file:" + ordner.resolve("db");
    Lauf angelegt = starte("kommune", "--kommune", "05315000", "--jdbc-url", url);
    assertThat(angelegt.status()).as(angelegt.toString()).isZero();

    Lauf l = starte("kommune", "--kommune", "05978004", "--jdbc-url", url + ";ACCESS_MODE_DATA=r");

    assertThat(l.status()).as(l.toString()).isEqualTo(Hauptprogramm.FEHLER);
    assertThat(l.err().lines())
        .singleElement()
        .asString()
        .startsWith(
            "kekiz kommune: Datenbankfehler: Speichern der Kommune 05978004 ist fehlgeschlagen,"
                + " die Datenbank meldet 'The database is read only'");
  }
}

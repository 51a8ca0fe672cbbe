package de.kekiz.examples;

import de.kekiz.importe.Anzeigetext;
import de.kekiz.port.Benutzerkontext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * The options every subcommand that works on the database takes (a picocli mixin): where the
 * database is, and whether errors show their stack trace.
 *
 * <p>By default the database is an embedded H2 database in the folder {@code --daten} (default
 * {@code ./kekiz-daten}, kept by a {@link Datenablage}); {@code --jdbc-url} with {@code --benutzer}
 * and {@code --passwort} names a PostgreSQL database (or another H2 database) instead. Either way
 * the schema is created or brought up to date first.
 */
final class GemeinsameOptionen {

  /** The data folder used without {@code --daten} and {@code --jdbc-url}. */
  static final String STANDARD_DATENORDNER = "kekiz-daten";

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  @Nullable Datenbankwahl datenbank;

  @Option(
      names = "--warten",
      paramLabel = "SEKUNDEN",
      description =
          "Wie lange auf einen anderen kekiz-Prozess gewartet wird, der mit derselben"
              + " Datenbank arbeitet (Vorgabe: ${DEFAULT-VALUE}).",
      defaultValue = "30")
  int warten = 30;

  @Option(
      names = "--stacktrace",
      description = "Zeigt bei einem Fehler den vollständigen Stacktrace.")
  boolean stacktrace;

  /** Either the data folder or a JDBC URL with credentials. */
  static final class Datenbankwahl {
    @Option(
        names = "--daten",
        paramLabel = "ORDNER",
        description =
            "Ordner der eingebetteten H2-Datenbank (Vorgabe: ./" + STANDARD_DATENORDNER + ").")
    @Nullable Path daten;

    @ArgGroup(exclusive = false, multiplicity = "0..1")
    @Nullable Jdbc jdbc;
  }

  /** A database named by its JDBC URL. */
  static final class Jdbc {
    @Option(
        names = "--jdbc-url",
        paramLabel = "URL",
        required = true,
        description = "JDBC-URL einer PostgreSQL-Datenbank, z. B. jdbc:postgresql://host/kekiz.")
    String url = "";

    @Option(names = "--benutzer", paramLabel = "NAME", description = "Benutzer der Datenbank.")
    @Nullable String benutzer;

    @Option(
        names = "--passwort",
        paramLabel = "PASSWORT",
        description = "Passwort der Datenbank.",
        arity = "0..1",
        interactive = true)
    @Nullable String passwort;
  }

  /**
   * Opens the chosen database, migrated, for a command run by the operating-system user; waiting
   * for another kekiz process on the same data folder is told on the error output.
   *
   * @throws IOException if the data folder cannot be created
   */
  Datenbankzugang oeffne(Umgebung umgebung) throws IOException {
    Clock uhr = umgebung.uhr();
    if (warten < 0) {
      throw new Abbruch("--warten braucht eine Zahl von Sekunden ab 0, nicht " + warten);
    }
    Benutzerkontext benutzer = Benutzerkontext.fest(betriebssystembenutzer());
    Datenbankwahl wahl = datenbank;
    Jdbc jdbc = wahl == null ? null : wahl.jdbc;
    if (jdbc != null) {
      return Datenbankzugang.jdbc(jdbc.url, jdbc.benutzer, jdbc.passwort, uhr, benutzer);
    }
    return Datenbankzugang.h2Datei(
        datenordner(), Duration.ofSeconds(warten), umgebung.err(), uhr, benutzer);
  }

  /**
   * Opens the chosen database as {@link #oeffne} does, but refuses a data folder that does not
   * exist: a command that only reads what is stored must not turn a mistyped folder into a new,
   * empty database.
   *
   * @throws Abbruch naming the folder if it does not exist
   * @throws IOException if the database cannot be opened
   */
  Datenbankzugang oeffneVorhandene(Umgebung umgebung) throws IOException {
    Datenbankwahl wahl = datenbank;
    if (wahl == null || wahl.jdbc == null) {
      Path daten = datenordner();
      if (!Files.isDirectory(daten)) {
        throw new Abbruch(
            "den Datenordner "
                + Anzeigetext.sichtbar(daten.toString())
                + " gibt es nicht, also ist dort nichts gespeichert (--daten nennt den Ordner, in"
                + " dem kekiz seine Datenbank angelegt hat)");
      }
    }
    return oeffne(umgebung);
  }

  /** The H2 data folder: {@code --daten}, or the default. */
  private Path datenordner() {
    Datenbankwahl wahl = datenbank;
    return wahl == null || wahl.daten == null ? Path.of(STANDARD_DATENORDNER) : wahl.daten;
  }

  private static String betriebssystembenutzer() {
    String name = System.getProperty("user.name");
    return name == null || name.isBlank() ? "kekiz" : "kekiz:" + name;
  }
}

package de.kekiz.examples;

import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.Periodizitaet;
import de.kekiz.domain.indikator.Polaritaet;
import de.kekiz.domain.indikator.RaeumlicheEbene;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.fixtures.Beispielkommune;
import de.kekiz.port.Benutzerkontext;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;

/** Runs the real command line and looks into the database it worked on. */
final class Kommandozeile {
  private Kommandozeile() {}

  static {
    // as kekiz.jar's main does: the tests' set-up builds databases (Flyway's INFO lines while it
    // migrates) and runs commands through Hauptprogramm.ausfuehren, which leaves logging alone
    Hauptprogramm.stilleBibliotheken(false);
  }

  /** Today for every run: 1 March 2025. */
  static final Clock UHR = Clock.fixed(Instant.parse("2025-03-01T10:15:30Z"), ZoneOffset.UTC);

  /** What a run gave: exit status, standard output, error output. */
  record Lauf(int status, String out, String err) {
    @Override
    public String toString() {
      return "exit " + status + "\n--- out:\n" + out + "\n--- err:\n" + err;
    }
  }

  /** Runs {@code kekiz args…} through {@link Hauptprogramm#ausfuehren}. */
  static Lauf starte(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Hauptprogramm.ausfuehren(args, new PrintWriter(out), new PrintWriter(err), UHR);
    return new Lauf(status, out.toString(), err.toString());
  }

  /** Runs {@code kekiz befehl --daten daten args…} through {@link Hauptprogramm#ausfuehren}. */
  static Lauf starteMitDaten(Path daten, String befehl, String... args) {
    String[] alle = new String[args.length + 3];
    alle[0] = befehl;
    alle[1] = "--daten";
    alle[2] = daten.toString();
    System.arraycopy(args, 0, alle, 3, args.length);
    return starte(alle);
  }

  /** Works on the H2 database under {@code daten} and closes it again. */
  static <T> T mitDatenbank(Path daten, Function<Datenbankzugang, T> arbeit) {
    try (Datenbankzugang db = Datenbankzugang.h2Datei(daten, UHR, Benutzerkontext.fest("test"))) {
      return db.imTransaktion(() -> arbeit.apply(db));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies the data folder {@code von} (its state file and database file) into {@code nach}. */
  static void kopiereDatenordner(Path von, Path nach) {
    try (java.util.stream.Stream<Path> dateien = java.nio.file.Files.list(von)) {
      java.nio.file.Files.createDirectories(nach);
      for (Path p : dateien.toList()) {
        if (!p.getFileName().toString().equals(Datenablage.SPERRDATEI)) {
          java.nio.file.Files.copy(p, nach.resolve(p.getFileName()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stores {@code beispiele} (those not there yet) in the H2 database under {@code daten}. */
  static void lade(Path daten, List<Beispielkommune> beispiele) {
    mitDatenbank(daten, db -> new Beispieldaten(db).lade(beispiele));
  }

  /** The number of Messwerte of {@code kommune} stored under {@code daten}. */
  static long messwerte(Path daten, Gemeindeschluessel kommune) {
    return mitDatenbank(daten, db -> db.persistenz().messwerte().count(kommune));
  }

  /** The Kommune {@code ags} as stored under {@code daten}. */
  static Kommune kommune(Path daten, Gemeindeschluessel ags) {
    return mitDatenbank(daten, db -> db.persistenz().kommunen().findById(ags).orElseThrow());
  }

  /** An absolute indicator (no denominator), yearly, valid from 2000, for GENESIS values. */
  static Indikator absolut(String key) {
    return Indikator.builder(de.kekiz.domain.indikator.IndikatorKey.of(key), 1)
        .gueltigkeit(Zeitraum.ab(LocalDate.of(2000, 1, 1)))
        .name(key)
        .zaehlerDefinition(key)
        .faktor(1)
        .einheit("Anzahl")
        .polaritaet(Polaritaet.NEUTRAL)
        .quelle("GENESIS")
        .ebene(RaeumlicheEbene.KREIS)
        .periodizitaet(Periodizitaet.JAEHRLICH)
        .build();
  }

  /** The GENESIS test file {@code name}. */
  static Path genesis(String name) {
    URL url = Kommandozeile.class.getResource("/genesis/" + name);
    if (url == null) {
      throw new IllegalStateException("test file genesis/" + name + " is missing");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}

package de.kekiz.examples;

import de.kekiz.importe.Importfehler;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Function;

/**
 * What the set-up commands ({@code sozialraeume}, {@code bevoelkerung}) share once their files are
 * read without error: one transaction that stores all or nothing, the database left as it was if
 * nothing changed, the summary on standard output or every error on standard error.
 */
final class Einrichtung {
  private Einrichtung() {}

  /** What a set-up found in the database: a message, whether it stored anything, or its errors. */
  record Ergebnis(String meldung, boolean gespeichert, List<Importfehler> fehler) {
    /** Nothing stored, because of {@code fehler}. */
    static Ergebnis abgelehnt(List<Importfehler> fehler) {
      return new Ergebnis("", false, fehler);
    }
  }

  /**
   * Runs {@code uebernahme} in one transaction of the database the options name and prints its
   * message; the transaction is kept only if it stored something.
   *
   * @param schluss the last error line, e.g. "Nichts gespeichert: 2 Fehler in der Tabelle"
   * @return {@link Hauptprogramm#OK}, or {@link Hauptprogramm#FEHLER} after printing the errors
   */
  static int speichere(
      Umgebung umgebung,
      GemeinsameOptionen optionen,
      Function<Datenbankzugang, Ergebnis> uebernahme,
      Function<List<Importfehler>, String> schluss)
      throws Exception {
    String meldung;
    try (Datenbankzugang db = optionen.oeffne(umgebung)) {
      db.verwerfeBeimSchliessen(); // unless something is stored
      Ergebnis e = db.imTransaktion(() -> uebernahme.apply(db));
      if (!e.fehler().isEmpty()) {
        return scheitere(umgebung, e.fehler(), schluss);
      }
      meldung = e.meldung();
      if (e.gespeichert()) {
        db.uebernimmBeimSchliessen();
      }
    }
    umgebung.out().println(meldung);
    return Hauptprogramm.OK;
  }

  /** Prints every error and then {@code schluss} of them; returns {@link Hauptprogramm#FEHLER}. */
  static int scheitere(
      Umgebung umgebung, List<Importfehler> fehler, Function<List<Importfehler>, String> schluss) {
    PrintWriter err = umgebung.err();
    for (Importfehler f : fehler) {
      err.println(f);
    }
    err.println(schluss.apply(fehler));
    err.flush();
    return Hauptprogramm.FEHLER;
  }
}

package de.kekiz.examples;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.Periodizitaet;
import de.kekiz.domain.indikator.Polaritaet;
import de.kekiz.domain.indikator.RaeumlicheEbene;
import de.kekiz.domain.kommune.Programm;
import de.kekiz.fixtures.Beispielkommune;
import de.kekiz.fixtures.ProgrammFixtures;
import de.kekiz.persistence.KekizPersistenz;
import de.kekiz.port.Duplikatregel;
import java.time.LocalDate;
import java.util.List;

/**
 * Loads example Kommunen into a database, idempotently: a Kommune already stored is kept as it is
 * (with whatever was imported for it since), never loaded twice; the others are stored each with
 * its indicator definitions, Leitbild, Präventionskette and Messwerte in one transaction. The
 * programme "Kein Kind zurücklassen!" and its Lernnetzwerk ({@link ProgrammFixtures}) are stored
 * too if not there yet.
 */
final class Beispieldaten {

  private final Datenbankzugang db;

  Beispieldaten(Datenbankzugang db) {
    this.db = requireNonNull(db, "db");
  }

  /** How many Kommunen were stored now and how many were there already. */
  record Ergebnis(int geladen, int vorhanden, long messwerte) {}

  /** Stores each of {@code beispiele} that is not stored yet. */
  Ergebnis lade(List<Beispielkommune> beispiele) {
    int geladen = 0;
    int vorhanden = 0;
    long messwerte = 0;
    KekizPersistenz p = db.persistenz();
    for (Beispielkommune b : beispiele) {
      boolean neu =
          db.imTransaktion(
              () -> {
                if (p.kommunen().findById(b.schluessel()).isPresent()) {
                  return false;
                }
                for (Indikator i : b.indikatoren()) {
                  if (p.indikatoren().findByRef(i.ref()).isEmpty()) {
                    p.indikatoren().save(i);
                  }
                }
                p.kommunen().save(b.kommune());
                p.leitbilder().save(b.leitbild());
                p.praeventionsketten().save(b.kette());
                p.messwerte().saveAll(b.messwerte(), Duplikatregel.ERSETZEN);
                return true;
              });
      if (neu) {
        geladen++;
        messwerte += b.messwerte().size();
      } else {
        vorhanden++;
      }
    }
    db.imTransaktion(
        () -> {
          // the programme and its Lernnetzwerk, for kekiz programmbericht
          if (p.foerderprogramme().findByProgramm(Programm.KEKIZ.key()).isEmpty()) {
            p.foerderprogramme().save(ProgrammFixtures.kekiz());
          }
          if (p.lernnetzwerke().findByProgramm(Programm.KEKIZ.key()).isEmpty()) {
            p.lernnetzwerke().save(ProgrammFixtures.lernnetzwerk());
          }
          for (Indikator i : genesisIndikatoren()) {
            if (p.indikatoren().findByRef(i.ref()).isEmpty()) {
              p.indikatoren().save(i);
            }
          }
          return null;
        });
    return new Ergebnis(geladen, vorhanden, messwerte);
  }

  /**
   * Absolute indicators for GENESIS values that the examples of {@code kekiz import --help} use:
   * {@code zahl-der-gemeinden@1} (GENESIS 11111-02-01-4, value variable GEM001), yearly, per Kreis.
   */
  static List<Indikator> genesisIndikatoren() {
    return List.of(
        Indikator.builder(IndikatorKey.of("zahl-der-gemeinden"), 1)
            .gueltigkeit(Zeitraum.ab(LocalDate.of(1990, 1, 1)))
            .name("Zahl der Gemeinden")
            .zaehlerDefinition("Gemeinden des Kreises am Stichtag (GENESIS 11111, GEM001)")
            .faktor(1)
            .einheit("Anzahl")
            .polaritaet(Polaritaet.NEUTRAL)
            .quelle("Statistische Ämter des Bundes und der Länder, GENESIS 11111-02-01-4")
            .ebene(RaeumlicheEbene.KREIS)
            .periodizitaet(Periodizitaet.JAEHRLICH)
            .build());
  }
}

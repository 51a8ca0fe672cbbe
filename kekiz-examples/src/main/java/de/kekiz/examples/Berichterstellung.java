package de.kekiz.examples;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.monitoring.geheimhaltung.Geheimhaltung;
import de.kekiz.persistence.KekizPersistenz;
import de.kekiz.reporting.text.TextZusammenfassung;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Writes the report of one Kommune from the database into a folder: loads what the report needs
 * (the Kommune, for a Kreis its Gemeinden, the Leitbild in force, the Präventionskette, the
 * indicator definitions and the Messwerte, each Kommune's protected on its own by {@link
 * Geheimhaltung}) and hands it to the report writers.
 */
final class Berichterstellung {

  /** What a report is made of, as loaded from the database. */
  record Eingaben(
      Kommune kommune,
      List<Kommune> gemeinden,
      @Nullable Leitbild leitbild,
      @Nullable Praeventionskette kette,
      List<Indikator> indikatoren,
      List<Messwert> messwerte) {
    Eingaben {
      requireNonNull(kommune, "kommune");
      gemeinden = ImmutableList.copyOf(gemeinden);
      indikatoren = ImmutableList.copyOf(indikatoren);
      messwerte = ImmutableList.copyOf(messwerte);
    }
  }

  /** The files written. */
  record Ergebnis(Path ordner, List<Path> dateien) {
    Ergebnis {
      requireNonNull(ordner, "ordner");
      dateien = ImmutableList.copyOf(dateien);
    }
  }

  private final LocalDate stichtag;

  Berichterstellung(LocalDate stichtag) {
    this.stichtag = requireNonNull(stichtag, "stichtag");
  }

  /**
   * Loads the inputs of the report of Kommune {@code ags}; for a Kreis with the Gemeinden stored
   * for it.
   *
   * @throws Abbruch if the Kommune is not stored
   */
  Eingaben lade(Datenbankzugang db, Gemeindeschluessel ags) {
    Kommune kommune = Importlauf.gespeicherteKommune(db, ags);
    return db.imTransaktion(
        () -> {
          KekizPersistenz p = db.persistenz();
          List<Kommune> gemeinden = new ArrayList<>();
          if (kommune.art().kreisebene()) {
            for (Kommune k : p.kommunen().findByKreis(ags.kreis())) {
              if (!k.schluessel().equals(ags)) {
                gemeinden.add(k);
              }
            }
          }
          List<Messwert> messwerte = new ArrayList<>(geschuetzt(p, kommune));
          for (Kommune g : gemeinden) {
            messwerte.addAll(geschuetzt(p, g));
          }
          Set<IndikatorRef> refs = new HashSet<>();
          messwerte.forEach(m -> refs.add(m.indikator()));
          Leitbild leitbild = p.leitbilder().findGueltig(ags, stichtag).orElse(null);
          List<Indikator> indikatoren =
              p.indikatoren().findAll().stream()
                  .filter(
                      i ->
                          refs.contains(i.ref())
                              || (leitbild != null && leitbild.indikatoren().contains(i.key())))
                  .toList();
          return new Eingaben(
              kommune,
              gemeinden,
              leitbild,
              p.praeventionsketten().findByKommune(ags).orElse(null),
              indikatoren,
              messwerte);
        });
  }

  /**
   * The Messwerte of {@code kommune}, protected against disclosure of small numbers ({@link
   * Geheimhaltung}, standard rules): what the report gets.
   */
  private static List<Messwert> geschuetzt(KekizPersistenz p, Kommune kommune) {
    List<Messwert> roh;
    try (Stream<Messwert> s = p.messwerte().streamByKommune(kommune.schluessel())) {
      roh = s.toList();
    }
    return Geheimhaltung.schuetze(roh, kommune);
  }

  /**
   * Writes the report of {@code eingaben} into {@code ordner} (created if needed).
   *
   * @throws IOException if a file cannot be written
   */
  Ergebnis schreibe(Eingaben eingaben, Path ordner) throws IOException {
    Files.createDirectories(ordner);
    Path text = ordner.resolve("zusammenfassung.txt");
    try (Writer w = Files.newBufferedWriter(text, StandardCharsets.UTF_8)) {
      new TextZusammenfassung(w, stichtag)
          .schreibe(
              eingaben.kommune(),
              eingaben.leitbild(),
              eingaben.kette(),
              eingaben.indikatoren(),
              eingaben.messwerte());
    }
    return new Ergebnis(ordner, List.of(text));
  }
}

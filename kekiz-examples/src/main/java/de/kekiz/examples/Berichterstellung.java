package de.kekiz.examples;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Indikatoren;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.monitoring.geheimhaltung.Geheimhaltung;
import de.kekiz.monitoring.geheimhaltung.Geheimhaltungsregeln;
import de.kekiz.persistence.KekizPersistenz;
import de.kekiz.reporting.bericht.BerichtWriter;
import de.kekiz.reporting.bericht.Monitoringbericht;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The report of one Kommune from the database, as the main job makes it: loads what the report
 * needs (the Kommune, for a Kreis its Gemeinden, the Leitbild in force, the Präventionskette, the
 * indicator definitions and the Messwerte, each Kommune's protected on its own by {@link
 * Geheimhaltung}), builds the {@link Monitoringbericht}, whose sections (ranks, trends,
 * Sozialindex, Handlungsbedarf, Zielerreichung, gaps) the monitoring's {@code Kommunalanalyse}
 * computes with the reference date as "today", and has {@link BerichtWriter#standard()} write every
 * format into one folder. The {@link Kurzfassung} printed on the terminal is taken from the same
 * report, so terminal and files agree.
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

  /** The files written and the summary of the monitoring. */
  record Ergebnis(Path ordner, List<Path> dateien, Kurzfassung kurzfassung) {
    Ergebnis {
      requireNonNull(ordner, "ordner");
      dateien = ImmutableList.copyOf(dateien);
      requireNonNull(kurzfassung, "kurzfassung");
    }
  }

  /**
   * The indicators of the main job's Sozialindex: the share of children in SGB II, language
   * findings at school entry, the U3 care rate and the U8/U9 check-ups (the last two count
   * inverted: higher is better), indicators practice ranks Sozialräume by need with.
   */
  static final List<IndikatorKey> SOZIALINDEX =
      List.of(
          Indikatoren.SGB2_QUOTE_U15,
          Indikatoren.SEU_SPRACHE,
          Indikatoren.BETREUUNGSQUOTE_U3,
          Indikatoren.U8_U9_TEILNAHME);

  /** The protection of small numbers the report's Messwerte get: the standard rules. */
  static final Geheimhaltungsregeln REGELN = Geheimhaltungsregeln.standard();

  private final LocalDate stichtag;
  private final Clock uhr;
  private final BerichtWriter writer = BerichtWriter.standard();

  /**
   * @param stichtag the reference date of the report ("today" for goals, Leitbild and chain)
   * @param uhr the clock the day the report is made is read from
   */
  Berichterstellung(LocalDate stichtag, Clock uhr) {
    this.stichtag = requireNonNull(stichtag, "stichtag");
    this.uhr = requireNonNull(uhr, "uhr");
  }

  /**
   * Builds the report of Kommune {@code ags} and writes it into {@code ordner} (created if needed).
   *
   * @throws Abbruch if the Kommune is not stored
   * @throws IOException if a file cannot be written
   */
  Ergebnis erstelle(Datenbankzugang db, Gemeindeschluessel ags, Path ordner) throws IOException {
    Monitoringbericht bericht = bericht(lade(db, ags));
    List<Path> dateien = writer.schreibe(bericht, ordner);
    return new Ergebnis(ordner, dateien, Kurzfassung.aus(bericht));
  }

  /**
   * The report model of {@code eingaben}, its Sozialindex over the indicators of {@link
   * #SOZIALINDEX}, its data-protection note stating the {@link #REGELN}.
   */
  Monitoringbericht bericht(Eingaben eingaben) {
    Monitoringbericht.Builder b =
        Monitoringbericht.builder(eingaben.kommune(), stichtag)
            .erstelltAm(LocalDate.now(uhr))
            .gemeinden(eingaben.gemeinden())
            .indikatoren(eingaben.indikatoren())
            .messwerte(eingaben.messwerte())
            .sozialindexIndikatoren(SOZIALINDEX)
            .datenschutzhinweis(Monitoringbericht.datenschutzhinweis(REGELN));
    Leitbild leitbild = eingaben.leitbild();
    if (leitbild != null) {
      b.leitbild(leitbild);
    }
    Praeventionskette kette = eingaben.kette();
    if (kette != null) {
      b.kette(kette);
    }
    return b.build();
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
   * Geheimhaltung}, {@link #REGELN}): what the report gets.
   */
  private static List<Messwert> geschuetzt(KekizPersistenz p, Kommune kommune) {
    List<Messwert> roh;
    try (Stream<Messwert> s = p.messwerte().streamByKommune(kommune.schluessel())) {
      roh = s.toList();
    }
    return Geheimhaltung.schuetze(roh, kommune, REGELN);
  }
}

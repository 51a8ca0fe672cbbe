package de.kekiz.examples;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Indikatoren;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.Sozialraumebene;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.monitoring.Referenzwerte;
import de.kekiz.monitoring.analyse.Analyseauftrag;
import de.kekiz.monitoring.analyse.Kommunalbericht;
import de.kekiz.monitoring.analyse.MonitoringService;
import de.kekiz.monitoring.geheimhaltung.Geheimhaltung;
import de.kekiz.monitoring.sozialindex.Gewicht;
import de.kekiz.monitoring.sozialindex.Sozialindexmodell;
import de.kekiz.persistence.KekizPersistenz;
import de.kekiz.reporting.bericht.BerichtWriter;
import de.kekiz.reporting.bericht.Monitoringbericht;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The monitoring and the report of one Kommune from the database, as the main job makes them.
 *
 * <ol>
 *   <li>The monitoring ({@link MonitoringService} over the repositories, with the {@link
 *       #SOZIALINDEX}) gives the {@link Kurzfassung} printed on the terminal: ranks, names and
 *       statuses only.
 *   <li>The report loads what it needs (the Kommune, for a Kreis its Gemeinden, the Leitbild in
 *       force, the Präventionskette, the indicator definitions and the Messwerte, each Kommune's
 *       protected on its own by {@link Geheimhaltung}), builds the {@link Monitoringbericht} and
 *       has {@link BerichtWriter#standard()} write every format into one folder.
 * </ol>
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
   * The Sozialindex of the main job, for the monitoring and the report alike: the share of children
   * in SGB II (weight 2), language findings at school entry, the U3 care rate (higher is better, so
   * it counts inverted) and the U8/U9 check-ups (likewise), the indicators practice uses to rank
   * Sozialräume by need.
   */
  static final Sozialindexmodell SOZIALINDEX =
      Sozialindexmodell.of(
          "Sozialindex (kekiz)",
          Gewicht.of(Indikatoren.SGB2_QUOTE_U15, "2"),
          Gewicht.of(Indikatoren.SEU_SPRACHE, "1"),
          Gewicht.of(Indikatoren.BETREUUNGSQUOTE_U3, "1"),
          Gewicht.of(Indikatoren.U8_U9_TEILNAHME, "1"));

  private final LocalDate stichtag;
  private final Clock uhr;
  private final BerichtWriter writer = BerichtWriter.standard();

  /**
   * @param stichtag the reference date of report and monitoring ("today" for goals, Leitbild and
   *     chain)
   * @param uhr the clock the day the report is made is read from
   */
  Berichterstellung(LocalDate stichtag, Clock uhr) {
    this.stichtag = requireNonNull(stichtag, "stichtag");
    this.uhr = requireNonNull(uhr, "uhr");
  }

  /**
   * Runs the monitoring of Kommune {@code ags} and writes its report into {@code ordner}.
   *
   * @throws Abbruch if the Kommune is not stored
   * @throws IOException if a file cannot be written
   */
  Ergebnis erstelle(Datenbankzugang db, Gemeindeschluessel ags, Path ordner) throws IOException {
    Eingaben eingaben = lade(db, ags);
    Kommunalbericht analyse = analysiere(db, eingaben.kommune());
    Monitoringbericht bericht = bericht(eingaben);
    List<Path> dateien = writer.schreibe(bericht, ordner);
    return new Ergebnis(ordner, dateien, Kurzfassung.aus(analyse));
  }

  /**
   * The monitoring of {@code kommune} over the repositories ({@link MonitoringService}) on the
   * reference date, with the {@link #SOZIALINDEX} for the level with the most Sozialräume. Only
   * ranks, names and statuses of it are printed, so it may run on the stored values.
   */
  Kommunalbericht analysiere(Datenbankzugang db, Kommune kommune) {
    KekizPersistenz p = db.persistenz();
    Clock amStichtag =
        Clock.fixed(stichtag.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    Analyseauftrag auftrag =
        Analyseauftrag.standard().mitSozialindex(SOZIALINDEX, hauptebene(kommune));
    MonitoringService monitoring =
        new MonitoringService(
            p.kommunen(),
            p.indikatoren(),
            p.messwerte(),
            p.leitbilder(),
            p.praeventionsketten(),
            amStichtag,
            auftrag);
    return db.imTransaktion(
        () ->
            monitoring
                .analysiere(kommune.schluessel(), Referenzwerte.keine())
                .orElseThrow(() -> new Abbruch("Kommune " + kommune.schluessel() + " fehlt")));
  }

  /** The level of Sozialräume valid on the reference date with the most of them. */
  Sozialraumebene hauptebene(Kommune kommune) {
    Map<Sozialraumebene, Long> n = new EnumMap<>(Sozialraumebene.class);
    for (Sozialraum s : kommune.sozialraeumeAm(stichtag)) {
      n.merge(s.ebene(), 1L, Long::sum);
    }
    return n.entrySet().stream()
        .max(
            Map.Entry.<Sozialraumebene, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey)
        .orElse(Sozialraumebene.STADTTEIL);
  }

  /**
   * The report model of {@code eingaben}, its Sozialindex over the indicators of {@link
   * #SOZIALINDEX}.
   */
  Monitoringbericht bericht(Eingaben eingaben) {
    Monitoringbericht.Builder b =
        Monitoringbericht.builder(eingaben.kommune(), stichtag)
            .erstelltAm(LocalDate.now(uhr))
            .gemeinden(eingaben.gemeinden())
            .indikatoren(eingaben.indikatoren())
            .messwerte(eingaben.messwerte())
            .sozialindexIndikatoren(
                SOZIALINDEX.gewichte().stream().map(Gewicht::indikator).toList());
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
   * Geheimhaltung}, standard rules): what the report gets.
   */
  private static List<Messwert> geschuetzt(KekizPersistenz p, Kommune kommune) {
    List<Messwert> roh;
    try (Stream<Messwert> s = p.messwerte().streamByKommune(kommune.schluessel())) {
      roh = s.toList();
    }
    return Geheimhaltung.schuetze(roh, kommune);
  }
}

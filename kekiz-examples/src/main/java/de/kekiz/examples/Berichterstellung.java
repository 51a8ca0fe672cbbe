package de.kekiz.examples;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.Indikatoren;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.importe.Anzeigetext;
import de.kekiz.monitoring.veroeffentlichung.Berichtsteil;
import de.kekiz.monitoring.veroeffentlichung.Veroeffentlichung;
import de.kekiz.monitoring.veroeffentlichung.Veroeffentlichungsauftrag;
import de.kekiz.monitoring.veroeffentlichung.Veroeffentlichungsdienst;
import de.kekiz.persistence.KekizPersistenz;
import de.kekiz.reporting.bericht.BerichtWriter;
import de.kekiz.reporting.bericht.Monitoringbericht;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The reports of a run, as the main job makes them: asks the publication ({@link
 * Veroeffentlichungsdienst#veroeffentliche}) for one release of all the Kommunen asked for —
 * computed in one analysis and protected together with every Kommune linked to them (a Kreis and
 * its Gemeinden) — and has {@link BerichtWriter#standard()} write each report into its folder. The
 * {@link Kurzfassung} printed on the terminal is taken from the same report, so terminal and files
 * agree. Nothing here computes a figure.
 */
final class Berichterstellung {

  /** The files written for one Kommune and the summary of its monitoring. */
  record Ergebnis(
      Gemeindeschluessel kommune,
      String name,
      Path ordner,
      List<Path> dateien,
      Kurzfassung kurzfassung) {
    Ergebnis {
      requireNonNull(kommune, "kommune");
      requireNonNull(name, "name");
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

  private final Veroeffentlichungsauftrag auftrag;
  private final Clock uhr;
  private final BerichtWriter writer = BerichtWriter.standard();

  /**
   * @param stichtag the reference date of the reports ("today" for goals, Leitbild and chain)
   * @param uhr the clock the day the reports are made is read from
   */
  Berichterstellung(LocalDate stichtag, Clock uhr) {
    this(auftrag(stichtag), uhr);
  }

  /** The main job's order for reference date {@code stichtag}: defaults, its Sozialindex. */
  static Veroeffentlichungsauftrag auftrag(LocalDate stichtag) {
    return Veroeffentlichungsauftrag.am(stichtag).withSozialindexIndikatoren(SOZIALINDEX);
  }

  /**
   * @param auftrag what the release computes and how it protects it
   * @param uhr the clock the day the reports are made is read from
   */
  Berichterstellung(Veroeffentlichungsauftrag auftrag, Clock uhr) {
    this.auftrag = requireNonNull(auftrag, "auftrag");
    this.uhr = requireNonNull(uhr, "uhr");
  }

  /** The order of the release. */
  Veroeffentlichungsauftrag auftrag() {
    return auftrag;
  }

  /**
   * Makes one release of the reports of {@code kommunen} and writes each into the folder {@code
   * ordner} gives for its key (created if needed). Each step that takes a while (loading and
   * analysing, writing each report) is announced on {@code fortschritt} before it starts.
   *
   * @throws Abbruch if a Kommune is neither stored nor in the register of NRW
   * @throws IOException if a file cannot be written
   */
  List<Ergebnis> erstelle(
      Datenbankzugang db,
      List<Gemeindeschluessel> kommunen,
      java.util.function.Function<Gemeindeschluessel, Path> ordner,
      PrintWriter fortschritt)
      throws IOException {
    fortschritt.println(
        "Lade und analysiere die Daten "
            + (kommunen.size() == 1
                ? "von " + kommunen.get(0)
                : "von " + Anzeigetext.zahl(kommunen.size()) + " Kommunen")
            + " …");
    fortschritt.flush();
    // a Kommune of the register that is not stored yet is reported as the register gives it; the
    // transaction only reads and is rolled back, so that a report never changes the database
    Veroeffentlichung v =
        db.lesend(
            () -> {
              for (Gemeindeschluessel ags : kommunen) {
                Kommunenbestand.gespeichert(db.persistenz().kommunen(), ags, db.beschreibung());
              }
              return dienst(db.persistenz()).veroeffentliche(kommunen, auftrag);
            });
    List<Ergebnis> ergebnisse = new ArrayList<>();
    for (Berichtsteil teil : v.teile()) {
      Monitoringbericht bericht = bericht(teil);
      Path ziel = ordner.apply(teil.kommune().schluessel());
      fortschritt.println(
          "Schreibe den Bericht für "
              + Anzeigetext.sichtbar(teil.kommune().name())
              + " ("
              + teil.kommune().schluessel()
              + ") …");
      fortschritt.flush();
      List<Path> dateien = writer.schreibe(bericht, ziel);
      ergebnisse.add(
          new Ergebnis(
              teil.kommune().schluessel(),
              teil.kommune().name(),
              ziel,
              dateien,
              Kurzfassung.aus(bericht)));
    }
    return ergebnisse;
  }

  /** The report of {@code teil}, made today, with the data-protection note of the order's rules. */
  Monitoringbericht bericht(Berichtsteil teil) {
    return Monitoringbericht.builder(teil)
        .erstelltAm(LocalDate.now(uhr))
        .datenschutzhinweis(Monitoringbericht.datenschutzhinweis(auftrag))
        .build();
  }

  private static Veroeffentlichungsdienst dienst(KekizPersistenz p) {
    return new Veroeffentlichungsdienst(
        p.kommunen(), p.indikatoren(), p.messwerte(), p.leitbilder(), p.praeventionsketten());
  }
}

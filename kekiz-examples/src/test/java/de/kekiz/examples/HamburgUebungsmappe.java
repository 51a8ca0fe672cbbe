package de.kekiz.examples;

import de.kekiz.domain.AkteurId;
import de.kekiz.domain.angebot.Angebot;
import de.kekiz.domain.angebot.AngebotId;
import de.kekiz.domain.angebot.Praeventionsebene;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.kette.Akteur;
import de.kekiz.domain.kette.Akteursart;
import de.kekiz.domain.kette.Arbeitsgemeinschaft;
import de.kekiz.domain.kette.Mitglied;
import de.kekiz.domain.kette.Netzwerk;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kette.Steuerung;
import de.kekiz.domain.kette.Steuerungsgruppe;
import de.kekiz.domain.kette.Zielbeitrag;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.leitbild.Handlungsziel;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.domain.leitbild.Leitziel;
import de.kekiz.domain.leitbild.Praeventionsleitlinie;
import de.kekiz.domain.leitbild.Zielrichtung;
import de.kekiz.domain.leitbild.Zielwert;
import de.kekiz.importe.Arbeitsmappe;
import de.kekiz.importe.ArbeitsmappeSchreiber;
import de.kekiz.reporting.hsds.HsdsAngebotWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The readable source of {@code beispiele/hamburg/arbeitsmappe-uebung.xlsx}: an <b>invented</b>
 * Leitbild, Präventionskette and Angebote for Hamburg, an exercise for the walkthrough of the
 * README, built on Hamburg's real Stadtteile and the indicators of {@code indikatoren.csv}. Nothing
 * in it is a decision, a body or an offer of the Freie und Hansestadt Hamburg: the title of the
 * Leitbild, its Gremium, the top of the Anleitung and every name say so. The Leitbild carries a
 * decision date (01.07.2013) only because a report shows a Leitbild in force on its Stichtag.
 * {@link HamburgBeispielTest} checks that the committed file is what {@link #schreibe} writes.
 */
final class HamburgUebungsmappe {

  /** The note on every invented part. */
  static final String HINWEIS = "Übungsbeispiel, kein Beschluss der Freien und Hansestadt Hamburg";

  static final Gemeindeschluessel HAMBURG = Gemeindeschluessel.parse("02000000");

  private HamburgUebungsmappe() {}

  private static SozialraumId raum(String code) {
    return SozialraumId.of(HAMBURG, code);
  }

  static Leitbild leitbild() {
    IndikatorKey u15 = IndikatorKey.of("hh-mindestsicherung-u15-anteil");
    IndikatorKey alleinerziehende = IndikatorKey.of("hh-alleinerziehende");
    IndikatorKey sgb2 = IndikatorKey.of("hh-sgb2");
    LocalDate frist = LocalDate.of(2025, 12, 31);
    return Leitbild.builder(HAMBURG, 1, HINWEIS + ": Leitbild Aufwachsen im Stadtteil")
        // the report shows a Leitbild in force only, so the exercise carries a decision date;
        // the body named says that there was none
        .beschlossenAm(LocalDate.of(2013, 7, 1))
        .gremium("Übungsgremium (erfunden, kein Beschluss der Freien und Hansestadt Hamburg)")
        .leitlinien(
            Set.of(
                Praeventionsleitlinie.UNGLEICHES_UNGLEICH_BEHANDELN,
                Praeventionsleitlinie.AUFSUCHENDER_ANSATZ))
        .leitziel(
            new Leitziel(
                "1",
                "Kinder wachsen nicht in Armut auf (Übung)",
                "Erfundenes Ziel zum Ausprobieren der Arbeitsmappe",
                List.of(
                    new Handlungsziel(
                        "1.1",
                        "Weniger Kinder unter 15 Jahren in Mindestsicherung (Übung)",
                        List.of(u15, sgb2),
                        List.of(
                            new Zielwert(
                                u15,
                                new BigDecimal("40"),
                                Zielrichtung.HOECHSTENS,
                                frist,
                                raum("114"),
                                null),
                            new Zielwert(
                                u15,
                                new BigDecimal("40"),
                                Zielrichtung.HOECHSTENS,
                                frist,
                                raum("113"),
                                null))))))
        .leitziel(
            new Leitziel(
                "2",
                "Familien finden Unterstützung im Stadtteil (Übung)",
                null,
                List.of(
                    new Handlungsziel(
                        "2.1",
                        "Alleinerziehende werden früh erreicht (Übung)",
                        List.of(alleinerziehende),
                        List.of(
                            new Zielwert(
                                alleinerziehende,
                                new BigDecimal("30"),
                                Zielrichtung.HOECHSTENS,
                                frist,
                                null,
                                null))))))
        .build();
  }

  static Praeventionskette kette() {
    AkteurId jugendamt = AkteurId.of("uebung-jugendamt-mitte");
    AkteurId zentrum = AkteurId.of("uebung-familienzentrum-wilhelmsburg");
    AkteurId schule = AkteurId.of("uebung-grundschule-veddel");
    Angebot cafe =
        Angebot.builder(
                AngebotId.of("uebung-elterncafe-wilhelmsburg"),
                "Elterncafé Wilhelmsburg (Übung)",
                zentrum)
            .beschreibung("Erfundenes Angebot: offener Treff für Eltern mit kleinen Kindern")
            .sozialraeume(raum("114"))
            .ebenen(Praeventionsebene.UNIVERSELL)
            .lebensphasen("schwangerschaft-geburt", "kita")
            .handlungsfelder("jugendhilfe")
            .uebergaenge("schwangerschaft-geburt-kita")
            .build();
    Angebot lernhilfe =
        Angebot.builder(AngebotId.of("uebung-lernhilfe-veddel"), "Lernhilfe Veddel (Übung)", schule)
            .beschreibung("Erfundenes Angebot: Hausaufgabenhilfe am Nachmittag")
            .sozialraeume(raum("113"), raum("114"))
            .ebenen(Praeventionsebene.SELEKTIV)
            .lebensphasen("grundschule")
            .handlungsfelder("bildung")
            .build();
    return Praeventionskette.builder(HAMBURG)
        .akteure(
            Akteur.of(jugendamt, "Jugendamt (Übung)", Akteursart.JUGENDAMT, "jugendhilfe"),
            Akteur.of(
                zentrum, "Familienzentrum (Übung)", Akteursart.FAMILIENZENTRUM, "jugendhilfe"),
            Akteur.of(schule, "Grundschule (Übung)", Akteursart.SCHULE, "bildung"))
        .netzwerke(
            Netzwerk.of(
                "uebung-fruehe-hilfen", "Netzwerk Frühe Hilfen (Übung)", jugendamt, zentrum))
        .steuerung(
            new Steuerung(
                new Steuerungsgruppe(
                    "Steuerungsgruppe (Übung)",
                    List.of(
                        Mitglied.fuer("Leitung (Übung)", "Jugendhilfe", jugendamt),
                        Mitglied.of("Schulaufsicht (Übung)", "Bildung"))),
                List.of(
                    new Arbeitsgemeinschaft(
                        "uebung-ag-fruehe-kindheit",
                        "AG Frühe Kindheit (Übung)",
                        Set.of("schwangerschaft-geburt", "kita"),
                        List.of(Mitglied.fuer("Leitung (Übung)", "Familienbildung", zentrum)))),
                List.of()))
        .angebote(cafe, lernhilfe)
        .zielbeitraege(
            Zielbeitrag.angebot("2.1", cafe.id()),
            Zielbeitrag.angebot("1.1", lernhilfe.id()),
            Zielbeitrag.arbeitsgemeinschaft("2.1", "uebung-ag-fruehe-kindheit"))
        .build();
  }

  /** Writes the exercise workbook to {@code datei}. */
  static void schreibe(Path datei) {
    new ArbeitsmappeSchreiber()
        .withHinweis(
            HINWEIS
                + ". Alle Ziele, Gremien, Akteure und Angebote dieser Mappe sind erfunden; echt"
                + " sind nur die Stadtteile und die Indikatoren des Statistikamts Nord.")
        .schreibe(datei, Arbeitsmappe.of(HAMBURG, leitbild(), kette()), List.of());
  }

  /** The file of the exercise Angebote in HSDS 3.0, for the walkthrough's step {@code angebote}. */
  static final String HSDS_DATEI = "angebote-uebung.hsds.json";

  /**
   * Three <b>invented</b> Angebote with three invented Träger, in real Stadtteile, for the step
   * {@code kekiz angebote}: a chain of Hamburg that holds nothing but them (the standard
   * Lebensphasen and Handlungsfelder).
   */
  static Praeventionskette hsdsAngebote() {
    AkteurId gesundheitsamt = AkteurId.of("uebung-gesundheitsamt-mitte");
    AkteurId kita = AkteurId.of("uebung-kita-steilshoop");
    AkteurId verein = AkteurId.of("uebung-jugendverein-neuallermoehe");
    String erfunden = "Erfundenes Angebot (" + HINWEIS + "): ";
    return Praeventionskette.builder(HAMBURG)
        .akteure(
            Akteur.of(
                gesundheitsamt, "Gesundheitsamt (Übung)", Akteursart.GESUNDHEITSAMT, "gesundheit"),
            Akteur.of(kita, "Kita Steilshoop (Übung)", Akteursart.KITA, "bildung"),
            Akteur.of(verein, "Jugendverein (Übung)", Akteursart.FREIER_TRAEGER, "jugendhilfe"))
        .angebote(
            Angebot.builder(
                    AngebotId.of("uebung-hebammensprechstunde-billstedt"),
                    "Hebammensprechstunde Billstedt (Übung)",
                    gesundheitsamt)
                .beschreibung(erfunden + "Sprechstunde für Schwangere und junge Familien")
                .sozialraeume(raum("110"))
                .ebenen(Praeventionsebene.UNIVERSELL)
                .lebensphasen("schwangerschaft-geburt")
                .handlungsfelder("gesundheit")
                .build(),
            Angebot.builder(
                    AngebotId.of("uebung-sprachfoerderung-steilshoop"),
                    "Sprachförderung in der Kita Steilshoop (Übung)",
                    kita)
                .beschreibung(erfunden + "Sprachförderung in kleinen Gruppen")
                .sozialraeume(raum("508"))
                .ebenen(Praeventionsebene.SELEKTIV)
                .lebensphasen("kita")
                .handlungsfelder("bildung")
                .build(),
            Angebot.builder(
                    AngebotId.of("uebung-jugendtreff-neuallermoehe"),
                    "Jugendtreff Neuallermöhe (Übung)",
                    verein)
                .beschreibung(erfunden + "offener Treff am Nachmittag")
                .sozialraeume(raum("614"))
                .ebenen(Praeventionsebene.UNIVERSELL)
                .lebensphasen("weiterfuehrende-schule")
                .handlungsfelder("jugendhilfe")
                .build())
        .build();
  }

  /**
   * Writes the exercise Angebote as HSDS 3.0 to {@code datei}, with the names of Hamburg's
   * Sozialräume from {@code hamburg}.
   */
  static void schreibeHsds(Path datei, Kommune hamburg) throws IOException {
    HsdsAngebotWriter.builder().kommune(hamburg).build().schreibe(hsdsAngebote(), datei);
  }
}

package de.kekiz.domain.angebot;

import de.kekiz.domain.AkteurId;
import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.Geldbetrag;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.SozialraumId;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * Object mother: Angebote of the Präventionskette of Ahlen (05570004). The Kooperationskalender
 * bridges the Übergang from the Kita to the Grundschule. Sozialraum codes, Akteur ids and details
 * are illustrative.
 */
public final class AngebotFixtures {
  private AngebotFixtures() {}

  public static final Gemeindeschluessel AHLEN = Gemeindeschluessel.parse("05570004");
  public static final Gemeindeschluessel BRUEHL = Gemeindeschluessel.parse("05362012");

  public static final SozialraumId INNENSTADT = SozialraumId.of(AHLEN, "innenstadt");
  public static final SozialraumId SUED_OST = SozialraumId.of(AHLEN, "sued-ost");
  public static final SozialraumId NORD = SozialraumId.of(AHLEN, "nord");
  public static final SozialraumId VORHELM = SozialraumId.of(AHLEN, "vorhelm");
  public static final SozialraumId BRUEHL_MITTE = SozialraumId.of(BRUEHL, "mitte");

  public static final AkteurId JUGENDAMT = AkteurId.of("ahlen-jugendamt");
  public static final AkteurId FAMILIENZENTRUM = AkteurId.of("fz-regenbogen");
  public static final AkteurId HEBAMMEN = AkteurId.of("hebammen-netz-ahlen");

  public static final AngebotId KALENDER = AngebotId.of("kita-gs-kooperationskalender");
  public static final AngebotId FAMILIENCAFE = AngebotId.of("familiencafe-sued-ost");
  public static final AngebotId HEBAMMENSPRECHSTUNDE = AngebotId.of("hebammensprechstunde");

  public static Standort rathaus() {
    return Standort.physisch(
            "rathaus", "Rathaus Ahlen", Adresse.of("Westenmauer 10", "59227", "Ahlen"))
        .withKoordinate(Koordinate.parse("51.763,7.891"))
        .imSozialraum(INNENSTADT);
  }

  public static Standort familienzentrum() {
    return Standort.physisch(
            "fz-regenbogen",
            "Familienzentrum Regenbogen",
            Adresse.of("Kampstraße 12", "59229", "Ahlen"))
        .imSozialraum(SUED_OST);
  }

  /** The Kita–Grundschule Kooperationskalender, bridging the Übergang kita → grundschule. */
  public static Angebot.Builder kooperationskalenderBuilder() {
    return Angebot.builder(KALENDER, "Kooperationskalender Kita – Grundschule", JUGENDAMT)
        .beschreibung(
            "Gemeinsamer Jahreskalender der Ahlener Kitas und Grundschulen: Hospitationen,"
                + " Elternabende und Schnuppertage im letzten Kita-Jahr, damit der Übergang in die"
                + " Grundschule gelingt.")
        .standorte(rathaus())
        .zeitplaene(
            Zeitplan.of("FREQ=MONTHLY;BYDAY=2TU", LocalTime.of(15, 0), LocalTime.of(17, 0))
                .withBeschreibung(
                    "Austauschtreffen der Kita- und Grundschulfachkräfte, nicht in den"
                        + " Schulferien"))
        .alter(Altersspanne.of(5, 6))
        .zugang("Kinder im letzten Kita-Jahr und ihre Eltern, Fachkräfte aus Kita und Grundschule")
        .ebenen(Praeventionsebene.UNIVERSELL)
        .lebensphasen("kita", "grundschule")
        .handlungsfelder("bildung", "jugendhilfe")
        .uebergaenge("kita-grundschule")
        .sozialraeume(INNENSTADT, SUED_OST, NORD, VORHELM)
        .finanzierung("Land NRW / ESF (Kein Kind zurücklassen!)", "Stadt Ahlen")
        .zuletztGeprueft(LocalDate.of(2018, 3, 1))
        .url("https://www.ahlen.de/")
        .email("praeventionskette@ahlen.de");
  }

  public static Angebot kooperationskalender() {
    return kooperationskalenderBuilder().build();
  }

  /** A weekly Familiencafé for families in Süd/Ost with limited places. */
  public static Angebot.Builder familiencafeBuilder() {
    return Angebot.builder(
            FAMILIENCAFE, "Familiencafé im Familienzentrum Regenbogen", FAMILIENZENTRUM)
        .beschreibung("Offener Treff für Eltern mit Babys und Kleinkindern, mit Beratung vor Ort.")
        .standorte(familienzentrum())
        .zeitplaene(Zeitplan.of("FREQ=WEEKLY;BYDAY=MO,WE", LocalTime.of(9, 0), LocalTime.of(11, 0)))
        .alter(Altersspanne.unter(4))
        .ebenen(Praeventionsebene.UNIVERSELL, Praeventionsebene.SELEKTIV)
        .lebensphasen("schwangerschaft-geburt", "kita")
        .handlungsfelder("jugendhilfe", "soziales")
        .sozialraeume(SUED_OST)
        .kapazitaet(Kapazitaet.of(12, "Familien").withFreienPlaetzen(3))
        .finanzierung("Stadt Ahlen");
  }

  public static Angebot familiencafe() {
    return familiencafeBuilder().build();
  }

  /** A Hebammensprechstunde with a small fee per appointment for those not insured. */
  public static Angebot hebammensprechstunde() {
    return Angebot.builder(HEBAMMENSPRECHSTUNDE, "Hebammensprechstunde", HEBAMMEN)
        .beschreibung("Beratung rund um Schwangerschaft, Geburt und das erste Lebensjahr.")
        .standorte(familienzentrum(), Standort.virtuell("telefon", "Telefonberatung"))
        .zeitplaene(Zeitplan.of("FREQ=WEEKLY;BYDAY=TH", LocalTime.of(14, 0), LocalTime.of(16, 0)))
        .alter(Altersspanne.of(0, 0))
        .ebenen(Praeventionsebene.UNIVERSELL)
        .lebensphasen("schwangerschaft-geburt")
        .handlungsfelder("gesundheit")
        .uebergaenge("schwangerschaft-geburt-kita")
        .sozialraeume(SUED_OST, INNENSTADT)
        .kosten(
            new Kostenoption(
                Geldbetrag.of("10"),
                "pro Termin",
                "entfällt für Versicherte der gesetzlichen Krankenkassen"))
        .build();
  }
}

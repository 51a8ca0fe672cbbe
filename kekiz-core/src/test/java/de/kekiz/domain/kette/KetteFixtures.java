package de.kekiz.domain.kette;

import de.kekiz.domain.AkteurId;
import de.kekiz.domain.Stellenanteil;
import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.angebot.AngebotFixtures;
import de.kekiz.domain.kommune.Finanzierungsquelle;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Programm;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Object mother: the Präventionskette of Ahlen (05570004) with its intersectoral Steuerungsgruppe
 * (Jugendhilfe, Gesundheit, Bildung, Integration, Soziales), four Arbeitsgemeinschaften, half a
 * coordinator post and the Angebote of {@link AngebotFixtures}. Names of persons' seats, AGs and
 * actors other than the Stadt are illustrative.
 */
public final class KetteFixtures {
  private KetteFixtures() {}

  public static final Gemeindeschluessel AHLEN = AngebotFixtures.AHLEN;
  public static final Gemeindeschluessel BRUEHL = AngebotFixtures.BRUEHL;

  public static final AkteurId JUGENDAMT = AngebotFixtures.JUGENDAMT;
  public static final AkteurId FAMILIENZENTRUM = AngebotFixtures.FAMILIENZENTRUM;
  public static final AkteurId HEBAMMEN = AngebotFixtures.HEBAMMEN;
  public static final AkteurId GESUNDHEITSAMT = AkteurId.of("kreis-warendorf-gesundheitsamt");
  public static final AkteurId SCHULVERWALTUNG = AkteurId.of("ahlen-schulverwaltung");
  public static final AkteurId INTEGRATION = AkteurId.of("ahlen-integration");
  public static final AkteurId SOZIALAMT = AkteurId.of("ahlen-sozialamt");
  public static final AkteurId GRUNDSCHULE = AkteurId.of("grundschule-am-park");
  public static final AkteurId JOBCENTER = AkteurId.of("jobcenter-kreis-warendorf");

  public static List<Akteur> akteure() {
    return List.of(
        new Akteur(
            JUGENDAMT,
            "Stadt Ahlen – Jugendamt",
            Akteursart.JUGENDAMT,
            Set.of("jugendhilfe"),
            "https://www.ahlen.de/",
            "jugendamt@ahlen.de"),
        Akteur.of(
            GESUNDHEITSAMT,
            "Kreis Warendorf – Gesundheitsamt",
            Akteursart.GESUNDHEITSAMT,
            "gesundheit"),
        Akteur.of(
            SCHULVERWALTUNG, "Stadt Ahlen – Schulverwaltung", Akteursart.VERWALTUNG, "bildung"),
        Akteur.of(
            INTEGRATION, "Stadt Ahlen – Integrationsbüro", Akteursart.VERWALTUNG, "integration"),
        Akteur.of(SOZIALAMT, "Stadt Ahlen – Sozialamt", Akteursart.VERWALTUNG, "soziales"),
        Akteur.of(
            FAMILIENZENTRUM,
            "Familienzentrum Regenbogen",
            Akteursart.FAMILIENZENTRUM,
            "jugendhilfe",
            "bildung"),
        Akteur.of(HEBAMMEN, "Hebammennetzwerk Ahlen", Akteursart.HEBAMME, "gesundheit"),
        Akteur.of(GRUNDSCHULE, "Grundschule am Park", Akteursart.SCHULE, "bildung"),
        Akteur.of(JOBCENTER, "Jobcenter Kreis Warendorf", Akteursart.JOBCENTER, "arbeit"));
  }

  public static Steuerungsgruppe steuerungsgruppe() {
    return new Steuerungsgruppe(
        "Steuerungsgruppe Präventionskette Ahlen",
        List.of(
            Mitglied.of("Bürgermeister (Vorsitz)", "Verwaltungsspitze"),
            Mitglied.fuer("Fachbereichsleitung", "Jugendhilfe", JUGENDAMT),
            Mitglied.fuer("Amtsleitung", "Gesundheit", GESUNDHEITSAMT),
            Mitglied.fuer("Fachbereichsleitung", "Bildung", SCHULVERWALTUNG),
            Mitglied.fuer("Leitung Integrationsbüro", "Integration", INTEGRATION),
            Mitglied.fuer("Fachbereichsleitung", "Soziales", SOZIALAMT)));
  }

  public static List<Arbeitsgemeinschaft> ags() {
    return List.of(
        new Arbeitsgemeinschaft(
            "ag-rund-um-die-geburt",
            "AG Rund um die Geburt",
            Set.of("schwangerschaft-geburt"),
            List.of(
                Mitglied.fuer("Hebamme", "Gesundheit", HEBAMMEN),
                Mitglied.fuer("Frühe Hilfen", "Jugendhilfe", JUGENDAMT))),
        new Arbeitsgemeinschaft(
            "ag-kita-grundschulalter",
            "AG Kita- und Grundschulalter",
            Set.of("kita", "grundschule"),
            List.of(
                Mitglied.fuer("Leitung", "Jugendhilfe", FAMILIENZENTRUM),
                Mitglied.fuer("Schulleitung", "Bildung", GRUNDSCHULE),
                Mitglied.of("Fachberatung Kindertagesbetreuung", "Jugendhilfe"))),
        new Arbeitsgemeinschaft(
            "ag-weiterfuehrende-schule",
            "AG Weiterführende Schule und Jugend",
            Set.of("weiterfuehrende-schule"),
            List.of(Mitglied.fuer("Schulsozialarbeit", "Bildung", SCHULVERWALTUNG))),
        new Arbeitsgemeinschaft(
            "ag-schule-beruf",
            "AG Übergang Schule–Beruf",
            Set.of("schule-beruf"),
            List.of(Mitglied.fuer("Arbeitsvermittlung U25", "Arbeit", JOBCENTER))));
  }

  public static Koordination koordination() {
    return new Koordination(
        "Koordination Präventionskette",
        Stellenanteil.of("0.5"),
        "Stadt Ahlen, Fachbereich Jugend, Soziales und Integration");
  }

  /** Ahlen's existing coordination post: own funds, share not known, no end. */
  public static Koordination bestehendeKoordination() {
    return new Koordination(
        "Koordination Frühe Hilfen",
        null,
        "Stadt Ahlen, Fachbereich Jugend, Soziales und Integration",
        Set.of(Finanzierungsquelle.EIGENMITTEL),
        null,
        null);
  }

  /** The project's half post of {@link #koordination()}, funded by Land and ESF, 2017 to 2020. */
  public static Koordination projektkoordination() {
    return koordination()
        .withFinanzierung(Set.of(Finanzierungsquelle.ESF, Finanzierungsquelle.LAND), Programm.KEKIZ)
        .withGueltigkeit(Zeitraum.of(LocalDate.of(2017, 1, 1), LocalDate.of(2020, 12, 31)));
  }

  public static Steuerung steuerung() {
    return new Steuerung(steuerungsgruppe(), ags(), koordination());
  }

  public static Netzwerk fruehHilfen() {
    return Netzwerk.of(
        "fruehe-hilfen",
        "Netzwerk Frühe Hilfen Ahlen",
        JUGENDAMT,
        GESUNDHEITSAMT,
        HEBAMMEN,
        FAMILIENZENTRUM);
  }

  /** Standard phases, fields and transitions, actors, Steuerung, no Angebote yet. */
  public static Praeventionskette.Builder ahlenOhneAngeboteBuilder() {
    return Praeventionskette.builder(AHLEN)
        .akteure(akteure())
        .netzwerke(fruehHilfen())
        .steuerung(steuerung());
  }

  public static Praeventionskette.Builder ahlenBuilder() {
    return ahlenOhneAngeboteBuilder()
        .angebote(
            AngebotFixtures.kooperationskalender(),
            AngebotFixtures.familiencafe(),
            AngebotFixtures.hebammensprechstunde());
  }

  public static Praeventionskette ahlen() {
    return ahlenBuilder().build();
  }
}

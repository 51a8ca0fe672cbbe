package de.kekiz.domain.leitbild;

import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.Indikatoren;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.SozialraumId;
import java.time.LocalDate;
import java.util.List;

/**
 * Object mother: the Leitbild of Ahlen (05570004), adopted by the Rat in May 2016 (the day is
 * assumed for the fixture). Sozialraum codes are illustrative.
 */
public final class LeitbildFixtures {
  private LeitbildFixtures() {}

  public static final Gemeindeschluessel AHLEN = Gemeindeschluessel.parse("05570004");
  public static final Gemeindeschluessel BRUEHL = Gemeindeschluessel.parse("05362012");
  public static final SozialraumId AHLEN_SUED_OST = SozialraumId.of(AHLEN, "sued-ost");
  public static final SozialraumId AHLEN_INNENSTADT = SozialraumId.of(AHLEN, "innenstadt");
  public static final SozialraumId BRUEHL_NORD = SozialraumId.of(BRUEHL, "nord");

  public static final LocalDate RATSBESCHLUSS = LocalDate.of(2016, 5, 26);

  // the keys of the standard catalogue, so that the Leitbild's indicators have observations
  public static final IndikatorKey SGB2_U15 = Indikatoren.SGB2_QUOTE_U15;
  public static final IndikatorKey BETREUUNG_U3 = Indikatoren.BETREUUNGSQUOTE_U3;
  public static final IndikatorKey SEU_SPRACHE = Indikatoren.SEU_SPRACHE;
  public static final IndikatorKey U9 = Indikatoren.U8_U9_TEILNAHME;

  /** Betreuungsquote U3 at least 45 % in the whole Kommune by the end of 2020. */
  public static Zielwert betreuungU3Kommune() {
    return Zielwert.of(BETREUUNG_U3, "45", Zielrichtung.MINDESTENS, LocalDate.of(2020, 12, 31))
        .withAusgangswert("38.2");
  }

  /** Share of children with poor German at school entry in Süd/Ost at most 25 % by 2021. */
  public static Zielwert sprachfoerderungSuedOst() {
    return Zielwert.of(SEU_SPRACHE, "25", Zielrichtung.HOECHSTENS, LocalDate.of(2021, 7, 31))
        .imSozialraum(AHLEN_SUED_OST)
        .withAusgangswert("31.4");
  }

  public static Handlungsziel fruehesFoerdern() {
    return new Handlungsziel(
        "1.1",
        "Mehr Kinder unter drei Jahren besuchen eine Kita oder Kindertagespflege",
        List.of(BETREUUNG_U3),
        List.of(betreuungU3Kommune()));
  }

  public static Handlungsziel sprachkompetenz() {
    return new Handlungsziel(
        "1.2",
        "Kinder kommen mit guten Deutschkenntnissen in die Grundschule",
        List.of(SEU_SPRACHE, U9),
        List.of(sprachfoerderungSuedOst()));
  }

  public static Handlungsziel armutsfolgen() {
    return Handlungsziel.of(
        "2.1", "Folgen von Kinderarmut im Sozialraum Süd/Ost mildern", SGB2_U15);
  }

  public static Leitziel gutAufwachsen() {
    return new Leitziel(
        "1",
        "Alle Kinder in Ahlen wachsen gesund auf und starten gut in die Schule",
        "Frühe Förderung von der Geburt bis zum Übergang in die Grundschule",
        List.of(fruehesFoerdern(), sprachkompetenz()));
  }

  public static Leitziel teilhabe() {
    return Leitziel.of(
        "2", "Kein Kind wird wegen der Lage seiner Familie abgehängt", armutsfolgen());
  }

  public static Leitbild.Builder ahlenBuilder() {
    return Leitbild.builder(AHLEN, 1, "Leitbild Präventionskette Ahlen „Kein Kind zurücklassen!“")
        .beschlossen(RATSBESCHLUSS, "Rat der Stadt Ahlen")
        .leitlinien(
            Praeventionsleitlinie.UEBERGAENGE_FLIESSEND_GESTALTEN,
            Praeventionsleitlinie.BETEILIGUNGSORIENTIERUNG,
            Praeventionsleitlinie.MULTIPROFESSIONELLE_ZUSAMMENARBEIT,
            Praeventionsleitlinie.UNGLEICHES_UNGLEICH_BEHANDELN)
        .leitziel(gutAufwachsen())
        .leitziel(teilhabe());
  }

  public static Leitbild ahlen() {
    return ahlenBuilder().build();
  }
}

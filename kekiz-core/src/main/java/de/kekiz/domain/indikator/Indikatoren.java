package de.kekiz.domain.indikator;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.Zeitraum;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/**
 * The standard indicators of kekiz monitoring: child poverty, early childhood care, the findings of
 * the school entry examination (Schuleingangsuntersuchung, SEU), Hilfen zur Erziehung and the
 * transition to Gymnasium. Each method returns one version of one definition; {@link #standard()}
 * returns all of them. Every one declares its precision ({@link Indikator#nachkommastellen()}): one
 * decimal place, for the percentages as for the HzE rate per 10,000.
 *
 * <p>Where the catalogue knows no start of a definition, its validity begins at {@link
 * #KATALOGBEGINN}, the horizon of the catalogue, not a claim about the source. A Kommune whose data
 * follow another definition (e.g. vaccination rates that count only children who presented their
 * vaccination record) adds its own indicator or version instead of bending these.
 */
public final class Indikatoren {

  /** Validity start of definitions whose real start the catalogue does not state. */
  public static final LocalDate KATALOGBEGINN = LocalDate.of(2000, 1, 1);

  /** SGB-II-Quote unter 15 Jahren ("Kinderarmut"). */
  public static final IndikatorKey SGB2_QUOTE_U15 = IndikatorKey.of("sgb2-quote-u15");

  /** Betreuungsquote unter 3 Jahren. */
  public static final IndikatorKey BETREUUNGSQUOTE_U3 = IndikatorKey.of("betreuungsquote-u3");

  /** SEU finding: Sprachkompetenz. */
  public static final IndikatorKey SEU_SPRACHE = IndikatorKey.of("seu-sprache");

  /** SEU finding: Körperkoordination. */
  public static final IndikatorKey SEU_KOERPERKOORDINATION =
      IndikatorKey.of("seu-koerperkoordination");

  /** SEU finding: Übergewicht. */
  public static final IndikatorKey SEU_UEBERGEWICHT = IndikatorKey.of("seu-uebergewicht");

  /** SEU finding: Adipositas. */
  public static final IndikatorKey SEU_ADIPOSITAS = IndikatorKey.of("seu-adipositas");

  /** SEU finding: Visuomotorik. */
  public static final IndikatorKey SEU_VISUOMOTORIK = IndikatorKey.of("seu-visuomotorik");

  /** Participation in the U8 and U9 check-ups. */
  public static final IndikatorKey U8_U9_TEILNAHME = IndikatorKey.of("u8-u9-teilnahme");

  /** Measles vaccination. */
  public static final IndikatorKey MASERN_IMPFUNG = IndikatorKey.of("masern-impfung");

  /** HzE-Eckwert (Hilfen zur Erziehung per 10,000 persons under 21). */
  public static final IndikatorKey HZE_ECKWERT = IndikatorKey.of("hze-eckwert");

  /** Übergangsquote Gymnasium after class 4. */
  public static final IndikatorKey UEBERGANGSQUOTE_GYMNASIUM =
      IndikatorKey.of("uebergangsquote-gymnasium");

  /** Breakdown dimension of the kind of help (HzE), codes such as {@code p34}. */
  public static final String HILFEART = "hilfeart";

  private static final String PROZENT = "%";
  private static final String QUELLE_BA =
      "Statistik der Bundesagentur für Arbeit, Grundsicherung für Arbeitsuchende (SGB II);"
          + " kleinräumige Daten nur auf vertraglicher Grundlage";
  private static final String QUELLE_SEU =
      "Gesundheitsamt des Kreises oder der kreisfreien Stadt, Schuleingangsuntersuchung (SEU)";
  private static final String NENNER_SEU =
      "In der Schuleingangsuntersuchung untersuchte Kinder des Einschulungsjahrgangs";
  private static final MonthDay JAHRESENDE = MonthDay.of(12, 31);

  private static final Indikator SGB2_V1 =
      sgb2Basis(1)
          .gueltigkeit(Zeitraum.of(LocalDate.of(2005, 1, 1), LocalDate.of(2015, 12, 31)))
          .zaehlerDefinition(
              "Nicht erwerbsfähige Leistungsberechtigte (Sozialgeld) unter 15 Jahren in"
                  + " Bedarfsgemeinschaften nach dem SGB II, Zählweise vor der Revision der"
                  + " Grundsicherungsstatistik 2016")
          .build();

  private static final Indikator SGB2_V2 =
      sgb2Basis(2)
          .gueltigkeit(Zeitraum.ab(LocalDate.of(2016, 1, 1)))
          .zaehlerDefinition(
              "Nicht erwerbsfähige Leistungsberechtigte unter 15 Jahren in Bedarfsgemeinschaften"
                  + " nach dem SGB II (Teil der Regelleistungsberechtigten), Zählweise nach der"
                  + " Revision der Grundsicherungsstatistik 2016")
          .aenderungshinweis(
              "Revision der Grundsicherungsstatistik SGB II 2016: Personen in"
                  + " Bedarfsgemeinschaften werden neu abgegrenzt (Regelleistungsberechtigte,"
                  + " sonstige Leistungsberechtigte, nicht Leistungsberechtigte); der Zähler folgt"
                  + " der neuen Zählweise. Werte ab 2016 sind mit Version 1 nur eingeschränkt"
                  + " vergleichbar (Zeitreihenbruch).")
          .build();

  private static final Indikator BETREUUNGSQUOTE_U3_V1 =
      Indikator.builder(BETREUUNGSQUOTE_U3, 1)
          .gueltigkeit(Zeitraum.ab(LocalDate.of(2009, 1, 1)))
          .name("Betreuungsquote unter 3 Jahren")
          .zaehlerDefinition(
              "Kinder unter 3 Jahren in Kindertageseinrichtungen oder in öffentlich geförderter"
                  + " Kindertagespflege am 1. März (ohne Doppelzählung)")
          .nennerDefinition("Kinder unter 3 Jahren in der Bevölkerung")
          .faktor(100)
          .einheit(PROZENT)
          .nachkommastellen(1)
          .anteil(true)
          .polaritaet(Polaritaet.HOEHER_IST_BESSER)
          .quelle(
              "IT.NRW, Kinder- und Jugendhilfestatistik: Kinder und tätige Personen in"
                  + " Tageseinrichtungen und in öffentlich geförderter Kindertagespflege")
          .ebene(RaeumlicheEbene.JUGENDAMT)
          .periodizitaet(Periodizitaet.JAEHRLICH)
          .stichtag(MonthDay.of(3, 1))
          .dimension(Aufschluesselung.ALTERSGRUPPE)
          .build();

  private static final Indikator SEU_SPRACHE_V1 =
      seuBefund(SEU_SPRACHE, "Sprachkompetenz (Schuleingangsuntersuchung)")
          .zaehlerDefinition("Untersuchte Kinder mit auffälligem Befund in der Sprachkompetenz")
          .polaritaet(Polaritaet.HOEHER_IST_SCHLECHTER)
          .build();

  private static final Indikator SEU_KOERPERKOORDINATION_V1 =
      seuBefund(SEU_KOERPERKOORDINATION, "Körperkoordination (Schuleingangsuntersuchung)")
          .zaehlerDefinition("Untersuchte Kinder mit auffälligem Befund in der Körperkoordination")
          .polaritaet(Polaritaet.HOEHER_IST_SCHLECHTER)
          .build();

  private static final Indikator SEU_UEBERGEWICHT_V1 =
      seuBefund(SEU_UEBERGEWICHT, "Übergewicht (Schuleingangsuntersuchung)")
          .zaehlerDefinition(
              "Untersuchte Kinder mit Übergewicht: Body-Mass-Index über dem 90. Perzentil der"
                  + " Referenzwerte nach Kromeyer-Hauschild (einschließlich Adipositas)")
          .polaritaet(Polaritaet.HOEHER_IST_SCHLECHTER)
          .build();

  private static final Indikator SEU_ADIPOSITAS_V1 =
      seuBefund(SEU_ADIPOSITAS, "Adipositas (Schuleingangsuntersuchung)")
          .zaehlerDefinition(
              "Untersuchte Kinder mit Adipositas: Body-Mass-Index über dem 97. Perzentil der"
                  + " Referenzwerte nach Kromeyer-Hauschild")
          .polaritaet(Polaritaet.HOEHER_IST_SCHLECHTER)
          .build();

  private static final Indikator SEU_VISUOMOTORIK_V1 =
      seuBefund(SEU_VISUOMOTORIK, "Visuomotorik (Schuleingangsuntersuchung)")
          .zaehlerDefinition("Untersuchte Kinder mit auffälligem Befund in der Visuomotorik")
          .polaritaet(Polaritaet.HOEHER_IST_SCHLECHTER)
          .build();

  private static final Indikator U8_U9_TEILNAHME_V1 =
      seuBefund(U8_U9_TEILNAHME, "Teilnahme an den Früherkennungsuntersuchungen U8 und U9")
          .zaehlerDefinition(
              "Untersuchte Kinder, deren Teilnahme an der U8 und der U9 im"
                  + " Kinder-Untersuchungsheft dokumentiert ist")
          .polaritaet(Polaritaet.HOEHER_IST_BESSER)
          .build();

  private static final Indikator MASERN_IMPFUNG_V1 =
      seuBefund(MASERN_IMPFUNG, "Masern-Impfung (zwei Impfungen)")
          .zaehlerDefinition("Untersuchte Kinder mit zwei dokumentierten Impfungen gegen Masern")
          .polaritaet(Polaritaet.HOEHER_IST_BESSER)
          .build();

  private static final Indikator HZE_ECKWERT_V1 =
      Indikator.builder(HZE_ECKWERT, 1)
          .gueltigkeit(Zeitraum.ab(KATALOGBEGINN))
          .name("HzE-Eckwert (Hilfen zur Erziehung je 10.000 unter 21-Jährige)")
          .zaehlerDefinition(
              "Hilfen zur Erziehung nach §§ 27 bis 35 SGB VIII und Hilfen für junge Volljährige"
                  + " nach § 41 SGB VIII: am 31.12. andauernde plus im Jahr beendete Hilfen")
          .nennerDefinition("Bevölkerung unter 21 Jahren am 31.12.")
          .faktor(10_000)
          .einheit("je 10.000 Personen unter 21 Jahren")
          .nachkommastellen(1)
          .anteil(false)
          .polaritaet(Polaritaet.NEUTRAL)
          .quelle(
              "IT.NRW, Kinder- und Jugendhilfestatistik: erzieherische Hilfen, Eingliederungshilfe"
                  + " für seelisch behinderte junge Menschen, Hilfen für junge Volljährige")
          .ebene(RaeumlicheEbene.JUGENDAMT)
          .periodizitaet(Periodizitaet.JAEHRLICH)
          .stichtag(JAHRESENDE)
          .dimensionen(HILFEART, Aufschluesselung.ALTERSGRUPPE, Aufschluesselung.GESCHLECHT)
          .build();

  private static final Indikator UEBERGANGSQUOTE_GYMNASIUM_V1 =
      Indikator.builder(UEBERGANGSQUOTE_GYMNASIUM, 1)
          .gueltigkeit(Zeitraum.ab(KATALOGBEGINN))
          .name("Übergangsquote auf das Gymnasium nach Klasse 4")
          .zaehlerDefinition(
              "Schülerinnen und Schüler, die nach Klasse 4 der Grundschule auf ein Gymnasium"
                  + " wechseln")
          .nennerDefinition(
              "Alle Schülerinnen und Schüler, die nach Klasse 4 der Grundschule auf eine"
                  + " weiterführende Schule wechseln")
          .faktor(100)
          .einheit(PROZENT)
          .nachkommastellen(1)
          .anteil(true)
          .polaritaet(Polaritaet.NEUTRAL)
          .quelle("IT.NRW, Schulstatistik (amtliche Schuldaten)")
          .ebene(RaeumlicheEbene.GEMEINDE)
          .periodizitaet(Periodizitaet.SCHULJAHR)
          .dimension(Aufschluesselung.GESCHLECHT)
          .build();

  private static final ImmutableList<Indikator> STANDARD =
      ImmutableList.of(
          SGB2_V1,
          SGB2_V2,
          BETREUUNGSQUOTE_U3_V1,
          SEU_SPRACHE_V1,
          SEU_KOERPERKOORDINATION_V1,
          SEU_UEBERGEWICHT_V1,
          SEU_ADIPOSITAS_V1,
          SEU_VISUOMOTORIK_V1,
          U8_U9_TEILNAHME_V1,
          MASERN_IMPFUNG_V1,
          HZE_ECKWERT_V1,
          UEBERGANGSQUOTE_GYMNASIUM_V1);

  private Indikatoren() {}

  private static Indikator.Builder sgb2Basis(int version) {
    return Indikator.builder(SGB2_QUOTE_U15, version)
        .name("SGB-II-Quote unter 15 Jahren (Kinderarmut)")
        .nennerDefinition("Bevölkerung unter 15 Jahren")
        .faktor(100)
        .einheit(PROZENT)
        .nachkommastellen(1)
        .anteil(true)
        .polaritaet(Polaritaet.HOEHER_IST_SCHLECHTER)
        .quelle(QUELLE_BA)
        .ebene(RaeumlicheEbene.GEMEINDE)
        .periodizitaet(Periodizitaet.JAEHRLICH)
        .stichtag(JAHRESENDE)
        .dimensionen(Aufschluesselung.ALTERSGRUPPE, Aufschluesselung.GESCHLECHT);
  }

  private static Indikator.Builder seuBefund(IndikatorKey key, String name) {
    return Indikator.builder(key, 1)
        .gueltigkeit(Zeitraum.ab(KATALOGBEGINN))
        .name(name)
        .nennerDefinition(NENNER_SEU)
        .faktor(100)
        .einheit(PROZENT)
        .nachkommastellen(1)
        .anteil(true)
        .quelle(QUELLE_SEU)
        .ebene(RaeumlicheEbene.SOZIALRAUM)
        .periodizitaet(Periodizitaet.SCHULJAHR)
        .dimension(Aufschluesselung.GESCHLECHT);
  }

  /**
   * SGB-II-Quote unter 15, version 1 (2005 to 2015): counting before the 2016 revision of the
   * SGB-II statistic. Share in %, higher is worse, Bundesagentur für Arbeit, Gemeinde level
   * (Sozialräume only by contract), yearly at 31 December.
   *
   * @return the definition
   */
  public static Indikator sgb2QuoteU15Version1() {
    return SGB2_V1;
  }

  /**
   * SGB-II-Quote unter 15, version 2 (from 2016): counting after the 2016 revision of the SGB-II
   * statistic, which changed the numerator; values are not fully comparable with version 1.
   *
   * @return the definition
   */
  public static Indikator sgb2QuoteU15Version2() {
    return SGB2_V2;
  }

  /**
   * Betreuungsquote U3: children under 3 in a Kita or publicly funded Kindertagespflege per 100
   * children under 3; higher is better; IT.NRW, Jugendamt level, yearly at 1 March. Valid from
   * 2009, when the survey's reference day moved to 1 March (2006 to 2008: 15 March, not covered).
   *
   * @return the definition
   */
  public static Indikator betreuungsquoteU3() {
    return BETREUUNGSQUOTE_U3_V1;
  }

  /**
   * SEU finding Sprachkompetenz: examined children with a finding per 100 examined; higher is
   * worse. Like every SEU indicator: Gesundheitsamt, evaluable down to the Sozialraum, one value
   * per school year of school entry ({@code 2023/24} = the children starting school in August
   * 2023).
   *
   * @return the definition
   */
  public static Indikator seuSprache() {
    return SEU_SPRACHE_V1;
  }

  /** {@return the SEU finding Körperkoordination, per 100 examined children; higher is worse} */
  public static Indikator seuKoerperkoordination() {
    return SEU_KOERPERKOORDINATION_V1;
  }

  /**
   * {@return the SEU finding Übergewicht (BMI above the 90th percentile) per 100 examined; higher
   * is worse}
   */
  public static Indikator seuUebergewicht() {
    return SEU_UEBERGEWICHT_V1;
  }

  /**
   * {@return the SEU finding Adipositas (BMI above the 97th percentile), per 100 examined; higher
   * is worse}
   */
  public static Indikator seuAdipositas() {
    return SEU_ADIPOSITAS_V1;
  }

  /** {@return the SEU finding Visuomotorik, per 100 examined children; higher is worse} */
  public static Indikator seuVisuomotorik() {
    return SEU_VISUOMOTORIK_V1;
  }

  /**
   * Participation in the U8 and U9 check-ups as recorded at the SEU, per 100 examined children;
   * higher is better; per school year of school entry.
   *
   * @return the definition
   */
  public static Indikator u8U9Teilnahme() {
    return U8_U9_TEILNAHME_V1;
  }

  /**
   * Two measles vaccinations as recorded at the SEU, per 100 examined children (children without a
   * vaccination record count as not vaccinated); higher is better; per school year of school entry.
   *
   * @return the definition
   */
  public static Indikator masernImpfung() {
    return MASERN_IMPFUNG_V1;
  }

  /**
   * HzE-Eckwert: Hilfen zur Erziehung (running on 31 December plus ended in the year) per 10,000
   * persons under 21; context (neutral); IT.NRW, Jugendamt level, yearly. Not a share: one young
   * person may receive several Hilfen.
   *
   * @return the definition
   */
  public static Indikator hzeEckwert() {
    return HZE_ECKWERT_V1;
  }

  /**
   * Übergangsquote Gymnasium: pupils moving to a Gymnasium after class 4 per 100 pupils moving to
   * any secondary school; context (neutral); IT.NRW, Gemeinde level, per school year.
   *
   * @return the definition
   */
  public static Indikator uebergangsquoteGymnasium() {
    return UEBERGANGSQUOTE_GYMNASIUM_V1;
  }

  /** {@return all standard indicators, every version, in the order of the class comment} */
  public static ImmutableList<Indikator> standard() {
    return STANDARD;
  }

  /**
   * The version of indicator {@code key} in {@code katalog} that observations for {@code periode}
   * belong to (see {@link Indikator#gilt(Periode)}), or empty if there is none.
   *
   * @param katalog the definitions to search, e.g. {@link #standard()}
   * @param key the indicator's key
   * @param periode the period of the observations
   * @return the version, or empty
   */
  public static Optional<Indikator> gueltigeVersion(
      Iterable<Indikator> katalog, IndikatorKey key, Periode periode) {
    requireNonNull(katalog, "katalog");
    requireNonNull(key, "key");
    requireNonNull(periode, "periode");
    for (Indikator i : katalog) {
      if (i.key().equals(key) && i.gilt(periode)) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }
}

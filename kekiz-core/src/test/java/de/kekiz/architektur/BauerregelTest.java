package de.kekiz.architektur;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import de.kekiz.architektur.beispiel.domain.Sammlung;
import de.kekiz.domain.AkteurId;
import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.Geldbetrag;
import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.angebot.Angebot;
import de.kekiz.domain.angebot.AngebotId;
import de.kekiz.domain.angebot.Kostenoption;
import de.kekiz.domain.angebot.Praeventionsebene;
import de.kekiz.domain.angebot.Standort;
import de.kekiz.domain.angebot.Zeitplan;
import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.Periodizitaet;
import de.kekiz.domain.indikator.Polaritaet;
import de.kekiz.domain.indikator.RaeumlicheEbene;
import de.kekiz.domain.kette.Akteur;
import de.kekiz.domain.kette.Akteursart;
import de.kekiz.domain.kette.Handlungsfeld;
import de.kekiz.domain.kette.Lebensphase;
import de.kekiz.domain.kette.Netzwerk;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kette.Uebergang;
import de.kekiz.domain.kette.Zielbeitrag;
import de.kekiz.domain.kommune.Bevoelkerungsstand;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Kommunenart;
import de.kekiz.domain.kommune.Kreisschluessel;
import de.kekiz.domain.kommune.Programm;
import de.kekiz.domain.kommune.Programmteilnahme;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.kommune.Sozialraumebene;
import de.kekiz.domain.leitbild.Handlungsziel;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.domain.leitbild.Leitziel;
import de.kekiz.domain.leitbild.Praeventionsleitlinie;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The builder rule (plural replaces, singular adds)")
class BauerregelTest {

  private static final Gemeindeschluessel AHLEN = Gemeindeschluessel.parse("05570004");
  private static final LocalDate ANFANG = LocalDate.of(2000, 1, 1);
  private static final AkteurId X = AkteurId.of("muster-x");
  private static final AkteurId Y = AkteurId.of("muster-y");
  private static final SozialraumId NORD = SozialraumId.of(AHLEN, "nord");

  /** Every builder of kekiz-core with samples that each builder accepts. */
  static KekizArchitektur.Bauerregel kekizCore() {
    return new KekizArchitektur.Bauerregel()
        .bauer(
            Kommune.Builder.class,
            () ->
                Kommune.builder(AHLEN, "Ahlen", Kommunenart.MITTLERE_KREISANGEHOERIGE_STADT)
                    .kreisfrei(false)
                    .kreis(Kreisschluessel.parse("05570"))
                    .jugendamt(AHLEN),
            Kommune.Builder::build)
        .muster(Sozialraum.class, sozialraum("nord"), sozialraum("sued"))
        .muster(
            Programmteilnahme.class,
            Programmteilnahme.of(
                Programm.KEKIZ,
                Programmteilnahme.PHASE_AUSBAU_2017,
                Zeitraum.of(LocalDate.of(2017, 1, 1), LocalDate.of(2019, 12, 31))),
            Programmteilnahme.of(
                Programm.KINDERSTARK,
                Programmteilnahme.PHASE_PROGRAMMKOMMUNE_2020,
                Zeitraum.ab(LocalDate.of(2020, 1, 1))))
        .muster(
            Bevoelkerungsstand.class,
            Bevoelkerungsstand.of(LocalDate.of(2016, 12, 31), Altersspanne.unter(18), 10_000),
            Bevoelkerungsstand.of(LocalDate.of(2017, 12, 31), Altersspanne.unter(18), 10_100))
        .bauer(Angebot.Builder.class, () -> angebot("muster", X), Angebot.Builder::build)
        .muster(
            Standort.class, Standort.virtuell("eins", "Eins"), Standort.virtuell("zwei", "Zwei"))
        .muster(
            Zeitplan.class,
            Zeitplan.of("FREQ=WEEKLY;BYDAY=MO"),
            Zeitplan.of("FREQ=WEEKLY;BYDAY=TU"))
        .muster(Praeventionsebene.class, Praeventionsebene.UNIVERSELL, Praeventionsebene.SELEKTIV)
        .muster(String.class, Aufschluesselung.ALTERSGRUPPE, Aufschluesselung.GESCHLECHT)
        .muster(SozialraumId.class, NORD, SozialraumId.of(AHLEN, "sued"))
        .muster(
            Kostenoption.class,
            Kostenoption.of(Geldbetrag.of(1), "pro Monat"),
            Kostenoption.of(Geldbetrag.of(2), "pro Monat"))
        .bauer(
            Praeventionskette.Builder.class,
            () ->
                Praeventionskette.builder(AHLEN)
                    .akteur(Akteur.of(X, "X", Akteursart.JUGENDAMT))
                    .akteur(Akteur.of(Y, "Y", Akteursart.FREIER_TRAEGER)),
            Praeventionskette.Builder::build)
        .muster(Lebensphase.class, Lebensphase.KITA, Lebensphase.GRUNDSCHULE)
        .muster(
            Uebergang.class,
            Uebergang.standard(Lebensphase.standard()).get(0),
            Uebergang.standard(Lebensphase.standard()).get(1))
        .muster(
            Handlungsfeld.class, Handlungsfeld.standard().get(0), Handlungsfeld.standard().get(1))
        .muster(
            Akteur.class,
            Akteur.of(AkteurId.of("muster-z"), "Z", Akteursart.JUGENDAMT),
            Akteur.of(AkteurId.of("muster-w"), "W", Akteursart.FREIER_TRAEGER))
        .muster(
            Netzwerk.class, Netzwerk.of("eins", "Eins", X, Y), Netzwerk.of("zwei", "Zwei", X, Y))
        .muster(Angebot.class, angebot("eins", X).build(), angebot("zwei", Y).build())
        .muster(Zielbeitrag.class, Zielbeitrag.akteur("1.1", X), Zielbeitrag.akteur("1.2", Y))
        .bauer(
            Leitbild.Builder.class,
            () -> Leitbild.builder(AHLEN, 1, "Leitbild"),
            Leitbild.Builder::build)
        .muster(
            Praeventionsleitlinie.class,
            Praeventionsleitlinie.values()[0],
            Praeventionsleitlinie.values()[1])
        .muster(
            Leitziel.class,
            Leitziel.of("1", "Eins", Handlungsziel.of("1.1", "Eins eins")),
            Leitziel.of("2", "Zwei", Handlungsziel.of("2.1", "Zwei eins")))
        .bauer(
            Indikator.Builder.class,
            () ->
                Indikator.builder(IndikatorKey.of("muster"), 1)
                    .gueltigkeit(Zeitraum.ab(ANFANG))
                    .name("Muster")
                    .zaehlerDefinition("Kinder")
                    .einheit("Kinder")
                    .polaritaet(Polaritaet.HOEHER_IST_BESSER)
                    .quelle("Muster")
                    .ebene(RaeumlicheEbene.SOZIALRAUM)
                    .periodizitaet(Periodizitaet.JAEHRLICH),
            Indikator.Builder::build);
  }

  /** An Angebot with what every Angebot needs, in a phase and field of the standard chain. */
  private static Angebot.Builder angebot(String id, AkteurId traeger) {
    return Angebot.builder(AngebotId.of(id), "Angebot " + id, traeger)
        .beschreibung("Angebot " + id)
        .ebene(Praeventionsebene.UNIVERSELL)
        .lebensphase(Lebensphase.KITA.key())
        .handlungsfeld(Handlungsfeld.standard().get(0).key())
        .sozialraum(NORD);
  }

  private static Sozialraum sozialraum(String code) {
    return Sozialraum.of(
        SozialraumId.of(AHLEN, code), 1, code, Sozialraumebene.STADTTEIL, Zeitraum.ab(ANFANG));
  }

  @Test
  @DisplayName("holds for every builder of kekiz-core")
  void haelt() {
    assertThat(kekizCore().verstoesse()).isEmpty();
  }

  @Test
  @DisplayName("leaves no builder of kekiz-core with plural methods unchecked")
  void vollstaendig() {
    JavaClasses kekiz =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.kekiz");
    assertThat(kekiz.contain(Praeventionskette.Builder.class)).isTrue();
    assertThat(kekizCore().nichtGeprueft(kekiz)).isEmpty();
    assertThat(new KekizArchitektur.Bauerregel().nichtGeprueft(kekiz))
        .anyMatch(s -> s.startsWith(Praeventionskette.Builder.class.getName()))
        .noneMatch(s -> s.startsWith("de.kekiz.monitoring.Kommunaldaten"));
  }

  @Test
  @DisplayName("catches a plural that adds and a singular that replaces")
  void scheitertAmBeispiel() {
    List<String> verstoesse =
        new KekizArchitektur.Bauerregel()
            .bauer(Sammlung.Builder.class, Sammlung::builder, Sammlung.Builder::build)
            .muster(String.class, "eins", "zwei")
            .verstoesse();
    assertThat(verstoesse)
        .anyMatch(s -> s.contains("Sammlung$Builder.namen(String[]) does not replace"))
        .anyMatch(s -> s.contains("Sammlung$Builder.name does not add"));
  }

  @Test
  @DisplayName("names a plural method whose element type has no samples")
  void ohneMuster() {
    assertThat(
            new KekizArchitektur.Bauerregel()
                .bauer(Sammlung.Builder.class, Sammlung::builder, Sammlung.Builder::build)
                .verstoesse())
        .containsExactly(
            "de.kekiz.architektur.beispiel.domain.Sammlung$Builder.namen(String[]):"
                + " no samples of java.lang.String");
  }
}

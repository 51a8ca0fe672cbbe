package de.kekiz.domain.lernnetzwerk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.angebot.AngebotId;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Programm;
import de.kekiz.domain.programm.Beleg;
import de.kekiz.fixtures.KekizFixtures;
import de.kekiz.fixtures.ProgrammFixtures;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Lernnetzwerk")
class LernnetzwerkTest {

  private static final Beleg Q = Beleg.of("Quelle");
  private static final Gemeindeschluessel AHLEN = KekizFixtures.AHLEN;
  private static final Gemeindeschluessel KOELN = KekizFixtures.KOELN;

  private static Lernnetzwerktreffen treffen(
      int nummer,
      Gemeindeschluessel gastgeber,
      List<Gemeindeschluessel> teilnehmer,
      Integer arbeitsgruppenzahl,
      List<Arbeitsgruppe> arbeitsgruppen) {
    return new Lernnetzwerktreffen(
        nummer,
        Termin.unbekannt(),
        null,
        gastgeber,
        null,
        null,
        teilnehmer,
        arbeitsgruppenzahl,
        arbeitsgruppen,
        List.of(),
        List.of(Q));
  }

  @Nested
  @DisplayName("the fixtures")
  class Fixtures {
    private final Lernnetzwerk netz = ProgrammFixtures.lernnetzwerk();

    @Test
    @DisplayName(
        "hold the 16th meeting in Gelsenkirchen with its motto, date and host not reported")
    void sechzehn() {
      Lernnetzwerktreffen t = netz.treffen(16).orElseThrow();
      assertThat(t.ort()).isEqualTo("Gelsenkirchen");
      assertThat(t.motto()).isEqualTo("Das Lernnetzwerk wächst (zusammen)");
      assertThat(t.teilnehmerzahl()).isEqualTo(40);
      assertThat(t.termin().deutsch()).isEqualTo("nicht angegeben");
      assertThat(t.gastgeber()).isNull();
      assertThat(t.beitraege()).isEmpty();
    }

    @Test
    @DisplayName("hold the 17th on 13 September in Köln, 40 Kommunen, four Arbeitsgruppen, no year")
    void siebzehn() {
      Lernnetzwerktreffen t = netz.treffen(17).orElseThrow();
      assertThat(t.termin().deutsch()).isEqualTo("13. September (Jahr nicht angegeben)");
      assertThat(t.termin().datum()).isEmpty();
      assertThat(t.ort()).isEqualTo("Köln");
      assertThat(t.gastgeber()).isEqualTo(KOELN);
      assertThat(t.teilnehmerzahl()).isEqualTo(40);
      assertThat(t.arbeitsgruppenzahl()).isEqualTo(4);
      assertThat(t.arbeitsgruppen()).singleElement().satisfies(a -> assertThat(a.thema()).isNull());
      assertThat(netz.treffen()).extracting(Lernnetzwerktreffen::nummer).containsExactly(16, 17);
    }

    @Test
    @DisplayName(
        "catalogue Ahlen's Steuerungsstruktur and Dinslaken's practice, linked to their models")
    void praxiskatalog() {
      assertThat(netz.praxiskatalog()).hasSize(3);
      List<Praxisbeispiel> ahlen = netz.praxiskatalog(AHLEN);
      assertThat(ahlen)
          .extracting(p -> p.beitrag().bezug().art())
          .containsExactly(Praxisart.PRAXIS_VOR_ORT, Praxisart.STEUERUNG);
      assertThat(ahlen.get(1).inArbeitsgruppe()).isTrue();
      assertThat(ahlen.get(1).beitrag().titel()).startsWith("Steuerungsstruktur");
      assertThat(netz.praxiskatalog(KekizFixtures.DINSLAKEN))
          .singleElement()
          .satisfies(p -> assertThat(p.inArbeitsgruppe()).isFalse());
      Praeventionskette kette = KekizFixtures.ahlen().kette();
      assertThat(kette.kommune()).isEqualTo(AHLEN);
      assertThat(ahlen.get(1).beitrag().bezug().findetSichIn(kette)).isTrue();
    }
  }

  @Test
  @DisplayName("a reference to an Angebot or Übergang is found only if the chain holds it")
  void verweis() {
    Praeventionskette kette = KekizFixtures.ahlen().kette();
    String uebergang = kette.uebergaenge().get(0).key();
    assertThat(Praxisbezug.uebergang(uebergang).findetSichIn(kette)).isTrue();
    assertThat(Praxisbezug.uebergang("gibt-es-nicht").findetSichIn(kette)).isFalse();
    AngebotId angebot = kette.angebote().get(0).id();
    assertThat(Praxisbezug.angebot(angebot).findetSichIn(kette)).isTrue();
    assertThatThrownBy(() -> new Praxisbezug(Praxisart.ANGEBOT, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Praxisbezug(Praxisart.STEUERUNG, "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("Termin: a full date, a day without year, a day that does not exist")
  void termin() {
    assertThat(Termin.am(LocalDate.of(2017, 9, 13)).deutsch()).isEqualTo("13. September 2017");
    assertThat(Termin.am(LocalDate.of(2017, 9, 13)).datum()).contains(LocalDate.of(2017, 9, 13));
    assertThat(new Termin(2017, null, null).deutsch()).isEqualTo("2017");
    assertThatThrownBy(() -> Termin.ohneJahr(Month.FEBRUARY, 30))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("30");
    assertThatThrownBy(() -> new Termin(null, null, 3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Nested
  @DisplayName("rules")
  class Regeln {

    @Test
    @DisplayName("meeting numbers are unique")
    void nummern() {
      Lernnetzwerktreffen t = treffen(3, null, List.of(), null, List.of());
      assertThatThrownBy(() -> Lernnetzwerk.of(Programm.KEKIZ).withTreffen(t).withTreffen(t))
          .isInstanceOf(RegelverstossException.class)
          .hasMessageContaining("das 3. Lernnetzwerktreffen ist mehrfach angegeben")
          .extracting(e -> ((RegelverstossException) e).regel())
          .isEqualTo("lernnetzwerk.treffennummer-doppelt");
    }

    @Test
    @DisplayName("a contribution's Kommune takes part in the meeting")
    void beitragNurVonTeilnehmenden() {
      Beitrag b = Beitrag.of(AHLEN, "Steuerung", Praxisbezug.steuerung(), Q);
      assertThatThrownBy(
              () ->
                  treffen(
                      17,
                      KOELN,
                      List.of(KOELN),
                      null,
                      List.of(new Arbeitsgruppe(null, List.of(b)))))
          .isInstanceOf(RegelverstossException.class)
          .hasMessageContaining(
              "der Beitrag 'Steuerung' kommt von der Kommune 05570004, die nicht unter den"
                  + " Teilnehmenden ist")
          .hasMessageContaining("[lernnetzwerk.beitrag-ohne-teilnahme]");
      assertThat(
              treffen(
                      17,
                      KOELN,
                      List.of(KOELN, AHLEN),
                      null,
                      List.of(new Arbeitsgruppe(null, List.of(b))))
                  .beitraege())
          .containsExactly(b);
    }

    @Test
    @DisplayName("the host takes part, and no more Kommunen or Arbeitsgruppen than stated")
    void zahlen() {
      assertThatThrownBy(() -> treffen(1, KOELN, List.of(AHLEN), null, List.of()))
          .isInstanceOf(RegelverstossException.class)
          .hasMessageContaining("[lernnetzwerk.gastgeber-ohne-teilnahme]");
      assertThatThrownBy(
              () ->
                  treffen(
                      1,
                      null,
                      List.of(),
                      1,
                      List.of(
                          new Arbeitsgruppe("A", List.of()), new Arbeitsgruppe("B", List.of()))))
          .isInstanceOf(RegelverstossException.class)
          .hasMessageContaining("2 Arbeitsgruppen sind beschrieben, angegeben sind nur 1");
      assertThatThrownBy(
              () ->
                  new Lernnetzwerktreffen(
                      1,
                      Termin.unbekannt(),
                      null,
                      null,
                      null,
                      1,
                      List.of(KOELN, AHLEN),
                      null,
                      List.of(),
                      List.of(),
                      List.of()))
          .isInstanceOf(RegelverstossException.class)
          .hasMessageContaining("[lernnetzwerk.mehr-teilnehmer-als-angegeben]");
    }
  }
}

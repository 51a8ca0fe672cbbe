package de.kekiz.reporting.text;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.Stellenanteil;
import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.Indikatoren;
import de.kekiz.domain.indikator.KommuneBezug;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.kette.KetteFixtures;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Kommunenart;
import de.kekiz.domain.kommune.Programm;
import de.kekiz.domain.kommune.Programmteilnahme;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.kommune.Sozialraumebene;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.domain.leitbild.LeitbildFixtures;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The plain-text summary")
class TextZusammenfassungTest {

  private static final Gemeindeschluessel AHLEN = Gemeindeschluessel.parse("05570004");

  private static Kommune ahlen() {
    Kommune.Builder b =
        Kommune.builder(AHLEN, "Ahlen", Kommunenart.MITTLERE_KREISANGEHOERIGE_STADT)
            .teilnahme(
                Programmteilnahme.of(
                        Programm.KEKIZ,
                        Programmteilnahme.PHASE_AUSBAU_2017,
                        Zeitraum.of(LocalDate.of(2017, 1, 1), LocalDate.of(2018, 12, 31)))
                    .withKoordination(Stellenanteil.parse("0.5")));
    for (String code : List.of("innenstadt", "sued-ost", "nord", "vorhelm")) {
      b.sozialraum(
          Sozialraum.of(
              SozialraumId.of(AHLEN, code),
              1,
              "Ahlen " + code,
              Sozialraumebene.STADTTEIL,
              Zeitraum.ab(LocalDate.of(2010, 1, 1))));
    }
    return b.build();
  }

  private static String schreibe(
      Kommune k, Leitbild l, Praeventionskette kette, List<Indikator> ind, List<Messwert> mw) {
    StringWriter out = new StringWriter();
    new TextZusammenfassung(out, LocalDate.of(2024, 12, 31)).schreibe(k, l, kette, ind, mw);
    return out.toString();
  }

  @Test
  @DisplayName("names the Kommune, its Sozialräume, goals, chain and indicators")
  void vollstaendig() {
    Indikator u3 = Indikatoren.betreuungsquoteU3();
    List<Messwert> mw =
        List.of(
            Messwert.of(u3.ref(), new KommuneBezug(AHLEN), Periode.jahr(2023), 310, 1_250),
            Messwert.of(u3.ref(), new KommuneBezug(AHLEN), Periode.jahr(2024), 330, 1_240));
    String text =
        schreibe(ahlen(), LeitbildFixtures.ahlen(), KetteFixtures.ahlen(), List.of(u3), mw);

    assertThat(text)
        .contains("Ahlen (AGS 05570004)")
        .contains("eigenes Jugendamt")
        .contains("Phase Ausbaustufe 2017, 01.01.2017 bis 31.12.2018, Koordination 0,5 Stelle")
        .contains("Sozialräume am 31.12.2024: 4")
        .contains("Leitbild")
        .contains("Ratsbeschluss 26.05.2016")
        .doesNotContain("2016-05-26", "0.5", " 1 Indikatoren", " 1 Zielwerte", " 1 Angebote")
        .contains("Präventionskette:")
        .contains("Übergänge ohne aktives Angebot:")
        .contains("Indikatoren: 1 mit 2 Messwerten")
        .contains("betreuungsquote-u3")
        .contains("2 Messwerte, 2023 bis 2024");
    assertThat(text).doesNotContain("310").doesNotContain("330");
  }

  @Test
  @DisplayName("says so when Leitbild and chain are missing")
  void ohneLeitbildUndKette() {
    String text = schreibe(ahlen(), null, null, List.of(), List.of());
    assertThat(text)
        .contains("Leitbild: keines")
        .contains("Präventionskette: keine")
        .contains("Indikatoren: 0 mit 0 Messwerten");
  }

  @Test
  @DisplayName("one Messwert in the singular; a Lebensphase's ages in words, not 0-0 Jahre")
  void einzahlUndAlter() {
    Indikator u3 = Indikatoren.betreuungsquoteU3();
    List<Messwert> mw =
        List.of(Messwert.of(u3.ref(), new KommuneBezug(AHLEN), Periode.jahr(2024), 330, 1_240));
    String text =
        schreibe(ahlen(), LeitbildFixtures.ahlen(), KetteFixtures.ahlen(), List.of(u3), mw);
    assertThat(text)
        .contains("Indikatoren: 1 mit 1 Messwert" + System.lineSeparator())
        .contains("(unter 1 Jahr): ")
        .contains("(1 bis 5 Jahre): ")
        .contains("— 1 Messwert, 2024\n".replace("\n", System.lineSeparator()))
        .doesNotContain(" Jahre Jahre", "(0-0", "(1-5", "2024 bis 2024");
  }
}

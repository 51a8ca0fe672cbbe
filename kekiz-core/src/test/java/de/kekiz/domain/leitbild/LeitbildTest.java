package de.kekiz.domain.leitbild;

import static de.kekiz.domain.leitbild.LeitbildFixtures.AHLEN;
import static de.kekiz.domain.leitbild.LeitbildFixtures.AHLEN_SUED_OST;
import static de.kekiz.domain.leitbild.LeitbildFixtures.BETREUUNG_U3;
import static de.kekiz.domain.leitbild.LeitbildFixtures.BRUEHL_NORD;
import static de.kekiz.domain.leitbild.LeitbildFixtures.RATSBESCHLUSS;
import static de.kekiz.domain.leitbild.LeitbildFixtures.SEU_SPRACHE;
import static de.kekiz.domain.leitbild.LeitbildFixtures.SGB2_U15;
import static de.kekiz.domain.leitbild.LeitbildFixtures.U9;
import static de.kekiz.domain.leitbild.RegelAssert.verletzt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Leitbild")
class LeitbildTest {

  @Nested
  @DisplayName("built for Ahlen")
  class Ahlen {
    private final Leitbild leitbild = LeitbildFixtures.ahlen();

    @Test
    @DisplayName("has the id 05570004/1 and the council decision of May 2016")
    void identitaet() {
      assertThat(leitbild.id()).hasToString("05570004/1");
      assertThat(leitbild.kommune()).isEqualTo(AHLEN);
      assertThat(leitbild.fassung()).isEqualTo(1);
      assertThat(leitbild.beschlossenAm()).contains(RATSBESCHLUSS);
      assertThat(leitbild.gremium()).contains("Rat der Stadt Ahlen");
      assertThat(leitbild.revision()).isZero();
      assertThat(leitbild.titel()).contains("„Kein Kind zurücklassen!“");
    }

    @Test
    @DisplayName("keeps the Leitlinien in the Land's order, whatever the order given")
    void leitlinienInLandesreihenfolge() {
      assertThat(leitbild.leitlinien())
          .containsExactly(
              Praeventionsleitlinie.BETEILIGUNGSORIENTIERUNG,
              Praeventionsleitlinie.UNGLEICHES_UNGLEICH_BEHANDELN,
              Praeventionsleitlinie.UEBERGAENGE_FLIESSEND_GESTALTEN,
              Praeventionsleitlinie.MULTIPROFESSIONELLE_ZUSAMMENARBEIT);
      assertThat(leitbild.folgt(Praeventionsleitlinie.UEBERGAENGE_FLIESSEND_GESTALTEN)).isTrue();
      assertThat(leitbild.folgt(Praeventionsleitlinie.AUFSUCHENDER_ANSATZ)).isFalse();
    }

    @Test
    @DisplayName("flattens Handlungsziele and Zielwerte in order")
    void flach() {
      assertThat(leitbild.handlungsziele())
          .extracting(Handlungsziel::key)
          .containsExactly("1.1", "1.2", "2.1");
      assertThat(leitbild.zielwerte())
          .containsExactly(
              LeitbildFixtures.betreuungU3Kommune(), LeitbildFixtures.sprachfoerderungSuedOst());
      assertThat(leitbild.handlungsziel("2.1")).contains(LeitbildFixtures.armutsfolgen());
      assertThat(leitbild.handlungsziel("3.1")).isEmpty();
      assertThat(leitbild.leitziel("2")).contains(LeitbildFixtures.teilhabe());
      assertThat(leitbild.leitziel("3")).isEmpty();
    }

    @Test
    @DisplayName("lists every measured indicator once, sorted by key")
    void indikatoren() {
      assertThat(leitbild.indikatoren()).containsExactly(BETREUUNG_U3, SEU_SPRACHE, SGB2_U15, U9);
    }

    @Test
    @DisplayName("has a short summary as text")
    void text() {
      assertThat(leitbild.toString())
          .startsWith("Leitbild 05570004/1 \"Leitbild Präventionskette Ahlen")
          .endsWith("(2 Leitziele, revision 0)");
    }
  }

  @Nested
  @DisplayName("keys")
  class Keys {
    @Test
    @DisplayName("rejects two Leitziele with the same key")
    void leitzielKeyDoppelt() {
      verletzt(
          () -> LeitbildFixtures.ahlenBuilder().leitziel(Leitziel.of("2", "Doppelt")).build(),
          "leitbild.leitziel-key-doppelt",
          "'2'",
          "Leitbild 05570004/1");
    }

    @Test
    @DisplayName("rejects the same Handlungsziel key in two Leitziele")
    void handlungszielKeyDoppelt() {
      verletzt(
          () ->
              LeitbildFixtures.ahlenBuilder()
                  .leitziel(
                      Leitziel.of("3", "Eltern stärken", Handlungsziel.of("1.2", "Elterncafés")))
                  .build(),
          "leitbild.handlungsziel-key-doppelt",
          "'1.2'",
          "Leitziel '1'",
          "Leitziel '3'");
    }

    @Test
    @DisplayName("keeps Leitziel and Handlungsziel keys in separate name spaces")
    void getrennteNamensraeume() {
      Leitbild l =
          LeitbildFixtures.ahlenBuilder()
              .leitziel(Leitziel.of("3", "Eltern stärken", Handlungsziel.of("1", "Elterncafés")))
              .build();
      assertThat(l.handlungsziel("1")).isPresent();
      assertThat(l.leitziel("1")).isPresent();
    }
  }

  @Nested
  @DisplayName("Zielwerte")
  class Zielwerte {
    @Test
    @DisplayName("accept a Sozialraum of the own Kommune")
    void eigenerSozialraum() {
      assertThat(LeitbildFixtures.ahlen().zielwerte())
          .extracting(Zielwert::sozialraum)
          .contains(AHLEN_SUED_OST);
    }

    @Test
    @DisplayName("reject a Sozialraum of another Kommune")
    void fremderSozialraum() {
      Zielwert bruehl =
          Zielwert.of(SGB2_U15, "20", Zielrichtung.HOECHSTENS, LocalDate.of(2020, 12, 31))
              .imSozialraum(BRUEHL_NORD);
      verletzt(
          () ->
              LeitbildFixtures.ahlenBuilder()
                  .leitziel(
                      Leitziel.of(
                          "3",
                          "Armut",
                          Handlungsziel.of("3.1", "Armut", SGB2_U15).withZielwert(bruehl)))
                  .build(),
          "leitbild.zielwert-fremder-sozialraum",
          "'05362012:nord'",
          "05570004");
    }

    @Test
    @DisplayName("accept a Frist on the day of the council decision")
    void fristAmBeschlusstag() {
      Zielwert z = Zielwert.of(SGB2_U15, "20", Zielrichtung.HOECHSTENS, RATSBESCHLUSS);
      Leitbild l =
          LeitbildFixtures.ahlenBuilder()
              .leitziel(
                  Leitziel.of(
                      "3", "Armut", Handlungsziel.of("3.1", "Armut", SGB2_U15).withZielwert(z)))
              .build();
      assertThat(l.zielwerte()).contains(z);
    }

    @Test
    @DisplayName("reject a Frist before the council decision")
    void fristVorBeschluss() {
      Zielwert z = Zielwert.of(SGB2_U15, "20", Zielrichtung.HOECHSTENS, RATSBESCHLUSS.minusDays(1));
      verletzt(
          () ->
              LeitbildFixtures.ahlenBuilder()
                  .leitziel(
                      Leitziel.of(
                          "3", "Armut", Handlungsziel.of("3.1", "Armut", SGB2_U15).withZielwert(z)))
                  .build(),
          "leitbild.zielwert-frist-vor-beschluss",
          "2016-05-25",
          "2016-05-26",
          "'sgb2-quote-u15'");
    }

    @Test
    @DisplayName("are not checked against a decision that has not been taken yet")
    void ohneBeschluss() {
      Zielwert z = Zielwert.of(SGB2_U15, "20", Zielrichtung.HOECHSTENS, LocalDate.of(2010, 1, 1));
      Leitbild entwurf =
          Leitbild.builder(AHLEN, 2, "Entwurf")
              .leitziel(
                  Leitziel.of(
                      "1", "Armut", Handlungsziel.of("1.1", "Armut", SGB2_U15).withZielwert(z)))
              .build();
      assertThat(entwurf.beschlossenAm()).isEmpty();
      assertThat(entwurf.gremium()).isEmpty();
      verletzt(
          () -> entwurf.withBeschluss(RATSBESCHLUSS, "Rat der Stadt Ahlen"),
          "leitbild.zielwert-frist-vor-beschluss",
          "2010-01-01");
    }
  }

  @Nested
  @DisplayName("single values")
  class Werte {
    @Test
    @DisplayName("reject Fassung 0, quoting it")
    void fassung() {
      assertThatThrownBy(() -> Leitbild.builder(AHLEN, 0, "Leitbild").build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("got 0");
    }

    @Test
    @DisplayName("reject a blank title")
    void titel() {
      assertThatThrownBy(() -> Leitbild.builder(AHLEN, 1, " ").build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("titel");
    }

    @Test
    @DisplayName("reject a negative revision, quoting it")
    void revision() {
      assertThatThrownBy(() -> LeitbildFixtures.ahlenBuilder().revision(-1).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("-1");
    }
  }

  @Nested
  @DisplayName("copies and equality")
  class Kopien {
    @Test
    @DisplayName("compares the full state, including the revision")
    void gleichheit() {
      Leitbild a = LeitbildFixtures.ahlen();
      Leitbild b = LeitbildFixtures.ahlen();
      assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
      assertThat(a.withRevision(3)).isNotEqualTo(a);
      assertThat(a.withRevision(3)).isEqualTo(b.withRevision(3));
      assertThat(a.withRevision(3).revision()).isEqualTo(3);
      assertThat(a.toBuilder().gremium("Jugendhilfeausschuss").build()).isNotEqualTo(a);
    }

    @Test
    @DisplayName("rebuilds an equal Leitbild from toBuilder")
    void toBuilderRundreise() {
      Leitbild a = LeitbildFixtures.ahlen().withRevision(7);
      assertThat(a.toBuilder().build()).isEqualTo(a);
    }

    @Test
    @DisplayName("withLeitziel replaces the Leitziel with the same key in its place")
    void withLeitzielErsetzt() {
      Leitziel neu = Leitziel.of("1", "Alle Kinder wachsen gesund auf");
      Leitbild l = LeitbildFixtures.ahlen().withLeitziel(neu);
      assertThat(l.leitziele()).extracting(Leitziel::key).containsExactly("1", "2");
      assertThat(l.leitziel("1")).contains(neu);
      assertThat(l.handlungsziele()).extracting(Handlungsziel::key).containsExactly("2.1");
    }

    @Test
    @DisplayName("withLeitziel adds a new key at the end")
    void withLeitzielFuegtAn() {
      Leitbild l = LeitbildFixtures.ahlen().withLeitziel(Leitziel.of("3", "Eltern stärken"));
      assertThat(l.leitziele()).extracting(Leitziel::key).containsExactly("1", "2", "3");
    }

    @Test
    @DisplayName("withLeitziel checks the rules again")
    void withLeitzielPrueft() {
      verletzt(
          () ->
              LeitbildFixtures.ahlen()
                  .withLeitziel(Leitziel.of("3", "Doppelt", Handlungsziel.of("1.1", "Doppelt"))),
          "leitbild.handlungsziel-key-doppelt",
          "'1.1'");
    }
  }

  @Test
  @DisplayName("knows the Land's seven Präventionsleitlinien with their German names")
  void leitlinien() {
    assertThat(Praeventionsleitlinie.values()).hasSize(7);
    assertThat(Praeventionsleitlinie.ELTERN_STAERKEN_KINDER_STAERKEN.bezeichnung())
        .isEqualTo("Eltern stärken – Kinder stärken");
    assertThat(Praeventionsleitlinie.UEBERGAENGE_FLIESSEND_GESTALTEN.bezeichnung())
        .isEqualTo("(Bildungs-)Übergänge fließend gestalten");
  }
}

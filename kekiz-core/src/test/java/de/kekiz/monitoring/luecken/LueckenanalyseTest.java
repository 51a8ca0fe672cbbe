package de.kekiz.monitoring.luecken;

import static de.kekiz.monitoring.MonitoringTestdaten.KAMEN;
import static de.kekiz.monitoring.MonitoringTestdaten.UNNA;
import static de.kekiz.monitoring.MonitoringTestdaten.assertRegelverstoss;
import static de.kekiz.monitoring.MonitoringTestdaten.bezirk;
import static de.kekiz.monitoring.MonitoringTestdaten.quote;
import static de.kekiz.monitoring.MonitoringTestdaten.raum;
import static de.kekiz.monitoring.MonitoringTestdaten.unna;
import static de.kekiz.monitoring.MonitoringTestdaten.wert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.AkteurId;
import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.angebot.Angebot;
import de.kekiz.domain.angebot.AngebotId;
import de.kekiz.domain.angebot.AngebotStatus;
import de.kekiz.domain.angebot.Kapazitaet;
import de.kekiz.domain.angebot.Praeventionsebene;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Polaritaet;
import de.kekiz.domain.kette.Akteur;
import de.kekiz.domain.kette.Akteursart;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kette.Uebergang;
import de.kekiz.domain.kommune.Bevoelkerungsstand;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.kommune.Sozialraumebene;
import de.kekiz.monitoring.Kommunaldaten;
import de.kekiz.monitoring.sozialindex.Sozialindex;
import de.kekiz.monitoring.sozialindex.Sozialindexberechnung;
import de.kekiz.monitoring.sozialindex.Sozialindexmodell;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Lückenanalyse")
class LueckenanalyseTest {

  private static final LocalDate STAND = LocalDate.of(2024, 12, 31);
  private static final LocalDate HEUTE = LocalDate.of(2025, 6, 30);
  private static final AkteurId TRAEGER = AkteurId.of("traeger");

  /** Children by phase: 0, 1–5, 6–9, 10–15, 16–24. */
  private static Sozialraum mitKindern(Sozialraum s, long... n) {
    Altersspanne[] a = {
      Altersspanne.of(0, 0),
      Altersspanne.of(1, 5),
      Altersspanne.of(6, 9),
      Altersspanne.of(10, 15),
      Altersspanne.of(16, 24)
    };
    Sozialraum r = s;
    for (int i = 0; i < n.length; i++) {
      r = r.withBevoelkerungsstand(new Bevoelkerungsstand(STAND, a[i], n[i]));
    }
    return r;
  }

  private static final Sozialraum B1 = bezirk("b1", "Bezirk 1");
  private static final Sozialraum NORD =
      mitKindern(raum("nord").withUebergeordnet(B1.id()), 20, 100, 80, 120, 150);
  private static final Sozialraum SUED =
      mitKindern(raum("sued").withUebergeordnet(B1.id()), 10, 50, 40, 60, 75);
  private static final Sozialraum OST = raum("ost"); // no population figures
  private static final Kommune STADT = unna(B1, NORD, SUED, OST);

  private static Angebot.Builder angebot(String id, String phase, String feld, SozialraumId... s) {
    return Angebot.builder(AngebotId.of(id), "Angebot " + id, TRAEGER)
        .beschreibung("Testangebot")
        .ebenen(Praeventionsebene.UNIVERSELL)
        .lebensphasen(phase)
        .handlungsfelder(feld)
        .sozialraeume(s);
  }

  private static final Praeventionskette KETTE =
      Praeventionskette.builder(UNNA)
          .akteure(Akteur.of(TRAEGER, "Träger", Akteursart.FREIER_TRAEGER, "bildung"))
          .angebote(
              angebot("a1", "kita", "bildung", NORD.id(), SUED.id())
                  .kapazitaet(Kapazitaet.of(30, "Kinder"))
                  .build(),
              angebot("a2", "kita", "jugendhilfe", B1.id())
                  .kapazitaet(Kapazitaet.of(20, "Kinder"))
                  .uebergaenge("kita-grundschule")
                  .build(),
              angebot("a3", "kita", "bildung", OST.id()).build(),
              angebot("a4", "schwangerschaft-geburt", "gesundheit", NORD.id())
                  .kapazitaet(Kapazitaet.of(50, "Familien"))
                  .uebergaenge("schwangerschaft-geburt-kita")
                  .status(AngebotStatus.EINGESTELLT)
                  .build(),
              angebot("a5", "grundschule", "bildung", NORD.id())
                  .kapazitaet(Kapazitaet.of(10, "Kinder"))
                  .uebergaenge("grundschule-weiterfuehrende-schule")
                  .build())
          .build();

  private static Lueckenbericht bericht(Sozialindex bedarf) {
    return new Lueckenanalyse().analysiere(STADT, KETTE, HEUTE, Sozialraumebene.STADTTEIL, bedarf);
  }

  private static Versorgungszelle zelle(Lueckenbericht b, Sozialraum s, String phase, String feld) {
    return b.matrix(s.ref()).orElseThrow().zelle(phase, feld).orElseThrow();
  }

  @Test
  @DisplayName("counts active Angebote per phase and field and splits their places")
  void matrix() {
    Lueckenbericht b = bericht(null);
    assertThat(b.kommune()).isEqualTo(STADT.schluessel());
    assertThat(b.stichtag()).isEqualTo(HEUTE);
    assertThat(b.ebene()).isEqualTo(Sozialraumebene.STADTTEIL);
    assertThat(b.matrizen())
        .extracting(Versorgungsmatrix::name)
        .containsExactly("Stadtteil nord", "Stadtteil ost", "Stadtteil sued");
    // 7 Lebensphasen × 5 Handlungsfelder, the cells found by zelle(…) among them
    assertThat(b.matrix(NORD.ref()).orElseThrow().zellen())
        .hasSize(35)
        .contains(zelle(b, NORD, "kita", "bildung"));
    Versorgungszelle kitaBildung = zelle(b, NORD, "kita", "bildung");
    assertThat(kitaBildung.angebote()).isEqualTo(1);
    assertThat(kitaBildung.plaetze()).isEqualByComparingTo("15");
    assertThat(kitaBildung.kinder()).isEqualTo(100L);
    assertThat(kitaBildung.kinderzahl()).hasValue(100L);
    assertThat(kitaBildung.plaetzeJe100Kinder()).isEqualByComparingTo("15");
    // a2 serves the Stadtbezirk, so each of its two Stadtteile: 10 places each
    assertThat(zelle(b, SUED, "kita", "jugendhilfe").plaetze()).isEqualByComparingTo("10");
    assertThat(zelle(b, SUED, "kita", "jugendhilfe").plaetzeJe100Kinder())
        .isEqualByComparingTo("20");
    // the defunct a4 does not count
    assertThat(zelle(b, NORD, "schwangerschaft-geburt", "gesundheit").leer()).isTrue();
    Versorgungszelle ost = zelle(b, OST, "kita", "bildung");
    assertThat(ost.angebote()).isEqualTo(1);
    assertThat(ost.ohneKapazitaet()).isEqualTo(1);
    assertThat(ost.kinder()).isNull();
    assertThat(ost.kinderzahl()).isEmpty();
    assertThat(ost.versorgungsquote()).isEmpty();
    assertThat(b.matrix(OST.ref()).orElseThrow().bevoelkerungsstand()).isNull();
    assertThat(b.matrix(NORD.ref()).orElseThrow().bevoelkerungsstand()).isEqualTo(STAND);
    assertThat(b.matrix(NORD.ref()).orElseThrow().leereZellen()).hasSize(35 - 3);
  }

  @Test
  @DisplayName("finds the Übergänge no active Angebot bridges, per Sozialraum and overall")
  void offeneUebergaenge() {
    Lueckenbericht b = bericht(null);
    assertThat(b.matrix(NORD.ref()).orElseThrow().offeneUebergaenge())
        .extracting(Uebergang::key)
        .containsExactly("schwangerschaft-geburt-kita", "weiterfuehrende-schule-schule-beruf");
    assertThat(b.matrix(OST.ref()).orElseThrow().offeneUebergaenge()).hasSize(4);
    assertThat(b.offeneUebergaenge())
        .extracting(Uebergang::key)
        .containsExactly("schwangerschaft-geburt-kita", "weiterfuehrende-schule-schule-beruf");
  }

  @Test
  @DisplayName("names the phases where high need meets low coverage")
  void brennpunkte() {
    Indikator armut = quote("test-armut", Polaritaet.HOEHER_IST_SCHLECHTER);
    Kommunaldaten d =
        Kommunaldaten.of(
            STADT,
            List.of(armut),
            List.of(
                wert(armut, NORD, 2024, 40, 100),
                wert(armut, SUED, 2024, 20, 100),
                wert(armut, OST, 2024, 10, 100)));
    Sozialindex bedarf =
        new Sozialindexberechnung()
            .berechne(
                d,
                Sozialindexmodell.gleichgewichtet("Bedarf", armut.key()),
                Periode.jahr(2024),
                Sozialraumebene.STADTTEIL);
    Lueckenbericht b = bericht(bedarf);
    // nord ranks first; kita: 25 places per 100 children against 50 / 150 = 33.3 overall
    assertThat(b.brennpunkte())
        .extracting(Versorgungsluecke::lebensphase)
        .containsExactly(
            "schwangerschaft-geburt", "kita", "weiterfuehrende-schule", "schule-beruf");
    Versorgungsluecke kita = b.brennpunkte().get(1);
    assertThat(kita.sozialraum()).isEqualTo(NORD.ref());
    assertThat(kita.bedarfsrang()).isEqualTo(1);
    assertThat(kita.plaetzeJe100Kinder()).isEqualByComparingTo("25");
    assertThat(kita.versorgungsquote())
        .hasValueSatisfying(q -> assertThat(q).isEqualByComparingTo("25"));
    assertThat(kita.name()).isEqualTo("Stadtteil nord");
    assertThat(kita.kommunequote()).isEqualByComparingTo("33.33333333333333");
    assertThat(
            new Lueckenanalyse(100)
                .analysiere(STADT, KETTE, HEUTE, Sozialraumebene.STADTTEIL, bedarf)
                .brennpunkte())
        .hasSizeGreaterThan(4);
  }

  @Test
  @DisplayName("rejects a chain of another Kommune and an impossible share")
  void falsch() {
    Praeventionskette fremd = Praeventionskette.builder(KAMEN).build();
    assertRegelverstoss(
        () -> new Lueckenanalyse().analysiere(STADT, fremd, HEUTE, Sozialraumebene.STADTTEIL, null),
        "luecken.andere-kommune",
        "05978020");
    assertThatThrownBy(() -> new Lueckenanalyse(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("analyses the chain as it was on the reference date, validity bounds included")
  void stichtag() {
    LocalDate start = LocalDate.of(2018, 8, 1);
    LocalDate ende = LocalDate.of(2020, 12, 31);
    Praeventionskette datiert =
        KETTE
            .withAngebot(
                KETTE.angebot(AngebotId.of("a2")).orElseThrow().withGueltigkeit(Zeitraum.ab(start)))
            .withAngebot(
                KETTE
                    .angebot(AngebotId.of("a4"))
                    .orElseThrow()
                    .withGueltigkeit(Zeitraum.of(LocalDate.of(2015, 1, 1), ende)));
    Lueckenanalyse analyse = new Lueckenanalyse();

    Lueckenbericht vorher =
        analyse.analysiere(STADT, datiert, start.minusDays(1), Sozialraumebene.STADTTEIL, null);
    assertThat(zelle(vorher, SUED, "kita", "jugendhilfe").leer()).isTrue();
    assertThat(vorher.matrix(SUED.ref()).orElseThrow().offeneUebergaenge())
        .extracting(Uebergang::key)
        .contains("kita-grundschule");
    // the closed a4 still ran: places for families in nord, transition bridged there
    assertThat(zelle(vorher, NORD, "schwangerschaft-geburt", "gesundheit").plaetze())
        .isEqualByComparingTo("50");
    assertThat(vorher.offeneUebergaenge())
        .extracting(Uebergang::key)
        .containsExactly("kita-grundschule", "weiterfuehrende-schule-schule-beruf");

    Lueckenbericht ab = analyse.analysiere(STADT, datiert, start, Sozialraumebene.STADTTEIL, null);
    assertThat(zelle(ab, SUED, "kita", "jugendhilfe").plaetze()).isEqualByComparingTo("10");

    Lueckenbericht letzterTag =
        analyse.analysiere(STADT, datiert, ende, Sozialraumebene.STADTTEIL, null);
    assertThat(zelle(letzterTag, NORD, "schwangerschaft-geburt", "gesundheit").plaetze())
        .isEqualByComparingTo("50");
    Lueckenbericht danach =
        analyse.analysiere(STADT, datiert, ende.plusDays(1), Sozialraumebene.STADTTEIL, null);
    assertThat(zelle(danach, NORD, "schwangerschaft-geburt", "gesundheit").leer()).isTrue();
    assertThat(danach.offeneUebergaenge())
        .extracting(Uebergang::key)
        .containsExactly("schwangerschaft-geburt-kita", "weiterfuehrende-schule-schule-beruf");
  }
}

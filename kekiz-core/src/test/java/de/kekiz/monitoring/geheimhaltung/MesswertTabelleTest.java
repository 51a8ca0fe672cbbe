package de.kekiz.monitoring.geheimhaltung;

import static de.kekiz.monitoring.geheimhaltung.GeheimhaltungFixtures.AHLEN;
import static de.kekiz.monitoring.geheimhaltung.GeheimhaltungFixtures.DOLBERG;
import static de.kekiz.monitoring.geheimhaltung.GeheimhaltungFixtures.J2023;
import static de.kekiz.monitoring.geheimhaltung.GeheimhaltungFixtures.MITTE;
import static de.kekiz.monitoring.geheimhaltung.GeheimhaltungFixtures.OST;
import static de.kekiz.monitoring.geheimhaltung.GeheimhaltungFixtures.QUOTE;
import static de.kekiz.monitoring.geheimhaltung.GeheimhaltungFixtures.VORHELM;
import static de.kekiz.monitoring.geheimhaltung.GeheimhaltungFixtures.ahlen;
import static de.kekiz.monitoring.geheimhaltung.GeheimhaltungFixtures.assertRegelverstoss;
import static de.kekiz.monitoring.geheimhaltung.GeheimhaltungFixtures.fehlend;
import static de.kekiz.monitoring.geheimhaltung.GeheimhaltungFixtures.kommune;
import static de.kekiz.monitoring.geheimhaltung.GeheimhaltungFixtures.raum;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.MesswertSchluessel;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.kommune.SozialraumRef;
import de.kekiz.domain.kommune.Sozialraumebene;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MesswertTabelle")
class MesswertTabelleTest {

  private static final Geheimhaltungsregeln STANDARD = Geheimhaltungsregeln.standard();

  private static Tabelle<MesswertSchluessel> baue(List<Messwert> m, Kommune k) {
    return MesswertTabelle.baue(m, k, MesswertTabelle.stichtag(m, k), STANDARD, Beitraege.keine());
  }

  private static MesswertSchluessel s(Messwert m) {
    return m.schluessel();
  }

  private static Messwert auf(Messwert m, String text, long zaehler, long nenner) {
    return m.withAufschluesselung(Aufschluesselung.parse(text))
        .withWerten(BigDecimal.valueOf(zaehler), BigDecimal.valueOf(nenner));
  }

  @Test
  @DisplayName("relates the Kommune to its Sozialräume and each breakdown total to its codes")
  void beziehungen() {
    Kommune k = ahlen().build();
    Messwert kg = kommune(100, 1000);
    Messwert d = raum(DOLBERG, 10, 100);
    List<Messwert> m =
        List.of(
            kg,
            raum(MITTE, 40, 400),
            raum(OST, 30, 300),
            d,
            raum(VORHELM, 20, 200),
            auf(d, "geschlecht=m", 4, 50),
            auf(d, "geschlecht=w", 6, 50));
    Tabelle<MesswertSchluessel> t = baue(m, k);
    // 5 areas x 3 breakdowns
    assertThat(t.groesse()).isEqualTo(15);
    assertThat(t.sensibel(s(d))).isFalse();
    assertThat(t.sensibel(s(m.get(5)))).isTrue(); // denominator 50
    assertThat(t.fehlt(s(kg.withAufschluesselung(Aufschluesselung.parse("geschlecht=m")))))
        .isTrue();
    assertThat(t.beziehungen())
        .contains(
            Summenbeziehung.of(s(kg), List.of(s(m.get(1)), s(m.get(2)), s(m.get(3)), s(m.get(4)))),
            Summenbeziehung.of(s(d), List.of(s(m.get(5)), s(m.get(6)))));
    // relations with missing cells are kept: the Kommune's m and w are missing, and so are
    // Mitte's
    MesswertSchluessel kommuneM =
        s(kg.withAufschluesselung(Aufschluesselung.parse("geschlecht=m")));
    MesswertSchluessel mitteM =
        s(m.get(1).withAufschluesselung(Aufschluesselung.parse("geschlecht=m")));
    assertThat(t.beziehungen()).anyMatch(b -> b.summe().equals(kommuneM));
    assertThat(t.beziehungen()).anyMatch(b -> b.teile().contains(mitteM));
    // per breakdown one hierarchy relation, per area one breakdown relation
    assertThat(t.beziehungen()).hasSize(3 + 5);
  }

  @Test
  @DisplayName("drops a breakdown relation that the values refute (overlapping age groups)")
  void widerlegt() {
    Kommune k = ahlen().build();
    Messwert kg = kommune(100, 1000);
    List<Messwert> m =
        List.of(
            kg,
            auf(kg, "alter=0-2", 30, 300),
            auf(kg, "alter=3-5", 70, 700),
            auf(kg, "alter=0-5", 100, 1000));
    Tabelle<MesswertSchluessel> t = baue(m, k);
    // the Kommune's values refute insgesamt = 0-2 + 3-5 + 0-5; what is left are the hierarchy
    // relations to the four Sozialräume (missing cells, kept) and their own breakdowns
    assertThat(t.beziehungen()).noneMatch(b -> b.summe().equals(s(kg)) && b.teile().size() == 3);
    assertThat(t.beziehungen()).anyMatch(b -> b.summe().equals(s(kg)) && b.teile().size() == 4);
    // with a Sozialraum that has observations, its alter relation cannot be refuted (its values
    // are missing) and is kept, to be safe
    Messwert d = fehlend(raum(DOLBERG, 0, 1));
    List<Messwert> mitDolberg = new ArrayList<>(m);
    mitDolberg.add(d);
    mitDolberg.add(fehlend(auf(raum(DOLBERG, 0, 1), "alter=0-2", 1, 1)));
    Tabelle<MesswertSchluessel> t2 = baue(mitDolberg, k);
    assertThat(t2.beziehungen())
        .noneMatch(b -> b.summe().equals(s(kg)) && b.teile().size() == 3)
        .anyMatch(b -> b.summe().equals(s(d)) && b.teile().size() == 3);
  }

  @Test
  @DisplayName("keeps a Sozialraum without any observation in the relations, as missing cells")
  void leererSozialraum() {
    Kommune k = ahlen().build();
    List<Messwert> m =
        List.of(
            kommune(444, 4560), raum(MITTE, 310, 2950), raum(OST, 87, 880), raum(DOLBERG, 2, 120));
    Tabelle<MesswertSchluessel> t = baue(m, k);
    MesswertSchluessel vorhelm = s(raum(VORHELM, 45, 610));
    assertThat(t.fehlt(vorhelm)).isTrue();
    assertThat(t.beziehungen())
        .containsExactly(
            Summenbeziehung.of(
                s(m.get(0)), List.of(s(m.get(1)), s(m.get(2)), s(m.get(3)), vorhelm)));
  }

  @Test
  @DisplayName("relates a 2-D breakdown along both dimensions")
  void zweiDimensionen() {
    Kommune k = ahlen().build();
    Messwert kg = kommune(100, 1000);
    List<Messwert> m = new ArrayList<>();
    m.add(kg);
    m.add(auf(kg, "alter=0-2", 30, 300));
    m.add(auf(kg, "alter=3-5", 70, 700));
    m.add(auf(kg, "geschlecht=m", 45, 500));
    m.add(auf(kg, "geschlecht=w", 55, 500));
    m.add(auf(kg, "alter=0-2,geschlecht=m", 10, 150));
    m.add(auf(kg, "alter=0-2,geschlecht=w", 20, 150));
    m.add(auf(kg, "alter=3-5,geschlecht=m", 35, 350));
    m.add(auf(kg, "alter=3-5,geschlecht=w", 35, 350));
    Tabelle<MesswertSchluessel> t = baue(m, k);
    assertThat(t.beziehungen())
        .filteredOn(b -> b.summe().raum().equals(kg.raum()) && b.teile().size() == 2)
        .containsExactlyInAnyOrder(
            Summenbeziehung.of(s(m.get(0)), List.of(s(m.get(1)), s(m.get(2)))),
            Summenbeziehung.of(s(m.get(0)), List.of(s(m.get(3)), s(m.get(4)))),
            Summenbeziehung.of(s(m.get(1)), List.of(s(m.get(5)), s(m.get(6)))),
            Summenbeziehung.of(s(m.get(2)), List.of(s(m.get(7)), s(m.get(8)))),
            Summenbeziehung.of(s(m.get(3)), List.of(s(m.get(5)), s(m.get(7)))),
            Summenbeziehung.of(s(m.get(4)), List.of(s(m.get(6)), s(m.get(8)))));
  }

  @Test
  @DisplayName("gives each level of Sozialräume under a parent its own relation")
  void parallel() {
    SozialraumId s1 = SozialraumId.of(AHLEN, "S1");
    SozialraumId s2 = SozialraumId.of(AHLEN, "S2");
    Kommune k =
        ahlen()
            .sozialraum(
                Sozialraum.of(
                    s1,
                    1,
                    "Schule 1",
                    Sozialraumebene.SCHULEINZUGSBEREICH,
                    Zeitraum.parse("2000-01-01..")))
            .sozialraum(
                Sozialraum.of(
                    s2,
                    1,
                    "Schule 2",
                    Sozialraumebene.SCHULEINZUGSBEREICH,
                    Zeitraum.parse("2000-01-01..")))
            .build();
    List<Messwert> m =
        List.of(
            kommune(100, 1000),
            raum(MITTE, 40, 400),
            raum(OST, 30, 300),
            raum(DOLBERG, 10, 100),
            raum(VORHELM, 20, 200),
            raum(s1, 60, 500),
            raum(s2, 40, 500));
    Tabelle<MesswertSchluessel> t = baue(m, k);
    assertThat(t.beziehungen())
        .containsExactlyInAnyOrder(
            Summenbeziehung.of(
                s(m.get(0)), List.of(s(m.get(1)), s(m.get(2)), s(m.get(3)), s(m.get(4)))),
            Summenbeziehung.of(s(m.get(0)), List.of(s(m.get(5)), s(m.get(6)))));
  }

  @Test
  @DisplayName("counts decimals exactly by scaling every numerator of the table alike")
  void dezimal() {
    Kommune k = ahlen().build();
    Messwert kg = kommune(4, 10).withWerten(new BigDecimal("4.0"), BigDecimal.TEN);
    List<Messwert> m =
        List.of(
            kg,
            raum(MITTE, 0, 5).withWerten(new BigDecimal("1.5"), BigDecimal.valueOf(5)),
            raum(OST, 0, 5).withWerten(new BigDecimal("2.5"), BigDecimal.valueOf(5)));
    Tabelle<MesswertSchluessel> t = baue(m, k);
    assertThat(t.zaehler(s(kg))).hasValue(40);
    assertThat(t.zaehler(s(m.get(1)))).hasValue(15);
    assertThat(t.nenner(s(kg))).hasValue(10);
    assertThat(t.beziehungen()).hasSize(1);
    // the rules see the real values: 1.5 is below 3
    assertThat(t.sensibel(s(m.get(1)))).isTrue();
  }

  @Test
  @DisplayName("uses the boundary versions valid at the end of the period")
  void gebietsstaende() {
    // Dolberg was split on 1 January 2020: version 2 is smaller, the new Dolberg-Süd takes the
    // rest
    SozialraumId sued = SozialraumId.of(AHLEN, "5");
    Kommune k =
        Kommune.builder(
                AHLEN, "Ahlen", de.kekiz.domain.kommune.Kommunenart.MITTLERE_KREISANGEHOERIGE_STADT)
            .kreisfrei(false)
            .kreis(de.kekiz.domain.kommune.Kreisschluessel.parse("05570"))
            .jugendamt(AHLEN)
            .sozialraum(GeheimhaltungFixtures.raum(MITTE, "Ahlen-Mitte"))
            .sozialraum(
                Sozialraum.of(
                    DOLBERG,
                    1,
                    "Dolberg",
                    Sozialraumebene.STADTTEIL,
                    Zeitraum.parse("2000-01-01..2019-12-31")))
            .sozialraum(
                Sozialraum.of(
                    DOLBERG,
                    2,
                    "Dolberg",
                    Sozialraumebene.STADTTEIL,
                    Zeitraum.parse("2020-01-01..")))
            .sozialraum(
                Sozialraum.of(
                    sued,
                    1,
                    "Dolberg-Süd",
                    Sozialraumebene.STADTTEIL,
                    Zeitraum.parse("2020-01-01..")))
            .build();
    Periode j2018 = Periode.jahr(2018);
    List<Messwert> alt =
        List.of(
            Messwert.of(QUOTE.ref(), Raumbezug.of(AHLEN), j2018, 50, 500),
            Messwert.of(QUOTE.ref(), Raumbezug.of(SozialraumRef.of(MITTE, 1)), j2018, 30, 300),
            Messwert.of(QUOTE.ref(), Raumbezug.of(SozialraumRef.of(DOLBERG, 1)), j2018, 20, 200));
    assertThat(MesswertTabelle.stichtag(alt, k)).isEqualTo(LocalDate.of(2018, 12, 31));
    assertThat(baue(alt, k).beziehungen()).hasSize(1);
    List<Messwert> neu =
        List.of(
            kommune(50, 500),
            raum(MITTE, 30, 300),
            Messwert.of(QUOTE.ref(), Raumbezug.of(SozialraumRef.of(DOLBERG, 2)), J2023, 2, 120),
            raum(sued, 18, 80));
    assertThat(MesswertTabelle.stichtag(neu, k)).isEqualTo(LocalDate.of(2023, 12, 31));
    Tabelle<MesswertSchluessel> t = baue(neu, k);
    assertThat(t.beziehungen())
        .containsExactly(
            Summenbeziehung.of(
                s(neu.get(0)), List.of(s(neu.get(1)), s(neu.get(2)), s(neu.get(3)))));
    // data of 2020 still tied to the old boundary: the reference day moves into its validity
    List<Messwert> spaet =
        List.of(
            Messwert.of(
                QUOTE.ref(),
                Raumbezug.of(SozialraumRef.of(DOLBERG, 1)),
                Periode.jahr(2020),
                20,
                200));
    assertThat(MesswertTabelle.stichtag(spaet, k)).isEqualTo(LocalDate.of(2019, 12, 31));
    // versions never valid together
    List<Messwert> gemischt =
        List.of(
            Messwert.of(QUOTE.ref(), Raumbezug.of(SozialraumRef.of(DOLBERG, 1)), J2023, 20, 200),
            raum(sued, 18, 80));
    assertRegelverstoss(
        () -> MesswertTabelle.stichtag(gemischt, k),
        "geheimhaltung.gebietsstaende-unvereinbar",
        "2020-01-01",
        "2019-12-31");
    assertRegelverstoss(
        () -> MesswertTabelle.baue(alt, k, LocalDate.of(2023, 6, 30), STANDARD, Beitraege.keine()),
        "geheimhaltung.sozialraum-nicht-gueltig",
        "05570004:3@1",
        "2023-06-30");
  }

  @Test
  @DisplayName("refuses observations of different indicators or periods in one table")
  void eineGruppe() {
    Kommune k = ahlen().build();
    List<Messwert> m =
        List.of(
            kommune(50, 500),
            Messwert.of(QUOTE.ref(), Raumbezug.of(AHLEN), Periode.jahr(2022), 50, 500));
    assertThatThrownBy(() -> baue(m, k))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2022")
        .hasMessageContaining("2023");
    assertThatThrownBy(() -> MesswertTabelle.stichtag(List.of(), k))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got none");
    assertThat(
            MesswertTabelle.baue(
                    List.of(), k, LocalDate.of(2023, 1, 1), STANDARD, Beitraege.keine())
                .groesse())
        .isZero();
  }
}

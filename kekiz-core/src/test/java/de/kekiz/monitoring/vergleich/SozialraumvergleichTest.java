package de.kekiz.monitoring.vergleich;

import static de.kekiz.monitoring.MonitoringTestdaten.KREIS;
import static de.kekiz.monitoring.MonitoringTestdaten.UNNA;
import static de.kekiz.monitoring.MonitoringTestdaten.quote;
import static de.kekiz.monitoring.MonitoringTestdaten.raum;
import static de.kekiz.monitoring.MonitoringTestdaten.unna;
import static de.kekiz.monitoring.MonitoringTestdaten.wert;
import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.KommuneBezug;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.ObsStatus;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Polaritaet;
import de.kekiz.domain.kommune.Kreisschluessel;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.Sozialraumebene;
import de.kekiz.monitoring.Gebiet;
import de.kekiz.monitoring.Kennzahl;
import de.kekiz.monitoring.Kommunaldaten;
import de.kekiz.monitoring.Referenzwerte;
import de.kekiz.monitoring.Reihe;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Sozialraumvergleich")
class SozialraumvergleichTest {

  private static final Sozialraum NORD = raum("nord");
  private static final Sozialraum SUED = raum("sued");
  private static final Sozialraum OST = raum("ost");
  private static final Sozialraum WEST = raum("west");
  private static final Periode J2023 = Periode.jahr(2023);

  /** nord 5 %, sued 10 %, ost 5 %, west 13.75 %; the Kommune 100/1000 = 10 %. */
  private static List<Messwert> werte(Indikator i) {
    return new ArrayList<>(
        List.of(
            wert(i, NORD, 2023, 10, 200),
            wert(i, SUED, 2023, 30, 300),
            wert(i, OST, 2023, 5, 100),
            wert(i, WEST, 2023, 55, 400)));
  }

  private static Vergleich vergleich(Indikator i, List<Messwert> m, Referenzwerte r) {
    // the statuses as given: the secondary suppression is tested with Kommunaldaten
    Kommunaldaten d =
        Kommunaldaten.builder(unna(NORD, SUED, OST, WEST), List.of(i))
            .ohneGeheimhaltung()
            .addAll(m)
            .build();
    return new Sozialraumvergleich().vergleiche(d, Reihe.insgesamt(i.ref()), J2023, r);
  }

  private static Vergleichszeile zeile(Vergleich v, Sozialraum s) {
    return v.zeile(s.ref()).orElseThrow();
  }

  @Test
  @DisplayName("gives value, deviation in points and percent, and a verdict for higher-is-worse")
  void hoeherIstSchlechter() {
    Indikator i = quote();
    Vergleich v = vergleich(i, werte(i), Referenzwerte.keine());
    assertThat(v.kommune().wert()).isEqualByComparingTo("10");
    Vergleichszeile west = zeile(v, WEST);
    assertThat(west.wert().wert()).isEqualByComparingTo("13.75");
    assertThat(west.kommune().absolut()).isEqualByComparingTo("3.75");
    assertThat(west.kommune().relativ()).isEqualByComparingTo("37.5");
    assertThat(west.kommune().relativeAbweichung()).containsSame(west.kommune().relativ());
    assertThat(west.landabweichung()).isEmpty(); // no Land value in Referenzwerte.keine()
    assertThat(v.polaritaet()).isEqualTo(i.polaritaet());
    assertThat(west.kommune().bewertung()).isEqualTo(Bewertung.SCHLECHTER);
    assertThat(zeile(v, NORD).kommune().relativ()).isEqualByComparingTo("-50");
    assertThat(zeile(v, NORD).kommune().bewertung()).isEqualTo(Bewertung.BESSER);
    assertThat(zeile(v, SUED).kommune().bewertung()).isEqualTo(Bewertung.WIE_ERWARTET);
    assertThat(v.zeilen())
        .extracting(Vergleichszeile::name)
        .containsExactly("Stadtteil nord", "Stadtteil ost", "Stadtteil sued", "Stadtteil west");
  }

  @Test
  @DisplayName("ranks the most unfavourable first, ties sharing the best rank (1, 2, 3, 3)")
  void raenge() {
    Indikator i = quote();
    Vergleich v = vergleich(i, werte(i), Referenzwerte.keine());
    assertThat(v.nachRang(Sozialraumebene.STADTTEIL))
        .extracting(Vergleichszeile::name, Vergleichszeile::rang)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Stadtteil west", 1),
            org.assertj.core.groups.Tuple.tuple("Stadtteil sued", 2),
            org.assertj.core.groups.Tuple.tuple("Stadtteil nord", 3),
            org.assertj.core.groups.Tuple.tuple("Stadtteil ost", 3));
    assertThat(zeile(v, WEST).rangplaetze()).isEqualTo(4);
    // the rows by version, though the Kommune lists its Sozialräume otherwise (sued before ost)
    assertThat(v.zeilen())
        .extracting(Vergleichszeile::name)
        .containsExactly("Stadtteil nord", "Stadtteil ost", "Stadtteil sued", "Stadtteil west");
  }

  @Test
  @DisplayName("turns verdicts and ranks round for a higher-is-better indicator")
  void hoeherIstBesser() {
    Indikator i = quote("test-betreuung", Polaritaet.HOEHER_IST_BESSER);
    Vergleich v = vergleich(i, werte(i), Referenzwerte.keine());
    assertThat(zeile(v, WEST).kommune().bewertung()).isEqualTo(Bewertung.BESSER);
    assertThat(zeile(v, NORD).kommune().bewertung()).isEqualTo(Bewertung.SCHLECHTER);
    assertThat(zeile(v, NORD).rang()).isEqualTo(1);
    assertThat(zeile(v, OST).rang()).isEqualTo(1);
    assertThat(zeile(v, WEST).rang()).isEqualTo(4);
  }

  @Test
  @DisplayName("compares with the Kreis and the Land where their values are known")
  void kreisUndLand() {
    Indikator i = quote();
    Referenzwerte r =
        new Referenzwerte() {
          @Override
          public Optional<Kennzahl> kreis(Kreisschluessel kreis, Reihe reihe, Periode periode) {
            return kreis.equals(KREIS)
                ? Optional.of(kennzahl(i, Gebiet.kreis(kreis), 125, 1000))
                : Optional.empty();
          }

          @Override
          public Optional<Kennzahl> land(String land, Reihe reihe, Periode periode) {
            return Optional.of(kennzahl(i, Gebiet.land(land), 20, 100));
          }
        };
    Vergleich v = vergleich(i, werte(i), r);
    assertThat(v.kreis().wert()).isEqualByComparingTo("12.5");
    Vergleichszeile west = zeile(v, WEST);
    assertThat(west.kreis().absolut()).isEqualByComparingTo("1.25");
    assertThat(west.kreis().bewertung()).isEqualTo(Bewertung.WIE_ERWARTET);
    assertThat(west.land().absolut()).isEqualByComparingTo("-6.25");
    assertThat(west.landabweichung()).containsSame(west.land());
    assertThat(west.land().bewertung()).isEqualTo(Bewertung.BESSER);
  }

  private static Kennzahl kennzahl(Indikator i, Gebiet g, long z, long n) {
    return Kennzahl.aus(
        i,
        g,
        J2023,
        Aufschluesselung.INSGESAMT,
        BigDecimal.valueOf(z),
        BigDecimal.valueOf(n),
        ObsStatus.A,
        ConfStatus.F);
  }

  @Test
  @DisplayName(
      "shows a suppressed Sozialraum without value, deviation or rank; ranks the rest 1 to 3")
  void gesperrterSozialraum() {
    Indikator i = quote();
    List<Messwert> m = werte(i);
    m.set(2, m.get(2).withConfStatus(ConfStatus.A)); // ost
    Vergleich v = vergleich(i, m, Referenzwerte.keine());
    Vergleichszeile ost = zeile(v, OST);
    assertThat(ost.wert().hatWert()).isFalse();
    assertThat(ost.rang()).isNull();
    assertThat(ost.rangplatz()).isEmpty();
    assertThat(ost.kommune().absolut()).isNull();
    assertThat(ost.kommune().relativ()).isNull();
    assertThat(ost.kommune().relativeAbweichung()).isEmpty();
    assertThat(ost.kommune().bewertung()).isEqualTo(Bewertung.KEINE_AUSSAGE);
    assertThat(ost.kommune().confStatus()).isEqualTo(ConfStatus.A);
    assertThat(zeile(v, NORD).rang()).isEqualTo(3);
    assertThat(zeile(v, NORD).rangplaetze()).isEqualTo(3);
    // the Kommune's sum still counts the suppressed part
    assertThat(v.kommune().zaehler()).isEqualByComparingTo("100");
  }

  @Test
  @DisplayName("gives no deviation from a Kommune value the source suppressed")
  void gesperrteKommune() {
    Indikator i = quote();
    List<Messwert> m = werte(i);
    m.add(
        new Messwert(
            i.ref(),
            new KommuneBezug(UNNA),
            J2023,
            Aufschluesselung.INSGESAMT,
            null,
            null,
            ObsStatus.A,
            ConfStatus.N));
    Vergleich v = vergleich(i, m, Referenzwerte.keine());
    assertThat(v.kommune().hatWert()).isFalse();
    assertThat(v.zeilen())
        .allSatisfy(
            z -> {
              assertThat(z.kommune().absolut()).isNull();
              assertThat(z.kommune().confStatus()).isEqualTo(ConfStatus.N);
            });
  }

  @Test
  @DisplayName("compares every indicator in its latest period")
  void alle() {
    Indikator a = quote();
    Indikator b = quote("test-zweite", Polaritaet.NEUTRAL);
    List<Messwert> m = werte(a);
    m.add(wert(b, NORD, 2021, 1, 10));
    m.add(wert(b, NORD, 2022, 2, 10));
    Kommunaldaten d = Kommunaldaten.of(unna(NORD, SUED, OST, WEST), List.of(a, b), m);
    List<Vergleich> alle =
        new Sozialraumvergleich(Toleranz.absolut("1")).vergleicheAlle(d, Referenzwerte.keine());
    assertThat(alle).extracting(Vergleich::periode).containsExactly(J2023, Periode.jahr(2022));
    assertThat(alle.get(1).zeilen()).hasSize(1);
    assertThat(alle.get(1).toleranz()).isEqualTo(Toleranz.absolut("1"));
  }
}

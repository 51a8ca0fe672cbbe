package de.kekiz.monitoring;

import static de.kekiz.monitoring.MonitoringTestdaten.ANFANG;
import static de.kekiz.monitoring.MonitoringTestdaten.KAMEN;
import static de.kekiz.monitoring.MonitoringTestdaten.UNNA;
import static de.kekiz.monitoring.MonitoringTestdaten.anzahl;
import static de.kekiz.monitoring.MonitoringTestdaten.assertRegelverstoss;
import static de.kekiz.monitoring.MonitoringTestdaten.bezirk;
import static de.kekiz.monitoring.MonitoringTestdaten.bezug;
import static de.kekiz.monitoring.MonitoringTestdaten.dez;
import static de.kekiz.monitoring.MonitoringTestdaten.fehlend;
import static de.kekiz.monitoring.MonitoringTestdaten.gesperrt;
import static de.kekiz.monitoring.MonitoringTestdaten.quote;
import static de.kekiz.monitoring.MonitoringTestdaten.quoteBuilder;
import static de.kekiz.monitoring.MonitoringTestdaten.raum;
import static de.kekiz.monitoring.MonitoringTestdaten.unna;
import static de.kekiz.monitoring.MonitoringTestdaten.wert;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.KommuneBezug;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.ObsStatus;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Polaritaet;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.kommune.SozialraumRef;
import de.kekiz.domain.kommune.Sozialraumebene;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Kommunaldaten")
class KommunaldatenTest {

  private static final Indikator QUOTE = quote();
  private static final Sozialraum NORD = raum("nord");
  private static final Sozialraum SUED = raum("sued");
  private static final Sozialraum OST = raum("ost");
  private static final Sozialraum WEST = raum("west");
  private static final Kommune STADT = unna(NORD, SUED, OST, WEST);
  private static final Periode J2023 = Periode.jahr(2023);
  private static final Reihe REIHE = Reihe.insgesamt(QUOTE.ref());
  private static final Sozialraum B1 = bezirk("b1", "Bezirk 1");
  private static final Sozialraum B2 = bezirk("b2", "Bezirk 2");

  /** Stadtteile nord and sued in Bezirk 1, ost and west in Bezirk 2. */
  private static final Kommune MIT_BEZIRKEN =
      unna(
          B1,
          B2,
          NORD.withUebergeordnet(B1.id()),
          SUED.withUebergeordnet(B1.id()),
          OST.withUebergeordnet(B2.id()),
          WEST.withUebergeordnet(B2.id()));

  /** nord 10/200, sued 30/300, ost 5/100, west 55/400: the Kommune has 100/1000 = 10 %. */
  private static List<Messwert> vierRaeume() {
    return List.of(
        wert(QUOTE, NORD, 2023, 10, 200),
        wert(QUOTE, SUED, 2023, 30, 300),
        wert(QUOTE, OST, 2023, 5, 100),
        wert(QUOTE, WEST, 2023, 55, 400));
  }

  private static Kommunaldaten daten(Kommune k, Iterable<Messwert> m, Indikator... i) {
    return Kommunaldaten.of(k, i.length == 0 ? List.of(QUOTE) : List.of(i), m);
  }

  @Nested
  @DisplayName("sum to the Kommune")
  class Summen {

    @Test
    @DisplayName("adds numerators and denominators of the Sozialräume, never averaging their rates")
    void summiertZaehlerUndNenner() {
      Kommunaldaten d = daten(STADT, vierRaeume());
      Messwert k = d.kommunewert(REIHE, J2023).orElseThrow();
      assertThat(k.raum()).isEqualTo(new KommuneBezug(UNNA));
      assertThat(k.zaehler()).isEqualByComparingTo("100");
      assertThat(k.nenner()).isEqualByComparingTo("1000");
      assertThat(d.wert(k)).hasValueSatisfying(w -> assertThat(w).isEqualByComparingTo("10"));
      // the mean of the four rates (5, 10, 5, 13.75) would be 8.4375 %: not what is reported
      assertThat(d.kennzahl(k).wert()).isNotEqualByComparingTo("8.4375");
    }

    @Test
    @DisplayName("takes the Kommune's own observation over the sum of its Sozialräume")
    void eigenerWertGewinnt() {
      List<Messwert> m = new java.util.ArrayList<>(vierRaeume());
      m.add(wert(QUOTE, UNNA, 2023, 120, 1100));
      Messwert k = daten(STADT, m).kommunewert(REIHE, J2023).orElseThrow();
      assertThat(k.zaehler()).isEqualByComparingTo("120");
      assertThat(k.nenner()).isEqualByComparingTo("1100");
    }

    @Test
    @DisplayName("sums the Sozialräume when the Kommune's own observation is missing")
    void fehlenderEigenerWertWirdSummiert() {
      List<Messwert> m = new java.util.ArrayList<>(vierRaeume());
      m.add(Messwert.fehlend(QUOTE.ref(), new KommuneBezug(UNNA), J2023));
      assertThat(daten(STADT, m).kommunewert(REIHE, J2023).orElseThrow().zaehler())
          .isEqualByComparingTo("100");
    }

    @Test
    @DisplayName("reports a sum with a missing part as missing, never as a partial sum")
    void fehlenderTeilMachtSummeFehlend() {
      List<Messwert> m =
          List.of(
              wert(QUOTE, NORD, 2023, 10, 200),
              wert(QUOTE, SUED, 2023, 30, 300),
              fehlend(QUOTE, OST, 2023));
      Messwert k = daten(STADT, m).kommunewert(REIHE, J2023).orElseThrow();
      assertThat(k.obsStatus()).isEqualTo(ObsStatus.M);
      assertThat(k.zaehler()).isNull();
    }

    @Test
    @DisplayName("has no Kommune value for a period without observations")
    void ohneBeobachtungKeinWert() {
      assertThat(daten(STADT, vierRaeume()).kommunewert(REIHE, Periode.jahr(2022))).isEmpty();
    }

    @Test
    @DisplayName("sums suppressed parts with their internal numbers but publishes them as absent")
    void gesperrteTeileZaehlenIntern() {
      List<Messwert> m = new java.util.ArrayList<>(vierRaeume());
      m.set(2, gesperrt(m.get(2), ConfStatus.A));
      Kommunaldaten d = daten(STADT, m);
      assertThat(d.kommunewert(REIHE, J2023).orElseThrow().zaehler()).isEqualByComparingTo("100");
      Kennzahl ost = d.kennzahl(d.messwert(REIHE, J2023, bezug(OST)).orElseThrow());
      assertThat(ost.zaehler()).isNull();
      assertThat(ost.wert()).isNull();
      assertThat(ost.confStatus()).isEqualTo(ConfStatus.A);
      assertThat(d.kennzahl(d.kommunewert(REIHE, J2023).orElseThrow()).wert())
          .isEqualByComparingTo("10");
    }

    @Test
    @DisplayName("keeps the Kommune suppressed when the source suppressed its own figure")
    void quelleSperrtKommune() {
      List<Messwert> m = new java.util.ArrayList<>(vierRaeume());
      m.add(
          new Messwert(
              QUOTE.ref(),
              new KommuneBezug(UNNA),
              J2023,
              Aufschluesselung.INSGESAMT,
              null,
              null,
              ObsStatus.A,
              ConfStatus.C));
      Kommunaldaten d = daten(STADT, m);
      Messwert k = d.kommunewert(REIHE, J2023).orElseThrow();
      assertThat(k.confStatus()).isEqualTo(ConfStatus.C);
      assertThat(d.kennzahl(k).hatWert()).isFalse();
    }

    @Test
    @DisplayName("passes the most significant observation status of the parts to the sum")
    void statusDerTeile() {
      List<Messwert> m = new java.util.ArrayList<>(vierRaeume());
      m.set(0, m.get(0).withObsStatus(ObsStatus.P));
      m.set(1, m.get(1).withObsStatus(ObsStatus.E));
      assertThat(daten(STADT, m).kommunewert(REIHE, J2023).orElseThrow().obsStatus())
          .isEqualTo(ObsStatus.E);
    }

    @Test
    @DisplayName("sums decimals and numbers beyond long exactly")
    void grosseUndDezimaleZahlen() {
      Indikator anzahl = anzahl();
      Reihe r = Reihe.insgesamt(anzahl.ref());
      List<Messwert> m =
          List.of(
              Messwert.absolut(anzahl.ref(), bezug(NORD), J2023, Long.MAX_VALUE),
              Messwert.absolut(anzahl.ref(), bezug(SUED), J2023, Long.MAX_VALUE),
              Messwert.absolut(anzahl.ref(), bezug(OST), J2023, 1),
              new Messwert(
                  anzahl.ref(),
                  bezug(WEST),
                  J2023,
                  Aufschluesselung.INSGESAMT,
                  dez("0.25"),
                  null,
                  ObsStatus.E,
                  ConfStatus.F));
      Messwert k =
          Kommunaldaten.builder(STADT, List.of(anzahl))
              .ohneGeheimhaltung() // the protection counts in long
              .addAll(m)
              .build()
              .kommunewert(r, J2023)
              .orElseThrow();
      assertThat(k.zaehler())
          .isEqualByComparingTo(
              BigDecimal.valueOf(Long.MAX_VALUE).multiply(BigDecimal.valueOf(2)).add(dez("1.25")));
      assertThat(k.nenner()).isNull();
    }

    @Test
    @DisplayName("keeps breakdowns apart: each cell is summed on its own")
    void aufschluesselungenGetrennt() {
      Aufschluesselung m = Aufschluesselung.of(Aufschluesselung.GESCHLECHT, "m");
      Aufschluesselung w = Aufschluesselung.of(Aufschluesselung.GESCHLECHT, "w");
      List<Messwert> werte =
          List.of(
              wert(QUOTE, NORD, 2023, 4, 100).withAufschluesselung(m),
              wert(QUOTE, NORD, 2023, 6, 100).withAufschluesselung(w),
              wert(QUOTE, SUED, 2023, 1, 50).withAufschluesselung(m),
              wert(QUOTE, SUED, 2023, 9, 50).withAufschluesselung(w),
              wert(QUOTE, OST, 2023, 0, 10).withAufschluesselung(m),
              wert(QUOTE, OST, 2023, 0, 10).withAufschluesselung(w),
              wert(QUOTE, WEST, 2023, 5, 40).withAufschluesselung(m),
              wert(QUOTE, WEST, 2023, 5, 40).withAufschluesselung(w));
      Kommunaldaten d = daten(STADT, werte);
      assertThat(d.reihen()).containsExactly(new Reihe(QUOTE.ref(), m), new Reihe(QUOTE.ref(), w));
      assertThat(d.kommunewert(new Reihe(QUOTE.ref(), m), J2023).orElseThrow().zaehler())
          .isEqualByComparingTo("10");
      assertThat(d.kommunewert(new Reihe(QUOTE.ref(), w), J2023).orElseThrow().nenner())
          .isEqualByComparingTo("200");
      assertThat(d.kommunewert(REIHE, J2023)).isEmpty();
    }
  }

  @Nested
  @DisplayName("Sozialraum versions and hierarchy")
  class Gebietsstaende {

    private final SozialraumId nordId = SozialraumId.of(UNNA, "nord");
    private final Sozialraum nordAlt =
        Sozialraum.of(
            nordId,
            1,
            "Nord (alt)",
            Sozialraumebene.STADTTEIL,
            Zeitraum.of(ANFANG, LocalDate.of(2020, 6, 30)));
    private final Sozialraum nordNeu =
        Sozialraum.of(
            nordId, 2, "Nord", Sozialraumebene.STADTTEIL, Zeitraum.ab(LocalDate.of(2020, 7, 1)));
    private final Kommune stadt = unna(nordAlt, nordNeu, SUED);

    @Test
    @DisplayName("gives the positions of the versions valid on a day, in the order of the versions")
    void gueltigeStellen() {
      // a cell on 1 January 2020 (the old boundary) and one on 1 January 2021 (the new one)
      Kommunaldaten d =
          daten(
              stadt, List.of(wert(QUOTE, nordAlt, 2020, 1, 10), wert(QUOTE, nordNeu, 2021, 1, 10)));
      for (LocalDate tag :
          List.of(
              LocalDate.of(2020, 1, 1), // known from a cell
              LocalDate.of(2020, 6, 30),
              LocalDate.of(2020, 7, 1),
              LocalDate.of(2021, 1, 1))) {
        List<Sozialraum> gueltig = new java.util.ArrayList<>();
        for (int stelle : d.gueltigeStellen(tag)) {
          gueltig.add(d.sozialraumAn(stelle));
          assertThat(
                  d.querschnitt(REIHE, Periode.jahr(2020))
                      .orElseThrow()
                      .stelle(d.sozialraumAn(stelle).ref()))
              .isEqualTo(stelle);
        }
        assertThat(gueltig)
            .as("valid on %s", tag)
            .containsExactly(
                tag.isBefore(LocalDate.of(2020, 7, 1))
                    ? new Sozialraum[] {nordAlt, SUED}
                    : new Sozialraum[] {nordNeu, SUED});
      }
    }

    @Test
    @DisplayName("sums only the boundary versions valid on the period's first day")
    void nurGueltigeVersionen() {
      // the boundary changed on 1 July 2020: 2020 still belongs to the old one, 2021 to the new
      List<Messwert> m =
          List.of(
              wert(QUOTE, nordAlt, 2020, 10, 100),
              wert(QUOTE, SUED, 2020, 20, 100),
              wert(QUOTE, nordAlt, 2021, 11, 100), // old boundary, re-delivered
              wert(QUOTE, nordNeu, 2021, 30, 300),
              wert(QUOTE, SUED, 2021, 20, 100));
      Kommunaldaten d = daten(stadt, m);
      assertThat(d.kommunewert(REIHE, Periode.jahr(2020)).orElseThrow().zaehler())
          .isEqualByComparingTo("30");
      Messwert k2021 = d.kommunewert(REIHE, Periode.jahr(2021)).orElseThrow();
      assertThat(k2021.zaehler()).isEqualByComparingTo("50");
      assertThat(k2021.nenner()).isEqualByComparingTo("400");
      assertThat(d.gliederung(LocalDate.of(2020, 12, 31)))
          .extracting(Sozialraum::ref)
          .containsExactly(nordNeu.ref(), SUED.ref());
    }

    @Test
    @DisplayName("reports missing when only the old boundary has a value for the period")
    void alteGrenzeReichtNicht() {
      List<Messwert> m =
          List.of(wert(QUOTE, nordAlt, 2021, 11, 100), wert(QUOTE, SUED, 2021, 20, 100));
      assertThat(daten(stadt, m).kommunewert(REIHE, Periode.jahr(2021)).orElseThrow().obsStatus())
          .isEqualTo(ObsStatus.M);
    }

    @Test
    @DisplayName("takes the boundary valid on the indicator's Stichtag, not on the period's start")
    void stichtagDesIndikators() {
      Indikator jahresende =
          quoteBuilder(MonitoringTestdaten.QUOTE, Polaritaet.HOEHER_IST_SCHLECHTER)
              .stichtag(MonthDay.of(12, 31))
              .build();
      List<Messwert> m =
          List.of(wert(jahresende, nordNeu, 2020, 30, 300), wert(jahresende, SUED, 2020, 20, 100));
      Kommunaldaten d = daten(stadt, m, jahresende);
      assertThat(d.stichtag(jahresende.ref(), Periode.jahr(2020)))
          .isEqualTo(LocalDate.of(2020, 12, 31));
      assertThat(d.kommunewert(REIHE, Periode.jahr(2020)).orElseThrow().zaehler())
          .isEqualByComparingTo("50");
      assertThat(daten(stadt, m).stichtag(QUOTE.ref(), Periode.jahr(2020)))
          .isEqualTo(LocalDate.of(2020, 1, 1));
    }

    @Test
    @DisplayName("sums Stadtteile to their Stadtbezirk and the Stadtbezirke to the Kommune")
    void hierarchie() {
      Kommunaldaten d = daten(MIT_BEZIRKEN, vierRaeume());
      Messwert bezirk1 = d.sozialraumwert(REIHE, J2023, B1.ref()).orElseThrow();
      assertThat(bezirk1.raum()).isEqualTo(bezug(B1));
      assertThat(bezirk1.zaehler()).isEqualByComparingTo("40");
      assertThat(bezirk1.nenner()).isEqualByComparingTo("500");
      assertThat(d.kommunewert(REIHE, J2023).orElseThrow().zaehler()).isEqualByComparingTo("100");
      assertThat(d.gliederung(LocalDate.of(2023, 12, 31)))
          .extracting(Sozialraum::ref)
          .containsExactly(B1.ref(), B2.ref());
    }

    @Test
    @DisplayName("sums the Kommune over the Bezirk sums exactly: scale, size beyond long, status")
    void kommuneUeberBezirkssummen() {
      Indikator anzahl = anzahl();
      Reihe r = Reihe.insgesamt(anzahl.ref());
      List<Messwert> m =
          List.of(
              Messwert.absolut(anzahl.ref(), bezug(NORD), J2023, Long.MAX_VALUE),
              Messwert.absolut(anzahl.ref(), bezug(SUED), J2023, 7),
              Messwert.absolut(anzahl.ref(), bezug(OST), J2023, Long.MAX_VALUE)
                  .withObsStatus(ObsStatus.P),
              new Messwert(
                  anzahl.ref(),
                  bezug(WEST),
                  J2023,
                  Aufschluesselung.INSGESAMT,
                  dez("0.250"),
                  null,
                  ObsStatus.E,
                  ConfStatus.F));
      Kommunaldaten d =
          Kommunaldaten.builder(MIT_BEZIRKEN, List.of(anzahl))
              .ohneGeheimhaltung()
              .addAll(m)
              .build();
      Messwert k = d.kommunewert(r, J2023).orElseThrow();
      // as the parts summed one by one: nothing rounded (a Messwert keeps no trailing zeros)
      assertThat(k.zaehler())
          .isEqualTo(
              BigDecimal.valueOf(Long.MAX_VALUE)
                  .multiply(BigDecimal.valueOf(2))
                  .add(new BigDecimal("7.25")));
      assertThat(k.obsStatus()).isEqualTo(ObsStatus.E);
      assertThat(d.sozialraumwert(r, J2023, B2.ref()).orElseThrow().zaehler())
          .isEqualTo(BigDecimal.valueOf(Long.MAX_VALUE).add(new BigDecimal("0.25")));
      // a Bezirk sum with a missing part: the Kommune's sum is missing too
      List<Messwert> ohneWest = new java.util.ArrayList<>(m.subList(0, 3));
      ohneWest.add(fehlend(anzahl, WEST, 2023));
      Messwert fehlt =
          Kommunaldaten.builder(MIT_BEZIRKEN, List.of(anzahl))
              .ohneGeheimhaltung()
              .addAll(ohneWest)
              .build()
              .kommunewert(r, J2023)
              .orElseThrow();
      assertThat(fehlt.obsStatus()).isEqualTo(ObsStatus.M);
      assertThat(fehlt.zaehler()).isNull();
    }

    @Test
    @DisplayName("reads figures and their values by position, each value computed once")
    void querschnittNachStelle() {
      List<Messwert> m = new java.util.ArrayList<>(vierRaeume());
      m.add(wert(QUOTE, NORD, 2024, 1, 3));
      m.add(fehlend(QUOTE, WEST, 2024));
      Kommunaldaten d = daten(MIT_BEZIRKEN, m);
      Kommunaldaten.Querschnitt q = d.querschnitt(REIHE, J2023).orElseThrow();
      Kommunaldaten.Querschnitt q2024 = d.querschnitt(REIHE, Periode.jahr(2024)).orElseThrow();
      for (Sozialraum s : List.of(B1, B2, NORD, SUED, OST, WEST)) {
        int stelle = q.stelle(s.ref());
        assertThat(stelle).as("%s", s).isNotNegative().isEqualTo(q2024.stelle(s.ref()));
        Messwert figur = q.figur(stelle);
        assertThat(figur).as("%s", s).isSameAs(q.sozialraumwert(s.ref()).orElseThrow());
        BigDecimal wert = q.wert(stelle);
        assertThat(wert).as("%s", s).isEqualTo(d.wert(figur).orElseThrow());
        assertThat(q.wert(stelle)).as("kept, not divided again").isSameAs(wert);
      }
      // the sum for Bezirk 1 (40 / 500) and the Kommune (100 / 1000)
      assertThat(q.wert(q.stelle(B1.ref()))).isEqualByComparingTo("8");
      assertThat(q.wertDerKommune()).isEqualByComparingTo("10").isSameAs(q.wertDerKommune());
      // 2024: no figure of Süd, a missing one of West: no values, and none for their sums
      assertThat(q2024.figur(q2024.stelle(SUED.ref()))).isNull();
      assertThat(q2024.wert(q2024.stelle(SUED.ref()))).isNull();
      assertThat(q2024.figur(q2024.stelle(WEST.ref()))).isNotNull();
      assertThat(q2024.wert(q2024.stelle(WEST.ref()))).isNull();
      assertThat(q2024.wert(q2024.stelle(B2.ref()))).isNull();
      assertThat(q2024.wertDerKommune()).isNull();
      assertThat(q2024.wert(q2024.stelle(NORD.ref())))
          .isEqualTo(d.wert(q2024.figur(q2024.stelle(NORD.ref()))).orElseThrow());
      // a version the Kommune does not have, a position it does not have
      int unbekannt = q.stelle(SozialraumRef.of(NORD.id(), 7));
      assertThat(unbekannt).isEqualTo(-1);
      assertThat(q.figur(unbekannt)).isNull();
      assertThat(q.wert(unbekannt)).isNull();
      assertThatThrownBy(() -> q.figur(6)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    @DisplayName("takes a Stadtbezirk's own value over the sum of its Stadtteile")
    void eigenerBezirkswert() {
      List<Messwert> m = new java.util.ArrayList<>(vierRaeume());
      m.add(wert(QUOTE, B1, 2023, 42, 520));
      Kommunaldaten d = daten(MIT_BEZIRKEN, m);
      assertThat(d.kommunewert(REIHE, J2023).orElseThrow().zaehler()).isEqualByComparingTo("102");
      assertThat(d.sozialraumwert(REIHE, J2023, B2.ref()).orElseThrow().zaehler())
          .isEqualByComparingTo("60");
    }

    @Test
    @DisplayName("sums a Stadtbezirk next to a Stadtteil that belongs to no Stadtbezirk")
    void gemischteVerwaltungsebenen() {
      Kommune k =
          unna(B1, NORD.withUebergeordnet(B1.id()), SUED.withUebergeordnet(B1.id()), OST, WEST);
      Kommunaldaten d = daten(k, vierRaeume());
      assertThat(d.gliederung(LocalDate.of(2023, 12, 31)))
          .extracting(Sozialraum::ref)
          .containsExactly(B1.ref(), OST.ref(), WEST.ref());
      assertThat(d.kommunewert(REIHE, J2023).orElseThrow().zaehler()).isEqualByComparingTo("100");
    }

    @Test
    @DisplayName("rejects parallel partitions without a named main level, and sums the one named")
    void mehrdeutigeGliederung() {
      Sozialraum schule =
          Sozialraum.of(
              SozialraumId.of(UNNA, "s1"),
              1,
              "Schulbezirk 1",
              Sozialraumebene.SCHULEINZUGSBEREICH,
              Zeitraum.ab(ANFANG));
      Kommune k = unna(NORD, SUED, OST, WEST, schule);
      assertRegelverstoss(
          () -> daten(k, vierRaeume()),
          "monitoring.gliederung-mehrdeutig",
          "STADTTEIL",
          "SCHULEINZUGSBEREICH");
      Kommunaldaten d =
          Kommunaldaten.builder(k, List.of(QUOTE))
              .hauptgliederung(Sozialraumebene.STADTTEIL)
              .addAll(vierRaeume())
              .build();
      assertThat(d.kommunewert(REIHE, J2023).orElseThrow().zaehler()).isEqualByComparingTo("100");
      assertThat(d.hauptgliederung()).contains(Sozialraumebene.STADTTEIL);
    }
  }

  @Nested
  @DisplayName("indicator versions")
  class Versionen {

    private final Indikator v1 =
        quoteBuilder(MonitoringTestdaten.QUOTE, Polaritaet.HOEHER_IST_SCHLECHTER)
            .gueltigkeit(Zeitraum.of(ANFANG, LocalDate.of(2015, 12, 31)))
            .build();
    private final Indikator v2 =
        Indikator.builder(MonitoringTestdaten.QUOTE, 2)
            .gueltigkeit(Zeitraum.ab(LocalDate.of(2016, 1, 1)))
            .name("Testquote neu")
            .zaehlerDefinition("Kinder mit Merkmal, neu abgegrenzt")
            .nennerDefinition("Kinder")
            .faktor(100)
            .einheit("%")
            .anteil(true)
            .polaritaet(Polaritaet.HOEHER_IST_SCHLECHTER)
            .quelle("Testquelle")
            .ebene(de.kekiz.domain.indikator.RaeumlicheEbene.SOZIALRAUM)
            .periodizitaet(de.kekiz.domain.indikator.Periodizitaet.JAEHRLICH)
            .aenderungshinweis("neuer Zähler")
            .build();

    @Test
    @DisplayName("chooses for each period the version valid for it")
    void versionJePeriode() {
      List<Messwert> m = List.of(wert(v1, NORD, 2015, 1, 10), wert(v2, NORD, 2016, 2, 10));
      Kommunaldaten d = Kommunaldaten.of(unna(NORD), List.of(v1, v2), m);
      assertThat(d.reihe(v1.key(), Periode.jahr(2015), Aufschluesselung.INSGESAMT))
          .contains(Reihe.insgesamt(v1.ref()));
      assertThat(d.reihe(v1.key(), Periode.jahr(2016), Aufschluesselung.INSGESAMT))
          .contains(Reihe.insgesamt(v2.ref()));
      assertThat(d.reihe(v1.key(), Periode.jahr(2017), Aufschluesselung.INSGESAMT)).isEmpty();
      assertThat(d.letztePeriode(v1.key(), Aufschluesselung.INSGESAMT))
          .contains(Periode.jahr(2016));
      assertThat(d.indikatorKeys()).containsExactly(v1.key());
    }
  }

  @Nested
  @DisplayName("checks")
  class Pruefungen {

    @Test
    @DisplayName("rejects an observation of another Kommune, quoting both keys")
    void andereKommune() {
      Messwert fremd = wert(QUOTE, KAMEN, 2023, 1, 10);
      assertRegelverstoss(
          () -> daten(STADT, List.of(fremd)),
          "monitoring.messwert-andere-kommune",
          "05978020",
          "05978036");
    }

    @Test
    @DisplayName("rejects an observation of an indicator version not given")
    void unbekannterIndikator() {
      Messwert m = Messwert.of(IndikatorRef.parse("andere-quote@1"), bezug(NORD), J2023, 1, 10);
      assertRegelverstoss(
          () -> daten(STADT, List.of(m)), "monitoring.indikator-unbekannt", "andere-quote@1");
    }

    @Test
    @DisplayName("applies the indicator's rules to every observation")
    void indikatorregeln() {
      assertRegelverstoss(
          () -> daten(STADT, List.of(wert(QUOTE, NORD, 2023, 11, 10))),
          "messwert.zaehler-groesser-als-nenner",
          "11");
    }

    @Test
    @DisplayName("rejects a Sozialraum version the Kommune does not have")
    void unbekannterSozialraum() {
      Messwert m =
          Messwert.of(
              QUOTE.ref(),
              new de.kekiz.domain.indikator.SozialraumBezug(SozialraumRef.of(NORD.id(), 2)),
              J2023,
              1,
              10);
      assertRegelverstoss(
          () -> daten(STADT, List.of(m)), "monitoring.sozialraum-unbekannt", "05978036:nord@2");
    }

    @Test
    @DisplayName("rejects a key that occurs twice")
    void doppelt() {
      assertRegelverstoss(
          () ->
              daten(STADT, List.of(wert(QUOTE, NORD, 2023, 1, 10), wert(QUOTE, NORD, 2023, 2, 10))),
          "monitoring.messwert-doppelt",
          "test-quote@1 05978036:nord@1 2023 insgesamt");
    }

    @Test
    @DisplayName("builds once: adding or building again fails")
    void einmalBauen() {
      Kommunaldaten.Builder b = Kommunaldaten.builder(STADT, List.of(QUOTE));
      b.build();
      assertThatThrownBy(b::build).isInstanceOf(IllegalStateException.class);
      assertThatThrownBy(() -> b.add(wert(QUOTE, NORD, 2023, 1, 10)))
          .isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("rejects two different definitions of one indicator version")
    void zweiDefinitionen() {
      Indikator anders = quoteBuilder(MonitoringTestdaten.QUOTE, Polaritaet.NEUTRAL).build();
      assertThatThrownBy(() -> Kommunaldaten.builder(STADT, List.of(QUOTE, anders)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("test-quote@1");
    }
  }

  @Nested
  @DisplayName("protection of small numbers")
  class Geheimhaltung {

    @Test
    @DisplayName("suppresses a small count and one more, so the total does not give it away")
    void primaerUndSekundaer() {
      List<Messwert> m = new java.util.ArrayList<>(vierRaeume());
      m.set(2, wert(QUOTE, OST, 2023, 2, 100)); // 2 children: primary
      Kommunaldaten d = daten(STADT, m);
      Messwert ost = d.messwert(REIHE, J2023, bezug(OST)).orElseThrow();
      assertThat(ost.confStatus()).isEqualTo(ConfStatus.A);
      assertThat(d.kennzahl(ost).hatWert()).isFalse();
      assertThat(ost.zaehler()).isEqualByComparingTo("2"); // kept inside for the sums
      long sekundaer =
          d.sozialraumwerte(REIHE, J2023).stream()
              .filter(x -> x.confStatus() == ConfStatus.D)
              .count();
      Messwert kommune = d.kommunewert(REIHE, J2023).orElseThrow();
      assertThat(sekundaer + (kommune.confStatus() == ConfStatus.D ? 1 : 0)).isPositive();
      assertThat(kommune.zaehler()).isEqualByComparingTo("97");
    }

    @Test
    @DisplayName(
        "protects the Stadtbezirk sums too: a hidden Stadtteil is not Bezirk minus sibling")
    void bezirkssummen() {
      List<Messwert> m = new java.util.ArrayList<>(vierRaeume());
      m.set(0, wert(QUOTE, NORD, 2023, 1, 200)); // nord: primary
      Kommunaldaten d = daten(MIT_BEZIRKEN, m);
      boolean bezirkFrei =
          d.sozialraumwert(REIHE, J2023, B1.ref()).orElseThrow().confStatus() == ConfStatus.F;
      boolean suedFrei =
          d.messwert(REIHE, J2023, bezug(SUED)).orElseThrow().confStatus() == ConfStatus.F;
      assertThat(bezirkFrei && suedFrei).as("B1 − sued would give nord away").isFalse();
    }

    @Test
    @DisplayName("follows configured rules, and can be left to data already protected")
    void regeln() {
      List<Messwert> m = new java.util.ArrayList<>(vierRaeume());
      m.set(2, wert(QUOTE, OST, 2023, 4, 100));
      Kommunaldaten streng =
          Kommunaldaten.builder(STADT, List.of(QUOTE))
              .geheimhaltung(
                  de.kekiz.monitoring.geheimhaltung.Geheimhaltungsregeln.standard()
                      .withMindestZaehler(5))
              .addAll(m)
              .build();
      assertThat(streng.messwert(REIHE, J2023, bezug(OST)).orElseThrow().confStatus())
          .isEqualTo(ConfStatus.A);
      assertThat(daten(STADT, m).messwert(REIHE, J2023, bezug(OST)).orElseThrow().confStatus())
          .isEqualTo(ConfStatus.F);
      Kommunaldaten ohne =
          Kommunaldaten.builder(STADT, List.of(QUOTE)).ohneGeheimhaltung().addAll(m).build();
      assertThat(ohne.messwert(REIHE, J2023, bezug(OST)).orElseThrow().confStatus())
          .isEqualTo(ConfStatus.F);
    }
  }

  @Nested
  @DisplayName("an extract (auszug)")
  class Auszug {

    private final Indikator andere = quote("test-andere", Polaritaet.HOEHER_IST_BESSER);
    private final Reihe andereReihe = Reihe.insgesamt(andere.ref());

    /** Two indicators, two years, the Kommune's own value for the other one in 2023. */
    private List<Messwert> beobachtungen() {
      List<Messwert> m = new java.util.ArrayList<>();
      for (int jahr = 2022; jahr <= 2023; jahr++) {
        m.add(wert(QUOTE, NORD, jahr, 10, 200));
        m.add(wert(QUOTE, SUED, jahr, 30, 300));
        m.add(wert(QUOTE, OST, jahr, 5, 100));
        m.add(wert(QUOTE, WEST, jahr, 55, 400));
        m.add(wert(andere, NORD, jahr, 1, 20));
        m.add(wert(andere, SUED, jahr, 2, 20));
      }
      m.add(wert(andere, UNNA, 2023, 7, 50));
      return m;
    }

    private Kommunaldaten.Builder builder() {
      return Kommunaldaten.builder(STADT, List.of(QUOTE, andere)).ohneGeheimhaltung();
    }

    private void gleich(Kommunaldaten ist, Kommunaldaten soll) {
      assertThat(ist.reihen()).isEqualTo(soll.reihen());
      assertThat(ist.indikatorKeys()).isEqualTo(soll.indikatorKeys());
      assertThat(ist.anzahlMesswerte()).isEqualTo(soll.anzahlMesswerte());
      for (Reihe r : soll.reihen()) {
        assertThat(ist.perioden(r)).isEqualTo(soll.perioden(r));
        for (Periode p : soll.perioden(r)) {
          assertThat(ist.figuren(r, p)).isEqualTo(soll.figuren(r, p));
          assertThat(ist.kommunewert(r, p)).isEqualTo(soll.kommunewert(r, p));
          assertThat(ist.sozialraumwerte(r, p)).isEqualTo(soll.sozialraumwerte(r, p));
          assertThat(ist.reihe(r.key(), p, r.aufschluesselung()))
              .isEqualTo(soll.reihe(r.key(), p, r.aufschluesselung()));
        }
      }
    }

    @Test
    @DisplayName("holds what a builder gives for the kept observations with the replacements")
    void wieNeuGebaut() {
      Messwert ersatzOst = wert(QUOTE, OST, 2023, 45, 100);
      Messwert ersatzKommune = wert(andere, UNNA, 2023, 9, 50);
      Kommunaldaten d = builder().addAll(beobachtungen()).build();

      Kommunaldaten a =
          d.auszug(java.util.Set.of(QUOTE.key(), andere.key()), List.of(ersatzOst, ersatzKommune));

      List<Messwert> neu = new java.util.ArrayList<>();
      for (Messwert m : beobachtungen()) {
        neu.add(
            m.schluessel().equals(ersatzOst.schluessel())
                ? ersatzOst
                : m.schluessel().equals(ersatzKommune.schluessel()) ? ersatzKommune : m);
      }
      gleich(a, builder().addAll(neu).build());
      // the sum takes the replacement: 10 + 30 + 45 + 55
      assertThat(a.kommunewert(REIHE, J2023).orElseThrow().zaehler()).isEqualByComparingTo("140");
      assertThat(a.kommunewert(REIHE, Periode.jahr(2022)).orElseThrow().zaehler())
          .isEqualByComparingTo("100");
      assertThat(a.kommunewert(andereReihe, J2023).orElseThrow()).isEqualTo(ersatzKommune);
      // the source is unchanged
      assertThat(d.kommunewert(REIHE, J2023).orElseThrow().zaehler()).isEqualByComparingTo("100");
      assertThat(d.messwert(REIHE, J2023, bezug(OST)).orElseThrow().zaehler())
          .isEqualByComparingTo("5");
    }

    @Test
    @DisplayName("keeps only the indicators asked for")
    void nurDieIndikatoren() {
      Kommunaldaten d = builder().addAll(beobachtungen()).build();
      Kommunaldaten a = d.auszug(java.util.Set.of(andere.key()), List.of());
      List<Messwert> nurAndere = new java.util.ArrayList<>();
      for (Messwert m : beobachtungen()) {
        if (m.indikator().equals(andere.ref())) {
          nurAndere.add(m);
        }
      }
      gleich(a, builder().addAll(nurAndere).build());
      assertThat(a.anzahlMesswerte()).isEqualTo(5);
      assertThat(a.kommunewert(REIHE, J2023)).isEmpty();
    }

    @Test
    @DisplayName("rule monitoring.messwert-unbekannt: replaces only an observation it holds")
    void unbekannt() {
      Kommunaldaten d =
          builder()
              .addAll(List.of(wert(QUOTE, NORD, 2023, 1, 10), wert(andere, NORD, 2023, 1, 10)))
              .build();
      assertRegelverstoss(
          () -> d.auszug(java.util.Set.of(QUOTE.key()), List.of(wert(QUOTE, SUED, 2023, 1, 10))),
          "monitoring.messwert-unbekannt",
          "sued");
      assertRegelverstoss(
          () -> d.auszug(java.util.Set.of(QUOTE.key()), List.of(wert(QUOTE, NORD, 2022, 1, 10))),
          "monitoring.messwert-unbekannt");
      assertRegelverstoss(
          () -> d.auszug(java.util.Set.of(QUOTE.key()), List.of(wert(andere, NORD, 2023, 2, 10))),
          "monitoring.messwert-unbekannt");
      assertRegelverstoss(
          () -> d.auszug(java.util.Set.of(QUOTE.key()), List.of(wert(QUOTE, UNNA, 2023, 2, 10))),
          "monitoring.messwert-unbekannt");
    }

    @Test
    @DisplayName("rule monitoring.messwert-doppelt: one replacement per key")
    void doppelt() {
      Kommunaldaten d = builder().addAll(vierRaeume()).build();
      assertRegelverstoss(
          () ->
              d.auszug(
                  java.util.Set.of(QUOTE.key()),
                  List.of(wert(QUOTE, OST, 2023, 6, 100), wert(QUOTE, OST, 2023, 7, 100))),
          "monitoring.messwert-doppelt");
    }

    @Test
    @DisplayName(
        "checks a replacement against its definition unless the data were built as checked")
    void pruefung() {
      Messwert zuGross = wert(QUOTE, OST, 2023, 150, 100);
      Kommunaldaten d = builder().addAll(vierRaeume()).build();
      assertRegelverstoss(
          () -> d.auszug(java.util.Set.of(QUOTE.key()), List.of(zuGross)),
          "messwert.zaehler-groesser-als-nenner");
      Kommunaldaten geprueft = builder().geprueft().addAll(vierRaeume()).build();
      assertThat(
              geprueft
                  .auszug(java.util.Set.of(QUOTE.key()), List.of(zuGross))
                  .kommunewert(REIHE, J2023)
                  .orElseThrow()
                  .zaehler())
          .isEqualByComparingTo("245");
    }

    @Test
    @DisplayName("needs data without protection")
    void nichtGeschuetzt() {
      Kommunaldaten geschuetzt = daten(STADT, vierRaeume());
      assertThatThrownBy(() -> geschuetzt.auszug(java.util.Set.of(QUOTE.key()), List.of()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("protected");
    }
  }

  @Nested
  @DisplayName("a replacement (ersetzung)")
  class Ersetzung {

    private final Indikator andere = quote("test-andere", Polaritaet.HOEHER_IST_BESSER);

    /**
     * Two indicators, three years, Bezirk sums, a Bezirk's own value without a number, the
     * Kommune's own value and a missing part.
     */
    private List<Messwert> beobachtungen() {
      List<Messwert> m = new java.util.ArrayList<>();
      for (int jahr = 2021; jahr <= 2023; jahr++) {
        m.add(wert(QUOTE, NORD, jahr, 10, 200));
        m.add(wert(QUOTE, SUED, jahr, 30 + jahr % 7, 300));
        m.add(wert(QUOTE, OST, jahr, 5, 100));
        m.add(wert(QUOTE, WEST, jahr, 55, 400));
        m.add(wert(andere, NORD, jahr, 1, 20));
        m.add(jahr == 2022 ? fehlend(andere, SUED, jahr) : wert(andere, SUED, jahr, 2, 20));
      }
      m.add(fehlend(QUOTE, B2, 2023));
      m.add(wert(andere, UNNA, 2023, 7, 50));
      return m;
    }

    private Kommunaldaten.Builder builder() {
      return Kommunaldaten.builder(MIT_BEZIRKEN, List.of(QUOTE, andere)).ohneGeheimhaltung();
    }

    /** A published form: every third figure suppressed, every other third without its number. */
    private Messwert veroeffentlicht(Messwert m, int i) {
      return switch (i % 3) {
        case 0 -> m.withConfStatus(ConfStatus.D);
        case 1 -> de.kekiz.monitoring.geheimhaltung.Geheimhaltung.ohneWert(m, ConfStatus.A);
        default -> m;
      };
    }

    @Test
    @DisplayName("gives the data a builder gives for every figure replaced, sums computed again")
    void wieNeuGebaut() {
      Kommunaldaten d = builder().addAll(beobachtungen()).build();
      Kommunaldaten.Ersetzung e = d.ersetzung();
      List<Messwert> alle = new java.util.ArrayList<>();
      // series and periods in another order than the data's
      for (Reihe r : d.reihen().descendingSet()) {
        for (Periode p : d.perioden(r).descendingSet()) {
          for (Messwert m : d.figuren(r, p)) {
            Messwert neu = veroeffentlicht(m, alle.size());
            alle.add(neu);
            e.ersetze(r, p, neu);
          }
        }
      }
      Kommunaldaten ist = e.build();
      Kommunaldaten soll = builder().addAll(alle).build();

      // a year: 4 Stadtteile, 2 Bezirk sums and the Kommune; of the other indicator 2, 2 and 1
      assertThat(alle).hasSize(3 * 7 + 3 * 5);
      assertThat(d.anzahlFiguren()).isEqualTo(alle.size());
      assertThat(ist.anzahlFiguren()).isEqualTo(soll.anzahlFiguren()).isEqualTo(alle.size());
      assertThat(ist.reihen()).isEqualTo(soll.reihen());
      assertThat(ist.anzahlMesswerte()).isEqualTo(soll.anzahlMesswerte()).isEqualTo(alle.size());
      for (Reihe r : soll.reihen()) {
        assertThat(ist.perioden(r)).isEqualTo(soll.perioden(r));
        for (Periode p : soll.perioden(r)) {
          assertThat(ist.figuren(r, p)).isEqualTo(soll.figuren(r, p));
          assertThat(ist.sozialraumwerte(r, p)).isEqualTo(soll.sozialraumwerte(r, p));
          assertThat(ist.kommunewert(r, p)).isEqualTo(soll.kommunewert(r, p));
          Kommunaldaten.Querschnitt q = ist.querschnitt(r, p).orElseThrow();
          Kommunaldaten.Querschnitt qs = soll.querschnitt(r, p).orElseThrow();
          for (Sozialraum s : MIT_BEZIRKEN.sozialraeume()) {
            assertThat(q.sozialraumwert(s.ref())).isEqualTo(qs.sozialraumwert(s.ref()));
          }
        }
      }
      // the figures are the replacements, not the source's
      assertThat(ist.kommunewert(REIHE, J2023)).isNotEqualTo(d.kommunewert(REIHE, J2023));
      assertThat(d.messwert(REIHE, J2023, bezug(NORD)).orElseThrow().confStatus())
          .isEqualTo(ConfStatus.F);
    }

    @Test
    @DisplayName("rule monitoring.messwert-unbekannt: only the next figure of a series and period")
    void unbekannt() {
      Kommunaldaten d = builder().addAll(beobachtungen()).build();
      Reihe andereReihe = Reihe.insgesamt(andere.ref());
      // the figures come in the order of figuren: Bezirk 1's sum first, not sued
      assertRegelverstoss(
          () -> d.ersetzung().ersetze(REIHE, J2023, wert(QUOTE, SUED, 2023, 1, 10)),
          "monitoring.messwert-unbekannt",
          "next figure",
          ":b1@1");
      assertRegelverstoss(
          () -> d.ersetzung().ersetze(REIHE, Periode.jahr(2020), wert(QUOTE, NORD, 2020, 1, 10)),
          "monitoring.messwert-unbekannt");
      // a figure of another period than the one named
      assertRegelverstoss(
          () -> d.ersetzung().ersetze(REIHE, J2023, wert(QUOTE, NORD, 2022, 1, 10)),
          "monitoring.messwert-unbekannt");
      // more figures than the series and period hold
      Kommunaldaten.Ersetzung e = d.ersetzung();
      for (Messwert m : d.figuren(andereReihe, J2023)) {
        e.ersetze(andereReihe, J2023, m);
      }
      assertRegelverstoss(
          () -> e.ersetze(andereReihe, J2023, wert(andere, UNNA, 2023, 7, 50)),
          "monitoring.messwert-unbekannt",
          "no further figure");
    }

    @Test
    @DisplayName("rule monitoring.messwert-fehlt: every figure is replaced")
    void fehlt() {
      Kommunaldaten d = builder().addAll(beobachtungen()).build();
      // the Kommune's value of one series and period left out
      Kommunaldaten.Ersetzung ohneKommune = d.ersetzung();
      for (Reihe r : d.reihen()) {
        for (Periode p : d.perioden(r)) {
          List<Messwert> f = d.figuren(r, p);
          int bis = r.equals(REIHE) && p.equals(J2023) ? f.size() - 1 : f.size();
          for (Messwert m : f.subList(0, bis)) {
            ohneKommune.ersetze(r, p, m);
          }
        }
      }
      assertRegelverstoss(ohneKommune::build, "monitoring.messwert-fehlt", "05978036");
      // a whole period left out
      Kommunaldaten.Ersetzung ohnePeriode = d.ersetzung();
      for (Reihe r : d.reihen()) {
        for (Periode p : d.perioden(r)) {
          if (!p.equals(Periode.jahr(2022))) {
            d.figuren(r, p).forEach(m -> ohnePeriode.ersetze(r, p, m));
          }
        }
      }
      assertRegelverstoss(ohnePeriode::build, "monitoring.messwert-fehlt", "2022");
    }

    @Test
    @DisplayName("rule monitoring.messwert-doppelt: the figures of a series and period once")
    void doppelt() {
      Kommunaldaten d = builder().addAll(beobachtungen()).build();
      Kommunaldaten.Ersetzung e = d.ersetzung();
      Periode j2022 = Periode.jahr(2022);
      d.figuren(REIHE, J2023).forEach(m -> e.ersetze(REIHE, J2023, m));
      d.figuren(REIHE, j2022).forEach(m -> e.ersetze(REIHE, j2022, m));
      assertRegelverstoss(
          () -> e.ersetze(REIHE, J2023, d.figuren(REIHE, J2023).get(0)),
          "monitoring.messwert-doppelt");
    }

    @Test
    @DisplayName("checks a replacement against its definition unless told it was checked")
    void pruefung() {
      // without Bezirke: nord's figure comes first
      Kommunaldaten d =
          Kommunaldaten.builder(STADT, List.of(QUOTE))
              .ohneGeheimhaltung()
              .addAll(vierRaeume())
              .build();
      Messwert zuGross = wert(QUOTE, NORD, 2023, 250, 200);
      assertRegelverstoss(
          () -> d.ersetzung().ersetze(REIHE, J2023, zuGross),
          "messwert.zaehler-groesser-als-nenner");
      Kommunaldaten.Ersetzung e = d.ersetzung().geprueft();
      List<Messwert> f = d.figuren(REIHE, J2023);
      e.ersetze(REIHE, J2023, zuGross);
      f.subList(1, f.size()).forEach(m -> e.ersetze(REIHE, J2023, m));
      assertThat(e.build().messwert(REIHE, J2023, bezug(NORD))).contains(zuGross);
    }

    @Test
    @DisplayName("needs data without protection, and builds once")
    void nichtGeschuetztUndEinmal() {
      assertThatThrownBy(() -> daten(STADT, vierRaeume()).ersetzung())
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("protected");
      Kommunaldaten.Ersetzung e = builder().addAll(vierRaeume()).build().ersetzung();
      assertThatThrownBy(e::build).isInstanceOf(RegelverstossException.class);
      Kommunaldaten.Ersetzung leer =
          Kommunaldaten.builder(MIT_BEZIRKEN, List.of(QUOTE))
              .ohneGeheimhaltung()
              .build()
              .ersetzung();
      assertThat(leer.build().anzahlMesswerte()).isZero();
      assertThatThrownBy(leer::build).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  @DisplayName("answers queries about its Sozialräume, observations and series")
  void abfragen() {
    Kommunaldaten d = daten(STADT, vierRaeume());
    assertThat(d.anzahlMesswerte()).isEqualTo(4);
    assertThat(d.anzahlFiguren()).isEqualTo(5); // the four and the Kommune's sum
    assertThat(d.sozialraum(NORD.ref())).contains(NORD);
    assertThat(d.sozialraum(SozialraumRef.of(NORD.id(), 7))).isEmpty();
    assertThat(d.sozialraumwerte(REIHE, J2023)).hasSize(4);
    assertThat(d.messwert(REIHE, J2023, bezug(WEST)).map(Messwert::zaehler))
        .contains(BigDecimal.valueOf(55));
    assertThat(d.messwert(REIHE, J2023, new KommuneBezug(UNNA))).isEmpty();
    assertThat(d.perioden(REIHE)).containsExactly(J2023);
    assertThat(d.querschnitt(REIHE, J2023).flatMap(q -> q.sozialraumwert(OST.ref())))
        .map(Messwert::zaehler)
        .contains(BigDecimal.valueOf(5));
    assertThat(d.querschnitt(REIHE, Periode.jahr(1999))).isEqualTo(Optional.empty());
    Kommunaldaten.Querschnitt q = d.querschnitt(REIHE, J2023).orElseThrow();
    assertThat(q.periode()).isEqualTo(J2023);
    assertThat(q.stichtag()).isEqualTo(d.stichtag(REIHE.indikator(), J2023));
    assertThat(q.definition()).isSameAs(d.definition(REIHE.indikator()));
    assertThat(d.toString()).contains("05978036", "4 Messwerte");
  }

  @Test
  @DisplayName("writes the figures of a series and period into an array, as the list gives them")
  void figurenInEinArray() {
    // the Bezirke's sums, the Stadtteile's own values and the Kommune's sum: 7 figures
    Kommunaldaten d = daten(MIT_BEZIRKEN, vierRaeume());
    List<Messwert> liste = d.figuren(REIHE, J2023);
    assertThat(liste).hasSize(7);
    Messwert[] ziel = new Messwert[10];
    assertThat(d.figuren(REIHE, J2023, ziel, 2)).isEqualTo(7);
    assertThat(Arrays.asList(ziel).subList(2, 9)).isEqualTo(liste);
    assertThat(ziel[0]).isNull();
    assertThat(ziel[1]).isNull();
    assertThat(ziel[9]).isNull();
    // too little room: the number, nothing written
    Messwert[] klein = new Messwert[8];
    assertThat(d.figuren(REIHE, J2023, klein, 2)).isEqualTo(7);
    assertThat(klein).containsOnlyNulls();
    // exactly enough room, to the last element
    assertThat(d.figuren(REIHE, J2023, klein, 1)).isEqualTo(7);
    assertThat(Arrays.asList(klein).subList(1, 8)).isEqualTo(liste);
    // a period without observations has no figure; an empty array at its end is fine
    assertThat(d.figuren(REIHE, Periode.jahr(1999), new Messwert[0], 0)).isZero();
    assertThatThrownBy(() -> d.figuren(REIHE, J2023, ziel, 11))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> d.figuren(REIHE, J2023, ziel, -1))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }
}

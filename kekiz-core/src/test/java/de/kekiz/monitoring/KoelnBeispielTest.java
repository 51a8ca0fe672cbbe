package de.kekiz.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Periodizitaet;
import de.kekiz.domain.indikator.Polaritaet;
import de.kekiz.domain.indikator.RaeumlicheEbene;
import de.kekiz.domain.indikator.SozialraumBezug;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Kommunenart;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.kommune.SozialraumRef;
import de.kekiz.domain.kommune.Sozialraumebene;
import de.kekiz.monitoring.vergleich.Bewertung;
import de.kekiz.monitoring.vergleich.Sozialraumvergleich;
import de.kekiz.monitoring.vergleich.Vergleich;
import de.kekiz.monitoring.vergleich.Vergleichszeile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The worked example from the real Köln data: the share of children under 15 in Köln's 86
 * Stadtteile in 2012 ("Einwohner nach Altersgruppen", Offene Daten Köln, copied to the test
 * resources), summed to the 9 Stadtbezirke and to the city. Expected figures were computed by hand
 * (awk and Python's decimal module at 16 digits) from the same file.
 */
@DisplayName("Köln 2012: children under 15 by Stadtteil (worked example)")
class KoelnBeispielTest {

  static final Gemeindeschluessel KOELN = Gemeindeschluessel.parse("05315000");
  static final String[] BEZIRKE = {
    "Innenstadt",
    "Rodenkirchen",
    "Lindenthal",
    "Ehrenfeld",
    "Nippes",
    "Chorweiler",
    "Porz",
    "Kalk",
    "Mülheim"
  };
  static final Indikator ANTEIL_U15 =
      Indikator.builder(IndikatorKey.of("anteil-unter-15"), 1)
          .gueltigkeit(Zeitraum.ab(LocalDate.of(2000, 1, 1)))
          .name("Anteil der Kinder unter 15 Jahren an den Einwohnern")
          .zaehlerDefinition("Einwohner unter 15 Jahren (0–2, 3–5, 6–14)")
          .nennerDefinition("Einwohner insgesamt")
          .faktor(100)
          .einheit("%")
          .anteil(true)
          .polaritaet(Polaritaet.NEUTRAL)
          .quelle("Stadt Köln, Offene Daten Köln: Einwohner nach Altersgruppen")
          .ebene(RaeumlicheEbene.SOZIALRAUM)
          .periodizitaet(Periodizitaet.JAEHRLICH)
          .build();
  static final Periode J2012 = Periode.jahr(2012);
  static final Reihe REIHE = Reihe.insgesamt(ANTEIL_U15.ref());

  static Kommunaldaten daten;
  static List<BigDecimal> stadtteilquoten = new ArrayList<>();

  @BeforeAll
  static void lies() throws IOException {
    Kommune.Builder koeln =
        Kommune.builder(KOELN, "Köln", Kommunenart.KREISFREIE_STADT)
            .kreisfrei(true)
            .kreis(null)
            .jugendamt(KOELN);
    Zeitraum immer = Zeitraum.ab(LocalDate.of(2000, 1, 1));
    for (int b = 1; b <= 9; b++) {
      koeln.sozialraum(
          Sozialraum.of(
              SozialraumId.of(KOELN, Integer.toString(b)),
              1,
              BEZIRKE[b - 1],
              Sozialraumebene.STADTBEZIRK,
              immer));
    }
    List<Messwert> messwerte = new ArrayList<>();
    try (InputStream in =
            Objects.requireNonNull(
                KoelnBeispielTest.class.getResourceAsStream(
                    "/de/kekiz/fixtures/daten/koeln_altersgruppen_stadtteil_2012.csv"));
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      r.readLine(); // header
      for (String zeile = r.readLine(); zeile != null; zeile = r.readLine()) {
        String[] f = zeile.split(",", -1);
        String nr = f[0].strip();
        SozialraumId id = SozialraumId.of(KOELN, nr);
        koeln.sozialraum(
            Sozialraum.of(id, 1, f[1], Sozialraumebene.STADTTEIL, immer)
                .withUebergeordnet(SozialraumId.of(KOELN, nr.substring(0, 1))));
        long einwohner = Long.parseLong(f[2].strip());
        long unter15 =
            Long.parseLong(f[3].strip())
                + Long.parseLong(f[4].strip())
                + Long.parseLong(f[5].strip());
        messwerte.add(
            Messwert.of(
                ANTEIL_U15.ref(),
                new SozialraumBezug(SozialraumRef.of(id, 1)),
                J2012,
                unter15,
                einwohner));
        stadtteilquoten.add(
            BigDecimal.valueOf(unter15 * 100)
                .divide(BigDecimal.valueOf(einwohner), MathContext.DECIMAL64));
      }
    }
    daten = Kommunaldaten.of(koeln.build(), List.of(ANTEIL_U15), messwerte);
  }

  @Test
  @DisplayName("reads the 86 Stadtteile of the file")
  void sechsundachtzigStadtteile() {
    assertThat(daten.sozialraumwerte(REIHE, J2012)).hasSize(86);
    assertThat(daten.gliederung(LocalDate.of(2012, 12, 31))).hasSize(9);
  }

  @Test
  @DisplayName("sums Köln to 135,380 children under 15 of 1,044,555 inhabitants: 12.96 %")
  void koelnGesamt() {
    Kennzahl koeln = daten.kennzahl(daten.kommunewert(REIHE, J2012).orElseThrow());
    assertThat(koeln.gebiet()).isEqualTo(Gebiet.kommune(KOELN));
    assertThat(koeln.zaehler()).isEqualByComparingTo("135380");
    assertThat(koeln.nenner()).isEqualByComparingTo("1044555");
    assertThat(koeln.wert()).isEqualByComparingTo("12.96054300635199");
  }

  @Test
  @DisplayName("differs from the mean of the 86 Stadtteil rates (13.88 %): rates are not averaged")
  void mittelDerQuotenIstFalsch() {
    BigDecimal summe = stadtteilquoten.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal mittel = summe.divide(BigDecimal.valueOf(86), MathContext.DECIMAL64);
    assertThat(mittel).isBetween(new BigDecimal("13.88"), new BigDecimal("13.89"));
    assertThat(daten.kennzahl(daten.kommunewert(REIHE, J2012).orElseThrow()).wert())
        .isLessThan(new BigDecimal("12.97"));
  }

  @Test
  @DisplayName("sums the Stadtbezirke from their Stadtteile (Chorweiler 12,551 of 80,895)")
  void bezirke() {
    Messwert chorweiler =
        daten
            .sozialraumwert(REIHE, J2012, SozialraumRef.of(SozialraumId.of(KOELN, "6"), 1))
            .orElseThrow();
    assertThat(chorweiler.zaehler()).isEqualByComparingTo("12551");
    assertThat(chorweiler.nenner()).isEqualByComparingTo("80895");
    assertThat(daten.wert(chorweiler))
        .hasValueSatisfying(w -> assertThat(w).isEqualByComparingTo("15.51517399097596"));
    Messwert innenstadt =
        daten
            .sozialraumwert(REIHE, J2012, SozialraumRef.of(SozialraumId.of(KOELN, "1"), 1))
            .orElseThrow();
    assertThat(innenstadt.zaehler()).isEqualByComparingTo("9884");
    assertThat(innenstadt.nenner()).isEqualByComparingTo("127827");
  }

  @Test
  @DisplayName("ranks Widdersdorf first of 86 Stadtteile and Chorweiler first of 9 Stadtbezirke")
  void raenge() {
    Vergleich v = new Sozialraumvergleich().vergleiche(daten, REIHE, J2012, Referenzwerte.keine());
    List<Vergleichszeile> stadtteile = v.nachRang(Sozialraumebene.STADTTEIL);
    assertThat(stadtteile).hasSize(86);
    assertThat(stadtteile.get(0).name()).isEqualTo("Widdersdorf");
    assertThat(stadtteile.get(0).wert().wert()).isEqualByComparingTo("22.19967965830219");
    assertThat(stadtteile.get(0).rangplaetze()).isEqualTo(86);
    assertThat(stadtteile.get(85).name()).isEqualTo("Altstadt-Nord");
    assertThat(stadtteile.get(85).rang()).isEqualTo(86);
    List<Vergleichszeile> bezirke = v.nachRang(Sozialraumebene.STADTBEZIRK);
    assertThat(bezirke).extracting(Vergleichszeile::name).startsWith("Chorweiler", "Kalk");
    assertThat(bezirke.get(8).name()).isEqualTo("Innenstadt");
  }

  @Test
  @DisplayName("puts Altstadt-Süd 6.57 points (50.7 %) below Köln, 34 Stadtteile within ±10 %")
  void abweichungen() {
    Vergleich v = new Sozialraumvergleich().vergleiche(daten, REIHE, J2012, Referenzwerte.keine());
    Vergleichszeile altstadtSued =
        v.zeile(SozialraumRef.of(SozialraumId.of(KOELN, "101"), 1)).orElseThrow();
    assertThat(altstadtSued.wert().zaehler()).isEqualByComparingTo("1758");
    assertThat(altstadtSued.kommune().absolut()).isEqualByComparingTo("-6.571300774841905");
    assertThat(altstadtSued.kommune().relativ()).isEqualByComparingTo("-50.70235692764799");
    // the share of children is context (neutral polarity): notable, but not better or worse
    assertThat(altstadtSued.kommune().bewertung()).isEqualTo(Bewertung.ABWEICHEND);
    assertThat(altstadtSued.kreisabweichung()).isEmpty();
    assertThat(
            v.zeilen().stream()
                .filter(z -> z.ebene() == Sozialraumebene.STADTTEIL)
                .filter(z -> z.kommune().bewertung() == Bewertung.WIE_ERWARTET))
        .hasSize(34);
    assertThat(v.zeilen(Bewertung.BESSER)).isEmpty();
  }

  @Test
  @DisplayName("keeps the comparison on the total: no breakdown is mixed in")
  void nurInsgesamt() {
    assertThat(daten.reihen())
        .containsExactly(new Reihe(ANTEIL_U15.ref(), Aufschluesselung.INSGESAMT));
  }
}

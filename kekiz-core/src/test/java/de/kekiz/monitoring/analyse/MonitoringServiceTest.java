package de.kekiz.monitoring.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.Indikatoren;
import de.kekiz.domain.indikator.ObsStatus;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Sozialraumebene;
import de.kekiz.fixtures.Beispielkommune;
import de.kekiz.fixtures.KekizFixtures;
import de.kekiz.monitoring.Gebietsaggregation;
import de.kekiz.monitoring.Kennzahl;
import de.kekiz.monitoring.Kommunaldaten;
import de.kekiz.monitoring.Reihe;
import de.kekiz.monitoring.vergleich.Vergleich;
import de.kekiz.port.Duplikatregel;
import de.kekiz.port.inmemory.InMemoryRepositories;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("MonitoringService over the ports")
class MonitoringServiceTest {

  private InMemoryRepositories repos;
  private MonitoringService service;

  @BeforeEach
  void lade() {
    repos = new InMemoryRepositories();
    for (Indikator i : Indikatoren.standard()) {
      repos.indikatoren().save(i);
    }
    List<Beispielkommune> kommunen = new ArrayList<>(KekizFixtures.gemeindenKreisUnna());
    kommunen.add(KekizFixtures.ahlen());
    for (Beispielkommune b : kommunen) {
      repos.kommunen().save(b.kommune());
      repos.leitbilder().save(b.leitbild());
      repos.ketten().save(b.kette());
      repos.messwerte().saveAll(b.messwerte(), Duplikatregel.ABLEHNEN);
    }
    service =
        new MonitoringService(
            repos.kommunen(),
            repos.indikatoren(),
            repos.messwerte(),
            repos.leitbilder(),
            repos.ketten(),
            FixturenAnalyseTest.HEUTE,
            Analyseauftrag.standard()
                .withSozialindex(FixturenAnalyseTest.MODELL, Sozialraumebene.STADTTEIL));
  }

  private static List<Gemeindeschluessel> kreisUnna() {
    return KekizFixtures.gemeindenKreisUnna().stream().map(Beispielkommune::schluessel).toList();
  }

  @Test
  @DisplayName("the order names its Sozialindex model only once one is asked for")
  void auftrag() {
    Analyseauftrag standard = Analyseauftrag.standard();
    assertThat(standard.sozialindexmodell()).isEmpty();
    Analyseauftrag mitIndex =
        standard.withSozialindex(FixturenAnalyseTest.MODELL, Sozialraumebene.STADTTEIL);
    assertThat(mitIndex.sozialindexmodell()).containsSame(FixturenAnalyseTest.MODELL);
    Analyseauftrag fuenf = mitIndex.withTrendperioden(5);
    assertThat(fuenf.trendperioden()).isEqualTo(5);
    assertThat(fuenf.withTrendperioden(mitIndex.trendperioden())).isEqualTo(mitIndex);
  }

  @Test
  @DisplayName("loads a Kommune's data through the ports, Messwerte as a stream")
  void daten() {
    Kommunaldaten d = service.daten(KekizFixtures.AHLEN).orElseThrow();
    assertThat(d.anzahlMesswerte()).isEqualTo(KekizFixtures.ahlen().messwerte().size());
    assertThat(service.daten(Gemeindeschluessel.parse("05111000"))).isEmpty();
  }

  @Test
  @DisplayName("sums the stored Gemeinden to the Kreis, Kommune by Kommune")
  void aggregiere() {
    Gebietsaggregation g = service.aggregiere(kreisUnna());
    Reihe sgb2 = Reihe.insgesamt(Indikatoren.sgb2QuoteU15Version2().ref());
    Kennzahl kreis =
        g.kreis(KekizFixtures.KREIS_UNNA.kreis(), sgb2, Periode.jahr(2023)).orElseThrow();
    assertThat(kreis.zaehler())
        .isEqualByComparingTo(
            KekizFixtures.kreisUnna().kommunenwerte().stream()
                .filter(
                    m ->
                        m.indikator().equals(sgb2.indikator())
                            && m.periode().equals(Periode.jahr(2023))
                            && m.aufschluesselung().equals(Aufschluesselung.INSGESAMT))
                .findFirst()
                .orElseThrow()
                .zaehler());
    // a Gemeinde of the Kreis that is not stored makes the Kreis's sums missing
    List<Gemeindeschluessel> mitFehlender = new ArrayList<>(kreisUnna());
    mitFehlender.add(Gemeindeschluessel.parse("05978044"));
    Gebietsaggregation h = service.aggregiere(mitFehlender);
    assertThat(
            h.kreis(KekizFixtures.KREIS_UNNA.kreis(), sgb2, Periode.jahr(2023))
                .orElseThrow()
                .obsStatus())
        .isEqualTo(ObsStatus.M);
  }

  @Test
  @DisplayName("analyses a Kommune with its Leitbild and chain, comparing with its Kreis")
  void analysiere() {
    Gebietsaggregation g = service.aggregiere(kreisUnna());
    Kommunalbericht r = service.analysiere(KekizFixtures.UNNA, g).orElseThrow();
    assertThat(r.kommune()).isEqualTo(KekizFixtures.UNNA);
    Vergleich sgb2 =
        r.vergleiche().stream()
            .filter(v -> v.reihe().key().equals(Indikatoren.SGB2_QUOTE_U15))
            .findFirst()
            .orElseThrow();
    assertThat(sgb2.kreis()).isNotNull();
    assertThat(sgb2.land()).isNotNull(); // the Land of the Gemeinden added
    assertThat(sgb2.zeilen()).allSatisfy(z -> assertThat(z.kreisabweichung()).isPresent());
    assertThat(r.ziele()).isNotEmpty();
    assertThat(r.luecken()).isNotNull();
    assertThat(r.lueckenbericht()).containsSame(r.luecken());
    assertThat(r.sozialindex()).isNotNull();
    assertThat(r.index()).containsSame(r.sozialindex());
    assertThat(service.analysiere(Gemeindeschluessel.parse("05111000"), g)).isEmpty();
    // Ahlen is not in the aggregation: no Kreis value is known for it
    Kommunalbericht ahlen = service.analysiere(KekizFixtures.AHLEN, g).orElseThrow();
    assertThat(ahlen.vergleiche()).allSatisfy(v -> assertThat(v.kreis()).isNull());
  }
}

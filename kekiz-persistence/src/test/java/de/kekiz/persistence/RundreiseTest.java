package de.kekiz.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.Indikatoren;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.kette.KetteFixtures;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.domain.leitbild.LeitbildFixtures;
import de.kekiz.port.Duplikatregel;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Every aggregate survives a round trip exactly")
class RundreiseTest {

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName(
      "Kommunen with Sozialraum versions, geometry, umlauts, population and funding load back equal")
  void kommunen(Testdatenbank db) {
    KekizPersistenz p = db.leer();
    for (Kommune k : Testdaten.kommunen()) {
      Kommune gespeichert = p.kommunen().save(k);
      assertThat(gespeichert).isEqualTo(k.withRevision(1));
      assertThat(p.kommunen().findById(k.id())).contains(gespeichert);
    }
    assertThat(p.kommunen().findAll())
        .extracting(Kommune::id)
        .isSortedAccordingTo(Comparator.naturalOrder())
        .hasSize(Testdaten.kommunen().size());
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName("a Leitbild with Leitziele, Handlungsziele and Zielwerte loads back equal")
  void leitbild(Testdatenbank db) {
    KekizPersistenz p = db.leer();
    Leitbild l = LeitbildFixtures.ahlen();
    Leitbild gespeichert = p.leitbilder().save(l);
    assertThat(gespeichert).isEqualTo(l.withRevision(1));
    assertThat(p.leitbilder().findById(l.id())).contains(gespeichert);
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName("a Präventionskette with Steuerung, Netzwerke and Angebote loads back equal")
  void kette(Testdatenbank db) {
    KekizPersistenz p = db.leer();
    Praeventionskette k = KetteFixtures.ahlen();
    Praeventionskette gespeichert = p.praeventionsketten().save(k);
    assertThat(gespeichert).isEqualTo(k.toBuilder().revision(1).build());
    assertThat(p.praeventionsketten().findByKommune(k.kommune())).contains(gespeichert);
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName("every Indikator of the standard catalogue loads back equal")
  void indikatoren(Testdatenbank db) {
    KekizPersistenz p = db.leer();
    for (Indikator i : Indikatoren.standard()) {
      Indikator gespeichert = p.indikatoren().save(i);
      assertThat(p.indikatoren().findByRef(i.ref())).contains(gespeichert);
    }
    assertThat(p.indikatoren().findAll()).hasSize(Indikatoren.standard().size());
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName(
      "Messwerte with absent, tiny and huge numbers, breakdowns and flags load back equal and in key order")
  void messwerte(Testdatenbank db) {
    KekizPersistenz p = db.leer();
    List<Messwert> m = Testdaten.besondereMesswerte();
    assertThat(p.messwerte().saveAll(m, Duplikatregel.ABLEHNEN)).isEqualTo(m.size());
    List<Messwert> erwartet =
        m.stream().sorted(Comparator.comparing(Messwert::schluessel)).toList();
    try (Stream<Messwert> s = p.messwerte().streamByKommune(Testdaten.AHLEN)) {
      assertThat(s.toList()).containsExactlyElementsOf(erwartet);
    }
    for (Messwert w : m) {
      assertThat(p.messwerte().find(w.schluessel())).contains(w);
    }
  }
}

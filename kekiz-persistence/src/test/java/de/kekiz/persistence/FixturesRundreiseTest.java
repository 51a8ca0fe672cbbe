package de.kekiz.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.fixtures.Beispielkommune;
import de.kekiz.fixtures.KekizFixtures;
import de.kekiz.port.Duplikatregel;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Every example Kommune of the core's fixtures survives a round trip exactly")
class FixturesRundreiseTest {

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName(
      "Kommune, Leitbild, Präventionskette, Indikatoren and every Messwert of each fixture load back equal")
  void alleFixtures(Testdatenbank db) {
    KekizPersistenz p = db.leer();
    Map<IndikatorRef, Indikator> indikatoren = new HashMap<>();
    List<Beispielkommune> alle = KekizFixtures.alle();
    assertThat(alle).hasSizeGreaterThan(10);
    for (Beispielkommune b : alle) {
      assertThat(p.kommunen().save(b.kommune())).isEqualTo(b.kommune().withRevision(1));
      assertThat(p.leitbilder().save(b.leitbild())).isEqualTo(b.leitbild().withRevision(1));
      p.praeventionsketten().save(b.kette());
      for (Indikator i : b.indikatoren()) {
        Indikator vorher = indikatoren.putIfAbsent(i.ref(), i);
        if (vorher == null) {
          p.indikatoren().save(i);
        } else {
          assertThat(vorher).as("fixtures share indicator definitions").isEqualTo(i);
        }
      }
      assertThat(p.messwerte().saveAll(b.messwerte(), Duplikatregel.ABLEHNEN))
          .isEqualTo(b.messwerte().size());
    }
    for (Beispielkommune b : alle) {
      assertThat(p.kommunen().findById(b.schluessel())).contains(b.kommune().withRevision(1));
      assertThat(p.leitbilder().findById(b.leitbild().id())).contains(b.leitbild().withRevision(1));
      assertThat(p.praeventionsketten().findByKommune(b.schluessel()))
          .contains(b.kette().toBuilder().revision(1).build());
      List<Messwert> erwartet =
          b.messwerte().stream().sorted(Comparator.comparing(Messwert::schluessel)).toList();
      try (Stream<Messwert> s = p.messwerte().streamByKommune(b.schluessel())) {
        assertThat(s.toList()).as(b.toString()).isEqualTo(erwartet);
      }
    }
    for (Indikator i : indikatoren.values()) {
      assertThat(p.indikatoren().findByRef(i.ref())).contains(i.withRevision(1));
    }
  }
}

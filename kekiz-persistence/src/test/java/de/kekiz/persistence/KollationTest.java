package de.kekiz.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Indikatoren;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.kommune.SozialraumRef;
import de.kekiz.port.Duplikatregel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("On a PostgreSQL database with a German collation, reads keep the domain's order")
class KollationTest {

  @Test
  @DisplayName(
      "Messwerte stream and Indikatoren list in Java's order, not in German dictionary order")
  void javaOrdnung() {
    KekizPersistenz p =
        KekizPersistenz.builder().dataSource(Testdatenbank.postgresMitDeutscherKollation()).build();
    List<String> codes = List.of("B", "a", "b-1", "b1", "A-2", "a2", "Z", "_x");
    List<String> schluessel = List.of("ab", "a-b", "a1", "b");
    List<Messwert> m = new ArrayList<>();
    for (String k : schluessel) {
      for (String c : codes) {
        m.add(
            Messwert.of(
                IndikatorRef.of(k, 1),
                Raumbezug.of(SozialraumRef.of(SozialraumId.of(Testdaten.KOELN, c), 1)),
                Periode.jahr(2023),
                1,
                2));
      }
      m.add(
          Messwert.of(
              IndikatorRef.of(k, 1), Raumbezug.of(Testdaten.KOELN), Periode.jahr(2023), 3, 4));
    }
    p.messwerte().saveAll(m, Duplikatregel.ABLEHNEN);
    List<Messwert> erwartet =
        m.stream().sorted(Comparator.comparing(Messwert::schluessel)).toList();
    try (Stream<Messwert> s = p.messwerte().streamByKommune(Testdaten.KOELN)) {
      assertThat(s.toList()).containsExactlyElementsOf(erwartet);
    }
    for (String k : schluessel) {
      Indikator vorlage = Indikatoren.hzeEckwert();
      p.indikatoren()
          .save(
              Indikator.builder(IndikatorKey.of(k), 1)
                  .gueltigkeit(Zeitraum.ab(LocalDate.of(2000, 1, 1)))
                  .name(vorlage.name())
                  .zaehlerDefinition(vorlage.zaehlerDefinition())
                  .einheit(vorlage.einheit())
                  .polaritaet(vorlage.polaritaet())
                  .quelle(vorlage.quelle())
                  .ebene(vorlage.ebene())
                  .periodizitaet(vorlage.periodizitaet())
                  .build());
    }
    assertThat(p.indikatoren().findAll())
        .extracting(i -> i.key().wert())
        .containsExactly("a-b", "a1", "ab", "b");
  }
}

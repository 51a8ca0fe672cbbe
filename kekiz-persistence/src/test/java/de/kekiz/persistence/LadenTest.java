package de.kekiz.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.indikator.Messwert;
import de.kekiz.port.DuplikatException;
import de.kekiz.port.Duplikatregel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Bulk loads stream in batches and name the failing row exactly")
class LadenTest {

  private static List<Messwert> liste(Iterator<Messwert> it) {
    List<Messwert> l = new ArrayList<>();
    it.forEachRemaining(l::add);
    return l;
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName("a duplicate in the 6th batch of 7 is reported at its position in the whole load")
  void duplikatUeberStapelgrenzen(Testdatenbank db) {
    KekizPersistenz p = db.neu(b -> b.stapelgroesse(7));
    List<Messwert> ladung = liste(Testdaten.viele(60, 5, Testdaten.AHLEN));
    Messwert doppelt = ladung.get(2).withWerten(BigDecimal.ONE, BigDecimal.TEN);
    ladung.set(39, doppelt);
    assertThatThrownBy(() -> p.messwerte().speichere(ladung.iterator(), Duplikatregel.ABLEHNEN))
        .isInstanceOfSatisfying(
            DuplikatException.class,
            e -> {
              assertThat(e.position()).isEqualTo(40);
              assertThat(e.schluessel()).isEqualTo(doppelt.schluessel().toString());
            });
    assertThat(p.messwerte().count(Testdaten.AHLEN)).isZero();
    assertThat(p.auditprotokoll().eintraege()).as("the load's audit entry is rolled back too").isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName("ERSETZEN over many batches keeps the last value of each key and counts every row read")
  void ersetzenUeberStapelgrenzen(Testdatenbank db) {
    KekizPersistenz p = db.neu(b -> b.stapelgroesse(333));
    List<Messwert> alt = liste(Testdaten.viele(3000, 1, Testdaten.AHLEN, Testdaten.KOELN));
    p.messwerte().speichere(alt, Duplikatregel.ABLEHNEN);
    List<Messwert> neu = liste(Testdaten.viele(4000, 2, Testdaten.AHLEN, Testdaten.KOELN));
    List<Messwert> ladung = new ArrayList<>(neu);
    List<Messwert> spaeter = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      Messwert m = neu.get(i * 7).withWerten(BigDecimal.valueOf(i), new BigDecimal("99999.5"));
      spaeter.add(m);
    }
    ladung.addAll(spaeter);
    assertThat(p.messwerte().speichere(ladung, Duplikatregel.ERSETZEN)).isEqualTo(4500);
    assertThat(p.messwerte().count(Testdaten.AHLEN) + p.messwerte().count(Testdaten.KOELN))
        .isEqualTo(4000);
    for (Messwert m : spaeter) {
      assertThat(p.messwerte().find(m.schluessel())).contains(m);
    }
    assertThat(p.messwerte().find(neu.get(1).schluessel())).contains(neu.get(1));
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName("60,000 Messwerte generated on demand load and stream back complete and in key order with a small fetch size")
  void grosseLadung(Testdatenbank db) {
    KekizPersistenz p = db.neu(b -> b.abrufgroesse(250));
    assertThat(p.messwerte().speichere(Testdaten.viele(60_000, 11, Testdaten.KOELN), Duplikatregel.ABLEHNEN))
        .isEqualTo(60_000);
    List<Messwert> erwartet = liste(Testdaten.viele(60_000, 11, Testdaten.KOELN));
    erwartet.sort(Comparator.comparing(Messwert::schluessel));
    try (Stream<Messwert> s = p.messwerte().streamByKommune(Testdaten.KOELN)) {
      assertThat(s.toList()).isEqualTo(erwartet);
    }
  }
}

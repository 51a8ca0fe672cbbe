package de.kekiz.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.indikator.Indikatoren;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.kette.KetteFixtures;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Kreisschluessel;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.domain.leitbild.LeitbildFixtures;
import de.kekiz.port.Duplikatregel;
import de.kekiz.port.MandantenverletzungException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("A repository opened for a Mandant sees and changes only its Kommunen")
class MandantTest {

  /**
   * Everything stored through the unrestricted adapter: six Kommunen, Ahlen's Leitbild, chain,
   * Messwerte of three Kommunen.
   */
  private static KekizPersistenz befuellt(Testdatenbank db) {
    KekizPersistenz p = db.leer();
    for (Kommune k : Testdaten.kommunen()) {
      p.kommunen().save(k);
    }
    p.leitbilder().save(LeitbildFixtures.ahlen());
    p.praeventionsketten().save(KetteFixtures.ahlen());
    p.indikatoren().save(Indikatoren.sgb2QuoteU15Version2());
    p.messwerte().saveAll(Testdaten.besondereMesswerte(), Duplikatregel.ABLEHNEN);
    List<Messwert> andere = new ArrayList<>();
    Testdaten.viele(30, 1, Testdaten.KOELN, Testdaten.BOENEN).forEachRemaining(andere::add);
    p.messwerte().saveAll(andere, Duplikatregel.ABLEHNEN);
    return p;
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName("opened for Ahlen: finds nothing of Köln or the Kreis Unna, lists only Ahlen")
  void liestNurEigenes(Testdatenbank db) {
    KekizPersistenz ahlen = befuellt(db).fuer(Mandant.kommune(Testdaten.AHLEN));
    assertThat(ahlen.kommunen().findById(Testdaten.KOELN)).isEmpty();
    assertThat(ahlen.kommunen().findById(Testdaten.AHLEN)).isPresent();
    assertThat(ahlen.kommunen().findAll()).extracting(Kommune::id).containsExactly(Testdaten.AHLEN);
    assertThat(ahlen.kommunen().findByKreis(Kreisschluessel.parse("05978"))).isEmpty();
    assertThat(ahlen.leitbilder().findByKommune(Testdaten.AHLEN)).hasSize(1);
    assertThat(ahlen.praeventionsketten().findAll()).hasSize(1);
    assertThat(ahlen.messwerte().count(Testdaten.KOELN)).isZero();
    assertThat(
            ahlen
                .messwerte()
                .findByKommuneAndIndikator(Testdaten.KOELN, Indikatoren.SGB2_QUOTE_U15))
        .isEmpty();
    try (Stream<Messwert> s = ahlen.messwerte().streamByKommune(Testdaten.KOELN)) {
      assertThat(s).isEmpty();
    }
    assertThat(ahlen.messwerte().count(Testdaten.AHLEN)).isEqualTo(10);
    assertThat(ahlen.indikatoren().findAll()).as("definitions are shared").hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName("built for Ahlen: the builder's Mandant restricts the instance like fuer(…)")
  void gebautFuerAhlen(Testdatenbank db) {
    KekizPersistenz ahlen = db.neu(b -> b.mandant(Mandant.kommune(Testdaten.AHLEN)));
    assertThat(ahlen.mandant()).isEqualTo(Mandant.kommune(Testdaten.AHLEN));
    assertThatThrownBy(() -> ahlen.kommunen().save(Testdaten.koeln()))
        .isInstanceOf(MandantenverletzungException.class);
    assertThat(ahlen.kommunen().findById(Testdaten.KOELN)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName("opened for Ahlen: refuses to write or delete Köln's data and writes nothing")
  void schreibtNurEigenes(Testdatenbank db) {
    KekizPersistenz alle = befuellt(db);
    KekizPersistenz ahlen = alle.fuer(Mandant.kommune(Testdaten.AHLEN));
    Kommune koeln = alle.kommunen().findById(Testdaten.KOELN).orElseThrow();
    assertThat(alle.mandant()).isEqualTo(Mandant.alle());
    assertThat(ahlen.mandant()).isEqualTo(Mandant.kommune(Testdaten.AHLEN));
    assertThatThrownBy(() -> ahlen.kommunen().save(koeln.toBuilder().build()))
        .isInstanceOfSatisfying(
            MandantenverletzungException.class,
            f -> {
              assertThat(f.mandant()).isEqualTo(Mandant.kommune(Testdaten.AHLEN).toString());
              assertThat(f.mandant()).contains("Kommune 05570004");
              assertThat(f.gegenstand()).isEqualTo("Speichern der Kommune 05315000");
              assertThat(f)
                  .hasMessage(
                      "Speichern der Kommune 05315000 wurde abgelehnt: das Repository ist für"
                          + " Kommune 05570004 geöffnet und darf keine Daten anderer Kommunen"
                          + " berühren");
            });
    assertThatThrownBy(() -> ahlen.kommunen().delete(Testdaten.KOELN, koeln.revision()))
        .isInstanceOf(MandantenverletzungException.class);
    Leitbild fremd = Leitbild.builder(Testdaten.KOELN, 1, "Leitbild Köln").build();
    assertThatThrownBy(() -> ahlen.leitbilder().save(fremd))
        .isInstanceOf(MandantenverletzungException.class);
    assertThatThrownBy(() -> ahlen.praeventionsketten().delete(Testdaten.KOELN, 1))
        .isInstanceOf(MandantenverletzungException.class);
    assertThatThrownBy(() -> ahlen.messwerte().deleteByKommune(Testdaten.KOELN))
        .isInstanceOf(MandantenverletzungException.class);
    assertThatThrownBy(() -> ahlen.indikatoren().save(Indikatoren.betreuungsquoteU3()))
        .isInstanceOf(MandantenverletzungException.class)
        .hasMessageStartingWith("Speichern des Indikators ");
    assertThat(alle.kommunen().findById(Testdaten.KOELN)).contains(koeln);
    assertThat(alle.leitbilder().findByKommune(Testdaten.KOELN)).isEmpty();
    assertThat(alle.messwerte().count(Testdaten.KOELN)).isEqualTo(15);
    assertThat(alle.indikatoren().findAll()).hasSize(1);
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName(
      "a load with one Messwert of another Kommune fails naming its row and stores nothing")
  void ladungMitFremdemMesswert(Testdatenbank db) {
    KekizPersistenz alle = befuellt(db);
    KekizPersistenz ahlen = alle.fuer(Mandant.kommune(Testdaten.AHLEN));
    List<Messwert> ladung = new ArrayList<>();
    Testdaten.viele(40, 9, Testdaten.AHLEN).forEachRemaining(ladung::add);
    Messwert fremd = Testdaten.viele(1, 9, Testdaten.KOELN).next();
    ladung.add(25, fremd);
    assertThatThrownBy(() -> ahlen.messwerte().saveAll(ladung, Duplikatregel.ERSETZEN))
        .isInstanceOf(MandantenverletzungException.class)
        .hasMessageContaining("Messwertzeile 26")
        .hasMessageContaining(fremd.schluessel().toString());
    assertThat(alle.messwerte().count(Testdaten.AHLEN)).isEqualTo(10);
    assertThat(alle.messwerte().count(Testdaten.KOELN)).isEqualTo(15);
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName(
      "opened for the Kreis Unna: sees the Kreis and its Gemeinden, not Köln, and may write them")
  void kreisMitGemeinden(Testdatenbank db) {
    KekizPersistenz alle = befuellt(db);
    KekizPersistenz unna = alle.fuer(Mandant.kreis(Kreisschluessel.parse("05978")));
    assertThat(unna.kommunen().findAll())
        .extracting(Kommune::id)
        .containsExactly(Testdaten.KREIS_UNNA, Testdaten.BOENEN, Testdaten.UNNA);
    assertThat(unna.kommunen().findByKreis(Kreisschluessel.parse("05978"))).hasSize(3);
    assertThat(unna.kommunen().findById(Testdaten.KOELN)).isEmpty();
    assertThat(unna.messwerte().count(Testdaten.BOENEN)).isEqualTo(15);
    Kommune boenen = unna.kommunen().findById(Testdaten.BOENEN).orElseThrow();
    assertThat(unna.kommunen().save(boenen).revision()).isEqualTo(2);
    assertThat(unna.messwerte().deleteByKommune(Testdaten.BOENEN)).isEqualTo(15);
    assertThatThrownBy(() -> unna.kommunen().save(Testdaten.koeln()))
        .isInstanceOf(MandantenverletzungException.class);
    assertThat(unna.auditprotokoll().eintraege())
        .isNotEmpty()
        .allSatisfy(
            e -> assertThat(e.kommune()).isNotNull().matches(k -> k.wert().startsWith("05978")));
  }

  @ParameterizedTest
  @EnumSource(Testdatenbank.class)
  @DisplayName("the audit trail of a Mandant shows only its Kommunen's entries")
  void auditNachMandant(Testdatenbank db) {
    KekizPersistenz alle = befuellt(db);
    List<Gemeindeschluessel> kommunen =
        alle.fuer(Mandant.kommune(Testdaten.AHLEN)).auditprotokoll().eintraege().stream()
            .map(Auditeintrag::kommune)
            .distinct()
            .toList();
    assertThat(kommunen).containsExactly(Testdaten.AHLEN);
    assertThat(alle.auditprotokoll().eintraege())
        .extracting(Auditeintrag::aggregat)
        .contains("Indikator");
  }

  @Test
  @DisplayName("a Mandant tells which Kommunen it covers")
  void umfasst() {
    assertThat(Mandant.alle().umfasst(Testdaten.KOELN)).isTrue();
    assertThat(Mandant.kommune(Testdaten.AHLEN).umfasst(Testdaten.AHLEN)).isTrue();
    assertThat(Mandant.kommune(Testdaten.AHLEN).umfasst(Testdaten.KOELN)).isFalse();
    Mandant unna = Mandant.kreis(Kreisschluessel.parse("05978"));
    assertThat(unna.umfasst(Testdaten.KREIS_UNNA)).isTrue();
    assertThat(unna.umfasst(Testdaten.BOENEN)).isTrue();
    assertThat(unna.umfasst(Gemeindeschluessel.parse("05979000"))).isFalse();
    assertThat(unna)
        .isEqualTo(Mandant.kreis(Kreisschluessel.parse("05978000")))
        .hasToString("Kreis 05978 mit seinen Gemeinden");
    assertThat(Mandant.alle()).hasToString("alle Kommunen");
  }
}

package de.kekiz.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSortedMap;
import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.KommuneBezug;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Periodizitaet;
import de.kekiz.domain.indikator.SozialraumBezug;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.kommune.SozialraumRef;
import de.kekiz.monitoring.Reihe;
import de.kekiz.monitoring.SozialraumGebiet;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The key records of the publication path write {@code equals} and {@code hashCode} out (for
 * speed); they must behave as the generated ones: equal by components, and the hash the record
 * would compute ({@code 31 * previous + component}, starting from 0), so that no hash map changes
 * its order.
 */
@DisplayName("Hand-written equals and hashCode of the key records")
class SchluesselgleichheitTest {

  private static final Gemeindeschluessel KOELN = Gemeindeschluessel.parse("05315000");
  private static final SozialraumId ID = new SozialraumId(KOELN, "101");
  private static final SozialraumRef REF = SozialraumRef.of(ID, 2);
  private static final IndikatorKey KEY = new IndikatorKey("sgb2-quote");
  private static final Aufschluesselung WEIBLICH =
      new Aufschluesselung(ImmutableSortedMap.of(Aufschluesselung.GESCHLECHT, "w"));

  /** The hash of a record with these components, as the generated method computes it. */
  private static int recordHash(Object... komponenten) {
    int h = 0;
    for (Object k : komponenten) {
      h = 31 * h + Objects.hashCode(k);
    }
    return h;
  }

  @Test
  @DisplayName("each hash is the one the record would compute")
  void hashWieRecord() {
    Periode p = Periode.of(Periodizitaet.QUARTALSWEISE, 2023, 2);
    IndikatorRef ref = new IndikatorRef(KEY, 3);
    assertThat(KOELN.hashCode()).isEqualTo(recordHash("05315000"));
    assertThat(ID.hashCode()).isEqualTo(recordHash(KOELN, "101"));
    assertThat(REF.hashCode()).isEqualTo(recordHash(ID, 2));
    assertThat(new SozialraumBezug(REF).hashCode()).isEqualTo(recordHash(REF));
    assertThat(new KommuneBezug(KOELN).hashCode()).isEqualTo(recordHash(KOELN));
    assertThat(new SozialraumGebiet(REF).hashCode()).isEqualTo(recordHash(REF));
    assertThat(KEY.hashCode()).isEqualTo(recordHash("sgb2-quote"));
    assertThat(ref.hashCode()).isEqualTo(recordHash(KEY, 3));
    assertThat(p.hashCode()).isEqualTo(recordHash(Periodizitaet.QUARTALSWEISE, 2023, 2));
    assertThat(WEIBLICH.hashCode()).isEqualTo(recordHash(WEIBLICH.codes()));
    assertThat(new Reihe(ref, WEIBLICH).hashCode()).isEqualTo(recordHash(ref, WEIBLICH));
  }

  @Test
  @DisplayName("equal exactly when every component is equal")
  void gleichNachKomponenten() {
    SozialraumId andereKommune = new SozialraumId(Gemeindeschluessel.parse("05316000"), "101");
    List<List<Object>> gruppen =
        List.of(
            List.of(KOELN, Gemeindeschluessel.parse("05315000")),
            List.of(ID, new SozialraumId(KOELN, "101")),
            List.of(andereKommune),
            List.of(new SozialraumId(KOELN, "102")),
            List.of(REF, SozialraumRef.of(ID, 2)),
            List.of(SozialraumRef.of(ID, 1)),
            List.of(new SozialraumBezug(REF), new SozialraumBezug(SozialraumRef.of(ID, 2))),
            List.of(
                new KommuneBezug(KOELN), new KommuneBezug(Gemeindeschluessel.parse("05315000"))),
            List.of(new SozialraumGebiet(REF), new SozialraumGebiet(SozialraumRef.of(ID, 2))),
            List.of(KEY, new IndikatorKey("sgb2-quote")),
            List.of(new IndikatorRef(KEY, 1), new IndikatorRef(new IndikatorKey("sgb2-quote"), 1)),
            List.of(new IndikatorRef(KEY, 2)),
            List.of(Periode.jahr(2023), Periode.of(Periodizitaet.JAEHRLICH, 2023, 1)),
            List.of(Periode.jahr(2024)),
            List.of(Periode.halbjahr(2023, 1)),
            List.of(Periode.halbjahr(2023, 2)),
            List.of(Aufschluesselung.INSGESAMT),
            List.of(
                WEIBLICH,
                new Aufschluesselung(ImmutableSortedMap.of(Aufschluesselung.GESCHLECHT, "w"))),
            List.of(
                new Reihe(new IndikatorRef(KEY, 1), WEIBLICH),
                new Reihe(new IndikatorRef(KEY, 1), WEIBLICH)),
            List.of(new Reihe(new IndikatorRef(KEY, 1), Aufschluesselung.INSGESAMT)));
    for (int i = 0; i < gruppen.size(); i++) {
      for (int j = 0; j < gruppen.size(); j++) {
        for (Object a : gruppen.get(i)) {
          for (Object b : gruppen.get(j)) {
            assertThat(a.equals(b)).as("%s equals %s", a, b).isEqualTo(i == j);
            if (i == j) {
              assertThat(a.hashCode()).as("hash of %s and %s", a, b).isEqualTo(b.hashCode());
            }
          }
        }
        assertThat(gruppen.get(i).get(0).equals(null)).isFalse();
      }
    }
  }
}

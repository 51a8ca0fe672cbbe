package de.kekiz.monitoring.geheimhaltung;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.KommuneBezug;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.fixtures.Beispielkommune;
import de.kekiz.fixtures.KekizFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Verbundtabelle: parts taken over, tables that need no protection")
class VerbundtabelleUebernahmeTest {

  private static final LocalDate TAG = LocalDate.of(2023, 12, 31);

  private static Messwert kommunewert(Beispielkommune k) {
    return k.messwerte().stream()
        .filter(x -> x.raum() instanceof KommuneBezug)
        .findFirst()
        .orElseThrow();
  }

  private static Messwert mitWerten(Messwert m, long zaehler) {
    return m.withWerten(
        BigDecimal.valueOf(zaehler), m.nenner() == null ? null : BigDecimal.valueOf(100_000));
  }

  @Test
  @DisplayName("a table of figures none of which is sensitive needs no protection")
  void brauchtSchutz() {
    Messwert m = kommunewert(KekizFixtures.ahlen());
    Geheimhaltungsregeln regeln = Geheimhaltungsregeln.standard();
    assertThat(Verbundtabelle.brauchtSchutz(regeln, List.of(mitWerten(m, 500)))).isFalse();
    assertThat(Verbundtabelle.brauchtSchutz(regeln, List.of())).isFalse();
    // a figure without value is missing, never sensitive
    assertThat(Verbundtabelle.brauchtSchutz(regeln, List.of(GeheimhaltungFixtures.fehlend(m))))
        .isFalse();
    // a small count, a status the source gave, a number too large for the table's sums
    assertThat(Verbundtabelle.brauchtSchutz(regeln, List.of(mitWerten(m, 2)))).isTrue();
    assertThat(
            Verbundtabelle.brauchtSchutz(
                regeln, List.of(mitWerten(m, 500).withConfStatus(ConfStatus.D))))
        .isTrue();
    assertThat(Verbundtabelle.brauchtSchutz(regeln, List.of(mitWerten(m, Long.MAX_VALUE / 2))))
        .isTrue();
  }

  @Test
  @DisplayName("a table with decimals is judged at its scale, whatever comes first")
  void brauchtSchutzMitDezimalen() {
    Messwert m = kommunewert(KekizFixtures.ahlen());
    Geheimhaltungsregeln regeln = Geheimhaltungsregeln.standard();
    Messwert ganz = mitWerten(m, 500);
    BigDecimal hunderttausend = BigDecimal.valueOf(100_000);
    Messwert dreiEinhalb = m.withWerten(new BigDecimal("3.5"), hunderttausend);
    Messwert zweiEinhalb = m.withWerten(new BigDecimal("2.5"), hunderttausend);
    // 3.5 is not below 3: whole numbers first, then decimals, or the other way round
    assertThat(Verbundtabelle.brauchtSchutz(regeln, List.of(ganz, dreiEinhalb))).isFalse();
    assertThat(Verbundtabelle.brauchtSchutz(regeln, List.of(dreiEinhalb, ganz))).isFalse();
    assertThat(Verbundtabelle.brauchtSchutz(regeln, List.of(ganz, zweiEinhalb))).isTrue();
    // a small whole count before a figure with decimals
    assertThat(Verbundtabelle.brauchtSchutz(regeln, List.of(mitWerten(m, 2), dreiEinhalb)))
        .isTrue();
    // a denominator with decimals counts at its scale too
    Messwert nenner = m.withWerten(BigDecimal.valueOf(50), new BigDecimal("100.5"));
    assertThat(Verbundtabelle.brauchtSchutz(regeln, List.of(ganz, nenner))).isFalse();
    Messwert kleinerNenner = m.withWerten(BigDecimal.valueOf(50), new BigDecimal("99.5"));
    assertThat(Verbundtabelle.brauchtSchutz(regeln, List.of(ganz, kleinerNenner))).isTrue();
  }

  @Test
  @DisplayName("without a sensitive figure the built table publishes every figure")
  void ohneSchutzAllesFrei() {
    Messwert m = mitWerten(kommunewert(KekizFixtures.ahlen()), 500);
    Verbundtabelle.Builder b =
        Verbundtabelle.builder(Geheimhaltungsregeln.standard(), new Verbundtabelle.Gliederungen());
    Verbundtabelle.Zelle z = b.teil(KekizFixtures.ahlen().kommune(), TAG).figur(m);
    assertThat(b.schuetze().sperrung(z)).isEqualTo(Sperrung.FREI);
  }

  @Test
  @DisplayName("whole numbers count at the table's scale, and one too large is reported")
  void ganzzahlenAufDerSkalaDerTabelle() {
    Beispielkommune ahlen = KekizFixtures.ahlen();
    Messwert m = kommunewert(ahlen);
    Geheimhaltungsregeln regeln = Geheimhaltungsregeln.standard();
    // 20 in a table with a figure of one decimal counts as 20.0, not as 2.0 (which is below 3)
    Verbundtabelle.Builder b = Verbundtabelle.builder(regeln, new Verbundtabelle.Gliederungen());
    Verbundtabelle.Zelle zwanzig = b.teil(ahlen.kommune(), TAG).figur(mitWerten(m, 20));
    Verbundtabelle.Zelle dezimal =
        b.zusatz(m.withWerten(new BigDecimal("3.5"), BigDecimal.valueOf(100_000)));
    Verbundtabelle.Ergebnis e = b.schuetze();
    assertThat(e.sperrung(zwanzig)).isEqualTo(Sperrung.FREI);
    assertThat(e.sperrung(dezimal)).isEqualTo(Sperrung.FREI);
    // a whole number beyond every long cannot be counted exactly: the table says which one
    Verbundtabelle.Builder gross =
        Verbundtabelle.builder(regeln, new Verbundtabelle.Gliederungen());
    gross
        .teil(ahlen.kommune(), TAG)
        .figur(m.withWerten(new BigDecimal("100000000000000000000"), null));
    assertThatThrownBy(gross::schuetze)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has a value too large to count exactly, got 100000000000000000000");
  }

  @Test
  @DisplayName("a part taken over by a later table of the release is numbered by that table")
  void teilUebernommen() {
    Beispielkommune ahlen = KekizFixtures.ahlen();
    Messwert m = mitWerten(kommunewert(ahlen), 500);
    Verbundtabelle.Gliederungen gliederungen = new Verbundtabelle.Gliederungen();
    Geheimhaltungsregeln regeln = Geheimhaltungsregeln.standard();
    Verbundtabelle.Builder erste = Verbundtabelle.builder(regeln, gliederungen);
    Verbundtabelle.Teil teil = erste.teil(ahlen.kommune(), TAG);
    Verbundtabelle.Zelle z = teil.figur(m);
    erste.sensibel(z);
    Verbundtabelle.Ergebnis e1 = erste.schuetze();
    assertThat(e1.sperrung(z)).isEqualTo(Sperrung.PRIMAER); // marked: suppressed elsewhere

    Verbundtabelle.Builder zweite = Verbundtabelle.builder(regeln, gliederungen).teil(teil);
    assertThatThrownBy(() -> zweite.teil(teil))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("belongs to this table already");
    assertThatThrownBy(
            () -> Verbundtabelle.builder(regeln, new Verbundtabelle.Gliederungen()).teil(teil))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("another release");
    // the mark of the first table does not come along: the figure is published here
    Verbundtabelle.Ergebnis e2 = zweite.schuetze();
    assertThat(e2.sperrung(z)).isEqualTo(Sperrung.FREI);
    assertThatThrownBy(() -> e1.sperrung(z))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not of this table");
  }
}

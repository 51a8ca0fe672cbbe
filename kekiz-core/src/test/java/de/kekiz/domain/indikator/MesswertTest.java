package de.kekiz.domain.indikator;

import static de.kekiz.domain.indikator.IndikatorFixtures.KOELN_404;
import static de.kekiz.domain.indikator.IndikatorFixtures.KOELN_GESAMT;
import static de.kekiz.domain.indikator.IndikatorFixtures.assertRegelverstoss;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Messwert")
class MesswertTest {

  private static final IndikatorRef SGB2 = IndikatorRef.of("sgb2-quote-u15", 2);
  private static final Periode P2023 = Periode.jahr(2023);

  private static Messwert messwert(
      String zaehler, String nenner, ObsStatus obsStatus, ConfStatus confStatus) {
    return new Messwert(
        SGB2,
        KOELN_404,
        P2023,
        Aufschluesselung.INSGESAMT,
        zaehler == null ? null : new BigDecimal(zaehler),
        nenner == null ? null : new BigDecimal(nenner),
        obsStatus,
        confStatus);
  }

  @Test
  @DisplayName("'of' builds a normal, publishable total")
  void of() {
    Messwert m = Messwert.of(SGB2, KOELN_404, P2023, 1234, 5678);

    assertThat(m.zaehler()).isEqualTo(BigDecimal.valueOf(1234));
    assertThat(m.nenner()).isEqualTo(BigDecimal.valueOf(5678));
    assertThat(m.aufschluesselung()).isEqualTo(Aufschluesselung.INSGESAMT);
    assertThat(m.obsStatus()).isEqualTo(ObsStatus.A);
    assertThat(m.confStatus()).isEqualTo(ConfStatus.F);
    assertThat(m.hatWert()).isTrue();
    assertThat(m.veroeffentlichbar()).isTrue();
  }

  @Test
  @DisplayName("'absolut' has no denominator, 'fehlend' neither numerator nor denominator")
  void absolutUndFehlend() {
    Messwert absolut = Messwert.absolut(SGB2, KOELN_GESAMT, P2023, 17);
    Messwert fehlend = Messwert.fehlend(SGB2, KOELN_GESAMT, P2023);

    assertThat(absolut.zaehler()).isEqualTo(BigDecimal.valueOf(17));
    assertThat(absolut.nenner()).isNull();
    assertThat(fehlend.zaehler()).isNull();
    assertThat(fehlend.nenner()).isNull();
    assertThat(fehlend.obsStatus()).isEqualTo(ObsStatus.M);
    assertThat(fehlend.hatWert()).isFalse();
    assertThat(fehlend.veroeffentlichbar()).isFalse();
  }

  @Nested
  @DisplayName("rule messwert.nenner-nicht-positiv")
  class NennerPositiv {

    @Test
    @DisplayName("accepts a denominator of 1")
    void gut() {
      assertThat(Messwert.of(SGB2, KOELN_404, P2023, 0, 1).nenner()).isEqualTo(BigDecimal.ONE);
    }

    @ParameterizedTest(name = "nenner {0}")
    @ValueSource(strings = {"0", "-5", "0.000", "-0.5"})
    @DisplayName("rejects a denominator of 0 or less, quoting it")
    void schlecht(String nenner) {
      assertRegelverstoss(
          () -> messwert("1", nenner, ObsStatus.A, ConfStatus.F),
          "messwert.nenner-nicht-positiv",
          "nenner " + new BigDecimal(nenner).stripTrailingZeros().toPlainString(),
          "Messwert sgb2-quote-u15@2 05315000:404@1 2023 insgesamt");
    }
  }

  @Nested
  @DisplayName("rule messwert.wert-fehlt-ohne-status")
  class WertFehlt {

    @ParameterizedTest(name = "CONF_STATUS {0}")
    @EnumSource(value = ConfStatus.class, names = "F", mode = EnumSource.Mode.EXCLUDE)
    @DisplayName("accepts an absent value that is suppressed")
    void gesperrt(ConfStatus status) {
      Messwert m = messwert(null, "5678", ObsStatus.A, status);

      assertThat(m.zaehler()).isNull();
      assertThat(m.nenner()).isEqualTo(BigDecimal.valueOf(5678));
    }

    @Test
    @DisplayName("accepts an absent value with OBS_STATUS M")
    void fehlend() {
      assertThat(messwert(null, null, ObsStatus.M, ConfStatus.F).hatWert()).isFalse();
      assertThat(messwert(null, "5678", ObsStatus.M, ConfStatus.F).nenner()).isNotNull();
    }

    @ParameterizedTest(name = "OBS_STATUS {0}")
    @EnumSource(value = ObsStatus.class, names = "M", mode = EnumSource.Mode.EXCLUDE)
    @DisplayName("rejects an absent, free value without status M, naming the status")
    void schlecht(ObsStatus status) {
      assertRegelverstoss(
          () -> messwert(null, "5678", status, ConfStatus.F),
          "messwert.wert-fehlt-ohne-status",
          "OBS_STATUS " + status,
          "CONF_STATUS F");
    }
  }

  @Nested
  @DisplayName("rule messwert.fehlend-mit-wert")
  class FehlendMitWert {

    @Test
    @DisplayName("accepts a value with OBS_STATUS E (estimated)")
    void gut() {
      assertThat(messwert("12", "100", ObsStatus.E, ConfStatus.F).zaehler())
          .isEqualTo(BigDecimal.valueOf(12));
    }

    @Test
    @DisplayName("rejects a numerator on a missing value, quoting it")
    void schlecht() {
      assertRegelverstoss(
          () -> messwert("12", "100", ObsStatus.M, ConfStatus.F),
          "messwert.fehlend-mit-wert",
          "zaehler 12");
    }

    @Test
    @DisplayName("is checked by the withers too")
    void wither() {
      Messwert m = Messwert.of(SGB2, KOELN_404, P2023, 12, 100);

      assertRegelverstoss(() -> m.withObsStatus(ObsStatus.M), "messwert.fehlend-mit-wert", "12");
    }
  }

  @Test
  @DisplayName("rejects missing parts with the part's name")
  void nullTeile() {
    assertThatThrownBy(() -> Messwert.of(null, KOELN_404, P2023, 1, 2))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("indikator");
    assertThatThrownBy(() -> Messwert.of(SGB2, null, P2023, 1, 2))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("raum");
    assertThatThrownBy(() -> Messwert.of(SGB2, KOELN_404, null, 1, 2))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("periode");
  }

  @ParameterizedTest(name = "{0}/{1} -> {2}/{3}")
  @CsvSource({
    "5.00,  100.0, 5,   100",
    "1E+2,  2E+3,  100, 2000",
    "2.50,  10,    2.5, 10",
    "0.000, 7,     0,   7",
    "12,    100,   12,  100",
  })
  @DisplayName("holds numerator and denominator in canonical form, so equal numbers are equal")
  void kanonisch(String zaehler, String nenner, String z, String n) {
    Messwert m = messwert(zaehler, nenner, ObsStatus.A, ConfStatus.F);
    Messwert erwartet = messwert(z, n, ObsStatus.A, ConfStatus.F);

    assertThat(m).isEqualTo(erwartet).hasSameHashCodeAs(erwartet);
    assertThat(m.zaehler().toPlainString()).isEqualTo(z);
    assertThat(m.nenner().toPlainString()).isEqualTo(n);
    assertThat(m.zaehler().scale()).isNotNegative();
  }

  @Test
  @DisplayName("keeps a suppressed numerator internally but is not publishable")
  void gesperrtMitWert() {
    Messwert m = Messwert.of(SGB2, KOELN_404, P2023, 2, 40).withConfStatus(ConfStatus.A);

    assertThat(m.zaehler()).isEqualTo(BigDecimal.valueOf(2));
    assertThat(m.veroeffentlichbar()).isFalse();
  }

  @Test
  @DisplayName("withers change exactly one part")
  void wither() {
    Messwert m = Messwert.of(SGB2, KOELN_404, P2023, 12, 100);
    Aufschluesselung w = Aufschluesselung.of(Aufschluesselung.GESCHLECHT, "w");

    assertThat(m.withAufschluesselung(w).aufschluesselung()).isEqualTo(w);
    assertThat(m.withAufschluesselung(w).withAufschluesselung(Aufschluesselung.INSGESAMT))
        .isEqualTo(m);
    assertThat(m.withObsStatus(ObsStatus.P).obsStatus()).isEqualTo(ObsStatus.P);
    assertThat(m.withWerten(BigDecimal.ONE, BigDecimal.TEN))
        .isEqualTo(Messwert.of(SGB2, KOELN_404, P2023, 1, 10));
  }

  @Test
  @DisplayName("prints key, numerator, denominator and status")
  void text() {
    assertThat(Messwert.of(SGB2, KOELN_404, P2023, 1234, 5678))
        .hasToString("sgb2-quote-u15@2 05315000:404@1 2023 insgesamt = 1234/5678 [A,F]");
    assertThat(Messwert.fehlend(SGB2, KOELN_GESAMT, P2023))
        .hasToString("sgb2-quote-u15@2 05315000 2023 insgesamt = -/- [M,F]");
  }

  @Nested
  @DisplayName("MesswertSchluessel")
  class Schluessel {

    @Test
    @DisplayName("is the observation's key")
    void schluessel() {
      Messwert m = Messwert.of(SGB2, KOELN_404, P2023, 1234, 5678);

      assertThat(m.schluessel())
          .isEqualTo(MesswertSchluessel.of(SGB2, KOELN_404, P2023, Aufschluesselung.INSGESAMT));
      assertThat(m.withConfStatus(ConfStatus.A).schluessel()).isEqualTo(m.schluessel());
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(
        strings = {
          "sgb2-quote-u15@2 05315000:404@1 2023 insgesamt",
          "sgb2-quote-u15@2 05315000 2023-Q4 alter=0-2,geschlecht=w",
          "seu-sprache@1 05315000:404@2 2023/24 staatsangehoerigkeit=nicht deutsch",
        })
    @DisplayName("round-trips its text form, codes with spaces included")
    void roundTrip(String text) {
      MesswertSchluessel k = MesswertSchluessel.parse(text);

      assertThat(k.toString()).isEqualTo(text);
      assertThat(MesswertSchluessel.parse(k.toString())).isEqualTo(k);
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(
        strings = {
          "sgb2-quote-u15@2 05315000 2023",
          "sgb2-quote-u15 05315000 2023 insgesamt",
          "sgb2-quote-u15@2 05315000 2023-Q5 insgesamt",
          "sgb2-quote-u15@2  05315000 2023 insgesamt",
          ""
        })
    @DisplayName("rejects malformed text, quoting it")
    void ungueltig(String text) {
      assertThatThrownBy(() -> MesswertSchluessel.parse(text))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + text + "'");
    }

    @Test
    @DisplayName("sorts by indicator, area, period and breakdown")
    void ordnung() {
      List<MesswertSchluessel> liste = new ArrayList<>();
      for (String s :
          List.of(
              "sgb2-quote-u15@2 05315000:404@1 2023 insgesamt",
              "sgb2-quote-u15@2 05315000 2023 geschlecht=w",
              "sgb2-quote-u15@2 05315000 2022 insgesamt",
              "betreuungsquote-u3@1 05513000 2023 insgesamt",
              "sgb2-quote-u15@2 05315000 2023 insgesamt")) {
        liste.add(MesswertSchluessel.parse(s));
      }
      Collections.sort(liste);

      assertThat(liste)
          .extracting(MesswertSchluessel::toString)
          .containsExactly(
              "betreuungsquote-u3@1 05513000 2023 insgesamt",
              "sgb2-quote-u15@2 05315000 2022 insgesamt",
              "sgb2-quote-u15@2 05315000 2023 insgesamt",
              "sgb2-quote-u15@2 05315000 2023 geschlecht=w",
              "sgb2-quote-u15@2 05315000:404@1 2023 insgesamt");
    }
  }
}

package de.kekiz.monitoring.geheimhaltung;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import de.kekiz.monitoring.geheimhaltung.Ueberlagerungstabelle.Uebergang;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("CellKeyVerfahren")
class CellKeyVerfahrenTest {

  /** A fixed test secret: 32 bytes 1, 2, …, 32. */
  private static final byte[] GEHEIMNIS = geheimnis(1);

  private static final Ueberlagerungsparameter STANDARD = Ueberlagerungsparameter.standard();
  private static final CellKeyVerfahren CKM = CellKeyVerfahren.of(STANDARD, GEHEIMNIS);

  private static byte[] geheimnis(int start) {
    byte[] b = new byte[32];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (start + i);
    }
    return b;
  }

  private static String zelle(int n) {
    return "seu-adipositas|05978008:" + n + "@1|2015/16|Z";
  }

  @Nested
  @DisplayName("derives cell keys")
  class Schluessel {

    @Test
    @DisplayName(
        "as the first 32 bits of HMAC-SHA256(secret, UTF-8 identity), checked with javax.crypto")
    void hmac() throws Exception {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(GEHEIMNIS, "HmacSHA256"));
      for (String id : List.of("", "a", "Bönen|Übergangsquote|2023", zelle(1), "x".repeat(500))) {
        byte[] h = mac.doFinal(id.getBytes(StandardCharsets.UTF_8));
        long erwartet =
            ((h[0] & 0xffL) << 24)
                | ((h[1] & 0xffL) << 16)
                | ((h[2] & 0xffL) << 8)
                | (h[3] & 0xffL);
        assertThat(CKM.schluessel(id).wert()).as(id).isEqualTo(erwartet);
      }
    }

    @Test
    @DisplayName("that are the same for the same cell and secret, also in another instance")
    void gleich() {
      byte[] kopie = GEHEIMNIS.clone();
      CellKeyVerfahren anderes = CellKeyVerfahren.of(STANDARD, kopie);
      Arrays.fill(kopie, (byte) 0); // the instance absorbed the secret at construction
      for (int n = 0; n < 2_000; n++) {
        assertThat(anderes.schluessel(zelle(n))).isEqualTo(CKM.schluessel(zelle(n)));
        assertThat(anderes.ueberlagere(zelle(n), n % 50))
            .isEqualTo(CKM.ueberlagere(zelle(n), n % 50));
      }
    }

    @Test
    @DisplayName("that differ for a different secret, cell by cell")
    void andererSchluessel() {
      CellKeyVerfahren anderes = CellKeyVerfahren.of(STANDARD, geheimnis(2));
      int verschieden = 0;
      int andereWerte = 0;
      for (int n = 0; n < 2_000; n++) {
        if (!anderes.schluessel(zelle(n)).equals(CKM.schluessel(zelle(n)))) {
          verschieden++;
        }
        if (anderes.ueberlagere(zelle(n), 10) != CKM.ueberlagere(zelle(n), 10)) {
          andereWerte++;
        }
      }
      assertThat(verschieden).isEqualTo(2_000);
      // two independent draws from the symmetric row coincide with Σ p² ≈ 0.22
      assertThat(andereWerte).isBetween(1_400, 1_700);
    }

    @Test
    @DisplayName("that differ for different identities, even for a changed letter")
    void andereZelle() {
      assertThat(CKM.schluessel("Bönen|2023")).isNotEqualTo(CKM.schluessel("Bonen|2023"));
      long verschieden =
          IntStream.range(0, 2_000).mapToObj(n -> CKM.schluessel(zelle(n))).distinct().count();
      assertThat(verschieden).isEqualTo(2_000);
    }
  }

  @Nested
  @DisplayName("perturbs counts")
  class Zaehlwerte {

    @Test
    @DisplayName("leaving every 0 at 0")
    void nullBleibtNull() {
      for (int n = 0; n < 5_000; n++) {
        assertThat(CKM.ueberlagere(zelle(n), 0)).isZero();
      }
    }

    @Test
    @DisplayName("by at most D, never below 0 and never to 1 or 2, for values 0…60")
    void grenzen() {
      for (long wert = 0; wert <= 60; wert++) {
        for (int n = 0; n < 1_000; n++) {
          long u = CKM.ueberlagere(zelle(n), wert);
          assertThat(Math.abs(u - wert)).isLessThanOrEqualTo(4);
          assertThat(u).isNotIn(1L, 2L).isNotNegative();
        }
      }
    }

    @ParameterizedTest(name = "original {0}")
    @ValueSource(longs = {1, 3, 4, 5, 25})
    @DisplayName("without bias and with variance 2 over 200,000 cells (mean ±0.02, variance ±0.05)")
    void empirisch(long wert) {
      int zellen = 200_000;
      long summe = 0;
      long quadrate = 0;
      Map<Integer, Integer> haeufigkeit = new HashMap<>();
      for (int n = 0; n < zellen; n++) {
        int v = (int) (CKM.ueberlagere("zelle-" + n, wert) - wert);
        summe += v;
        quadrate += (long) v * v;
        haeufigkeit.merge(v, 1, Integer::sum);
      }
      double mittel = summe / (double) zellen;
      double varianz = quadrate / (double) zellen - mittel * mittel;
      // the standard error of the mean is √(2/200,000) = 0.0032, of the variance below 0.01
      assertThat(mittel).isCloseTo(0, within(0.02));
      assertThat(varianz).isCloseTo(2, within(0.05));
      for (Uebergang u : CKM.tabelle().zeile(wert).uebergaenge()) {
        double erwartet = u.anteil() / (double) Zellschluessel.EINHEITEN;
        double beobachtet = haeufigkeit.getOrDefault(u.abweichung(), 0) / (double) zellen;
        assertThat(beobachtet).as("share of %d", u.abweichung()).isCloseTo(erwartet, within(0.006));
      }
    }

    @Test
    @DisplayName("with the same results on many threads as on one")
    void nebenlaeufig() {
      long[] einzeln =
          IntStream.range(0, 50_000).mapToLong(n -> CKM.ueberlagere(zelle(n), n % 40)).toArray();
      long[] parallel =
          IntStream.range(0, 50_000)
              .parallel()
              .mapToLong(n -> CKM.ueberlagere(zelle(n), n % 40))
              .toArray();
      assertThat(parallel).isEqualTo(einzeln);
    }

    @Test
    @DisplayName("and shows the original, the key and the published value of a cell")
    void ueberlagerung() {
      Ueberlagerung u = CKM.ueberlagerung(zelle(7), 12);
      assertThat(u.zellidentitaet()).isEqualTo(zelle(7));
      assertThat(u.wert()).isEqualTo(12);
      assertThat(u.schluessel()).isEqualTo(CKM.schluessel(zelle(7)));
      assertThat(u.ueberlagerterWert()).isEqualTo(CKM.ueberlagere(zelle(7), 12));
      assertThat(u.abweichung()).isEqualTo(u.ueberlagerterWert() - 12);
    }

    @Test
    @DisplayName("but not a negative value, quoting it and the cell")
    void negativ() {
      assertThatThrownBy(() -> CKM.ueberlagere("x|2023", -1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("got -1 for 'x|2023'");
    }
  }

  @Nested
  @DisplayName("perturbs rates")
  class Quoten {

    @Test
    @DisplayName(
        "keeping the published numerator at most the published denominator, near 100 % too")
    void zaehlerHoechstensNenner() {
      int begrenzt = 0;
      for (int n = 0; n < 5_000; n++) {
        long nenner = n % 30;
        long zaehler = nenner - (n % 4 == 0 ? 0 : Math.min(nenner, n % 3));
        Quotenueberlagerung q = CKM.ueberlagereQuote("z|" + n, zaehler, "n|" + n, nenner);
        assertThat(q.ueberlagerterZaehler()).isLessThanOrEqualTo(q.ueberlagerterNenner());
        assertThat(q.ueberlagerterZaehler()).isNotNegative().isNotIn(1L, 2L);
        assertThat(q.ueberlagerterNenner()).isEqualTo(CKM.ueberlagere("n|" + n, nenner));
        if (q.begrenzt()) {
          begrenzt++;
          assertThat(q.zaehler().ueberlagerterWert()).isGreaterThan(q.ueberlagerterNenner());
          assertThat(q.ueberlagerterZaehler()).isEqualTo(q.ueberlagerterNenner());
        } else {
          assertThat(q.ueberlagerterZaehler()).isEqualTo(q.zaehler().ueberlagerterWert());
        }
      }
      assertThat(begrenzt).as("rates near 100 % were limited").isPositive();
    }

    @Test
    @DisplayName("giving a shared denominator the same noise in every rate")
    void gemeinsamerNenner() {
      Quotenueberlagerung a =
          CKM.ueberlagereQuote("seu-adipositas|X|2023", 12, "seu-kinder|X|2023", 157);
      Quotenueberlagerung b =
          CKM.ueberlagereQuote("seu-sprache|X|2023", 40, "seu-kinder|X|2023", 157);
      assertThat(a.ueberlagerterNenner()).isEqualTo(b.ueberlagerterNenner());
      assertThat(a.nenner().schluessel()).isEqualTo(b.nenner().schluessel());
    }

    @Test
    @DisplayName(
        "but not a numerator above its denominator, nor one identity for both, quoting them")
    void ungueltig() {
      assertThatThrownBy(() -> CKM.ueberlagereQuote("z", 5, "n", 4))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("got 5 ('z') over 4 ('n')");
      assertThatThrownBy(() -> CKM.ueberlagereQuote("q", 3, "q", 4))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("got 'q' for both");
      assertThatThrownBy(() -> CKM.ueberlagereQuote("z", -2, "n", 4))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("got -2 for 'z'");
    }
  }

  @Test
  @DisplayName("rejects a secret shorter than 16 bytes, naming its length but not its content")
  void kurzesGeheimnis() {
    assertThatThrownBy(() -> CellKeyVerfahren.of(STANDARD, new byte[] {42, 43, 44}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 3 bytes")
        .hasMessageNotContaining("42");
  }

  @Test
  @DisplayName("shows its parameters but never the secret")
  void zeichenkette() {
    assertThat(CKM).hasToString("CellKeyVerfahren[D=4, V=2, js=2]");
  }
}

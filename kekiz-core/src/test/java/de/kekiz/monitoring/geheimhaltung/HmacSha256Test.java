package de.kekiz.monitoring.geheimhaltung;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("HmacSha256")
class HmacSha256Test {

  private static String hex(byte[] b) {
    return HexFormat.of().formatHex(b);
  }

  private static byte[] gefuellt(int laenge, int wert) {
    byte[] b = new byte[laenge];
    Arrays.fill(b, (byte) wert);
    return b;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  @DisplayName(
      "gives the HMAC-SHA256 test vectors of RFC 4231 (cases 1, 2 and 6, a key longer than a"
          + " block)")
  void rfc4231() {
    assertThat(hex(new HmacSha256(gefuellt(20, 0x0b)).mac(ascii("Hi There"))))
        .isEqualTo("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    assertThat(hex(new HmacSha256(ascii("Jefe")).mac(ascii("what do ya want for nothing?"))))
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    assertThat(
            hex(
                new HmacSha256(gefuellt(131, 0xaa))
                    .mac(ascii("Test Using Larger Than Block-Size Key - Hash Key First"))))
        .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
  }

  @Test
  @DisplayName("agrees with javax.crypto.Mac on seeded random keys and messages, also when reused")
  void wieJavaxCrypto() throws Exception {
    Random zufall = new Random(20240521L);
    Mac mac = Mac.getInstance("HmacSHA256");
    for (int fall = 0; fall < 300; fall++) {
      byte[] schluessel = new byte[1 + zufall.nextInt(150)];
      zufall.nextBytes(schluessel);
      mac.init(new SecretKeySpec(schluessel, "HmacSHA256"));
      HmacSha256 hmac = new HmacSha256(schluessel);
      for (int n = 0; n < 3; n++) {
        byte[] nachricht = new byte[zufall.nextInt(200)];
        zufall.nextBytes(nachricht);
        assertThat(hmac.mac(nachricht)).isEqualTo(mac.doFinal(nachricht));
      }
    }
  }
}

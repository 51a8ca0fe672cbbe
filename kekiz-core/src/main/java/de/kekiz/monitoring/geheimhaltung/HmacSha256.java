package de.kekiz.monitoring.geheimhaltung;

import static java.util.Objects.requireNonNull;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * HMAC-SHA256 as RFC 2104 defines it, {@code H((K ⊕ opad) ‖ H((K ⊕ ipad) ‖ m))}, on the JDK's
 * {@code java.security.MessageDigest}. kekiz-core may use only {@code java.*}, Guava and JSpecify
 * (an architecture rule keeps it so), and {@code javax.crypto.Mac} lies outside; the tests check
 * this class against {@code javax.crypto.Mac} and the test vectors of RFC 4231.
 *
 * <p>The key is absorbed once into two prepared digests; each {@link #mac(byte[])} works on clones
 * of them, so an instance is immutable after construction and may be shared between threads.
 */
final class HmacSha256 {

  private static final int BLOCK = 64;

  private final MessageDigest innen;
  private final MessageDigest aussen;

  HmacSha256(byte[] schluessel) {
    requireNonNull(schluessel, "schluessel");
    byte[] k = schluessel.length > BLOCK ? sha256().digest(schluessel) : schluessel;
    byte[] ipad = new byte[BLOCK];
    byte[] opad = new byte[BLOCK];
    Arrays.fill(ipad, (byte) 0x36);
    Arrays.fill(opad, (byte) 0x5c);
    for (int i = 0; i < k.length; i++) {
      ipad[i] ^= k[i];
      opad[i] ^= k[i];
    }
    innen = sha256();
    innen.update(ipad);
    aussen = sha256();
    aussen.update(opad);
    Arrays.fill(ipad, (byte) 0);
    Arrays.fill(opad, (byte) 0);
    if (k != schluessel) {
      Arrays.fill(k, (byte) 0);
    }
  }

  /** The 32-byte HMAC of {@code nachricht}. */
  byte[] mac(byte[] nachricht) {
    MessageDigest i = klon(innen);
    i.update(nachricht);
    MessageDigest a = klon(aussen);
    a.update(i.digest());
    return a.digest();
  }

  private static MessageDigest klon(MessageDigest d) {
    try {
      return (MessageDigest) d.clone();
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException("the JDK's SHA-256 digest cannot be cloned", e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must offer SHA-256", e);
    }
  }
}

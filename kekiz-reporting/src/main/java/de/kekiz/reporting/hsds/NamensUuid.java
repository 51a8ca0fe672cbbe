package de.kekiz.reporting.hsds;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * Name-based UUIDs (RFC 4122 version 5, SHA-1): the same name always gives the same id, so the HSDS
 * file is the same for the same Präventionskette and ids stay stable between exports.
 */
final class NamensUuid {
  private NamensUuid() {}

  /** The RFC 4122 namespace for URLs. */
  private static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");

  /** The namespace of every kekiz HSDS id: version 5 of {@code urn:kekiz:hsds} under URLs. */
  static final UUID KEKIZ = v5(URL_NAMESPACE, "urn:kekiz:hsds");

  /** The version-5 UUID of {@code name} in {@code namespace}. */
  static UUID v5(UUID namespace, String name) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-1", e);
    }
    ByteBuffer ns = ByteBuffer.allocate(16);
    ns.putLong(namespace.getMostSignificantBits()).putLong(namespace.getLeastSignificantBits());
    sha1.update(ns.array());
    byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
    ByteBuffer b = ByteBuffer.wrap(hash, 0, 16);
    return new UUID(b.getLong(), b.getLong());
  }

  /** The kekiz id of {@code teile} joined by ':' (e.g. {@code angebot:05570004:familiencafe}). */
  static String von(String... teile) {
    return v5(KEKIZ, String.join(":", teile)).toString();
  }
}

package de.kekiz.benchmark;

import de.kekiz.fixtures.NrwDatensatz;
import de.kekiz.monitoring.veroeffentlichung.Veroeffentlichung;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A check for speed work on the publication path (a harness, not a test): publishes every Kreis
 * family of the benchmark's data set as {@link MonitoringBenchmark} does and prints a SHA-256 over
 * the text form of every release ({@code toString} of its records: every figure, its scale and
 * kind, every table, trend, rank and goal). A change that only makes the path faster leaves the
 * digest as it was; compare it with the digest of the commit before.
 *
 * <p>Run it with {@code ./mvnw -B -q -pl kekiz-core test-compile exec:exec -Dexec.mainClass=...} or
 * {@code java -cp <test classpath> de.kekiz.benchmark.Fingerabdruck [sozialraeume [indikatoren
 * [jahre]]]} (defaults: the benchmark's 10,000, 50 and 10).
 */
public final class Fingerabdruck {
  private Fingerabdruck() {}

  /**
   * Prints the digest.
   *
   * @param args {@code [sozialraeume [indikatoren [jahre]]]}
   * @throws NoSuchAlgorithmException never (SHA-256 is part of every JDK)
   */
  public static void main(String[] args) throws NoSuchAlgorithmException {
    int sozialraeume = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int indikatoren = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    int jahre = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    NrwDatensatz ds = new NrwDatensatz(20_240_101L, sozialraeume, indikatoren, jahre);
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    long[] zeichen = {0};
    int[] familien = {0};
    MonitoringBenchmark.jedeFamilie(
        ds,
        v -> {
          zeichen[0] += verdaue(sha, v);
          familien[0]++;
        });
    System.out.println(
        familien[0]
            + " releases, "
            + zeichen[0]
            + " characters, SHA-256 "
            + HexFormat.of().formatHex(sha.digest()));
  }

  private static long verdaue(MessageDigest sha, Veroeffentlichung v) {
    String text = v.toString();
    sha.update(text.getBytes(StandardCharsets.UTF_8));
    return text.length();
  }
}

package de.kekiz.examples.angriff;

import static java.util.Objects.requireNonNull;

import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * An exact rational number, always reduced, with a positive denominator. Calculates in {@code long}
 * while the numbers fit and switches to {@link BigInteger} when an operation would overflow, so
 * results are exact whatever their size. Immutable and thread-safe.
 */
final class Bruch implements Comparable<Bruch> {

  /** Zero. */
  static final Bruch NULL = new Bruch(0, 1);

  /** One. */
  static final Bruch EINS = new Bruch(1, 1);

  // small form (grossZaehler == null, zaehler never Long.MIN_VALUE): zaehler / nenner; large form:
  // grossZaehler / grossNenner
  private final long zaehler;
  private final long nenner;
  private final @Nullable BigInteger grossZaehler;
  private final @Nullable BigInteger grossNenner;

  private Bruch(long zaehler, long nenner) {
    this.zaehler = zaehler;
    this.nenner = nenner;
    this.grossZaehler = null;
    this.grossNenner = null;
  }

  private Bruch(BigInteger zaehler, BigInteger nenner) {
    this.zaehler = 0;
    this.nenner = 0;
    this.grossZaehler = zaehler;
    this.grossNenner = nenner;
  }

  /** The whole number {@code wert}. */
  static Bruch of(long wert) {
    return wert == 0 ? NULL : wert == 1 ? EINS : new Bruch(wert, 1);
  }

  /** The whole number {@code wert}. */
  static Bruch of(BigInteger wert) {
    return of(wert, BigInteger.ONE);
  }

  /**
   * {@code zaehler / nenner}, reduced.
   *
   * @throws ArithmeticException if {@code nenner} is zero
   */
  static Bruch of(BigInteger zaehler, BigInteger nenner) {
    requireNonNull(zaehler, "zaehler");
    requireNonNull(nenner, "nenner");
    if (nenner.signum() == 0) {
      throw new ArithmeticException("fraction " + zaehler + "/0");
    }
    if (nenner.signum() < 0) {
      zaehler = zaehler.negate();
      nenner = nenner.negate();
    }
    BigInteger ggt = zaehler.gcd(nenner);
    if (!ggt.equals(BigInteger.ONE)) {
      zaehler = zaehler.divide(ggt);
      nenner = nenner.divide(ggt);
    }
    if (zaehler.bitLength() < 63 && nenner.bitLength() < 63) {
      return new Bruch(zaehler.longValue(), nenner.longValue());
    }
    return new Bruch(zaehler, nenner);
  }

  private static Bruch klein(long zaehler, long nenner) {
    // nenner > 0 here; Long.MIN_VALUE has no absolute value, so it goes to the large form
    if (zaehler == Long.MIN_VALUE) {
      throw new ArithmeticException("long overflow");
    }
    if (nenner == 1) {
      return of(zaehler);
    }
    long ggt = ggt(Math.abs(zaehler), nenner);
    return ggt == 1 ? new Bruch(zaehler, nenner) : new Bruch(zaehler / ggt, nenner / ggt);
  }

  private static long ggt(long a, long b) {
    while (b != 0) {
      long t = a % b;
      a = b;
      b = t;
    }
    return a;
  }

  private boolean istGross() {
    return grossZaehler != null;
  }

  private BigInteger z() {
    return grossZaehler != null ? grossZaehler : BigInteger.valueOf(zaehler);
  }

  private BigInteger n() {
    return grossNenner != null ? grossNenner : BigInteger.valueOf(nenner);
  }

  /** {@code this + b}. */
  Bruch plus(Bruch b) {
    if (!istGross() && !b.istGross()) {
      try {
        if (nenner == b.nenner) {
          return klein(Math.addExact(zaehler, b.zaehler), nenner);
        }
        long z =
            Math.addExact(
                Math.multiplyExact(zaehler, b.nenner), Math.multiplyExact(b.zaehler, nenner));
        return klein(z, Math.multiplyExact(nenner, b.nenner));
      } catch (ArithmeticException ueberlauf) {
        // falls through to the exact large form
      }
    }
    return of(z().multiply(b.n()).add(b.z().multiply(n())), n().multiply(b.n()));
  }

  /** {@code this − b}. */
  Bruch minus(Bruch b) {
    return plus(b.negiert());
  }

  /** {@code this × b}. */
  Bruch mal(Bruch b) {
    if (!istGross() && !b.istGross()) {
      if (zaehler == 0 || b.zaehler == 0) {
        return NULL;
      }
      try {
        // cross-reduce first, so the products stay small
        long g1 = ggt(Math.abs(zaehler), b.nenner);
        long g2 = ggt(Math.abs(b.zaehler), nenner);
        long z = Math.multiplyExact(zaehler / g1, b.zaehler / g2);
        long n = Math.multiplyExact(nenner / g2, b.nenner / g1);
        if (z == Long.MIN_VALUE) {
          throw new ArithmeticException("long overflow");
        }
        return n == 1 ? of(z) : new Bruch(z, n);
      } catch (ArithmeticException ueberlauf) {
        // falls through to the exact large form
      }
    }
    return of(z().multiply(b.z()), n().multiply(b.n()));
  }

  /**
   * {@code this ÷ b}.
   *
   * @throws ArithmeticException if {@code b} is zero
   */
  Bruch durch(Bruch b) {
    if (b.signum() == 0) {
      throw new ArithmeticException("division of " + this + " by zero");
    }
    return mal(b.kehrwert());
  }

  private Bruch kehrwert() {
    if (!istGross() && zaehler != Long.MIN_VALUE) {
      return zaehler < 0 ? new Bruch(-nenner, -zaehler) : new Bruch(nenner, zaehler);
    }
    return of(n(), z());
  }

  /** {@code −this}. */
  Bruch negiert() {
    if (!istGross() && zaehler != Long.MIN_VALUE) {
      return zaehler == 0 ? this : new Bruch(-zaehler, nenner);
    }
    return of(z().negate(), n());
  }

  /** −1, 0 or 1. */
  int signum() {
    return istGross() ? z().signum() : Long.signum(zaehler);
  }

  /** Whether this is zero. */
  boolean istNull() {
    return signum() == 0;
  }

  /** Whether this is a whole number. */
  boolean istGanz() {
    return istGross() ? n().equals(BigInteger.ONE) : nenner == 1;
  }

  /** The smallest whole number not below this. */
  BigInteger aufgerundet() {
    BigInteger[] qr = z().divideAndRemainder(n());
    return qr[1].signum() > 0 ? qr[0].add(BigInteger.ONE) : qr[0];
  }

  /** The greatest whole number not above this. */
  BigInteger abgerundet() {
    BigInteger[] qr = z().divideAndRemainder(n());
    return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
  }

  @Override
  public int compareTo(Bruch b) {
    if (!istGross() && !b.istGross()) {
      try {
        return Long.compare(
            Math.multiplyExact(zaehler, b.nenner), Math.multiplyExact(b.zaehler, nenner));
      } catch (ArithmeticException ueberlauf) {
        // falls through to the exact large form
      }
    }
    return z().multiply(b.n()).compareTo(b.z().multiply(n()));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Bruch b && z().equals(b.z()) && n().equals(b.n());
  }

  @Override
  public int hashCode() {
    return z().hashCode() * 31 + n().hashCode();
  }

  /** {@code 7}, {@code -3/2}. */
  @Override
  public String toString() {
    return istGanz() ? z().toString() : z() + "/" + n();
  }
}

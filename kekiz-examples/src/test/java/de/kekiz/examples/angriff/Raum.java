package de.kekiz.examples.angriff;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * The area of a published cell as a reader sees it: a Kommune ({@code 05978000}) or one version of
 * one of its Sozialräume ({@code 05978000:05978008@1}: Kommune, code, Gebietsstand).
 *
 * @param ags the Kommune's eight-digit key
 * @param code the Sozialraum's code within the Kommune, {@code null} for the Kommune itself
 * @param stand the Gebietsstand (version) of the Sozialraum, 0 for the Kommune itself
 */
record Raum(String ags, @Nullable String code, int stand) implements Comparable<Raum> {

  private static final Comparator<Raum> ORDNUNG =
      Comparator.comparing(Raum::ags)
          .thenComparing(r -> r.code() == null ? "" : r.code())
          .thenComparingInt(Raum::stand);

  /**
   * @throws IllegalArgumentException for a key that is not eight digits or a bad version
   */
  Raum {
    requireNonNull(ags, "ags");
    if (!istSchluessel(ags)) {
      throw new IllegalArgumentException("AGS needs 8 digits, got '" + ags + "'");
    }
    if (code != null && (code.isEmpty() || stand < 1)) {
      throw new IllegalArgumentException(
          "a Sozialraum needs a code and a Gebietsstand ≥ 1, got '" + code + "@" + stand + "'");
    }
    if (code == null && stand != 0) {
      throw new IllegalArgumentException("a Kommune has no Gebietsstand, got " + stand);
    }
  }

  /** Whether {@code text} has the form of a Kommune's key: eight digits. */
  static boolean istSchluessel(String text) {
    if (text.length() != 8) {
      return false;
    }
    for (int i = 0; i < 8; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** The Kommune {@code ags} as a whole. */
  static Raum kommune(String ags) {
    return new Raum(ags, null, 0);
  }

  /** Version {@code stand} of the Sozialraum {@code code} of {@code ags}. */
  static Raum sozialraum(String ags, String code, int stand) {
    return new Raum(ags, requireNonNull(code, "code"), stand);
  }

  /**
   * Reads {@code 05978000} or {@code 05978000:05978008@1}.
   *
   * @throws IllegalArgumentException quoting text of another form
   */
  static Raum parse(String text) {
    int doppelpunkt = text.indexOf(':');
    if (doppelpunkt < 0) {
      return kommune(text);
    }
    int at = text.lastIndexOf('@');
    if (at < doppelpunkt) {
      throw new IllegalArgumentException(
          "a Sozialraum needs the form AGS:code@Gebietsstand, got '" + text + "'");
    }
    try {
      return sozialraum(
          text.substring(0, doppelpunkt),
          text.substring(doppelpunkt + 1, at),
          Integer.parseInt(text.substring(at + 1)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "a Sozialraum needs a whole-number Gebietsstand after '@', got '" + text + "'", e);
    }
  }

  /**
   * Reads the SDMX form: {@code REF_AREA} and {@code SOZIALRAUM}, which is {@code _T} for the
   * Kommune itself and {@code code@Gebietsstand} otherwise.
   */
  static Raum sdmx(String refArea, String sozialraum) {
    return sozialraum.equals("_T") ? kommune(refArea) : parse(refArea + ":" + sozialraum);
  }

  /** Whether this is the Kommune as a whole. */
  boolean istKommune() {
    return code == null;
  }

  @Override
  public int compareTo(Raum o) {
    return ORDNUNG.compare(this, o);
  }

  /** {@code 05978000} or {@code 05978000:05978008@1}, as {@link #parse} reads it. */
  @Override
  public String toString() {
    return code == null ? ags : ags + ":" + code + "@" + stand;
  }
}

package de.kekiz.domain.angebot;

import static java.util.Objects.requireNonNull;

/** The kind of a Standort, mapped to the HSDS 3.0 {@code location.location_type} codes. */
public enum Standortart {
  /** A place families can visit (HSDS {@code physical}). */
  PHYSISCH("physical", "Ort"),
  /** A postal address only (HSDS {@code postal}). */
  POSTALISCH("postal", "Postanschrift"),
  /** Online or by phone (HSDS {@code virtual}). */
  VIRTUELL("virtual", "digital");

  private final String hsdsCode;
  private final String bezeichnung;

  Standortart(String hsdsCode, String bezeichnung) {
    this.hsdsCode = hsdsCode;
    this.bezeichnung = bezeichnung;
  }

  /** {@return the HSDS 3.0 code, e.g. {@code physical}} */
  public String hsdsCode() {
    return hsdsCode;
  }

  /** {@return the German name, e.g. {@code Postanschrift}} */
  public String bezeichnung() {
    return bezeichnung;
  }

  /**
   * The kind with HSDS code {@code code} (exact spelling).
   *
   * @param code an HSDS 3.0 {@code location.location_type} code, e.g. {@code physical}
   * @return the kind with that code
   * @throws IllegalArgumentException quoting the code if there is none
   */
  public static Standortart ausHsdsCode(String code) {
    requireNonNull(code, "code");
    for (Standortart s : values()) {
      if (s.hsdsCode.equals(code)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "HSDS location_type needs one of 'physical', 'postal', 'virtual', got '" + code + "'");
  }
}

package de.kekiz.domain.angebot;

import static java.util.Objects.requireNonNull;

/** Whether an Angebot runs, mapped to the HSDS 3.0 {@code service.status} codes. */
public enum AngebotStatus {
  /** Runs (HSDS {@code active}). */
  AKTIV("active", "aktiv"),
  /** Does not run at present (HSDS {@code inactive}). */
  INAKTIV("inactive", "inaktiv"),
  /** Has ended for good (HSDS {@code defunct}). */
  EINGESTELLT("defunct", "eingestellt"),
  /** Closed for a while, e.g. during school holidays (HSDS {@code temporarily closed}). */
  VORUEBERGEHEND_GESCHLOSSEN("temporarily closed", "vorübergehend geschlossen");

  private final String hsdsCode;
  private final String bezeichnung;

  AngebotStatus(String hsdsCode, String bezeichnung) {
    this.hsdsCode = hsdsCode;
    this.bezeichnung = bezeichnung;
  }

  /** {@return the HSDS 3.0 code, e.g. {@code temporarily closed}} */
  public String hsdsCode() {
    return hsdsCode;
  }

  /** {@return the German name, e.g. {@code vorübergehend geschlossen}} */
  public String bezeichnung() {
    return bezeichnung;
  }

  /**
   * The status with HSDS code {@code code} (exact spelling).
   *
   * @param code an HSDS 3.0 {@code service.status} code, e.g. {@code active}
   * @return the status with that code
   * @throws IllegalArgumentException quoting the code if there is none
   */
  public static AngebotStatus ausHsdsCode(String code) {
    requireNonNull(code, "code");
    for (AngebotStatus s : values()) {
      if (s.hsdsCode.equals(code)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "HSDS service status needs one of 'active', 'inactive', 'defunct', 'temporarily closed',"
            + " got '"
            + code
            + "'");
  }
}

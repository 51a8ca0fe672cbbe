package de.kekiz.domain.indikator;

import static java.util.Objects.requireNonNull;

/**
 * The SDMX observation status (OBS_STATUS) of a {@link Messwert}: how the value came about. The
 * enum constant's name is the SDMX code.
 */
public enum ObsStatus {
  /** Normal value. */
  A("normaler Wert"),
  /** Break in the time series: not comparable with earlier values. */
  B("Zeitreihenbruch"),
  /** Estimated value. */
  E("geschätzter Wert"),
  /** Provisional value. */
  P("vorläufiger Wert"),
  /** Missing value: the {@link Messwert} carries no numerator. */
  M("fehlender Wert"),
  /** Forecast value. */
  F("Prognosewert");

  private final String bezeichnung;

  ObsStatus(String bezeichnung) {
    this.bezeichnung = bezeichnung;
  }

  /** {@return the SDMX code, e.g. {@code "A"}} */
  public String code() {
    return name();
  }

  /** {@return the German label, with umlauts} */
  public String bezeichnung() {
    return bezeichnung;
  }

  /**
   * Reads an SDMX code ({@code A}, {@code B}, {@code E}, {@code P}, {@code M} or {@code F}).
   *
   * @param code the SDMX code, exact spelling
   * @return the status
   * @throws IllegalArgumentException quoting the input if it is none of these codes
   */
  public static ObsStatus parse(CharSequence code) {
    requireNonNull(code, "code");
    String s = code.toString();
    for (ObsStatus o : values()) {
      if (o.name().equals(s)) {
        return o;
      }
    }
    throw new IllegalArgumentException(
        "OBS_STATUS needs one of the codes A, B, E, P, M, F, got '" + s + "'");
  }
}

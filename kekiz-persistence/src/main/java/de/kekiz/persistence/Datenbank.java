package de.kekiz.persistence;

/** The databases the adapter supports; it tells them apart at runtime by the JDBC connection. */
public enum Datenbank {

  /** H2 2.x, in memory or in a file; the embedded default. */
  H2("DECFLOAT"),

  /** PostgreSQL 12 or later; bulk loads use {@code COPY FROM STDIN}. */
  POSTGRESQL("NUMERIC");

  private final String dezimaltyp;

  Datenbank(String dezimaltyp) {
    this.dezimaltyp = dezimaltyp;
  }

  /**
   * {@return the SQL type that stores a decimal number exactly, every digit and the scale: {@code
   * NUMERIC} on PostgreSQL, {@code DECFLOAT} on H2 (whose {@code NUMERIC} without precision has
   * scale 0)}
   */
  public String dezimaltyp() {
    return dezimaltyp;
  }
}

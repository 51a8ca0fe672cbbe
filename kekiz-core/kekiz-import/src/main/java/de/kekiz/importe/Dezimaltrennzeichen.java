package de.kekiz.importe;

/**
 * The decimal separator of numbers written as text in a kekiz CSV file or in text cells of an XLSX
 * sheet. The other character is rejected, so that {@code 1.234} in a file declared {@link #KOMMA}
 * is reported instead of being read as a thousand-separated number or as 1.234. Numbers are never
 * written with thousands separators. GENESIS files need no setting: they have no thousands
 * separator, so both characters are read as decimal separator there.
 */
public enum Dezimaltrennzeichen {
  /** Decimal comma, as in German spreadsheets: {@code 12,5}. */
  KOMMA(','),
  /** Decimal point: {@code 12.5}. */
  PUNKT('.');

  private final char zeichen;

  Dezimaltrennzeichen(char zeichen) {
    this.zeichen = zeichen;
  }

  /** {@return the character, {@code ','} or {@code '.'}} */
  public char zeichen() {
    return zeichen;
  }
}

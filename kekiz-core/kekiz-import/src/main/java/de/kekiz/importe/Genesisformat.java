package de.kekiz.importe;

/**
 * The two "flat" CSV layouts GENESIS has exported ({@code format=ffcsv}); {@link GenesisCsvLeser}
 * tells them apart by the header.
 */
public enum Genesisformat {
  /**
   * The current long format (2025 and later): UTF-8 with BOM, header {@code
   * statistics_code;statistics_label;time_code;time_label;time;}, then for each classifying
   * variable {@code n_variable_code;n_variable_label;n_variable_attribute_code;
   * n_variable_attribute_label;}, then {@code value;value_unit;value_variable_code;
   * value_variable_label} and, with {@code quality=on}, {@code ;value_q}. One value per row.
   */
  LANG("GENESIS ffcsv (lang, ab 2025)"),

  /**
   * The older wide format (2024): UTF-8 without BOM, header {@code
   * Statistik_Code;Statistik_Label;Zeit_Code;Zeit_Label;Zeit;}, then for each variable {@code
   * n_Merkmal_Code;n_Merkmal_Label;n_Auspraegung_Code;n_Auspraegung_Label;} (English exports repeat
   * {@code n_variable_code}), then one column per value variable named {@code CODE__Label__Unit},
   * e.g. {@code BEV036__Bevoelkerung_in_Hauptwohnsitzhaushalten__1000}.
   */
  BREIT("GENESIS ffcsv (breit, bis 2024)");

  private final String bezeichnung;

  Genesisformat(String bezeichnung) {
    this.bezeichnung = bezeichnung;
  }

  /** {@return a short German label, e.g. {@code GENESIS ffcsv (lang, ab 2025)}} */
  public String bezeichnung() {
    return bezeichnung;
  }
}

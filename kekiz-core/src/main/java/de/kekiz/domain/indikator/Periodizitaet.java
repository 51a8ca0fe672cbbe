package de.kekiz.domain.indikator;

/**
 * How often an indicator is observed, that is, which kind of {@link Periode} its values refer to.
 * Calendar periods start on 1 January; a {@link #SCHULJAHR} runs from 1 August to 31 July.
 */
public enum Periodizitaet {
  /** Calendar years: {@code 2023}. */
  JAEHRLICH("jährlich", 12),
  /** Calendar half-years: {@code 2023-S1} (January to June), {@code 2023-S2}. */
  HALBJAEHRLICH("halbjährlich", 6),
  /** Calendar quarters: {@code 2023-Q1} to {@code 2023-Q4}. */
  QUARTALSWEISE("quartalsweise", 3),
  /** Calendar months: {@code 2023-01} to {@code 2023-12}. */
  MONATLICH("monatlich", 1),
  /** School years from 1 August to 31 July: {@code 2023/24} starts on 1 August 2023. */
  SCHULJAHR("schuljährlich", 12);

  private final String bezeichnung;
  private final int monate;

  Periodizitaet(String bezeichnung, int monate) {
    this.bezeichnung = bezeichnung;
    this.monate = monate;
  }

  /** {@return the German label, with umlauts} */
  public String bezeichnung() {
    return bezeichnung;
  }

  /** {@return the length of one period in months (12, 6, 3 or 1)} */
  public int monate() {
    return monate;
  }

  /** {@return how many periods make up one year: 1, 2, 4 or 12} */
  public int periodenProJahr() {
    return 12 / monate;
  }
}

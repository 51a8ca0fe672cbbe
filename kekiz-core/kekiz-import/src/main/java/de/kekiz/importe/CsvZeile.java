package de.kekiz.importe;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Splits one line of a kekiz CSV file into its fields. */
final class CsvZeile {
  private CsvZeile() {}

  /**
   * The fields of {@code zeile}, separated by {@code trenner}. A field may be enclosed in double
   * quotes (as spreadsheet programs write it); inside, {@code ""} stands for one quote and the
   * separator is text.
   *
   * @return the fields, or {@code null} if a quote is not closed on the line
   */
  static @Nullable List<String> teile(String zeile, char trenner) {
    List<String> felder = new ArrayList<>();
    StringBuilder feld = new StringBuilder();
    boolean inAnfuehrung = false;
    boolean feldBeginn = true;
    int n = zeile.length();
    for (int i = 0; i < n; i++) {
      char c = zeile.charAt(i);
      if (inAnfuehrung) {
        if (c == '"') {
          if (i + 1 < n && zeile.charAt(i + 1) == '"') {
            feld.append('"');
            i++;
          } else {
            inAnfuehrung = false;
          }
        } else {
          feld.append(c);
        }
      } else if (c == '"' && feldBeginn) {
        inAnfuehrung = true;
        feldBeginn = false;
      } else if (c == trenner) {
        felder.add(feld.toString());
        feld.setLength(0);
        feldBeginn = true;
      } else {
        feld.append(c);
        feldBeginn = false;
      }
    }
    if (inAnfuehrung) {
      return null;
    }
    felder.add(feld.toString());
    return felder;
  }
}

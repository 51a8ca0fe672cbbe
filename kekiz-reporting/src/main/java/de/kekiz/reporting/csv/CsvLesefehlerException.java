package de.kekiz.reporting.csv;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.KekizException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A CSV file could not be read: every bad row is listed with its line number, and nothing was read.
 */
public final class CsvLesefehlerException extends KekizException {
  private static final long serialVersionUID = 1L;

  /**
   * One bad row.
   *
   * @param zeile the line the row starts on (the header is line 1)
   * @param meldung what is wrong, quoting the bad value
   */
  public record Zeilenfehler(long zeile, String meldung) {
    /**
     * Checks for null.
     *
     * @param zeile the line the row starts on
     * @param meldung what is wrong
     */
    public Zeilenfehler {
      requireNonNull(meldung, "meldung");
    }

    @Override
    public String toString() {
      return "line " + zeile + ": " + meldung;
    }
  }

  /** The bad rows, in file order. */
  private final ImmutableList<Zeilenfehler> fehler;

  /**
   * The refusal of a read of {@code datei} that found bad rows.
   *
   * @param datei what was read, for the message
   * @param fehler the bad rows, at least one
   */
  public CsvLesefehlerException(String datei, List<Zeilenfehler> fehler) {
    super(
        datei
            + " has "
            + fehler.size()
            + " bad row(s), nothing was read: "
            + fehler.stream()
                .limit(20)
                .map(Zeilenfehler::toString)
                .collect(Collectors.joining("; "))
            + (fehler.size() > 20 ? "; …" : ""));
    this.fehler = ImmutableList.copyOf(fehler);
  }

  /** {@return the bad rows, in file order} */
  public ImmutableList<Zeilenfehler> fehler() {
    return fehler;
  }
}

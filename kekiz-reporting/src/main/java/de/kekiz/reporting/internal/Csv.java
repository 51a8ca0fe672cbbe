package de.kekiz.reporting.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 fields and records with a configurable separator: quoting on the way out, a parser that
 * knows quoted fields with doubled quotes and line breaks on the way in. Not API.
 */
public final class Csv {
  private Csv() {}

  /** One record of a CSV file and the line it starts on (1-based, the header is line 1). */
  public record Datensatz(long zeile, List<String> felder) {
    /** Copies the fields. */
    public Datensatz {
      felder = ImmutableList.copyOf(felder);
    }
  }

  /**
   * The field as RFC 4180 writes it: in double quotes, with quotes doubled, if it holds the
   * separator, a double quote, CR or LF; unchanged otherwise. Made neutral first: a text a
   * spreadsheet would run as a formula (starting with {@code = + - @}, tab or CR, unless it is a
   * plain number such as {@code -12.5}) gets a leading apostrophe, and control, bidirectional and
   * other format characters (other than tab, CR and LF) and lone surrogates become U+FFFD ({@link
   * Sichtbar}).
   */
  public static String feld(String text, char trennzeichen) {
    requireNonNull(text, "text");
    text = neutral(text);
    boolean quoten = false;
    for (int i = 0; i < text.length() && !quoten; i++) {
      char c = text.charAt(i);
      quoten = c == trennzeichen || c == '"' || c == '\r' || c == '\n';
    }
    if (!quoten) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length() + 8).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        sb.append('"');
      }
      sb.append(c);
    }
    return sb.append('"').toString();
  }

  private static final java.util.regex.Pattern ZAHL =
      java.util.regex.Pattern.compile("-?[0-9]+([.,][0-9]+)?");

  private static String neutral(String text) {
    String t = Sichtbar.text(text);
    if (!t.isEmpty() && "=+-@\t\r".indexOf(t.charAt(0)) >= 0 && !ZAHL.matcher(t).matches()) {
      return "'" + t;
    }
    return t;
  }

  /**
   * Reads all records. Records end with CRLF, LF or CR; a quoted field may hold the separator, line
   * breaks and doubled quotes. An empty last line is not a record.
   *
   * @throws IllegalArgumentException naming the line if a quoted field is not closed or text
   *     follows a closing quote
   * @throws IOException if reading fails
   */
  public static List<Datensatz> lies(Reader in, char trennzeichen) throws IOException {
    List<Datensatz> saetze = new ArrayList<>();
    List<String> felder = new ArrayList<>();
    StringBuilder feld = new StringBuilder();
    long zeile = 1;
    long beginn = 1;
    boolean inQuotes = false;
    boolean warQuoted = false;
    boolean satzBegonnen = false;
    int c = in.read();
    while (c != -1) {
      char z = (char) c;
      if (inQuotes) {
        if (z == '"') {
          int naechstes = in.read();
          if (naechstes == '"') {
            feld.append('"');
            c = in.read();
          } else {
            inQuotes = false;
            c = naechstes;
          }
          continue;
        }
        if (z == '\n') {
          zeile++;
        } else if (z == '\r') {
          zeile++;
          int naechstes = in.read();
          feld.append('\r');
          if (naechstes == '\n') {
            feld.append('\n');
            c = in.read();
          } else {
            c = naechstes;
          }
          continue;
        }
        feld.append(z);
        c = in.read();
        continue;
      }
      if (z == '"' && feld.length() == 0 && !warQuoted) {
        inQuotes = true;
        warQuoted = true;
        satzBegonnen = true;
        c = in.read();
        continue;
      }
      if (z == trennzeichen) {
        felder.add(feld.toString());
        feld.setLength(0);
        warQuoted = false;
        satzBegonnen = true;
        c = in.read();
        continue;
      }
      if (z == '\r' || z == '\n') {
        int naechstes = in.read();
        if (z == '\r' && naechstes == '\n') {
          naechstes = in.read();
        }
        if (satzBegonnen || feld.length() > 0) {
          felder.add(feld.toString());
          saetze.add(new Datensatz(beginn, felder));
        }
        felder = new ArrayList<>();
        feld.setLength(0);
        warQuoted = false;
        satzBegonnen = false;
        zeile++;
        beginn = zeile;
        c = naechstes;
        continue;
      }
      if (warQuoted) {
        throw new IllegalArgumentException(
            "line " + zeile + ": text after the closing quote of a field, got '" + z + "'");
      }
      feld.append(z);
      satzBegonnen = true;
      c = in.read();
    }
    if (inQuotes) {
      throw new IllegalArgumentException(
          "line " + beginn + ": a quoted field is not closed before the end of the file");
    }
    if (satzBegonnen || feld.length() > 0) {
      felder.add(feld.toString());
      saetze.add(new Datensatz(beginn, felder));
    }
    return saetze;
  }
}

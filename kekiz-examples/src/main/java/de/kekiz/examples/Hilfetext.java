package de.kekiz.examples;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.IHelpSectionRenderer;

/**
 * The usage help of every command in German, with no value cut at a line end.
 *
 * <p>The headings ("Optionen:", "Befehle:") and the descriptions of {@code --help} and {@code
 * --version} come from {@code Hilfetext.properties}, picocli's resource-bundle keys. picocli breaks
 * lines where {@link java.text.BreakIterator} allows it, which includes after {@code :}, {@code /}
 * and {@code .} inside a value ("jdbc:↵postgresql://…", "./↵kekiz-daten"); so picocli lays out each
 * section without a width limit and {@link #umbreche} wraps the result at spaces only, with
 * picocli's indentation.
 */
final class Hilfetext {

  /** The width the help is wrapped to (a terminal's 80 columns). */
  static final int BREITE = 80;

  /** The width picocli is given: wide enough never to break a line itself. */
  private static final int OHNE_GRENZE = 10_000;

  private static final String AUFRUF = "Aufruf: ";

  private Hilfetext() {}

  /** Sets the German texts and the wrapping on {@code cli} and all its subcommands. */
  static void einrichten(CommandLine cli) {
    cli.setResourceBundle(ResourceBundle.getBundle("de.kekiz.examples.Hilfetext", Locale.ROOT));
    cli.setUsageHelpWidth(OHNE_GRENZE);
    umbrechen(cli);
  }

  private static void umbrechen(CommandLine befehl) {
    // a heading from the resource bundle loses its trailing space: this one is set directly
    befehl.getCommandSpec().usageMessage().synopsisHeading(AUFRUF);
    Map<String, IHelpSectionRenderer> abschnitte = new LinkedHashMap<>();
    befehl
        .getHelpSectionMap()
        .forEach(
            (schluessel, r) ->
                abschnitte.put(
                    schluessel,
                    schluessel.equals(CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS)
                        ? h -> umbreche(AUFRUF + r.render(h)).substring(AUFRUF.length())
                        : h -> umbreche(r.render(h))));
    befehl.setHelpSectionMap(abschnitte);
    for (CommandLine unterbefehl : befehl.getSubcommands().values()) {
      umbrechen(unterbefehl);
    }
  }

  /**
   * {@code text} with every line longer than {@link #BREITE} broken at spaces. A continuation line
   * is indented as picocli does: under the first option of a synopsis, two columns further than the
   * description column of an option or command row, two further than an indented line, not at all
   * for a paragraph. A word longer than the line stays whole; no line is broken after an
   * abbreviation such as "z." of "z. B.".
   */
  static String umbreche(String text) {
    StringBuilder b = new StringBuilder(text.length() + 64);
    int anfang = 0;
    while (anfang < text.length()) {
      int ende = text.indexOf('\n', anfang);
      int naechste = ende < 0 ? text.length() : ende + 1;
      String zeile = text.substring(anfang, ende < 0 ? text.length() : ende);
      boolean cr = zeile.endsWith("\r");
      if (cr) {
        zeile = zeile.substring(0, zeile.length() - 1);
      }
      // trailing spaces go (picocli pads its table), but not those of a heading such as "Aufruf: "
      b.append(umbrecheZeile(ende < 0 ? zeile : zeile.stripTrailing(), cr ? "\r\n" : "\n"));
      if (ende >= 0) {
        b.append(cr ? "\r\n" : "\n");
      }
      anfang = naechste;
    }
    return b.toString();
  }

  private static String umbrecheZeile(String zeile, String zeilenende) {
    String rest = zeile;
    if (rest.length() <= BREITE) {
      return rest;
    }
    int einzug = folgeeinzug(rest);
    StringBuilder b = new StringBuilder();
    boolean erste = true;
    while (rest.length() > BREITE) {
      int bruch = bruchstelle(rest, erste ? einzugVon(rest) : einzug);
      if (bruch < 0) {
        break;
      }
      b.append(rest, 0, bruch).append(zeilenende);
      rest = " ".repeat(einzug) + rest.substring(bruch).stripLeading();
      erste = false;
    }
    return b.append(rest).toString();
  }

  /** The last space at or before {@link #BREITE} after the indentation, or -1. */
  private static int bruchstelle(String zeile, int einzug) {
    for (int i = Math.min(BREITE, zeile.length() - 1); i > einzug; i--) {
      if (zeile.charAt(i) == ' ' && zeile.charAt(i - 1) != ' ' && !nachAbkuerzung(zeile, i)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the word before position {@code i} is a one-letter abbreviation such as "z.". */
  private static boolean nachAbkuerzung(String zeile, int i) {
    return i >= 2
        && zeile.charAt(i - 1) == '.'
        && Character.isLetter(zeile.charAt(i - 2))
        && (i == 2 || zeile.charAt(i - 3) == ' ');
  }

  private static int einzugVon(String zeile) {
    int n = 0;
    while (n < zeile.length() && zeile.charAt(n) == ' ') {
      n++;
    }
    return n;
  }

  private static int folgeeinzug(String zeile) {
    int n = einzugVon(zeile);
    if (zeile.startsWith(AUFRUF)) {
      int option = zeile.indexOf(" [");
      int pflicht = zeile.indexOf(" -");
      int erste = option < 0 ? pflicht : pflicht < 0 ? option : Math.min(option, pflicht);
      return erste < 0 ? AUFRUF.length() : erste + 1;
    }
    if (n == 0) {
      return 0;
    }
    int luecke = zeile.indexOf("  ", n);
    if (luecke > 0) {
      int spalte = luecke;
      while (spalte < zeile.length() && zeile.charAt(spalte) == ' ') {
        spalte++;
      }
      return spalte + 2;
    }
    return n + 2;
  }
}

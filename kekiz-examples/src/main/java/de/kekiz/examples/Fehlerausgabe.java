package de.kekiz.examples;

import de.kekiz.importe.Anzeigetext;
import de.kekiz.importe.UnlesbareDateiException;
import de.kekiz.port.DuplikatException;
import de.kekiz.port.MandantenverletzungException;
import de.kekiz.port.PersistenzException;
import de.kekiz.port.VersionskonfliktException;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns an exception of a command into one line on the error output and exit status {@link
 * Hauptprogramm#FEHLER}; the stack trace only with {@code --stacktrace}. Turns a malformed call
 * (picocli's parameter exceptions) into one German line and exit status {@link
 * Hauptprogramm#AUFRUFFEHLER}.
 *
 * <p>The line names the command and the messages of the exception and its causes, each once: {@code
 * kekiz import: die H2-Datenbank in /x lässt sich nicht öffnen: …}, followed by {@code
 * (--stacktrace zeigt Einzelheiten)} only where the stack trace tells more than the line ({@link
 * #mehrImStacktrace}). For a malformed call picocli's English message is not shown: the line is
 * built from what the exception carries (the option, the value, the missing or unknown arguments),
 * e.g. {@code kekiz report: es fehlt die Option --kommune=AGS}, followed by where the help is.
 */
final class Fehlerausgabe implements IExecutionExceptionHandler, IParameterExceptionHandler {

  /**
   * Options renamed when the tool got one German naming scheme: an old name is refused with the new
   * one (there is no release whose users depend on the old names).
   */
  static final Map<String, String> UMBENANNT =
      Map.of(
          "--skip-bad-rows", "--fehlerhafte-zeilen-ueberspringen",
          "--data", "--daten",
          "--out", "--ausgabe",
          "--user", "--benutzer",
          "--password", "--passwort",
          "--ziel", "--ausgabe");

  /** The longest message printed; the rest is cut. */
  static final int HOECHSTLAENGE = 1000;

  @Override
  public int handleExecutionException(
      Exception ausnahme, CommandLine befehl, ParseResult ergebnis) {
    PrintWriter err = befehl.getErr();
    if (stacktraceVerlangt(ergebnis)) {
      ausnahme.printStackTrace(err);
    } else {
      err.println(
          befehl.getCommandSpec().qualifiedName()
              + ": "
              + einzeilig(ausnahme)
              + (mehrImStacktrace(ausnahme) ? " (--stacktrace zeigt Einzelheiten)" : ""));
    }
    err.flush();
    return Hauptprogramm.FEHLER;
  }

  @Override
  public int handleParseException(ParameterException ausnahme, String[] argumente) {
    CommandLine befehl = ausnahme.getCommandLine();
    PrintWriter err = befehl.getErr();
    String name = befehl.getCommandSpec().qualifiedName();
    err.println(name + ": " + Anzeigetext.sichtbar(deutsch(ausnahme), HOECHSTLAENGE));
    err.println("Hilfe: " + name + " --help");
    err.flush();
    return Hauptprogramm.AUFRUFFEHLER;
  }

  private static final Pattern GEFUNDEN = Pattern.compile(" but found '(.*)'$");
  private static final Pattern UNBEKANNT_STATT_WERT =
      Pattern.compile("^Unknown option: '(.*?)'; Expected parameter .*for option '(.*?)'");
  private static final Pattern EXKLUSIV = Pattern.compile("^Error: (.*) are mutually exclusive");
  private static final Pattern GRUPPE_FEHLT =
      Pattern.compile("^Error: Missing required argument\\(s\\): (.*)$");
  private static final Pattern OHNE_WERT =
      Pattern.compile("'([^']*)' should be specified without '(.*)'");

  /**
   * The German message for a malformed call. picocli's messages are English; those of the commands'
   * own checks (a plain {@link ParameterException}) are German already and kept.
   */
  static String deutsch(ParameterException ausnahme) {
    String englisch = String.valueOf(ausnahme.getMessage());
    ArgSpec argument = ausnahme.getArgSpec();
    String wert = ausnahme.getValue();
    if (ausnahme instanceof UnmatchedArgumentException u) {
      return unbekannt(u, englisch);
    }
    if (ausnahme instanceof MissingParameterException m) {
      return fehlend(m, englisch);
    }
    if (ausnahme instanceof OverwrittenOptionException o) {
      return "die Option " + name(o.getOverwritten()) + " darf nur einmal angegeben werden";
    }
    if (ausnahme instanceof MutuallyExclusiveArgsException) {
      Matcher m = EXKLUSIV.matcher(englisch);
      return (m.find() ? m.group(1).replace(" and ", " und ") : "diese Optionen")
          + " schließen einander aus: nur eines davon angeben";
    }
    if (ausnahme instanceof MaxValuesExceededException) {
      Matcher m = OHNE_WERT.matcher(englisch);
      if (m.find()) {
        return "die Option " + m.group(1) + " nimmt keinen Wert, auch nicht '" + m.group(2) + "'";
      }
      return "eine Option oder Optionsgruppe wurde zu oft angegeben";
    }
    if (argument != null && wert != null) {
      Throwable grund = ausnahme.getCause();
      String warum =
          grund instanceof Wertfehler
              ? grund.getMessage()
              : grund != null
                  ? "passt nicht zu " + argument.paramLabel()
                  : "braucht die Form " + argument.paramLabel();
      return "ungültiger Wert '" + wert + "' für " + name(argument) + ": " + warum;
    }
    return englisch;
  }

  private static String unbekannt(UnmatchedArgumentException u, String englisch) {
    Matcher statt = UNBEKANNT_STATT_WERT.matcher(englisch);
    if (statt.find()) {
      return "die Option "
          + statt.group(2)
          + " braucht einen Wert, '"
          + statt.group(1)
          + "' ist keine bekannte Option";
    }
    List<String> teile = new ArrayList<>();
    for (String a : u.getUnmatched()) {
      String neu = UMBENANNT.get(a.contains("=") ? a.substring(0, a.indexOf('=')) : a);
      if (neu != null) {
        teile.add("die Option " + a + " heißt jetzt " + neu);
      } else if (a.startsWith("-")) {
        teile.add("unbekannte Option '" + a + "'");
      } else if (u.getCommandLine().getCommandSpec().parent() == null) {
        teile.add("unbekannter Befehl '" + a + "'");
      } else {
        teile.add("überzähliges Argument '" + a + "'");
      }
    }
    if (teile.isEmpty()) {
      return "unbekanntes Argument";
    }
    List<String> vorschlaege = u.getSuggestions();
    String rat =
        vorschlaege.isEmpty() || teile.get(0).contains("heißt jetzt")
            ? ""
            : " (gemeint: " + String.join(", ", vorschlaege) + "?)";
    return String.join("; ", teile) + rat;
  }

  private static String fehlend(MissingParameterException m, String englisch) {
    List<ArgSpec> fehlend = m.getMissing();
    if (englisch.startsWith("Expected parameter")
        || englisch.startsWith("Missing required parameter for option")) {
      Matcher gefunden = GEFUNDEN.matcher(englisch);
      String wo = fehlend.isEmpty() ? "eine Option" : "die Option " + name(fehlend.get(0));
      return wo
          + " braucht einen Wert"
          + (fehlend.isEmpty() ? "" : " (" + fehlend.get(0).paramLabel() + ")")
          + (gefunden.find() ? ", gefunden wurde '" + gefunden.group(1) + "'" : "");
    }
    Matcher gruppe = GRUPPE_FEHLT.matcher(englisch);
    if (gruppe.find()) {
      return "es fehlt " + gruppe.group(1).replace(" and ", " und ");
    }
    if (englisch.contains("specify one of these")) {
      return "es fehlt eine von: "
          + fehlend.stream().map(Fehlerausgabe::beschreibung).collect(Collectors.joining(", "));
    }
    return (fehlend.size() == 1 ? "es fehlt " : "es fehlen ")
        + fehlend.stream().map(Fehlerausgabe::beschreibung).collect(Collectors.joining(", "));
  }

  private static String name(ArgSpec a) {
    return a instanceof OptionSpec o ? o.longestName() : a.paramLabel();
  }

  private static String beschreibung(ArgSpec a) {
    if (a instanceof OptionSpec o) {
      return "die Option " + o.longestName() + (o.arity().max() > 0 ? "=" + o.paramLabel() : "");
    }
    return "die Angabe " + a.paramLabel();
  }

  /**
   * A value a converter refused, with a German message saying what was expected; {@link
   * #deutsch(ParameterException)} puts the option and the value in front of it.
   */
  static final class Wertfehler extends CommandLine.TypeConversionException {
    private static final long serialVersionUID = 1L;

    Wertfehler(String nachricht) {
      super(nachricht);
    }
  }

  /**
   * Whether the line ends with the hint {@code (--stacktrace zeigt Einzelheiten)}. The rule:
   *
   * <ul>
   *   <li>No hint for an error the user can act on from the line alone, one of the classes whose
   *       message is written in German for the user: an {@link Abbruch} (the command's own
   *       explanation: a Kommune that is not there, a wrong value, a file that is missing), an
   *       {@link UnlesbareDateiException} (a file the readers cannot read), and the refusals of the
   *       storage port ({@link MandantenverletzungException}, {@link VersionskonfliktException},
   *       {@link DuplikatException}).
   *   <li>The hint for everything else: an unexpected failure (a programming error, a library's
   *       exception, a domain rule's {@link de.kekiz.domain.KekizException} that a command did not
   *       turn into its own German explanation), whose message is not meant for the user and whose
   *       stack trace is what a report of the error needs.
   *   <li>The hint as well when the database failed, whatever wraps it (a {@link
   *       PersistenzException} or an {@link SQLException} in the chain of causes): the line quotes
   *       only the database's innermost words, its state, statement and the libraries' log lines
   *       are shown by {@code --stacktrace}.
   * </ul>
   */
  static boolean mehrImStacktrace(Throwable ausnahme) {
    for (Throwable t = ausnahme; t != null; t = t.getCause()) {
      if (t instanceof PersistenzException || t instanceof SQLException) {
        return true;
      }
    }
    return !(ausnahme instanceof Abbruch
        || ausnahme instanceof UnlesbareDateiException
        || ausnahme instanceof MandantenverletzungException
        || ausnahme instanceof VersionskonfliktException
        || ausnahme instanceof DuplikatException);
  }

  private static boolean stacktraceVerlangt(@Nullable ParseResult ergebnis) {
    for (ParseResult r = ergebnis; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption("--stacktrace")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The messages of {@code fehler} and its causes in one line, each message once (a wrapper that
   * repeats its cause's message adds nothing), without line breaks; the causes of a file that
   * cannot be read and of an {@link Abbruch} are left out, their German message says what is wrong.
   */
  static String einzeilig(Throwable fehler) {
    List<String> teile = new ArrayList<>();
    String bisher = "";
    for (Throwable t = fehler; t != null && teile.size() < 10; t = t.getCause()) {
      String m = t.getMessage();
      if (m == null || m.isBlank()) {
        if (teile.isEmpty()) {
          teile.add(t.getClass().getSimpleName());
        }
        continue;
      }
      m = m.replaceAll("\\s+", " ").strip();
      if (bisher.contains(m)) {
        continue;
      }
      if (t instanceof PersistenzException p) {
        // the adapter says in German what failed (Speichern der Kommune 05570004); of the causes
        // the user reads only the database's own words, quoted; the rest is for --stacktrace
        // a limit of kekiz's own (a cause that is no database's) is not the database's word
        teile.add(
            "Datenbankfehler: "
                + p.gegenstand()
                + (ausDerDatenbank(t)
                    ? " ist fehlgeschlagen, die Datenbank meldet " + innersteMeldung(t)
                    : " ist fehlgeschlagen: " + innersteMeldung(t)));
        break;
      }
      teile.add(m);
      bisher = bisher + " " + m;
      if (t instanceof UnlesbareDateiException || t instanceof Abbruch) {
        break; // says all in German; its cause (a parser's, a library's words) is for --stacktrace
      }
    }
    // what a message quotes from outside (a file name, a value) never steers the terminal
    String text = Anzeigetext.sichtbar(String.join(": ", teile), HOECHSTLAENGE);
    return text.isEmpty() ? fehler.getClass().getSimpleName().toLowerCase(Locale.ROOT) : text;
  }

  /**
   * What the database (its driver, or the migration tool, or the file system) said about {@code
   * fehler}, in quotes for a German sentence such as {@code die Datenbank meldet '…'}: the
   * innermost message of the cause chain, which is theirs and not translated (see {@link #zitat}).
   */
  /**
   * Whether the cause chain of {@code fehler} holds a database's (its driver's) exception; jOOQ's
   * and the pool's wrap the driver's.
   */
  private static boolean ausDerDatenbank(Throwable fehler) {
    for (Throwable t = fehler; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException) {
        return true;
      }
    }
    return false;
  }

  static String innersteMeldung(Throwable fehler) {
    @Nullable String innerste = null;
    for (Throwable t = fehler; t != null; t = t.getCause()) {
      String m = t.getMessage();
      if (m != null && !m.isBlank() && !(t instanceof PersistenzException)) {
        innerste = m;
      }
    }
    return innerste == null ? "(ohne Angabe eines Grundes)" : zitat(innerste);
  }

  /**
   * A database's or driver's message in quotes, on one line: H2's appended SQL statement and the
   * drivers' advice are left out (they are for {@code --stacktrace}), a quote inside becomes {@code
   * "}, so that the quoted text ends where the message does.
   */
  static String zitat(String meldung) {
    String text = meldung;
    for (String schnitt :
        List.of("; SQL statement:", "Possible solutions", "\nSQL State", "Need more flexibility")) {
      int i = text.indexOf(schnitt);
      if (i > 0) {
        text = text.substring(0, i);
      }
    }
    text = text.replaceAll("\\s+", " ").replace('\'', '"').strip();
    return "'" + Anzeigetext.sichtbar(text, HOECHSTLAENGE / 2) + "'";
  }
}

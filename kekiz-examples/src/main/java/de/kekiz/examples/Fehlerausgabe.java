package de.kekiz.examples;

import de.kekiz.importe.Anzeigetext;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception of a command into one line on the error output and exit status {@link
 * Hauptprogramm#FEHLER}; the stack trace only with {@code --stacktrace}.
 *
 * <p>The line names the command and the messages of the exception and its causes, each once: {@code
 * kekiz import: opening the H2-Datenbank in /x failed: Database may be already in use}.
 */
final class Fehlerausgabe implements IExecutionExceptionHandler {

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
              + " (--stacktrace zeigt Einzelheiten)");
    }
    err.flush();
    return Hauptprogramm.FEHLER;
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
   * repeats its cause's message adds nothing), without line breaks.
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
      teile.add(m);
      bisher = bisher + " " + m;
    }
    // what a message quotes from outside (a file name, a value) never steers the terminal
    String text = Anzeigetext.sichtbar(String.join(": ", teile), HOECHSTLAENGE);
    return text.isEmpty() ? fehler.getClass().getSimpleName().toLowerCase(Locale.ROOT) : text;
  }
}

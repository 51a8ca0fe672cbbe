package de.kekiz.examples;

import de.kekiz.fixtures.Beispielkommune;
import de.kekiz.fixtures.KekizFixtures;
import de.kekiz.reporting.text.TextZusammenfassung;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The kekiz command line: {@code java -jar kekiz-examples/target/kekiz.jar [COMMAND]}.
 *
 * <p>Without a command it prints the summary of every example Kommune.
 */
@Command(
    name = "kekiz",
    mixinStandardHelpOptions = true,
    version = "kekiz 0.1.0-SNAPSHOT",
    description = "Prävention in Kommunen: Leitbild, Präventionskette und sozialräumliches Monitoring.",
    subcommands = {Hauptprogramm.Zusammenfassung.class})
public final class Hauptprogramm implements Callable<Integer> {

  /** Exit status of a successful run. */
  public static final int OK = 0;

  private final PrintWriter out;

  Hauptprogramm(PrintWriter out) {
    this.out = out;
  }

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(ausfuehren(args, new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
  }

  /**
   * Runs the command line with the given output and error writers; for tests and embedding.
   *
   * @return the exit status
   */
  public static int ausfuehren(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Hauptprogramm(out), new Fabrik(out));
    cli.setOut(out);
    cli.setErr(err);
    int status = cli.execute(args);
    out.flush();
    err.flush();
    return status;
  }

  @Override
  public Integer call() {
    return new Zusammenfassung(out).call();
  }

  /** {@code kekiz zusammenfassung}: the summary of every example Kommune. */
  @Command(
      name = "zusammenfassung",
      mixinStandardHelpOptions = true,
      description = "Baut die Beispielkommunen und gibt je Kommune eine kurze Zusammenfassung aus.")
  static final class Zusammenfassung implements Callable<Integer> {

    private final PrintWriter out;

    @Option(
        names = "--stichtag",
        description = "Stichtag für Sozialräume und Programme (Vorgabe: ${DEFAULT-VALUE}).",
        defaultValue = "2024-12-31")
    LocalDate stichtag = LocalDate.of(2024, 12, 31);

    Zusammenfassung(PrintWriter out) {
      this.out = out;
    }

    @Override
    public Integer call() {
      Writer w = out;
      TextZusammenfassung text = new TextZusammenfassung(w, stichtag);
      int n = 0;
      for (Beispielkommune b : KekizFixtures.alle()) {
        text.schreibe(b.kommune(), b.leitbild(), b.kette(), b.indikatoren(), b.messwerte());
        n++;
      }
      out.println(n + " Beispielkommunen.");
      return OK;
    }
  }

  /** Creates the commands with the shared output writer. */
  private static final class Fabrik implements CommandLine.IFactory {
    private final PrintWriter out;

    Fabrik(PrintWriter out) {
      this.out = out;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
      if (cls == Zusammenfassung.class) {
        return cls.cast(new Zusammenfassung(out));
      }
      return CommandLine.defaultFactory().create(cls);
    }
  }
}

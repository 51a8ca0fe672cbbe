package de.kekiz.examples;

import com.openhtmltopdf.util.XRLog;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Periodizitaet;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.fixtures.Beispielkommune;
import de.kekiz.fixtures.KekizFixtures;
import de.kekiz.importe.Anzeigetext;
import de.kekiz.importe.Dezimaltrennzeichen;
import de.kekiz.importe.Geojsonfelder;
import de.kekiz.monitoring.veroeffentlichung.Berichtsteil;
import de.kekiz.monitoring.veroeffentlichung.Veroeffentlichungsrechnung;
import de.kekiz.port.Duplikatregel;
import de.kekiz.reporting.text.TextZusammenfassung;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The kekiz command line: {@code java -jar kekiz-examples/target/kekiz.jar [COMMAND]}.
 *
 * <p>Without a command it prints the summary of every example Kommune. The commands:
 *
 * <ul>
 *   <li>{@code zusammenfassung}: the same summary, without a database;
 *   <li>{@code demo}: loads the example Kommunen into the database, runs the monitoring and writes
 *       the report of each ({@link DemoBefehl});
 *   <li>{@code import}: Messwerte or population figures from GENESIS, kekiz CSV and XLSX files
 *       ({@link ImportBefehl});
 *   <li>{@code report}: the report of one Kommune from the database ({@link ReportBefehl});
 *   <li>{@code programmbericht}: the programme report for the Landeskoordinierungsstelle ({@link
 *       ProgrammberichtBefehl});
 *   <li>{@code kommune}: creates or corrects a Kommune ({@link KommuneBefehl});
 *   <li>{@code sozialraeume}: the Sozialräume of a Kommune from GeoJSON, or as GeoJSON ({@link
 *       SozialraeumeBefehl});
 *   <li>{@code bevoelkerung}: the population of the Sozialräume by age group from a table ({@link
 *       BevoelkerungBefehl});
 *   <li>{@code indikatoren}: indicator definitions from CSV, or as CSV ({@link IndikatorenBefehl});
 *   <li>{@code angebote}: the Angebote of a Kommune from HSDS 3.0, or as HSDS ({@link
 *       AngeboteBefehl});
 *   <li>{@code arbeitsmappe}: the Leitbild of a Kommune from the planning workbook, or its empty
 *       template ({@link ArbeitsmappeBefehl});
 *   <li>{@code export}: everything of one Kommune as these files ({@link ExportBefehl});
 *   <li>{@code verlauf}: the earlier stored states of a Kommune, its chain and Leitbilder ({@link
 *       VerlaufBefehl}).
 * </ul>
 *
 * <p>Exit status: {@link #OK}, {@link #FEHLER} when a command fails (an import with a bad row, a
 * database that cannot be opened: one line on the error output, the stack trace only with {@code
 * --stacktrace}), {@link #AUFRUFFEHLER} for an unknown or malformed option.
 */
@Command(
    name = "kekiz",
    mixinStandardHelpOptions = true,
    version = "kekiz 0.1.0-SNAPSHOT",
    description =
        "Prävention in Kommunen: Leitbild, Präventionskette und sozialräumliches Monitoring.",
    subcommands = {
      Hauptprogramm.Zusammenfassung.class,
      DemoBefehl.class,
      ImportBefehl.class,
      ReportBefehl.class,
      ProgrammberichtBefehl.class,
      KommuneBefehl.class,
      SozialraeumeBefehl.class,
      BevoelkerungBefehl.class,
      IndikatorenBefehl.class,
      AngeboteBefehl.class,
      ArbeitsmappeBefehl.class,
      ExportBefehl.class,
      VerlaufBefehl.class
    })
public final class Hauptprogramm implements Callable<Integer> {

  /** Exit status of a successful run. */
  public static final int OK = 0;

  /** Exit status of a command that failed (a bad import, a database error). */
  public static final int FEHLER = 1;

  /** Exit status of a call with an unknown or malformed option or parameter. */
  public static final int AUFRUFFEHLER = 2;

  private final PrintWriter out;

  Hauptprogramm(PrintWriter out) {
    this.out = out;
  }

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the command and its options, e.g. {@code report --kommune 05978000}
   */
  public static void main(String[] args) {
    stilleBibliotheken(Arrays.asList(args).contains("--stacktrace"));
    System.exit(
        ausfuehren(
            args,
            new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
            new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
  }

  /**
   * Quiets the libraries' logging for the terminal, as {@link #main} does before a command, and as
   * the tests do that run commands and build databases through {@link #ausfuehren} (which leaves
   * the logging of an embedding host alone). Flyway, jOOQ and PDFBox log through SLF4J to {@code
   * java.util.logging} here (slf4j-jdk14), openhtmltopdf through its own logger: the terminal gets
   * the command's output and its errors in German, not the libraries' chatter (Flyway's INFO lines
   * while it migrates a new database), nor their English error lines about a failure the command
   * reports itself (Flyway's "Migration … failed!").
   *
   * @param warnungen whether the libraries' warnings stay visible ({@code --stacktrace})
   */
  static void stilleBibliotheken(boolean warnungen) {
    Level stufe = warnungen ? Level.WARNING : Level.OFF;
    Logger wurzel = Logger.getLogger("");
    wurzel.setLevel(stufe);
    for (Handler h : wurzel.getHandlers()) {
      h.setLevel(stufe);
    }
    XRLog.setLoggingEnabled(false);
  }

  /**
   * Runs the command line with the given output and error writers; for tests and embedding.
   *
   * @param args the command and its options
   * @param out where the command's output goes
   * @param err where its error messages go, in German
   * @return the exit status
   */
  public static int ausfuehren(String[] args, PrintWriter out, PrintWriter err) {
    return ausfuehren(args, out, err, Clock.systemDefaultZone());
  }

  /** As {@link #ausfuehren(String[], PrintWriter, PrintWriter)}, with today from {@code uhr}. */
  static int ausfuehren(String[] args, PrintWriter out, PrintWriter err, Clock uhr) {
    Umgebung umgebung = new Umgebung(out, err, uhr);
    CommandLine cli = new CommandLine(new Hauptprogramm(out), new Fabrik(umgebung));
    cli.setOut(out);
    cli.setErr(err);
    Fehlerausgabe fehlerausgabe = new Fehlerausgabe();
    cli.setExecutionExceptionHandler(fehlerausgabe);
    cli.setParameterExceptionHandler(fehlerausgabe);
    Hilfetext.einrichten(cli);
    cli.registerConverter(
        LocalDate.class,
        umwandler(Geojsonfelder::tag, "erwartet ein Datum als TT.MM.JJJJ oder JJJJ-MM-TT"));
    CommandLine.ITypeConverter<Boolean> wahrheitswert =
        umwandler(Hauptprogramm::wahrheitswert, "nimmt keinen Wert (höchstens true oder false)");
    cli.registerConverter(Boolean.class, wahrheitswert);
    cli.registerConverter(boolean.class, wahrheitswert);
    cli.registerConverter(Integer.class, umwandler(Integer::valueOf, "erwartet eine ganze Zahl"));
    cli.registerConverter(int.class, umwandler(Integer::valueOf, "erwartet eine ganze Zahl"));
    cli.registerConverter(
        Gemeindeschluessel.class,
        umwandler(
            Gemeindeschluessel::parse,
            "erwartet einen Amtlichen Gemeindeschlüssel aus 8 Ziffern wie 05315000"));
    cli.registerConverter(
        IndikatorRef.class,
        umwandler(
            IndikatorRef::parse,
            "erwartet einen Indikator als SCHLUESSEL@VERSION wie zahl-der-gemeinden@1"));
    cli.registerConverter(
        Periodizitaet.class, umwandler(t -> aufzaehlung(Periodizitaet.class, t), null));
    cli.registerConverter(
        Duplikatregel.class, umwandler(t -> aufzaehlung(Duplikatregel.class, t), null));
    cli.registerConverter(
        Dezimaltrennzeichen.class, umwandler(t -> aufzaehlung(Dezimaltrennzeichen.class, t), null));
    cli.registerConverter(
        ImportBefehl.Ziel.class, umwandler(t -> aufzaehlung(ImportBefehl.Ziel.class, t), null));
    int status;
    try {
      status = cli.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
    return status;
  }

  /**
   * A converter that refuses a value with a German message: {@code erwartet}, or without it the
   * German message of {@code umwandlung}'s {@link IllegalArgumentException} or {@link
   * java.time.DateTimeException}; the parameter exception handler adds option and value.
   */
  static <T> CommandLine.ITypeConverter<T> umwandler(
      Function<String, T> umwandlung, @Nullable String erwartet) {
    return text -> {
      try {
        return umwandlung.apply(text);
      } catch (IllegalArgumentException | java.time.DateTimeException e) {
        throw new Fehlerausgabe.Wertfehler(
            erwartet != null ? erwartet : String.valueOf(e.getMessage()));
      }
    };
  }

  private static Boolean wahrheitswert(String text) {
    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
      return Boolean.valueOf(text);
    }
    throw new IllegalArgumentException(text);
  }

  /**
   * The constant of {@code art} named {@code text}, in any case, umlauts written as such or
   * transliterated ({@code jährlich}, {@code JAEHRLICH}); independent of the default locale.
   */
  static <E extends Enum<E>> E aufzaehlung(Class<E> art, String text) {
    String name =
        text.strip()
            .toUpperCase(Locale.ROOT)
            .replace("Ä", "AE")
            .replace("Ö", "OE")
            .replace("Ü", "UE")
            .replace("ß", "SS")
            .replace('-', '_');
    for (E e : art.getEnumConstants()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    throw new IllegalArgumentException(
        "braucht eine von "
            + Arrays.stream(art.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .collect(Collectors.joining(", "))
            + ", nicht '"
            + Anzeigetext.sichtbar(text)
            + "'");
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
        paramLabel = "DATUM",
        description =
            "Stichtag für Sozialräume, Programme, Reifegrad und Wirkungsvergleich (Vorgabe: ${DEFAULT-VALUE}).",
        defaultValue = "31.12.2024")
    LocalDate stichtag = LocalDate.of(2024, 12, 31);

    Zusammenfassung(PrintWriter out) {
      this.out = out;
    }

    @Override
    public Integer call() {
      Writer w = out;
      TextZusammenfassung text = new TextZusammenfassung(w, stichtag);
      List<Beispielkommune> alle = KekizFixtures.alle();
      // one release of every example Kommune, as the demo makes it: the maturity score, the
      // Zielbeiträge and the effect comparisons come from its published result
      List<Veroeffentlichungsrechnung.Eingabe> eingaben = new ArrayList<>();
      Map<IndikatorRef, Indikator> indikatoren = new LinkedHashMap<>();
      for (Beispielkommune b : alle) {
        eingaben.add(
            new Veroeffentlichungsrechnung.Eingabe(
                b.kommune(), b.messwerte(), b.leitbild(), b.kette(), true));
        b.indikatoren().forEach(i -> indikatoren.putIfAbsent(i.ref(), i));
      }
      Map<Gemeindeschluessel, Berichtsteil> teile = new HashMap<>();
      for (Berichtsteil t :
          new Veroeffentlichungsrechnung(Berichterstellung.auftrag(stichtag))
              .berechne(eingaben, indikatoren.values())
              .teile()) {
        teile.put(t.kommune().schluessel(), t);
      }
      int n = 0;
      for (Beispielkommune b : alle) {
        text.schreibe(b.kommune(), b.leitbild(), b.kette(), b.indikatoren(), b.messwerte());
        Berichtsteil t = teile.get(b.schluessel());
        if (t != null) {
          text.schreibeAuswertung(t);
        }
        n++;
      }
      out.println(n + " Beispielkommunen.");
      return OK;
    }
  }

  /** Creates the commands with the shared output writers and clock. */
  private static final class Fabrik implements CommandLine.IFactory {
    private final Umgebung umgebung;

    Fabrik(Umgebung umgebung) {
      this.umgebung = umgebung;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
      if (cls == Zusammenfassung.class) {
        return cls.cast(new Zusammenfassung(umgebung.out()));
      }
      if (cls == DemoBefehl.class) {
        return cls.cast(new DemoBefehl(umgebung));
      }
      if (cls == ImportBefehl.class) {
        return cls.cast(new ImportBefehl(umgebung));
      }
      if (cls == ReportBefehl.class) {
        return cls.cast(new ReportBefehl(umgebung));
      }
      // every other command of the tool takes the Umgebung as its only constructor argument
      if (cls.getPackage() == Hauptprogramm.class.getPackage()
          && Callable.class.isAssignableFrom(cls)) {
        try {
          java.lang.reflect.Constructor<K> k = cls.getDeclaredConstructor(Umgebung.class);
          return k.newInstance(umgebung);
        } catch (NoSuchMethodException e) {
          // a command without Umgebung: picocli's own way
        }
      }
      return CommandLine.defaultFactory().create(cls);
    }
  }
}

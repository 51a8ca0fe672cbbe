package de.kekiz.examples;

import static de.kekiz.examples.Kommandozeile.genesis;
import static de.kekiz.examples.Kommandozeile.starte;
import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.examples.Kommandozeile.Lauf;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Drives every error path of every command through the real {@link Hauptprogramm} — unknown,
 * missing and repeated options, bad values and dates, old option names, missing files and bad file
 * contents for each reader — and checks that what the user reads is German: no common English word,
 * no ISO date, no large number without thousands separators.
 *
 * <p>What a message quotes (a value between quotes, a path, a file name, an option name, a column
 * name from the file's header) is the user's own and is not checked.
 */
@DisplayName("The command line's language")
class SpracheTest {

  /** Common English words; none may appear in a message outside what it quotes. */
  static final Set<String> ENGLISCH =
      Set.of(
          "the",
          "is",
          "are",
          "were",
          "be",
          "been",
          "not",
          "no",
          "expected",
          "expects",
          "missing",
          "unknown",
          "invalid",
          "file",
          "files",
          "usage",
          "option",
          "options",
          "value",
          "values",
          "required",
          "cannot",
          "can",
          "convert",
          "found",
          "rows",
          "row",
          "read",
          "skipped",
          "error",
          "errors",
          "failed",
          "must",
          "should",
          "needs",
          "need",
          "got",
          "has",
          "have",
          "with",
          "without",
          "and",
          "or",
          "of",
          "to",
          "for",
          "from",
          "this",
          "that",
          "it",
          "its",
          "line",
          "column",
          "sheet",
          "empty",
          "exist",
          "exists",
          "does",
          "unmatched",
          "argument",
          "arguments",
          "mutually",
          "exclusive",
          "specify",
          "only",
          "one",
          "while",
          "could",
          "unable",
          "number",
          "figure",
          "figures",
          "population",
          "nothing",
          "imported",
          "but",
          "header",
          "format",
          "command",
          "commands",
          "help",
          "show",
          "print",
          "version",
          "exit",
          "message",
          "parameter",
          "parameters",
          "please",
          "such",
          "which",
          "when",
          "already",
          "used",
          "twice",
          "named",
          "neither",
          "nor",
          "did",
          "you",
          "mean",
          "type",
          "class",
          "string",
          "at",
          "by",
          "on",
          "if",
          "than",
          "into",
          "end",
          "input",
          "marker");

  /** English words that are German nouns as well, allowed when written as a German noun. */
  private static final Set<String> AUCH_DEUTSCH =
      Set.of("option", "version", "parameter", "format", "argument");

  private static final Pattern WORT = Pattern.compile("[A-Za-zÄÖÜäöüß]+");
  private static final Pattern ISO_DATUM = Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b");
  private static final Pattern GROSSE_ZAHL = Pattern.compile("(?<![\\d.,])[1-9]\\d{4,}(?![\\d.,])");

  @TempDir static Path ordner;

  private static Path daten;

  @BeforeAll
  static void dateien() throws IOException {
    daten = ordner.resolve("daten");
    schreibe("leer.csv", "");
    schreibe("fremd.csv", "Stadtteil;Einwohner\nAltstadt;1 675\n");
    schreibe(
        "messwerte.csv",
        "indikator;version;raum;periode;aufschluesselung;zaehler;nenner;obs_status;conf_status\n"
            + "Betreuungsquote;1;05315000;2023;;1;;;\n"
            + "betreuungsquote-u3;0;05315000;2023;;1;;;\n"
            + "betreuungsquote-u3;1;5315000;2023;;1;;;\n"
            + "betreuungsquote-u3;1;05315000;2023-13;;1;;;\n"
            + "betreuungsquote-u3;1;05315000;2023;alter;1;;;\n"
            + "betreuungsquote-u3;1;05315000;2023;;1;0;;\n"
            + "betreuungsquote-u3;1;05315000;2023;;;;A;\n"
            + "betreuungsquote-u3;1;05315000;2023;;1;;Q;\n"
            + "betreuungsquote-u3;1;05315000;2023;;1;;;X\n"
            + "betreuungsquote-u3;1;05315000;2023;;12.5;;;\n"
            + "betreuungsquote-u3;1;05315000;2023;;1;;;;zuviel\n"
            + "betreuungsquote-u3;1;05315000;\"2023;;1;;;\n");
    schreibe(
        "bevoelkerung.csv",
        "raum;stichtag;altersgruppe;anzahl;geschlecht\n"
            + "05315000;2024;0+;1;\n"
            + "05315000;31.13.2024;0+;1;\n"
            + "05315000;31.12.2024;6 bis 14;1;\n"
            + "05315000;31.12.2024;6-14;1,5;\n"
            + "05315000;31.12.2024;6-14;-1;\n"
            + "05315000;31.12.2024;6-14;1;x\n"
            + "05315000;31.12.2024;6-14;;\n");
    schreibe(
        "indikatoren-falsch.csv",
        "indikator;version;name;gueltig_ab;gueltig_bis;zaehler;nenner;faktor;einheit;anteil;"
            + "polaritaet;quelle;ebene;periodizitaet;stichtag;dimensionen;aenderungshinweis;"
            + "nachkommastellen;synthetisch\n"
            + "Gross;0;Name;2014-13-01;;Z;N;1.000;%;vielleicht;besser;Q;stadt;jaehrlich;;;;7;x\n"
            + "quote;2;Quote;2014-01-01;2013-01-01;Z;;100;%;ja;neutral;Q;gemeinde;monatlich;31.12.;;;;\n");
    schreibe("kein-hsds.json", "[{\"id\": 1, \"name\": []}, {}]");
    schreibe("doppelt.csv", "raum;stichtag;altersgruppe;anzahl;raum\n");
    schreibe("unbekannt.csv", "raum;stichtag;altersgruppe;anzahl;bemerkung\n");
    schreibe("fehlend.csv", "indikator;version;raum;periode\nx;1;05315000;2023\n");
    Files.write(ordner.resolve("latin1.csv"), new byte[] {'r', 'a', 'u', 'm', ';', (byte) 0xF6});
    Files.write(ordner.resolve("kaputt.xlsx"), new byte[] {'P', 'K', 3, 4, 'x', 'y'});
    schreibe("kaputt.geojson", "{\"type\":\"Feature\"");
    schreibe("keine.geojson", "{\"type\":\"Feature\",\"properties\":{}}");
    schreibe(
        "merkmale.geojson",
        "{\"type\":\"FeatureCollection\",\"features\":["
            + "{\"type\":\"Feature\",\"properties\":{\"name\":\"A\"},\"geometry\":null},"
            + "{\"type\":\"Feature\",\"properties\":{\"schluessel\":\"Ä Ö\",\"name\":\"B\","
            + "\"gueltig_ab\":\"31.02.2020\"},\"geometry\":{\"type\":\"Polygon\"}}]}");
    schreibe("tabelle.csv", "Nr.;0 - 2;3 - 5;Summe\n404;x;5;7\n404;1;2;4\n999;1;1;2\n");
    schreibe("geheimnis.txt", "zu kurz");
    datenbanken();
  }

  /**
   * Databases the command line cannot work with: one a newer kekiz set up (its schema history names
   * a version this one does not know), one whose schema holds a foreign table of kekiz's name, one
   * kekiz set up that is opened read-only.
   */
  private static void datenbanken() {
    Lauf angelegt = starte("kommune", "--kommune", "05315000", "--jdbc-url", h2("zukunft"));
    assertThat(angelegt.status()).as(angelegt.toString()).isZero();
    Lauf auchAngelegt = starte("kommune", "--kommune", "05315000", "--jdbc-url", h2("nurlesen"));
    assertThat(auchAngelegt.status()).as(auchAngelegt.toString()).isZero();
    try (Connection c = DriverManager.getConnection(h2("zukunft"));
        Statement s = c.createStatement()) {
      s.execute("UPDATE \"flyway_history\" SET \"checksum\" = 1 WHERE \"version\" = '1'");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    try (Connection c = DriverManager.getConnection(h2("fremd"));
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE kommune (nummer INT)");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String h2(String name) {
    return "jdbc:h2:file:" + ordner.resolve("db").resolve(name);
  }

  private static void schreibe(String name, String text) throws IOException {
    Files.writeString(ordner.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static String datei(String name) {
    return ordner.resolve(name).toString();
  }

  /** Every error path, by name: the arguments of one run. */
  private static Map<String, String[]> fehlerpfade() {
    String d = daten.toString();
    Map<String, String[]> f = new LinkedHashMap<>();
    // picocli's own errors, for every command
    f.put("unknown option", a("--gibtsnicht"));
    f.put("unknown command", a("gibtsnicht"));
    for (String befehl : befehle()) {
      f.put(befehl + ": unknown option", a(befehl, "--gibtsnicht", "--daten", d));
      f.put(befehl + ": unknown option as a value", a(befehl, "--stichtag", "--gibtsnicht"));
      f.put(
          befehl + ": extra argument",
          a(befehl, "--kommune", "05315000", "--daten", d, "x", "y", "z"));
      f.put(befehl + ": flag with a value", a(befehl, "--help=ja"));
    }
    // the database's errors: said in German, the database's own words quoted
    f.put(
        "database with a schema history kekiz does not know",
        a(
            "report",
            "--kommune",
            "05315000",
            "--jdbc-url",
            h2("zukunft"),
            "--ausgabe",
            ordner.resolve("bericht").toString()));
    f.put(
        "database with a foreign table",
        a("kommune", "--kommune", "05315000", "--jdbc-url", h2("fremd")));
    f.put(
        "read-only database",
        a(
            "kommune",
            "--kommune",
            "05978004",
            "--jdbc-url",
            h2("nurlesen") + ";ACCESS_MODE_DATA=r"));
    f.put("indikatoren: nothing", a("indikatoren", "--daten", d));
    f.put("indikatoren: no file", a("indikatoren", "gibtsnicht.csv", "--daten", d));
    f.put("indikatoren: not a definition file", a("indikatoren", datei("fremd.csv"), "--daten", d));
    f.put("indikatoren: bad rows", a("indikatoren", datei("indikatoren-falsch.csv"), "--daten", d));
    f.put("angebote: nothing", a("angebote", "--daten", d));
    f.put(
        "angebote: no file",
        a("angebote", "--kommune", "05315000", "gibtsnicht.json", "--daten", d));
    f.put(
        "angebote: not JSON",
        a("angebote", "--kommune", "05315000", datei("fremd.csv"), "--daten", d));
    f.put(
        "angebote: not HSDS",
        a("angebote", "--kommune", "05315000", datei("kein-hsds.json"), "--daten", d));
    f.put("export: nothing", a("export", "--daten", d));
    f.put(
        "export: unknown Kommune",
        a("export", "--kommune", "02000000", "--ausgabe", d + "/export", "--daten", d));
    f.put("report: nothing", a("report"));
    f.put("import: nothing", a("import"));
    f.put("kommune: nothing", a("kommune"));
    f.put("bevoelkerung: nothing", a("bevoelkerung"));
    f.put("import: no file", a("import", "--kommune", "05315000", "--daten", d));
    f.put("sozialraeume: no file", a("sozialraeume", "--kommune", "05315000", "--daten", d));
    f.put("report: option without value", a("report", "--kommune"));
    f.put("report: option followed by option", a("report", "--kommune", "--daten", d));
    f.put("report: option twice", a("report", "--kommune", "05315000", "--kommune", "05315000"));
    f.put(
        "report: --daten and --jdbc-url",
        a(
            "report",
            "--kommune",
            "05315000",
            "--daten",
            d,
            "--jdbc-url",
            "jdbc:postgresql://localhost/kekiz"));
    f.put("report: --benutzer alone", a("report", "--kommune", "05315000", "--benutzer", "u"));
    f.put("report: --stacktrace=ja", a("report", "--kommune", "05315000", "--stacktrace=ja"));
    f.put("old name --data", a("report", "--kommune", "05315000", "--data", d));
    f.put("old name --out", a("demo", "--out", d));
    f.put("old name --skip-bad-rows", a("import", "--kommune", "05315000", "--skip-bad-rows", "x"));
    f.put("old name --ziel", a("export", "--kommune", "05315000", "--ziel", "x", "--daten", d));
    f.put("old names --user --password", a("report", "--user", "u", "--password", "p"));
    // bad values and dates, each typed option
    f.put("bad AGS", a("report", "--kommune", "123"));
    for (String tag : List.of("31.13.2024", "2024-02-30", "1.1.2024", "gestern", "")) {
      f.put("zusammenfassung: date " + tag, a("zusammenfassung", "--stichtag", tag));
      f.put("demo: date " + tag, a("demo", "--stichtag", tag));
      f.put("report: date " + tag, a("report", "--kommune", "05315000", "--stichtag", tag));
      f.put(
          "bevoelkerung: date " + tag,
          a(
              "bevoelkerung",
              "--kommune",
              "05315000",
              "--stichtag",
              tag,
              "--schluessel-spalte",
              "Nr.",
              "x.csv"));
      f.put(
          "sozialraeume: date " + tag,
          a("sozialraeume", "--kommune", "05315000", "--gueltig-ab", tag, "x.geojson"));
    }
    f.put("bad --warten", a("report", "--kommune", "05315000", "--warten", "x"));
    f.put(
        "negative --warten", a("report", "--kommune", "05315000", "--warten", "-1", "--daten", d));
    f.put("bad --pooling", a("report", "--kommune", "05315000", "--pooling", "x"));
    f.put("bad --mindest-einwohner", a("demo", "--mindest-einwohner", "viele"));
    f.put("bad --schutz", a("report", "--kommune", "05315000", "--schutz", "geheim", "--daten", d));
    f.put(
        "cell-key without secret",
        a("report", "--kommune", "05315000", "--schutz", "cell-key", "--daten", d));
    f.put(
        "cell-key with a short secret",
        a(
            "report",
            "--kommune",
            "05315000",
            "--schutz",
            "cell-key",
            "--geheimnis-datei",
            datei("geheimnis.txt"),
            "--daten",
            d));
    f.put(
        "cell-key with a missing secret",
        a(
            "report",
            "--kommune",
            "05315000",
            "--schutz",
            "cell-key",
            "--geheimnis-datei",
            datei("fehlt.txt"),
            "--daten",
            d));
    f.put(
        "bad --als",
        a("import", "--kommune", "05315000", "--wertmerkmal", "X", "--als", "x", "x.csv"));
    f.put("bad --indikator", a("import", "--kommune", "05315000", "--indikator", "X", "x.csv"));
    f.put(
        "bad --periodizitaet",
        a("import", "--kommune", "05315000", "--periodizitaet", "oft", "x.csv"));
    f.put("bad --duplikate", a("import", "--kommune", "05315000", "--duplikate", "x", "x.csv"));
    f.put(
        "bad --dezimaltrennzeichen",
        a("import", "--kommune", "05315000", "--dezimaltrennzeichen", "x", "x.csv"));
    f.put("bad --auswahl", a("import", "--kommune", "05315000", "--auswahl", "x", "x.csv"));
    f.put(
        "bad --dimension",
        a(
            "import",
            "--kommune",
            "05315000",
            "--wertmerkmal",
            "BEVSTD",
            "--als",
            "bevoelkerung",
            "--dimension",
            "GES=nationalitaet",
            "x.csv",
            "--daten",
            d));
    f.put("bad --code", a("import", "--kommune", "05315000", "--code", "x", "x.csv", "--daten", d));
    f.put(
        "bad --fortschritt",
        a("import", "--kommune", "05315000", "--fortschritt", "0", "x.csv", "--daten", d));
    f.put(
        "GENESIS option without --wertmerkmal",
        a("import", "--kommune", "05315000", "--als", "bevoelkerung", "x.csv", "--daten", d));
    f.put(
        "--wertmerkmal without target",
        a("import", "--kommune", "05315000", "--wertmerkmal", "BEVSTD", "x.csv", "--daten", d));
    f.put(
        "--indikator not in the database",
        a(
            "import",
            "--kommune",
            "05315000",
            "--wertmerkmal",
            "BEVSTD",
            "--indikator",
            "gibt-es-nicht@1",
            "x.csv",
            "--daten",
            d));
    f.put("bad --art", a("kommune", "--kommune", "05315000", "--art", "dorf", "--daten", d));
    f.put(
        "bad --jugendamt", a("kommune", "--kommune", "05315000", "--jugendamt", "x", "--daten", d));
    f.put(
        "bad --ebene",
        a("sozialraeume", "--kommune", "05315000", "--ebene", "kiez", "x", "--daten", d));
    f.put(
        "bad --eltern-praefix",
        a("sozialraeume", "--kommune", "05315000", "--eltern-praefix", "x", "x"));
    // the commands' own errors: Kommunen, files and their contents, for each reader
    f.put("report: Kommune not stored", a("report", "--kommune", "09162000", "--daten", d));
    f.put("kommune: unknown outside NRW", a("kommune", "--kommune", "02000000", "--daten", d));
    for (String datei :
        List.of(
            "fehlt.csv",
            "leer.csv",
            "fremd.csv",
            "messwerte.csv",
            "bevoelkerung.csv",
            "doppelt.csv",
            "unbekannt.csv",
            "fehlend.csv",
            "latin1.csv",
            "kaputt.xlsx",
            "fehlt.xlsx",
            "kaputt.geojson")) {
      f.put("import " + datei, a("import", "--kommune", "05315000", datei(datei), "--daten", d));
    }
    f.put(
        "import messwerte.csv skipping bad rows",
        a(
            "import",
            "--kommune",
            "05315000",
            "--fehlerhafte-zeilen-ueberspringen",
            datei("messwerte.csv"),
            "--daten",
            d));
    f.put(
        "import GENESIS cube",
        a(
            "import",
            "--kommune",
            "05315000",
            "--wertmerkmal",
            "BEVSTD",
            "--als",
            "bevoelkerung",
            genesis("cubefile-86e7c4-bdf8da-POST.csv").toString(),
            "--daten",
            d));
    f.put(
        "import GENESIS without --wertmerkmal",
        a(
            "import",
            "--kommune",
            "05315000",
            genesis("AUSZUG_12411-01-01-4_1773175772751_de_flat.csv").toString(),
            "--daten",
            d));
    f.put(
        "import GENESIS, another value variable",
        a(
            "import",
            "--kommune",
            "05315000",
            "--wertmerkmal",
            "GIBTSNICHT",
            "--als",
            "bevoelkerung",
            genesis("AUSZUG_12411-01-01-4_1773175772751_de_flat.csv").toString(),
            "--daten",
            d));
    f.put(
        "import GENESIS, Kreise only for a Gemeinde",
        a(
            "import",
            "--kommune",
            "05570004",
            "--wertmerkmal",
            "BEVSTD",
            "--als",
            "bevoelkerung",
            genesis("AUSZUG_12411-01-01-4_1773175772751_de_flat.csv").toString(),
            "--daten",
            d));
    f.put(
        "import GENESIS, bad rows",
        a(
            "import",
            "--kommune",
            "05315000",
            "--wertmerkmal",
            "ISVNW1",
            "--als",
            "bevoelkerung",
            "--fortschritt",
            "1000",
            genesis("DE_52411-02-01-4.csv").toString(),
            "--daten",
            d));
    f.put(
        "sozialraeume: missing file",
        a("sozialraeume", "--kommune", "05315000", datei("fehlt.geojson"), "--daten", d));
    f.put(
        "sozialraeume: no JSON",
        a("sozialraeume", "--kommune", "05315000", datei("kaputt.geojson"), "--daten", d));
    f.put(
        "sozialraeume: no FeatureCollection",
        a("sozialraeume", "--kommune", "05315000", datei("keine.geojson"), "--daten", d));
    f.put(
        "sozialraeume: bad features",
        a("sozialraeume", "--kommune", "05315000", datei("merkmale.geojson"), "--daten", d));
    f.put(
        "sozialraeume: unwritable output",
        a(
            "sozialraeume",
            "--kommune",
            "05315000",
            "--ausgabe",
            ordner.resolve("gibt/es/nicht.geojson").toString(),
            "--daten",
            d));
    f.put(
        "bevoelkerung: missing file",
        a(
            "bevoelkerung",
            "--kommune",
            "05315000",
            "--stichtag",
            "31.12.2012",
            "--schluessel-spalte",
            "Nr.",
            datei("fehlt.csv"),
            "--daten",
            d));
    f.put(
        "bevoelkerung: bad cells",
        a(
            "bevoelkerung",
            "--kommune",
            "05315000",
            "--stichtag",
            "31.12.2012",
            "--schluessel-spalte",
            "Nr.",
            "--summen-spalte",
            "Summe",
            datei("tabelle.csv"),
            "--daten",
            d));
    f.put(
        "bevoelkerung: unknown key column",
        a(
            "bevoelkerung",
            "--kommune",
            "05315000",
            "--stichtag",
            "31.12.2012",
            "--schluessel-spalte",
            "Schlüssel",
            datei("tabelle.csv"),
            "--daten",
            d));
    f.put(
        "bevoelkerung: empty file",
        a(
            "bevoelkerung",
            "--kommune",
            "05315000",
            "--stichtag",
            "31.12.2012",
            "--schluessel-spalte",
            "Nr.",
            datei("leer.csv"),
            "--daten",
            d));
    return f;
  }

  /** The names of every command of the real Hauptprogramm, so that a new one is checked too. */
  private static List<String> befehle() {
    List<String> namen = new ArrayList<>();
    for (Class<?> c : Hauptprogramm.class.getAnnotation(CommandLine.Command.class).subcommands()) {
      namen.add(c.getAnnotation(CommandLine.Command.class).name());
    }
    return namen;
  }

  private static String[] a(String... args) {
    return args;
  }

  @TestFactory
  @DisplayName("every error path: exit status not 0, a message, and no English word in it")
  Stream<DynamicTest> fehlerpfade_sind_deutsch() {
    return fehlerpfade().entrySet().stream()
        .map(
            e ->
                DynamicTest.dynamicTest(
                    e.getKey(),
                    () -> {
                      Lauf l = starte(e.getValue());
                      assertThat(l.status()).as(l.toString()).isNotZero();
                      assertThat(l.err()).as(l.toString()).isNotBlank();
                      pruefeDeutsch(l);
                    }));
  }

  @Test
  @DisplayName("every command's help: German, no English word")
  void hilfe() {
    for (String befehl : Stream.concat(Stream.of(""), befehle().stream()).toList()) {
      Lauf l = befehl.isEmpty() ? starte("--help") : starte(befehl, "--help");
      assertThat(l.status()).as(l.toString()).isZero();
      assertThat(l.out()).as(befehl).contains("Aufruf: kekiz").contains("Optionen:");
      pruefeDeutsch(l);
    }
  }

  @Test
  @DisplayName("counts carry German thousands separators, progress included")
  void zahlen() {
    Lauf l =
        starte(
            "import",
            "--kommune",
            "05315000",
            "--wertmerkmal",
            "ISVNW1",
            "--als",
            "bevoelkerung",
            "--fortschritt",
            "1000",
            genesis("DE_52411-02-01-4.csv").toString(),
            "--daten",
            daten.toString());
    assertThat(l.err()).as(l.toString()).contains("DE_52411-02-01-4.csv: 1.000 Zeilen gelesen");
    assertThat(l.out()).as(l.toString()).containsPattern("1\\.0\\d\\d Zeilen gelesen");
  }

  @Test
  @DisplayName("the checker itself finds picocli's English, ISO dates and plain large numbers")
  void pruefer() {
    assertThat(englisch("Missing required option: '--kommune=AGS'")).contains("Missing");
    assertThat(englisch("Usage: kekiz [-hV] [COMMAND]")).contains("Usage");
    assertThat(englisch("1467 rows read, 3 population figures")).contains("rows", "read");
    assertThat(englisch("die Option --kommune braucht einen Wert (AGS)")).isEmpty();
    assertThat(englisch("ungültiger Wert 'the file' für --x")).isEmpty();
    assertThat(ISO_DATUM.matcher(ohneZitate("Bericht am 2024-12-31")).find()).isTrue();
    assertThat(GROSSE_ZAHL.matcher(ohneZitate("mit 27885 Messwerten")).find()).isTrue();
    assertThat(GROSSE_ZAHL.matcher(ohneZitate("mit 27.885 Messwerten, AGS 05315000")).find())
        .isFalse();
  }

  private static void pruefeDeutsch(Lauf l) {
    String text = l.out() + "\n" + l.err();
    assertThat(englisch(text)).as("English words in:\n" + text).isEmpty();
    String rest = ohneZitate(text);
    assertThat(ISO_DATUM.matcher(rest).find()).as("an ISO date in:\n" + text).isFalse();
    Matcher zahl = GROSSE_ZAHL.matcher(rest);
    assertThat(zahl.find()).as("a number without thousands separators in:\n" + text).isFalse();
  }

  /** The English words of {@code text}, outside what it quotes. */
  static List<String> englisch(String text) {
    List<String> gefunden = new ArrayList<>();
    Matcher m = WORT.matcher(ohneZitate(text));
    while (m.find()) {
      String wort = m.group();
      String klein = wort.toLowerCase(Locale.ROOT);
      boolean deutschesSubstantiv =
          AUCH_DEUTSCH.contains(klein) && Character.isUpperCase(wort.charAt(0));
      if (ENGLISCH.contains(klein) && !deutschesSubstantiv) {
        gefunden.add(wort);
      }
    }
    return gefunden;
  }

  /**
   * {@code text} without what it quotes: values in quotes, paths and file names, option names and
   * the column names from a file's header ({@code Spalte 10 (value)}).
   */
  static String ohneZitate(String text) {
    return text.replaceAll("'[^'\\n]*'", " ")
        .replaceAll("\"[^\"\\n]*\"", " ")
        .replaceAll("Spalte [0-9A-Z]+ \\([^)\\n]*\\)", "Spalte")
        .replaceAll("\\S*[/\\\\]\\S*", " ")
        .replaceAll("\\S+\\.(csv|xlsx|geojson|json|txt)\\b\\S*", " ")
        .replaceAll("(?<![\\w-])--?[\\w-]+(\\[?=\\S*)?", " ");
  }
}

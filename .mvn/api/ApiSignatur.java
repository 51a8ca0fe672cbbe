import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * The API check of a published jar (README, "Artifacts"): the signature of every public and
 * protected type and member of the module's published packages (every package but {@code internal}
 * ones), as the JDK's {@code javap -protected} prints it from the compiled classes, compared with
 * the committed baseline {@code api/<artifactId>.api} of the module.
 *
 * <p>{@code pruefen} fails (exit code 1) on every type or member of the baseline that is gone or
 * has another signature, and on every new abstract method of an interface or abstract class of the
 * baseline (it breaks the host's implementations, e.g. of a port); new types and members are
 * compatible and only counted. {@code aufnehmen} writes the baseline from the classes: after a
 * release, or to accept an incompatible change deliberately.
 *
 * <p>A single-file program ({@code java ApiSignatur.java …}) with nothing but the JDK, so that the
 * check runs offline and without a plugin. Arguments: {@code pruefen|aufnehmen}, the classes
 * directory, the baseline file, and optionally the previous release that japicmp compares the jar
 * with ({@code kekiz.vorgaenger.version}; {@code -} for none): without one, the check says that no
 * released jar was compared, so that a passing build is not read as checked against a release.
 */
public final class ApiSignatur {

  private ApiSignatur() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 3 || args.length > 4 || !List.of("pruefen", "aufnehmen").contains(args[0])) {
      System.err.println(
          "usage: java ApiSignatur.java pruefen|aufnehmen <classes> <baseline.api> [<previous>|-]");
      System.exit(2);
    }
    Path klassen = Path.of(args[1]);
    Path basislinie = Path.of(args[2]);
    Map<String, Typ> jetzt = lies(klassen);
    if (args[0].equals("aufnehmen")) {
      Files.createDirectories(basislinie.toAbsolutePath().getParent());
      Files.writeString(basislinie, text(jetzt), StandardCharsets.UTF_8);
      System.out.println("API baseline written: " + basislinie + " (" + jetzt.size() + " types)");
      return;
    }
    if (!Files.exists(basislinie)) {
      System.err.println("API check: no baseline " + basislinie + "; " + AUFNEHMEN);
      System.exit(1);
    }
    String vorgaenger = args.length == 4 ? args[3].strip() : "-";
    if (vorgaenger.isEmpty() || vorgaenger.equals("-")) {
      System.out.println(
          "WARNING: japicmp NOT run: no previous release is set (-Dkekiz.vorgaenger.version=<version>),"
              + " so binary compatibility with a released jar is not checked; the signature check"
              + " against "
              + basislinie.getFileName()
              + " below is the only guard.");
    } else {
      System.out.println(
          "API check: japicmp compares this jar with release " + vorgaenger + " after this check.");
    }
    Map<String, Typ> vorher = parse(Files.readAllLines(basislinie, StandardCharsets.UTF_8));
    List<String> brueche = new ArrayList<>();
    int neu = 0;
    for (Typ alt : vorher.values()) {
      Typ t = jetzt.get(alt.name);
      if (t == null) {
        brueche.add("type removed: " + alt.kopf);
        continue;
      }
      if (!t.kopf.equals(alt.kopf)) {
        brueche.add("type changed: " + alt.kopf + "  ->  " + t.kopf);
      }
      for (String m : alt.mitglieder) {
        if (!t.mitglieder.contains(m)) {
          brueche.add("removed or changed in " + alt.name + ": " + m);
        }
      }
      boolean abstrakt = alt.kopf.contains(" interface ") || alt.kopf.contains(" abstract ");
      for (String m : t.mitglieder) {
        if (!alt.mitglieder.contains(m)) {
          if (abstrakt && m.contains(" abstract ") && !m.contains(" static ")) {
            brueche.add("new abstract method in " + alt.name + " (breaks implementations): " + m);
          } else {
            neu++;
          }
        }
      }
    }
    for (String name : jetzt.keySet()) {
      if (!vorher.containsKey(name)) {
        neu += 1 + jetzt.get(name).mitglieder.size();
      }
    }
    if (!brueche.isEmpty()) {
      System.err.println(
          "API check failed against " + basislinie + ": " + brueche.size() + " incompatible change(s)");
      brueche.forEach(b -> System.err.println("  " + b));
      System.err.println(
          "Keep the old signature (deprecate it), or accept the break deliberately: " + AUFNEHMEN);
      System.exit(1);
    }
    System.out.println(
        "API check passed against "
            + basislinie.getFileName()
            + ": "
            + vorher.size()
            + " types of the baseline unchanged, "
            + neu
            + " new signature(s)");
  }

  private static final String AUFNEHMEN =
      "record the current API with ./mvnw -B -q verify -DskipTests -Dkekiz.api=aufnehmen";

  /** A type: its javap header and its members' signatures. */
  private record Typ(String name, String kopf, TreeSet<String> mitglieder) {}

  /** The public API of the classes below {@code klassen}, by type name. */
  private static Map<String, Typ> lies(Path klassen) throws IOException {
    List<String> dateien = new ArrayList<>();
    try (Stream<Path> s = Files.walk(klassen)) {
      s.filter(p -> p.toString().endsWith(".class"))
          .filter(p -> !p.getFileName().toString().equals("module-info.class"))
          .filter(p -> !p.getFileName().toString().equals("package-info.class"))
          .filter(p -> !klassen.relativize(p).toString().replace('\\', '/').contains("/internal/"))
          .map(Path::toString)
          .sorted()
          .forEach(dateien::add);
    }
    Map<String, Typ> typen = new TreeMap<>();
    if (dateien.isEmpty()) {
      return typen;
    }
    List<String> argumente = new ArrayList<>(List.of("-protected"));
    argumente.addAll(dateien);
    StringWriter aus = new StringWriter();
    StringWriter fehler = new StringWriter();
    ToolProvider javap =
        ToolProvider.findFirst("javap").orElseThrow(() -> new IllegalStateException("no javap"));
    int rc =
        javap.run(
            new PrintWriter(aus), new PrintWriter(fehler), argumente.toArray(String[]::new));
    if (rc != 0) {
      throw new IllegalStateException("javap failed: " + fehler);
    }
    Map<String, Typ> alle = parse(aus.toString().lines().toList());
    // a type is API if it and every type it is nested in are public or protected
    for (Typ t : alle.values()) {
      boolean sichtbar = true;
      String n = t.name;
      while (true) {
        Typ u = alle.get(n);
        if (u == null || !(u.kopf.startsWith("public ") || u.kopf.startsWith("protected "))) {
          sichtbar = false;
          break;
        }
        int d = n.lastIndexOf('$');
        if (d < 0) {
          break;
        }
        n = n.substring(0, d);
      }
      if (sichtbar) {
        typen.put(t.name, t);
      }
    }
    return typen;
  }

  /** Types from javap's output or a baseline: a header line ending in "{", members, "}". */
  private static Map<String, Typ> parse(List<String> zeilen) {
    Map<String, Typ> typen = new LinkedHashMap<>();
    Typ aktuell = null;
    for (String z : zeilen) {
      String s = z.strip();
      if (s.isEmpty() || s.startsWith("Compiled from ") || s.startsWith("#")) {
        continue;
      }
      if (aktuell == null && s.endsWith("{")) {
        String kopf = s.substring(0, s.length() - 1).strip();
        aktuell = new Typ(typname(kopf), kopf, new TreeSet<>());
      } else if (aktuell != null && s.equals("}")) {
        typen.put(aktuell.name, aktuell);
        aktuell = null;
      } else if (aktuell != null) {
        aktuell.mitglieder.add(s);
      }
    }
    return typen;
  }

  /** The binary name in a header such as {@code public final class a.B$C<T> extends …}. */
  private static String typname(String kopf) {
    String[] w = kopf.split(" ");
    for (int i = 0; i < w.length - 1; i++) {
      if (List.of("class", "interface", "enum", "record", "@interface").contains(w[i])) {
        String n = w[i + 1];
        int g = n.indexOf('<');
        return g < 0 ? n : n.substring(0, g);
      }
    }
    throw new IllegalStateException("no type in: " + kopf);
  }

  private static String text(Map<String, Typ> typen) {
    StringBuilder b = new StringBuilder();
    b.append("# The public API of this module's published packages, as javap -protected prints it.\n");
    b.append("# Checked by ./mvnw verify (README, \"Artifacts\"); do not edit by hand: ")
        .append(AUFNEHMEN.substring("record the current API with ".length()))
        .append("\n");
    for (Typ t : typen.values()) {
      b.append('\n').append(t.kopf).append(" {\n");
      for (String m : t.mitglieder) {
        b.append("  ").append(m).append('\n');
      }
      b.append("}\n");
    }
    return b.toString();
  }
}

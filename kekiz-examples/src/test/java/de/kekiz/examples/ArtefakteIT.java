package de.kekiz.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Opens the artifacts the reactor built — every module's jar with its sources and javadoc jars, the
 * test kit, the BOM and {@code kekiz.jar} — and checks what the README promises about them. Runs
 * after {@code package} (failsafe), so it sees the files a user gets.
 */
@DisplayName("The built artifacts")
class ArtefakteIT {

  private static final Path WURZEL =
      Path.of(System.getProperty("kekiz.wurzel", "..")).toAbsolutePath().normalize();
  private static final String VERSION = System.getProperty("kekiz.version", "0.1.0-SNAPSHOT");

  /** Annotations that make a method a JUnit Jupiter test. */
  private static final List<String> TESTANNOTATIONEN =
      List.of(
          "Lorg/junit/jupiter/api/Test;",
          "Lorg/junit/jupiter/params/ParameterizedTest;",
          "Lorg/junit/jupiter/api/RepeatedTest;",
          "Lorg/junit/jupiter/api/TestFactory;",
          "Lorg/junit/jupiter/api/TestTemplate;");

  /**
   * Packages that exist only to prove the kit's rules fail: broken adapters, broken architecture.
   */
  private static final List<String> NUR_FUER_EIGENE_TESTS =
      List.of("de/kekiz/architektur/beispiel/", "de/kekiz/port/kontrakt/kaputt/");

  private static Path artefakt(String modul, String artifactId, String klassifikator) {
    String suffix = klassifikator.isEmpty() ? "" : "-" + klassifikator;
    String datei = artifactId + "-" + VERSION + suffix + ".jar";
    return WURZEL.resolve(modul).resolve("target").resolve(datei);
  }

  private static Path testkit() {
    return artefakt("kekiz-core", "kekiz-core", "tests");
  }

  private static Path kekizJar() {
    return Path.of(System.getProperty("kekiz.jar", "target/kekiz.jar")).toAbsolutePath();
  }

  @Nested
  @DisplayName("of every library module")
  class Module {

    @ParameterizedTest(name = "{0} has a jar with Automatic-Module-Name {2}, sources and javadoc")
    @CsvSource({
      "kekiz-core, kekiz-core, de.kekiz.core",
      "kekiz-core/kekiz-import, kekiz-import, de.kekiz.importe",
      "kekiz-persistence, kekiz-persistence, de.kekiz.persistence",
      "kekiz-reporting, kekiz-reporting, de.kekiz.reporting",
      "kekiz-examples, kekiz-examples, de.kekiz.examples"
    })
    void jarQuellenUndJavadoc(String modul, String artifactId, String modulname)
        throws IOException {
      Path jar = artefakt(modul, artifactId, "");
      assertThat(jar).as("the jar of %s (build it with package)", modul).exists();
      assertThat(modulname(jar)).as("Automatic-Module-Name in %s", jar).isEqualTo(modulname);

      Path quellen = artefakt(modul, artifactId, "sources");
      assertThat(eintraege(quellen))
          .as("the sources jar %s", quellen)
          .anyMatch(n -> n.endsWith(".java"));
      Path javadoc = artefakt(modul, artifactId, "javadoc");
      assertThat(eintraege(javadoc)).as("the javadoc jar %s", javadoc).contains("index.html");
    }

    @Test
    @DisplayName("the test kit has a module name of its own and sources of the same types")
    void testkitQuellen() throws IOException {
      assertThat(modulname(testkit())).isEqualTo("de.kekiz.core.testkit");
      Set<String> klassen = new TreeSet<>();
      for (String n : eintraege(testkit())) {
        if (n.endsWith(".class") && !n.contains("$")) {
          klassen.add(n.substring(0, n.length() - ".class".length()));
        }
      }
      Set<String> quellen = new TreeSet<>();
      for (String n : eintraege(artefakt("kekiz-core", "kekiz-core", "test-sources"))) {
        if (n.endsWith(".java")) {
          quellen.add(n.substring(0, n.length() - ".java".length()));
        }
      }
      assertThat(quellen).isEqualTo(klassen);
    }

    @Test
    @DisplayName("the BOM manages every published artifact at the reactor's version")
    void bom() throws Exception {
      Path pom = WURZEL.resolve("kekiz-core/kekiz-bom/pom.xml");
      Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
      Element projekt = d.getDocumentElement();
      assertThat(kind(projekt, "version")).as("the BOM's version in %s", pom).isEqualTo(VERSION);
      assertThat(kind(projekt, "parent")).as("the BOM has no parent").isEmpty();
      Set<String> verwaltet = new TreeSet<>();
      NodeList abhaengigkeiten = projekt.getElementsByTagName("dependency");
      for (int i = 0; i < abhaengigkeiten.getLength(); i++) {
        Element a = (Element) abhaengigkeiten.item(i);
        assertThat(kind(a, "version")).isEqualTo("${project.version}");
        verwaltet.add(
            kind(a, "groupId") + ":" + kind(a, "artifactId") + ":" + kind(a, "classifier"));
      }
      assertThat(verwaltet)
          .containsExactlyInAnyOrder(
              "de.kekiz:kekiz-core:",
              "de.kekiz:kekiz-core:tests",
              "de.kekiz:kekiz-import:",
              "de.kekiz:kekiz-persistence:",
              "de.kekiz:kekiz-reporting:");
    }
  }

  @Nested
  @DisplayName("test kit (kekiz-core, classifier tests)")
  class Testkit {

    @Test
    @DisplayName("holds the fixtures, in-memory adapters, contract kit and architecture rules")
    void haeltWasDasReadmeVerspricht() throws IOException {
      assertThat(eintraege(testkit()))
          .contains(
              "de/kekiz/fixtures/KekizFixtures.class",
              "de/kekiz/fixtures/Generator.class",
              "de/kekiz/fixtures/NrwDatensatz.class",
              "de/kekiz/fixtures/daten/QUELLEN.md",
              "de/kekiz/domain/kette/KetteFixtures.class",
              "de/kekiz/port/inmemory/InMemoryRepositories.class",
              "de/kekiz/port/kontrakt/KommuneRepositoryContract.class",
              "de/kekiz/architektur/KekizArchitektur.class");
    }

    @Test
    @DisplayName("holds no unit test, no benchmark and none of the broken examples")
    void ohneTestsUndBenchmark() throws IOException {
      assertThat(fremdkoerper(testkit(), false)).isEmpty();
    }
  }

  @Nested
  @DisplayName("command-line jar kekiz.jar")
  class Kommandozeilenjar {

    @Test
    @DisplayName("holds no test class, no test library and no benchmark")
    void ohneTestklassen() throws IOException {
      assertThat(kekizJar()).as("build the jar first (mvn package)").exists();
      assertThat(fremdkoerper(kekizJar(), true)).isEmpty();
    }

    @Test
    @DisplayName("still holds the fixtures the demo runs on")
    void mitFixturen() throws IOException {
      assertThat(eintraege(kekizJar()))
          .contains(
              "de/kekiz/fixtures/KekizFixtures.class", "de/kekiz/examples/Hauptprogramm.class");
    }
  }

  /**
   * The entries of {@code jar} that must not be there, each with the reason: a unit test (a
   * concrete class with JUnit test methods, or named like one), the benchmark, the broken examples,
   * and — if {@code ohneTestbibliotheken} — any class that uses JUnit, AssertJ or ArchUnit.
   */
  static TreeMap<String, String> fremdkoerper(Path jar, boolean ohneTestbibliotheken)
      throws IOException {
    TreeMap<String, String> funde = new TreeMap<>();
    // per top-level class: is it abstract, and do it or its nested classes have test methods
    Map<String, Boolean> abstrakt = new HashMap<>();
    Set<String> mitTestmethoden = new HashSet<>();
    Map<String, String> eintragZuKlasse = new TreeMap<>();
    try (JarFile datei = new JarFile(jar.toFile())) {
      for (JarEntry e : Collections.list(datei.entries())) {
        if (!e.getName().endsWith(".class") || e.getName().endsWith("module-info.class")) {
          continue;
        }
        String name = e.getName().substring(0, e.getName().length() - ".class".length());
        String aeusserste = name.contains("$") ? name.substring(0, name.indexOf('$')) : name;
        eintragZuKlasse.put(e.getName(), aeusserste);
        Klassendatei k;
        try (InputStream in = datei.getInputStream(e)) {
          k = Klassendatei.lies(in);
        }
        if (name.equals(aeusserste)) {
          abstrakt.put(name, k.abstrakt());
        }
        if (k.hatTestmethoden()) {
          mitTestmethoden.add(aeusserste);
        }
        if (name.startsWith("de/kekiz/") && aeusserste.matches(".*(Test|Tests|IT)")) {
          funde.put(e.getName(), "named like a test");
        }
        if (name.startsWith("de/kekiz/benchmark/") || name.contains("Benchmark")) {
          funde.put(e.getName(), "the benchmark");
        }
        for (String paket : NUR_FUER_EIGENE_TESTS) {
          if (name.startsWith(paket)) {
            funde.put(e.getName(), "a broken example of the module's own tests");
          }
        }
        if (ohneTestbibliotheken && k.nutztTestbibliothek()) {
          funde.put(e.getName(), "uses JUnit, AssertJ or ArchUnit");
        }
      }
    }
    eintragZuKlasse.forEach(
        (eintrag, klasse) -> {
          if (mitTestmethoden.contains(klasse) && !abstrakt.getOrDefault(klasse, false)) {
            funde.putIfAbsent(eintrag, "a concrete class with JUnit test methods");
          }
        });
    return funde;
  }

  private static List<String> eintraege(Path jar) throws IOException {
    assertThat(jar).as("artifact %s (build it with package)", jar).exists();
    try (JarFile datei = new JarFile(jar.toFile())) {
      return Collections.list(datei.entries()).stream().map(JarEntry::getName).toList();
    }
  }

  private static String modulname(Path jar) throws IOException {
    try (JarFile datei = new JarFile(jar.toFile())) {
      Manifest m = datei.getManifest();
      String name = m == null ? null : m.getMainAttributes().getValue("Automatic-Module-Name");
      return name == null ? "" : name;
    }
  }

  /** The text of the direct child element {@code name} of {@code e}, or "" if it has none. */
  private static String kind(Element e, String name) {
    NodeList kinder = e.getChildNodes();
    for (int i = 0; i < kinder.getLength(); i++) {
      if (kinder.item(i) instanceof Element k && k.getTagName().equals(name)) {
        return k.getTextContent().trim();
      }
    }
    return "";
  }

  /**
   * What the check needs of a class file (JVM specification, chapter 4): whether it is abstract and
   * which names its constant pool holds.
   */
  record Klassendatei(boolean abstrakt, Set<String> texte) {

    private static final int ACC_INTERFACE = 0x0200;
    private static final int ACC_ABSTRACT = 0x0400;

    boolean hatTestmethoden() {
      return TESTANNOTATIONEN.stream().anyMatch(texte::contains);
    }

    boolean nutztTestbibliothek() {
      return texte.stream()
          .anyMatch(
              t ->
                  t.contains("org/junit/")
                      || t.contains("org/assertj/")
                      || t.contains("com/tngtech/archunit/"));
    }

    static Klassendatei lies(InputStream in) throws IOException {
      DataInputStream d = new DataInputStream(in);
      if (d.readInt() != 0xCAFEBABE) {
        throw new IOException("not a class file");
      }
      d.readUnsignedShort();
      d.readUnsignedShort();
      int anzahl = d.readUnsignedShort();
      Set<String> texte = new HashSet<>();
      for (int i = 1; i < anzahl; i++) {
        int tag = d.readUnsignedByte();
        switch (tag) {
          case 1 -> texte.add(d.readUTF());
          case 7, 8, 16, 19, 20 -> d.skipBytes(2);
          case 15 -> d.skipBytes(3);
          case 3, 4, 9, 10, 11, 12, 17, 18 -> d.skipBytes(4);
          case 5, 6 -> {
            d.skipBytes(8);
            i++;
          }
          default -> throw new IOException("unknown constant pool tag " + tag);
        }
      }
      int zugriff = d.readUnsignedShort();
      return new Klassendatei((zugriff & (ACC_ABSTRACT | ACC_INTERFACE)) != 0, texte);
    }
  }
}

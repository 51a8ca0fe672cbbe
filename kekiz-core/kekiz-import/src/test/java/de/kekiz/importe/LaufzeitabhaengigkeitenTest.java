package de.kekiz.importe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A Fachverfahren gets the readers with kekiz-core and this module alone: the runtime dependencies
 * Maven resolves for kekiz-import (listed by {@code dependency:list} into {@code
 * target/laufzeitabhaengigkeiten.txt} before the tests run) hold no command line, no database
 * driver and no other kekiz module.
 */
@DisplayName("kekiz-import's runtime dependencies")
class LaufzeitabhaengigkeitenTest {

  /** groupId:artifactId:type:version:scope, as dependency:list writes each dependency. */
  private static final Pattern KOORDINATE =
      Pattern.compile("^\\s*([\\w.\\-]+):([\\w.\\-]+):[\\w\\-]+:(?:[\\w.\\-]+:)?[\\w.\\-]+:(\\w+)");

  private static List<String> abhaengigkeiten() throws IOException {
    String datei = System.getProperty("kekiz.laufzeitabhaengigkeiten");
    assertThat(datei).as("set by the module's surefire configuration").isNotNull();
    return Files.readAllLines(Path.of(datei), StandardCharsets.UTF_8).stream()
        .map(KOORDINATE::matcher)
        .filter(Matcher::find)
        .map(m -> m.group(1) + ":" + m.group(2) + " (" + m.group(3) + ")")
        .toList();
  }

  @Test
  @DisplayName(
      "are kekiz-core, Guava, JSpecify, Jackson, fastexcel and their own, all at compile scope")
  void erlaubt() throws IOException {
    List<String> liste = abhaengigkeiten();
    assertThat(liste)
        .as("the list Maven wrote")
        .contains(
            "de.kekiz:kekiz-core (compile)",
            "com.google.guava:guava (compile)",
            "org.dhatim:fastexcel-reader (compile)",
            "com.fasterxml.jackson.core:jackson-databind (compile)");
    assertThat(liste).noneMatch(a -> a.endsWith("(test)"));
  }

  @Test
  @DisplayName("hold no picocli, no JDBC driver, no jOOQ or Flyway, no other kekiz module")
  void verboten() throws IOException {
    for (String a : abhaengigkeiten()) {
      String k = a.toLowerCase(Locale.ROOT);
      assertThat(k)
          .as(a)
          .doesNotContain("picocli")
          .doesNotContain("com.h2database")
          .doesNotContain("postgresql")
          .doesNotContain("org.jooq")
          .doesNotContain("flyway")
          .doesNotContain("kekiz-persistence")
          .doesNotContain("kekiz-reporting")
          .doesNotContain("kekiz-examples");
    }
  }

  @Test
  @DisplayName("and the test run itself has no command line and no database driver to load")
  void klassenpfad() {
    assertThatThrownBy(() -> Class.forName("picocli.CommandLine"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("org.h2.Driver"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("org.postgresql.Driver"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("org.jooq.DSLContext"))
        .isInstanceOf(ClassNotFoundException.class);
  }
}

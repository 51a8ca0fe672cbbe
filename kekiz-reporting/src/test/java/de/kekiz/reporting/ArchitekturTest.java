package de.kekiz.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import de.kekiz.architektur.KekizArchitektur;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The core's architecture rules hold for the report adapters")
class ArchitekturTest {

  @Test
  @DisplayName(
      "every rule passes on the production classes of core and reporting together, reports computing nothing")
  void alleRegeln() {
    JavaClasses klassen =
        new ClassFileImporter()
            .withImportOption(KekizArchitektur.OHNE_TESTS)
            .importPackages("de.kekiz");
    assertThat(klassen.containPackage("de.kekiz.reporting.html")).isTrue();
    assertThat(klassen.containPackage("de.kekiz.monitoring.veroeffentlichung")).isTrue();
    assertThat(klassen.containPackage("de.kekiz.fixtures"))
        .as("the core's test-jar is left out")
        .isFalse();
    for (ArchRule regel : KekizArchitektur.alleRegeln()) {
      regel.check(klassen);
    }
  }
}

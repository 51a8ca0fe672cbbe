package de.kekiz.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import de.kekiz.architektur.KekizArchitektur;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The core's architecture rules hold for the storage adapter")
class ArchitekturTest {

  @Test
  @DisplayName("every rule passes on the production classes of core and persistence together")
  void alleRegeln() {
    JavaClasses klassen =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // after 'package' the reactor hands over the core's test-jar, which the option above
            // does not recognise: its tests and fixtures are no production classes either
            .withImportOption(ort -> !ort.contains("-tests.jar"))
            .importPackages("de.kekiz");
    assertThat(klassen.containPackage("de.kekiz.persistence.internal.db")).isTrue();
    assertThat(klassen.containPackage("de.kekiz.domain.kommune")).isTrue();
    for (ArchRule regel : KekizArchitektur.alleRegeln()) {
      regel.check(klassen);
    }
  }
}

package de.kekiz.domain.angebot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("package angebot")
class AngebotAbhaengigkeitTest {
  private static final JavaClasses DOMAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("de.kekiz.domain");

  /** The rule; it failed as intended when Angebot was made to import Praeventionskette. */
  static final ArchRule ANGEBOT_KENNT_KETTE_NICHT =
      noClasses()
          .that()
          .resideInAPackage("de.kekiz.domain.angebot..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("de.kekiz.domain.kette..")
          .because(
              "a Präventionskette holds Angebote, so the Angebot refers to it only by keys and"
                  + " AkteurId (no package cycle)");

  @Test
  @DisplayName("does not depend on package kette")
  void keinZyklus() {
    ANGEBOT_KENNT_KETTE_NICHT.check(DOMAIN);
  }
}

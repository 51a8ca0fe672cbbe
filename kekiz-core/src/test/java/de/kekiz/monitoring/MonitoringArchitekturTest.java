package de.kekiz.monitoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import de.kekiz.architektur.KekizArchitektur;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Architecture of the monitoring")
class MonitoringArchitekturTest {

  private static final JavaClasses KLASSEN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("de.kekiz");

  @Test
  @DisplayName("the monitoring's packages are free of cycles")
  void ohneZyklen() {
    slices()
        .matching("de.kekiz.monitoring.(*)..")
        .should()
        .beFreeOfCycles()
        .because("each analysis builds on the shared figures, never the other way round")
        .check(KLASSEN);
  }

  @Test
  @DisplayName("the shared package depends on no analysis")
  void kernOhneAnalysen() {
    ArchRule r =
        noClasses()
            .that()
            .resideInAPackage("de.kekiz.monitoring")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "de.kekiz.monitoring.vergleich..",
                "de.kekiz.monitoring.sozialindex..",
                "de.kekiz.monitoring.verteilung..",
                "de.kekiz.monitoring.ziele..",
                "de.kekiz.monitoring.luecken..",
                "de.kekiz.monitoring.reichweite..",
                "de.kekiz.monitoring.analyse..")
            .because("Kennzahl, Gebiet and Kommunaldaten are what every analysis shares");
    r.check(KLASSEN);
  }

  @Test
  @DisplayName("the monitoring keeps kekiz's rules: no adapter, internal packages stay internal")
  void kekizRegeln() {
    KekizArchitektur.domainNutztKeinenAdapter("de.kekiz.monitoring..", KekizArchitektur.ADAPTER)
        .check(KLASSEN);
    KekizArchitektur.internePaketeBleibenIntern().check(KLASSEN);
    noClasses()
        .that()
        .resideInAPackage("de.kekiz.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("de.kekiz.monitoring..")
        .because("the monitoring is built on the domain, not the other way round")
        .check(KLASSEN);
  }
}

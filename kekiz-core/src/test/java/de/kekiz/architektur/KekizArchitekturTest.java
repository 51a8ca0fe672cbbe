package de.kekiz.architektur;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("The architecture rules")
class KekizArchitekturTest {

  private static JavaClasses kekiz;
  private static JavaClasses beispiel;

  private static final String B = "de.kekiz.architektur.beispiel";

  @BeforeAll
  static void importiere() {
    kekiz =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.kekiz");
    beispiel = new ClassFileImporter().importPackages(B);
  }

  @Nested
  @DisplayName("hold for kekiz-core")
  class HaltenFuerKekiz {

    @Test
    @DisplayName("the core's production classes were imported at all")
    void importiert() {
      assertThat(kekiz.containPackage("de.kekiz.domain.kommune")).isTrue();
      assertThat(kekiz.size()).isGreaterThan(20);
    }

    @Test
    @DisplayName("every rule passes on the core's production classes")
    void alleRegelnHalten() {
      for (ArchRule rule : KekizArchitektur.alleRegeln()) {
        rule.check(kekiz);
      }
    }
  }

  @Nested
  @DisplayName("fail on deliberately broken examples")
  class ScheiternAmBeispiel {

    @Test
    @DisplayName("a domain class that uses an adapter is caught")
    void domainNutztAdapter() {
      assertVerletzt(
          KekizArchitektur.domainNutztKeinenAdapter(B + ".domain..", B + ".adapter.."),
          "SchlechteDomain");
    }

    @Test
    @DisplayName("a domain class that uses JDBC is caught")
    void domainNutztJdbc() {
      assertVerletzt(KekizArchitektur.domainNutztKeinJdbc(B + ".domain.."), "java.sql.Connection");
    }

    @Test
    @DisplayName("a domain class with a Jackson annotation is caught")
    void domainNutztJackson() {
      assertVerletzt(KekizArchitektur.domainNutztKeinJackson(B + ".domain.."), "JsonProperty");
    }

    @Test
    @DisplayName("a port that depends on an adapter is caught")
    void portNutztAdapter() {
      assertVerletzt(
          KekizArchitektur.portsNutzenKeinenAdapter(B + ".port..", B + ".adapter.."),
          "SchlechterPort");
    }

    @Test
    @DisplayName("a class that reads another package's internal class is caught, the owner is not")
    void internesPaket() {
      EvaluationResult result =
          KekizArchitektur.internePaketeBleibenIntern(B + "..").evaluate(beispiel);
      assertThat(result.hasViolation()).isTrue();
      String report = result.getFailureReport().toString();
      assertThat(report).contains("Eindringling").doesNotContain("SchlechterAdapter.name()");
    }

    @Test
    @DisplayName("a cycle between two packages is caught")
    void zyklus() {
      assertVerletzt(KekizArchitektur.domainPaketeOhneZyklen(B + ".(*).."), "ZyklusA");
    }

    @Test
    @DisplayName("a report adapter that computes a figure or reads raw data is caught")
    void berichtRechnet() {
      assertVerletzt(
          KekizArchitektur.berichteRechnenNicht(B + ".bericht.."), "BigDecimal.subtract");
      assertVerletzt(KekizArchitektur.berichteRechnenNicht(B + ".bericht.."), "Kommunaldaten");
    }

    @Test
    @DisplayName("a public wither called mit… instead of with… is caught")
    void dialekt() {
      assertVerletzt(KekizArchitektur.einDialekt(B + ".."), "mitName");
    }

    @Test
    @DisplayName(
        "a public exception outside KekizException or not named …Exception is caught, an"
            + " internal one is not")
    void ausnahmen() {
      EvaluationResult result =
          KekizArchitektur.eineAusnahmehierarchie(B + "..").evaluate(beispiel);
      assertThat(result.hasViolation()).isTrue();
      String report = result.getFailureReport().toString();
      assertThat(report)
          .contains("Stolperstein")
          .contains("Fehltritt")
          .doesNotContain("Interna")
          .doesNotContain("Mundart");
    }

    private void assertVerletzt(ArchRule rule, String erwartet) {
      EvaluationResult result = rule.evaluate(beispiel);
      assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
      assertThat(result.getFailureReport().toString()).contains(erwartet);
    }
  }
}

package de.kekiz.architektur;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The architecture rules that guard the kekiz hexagon, as static factories an integrator can run in
 * one line against the classes of kekiz and of their own adapters:
 *
 * <pre>{@code
 * JavaClasses classes = new ClassFileImporter()
 *     .withImportOption(KekizArchitektur.OHNE_TESTS)
 *     .importPackages("de.kekiz", "com.example.fachverfahren");
 * KekizArchitektur.alleRegeln().forEach(rule -> rule.check(classes));
 * }</pre>
 *
 * <p>Each factory has an overload that takes the package names, so the same rule can be shown
 * failing on a deliberately broken example (see {@code KekizArchitekturTest}).
 */
public final class KekizArchitektur {

  /** The package pattern of the domain. */
  public static final String DOMAIN = "de.kekiz.domain..";

  /** The package pattern of the ports. */
  public static final String PORTS = "de.kekiz.port..";

  /** The package pattern of the domain services (analysis and protection of small numbers). */
  public static final String MONITORING = "de.kekiz.monitoring..";

  /** The package patterns of kekiz's adapters. */
  public static final String[] ADAPTER = {
    "de.kekiz.persistence..", "de.kekiz.reporting..", "de.kekiz.examples.."
  };

  private static final Pattern TEST_JAR = Pattern.compile(".*-tests\\.jar!/.*");

  /**
   * Imports production classes only: ArchUnit's {@code DO_NOT_INCLUDE_TESTS} leaves out test class
   * folders, this also leaves out test-jars (such as kekiz-core's, whose fixtures and tests use
   * JUnit and AssertJ). Use it when importing kekiz from a module that depends on the test-jar.
   */
  public static final ImportOption OHNE_TESTS =
      location ->
          ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location)
              && !location.matches(TEST_JAR);

  private KekizArchitektur() {}

  /** Every rule below with kekiz's own package names. */
  public static List<ArchRule> alleRegeln() {
    return List.of(
        domainNutztKeinenAdapter(),
        domainNutztKeinJdbc(),
        domainNutztKeinJackson(),
        domainNutztNurErlaubteBibliotheken(),
        portsNutzenKeinenAdapter(),
        internePaketeBleibenIntern(),
        domainPaketeOhneZyklen(),
        berichteRechnenNicht(),
        einDialekt());
  }

  /** The package pattern of kekiz's report adapters. */
  public static final String BERICHTE = "de.kekiz.reporting..";

  /** The package of the core's published results, the one thing a report adapter may show. */
  public static final String VEROEFFENTLICHUNG = "de.kekiz.monitoring.veroeffentlichung..";

  /** Report adapters compute no figure ({@link #berichteRechnenNicht(String)} on kekiz's). */
  public static ArchRule berichteRechnenNicht() {
    return berichteRechnenNicht(BERICHTE);
  }

  /**
   * Classes in {@code berichte} compute no figure: they use none of the monitoring's analysis and
   * data classes (only the published results of {@code de.kekiz.monitoring.veroeffentlichung} and
   * the rules of {@code Geheimhaltungsregeln} for the data-protection note) and call no decimal
   * arithmetic ({@code BigDecimal.add}, {@code subtract}, {@code multiply}, {@code divide}, {@code
   * remainder}, {@code pow}, {@code negate}, {@code Geldbetrag.plus}). Formatting (rounding for
   * display) stays allowed. Passes where there are no such classes.
   */
  public static ArchRule berichteRechnenNicht(String berichte) {
    DescribedPredicate<JavaClass> analyse =
        DescribedPredicate.describe(
            "the monitoring's analysis or raw data",
            c ->
                c.getPackageName().startsWith("de.kekiz.monitoring")
                    && !c.getPackageName().startsWith("de.kekiz.monitoring.veroeffentlichung")
                    && !c.getName().equals("de.kekiz.monitoring.geheimhaltung.Geheimhaltungsregeln")
                    && !c.getName().equals("de.kekiz.monitoring.geheimhaltung.Dominanzregel")
                    && !c.getName().equals("de.kekiz.monitoring.geheimhaltung.Rundung")
                    && !c.getName().equals("de.kekiz.monitoring.geheimhaltung.CellKeyVerfahren")
                    && !c.getName()
                        .equals("de.kekiz.monitoring.geheimhaltung.Ueberlagerungsparameter"));
    DescribedPredicate<com.tngtech.archunit.core.domain.JavaMethodCall> rechnen =
        DescribedPredicate.describe(
            "decimal arithmetic",
            call ->
                (call.getTargetOwner().isEquivalentTo(java.math.BigDecimal.class)
                        && java.util.Set.of(
                                "add",
                                "subtract",
                                "multiply",
                                "divide",
                                "divideToIntegralValue",
                                "remainder",
                                "pow",
                                "negate")
                            .contains(call.getName()))
                    || (call.getTargetOwner().getName().equals("de.kekiz.domain.Geldbetrag")
                        && call.getName().equals("plus")));
    return noClasses()
        .that()
        .resideInAPackage(berichte)
        .should()
        .dependOnClassesThat(analyse)
        .orShould()
        .callMethodWhere(rechnen)
        .as("report adapters compute no figure")
        .because(
            "the core computes and protects every figure kekiz publishes in one analysis; an"
                + " adapter that computes is a second engine whose figures escape the protection")
        .allowEmptyShould(true);
  }

  /** The domain does not use any adapter. */
  public static ArchRule domainNutztKeinenAdapter() {
    return domainNutztKeinenAdapter(DOMAIN, ADAPTER);
  }

  /** Classes in {@code domain} do not depend on classes in {@code adapter}. */
  public static ArchRule domainNutztKeinenAdapter(String domain, String... adapter) {
    return noClasses()
        .that()
        .resideInAPackage(domain)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(adapter)
        .as("the domain uses no adapter")
        .because("the hexagon's inside must not know its outside: adapters plug into ports");
  }

  /** The domain does not use JDBC. */
  public static ArchRule domainNutztKeinJdbc() {
    return domainNutztKeinJdbc(DOMAIN);
  }

  /** Classes in {@code domain} use neither {@code java.sql} nor {@code javax.sql}. */
  public static ArchRule domainNutztKeinJdbc(String domain) {
    return noClasses()
        .that()
        .resideInAPackage(domain)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "java.sql..", "javax.sql..", "org.jooq..", "org.h2..", "org.postgresql..")
        .as("the domain uses no JDBC and no database library")
        .because("storage is the persistence adapter's business, behind the repository ports");
  }

  /** The domain does not use Jackson. */
  public static ArchRule domainNutztKeinJackson() {
    return domainNutztKeinJackson(DOMAIN);
  }

  /** Classes in {@code domain} use no Jackson class or annotation. */
  public static ArchRule domainNutztKeinJackson(String domain) {
    return noClasses()
        .that()
        .resideInAPackage(domain)
        .should()
        .dependOnClassesThat()
        .resideInAPackage("com.fasterxml.jackson..")
        .as("the domain uses no Jackson")
        .because(
            "JSON is the reporting adapter's business: its Jackson module maps the domain"
                + " types without annotations in them");
  }

  /** The domain, its services and the ports use only the JDK, Guava, JSpecify and themselves. */
  public static ArchRule domainNutztNurErlaubteBibliotheken() {
    return ArchRuleDefinition.classes()
        .that()
        .resideInAnyPackage(DOMAIN, PORTS, MONITORING)
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "java..",
            "de.kekiz.domain..",
            "de.kekiz.port..",
            "de.kekiz.monitoring..",
            "com.google.common..",
            "org.jspecify..",
            "")
        .as("the domain, its services and the ports use only the JDK, Guava and JSpecify")
        .because(
            "kekiz-core must embed into any host: its runtime dependencies are Guava and"
                + " JSpecify at most");
  }

  /** The ports do not depend on any adapter. */
  public static ArchRule portsNutzenKeinenAdapter() {
    return portsNutzenKeinenAdapter(PORTS, ADAPTER);
  }

  /** Classes in {@code ports} do not depend on classes in {@code adapter}. */
  public static ArchRule portsNutzenKeinenAdapter(String ports, String... adapter) {
    return noClasses()
        .that()
        .resideInAPackage(ports)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(adapter)
        .as("the ports depend on no adapter")
        .because("a port is the domain's contract; adapters implement it, not the other way round");
  }

  /** Internal packages stay internal. */
  public static ArchRule internePaketeBleibenIntern() {
    return internePaketeBleibenIntern("de.kekiz..");
  }

  /**
   * A class in a package {@code X.internal} (or below it) is used only by classes under {@code X}:
   * {@code de.kekiz.persistence.internal.db} by {@code de.kekiz.persistence..} and nobody else.
   */
  public static ArchRule internePaketeBleibenIntern(String scope) {
    return ArchRuleDefinition.classes()
        .that()
        .resideInAPackage(scope)
        .should(nurInternVerwendet())
        .as("internal packages are used only by their parent package")
        .because("what lies in an internal package is not API and may change without notice");
  }

  private static ArchCondition<JavaClass> nurInternVerwendet() {
    return new ArchCondition<>("use internal packages only from inside their parent package") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
          String target = d.getTargetClass().getPackageName();
          String owner = besitzer(target);
          if (owner != null && !istUnter(origin.getPackageName(), owner)) {
            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
          }
        }
      }
    };
  }

  /** The package that owns an internal package, or null if {@code pkg} is not internal. */
  private static String besitzer(String pkg) {
    String[] parts = pkg.split("\\.");
    StringBuilder owner = new StringBuilder();
    for (String part : parts) {
      if (part.equals("internal")) {
        return owner.toString();
      }
      if (owner.length() > 0) {
        owner.append('.');
      }
      owner.append(part);
    }
    return null;
  }

  private static boolean istUnter(String pkg, String owner) {
    return pkg.equals(owner) || pkg.startsWith(owner + ".");
  }

  /** The domain's aggregate packages do not depend on each other in a cycle. */
  public static ArchRule domainPaketeOhneZyklen() {
    return domainPaketeOhneZyklen("de.kekiz.domain.(*)..");
  }

  /** The slices matched by {@code slicePattern} are free of cycles. */
  public static ArchRule domainPaketeOhneZyklen(String slicePattern) {
    return slices()
        .matching(slicePattern)
        .should()
        .beFreeOfCycles()
        .as("the domain's aggregate packages are free of cycles")
        .because("an aggregate must be understandable and changeable without its dependents");
  }

  /** {@link #einDialekt(String)} on all of kekiz. */
  public static ArchRule einDialekt() {
    return einDialekt("de.kekiz..");
  }

  /**
   * One word per idea in the public API of the packages in {@code scope}: a method that returns its
   * own class (a copy with one part changed, or a factory) is not called {@code mit…}; withers are
   * {@code with…} (the README's Decisions, "One API style"). A record component such as {@code
   * mitMassnahme} (the group with the measure) is a value, not a wither, and is allowed.
   *
   * @param scope the package pattern whose public classes are checked
   * @return the rule
   */
  public static ArchRule einDialekt(String scope) {
    return noMethods()
        .that(
            DescribedPredicate.describe(
                "return their own class", m -> m.getRawReturnType().equals(m.getOwner())))
        .and()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .resideInAPackage(scope)
        .and()
        .areDeclaredInClassesThat()
        .arePublic()
        .should()
        .haveNameMatching("mit[A-Z].*")
        .as("public withers and factories are not named mit…")
        .because(
            "kekiz's API speaks one dialect: withers are with…, factories of/parse or the variant's"
                + " name");
  }

  /** A predicate for integrators: classes of kekiz's domain. */
  public static DescribedPredicate<JavaClass> domainKlassen() {
    return JavaClass.Predicates.resideInAPackage(DOMAIN);
  }
}

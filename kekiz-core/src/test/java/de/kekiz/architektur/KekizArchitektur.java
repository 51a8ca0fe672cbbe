package de.kekiz.architektur;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import de.kekiz.domain.KekizException;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
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
        einDialekt(),
        eineAusnahmehierarchie());
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
            "de.kekiz.internal..", // kekiz-core's own shared internals (the long division)
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

  /** {@link #eineAusnahmehierarchie(String)} on all of kekiz. */
  public static ArchRule eineAusnahmehierarchie() {
    return eineAusnahmehierarchie("de.kekiz..");
  }

  /**
   * One exception hierarchy with one naming scheme: every public class in {@code scope} that can be
   * thrown is {@link KekizException} or extends it, and its name ends in {@code Exception} (the
   * README's Decisions, "One API style"). Exceptions that are not public (a parser's internal
   * signal, the command line's {@code Abbruch}) are not API and are not checked.
   *
   * @param scope the package pattern whose public classes are checked
   * @return the rule
   */
  public static ArchRule eineAusnahmehierarchie(String scope) {
    return ArchRuleDefinition.classes()
        .that()
        .resideInAPackage(scope)
        .and()
        .arePublic()
        .and()
        .areAssignableTo(Throwable.class)
        .should()
        .beAssignableTo(KekizException.class)
        .andShould()
        .haveSimpleNameEndingWith("Exception")
        .as("public exceptions extend KekizException and are named …Exception")
        .because(
            "a host catches everything kekiz throws for a broken rule or a failed port operation"
                + " with one catch, and reads each name as an exception")
        .allowEmptyShould(true);
  }

  /**
   * A checker for the builder rule of the README's Decisions ("One API style"): a builder method
   * given several elements (a collection, an {@link Iterable} or varargs) replaces all elements of
   * its kind, and a method given one element of a kind that has such a plural method adds it.
   * {@code add…} methods (such as {@code Kommunaldaten.Builder.addAll}, which streams Messwerte)
   * are the collection verbs and add.
   *
   * <p>The check calls the builders: for each plural method it builds once after calling it with a
   * first and then a second sample and once after calling it with the second only, and the two
   * results must be equal (the plural replaced); with the first sample alone the result must differ
   * (the samples matter). For each singular method that matches a plural one (same element type,
   * same first four letters of the name) it builds once after adding both samples one by one and
   * once after giving both to the plural method; the results must be equal (it added).
   *
   * <pre>{@code
   * List<String> verstoesse = new KekizArchitektur.Bauerregel()
   *     .bauer(Kommune.Builder.class, () -> Kommune.builder(ags, "Ahlen", art), Kommune.Builder::build)
   *     .muster(Sozialraum.class, nord, sued)
   *     .verstoesse();
   * }</pre>
   */
  public static final class Bauerregel {
    private final Map<Class<?>, Eintrag<?>> bauer = new LinkedHashMap<>();
    private final Map<Class<?>, List<Object>> muster = new HashMap<>();

    private record Eintrag<B>(Class<B> klasse, Supplier<? extends B> neu, Function<B, ?> bauen) {}

    /** An empty checker: register builders and samples. */
    public Bauerregel() {}

    /**
     * Registers a builder class.
     *
     * @param <B> the builder type
     * @param klasse the builder class
     * @param neu a new builder, in a state that builds with any of the registered samples
     * @param bauen builds the result; results are compared with {@code equals}, so for a builder
     *     whose product has no value equality return something that shows its effect (e.g. the text
     *     a writer writes)
     * @return this checker
     */
    public <B> Bauerregel bauer(Class<B> klasse, Supplier<? extends B> neu, Function<B, ?> bauen) {
      bauer.put(klasse, new Eintrag<>(klasse, neu, bauen));
      return this;
    }

    /**
     * Registers two different samples of an element type.
     *
     * @param <T> the element type
     * @param typ the element type as the builder's methods declare it
     * @param erstes the first sample
     * @param zweites the second sample, with a different effect on the result
     * @return this checker
     */
    public <T> Bauerregel muster(Class<T> typ, T erstes, T zweites) {
      muster.put(typ, List.of(erstes, zweites));
      return this;
    }

    /**
     * {@return the builder classes among {@code klassen} that have a plural method but are not
     * registered here, so a new builder cannot escape the check}
     *
     * @param klassen imported classes, e.g. all production classes of a module
     */
    public List<String> nichtGeprueft(JavaClasses klassen) {
      List<String> fehlend = new ArrayList<>();
      for (JavaClass c : klassen) {
        if (c.getModifiers().contains(JavaModifier.PUBLIC)
            && c.getSimpleName().endsWith("Builder")
            && !bauer.containsKey(c.reflect())
            && !mehrzahl(c.reflect()).isEmpty()) {
          fehlend.add(c.getName() + " has plural methods but no samples in this check");
        }
      }
      return fehlend;
    }

    /** {@return every breach of the rule by the registered builders, empty if none} */
    public List<String> verstoesse() {
      List<String> verstoesse = new ArrayList<>();
      for (Eintrag<?> e : bauer.values()) {
        pruefe(e, verstoesse);
      }
      return verstoesse;
    }

    private <B> void pruefe(Eintrag<B> e, List<String> verstoesse) {
      List<Method> mehrzahl = mehrzahl(e.klasse());
      for (Method m : mehrzahl) {
        String name =
            e.klasse().getName()
                + "."
                + m.getName()
                + "("
                + m.getParameterTypes()[0].getSimpleName()
                + ")";
        Class<?> typ = elementtyp(m);
        List<Object> paar = muster.get(typ);
        if (paar == null) {
          verstoesse.add(name + ": no samples of " + typ.getName());
          continue;
        }
        try {
          Object beide =
              e.bauen().apply(mehrere(mehrere(e.neu().get(), m, paar.get(0)), m, paar.get(1)));
          Object zweites = e.bauen().apply(mehrere(e.neu().get(), m, paar.get(1)));
          Object erstes = e.bauen().apply(mehrere(e.neu().get(), m, paar.get(0)));
          if (erstes.equals(zweites)) {
            verstoesse.add(
                name + ": the two samples of " + typ.getSimpleName() + " give the same result");
          } else if (!beide.equals(zweites)) {
            verstoesse.add(
                name
                    + " does not replace: called twice, the first call's elements are still there");
          }
        } catch (ReflectiveOperationException | RuntimeException x) {
          verstoesse.add(name + ": " + ursache(x));
        }
      }
      for (Method s : e.klasse().getDeclaredMethods()) {
        if (!Modifier.isPublic(s.getModifiers())
            || s.isSynthetic()
            || s.getParameterCount() != 1
            || s.getReturnType() != e.klasse()
            || mehrzahl.contains(s)
            || s.getName().startsWith("add")) {
          continue;
        }
        for (Method m : mehrzahl) {
          if (elementtyp(m).equals(s.getParameterTypes()[0])
              && s.getName().length() >= 4
              && m.getName().startsWith(s.getName().substring(0, 4))
              && muster.containsKey(elementtyp(m))) {
            List<Object> paar = muster.get(elementtyp(m));
            String name = e.klasse().getName() + "." + s.getName();
            try {
              Object einzeln =
                  e.bauen().apply(einzeln(mehrere(e.neu().get(), m), s, paar.get(0), paar.get(1)));
              Object zusammen =
                  e.bauen().apply(mehrere(e.neu().get(), m, paar.get(0), paar.get(1)));
              if (!einzeln.equals(zusammen)) {
                verstoesse.add(
                    name
                        + " does not add: called twice, not both elements are there (compared"
                        + " with "
                        + m.getName()
                        + ")");
              }
            } catch (ReflectiveOperationException | RuntimeException x) {
              verstoesse.add(name + ": " + ursache(x));
            }
          }
        }
      }
    }

    /** Calls the singular method {@code s} once per element. */
    private static <B> B einzeln(B builder, Method s, Object erstes, Object zweites)
        throws ReflectiveOperationException {
      ruf(builder, s, erstes);
      return ruf(builder, s, zweites);
    }

    /** Calls the plural method {@code m} with the given elements. */
    private static <B> B mehrere(B builder, Method m, Object... elemente)
        throws ReflectiveOperationException {
      return ruf(builder, m, argument(m, Arrays.asList(elemente)));
    }

    @SuppressWarnings("unchecked")
    private static <B> B ruf(B builder, Method m, Object argument)
        throws ReflectiveOperationException {
      return (B) m.invoke(builder, argument);
    }

    private static Object argument(Method m, List<Object> elemente) {
      Class<?> p = m.getParameterTypes()[0];
      if (p.isArray()) {
        Object feld = Array.newInstance(p.getComponentType(), elemente.size());
        for (int i = 0; i < elemente.size(); i++) {
          Array.set(feld, i, elemente.get(i));
        }
        return feld;
      }
      if (p.isAssignableFrom(List.class)) {
        return List.copyOf(elemente);
      }
      if (p.isAssignableFrom(Set.class)) {
        return new LinkedHashSet<>(elemente);
      }
      throw new IllegalArgumentException("cannot give " + p.getName() + " to " + m.getName());
    }

    private static String ursache(Throwable x) {
      Throwable t =
          x instanceof InvocationTargetException i && i.getCause() != null ? i.getCause() : x;
      return "calling it failed: " + t;
    }

    /** The public methods of {@code klasse} that take several elements and return the builder. */
    private static List<Method> mehrzahl(Class<?> klasse) {
      List<Method> ergebnis = new ArrayList<>();
      for (Method m : klasse.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers())
            && !m.isSynthetic()
            && m.getParameterCount() == 1
            && m.getReturnType() == klasse
            && !m.getName().startsWith("add")
            && (m.getParameterTypes()[0].isArray()
                || Iterable.class.isAssignableFrom(m.getParameterTypes()[0]))) {
          ergebnis.add(m);
        }
      }
      ergebnis.sort(Comparator.comparing(Method::toString));
      return ergebnis;
    }

    private static Class<?> elementtyp(Method m) {
      Class<?> p = m.getParameterTypes()[0];
      if (p.isArray()) {
        return p.getComponentType();
      }
      Type t = m.getGenericParameterTypes()[0];
      if (t instanceof ParameterizedType pt) {
        Type a = pt.getActualTypeArguments()[0];
        if (a instanceof WildcardType w) {
          a = w.getUpperBounds()[0];
        }
        if (a instanceof Class<?> c) {
          return c;
        }
        if (a instanceof ParameterizedType ap && ap.getRawType() instanceof Class<?> c) {
          return c;
        }
      }
      return Object.class;
    }
  }

  /** A predicate for integrators: classes of kekiz's domain. */
  public static DescribedPredicate<JavaClass> domainKlassen() {
    return JavaClass.Predicates.resideInAPackage(DOMAIN);
  }
}

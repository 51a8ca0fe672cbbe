package de.kekiz.persistence.internal;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * Keeps jOOQ's logo and "tip of the day" out of the host's log without changing the host's
 * settings.
 *
 * <p>jOOQ 3.19 logs both once per JVM, at INFO on the logger {@code org.jooq.Constants}, when the
 * class {@code org.jooq.impl.DefaultRenderContext} is initialized (before the first SQL it
 * renders), unless the system properties {@code org.jooq.no-logo} and {@code org.jooq.no-tips} are
 * {@code true} at that moment; its {@code Settings} have no option for them. {@link
 * #logoUndTippsAus()} sets each of the two properties the host has not set, initializes that class
 * and removes the properties again: afterwards the host's system properties are as before. A host
 * that set a property itself (to {@code true} or {@code false}) keeps its choice, and a host whose
 * own jOOQ rendered SQL first has printed its logo already.
 *
 * <p>jOOQ also logs one line per JVM on the database version ("Version : Database version is
 * supported by dialect …"), at INFO on the logger {@code
 * org.jooq.impl.DefaultExecuteContext.logVersionSupport}, when its first query of a versioned
 * dialect (H2, PostgreSQL) takes a connection; that logger logs one message and then stops
 * checking. Its {@code Settings} have no option for it either; jOOQ's own switch for one logger is
 * the system property {@code org.jooq.log.<logger>} with a level (jOOQ issue 15050; a jOOQ without
 * it ignores the property and logs the line as before). {@link #versionszeileAus(DSLContext)} sets
 * that property to {@code WARN} if the host has not set it, runs one query (the check), and removes
 * the property again: the INFO line is not logged, a version mismatch (WARN) still is. The line is
 * jOOQ's once per JVM: after kekiz's check, the host's own jOOQ does not log it either; a host
 * whose jOOQ queried first has logged it already.
 */
public final class JooqStille {

  private static final List<String> EIGENSCHAFTEN = List.of("org.jooq.no-logo", "org.jooq.no-tips");
  private static final String RENDERKONTEXT = "org.jooq.impl.DefaultRenderContext";
  private static final String VERSIONSZEILE =
      "org.jooq.log.org.jooq.impl.DefaultExecuteContext.logVersionSupport";

  private static boolean versionGeprueft;

  private JooqStille() {}

  /** Initializes jOOQ's rendering without its logo and tip, once; later calls do nothing. */
  public static synchronized void logoUndTippsAus() {
    List<String> gesetzt = new ArrayList<>();
    for (String eigenschaft : EIGENSCHAFTEN) {
      if (System.getProperty(eigenschaft) == null) {
        System.setProperty(eigenschaft, "true");
        gesetzt.add(eigenschaft);
      }
    }
    try {
      Class.forName(RENDERKONTEXT, true, DSLContext.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      // a jOOQ outside the tested 3.19 line renders elsewhere: its logo is the host's to configure
    } finally {
      gesetzt.forEach(System::clearProperty);
    }
  }

  /**
   * Runs jOOQ's check of the database version (one {@code SELECT 1} through {@code dsl}) with its
   * INFO line off, once per JVM; later calls do nothing (after a failed query, the next call tries
   * again). A host that set the property {@code
   * org.jooq.log.org.jooq.impl.DefaultExecuteContext.logVersionSupport} itself keeps its choice and
   * no query is run.
   *
   * @param dsl kekiz's DSLContext, of the dialect jOOQ checks
   * @throws DataAccessException if the query fails
   */
  public static synchronized void versionszeileAus(DSLContext dsl) {
    if (versionGeprueft) {
      return;
    }
    if (System.getProperty(VERSIONSZEILE) != null) {
      versionGeprueft = true;
      return;
    }
    System.setProperty(VERSIONSZEILE, "WARN");
    try {
      dsl.selectOne().fetch();
      versionGeprueft = true;
    } finally {
      System.clearProperty(VERSIONSZEILE);
    }
  }
}

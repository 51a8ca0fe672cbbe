package de.kekiz.persistence.internal;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

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
 */
public final class JooqStille {

  private static final List<String> EIGENSCHAFTEN = List.of("org.jooq.no-logo", "org.jooq.no-tips");
  private static final String RENDERKONTEXT = "org.jooq.impl.DefaultRenderContext";

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
}

package de.kekiz.persistence.internal;

import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

/**
 * Flyway's log one level lower: a {@link LogCreator} whose loggers pass Flyway's INFO and NOTICE
 * lines on at DEBUG, and its debug lines, warnings and errors at their own level, to the logger
 * named after Flyway's class, in the host's SLF4J binding when SLF4J is on the class path and in
 * {@code java.util.logging} otherwise (debug as {@code FINE}).
 *
 * <p>Flyway instantiates it by its class name, given in its configuration option {@code loggers}
 * ({@link #NAME}); it needs the public constructor for that. {@code KekizPersistenz} selects it for
 * a build that has nothing to migrate, so that validating an up-to-date schema writes nothing at
 * INFO into the host's log.
 */
public final class FlywayStille implements LogCreator {

  /** The value of Flyway's option {@code loggers} that selects this class. */
  public static final String NAME = FlywayStille.class.getName();

  private static final boolean SLF4J = slf4jVorhanden();

  /** Called by Flyway. */
  public FlywayStille() {}

  @Override
  public Log createLogger(Class<?> klasse) {
    return SLF4J ? Slf4jLeise.fuer(klasse) : new JulLeise(klasse);
  }

  private static boolean slf4jVorhanden() {
    try {
      Class.forName("org.slf4j.LoggerFactory", false, FlywayStille.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** Through SLF4J; a class of its own, loaded only when SLF4J is there. */
  private static final class Slf4jLeise implements Log {
    private final org.slf4j.Logger logger;

    private Slf4jLeise(org.slf4j.Logger logger) {
      this.logger = logger;
    }

    static Log fuer(Class<?> klasse) {
      return new Slf4jLeise(org.slf4j.LoggerFactory.getLogger(klasse));
    }

    /**
     * Flyway 11's {@code Log} asks this (an abstract method there, absent in Flyway 13.12.0 and
     * deprecated again in 13.12.2): without it a host on Flyway 11 would fail with an {@link
     * AbstractMethodError} at the first call.
     */
    @SuppressWarnings({"MissingOverride", "deprecation"})
    public boolean isDebugEnabled() {
      return logger.isDebugEnabled();
    }

    @Override
    public void debug(String meldung) {
      logger.debug(meldung);
    }

    @Override
    public void info(String meldung) {
      logger.debug(meldung);
    }

    @Override
    public void notice(String meldung) {
      logger.debug(meldung);
    }

    @Override
    public void warn(String meldung) {
      logger.warn(meldung);
    }

    @Override
    public void error(String meldung) {
      logger.error(meldung);
    }

    @Override
    public void error(String meldung, Exception e) {
      logger.error(meldung, e);
    }
  }

  /** Through {@code java.util.logging}, for a host without SLF4J. */
  private static final class JulLeise implements Log {
    private final java.util.logging.Logger logger;

    private JulLeise(Class<?> klasse) {
      this.logger = java.util.logging.Logger.getLogger(klasse.getName());
    }

    /** As {@link Slf4jLeise#isDebugEnabled()}, for Flyway 11. */
    @SuppressWarnings({"MissingOverride", "deprecation"})
    public boolean isDebugEnabled() {
      return logger.isLoggable(java.util.logging.Level.FINE);
    }

    @Override
    public void debug(String meldung) {
      logger.fine(meldung);
    }

    @Override
    public void info(String meldung) {
      logger.fine(meldung);
    }

    @Override
    public void notice(String meldung) {
      logger.fine(meldung);
    }

    @Override
    public void warn(String meldung) {
      logger.warning(meldung);
    }

    @Override
    public void error(String meldung) {
      logger.severe(meldung);
    }

    @Override
    public void error(String meldung, Exception e) {
      logger.log(java.util.logging.Level.SEVERE, meldung, e);
    }
  }
}

package de.kekiz.persistence.internal;

import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;
import org.jspecify.annotations.Nullable;

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
    return new Leise(SLF4J ? Slf4jZiel.fuer(klasse) : new JulZiel(klasse));
  }

  private static boolean slf4jVorhanden() {
    try {
      Class.forName("org.slf4j.LoggerFactory", false, FlywayStille.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** Where the lines go: the three levels a quiet Flyway still uses. */
  private interface Ziel {
    boolean debugAn();

    void debug(String meldung);

    void warn(String meldung);

    void error(String meldung, @Nullable Exception e);
  }

  /** Flyway's levels one lower: INFO and NOTICE become DEBUG; the rest keep their level. */
  private static final class Leise implements Log {
    private final Ziel ziel;

    private Leise(Ziel ziel) {
      this.ziel = ziel;
    }

    /**
     * Flyway 11's {@code Log} asks this (an abstract method there, absent in Flyway 13.12.0 and
     * deprecated again in 13.12.2): without it a host on Flyway 11 would fail with an {@link
     * AbstractMethodError} at the first call.
     */
    @SuppressWarnings({"MissingOverride", "deprecation"})
    public boolean isDebugEnabled() {
      return ziel.debugAn();
    }

    @Override
    public void debug(String meldung) {
      ziel.debug(meldung);
    }

    @Override
    public void info(String meldung) {
      ziel.debug(meldung);
    }

    @Override
    public void notice(String meldung) {
      ziel.debug(meldung);
    }

    @Override
    public void warn(String meldung) {
      ziel.warn(meldung);
    }

    @Override
    public void error(String meldung) {
      ziel.error(meldung, null);
    }

    @Override
    public void error(String meldung, Exception e) {
      ziel.error(meldung, e);
    }
  }

  /** Through SLF4J; a class of its own, loaded only when SLF4J is there. */
  private static final class Slf4jZiel implements Ziel {
    private final org.slf4j.Logger logger;

    private Slf4jZiel(org.slf4j.Logger logger) {
      this.logger = logger;
    }

    static Ziel fuer(Class<?> klasse) {
      return new Slf4jZiel(org.slf4j.LoggerFactory.getLogger(klasse));
    }

    @Override
    public boolean debugAn() {
      return logger.isDebugEnabled();
    }

    @Override
    public void debug(String meldung) {
      logger.debug(meldung);
    }

    @Override
    public void warn(String meldung) {
      logger.warn(meldung);
    }

    @Override
    public void error(String meldung, @Nullable Exception e) {
      logger.error(meldung, e);
    }
  }

  /** Through {@code java.util.logging}, for a host without SLF4J (debug as {@code FINE}). */
  private static final class JulZiel implements Ziel {
    private final java.util.logging.Logger logger;

    private JulZiel(Class<?> klasse) {
      this.logger = java.util.logging.Logger.getLogger(klasse.getName());
    }

    @Override
    public boolean debugAn() {
      return logger.isLoggable(java.util.logging.Level.FINE);
    }

    @Override
    public void debug(String meldung) {
      logger.fine(meldung);
    }

    @Override
    public void warn(String meldung) {
      logger.warning(meldung);
    }

    @Override
    public void error(String meldung, @Nullable Exception e) {
      logger.log(java.util.logging.Level.SEVERE, meldung, e);
    }
  }
}

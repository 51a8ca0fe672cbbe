package de.kekiz.reporting.pdf;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Routes openhtmltopdf's log through the host's logging instead of its own console.
 *
 * <p>openhtmltopdf's default logger ({@link JDKXRLogger}) gives its {@code java.util.logging}
 * loggers a console handler of their own that writes to {@code System.err}, past the host's
 * logging. This one hands every message to the plain {@code java.util.logging} logger of the same
 * name, which the host's logging receives (Spring Boot and SLF4J's {@code jul-to-slf4j} bridge it
 * to SLF4J), and lowers openhtmltopdf's INFO messages, which describe the layout of every report,
 * to FINE (DEBUG). Warnings and errors keep their level.
 */
final class OpenhtmltopdfProtokoll implements XRLogger {

  private OpenhtmltopdfProtokoll() {}

  /**
   * Installs this logger unless the host chose a logger of its own: openhtmltopdf has one logger
   * per JVM, and only its default is replaced.
   */
  static synchronized void installiere() {
    XRLogger bisher = XRLog.getLoggerImpl(); // null until openhtmltopdf logs for the first time
    if (bisher == null || bisher.getClass() == JDKXRLogger.class) {
      XRLog.setLoggerImpl(new OpenhtmltopdfProtokoll());
    }
  }

  private static Level stufe(Level level) {
    return level.intValue() < Level.WARNING.intValue() ? Level.FINE : level;
  }

  @Override
  public void log(String where, Level level, String msg) {
    Logger.getLogger(where).log(stufe(level), msg);
  }

  @Override
  public void log(String where, Level level, String msg, Throwable th) {
    Logger.getLogger(where).log(stufe(level), msg, th);
  }

  @Override
  public void setLevel(String logger, Level level) {
    // the host's logging configuration decides the levels
  }

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    return Logger.getLogger(diagnostic.getLogMessageId().getWhere())
        .isLoggable(stufe(diagnostic.getLevel()));
  }
}

package de.kekiz.examples;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.indikator.Indikator;
import de.kekiz.fixtures.Beispielkommune;
import de.kekiz.fixtures.KekizFixtures;
import de.kekiz.monitoring.veroeffentlichung.Veroeffentlichung;
import de.kekiz.monitoring.veroeffentlichung.Veroeffentlichungsauftrag;
import de.kekiz.monitoring.veroeffentlichung.Veroeffentlichungsdienst;
import de.kekiz.persistence.KekizPersistenz;
import de.kekiz.port.Duplikatregel;
import de.kekiz.reporting.bericht.Berichtsoptionen;
import de.kekiz.reporting.bericht.Monitoringbericht;
import de.kekiz.reporting.pdf.PdfBerichtWriter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * kekiz embedded as a host embeds it — persistence on the host's DataSource, built twice (the
 * second time on a migrated database), a report rendered to PDF — must leave the host's console and
 * log alone: nothing written to {@code System.out} or {@code System.err} directly, no logo, tip of
 * the day or line on the database version from jOOQ, and no INFO line or above from openhtmltopdf
 * or pdfbox (their messages reach the host's logging, here {@code java.util.logging} through
 * slf4j-jdk14, at DEBUG). Runs in a JVM of its own (failsafe forks one per test class), since jOOQ
 * logs its logo once per JVM.
 */
@DisplayName("kekiz embedded in a host")
class StilleEinbettungIT {

  /**
   * The loggers that must stay below INFO: jOOQ's logo and tip of the day ({@code
   * org.jooq.Constants}), jOOQ's one line per JVM on the database version ({@code
   * org.jooq.impl.DefaultExecuteContext.logVersionSupport}), openhtmltopdf, pdfbox and its font
   * handling. Not among them: Flyway (INFO while it migrates, here on the first build; {@link
   * FlywayStilleIT} checks the second).
   */
  private static final List<String> STILLE_LOGGER =
      List.of(
          "org.jooq.Constants",
          "org.jooq.impl.DefaultExecuteContext",
          "com.openhtmltopdf",
          "org.apache.pdfbox",
          "org.apache.fontbox");

  /** jOOQ's switch for the logger of its line on the database version (see JooqStille). */
  private static final String VERSIONSZEILE =
      "org.jooq.log.org.jooq.impl.DefaultExecuteContext.logVersionSupport";

  /** Keeps every log record the host's logging receives. */
  private static final class Sammler extends Handler {
    final List<LogRecord> saetze = new ArrayList<>();

    @Override
    public synchronized void publish(LogRecord satz) {
      saetze.add(satz);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  @Test
  @DisplayName(
      "writes nothing to the console, shows no jOOQ logo, tip or version line, and logs nothing at"
          + " INFO from openhtmltopdf or pdfbox")
  void stillImWirt() throws Exception {
    assertThat(System.getProperty("org.jooq.no-logo")).as("the host set org.jooq.no-logo").isNull();
    assertThat(System.getProperty("org.jooq.no-tips")).as("the host set org.jooq.no-tips").isNull();
    assertThat(System.getProperty(VERSIONSZEILE)).as("the host set " + VERSIONSZEILE).isNull();

    // the host's logging: java.util.logging's root logger, its console handler set aside, so that
    // what reaches the console below was written there directly
    Logger wurzel = Logger.getLogger("");
    Handler[] konsole = wurzel.getHandlers();
    Sammler sammler = new Sammler();
    for (Handler h : konsole) {
      wurzel.removeHandler(h);
    }
    wurzel.addHandler(sammler);
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream ausgabe = new ByteArrayOutputStream();
    PrintStream abgefangen = new PrintStream(ausgabe, true, StandardCharsets.UTF_8);
    System.setOut(abgefangen);
    System.setErr(abgefangen);
    long pdfBytes;
    try {
      pdfBytes = bettetEin();
    } finally {
      System.setOut(out);
      System.setErr(err);
      wurzel.removeHandler(sammler);
      for (Handler h : konsole) {
        wurzel.addHandler(h);
      }
    }

    assertThat(pdfBytes).as("the PDF was written").isGreaterThan(10_000);
    assertThat(System.getProperty("org.jooq.no-logo")).as("org.jooq.no-logo afterwards").isNull();
    assertThat(System.getProperty(VERSIONSZEILE)).as(VERSIONSZEILE + " afterwards").isNull();
    assertThat(ausgabe.toString(StandardCharsets.UTF_8)).as("System.out and System.err").isEmpty();
    List<String> laut = new ArrayList<>();
    for (LogRecord satz : sammler.saetze) {
      String name = satz.getLoggerName() == null ? "" : satz.getLoggerName();
      if (satz.getLevel().intValue() >= Level.INFO.intValue()
          && STILLE_LOGGER.stream().anyMatch(name::startsWith)) {
        laut.add(satz.getLevel() + " " + name + ": " + satz.getMessage());
      }
    }
    assertThat(laut)
        .as("INFO and above from jOOQ's logo, tips and version line, openhtmltopdf, pdfbox")
        .isEmpty();
  }

  /** Embeds kekiz as a host would and returns the size of the PDF it rendered. */
  private static long bettetEin() throws Exception {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:stille;DB_CLOSE_DELAY=-1");
    Beispielkommune ahlen = KekizFixtures.ahlen();
    KekizPersistenz erste = KekizPersistenz.builder().dataSource(ds).build();
    for (Indikator i : ahlen.indikatoren()) {
      erste.indikatoren().save(i);
    }
    erste.kommunen().save(ahlen.kommune());
    erste.leitbilder().save(ahlen.leitbild());
    erste.praeventionsketten().save(ahlen.kette());
    erste.messwerte().saveAll(ahlen.messwerte(), Duplikatregel.ERSETZEN);

    // the host's next start: the schema is up to date
    KekizPersistenz p = KekizPersistenz.builder().dataSource(ds).build();
    Veroeffentlichungsauftrag auftrag = Berichterstellung.auftrag(LocalDate.of(2025, 6, 30));
    Veroeffentlichungsdienst dienst =
        new Veroeffentlichungsdienst(
            p.kommunen(), p.indikatoren(), p.messwerte(), p.leitbilder(), p.praeventionsketten());
    Veroeffentlichung v = dienst.veroeffentliche(List.of(ahlen.schluessel()), auftrag);
    Monitoringbericht bericht =
        Monitoringbericht.builder(v.teile().get(0))
            .erstelltAm(LocalDate.of(2025, 7, 1))
            .datenschutzhinweis(Monitoringbericht.datenschutzhinweis(auftrag))
            .build();
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    new PdfBerichtWriter().schreibe(bericht, Berichtsoptionen.STANDARD, pdf);
    return pdf.size();
  }
}

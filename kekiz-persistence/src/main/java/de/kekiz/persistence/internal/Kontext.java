package de.kekiz.persistence.internal;

import static de.kekiz.persistence.internal.db.Tables.AUDIT;
import static java.util.Objects.requireNonNull;

import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.persistence.Datenbank;
import de.kekiz.persistence.Mandant;
import de.kekiz.persistence.Transaktionsmodus;
import de.kekiz.port.Benutzerkontext;
import de.kekiz.port.MandantenverletzungException;
import de.kekiz.port.PersistenzException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jooq.Condition;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConnectionProvider;
import org.jspecify.annotations.Nullable;

/**
 * What every repository needs: the configured jOOQ context, the database, the transaction mode, the
 * clock, the user, the Mandant and the sizes of batches and fetches. Runs units of work in the
 * configured transaction mode and wraps database errors in {@link PersistenzException}. Immutable
 * and thread-safe; holds no connection.
 */
public final class Kontext {

  /** A unit of work on one connection. */
  @FunctionalInterface
  public interface Arbeit<T> {
    /** Does the work with {@code ctx}, bound to one connection. */
    T tue(DSLContext ctx);
  }

  /** An iterator over rows that holds a database cursor until it is closed. */
  public interface Zeilen<T> extends Iterator<T>, AutoCloseable {
    @Override
    void close();

    /** No rows, holding nothing. */
    static <T> Zeilen<T> leer() {
      return new Zeilen<>() {
        @Override
        public boolean hasNext() {
          return false;
        }

        @Override
        public T next() {
          throw new NoSuchElementException();
        }

        @Override
        public void close() {
          // holds nothing
        }
      };
    }
  }

  private final DSLContext dsl;
  private final Datenbank datenbank;
  private final Transaktionsmodus modus;
  private final Clock uhr;
  private final Benutzerkontext benutzerkontext;
  private final Mandant mandant;
  private final int abrufgroesse;
  private final int stapelgroesse;
  private final boolean ordnetWieJava;

  /**
   * @param dsl the jOOQ context with the adapter's settings and the host's connections
   * @param datenbank the database
   * @param modus the transaction mode
   * @param uhr the clock for the audit trail
   * @param benutzerkontext who acts
   * @param mandant whose data may be seen and changed
   * @param abrufgroesse the fetch size of streamed reads
   * @param stapelgroesse the number of rows per batch of a bulk load
   * @param ordnetWieJava whether the database orders text like {@link String#compareTo} by itself
   */
  public Kontext(
      DSLContext dsl,
      Datenbank datenbank,
      Transaktionsmodus modus,
      Clock uhr,
      Benutzerkontext benutzerkontext,
      Mandant mandant,
      int abrufgroesse,
      int stapelgroesse,
      boolean ordnetWieJava) {
    this.dsl = requireNonNull(dsl, "dsl");
    this.datenbank = requireNonNull(datenbank, "datenbank");
    this.modus = requireNonNull(modus, "modus");
    this.uhr = requireNonNull(uhr, "uhr");
    this.benutzerkontext = requireNonNull(benutzerkontext, "benutzerkontext");
    this.mandant = requireNonNull(mandant, "mandant");
    this.abrufgroesse = abrufgroesse;
    this.stapelgroesse = stapelgroesse;
    this.ordnetWieJava = ordnetWieJava;
  }

  /** The same context for {@code neuerMandant}. */
  public Kontext withMandant(Mandant neuerMandant) {
    return new Kontext(
        dsl,
        datenbank,
        modus,
        uhr,
        benutzerkontext,
        neuerMandant,
        abrufgroesse,
        stapelgroesse,
        ordnetWieJava);
  }

  /** The database. */
  public Datenbank datenbank() {
    return datenbank;
  }

  /** The Mandant. */
  public Mandant mandant() {
    return mandant;
  }

  /** The transaction mode. */
  public Transaktionsmodus modus() {
    return modus;
  }

  /** The fetch size of streamed reads. */
  public int abrufgroesse() {
    return abrufgroesse;
  }

  /** The number of rows per batch of a bulk load. */
  public int stapelgroesse() {
    return stapelgroesse;
  }

  // ---------------------------------------------------------------- units of work

  /**
   * Runs {@code arbeit} all or nothing: in a transaction of its own ({@link
   * Transaktionsmodus#EIGENE}) or inside the caller's transaction under a savepoint ({@link
   * Transaktionsmodus#DES_AUFRUFERS}).
   *
   * @throws PersistenzException naming {@code gegenstand} if the database fails
   * @throws IllegalStateException in mode {@code DES_AUFRUFERS} if the connection is in auto-commit
   *     mode, in mode {@code EIGENE} if it is not (it belongs to the caller's transaction): nothing
   *     is written then
   */
  public <T> T schreibe(String gegenstand, Arbeit<T> arbeit) {
    try {
      if (modus == Transaktionsmodus.EIGENE) {
        return dsl.connectionResult(
            c -> {
              pruefeKeineFremdeTransaktion(c);
              return gebunden(c).transactionResult(cfg -> arbeit.tue(cfg.dsl()));
            });
      }
      return dsl.connectionResult(c -> imTransaktionDesAufrufers(c, arbeit));
    } catch (org.jooq.exception.DataAccessException e) {
      throw new PersistenzException(gegenstand, e);
    }
  }

  /**
   * Refuses a connection that arrives outside auto-commit mode in mode {@link
   * Transaktionsmodus#EIGENE}: it is the connection of a transaction the caller runs (a
   * transaction-aware DataSource hands it out), and a transaction of its own would commit the
   * caller's work with it.
   */
  private static void pruefeKeineFremdeTransaktion(Connection c) throws SQLException {
    if (!c.getAutoCommit()) {
      throw new IllegalStateException(
          "kekiz: Transaktionsmodus EIGENE braucht eine Verbindung im Auto-Commit-Modus, die"
              + " DataSource gab aber eine ohne Auto-Commit, also die Verbindung einer laufenden"
              + " Transaktion des Aufrufers. Ein eigenes Commit hätte dessen Arbeit mit"
              + " festgeschrieben; nichts wurde geschrieben. Wählen Sie"
              + " transaktion(Transaktionsmodus.DES_AUFRUFERS), um diese Transaktion mitzunutzen.");
    }
  }

  private <T> T imTransaktionDesAufrufers(Connection c, Arbeit<T> arbeit) throws SQLException {
    if (c.getAutoCommit()) {
      throw new IllegalStateException(
          "kekiz: Transaktionsmodus DES_AUFRUFERS braucht eine Verbindung in einer laufenden"
              + " Transaktion des Aufrufers (Auto-Commit aus), die DataSource gab aber eine im"
              + " Auto-Commit-Modus: die Änderung wäre nicht ganz oder gar nicht geschehen, also"
              + " wurde nichts geschrieben. Starten Sie vorher eine Transaktion (unter Spring:"
              + " @Transactional) oder wählen Sie transaktion(Transaktionsmodus.EIGENE).");
    }
    Savepoint sicherung = c.setSavepoint();
    T ergebnis;
    try {
      ergebnis = arbeit.tue(gebunden(c));
    } catch (RuntimeException | Error e) {
      try {
        c.rollback(sicherung);
      } catch (SQLException r) {
        e.addSuppressed(r);
      }
      throw e;
    }
    c.releaseSavepoint(sicherung);
    return ergebnis;
  }

  /**
   * Runs {@code arbeit} on one connection without a transaction of its own (reads).
   *
   * @throws PersistenzException naming {@code gegenstand} if the database fails
   */
  public <T> T lese(String gegenstand, Arbeit<T> arbeit) {
    try {
      return dsl.connectionResult(c -> arbeit.tue(gebunden(c)));
    } catch (org.jooq.exception.DataAccessException e) {
      throw new PersistenzException(gegenstand, e);
    }
  }

  /**
   * Opens a stream over the rows {@code oeffne} returns, on a connection held until the stream is
   * closed. In mode {@link Transaktionsmodus#EIGENE} a connection in auto-commit mode is switched
   * to a read transaction for the stream's lifetime (PostgreSQL uses a cursor with the fetch size
   * only then) and switched back on close.
   *
   * @throws PersistenzException naming {@code gegenstand} if the database fails, also while the
   *     stream is consumed
   */
  public <T> Stream<T> strom(String gegenstand, Function<DSLContext, Zeilen<T>> oeffne) {
    ConnectionProvider anbieter = dsl.configuration().connectionProvider();
    Connection c;
    try {
      c = requireNonNull(anbieter.acquire(), "connection");
    } catch (org.jooq.exception.DataAccessException e) {
      throw new PersistenzException(gegenstand, e);
    }
    boolean zuruecksetzen = false;
    Zeilen<T> zeilen;
    try {
      if (modus == Transaktionsmodus.EIGENE && c.getAutoCommit()) {
        c.setAutoCommit(false);
        zuruecksetzen = true;
      }
      zeilen = oeffne.apply(gebunden(c));
    } catch (SQLException | RuntimeException e) {
      schliesse(anbieter, c, zuruecksetzen, e);
      throw fehler(gegenstand, e);
    }
    boolean zurueck = zuruecksetzen;
    Iterator<T> geschuetzt =
        new Iterator<>() {
          @Override
          public boolean hasNext() {
            try {
              return zeilen.hasNext();
            } catch (org.jooq.exception.DataAccessException e) {
              throw new PersistenzException(gegenstand, e);
            }
          }

          @Override
          public T next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            try {
              return zeilen.next();
            } catch (org.jooq.exception.DataAccessException e) {
              throw new PersistenzException(gegenstand, e);
            }
          }
        };
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(
                geschuetzt, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(
            () -> {
              try {
                zeilen.close();
              } finally {
                schliesse(anbieter, c, zurueck, null);
              }
            });
  }

  private static RuntimeException fehler(String gegenstand, Exception e) {
    if (e instanceof RuntimeException r && !(e instanceof org.jooq.exception.DataAccessException)) {
      return r;
    }
    return new PersistenzException(gegenstand, e);
  }

  private static void schliesse(
      ConnectionProvider anbieter, Connection c, boolean zuruecksetzen, @Nullable Exception grund) {
    try {
      if (zuruecksetzen) {
        c.rollback();
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      if (grund != null) {
        grund.addSuppressed(e);
      } else {
        throw new PersistenzException("Schließen eines Streams von Zeilen", e);
      }
    } finally {
      anbieter.release(c);
    }
  }

  /** A context bound to {@code c}, keeping every other part of the configuration. */
  private DSLContext gebunden(Connection c) {
    return dsl.configuration().derive(new DefaultConnectionProvider(c)).dsl();
  }

  // ---------------------------------------------------------------- Mandant

  /**
   * @throws MandantenverletzungException naming {@code gegenstand} if the Mandant does not cover
   *     {@code kommune}
   */
  public void pruefeMandant(Gemeindeschluessel kommune, String gegenstand) {
    if (!mandant.umfasst(kommune)) {
      throw new MandantenverletzungException(mandant.toString(), gegenstand);
    }
  }

  /**
   * The condition that restricts rows to the Mandant's Kommunen by their {@code kommune} column.
   */
  public Condition mandantBedingung(Field<String> kommune) {
    if (mandant.einzelneKommune().isPresent()) {
      return kommune.eq(mandant.einzelneKommune().get().wert());
    }
    if (mandant.kreisMitGemeinden().isPresent()) {
      return kommune.startsWith(mandant.kreisMitGemeinden().get().wert());
    }
    return DSL.noCondition();
  }

  /**
   * {@code text} for ORDER BY in the order of {@link String#compareTo} (the domain's order, for the
   * keys the domain allows): as it is where the database orders text by code point already (H2
   * unless the host set a collation with {@code SET COLLATION}, which the adapter does not support;
   * PostgreSQL with a C or POSIX database collation), else with the collation "C".
   */
  public Field<String> javaOrdnung(Field<String> text) {
    return ordnetWieJava ? text : DSL.field("{0} collate \"C\"", String.class, text);
  }

  // ---------------------------------------------------------------- audit

  /** Now, from the clock, as stored in the audit trail. */
  public OffsetDateTime jetzt() {
    return OffsetDateTime.ofInstant(uhr.instant(), ZoneOffset.UTC);
  }

  /**
   * Who acts, from the host's {@link Benutzerkontext}.
   *
   * @throws IllegalStateException if it names nobody
   */
  public String benutzer() {
    String b = benutzerkontext.benutzer();
    if (b == null || b.isBlank()) {
      throw new IllegalStateException(
          "kekiz: der Benutzerkontext nennt keinen Benutzer ('"
              + b
              + "'): jede Änderung braucht einen für das Auditprotokoll");
    }
    return b;
  }

  /**
   * Writes an audit entry in the transaction of {@code ctx}.
   *
   * @return the entry's id
   */
  public long auditiere(
      DSLContext ctx,
      String aggregat,
      String kennung,
      @Nullable Gemeindeschluessel kommune,
      String aktion,
      @Nullable Long vorher,
      @Nullable Long nachher,
      String aenderung) {
    return ctx.insertInto(AUDIT)
        .set(AUDIT.ZEITPUNKT, jetzt())
        .set(AUDIT.BENUTZER, benutzer())
        .set(AUDIT.AGGREGAT, aggregat)
        .set(AUDIT.KENNUNG, kennung)
        .set(AUDIT.KOMMUNE, kommune == null ? null : kommune.wert())
        .set(AUDIT.AKTION, aktion)
        .set(AUDIT.REVISION_VORHER, vorher)
        .set(AUDIT.REVISION_NACHHER, nachher)
        .set(AUDIT.AENDERUNG, aenderung)
        .returningResult(AUDIT.ID)
        .fetchSingle()
        .value1();
  }
}

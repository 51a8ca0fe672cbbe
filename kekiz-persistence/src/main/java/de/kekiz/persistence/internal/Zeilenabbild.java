package de.kekiz.persistence.internal;

import static java.util.Objects.requireNonNull;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONFormat;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jooq.tools.jdbc.MockConnection;
import org.jooq.tools.jdbc.MockDataProvider;
import org.jooq.tools.jdbc.MockResult;

/**
 * The stored form of an aggregate's earlier state: the rows its loader read, recorded while the
 * loader ran and replayed to the same loader to read the state back.
 *
 * <p>{@link #nimmAuf} runs a loader on a connection that hands every query on to the real one and
 * keeps each result with every value as text; {@link #dokument()} is those results as one document
 * of jOOQ's JSON format (a result of one column whose values are the results in the order the
 * loader ran its queries). {@link #spieleAb} runs the loader on a connection that answers its
 * queries, in order, with the stored results, so the state reads back through the code that reads
 * the live rows: every column the loader reads survives, and the values convert back to their types
 * as they do from the database (text keeps every digit of a decimal and every day of a date). A
 * loader is deterministic in the queries it runs for given results, which is what makes the replay
 * exact; a document with fewer or more results than the loader asks for is refused.
 *
 * @param <A> what the loader returns
 */
public final class Zeilenabbild<A> {

  private static final String SPALTE = "abfrage";

  private final A wert;
  private final String dokument;

  private Zeilenabbild(A wert, String dokument) {
    this.wert = wert;
    this.dokument = dokument;
  }

  /** {@return what the loader returned} */
  public A wert() {
    return wert;
  }

  /** {@return the rows the loader read, as a document to store} */
  public String dokument() {
    return dokument;
  }

  /**
   * Runs {@code laden} against the database of {@code ctx}, in its transaction, and records what it
   * reads.
   *
   * @param ctx the live context
   * @param laden the aggregate's loader
   * @param <A> what the loader returns
   * @return its result and the document of what it read
   */
  public static <A> Zeilenabbild<A> nimmAuf(DSLContext ctx, Function<DSLContext, A> laden) {
    requireNonNull(ctx, "ctx");
    requireNonNull(laden, "laden");
    List<Result<Record>> ergebnisse = new ArrayList<>();
    MockDataProvider aufnahme =
        m -> {
          Result<Record> text =
              ctx.connectionResult(
                  c -> {
                    try (PreparedStatement ps = c.prepareStatement(m.sql())) {
                      Object[] werte = m.bindings();
                      for (int i = 0; i < werte.length; i++) {
                        ps.setObject(i + 1, werte[i]);
                      }
                      try (ResultSet rs = ps.executeQuery()) {
                        return alsText(ctx, ctx.fetch(rs));
                      }
                    }
                  });
          ergebnisse.add(text);
          return new MockResult[] {new MockResult(text.size(), text)};
        };
    A wert = laden.apply(ueber(ctx, aufnahme));
    Field<String> spalte = DSL.field(DSL.name(SPALTE), SQLDataType.VARCHAR);
    Result<Record1<String>> dokument = ctx.newResult(spalte);
    for (Result<Record> e : ergebnisse) {
      Record1<String> r = ctx.newRecord(spalte);
      r.value1(e.formatJSON(JSONFormat.DEFAULT_FOR_RESULTS));
      dokument.add(r);
    }
    return new Zeilenabbild<>(wert, dokument.formatJSON(JSONFormat.DEFAULT_FOR_RESULTS));
  }

  /**
   * Runs {@code laden} against the results stored in {@code dokument}, without touching the
   * database.
   *
   * @param ctx a context of the adapter's dialect and settings
   * @param dokument what {@link #dokument()} returned when the state was recorded
   * @param laden the aggregate's loader
   * @param <A> what the loader returns
   * @return what the loader returns from the stored results
   * @throws org.jooq.exception.DataAccessException if the document does not hold exactly the
   *     results the loader asks for
   */
  public static <A> A spieleAb(DSLContext ctx, String dokument, Function<DSLContext, A> laden) {
    requireNonNull(ctx, "ctx");
    requireNonNull(dokument, "dokument");
    requireNonNull(laden, "laden");
    List<Result<Record>> ergebnisse = new ArrayList<>();
    for (Record r : ctx.fetchFromJSON(dokument)) {
      ergebnisse.add(ctx.fetchFromJSON(r.get(0, String.class)));
    }
    Iterator<Result<Record>> naechstes = ergebnisse.iterator();
    MockDataProvider wiedergabe =
        m -> {
          if (!naechstes.hasNext()) {
            throw new SQLException(
                "der gespeicherte Stand enthält "
                    + ergebnisse.size()
                    + " Ergebnisse, sein Lader verlangt mehr: "
                    + m.sql());
          }
          Result<Record> e = naechstes.next();
          return new MockResult[] {new MockResult(e.size(), e)};
        };
    A wert = laden.apply(ueber(ctx, wiedergabe));
    if (naechstes.hasNext()) {
      throw new org.jooq.exception.DataAccessException(
          "der gespeicherte Stand enthält "
              + ergebnisse.size()
              + " Ergebnisse, sein Lader las weniger: die Tabellen haben sich seit dem Speichern"
              + " geändert");
    }
    return wert;
  }

  /**
   * A context of the dialect and settings (table names, schema) of {@code ctx} whose queries {@code
   * antworten} answers. A new context, not one derived from {@code ctx}: inside a transaction jOOQ
   * keeps the transaction's connection in a derived one.
   */
  private static DSLContext ueber(DSLContext ctx, MockDataProvider antworten) {
    return DSL.using(new MockConnection(antworten), ctx.dialect(), ctx.settings());
  }

  /** {@code echt} with every column as text: a value's text form, null as null. */
  private static Result<Record> alsText(DSLContext ctx, Result<Record> echt) {
    List<Field<String>> spalten = new ArrayList<>();
    for (Field<?> f : echt.fields()) {
      spalten.add(DSL.field(DSL.name(f.getName()), SQLDataType.VARCHAR));
    }
    Result<Record> text = ctx.newResult(spalten);
    for (Record r : echt) {
      Record t = ctx.newRecord(spalten);
      for (int i = 0; i < spalten.size(); i++) {
        Object v = r.get(i);
        t.set(spalten.get(i), v == null ? null : text(v));
      }
      text.add(t);
    }
    return text;
  }

  /**
   * The text form a value converts back from: ISO dates, a decimal's digits with its scale, {@code
   * true}/{@code false}.
   */
  private static String text(Object v) {
    if (v instanceof java.sql.Date d) {
      return d.toLocalDate().toString();
    }
    if (v instanceof java.sql.Timestamp t) {
      return t.toLocalDateTime().toString();
    }
    if (v instanceof byte[]) {
      throw new IllegalArgumentException(
          "eine binäre Spalte lässt sich nicht als Text aufbewahren");
    }
    return v.toString();
  }
}

/**
 * The storage adapter of kekiz: every repository port of {@code de.kekiz.port} implemented with
 * jOOQ on H2 or PostgreSQL, for embedding in a host application.
 *
 * <p>Start at {@link de.kekiz.persistence.KekizPersistenz}: give it the host's {@code DataSource}
 * (or a jOOQ {@code DSLContext}), and it hands out the repositories. It creates no connection pool
 * and keeps no global state; it either runs each change in a transaction of its own or joins the
 * caller's ({@link de.kekiz.persistence.Transaktionsmodus}); it puts its tables into the schema and
 * under the table-name prefix the host chooses; it migrates them with Flyway under its own history
 * table, or hands the scripts to the host's migration tool ({@link
 * de.kekiz.persistence.KekizPersistenz#migrationsskripte()}).
 *
 * <p>Repositories opened for a {@link de.kekiz.persistence.Mandant} see and change only that
 * Kommune's (or that Kreis's) data. Every change is written to an audit trail ({@link
 * de.kekiz.persistence.JooqAuditprotokoll}) with the host's {@link de.kekiz.port.Benutzerkontext}
 * and the injected {@link java.time.Clock}. Errors of the database arrive as {@link
 * de.kekiz.port.PersistenzException}, naming the aggregate or the input row that failed.
 */
@NullMarked
package de.kekiz.persistence;

import org.jspecify.annotations.NullMarked;

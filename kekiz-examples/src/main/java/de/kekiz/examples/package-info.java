/**
 * The command-line main job ({@link de.kekiz.examples.Hauptprogramm}, packaged as {@code
 * kekiz-examples/target/kekiz.jar}) and runnable examples of every module.
 *
 * <p>The commands, each a complete use of the modules:
 *
 * <ul>
 *   <li>{@code demo}: opens the database, loads the example Kommunen of the core's fixtures (those
 *       stored already are kept), runs the monitoring ({@code de.kekiz.monitoring}) and writes
 *       every report format ({@code de.kekiz.reporting.bericht}) per Kommune;
 *   <li>{@code import}: reads GENESIS, kekiz CSV and XLSX files ({@link de.kekiz.importe}), checks
 *       what it read against the indicator definitions and Kommunen in the database and stores it
 *       in one transaction, or nothing;
 *   <li>{@code report}: the monitoring and the report of one Kommune from the database;
 *   <li>{@code zusammenfassung} (also without a command): a text summary of the example Kommunen,
 *       without a database.
 * </ul>
 *
 * <p>The database is an embedded H2 database in a file under {@code --daten} or any PostgreSQL
 * database given by {@code --jdbc-url}; the main job embeds kekiz-persistence as a host application
 * would, on its own connection and transactions.
 */
@NullMarked
package de.kekiz.examples;

import org.jspecify.annotations.NullMarked;

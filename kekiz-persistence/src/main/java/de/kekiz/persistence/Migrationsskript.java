package de.kekiz.persistence;

import static java.util.Objects.requireNonNull;

/**
 * One migration script of the kekiz schema, with its placeholders filled, for a host that runs its
 * own migration tool (Flyway, Liquibase, its own): run the scripts in the order given, once each,
 * in the schema the adapter is configured for.
 *
 * @param name the Flyway file name, e.g. {@code V1__kekiz_schema.sql}; its version orders the
 *     scripts
 * @param sql the SQL text, statements separated by {@code ;} at the end of a line
 */
public record Migrationsskript(String name, String sql) {

  /**
   * Checks that both components are given.
   *
   * @param name the Flyway file name
   * @param sql the SQL text
   * @throws NullPointerException naming a missing component
   */
  public Migrationsskript {
    requireNonNull(name, "name");
    requireNonNull(sql, "sql");
  }

  /** Returns the name, e.g. {@code V1__kekiz_schema.sql}. */
  @Override
  public String toString() {
    return name;
  }
}

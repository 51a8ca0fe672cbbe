/**
 * A Spring Boot application as a Fachverfahren team would write it, embedding kekiz with the
 * README's configuration only: Boot's HikariCP, the host's own Flyway with its own {@code kommune}
 * table, and kekiz's auto-configuration. {@link de.kekiz.beispiel.spring.Einrichtungsdienst} writes
 * to the host's table and through kekiz in one Spring transaction.
 */
@NullMarked
package de.kekiz.beispiel.spring;

import org.jspecify.annotations.NullMarked;

/**
 * Spring Boot support for the storage adapter: an auto-configuration that Boot applies when it
 * finds kekiz-persistence on the class path, and that does nothing without Boot (the Spring
 * dependencies of kekiz-persistence are optional).
 *
 * <p>{@link de.kekiz.persistence.spring.KekizAutoKonfiguration} builds one {@link
 * de.kekiz.persistence.KekizPersistenz} on the application's {@code DataSource} after the host's
 * own database migrations, joining Spring's transactions; {@link
 * de.kekiz.persistence.spring.KekizEigenschaften} holds the properties {@code kekiz.persistenz.*}.
 */
@NullMarked
package de.kekiz.persistence.spring;

import org.jspecify.annotations.NullMarked;

/**
 * The port contract kit: one abstract JUnit 5 class per repository port. An adapter proves that
 * it keeps a port's contract by extending the class and supplying a fresh, empty repository:
 *
 * <pre>{@code
 * class JooqKommuneRepositoryTest extends KommuneRepositoryContract {
 *   @Override protected KommuneRepository neuesRepository() { return new JooqKommuneRepository(dsl); }
 * }
 * }</pre>
 *
 * <p>The kit needs JUnit Jupiter only (no AssertJ), so any JUnit 5 test suite can run it.
 */
@NullMarked
package de.kekiz.port.kontrakt;

import org.jspecify.annotations.NullMarked;

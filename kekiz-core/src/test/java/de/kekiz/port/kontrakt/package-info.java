/**
 * The port contract kit: one abstract JUnit 5 class per repository port ({@link
 * de.kekiz.port.kontrakt.KommuneRepositoryContract}, {@link
 * de.kekiz.port.kontrakt.LeitbildRepositoryContract}, {@link
 * de.kekiz.port.kontrakt.PraeventionsketteRepositoryContract}, {@link
 * de.kekiz.port.kontrakt.IndikatorRepositoryContract}, {@link
 * de.kekiz.port.kontrakt.MesswertRepositoryContract}, {@link
 * de.kekiz.port.kontrakt.FoerderprogrammRepositoryContract}, {@link
 * de.kekiz.port.kontrakt.LernnetzwerkRepositoryContract}). An adapter proves that it keeps a port's
 * contract by extending the class and supplying a fresh, empty repository; the kit calls {@code
 * neuesRepository()} once before each test:
 *
 * <pre>{@code
 * class JooqKommuneRepositoryTest extends KommuneRepositoryContract {
 *   @Override protected KommuneRepository neuesRepository() { return new JooqKommuneRepository(dsl); }
 * }
 * }</pre>
 *
 * <p>The aggregate contracts share {@link de.kekiz.port.kontrakt.AggregatRepositoryContract}
 * (not-found, round trip, optimistic versioning, deletion). The checks are grouped with
 * {@code @Nested} classes and named by {@code @DisplayName} sentences; they store the samples of
 * {@link de.kekiz.port.kontrakt.KontraktBeispiele}. The kit needs JUnit Jupiter only (no AssertJ),
 * so any JUnit 5 test suite can run it. {@code de.kekiz.port.kontrakt.kaputt} shows each contract
 * failing against a deliberately broken adapter.
 */
@NullMarked
package de.kekiz.port.kontrakt;

import org.jspecify.annotations.NullMarked;

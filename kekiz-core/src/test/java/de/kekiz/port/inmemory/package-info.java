/**
 * In-memory adapters of the repository ports, for tests and examples: honest, thread-safe
 * implementations that keep every port's contract (each adapter's test extends the port's contract
 * from {@link de.kekiz.port.kontrakt}). They hold everything on the heap and lose it with the JVM;
 * use {@link de.kekiz.port.inmemory.InMemoryRepositories} to get one of each.
 */
@NullMarked
package de.kekiz.port.inmemory;

import org.jspecify.annotations.NullMarked;

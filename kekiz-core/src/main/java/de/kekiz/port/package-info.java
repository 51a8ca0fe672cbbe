/**
 * Driven ports: what the domain needs from the outside world, named by role. One repository per
 * aggregate, each with a documented contract (ordering, not-found, optimistic versioning on save)
 * that the abstract contract tests in the core test-jar check for every implementation. Time comes
 * from an injected {@link java.time.Clock}.
 *
 * <p>Adapters never leak their technology's exceptions through a port: they wrap them in {@link
 * de.kekiz.port.PersistenzException} or report a {@link de.kekiz.port.VersionskonfliktException}.
 */
@NullMarked
package de.kekiz.port;

import org.jspecify.annotations.NullMarked;

/**
 * Implementation details of the storage adapter: transaction handling, saving and deleting an
 * aggregate with optimistic locking and an audit entry ({@link
 * de.kekiz.persistence.internal.Aggregatablage}), row mapping, the bulk loader. Not an API: its
 * types may change in any release. The jOOQ classes generated from the Flyway migrations live in
 * {@code de.kekiz.persistence.internal.db}.
 */
@NullMarked
package de.kekiz.persistence.internal;

import org.jspecify.annotations.NullMarked;

/**
 * {@code angebote.hsds.json}: the Angebote of a Präventionskette as Open Referral HSDS 3.0
 * services, written by {@link de.kekiz.reporting.hsds.HsdsAngebotWriter}.
 *
 * <p>The mapping from the domain to HSDS is described in {@code HSDS.md} in this package's
 * resources.
 */
@NullMarked
package de.kekiz.reporting.hsds;

import org.jspecify.annotations.NullMarked;

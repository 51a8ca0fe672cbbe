/**
 * Kommune aggregate: the official keys (AGS, ARS, Kreisschlüssel), the {@link
 * de.kekiz.domain.kommune.Kommune} with its kind, Jugendamt, programme participations and funding,
 * and its Sozialräume with boundary versions and population.
 *
 * <p>{@link de.kekiz.domain.kommune.Kommune} is the aggregate root and checks the rules that span
 * its parts (kind, Kreis and Jugendamt fit together; Sozialraum versions do not overlap; the
 * Sozialraum hierarchy has no cycles). The values ({@link de.kekiz.domain.kommune.Sozialraum},
 * {@link de.kekiz.domain.kommune.Programmteilnahme}, …) check their own rules when constructed. A
 * broken rule is a {@link de.kekiz.domain.RegelverstossException} with a stable code starting
 * {@code kommune.}, {@code sozialraum.} or {@code teilnahme.}; a malformed single value an {@link
 * IllegalArgumentException}.
 */
@NullMarked
package de.kekiz.domain.kommune;

import org.jspecify.annotations.NullMarked;

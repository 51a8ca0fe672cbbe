/**
 * Protection of small numbers ("statistische Geheimhaltung"): no figure about a handful of children
 * leaves the core, neither directly nor by subtraction from totals.
 *
 * <p>The entry point is {@link de.kekiz.monitoring.geheimhaltung.Geheimhaltung}: it takes a
 * Kommune's observations and returns them protected. Underneath:
 *
 * <ul>
 *   <li>{@link de.kekiz.monitoring.geheimhaltung.Geheimhaltungsregeln} (with {@link
 *       de.kekiz.monitoring.geheimhaltung.Dominanzregel} and {@link
 *       de.kekiz.monitoring.geheimhaltung.Rundung}): which figures are confidential on their own
 *       (primary suppression, SDMX CONF_STATUS {@code A}), configurable, defaults from official
 *       practice;
 *   <li>{@link de.kekiz.monitoring.geheimhaltung.Tabelle} with {@link
 *       de.kekiz.monitoring.geheimhaltung.Summenbeziehung}: the table model, cells with numerator
 *       and denominator and the additive relations an observer knows; {@link
 *       de.kekiz.monitoring.geheimhaltung.MesswertTabelle} builds it from observations along the
 *       Sozialraum hierarchy and the breakdowns;
 *   <li>the secondary suppression (CONF_STATUS {@code D}) on a table, giving a {@link
 *       de.kekiz.monitoring.geheimhaltung.GeschuetzteTabelle}.
 * </ul>
 *
 * <pre>{@code
 * List<Messwert> fuerDenBericht = Geheimhaltung.schuetze(messwerte, kommune,
 *     Geheimhaltungsregeln.standard().withRundung(Rundung.auf(10)));
 * }</pre>
 *
 * <h2>The Cell Key Method, an alternative to suppression</h2>
 *
 * <p>{@link de.kekiz.monitoring.geheimhaltung.CellKeyVerfahren} perturbs counts as the statistical
 * offices of Bund and Länder do since the Zensus 2022: every count gets a small noise, taken from a
 * perturbation table ({@link de.kekiz.monitoring.geheimhaltung.Ueberlagerungstabelle}, built from
 * {@link de.kekiz.monitoring.geheimhaltung.Ueberlagerungsparameter} by the maximum-entropy
 * construction of Destatis' R package {@code ptable}) by the cell's key ({@link
 * de.kekiz.monitoring.geheimhaltung.Zellschluessel}). Without micro data the key is derived from
 * the cell's identity and the Kommune's secret (HMAC-SHA256), so the same cell gets the same noise
 * in every table of every release; 0 stays 0, no value moves by more than {@code D} (default 4) and
 * none lands on 1 or 2 (default {@code js = 2}). Totals and parts are perturbed independently:
 * published tables do not add up, and a publication must say so. It is a component of its own;
 * {@link de.kekiz.monitoring.geheimhaltung.Geheimhaltung} does not use it. <a
 * href="doc-files/cell-key-methode.md">doc-files/cell-key-methode.md</a> describes the published
 * method, the defaults and every deviation from it.
 *
 * <h2>The secondary suppression heuristic</h2>
 *
 * <p>Three stages, repeated until nothing changes:
 *
 * <ol>
 *   <li><b>Local rule</b> per relation, to a fixpoint: a relation with exactly one suppressed cell
 *       gives it away by subtraction, so one more of its published cells is suppressed. A relation
 *       whose total is known and whose suppressed parts have no <em>slack</em> gives them away by
 *       non-negativity (the hidden parts of {@code 10 = 0 + 0 + 10} must be 0); it gets a cell that
 *       adds slack. The slack is the sum of the hidden parts' numerators minus what an observer
 *       knows as their lower bounds: 0 for a primary cell, the minimum numerator for a secondary
 *       one (it passed the rules).
 *   <li><b>Linear check</b>: exact linear algebra on each connected group of hidden cells finds
 *       cells that several relations together still determine (in a 2-D table, a cell that links
 *       two rectangles of hidden cells); one more cell is hidden near each.
 *   <li><b>Interval check</b>: the bounds an observer gets from non-negativity, relation by
 *       relation, repeated (no linear programming), are propagated; a primary cell whose bounds
 *       meet gets a cell that adds slack next to it.
 * </ol>
 *
 * <p>Which cell: among a relation's published cells, smallest numerator first (then denominator, a
 * part before the total), comparing the first few by a one-step look-ahead cost: the numerator
 * plus, for each other relation of the candidate that holds no hidden cell yet and would then need
 * one, that relation's smallest other numerator. So a cell that closes a rectangle wins over a
 * slightly smaller one that would start a chain.
 *
 * <h2>What it guarantees, and what not</h2>
 *
 * <p>For every table: no suppressed cell is uniquely determined by the published cells and the
 * relations (exact linear reasoning, also for the denominators), and no primary cell's range is
 * narrower than the rule's own ({@link
 * de.kekiz.monitoring.geheimhaltung.Geheimhaltungsregeln#schutzbreite()}, 0 to 2 for "fewer than 3
 * cases") in any single relation (slack) or after the interval propagation, even for an observer
 * who knows that a {@code D} cell passed the primary rules. The attack tests check this on
 * thousands of generated tables with an independent attacker.
 *
 * <p><b>Linked tables.</b> {@link de.kekiz.monitoring.geheimhaltung.Verbundtabelle} puts every
 * figure of a release (several Kommunen, every boundary version of a period, a Kreis and its
 * Gemeinden, pooled figures) into one table with the relations across them, so that a figure shown
 * twice is decided once and nothing can be recovered by combining tables; {@code
 * de.kekiz.monitoring.veroeffentlichung} uses it for everything kekiz publishes.
 *
 * <p>Not covered: bounds from linear programming over several relations may be tighter than the
 * propagated ones (the demo's attack test runs exact LP and finds none, which is a test, not a
 * proof); missing cells are unknown to an observer, so they may hide others, and a figure published
 * elsewhere must be part of the table; relations between indicators (one being the sum of others)
 * or periods (quarters adding up to a year) are not known; whether a missing observation could
 * itself be computed from the published ones is not checked. {@link
 * de.kekiz.monitoring.geheimhaltung.Geheimhaltung#schuetze(java.util.List,
 * de.kekiz.domain.kommune.Kommune)} protects one Kommune on its own, for figures that stay inside.
 *
 * <p><b>Cell-Key-Verfahren.</b> {@link de.kekiz.monitoring.geheimhaltung.CellKeyVerfahren} perturbs
 * counts instead of suppressing them (see its class comment and {@code
 * doc-files/cell-key-methode.md}).
 */
@NullMarked
package de.kekiz.monitoring.geheimhaltung;

import org.jspecify.annotations.NullMarked;

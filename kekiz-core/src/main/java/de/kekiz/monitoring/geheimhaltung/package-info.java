/**
 * Protection of small numbers ("statistische Geheimhaltung"): no figure about a handful of
 * children leaves the core, neither directly nor by subtraction from totals.
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
 *       de.kekiz.monitoring.geheimhaltung.GeschuetzteTabelle} whose suppressed cells cannot be
 *       computed from the published ones.
 * </ul>
 *
 * <pre>{@code
 * List<Messwert> fuerDenBericht = Geheimhaltung.schuetze(messwerte, kommune,
 *     Geheimhaltungsregeln.standard().withRundung(Rundung.auf(10)));
 * }</pre>
 *
 * <p>What the protection guarantees: for every table, no suppressed cell is uniquely determined
 * by the published cells and the relations (exact linear reasoning), and no relation pins a
 * suppressed cell by non-negativity alone. What it does not: bounds an observer can derive by
 * linear programming over several relations may be narrow; relations between different
 * indicators or periods are not known to it.
 */
@NullMarked
package de.kekiz.monitoring.geheimhaltung;

import org.jspecify.annotations.NullMarked;

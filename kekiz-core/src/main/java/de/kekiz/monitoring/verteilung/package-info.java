/**
 * Need-proportional allocation ("Ungleiches ungleich behandeln"): a budget in cents ({@link
 * de.kekiz.domain.Geldbetrag}) or a number of places split across Sozialräume (or Kommunen) in
 * proportion to their need, with a minimum and a maximum per recipient, whose shares sum exactly to
 * the budget. See {@link de.kekiz.monitoring.verteilung.Verteilung}.
 */
@NullMarked
package de.kekiz.monitoring.verteilung;

import org.jspecify.annotations.NullMarked;

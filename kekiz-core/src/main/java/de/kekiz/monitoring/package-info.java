/**
 * Sozialräumliches Monitoring: the domain services that turn a Kommune's observations into the
 * answers its planners need. Every service is pure (no I/O, no clock except an injected {@link
 * java.time.Clock}) and deterministic, so every adapter and host application gets the same answers.
 *
 * <p>This package holds what all analyses share: {@link de.kekiz.monitoring.Kommunaldaten} (the
 * checked and indexed observations of one Kommune, with its values summed from the Sozialräume),
 * {@link de.kekiz.monitoring.Gebietsaggregation} (Gemeinden summed to Kreis and Land, streaming),
 * {@link de.kekiz.monitoring.Kennzahl} (a figure as it may leave the core) and {@link
 * de.kekiz.monitoring.Gebiet} (Sozialraum, Kommune, Kreis or Land). The analyses live in
 * subpackages: {@code vergleich} (Sozialraum against Kommune, Kreis and Land; trends), {@code
 * sozialindex} (composite index, Stufen, Status × Dynamik, Handlungsbedarf), {@code verteilung}
 * (need-proportional allocation), {@code ziele} (Zielerreichung), {@code luecken} (Lückenanalyse of
 * the Präventionskette), {@code reichweite} (programme reach) and {@code analyse} (the whole
 * analysis of a Kommune over the ports).
 *
 * <p><b>Numbers.</b> Values are {@code zaehler × faktor / nenner} as {@link
 * de.kekiz.domain.indikator.Indikator#wert} computes them ({@link java.math.BigDecimal}, {@link
 * java.math.MathContext#DECIMAL64}). Areas are aggregated by summing numerators and denominators,
 * never by averaging rates. Derived figures (deviations, z-values, slopes) are computed with {@code
 * BigDecimal} in {@code DECIMAL64}; sums and differences of values are exact. No {@code double} is
 * used for a result.
 *
 * <p><b>Small numbers.</b> The services compute with every value they are given, suppressed ones
 * included (a {@link de.kekiz.domain.indikator.Messwert} holds its numerator internally), so that
 * sums, indices and ranks are right. What a result exposes is the published form: a {@link
 * de.kekiz.monitoring.Kennzahl} carries no number unless its CONF_STATUS is {@code F}, and a figure
 * derived from a value that may not be published (its deviation from the Kommune, its z-value, a
 * trend over it) is absent as well and carries the stricter status. A comparison ranks only the
 * values it publishes, so a rank never brackets a hidden value between two shown ones. Classes and
 * ranks of composites (Stufe, Status, Dynamik, the rank by Sozialindex) and the Zielstatus are
 * published: they reveal an order or a side of one threshold, not a count.
 *
 * <p>Which values may be published is decided by the CONF_STATUS of the observations: set by the
 * supplier, and by the protection of small numbers ({@link
 * de.kekiz.monitoring.geheimhaltung.Geheimhaltung}), which {@link
 * de.kekiz.monitoring.Kommunaldaten} applies by default to every table before any figure of it is
 * read (primary suppression {@code A}, secondary suppression {@code D} along the Sozialraum
 * hierarchy and the breakdowns), so no adapter can forget it.
 */
@NullMarked
package de.kekiz.monitoring;

import org.jspecify.annotations.NullMarked;

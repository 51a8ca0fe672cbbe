/**
 * The computations behind a {@link de.kekiz.reporting.bericht.Monitoringbericht}: tables,
 * comparison, rank, trend, Sozialindex and gap matrix. Not API.
 */
@NullMarked
package de.kekiz.reporting.bericht.internal;

import org.jspecify.annotations.NullMarked;

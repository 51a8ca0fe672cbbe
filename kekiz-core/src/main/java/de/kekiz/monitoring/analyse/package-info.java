/**
 * The whole monitoring of a Kommune in one call: {@link
 * de.kekiz.monitoring.analyse.Kommunalanalyse} runs every analysis of {@code de.kekiz.monitoring}
 * on the {@link de.kekiz.monitoring.Kommunaldaten} of one Kommune as an {@link
 * de.kekiz.monitoring.analyse.Analyseauftrag} asks, and {@link
 * de.kekiz.monitoring.analyse.MonitoringService} loads what it needs through the ports, Kommune by
 * Kommune, so a whole Land is analysed without being held in memory.
 */
@NullMarked
package de.kekiz.monitoring.analyse;

import org.jspecify.annotations.NullMarked;

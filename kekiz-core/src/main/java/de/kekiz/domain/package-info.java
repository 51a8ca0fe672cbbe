/**
 * The kekiz domain: the plain Java types of a Kommune's prevention work ("Kein Kind
 * zurücklassen!").
 *
 * <p>One package per aggregate: {@link de.kekiz.domain.kommune} (Kommune, keys, Sozialräume,
 * programme participations), {@link de.kekiz.domain.leitbild} (goals), {@link
 * de.kekiz.domain.kette} (Präventionskette with its Angebote), {@link de.kekiz.domain.angebot} (the
 * offers themselves), {@link de.kekiz.domain.indikator} (indicator definitions and observations),
 * {@link de.kekiz.domain.programm} (the programme: phases, budget, organisations) and {@link
 * de.kekiz.domain.lernnetzwerk} (the programme Kommunen's meetings and shared practice). This
 * package holds what they share: {@link de.kekiz.domain.Zeitraum} and the exception root {@link
 * de.kekiz.domain.KekizException}.
 *
 * <p>The domain depends on nothing but the JDK, Guava and JSpecify; ArchUnit rules in the test-jar
 * guard that.
 */
@NullMarked
package de.kekiz.domain;

import org.jspecify.annotations.NullMarked;

/**
 * Programme aggregate: a {@link de.kekiz.domain.programm.Foerderprogramm} describes a Land
 * programme beyond its key and name ({@link de.kekiz.domain.kommune.Programm}): its phases with
 * their participants, its budget by year and source, and who runs, coordinates and researches it.
 *
 * <p>Where published sources disagree (the model phase ended in 2015 or in 2016; 18 or 22 Kommunen
 * joined in 2017), the model keeps every value with its source as {@link
 * de.kekiz.domain.programm.Angaben} instead of picking one. A participant that took part jointly (a
 * Kreis with named Gemeinden) is one {@link de.kekiz.domain.programm.Phasenteilnehmer} and counts
 * once.
 *
 * <p>A broken rule is a {@link de.kekiz.domain.RegelverstossException} with a stable code starting
 * {@code programm.}, with a German message: the types are read from files users write.
 */
@NullMarked
package de.kekiz.domain.programm;

import org.jspecify.annotations.NullMarked;

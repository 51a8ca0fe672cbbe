/**
 * Lernnetzwerk aggregate: the meetings in which the programme Kommunen exchange "gelingende
 * Ansätze" ({@link de.kekiz.domain.lernnetzwerk.Lernnetzwerktreffen}: number, date as far as known,
 * place, host, motto, participants, Arbeitsgruppen), the contributions in which a Kommune presents
 * a practice of its own ({@link de.kekiz.domain.lernnetzwerk.Beitrag}, linked to the part of the
 * Kommune's Präventionskette it presents by {@link de.kekiz.domain.lernnetzwerk.Praxisbezug}), and
 * the catalogue of shared practice drawn from them ({@link
 * de.kekiz.domain.lernnetzwerk.Lernnetzwerk#praxiskatalog()}).
 *
 * <p>What a source does not state stays empty: a meeting whose year is not reported has a {@link
 * de.kekiz.domain.lernnetzwerk.Termin} without year. A broken rule is a {@link
 * de.kekiz.domain.RegelverstossException} with a stable code starting {@code lernnetzwerk.}, with a
 * German message.
 */
@NullMarked
package de.kekiz.domain.lernnetzwerk;

import org.jspecify.annotations.NullMarked;

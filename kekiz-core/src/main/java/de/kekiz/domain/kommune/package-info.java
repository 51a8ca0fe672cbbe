/**
 * Kommune aggregate: the official keys (AGS, ARS, Kreisschlüssel), the Kommune with its kind, Jugendamt, programme participations and funding, and its Sozialräume with boundary versions and population.
 */
@NullMarked
package de.kekiz.domain.kommune;

import org.jspecify.annotations.NullMarked;

/**
 * Angebot: an offer of the Präventionskette, shaped after the Open Referral HSDS 3.0 service with
 * its organization, locations, schedule and service area (the Sozialräume it serves).
 */
@NullMarked
package de.kekiz.domain.angebot;

import org.jspecify.annotations.NullMarked;

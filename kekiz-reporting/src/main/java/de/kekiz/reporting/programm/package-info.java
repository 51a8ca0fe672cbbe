/**
 * The programme report for the Landeskoordinierungsstelle: {@link
 * de.kekiz.reporting.programm.ProgrammberichtWriter} writes a {@link
 * de.kekiz.monitoring.veroeffentlichung.Programmveroeffentlichung} as HTML, PDF and JSON into one
 * folder. It presents the core's result and computes nothing.
 */
@NullMarked
package de.kekiz.reporting.programm;

import org.jspecify.annotations.NullMarked;

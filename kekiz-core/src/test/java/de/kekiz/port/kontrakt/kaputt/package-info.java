/**
 * Deliberately broken adapters, each with one defect, and the test that runs the contract kit
 * against them to show that the kit catches each defect ({@code KontraktKannScheiternTest}).
 * Nothing here is for use: the adapters are package-private, and their contract runs are switched
 * off unless the proof asks for them.
 */
@NullMarked
package de.kekiz.port.kontrakt.kaputt;

import org.jspecify.annotations.NullMarked;

package de.kekiz.importe;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.angebot.Angebot;
import de.kekiz.domain.kette.Akteur;

/**
 * One Angebot as an HSDS 3.0 file gives it: the Angebot, its Träger, and where the service starts
 * in the file. Immutable and thread-safe.
 *
 * @param angebot the Angebot
 * @param traeger its Träger as the file's {@code organization} describes it
 * @param zeile the line where the service starts, from 1
 * @param pfad the service's JSON path, e.g. {@code [3]}
 */
public record Hsdsangebot(Angebot angebot, Akteur traeger, long zeile, String pfad) {

  /**
   * Checks the parts.
   *
   * @param angebot the Angebot
   * @param traeger its Träger as the file's {@code organization} describes it
   * @param zeile the line where the service starts, from 1
   * @param pfad the service's JSON path, e.g. {@code [3]}
   */
  public Hsdsangebot {
    requireNonNull(angebot, "angebot");
    requireNonNull(traeger, "traeger");
    requireNonNull(pfad, "pfad");
    if (!angebot.traeger().equals(traeger.id())) {
      throw new IllegalArgumentException(
          "Angebot " + angebot.id() + " has Träger " + angebot.traeger() + ", got " + traeger.id());
    }
  }
}

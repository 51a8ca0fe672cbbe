package de.kekiz.domain.kette;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.AkteurId;
import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.angebot.AngebotId;
import de.kekiz.domain.internal.Pruefung;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * "Who does what": an Angebot, an Arbeitsgemeinschaft or an Akteur of the chain works on a
 * Handlungsziel of the Kommune's Leitbild, as a Planungsworkshop sets it.
 *
 * <p>The Handlungsziel is named by its key in the Leitbild (this package does not depend on {@code
 * leitbild}); the {@link Praeventionskette} checks that the Angebot, AG or Akteur exists there
 * ({@code kette.zielbeitrag-unbekannt}). Without recorded validity the contribution counts on every
 * day the Angebot or AG it names exists, and {@link Praeventionskette#seit} takes its start from
 * there. Immutable and thread-safe.
 *
 * @param handlungsziel the key of the Handlungsziel, e.g. {@code 1.1}
 * @param art what kind of part {@code beitragender} names
 * @param beitragender the id of the Angebot or Akteur, or the key of the AG
 * @param aufgabe what it does for the goal, or {@code null}
 * @param gueltigkeit since when (and until when) it works on the goal, or {@code null}
 */
public record Zielbeitrag(
    String handlungsziel,
    Beitragsart art,
    String beitragender,
    @Nullable String aufgabe,
    @Nullable Zeitraum gueltigkeit) {

  /**
   * @param handlungsziel the key of the Handlungsziel (1 to 60 letters, digits, '.', '_', '-')
   * @param art what kind of part {@code beitragender} names
   * @param beitragender the id or key of the contributing part (1 to 60 letters, digits, '.', '_',
   *     '-')
   * @param aufgabe what it does for the goal, not blank, or {@code null}
   * @param gueltigkeit since when (and until when) it works on the goal, or {@code null}
   * @throws IllegalArgumentException if a key is malformed or {@code aufgabe} blank
   */
  public Zielbeitrag {
    Pruefung.id(handlungsziel, "Zielbeitrag handlungsziel");
    requireNonNull(art, "art");
    Pruefung.id(beitragender, "Zielbeitrag beitragender");
    Pruefung.optionalText(aufgabe, "Zielbeitrag aufgabe");
  }

  /**
   * {@return a contribution: the Angebot {@code angebot} works on the Handlungsziel {@code
   * handlungsziel}}
   *
   * @param handlungsziel the key of the Handlungsziel, e.g. {@code 1.1}
   * @param angebot the Angebot's id
   * @throws IllegalArgumentException if the key is malformed
   */
  public static Zielbeitrag angebot(String handlungsziel, AngebotId angebot) {
    return new Zielbeitrag(handlungsziel, Beitragsart.ANGEBOT, angebot.wert(), null, null);
  }

  /**
   * {@return a contribution: the Arbeitsgemeinschaft {@code ag} works on the Handlungsziel {@code
   * handlungsziel}}
   *
   * @param handlungsziel the key of the Handlungsziel, e.g. {@code 1.1}
   * @param ag the AG's key
   * @throws IllegalArgumentException if a key is malformed
   */
  public static Zielbeitrag arbeitsgemeinschaft(String handlungsziel, String ag) {
    return new Zielbeitrag(handlungsziel, Beitragsart.ARBEITSGEMEINSCHAFT, ag, null, null);
  }

  /**
   * {@return a contribution: the Akteur {@code akteur} works on the Handlungsziel {@code
   * handlungsziel}}
   *
   * @param handlungsziel the key of the Handlungsziel, e.g. {@code 1.1}
   * @param akteur the Akteur's id
   * @throws IllegalArgumentException if the key is malformed
   */
  public static Zielbeitrag akteur(String handlungsziel, AkteurId akteur) {
    return new Zielbeitrag(handlungsziel, Beitragsart.AKTEUR, akteur.wert(), null, null);
  }

  /**
   * {@return the same contribution with the task {@code aufgabe}}
   *
   * @param aufgabe what it does for the goal, not blank
   * @throws IllegalArgumentException if {@code aufgabe} is blank
   */
  public Zielbeitrag withAufgabe(String aufgabe) {
    return new Zielbeitrag(
        handlungsziel, art, beitragender, requireNonNull(aufgabe, "aufgabe"), gueltigkeit);
  }

  /**
   * {@return the same contribution during {@code gueltigkeit}}
   *
   * @param gueltigkeit the validity, or {@code null} for none recorded
   */
  public Zielbeitrag withGueltigkeit(@Nullable Zeitraum gueltigkeit) {
    return new Zielbeitrag(handlungsziel, art, beitragender, aufgabe, gueltigkeit);
  }

  /**
   * {@return whether the contribution counts on {@code tag} (always, if no validity is recorded)}
   *
   * @param tag the day asked about
   */
  public boolean gueltigAm(LocalDate tag) {
    return Zeitraum.gilt(gueltigkeit, tag);
  }
}

package de.kekiz.domain.angebot;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.Geldbetrag;
import de.kekiz.domain.internal.Pruefung;
import org.jspecify.annotations.Nullable;

/**
 * A fee of an Angebot (HSDS {@code cost_option}: {@code amount}, {@code option}, {@code
 * amount_description}); an Angebot without any is free of charge.
 *
 * <p>Immutable and thread-safe.
 *
 * @param betrag the amount in euro
 * @param einheit what it is charged for, e.g. {@code pro Termin}, {@code pro Monat}
 * @param beschreibung who pays it or who is exempt, or {@code null}
 */
public record Kostenoption(Geldbetrag betrag, String einheit, @Nullable String beschreibung) {

  /**
   * @param betrag the amount in euro
   * @param einheit what it is charged for, not blank
   * @param beschreibung who pays it or who is exempt, not blank, or {@code null}
   * @throws IllegalArgumentException if a text is blank
   */
  public Kostenoption {
    requireNonNull(betrag, "betrag");
    Pruefung.text(einheit, "Kostenoption einheit");
    Pruefung.optionalText(beschreibung, "Kostenoption beschreibung");
  }

  /**
   * {@return {@code betrag} per {@code einheit}, without description}
   *
   * @param betrag the amount in euro
   * @param einheit what it is charged for, e.g. {@code pro Termin}, not blank
   * @throws IllegalArgumentException if {@code einheit} is blank
   */
  public static Kostenoption of(Geldbetrag betrag, String einheit) {
    return new Kostenoption(betrag, einheit, null);
  }
}

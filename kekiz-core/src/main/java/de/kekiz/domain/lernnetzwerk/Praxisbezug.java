package de.kekiz.domain.lernnetzwerk;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.angebot.AngebotId;
import de.kekiz.domain.kette.Praeventionskette;
import org.jspecify.annotations.Nullable;

/**
 * The part of the presenting Kommune's model a {@link Beitrag} is about, by reference: its
 * Steuerung, an Angebot by its id, an Übergang by its key, or its work on site in general.
 * Immutable and thread-safe.
 *
 * @param art what is presented
 * @param verweis the Angebot's id ({@link Praxisart#ANGEBOT}) or the Übergang's key ({@link
 *     Praxisart#UEBERGANG}); {@code null} for the others
 */
public record Praxisbezug(Praxisart art, @Nullable String verweis) {

  /**
   * @param art what is presented
   * @param verweis the Angebot's id or the Übergang's key; {@code null} for the other kinds
   * @throws IllegalArgumentException if a reference is missing where needed or given where not, or
   *     if an Angebot reference is not a well-formed {@link AngebotId}
   */
  public Praxisbezug {
    requireNonNull(art, "art");
    boolean braucht = art == Praxisart.ANGEBOT || art == Praxisart.UEBERGANG;
    if (braucht && (verweis == null || verweis.isBlank())) {
      throw new IllegalArgumentException(
          "Praxisbezug "
              + art
              + " needs a reference (Angebot id or Übergang key), got "
              + (verweis == null ? "none" : "'" + verweis + "'"));
    }
    if (!braucht && verweis != null) {
      throw new IllegalArgumentException(
          "Praxisbezug " + art + " takes no reference, got '" + verweis + "'");
    }
    if (art == Praxisart.ANGEBOT && verweis != null) { // present: checked above
      AngebotId.of(verweis);
    }
  }

  /** {@return a reference to the Kommune's Steuerung} */
  public static Praxisbezug steuerung() {
    return new Praxisbezug(Praxisart.STEUERUNG, null);
  }

  /**
   * {@return a reference to the Kommune's Angebot {@code angebot}}
   *
   * @param angebot the Angebot's id
   */
  public static Praxisbezug angebot(AngebotId angebot) {
    return new Praxisbezug(Praxisart.ANGEBOT, angebot.toString());
  }

  /**
   * {@return a reference to the Kommune's Übergang with key {@code uebergang}}
   *
   * @param uebergang the Übergang's key, not blank
   * @throws IllegalArgumentException if {@code uebergang} is blank
   */
  public static Praxisbezug uebergang(String uebergang) {
    return new Praxisbezug(Praxisart.UEBERGANG, requireNonNull(uebergang, "uebergang"));
  }

  /** {@return a reference to the Kommune's work on site in general} */
  public static Praxisbezug praxisVorOrt() {
    return new Praxisbezug(Praxisart.PRAXIS_VOR_ORT, null);
  }

  /**
   * Whether {@code kette} holds what this refers to: an Angebot or Übergang by its reference; the
   * Steuerung and the work on site are part of every chain.
   *
   * @param kette the presenting Kommune's chain
   * @return whether the reference resolves in {@code kette}
   */
  public boolean findetSichIn(Praeventionskette kette) {
    requireNonNull(kette, "kette");
    String v = verweis;
    return switch (art) {
      case STEUERUNG, PRAXIS_VOR_ORT -> true;
      case ANGEBOT -> v != null && kette.angebot(AngebotId.of(v)).isPresent();
      case UEBERGANG -> v != null && kette.uebergang(v).isPresent();
    };
  }
}

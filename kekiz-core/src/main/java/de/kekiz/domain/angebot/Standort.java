package de.kekiz.domain.angebot;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.internal.Pruefung;
import de.kekiz.domain.kommune.SozialraumId;
import org.jspecify.annotations.Nullable;

/**
 * Where an Angebot takes place (HSDS {@code location} reached through {@code service_at_location}).
 *
 * <p>Rule: a {@link Standortart#PHYSISCH physical} Standort has an address ({@code
 * standort.physisch-ohne-adresse}). Whether its Sozialraum lies in the Angebot's Kommune is checked
 * by the {@link Angebot}. Immutable and thread-safe.
 *
 * @param id the id, unique within the Angebot (1 to 60 letters, digits, '.', '_', '-')
 * @param name the name of the place, e.g. {@code Familienzentrum Regenbogen}
 * @param art physical, postal or virtual
 * @param adresse the address, or {@code null} (required for a physical Standort)
 * @param koordinate the position, or {@code null}
 * @param sozialraum the Sozialraum the place lies in, or {@code null} if unknown or outside the
 *     Kommune
 */
public record Standort(
    String id,
    String name,
    Standortart art,
    @Nullable Adresse adresse,
    @Nullable Koordinate koordinate,
    @Nullable SozialraumId sozialraum) {

  /**
   * @param id the id, unique within the Angebot
   * @param name the name of the place, not blank
   * @param art physical, postal or virtual
   * @param adresse the address, or {@code null}
   * @param koordinate the position, or {@code null}
   * @param sozialraum the Sozialraum the place lies in, or {@code null}
   * @throws IllegalArgumentException if the id is malformed or the name blank
   * @throws RegelverstossException if a physical Standort has no address
   */
  public Standort {
    Pruefung.id(id, "Standort id");
    Pruefung.text(name, "Standort name");
    requireNonNull(art, "art");
    RegelverstossException.pruefe(
        art != Standortart.PHYSISCH || adresse != null,
        "standort.physisch-ohne-adresse",
        "Standort " + id,
        "a physical Standort needs an address; '" + name + "' has none");
  }

  /**
   * {@return a physical Standort at {@code adresse}, without position or Sozialraum}
   *
   * @param id the id, unique within the Angebot (1 to 60 letters, digits, '.', '_', '-')
   * @param name the name of the place, not blank
   * @param adresse the address
   * @throws IllegalArgumentException if the id is malformed or the name blank
   */
  public static Standort physisch(String id, String name, Adresse adresse) {
    return new Standort(
        id, name, Standortart.PHYSISCH, requireNonNull(adresse, "adresse"), null, null);
  }

  /**
   * {@return a virtual Standort (online, by phone)}
   *
   * @param id the id, unique within the Angebot (1 to 60 letters, digits, '.', '_', '-')
   * @param name the name, e.g. of the video meeting or hotline, not blank
   * @throws IllegalArgumentException if the id is malformed or the name blank
   */
  public static Standort virtuell(String id, String name) {
    return new Standort(id, name, Standortart.VIRTUELL, null, null, null);
  }

  /**
   * {@return the same Standort at position {@code koordinate}}
   *
   * @param koordinate the position
   */
  public Standort withKoordinate(Koordinate koordinate) {
    return new Standort(
        id, name, art, adresse, requireNonNull(koordinate, "koordinate"), sozialraum);
  }

  /**
   * {@return the same Standort lying in {@code sozialraum}}
   *
   * @param sozialraum the Sozialraum, of the Angebot's Kommune (checked by the {@link Angebot})
   */
  public Standort imSozialraum(SozialraumId sozialraum) {
    return new Standort(
        id, name, art, adresse, koordinate, requireNonNull(sozialraum, "sozialraum"));
  }
}

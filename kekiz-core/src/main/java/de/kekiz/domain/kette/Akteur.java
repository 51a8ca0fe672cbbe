package de.kekiz.domain.kette;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import de.kekiz.domain.AkteurId;
import de.kekiz.domain.internal.Pruefung;
import java.util.Arrays;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An actor of a Präventionskette: a Kita, a Schule, the Jugendamt, a freier Träger. Akteure run
 * Angebote (as their Träger) and sit in Netzwerke, the Steuerungsgruppe and Arbeitsgemeinschaften.
 *
 * <p>The {@link Praeventionskette} checks that its Handlungsfelder exist there. Immutable and
 * thread-safe.
 *
 * @param id the id, unique in the chain
 * @param name the name, e.g. {@code Familienzentrum Regenbogen}
 * @param art the kind
 * @param handlungsfelder the keys of the Handlungsfelder it works in, sorted
 * @param url its web page, or {@code null}
 * @param email its e-mail address, or {@code null}
 */
public record Akteur(
    AkteurId id,
    String name,
    Akteursart art,
    Set<String> handlungsfelder,
    @Nullable String url,
    @Nullable String email) {

  /**
   * @param id the id, unique in the chain
   * @param name the name, not blank
   * @param art the kind
   * @param handlungsfelder keys of Handlungsfelder (lower-case letters, digits, '-'); stored sorted
   * @param url its web page, an absolute http or https URL, or {@code null}
   * @param email its e-mail address, or {@code null}
   * @throws IllegalArgumentException if the name is blank, a key, the URL or the address is
   *     malformed
   */
  public Akteur {
    requireNonNull(id, "id");
    Pruefung.text(name, "Akteur name");
    requireNonNull(art, "art");
    for (String k : requireNonNull(handlungsfelder, "handlungsfelder")) {
      Pruefung.key(k, "Handlungsfeld key");
    }
    handlungsfelder = ImmutableSortedSet.copyOf(handlungsfelder);
    Pruefung.url(url, "Akteur url");
    Pruefung.email(email, "Akteur email");
  }

  /**
   * {@return an actor without web page or e-mail working in {@code handlungsfelder}}
   *
   * @param id the id, unique in the chain
   * @param name the name, not blank
   * @param art the kind
   * @param handlungsfelder keys of Handlungsfelder of the chain
   * @throws IllegalArgumentException if the name is blank or a key malformed
   */
  public static Akteur of(AkteurId id, String name, Akteursart art, String... handlungsfelder) {
    return new Akteur(
        id, name, art, ImmutableSortedSet.copyOf(Arrays.asList(handlungsfelder)), null, null);
  }
}

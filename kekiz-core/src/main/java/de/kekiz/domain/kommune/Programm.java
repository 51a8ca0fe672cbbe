package de.kekiz.domain.kommune;

import static java.util.Objects.requireNonNull;

/**
 * A prevention programme of the Land a Kommune can take part in.
 *
 * <p>Programmes are identified by their {@link #key()}: a {@link Kommune} treats two programmes
 * with the same key as the same programme. Immutable and thread-safe.
 *
 * @param key stable key: a lower-case letter followed by up to 39 lower-case letters, digits or '-'
 * @param name the programme's official name, not blank
 */
public record Programm(String key, String name) {

  /** The model project of 2012 and its expansion from 2017. */
  public static final Programm KEKIZ =
      new Programm("kekiz", "Kein Kind zurücklassen! Kommunen in NRW beugen vor");

  /** The programme since 2020, open to every Kommune with its own Jugendamt. */
  public static final Programm KINDERSTARK =
      new Programm("kinderstark", "kinderstark – NRW schafft Chancen");

  /**
   * @param key stable key: a lower-case letter followed by up to 39 lower-case letters, digits or
   *     '-'
   * @param name the programme's official name
   * @throws IllegalArgumentException if the key is malformed or the name blank
   */
  public Programm {
    requireNonNull(key, "key");
    requireNonNull(name, "name");
    if (!Schluessel.istKennung(key, 40)) {
      throw new IllegalArgumentException(
          "Programm key needs a lower-case letter followed by up to 39 lower-case letters,"
              + " digits or '-', got '"
              + key
              + "'");
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException(
          "Programm " + key + " needs a name that is not blank, got '" + name + "'");
    }
  }

  /**
   * Same as the constructor.
   *
   * @param key stable key: a lower-case letter followed by up to 39 lower-case letters, digits or
   *     '-'
   * @param name the programme's official name, not blank
   * @return the programme
   * @throws IllegalArgumentException if the key is malformed or the name blank
   */
  public static Programm of(String key, String name) {
    return new Programm(key, name);
  }
}

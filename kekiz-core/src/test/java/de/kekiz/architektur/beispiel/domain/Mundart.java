package de.kekiz.architektur.beispiel.domain;

/**
 * Breaks the rules on purpose: a wither in the second dialect ({@code mit…} beside {@code with…}).
 */
public record Mundart(String name) {
  /**
   * A copy with another name, named the other way.
   *
   * @param name the new name
   * @return the copy
   */
  public Mundart mitName(String name) {
    return new Mundart(name);
  }
}

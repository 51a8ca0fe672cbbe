package de.kekiz.architektur.beispiel.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Breaks the builder rule on purpose: its builder's plural method adds (as {@code
 * Praeventionskette.Builder.akteure} once did) and its singular method replaces.
 *
 * @param namen the names
 */
public record Sammlung(List<String> namen) {

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects names, the wrong way round. */
  public static final class Builder {
    private final List<String> namen = new ArrayList<>();

    private Builder() {}

    /**
     * Adds names: wrong, a plural replaces.
     *
     * @param namen the names
     * @return this builder
     */
    public Builder namen(String... namen) {
      this.namen.addAll(Arrays.asList(namen));
      return this;
    }

    /**
     * Replaces all names by one: wrong, a singular adds.
     *
     * @param name the name
     * @return this builder
     */
    public Builder name(String name) {
      this.namen.clear();
      this.namen.add(name);
      return this;
    }

    /** {@return the collection} */
    public Sammlung build() {
      return new Sammlung(List.copyOf(namen));
    }
  }
}

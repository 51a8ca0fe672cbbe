package de.kekiz.domain.kette;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.RegelverstossException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that code breaks a named rule and that the message quotes the offending value. */
final class RegelAssert {
  private RegelAssert() {}

  static void verletzt(ThrowingCallable code, String regel, String... zitate) {
    assertThatThrownBy(code)
        .isInstanceOf(RegelverstossException.class)
        .hasMessageContainingAll(zitate)
        .hasMessageContaining("[" + regel + "]")
        .satisfies(
            e ->
                org.assertj.core.api.Assertions.assertThat(((RegelverstossException) e).regel())
                    .isEqualTo(regel));
  }
}

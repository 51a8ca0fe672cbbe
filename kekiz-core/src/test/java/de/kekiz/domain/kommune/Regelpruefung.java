package de.kekiz.domain.kommune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.RegelverstossException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that a call breaks a domain rule: type, stable rule code and quoted values. */
final class Regelpruefung {
  private Regelpruefung() {}

  /**
   * Asserts that {@code aufruf} throws a {@link RegelverstossException} with rule code {@code
   * regel} whose message contains every one of {@code zitate}.
   */
  static void verstoesst(ThrowingCallable aufruf, String regel, String... zitate) {
    assertThatThrownBy(aufruf)
        .isInstanceOfSatisfying(
            RegelverstossException.class,
            e -> {
              assertThat(e.regel()).isEqualTo(regel);
              assertThat(e.getMessage()).contains(zitate).contains("[" + regel + "]");
              assertThat(e.gegenstand()).isNotBlank();
            });
  }
}

package de.kekiz.examples;

import de.kekiz.domain.kommune.Gemeindeschluessel;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The option {@code --kommune AGS} of the commands that work on one Kommune: its key, required. A
 * picocli mixin, so that every command names and explains it the same way.
 */
final class KommuneOption {

  @Option(
      names = "--kommune",
      paramLabel = "AGS",
      required = true,
      description = "Amtlicher Gemeindeschlüssel der Kommune (8 Ziffern), z. B. 05570004.")
  @Nullable Gemeindeschluessel kommune;

  /** {@return the key given with {@code --kommune}} */
  Gemeindeschluessel ags() {
    return Objects.requireNonNull(kommune, "kommune");
  }
}

package de.kekiz.reporting.bericht;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Writes a {@link Monitoringbericht} in several formats into one output folder, each under its
 * {@link Berichtsformat#dateiname()}, so that tools find {@code bericht.html}, {@code bericht.pdf},
 * {@code bericht.xlsx} and the data files by name:
 *
 * <pre>{@code
 * List<Path> dateien = BerichtWriter.standard().schreibe(bericht, Path.of("out"));
 * }</pre>
 *
 * <p>Each file is written to a temporary file in the folder first and then moved into place, so a
 * failing format never leaves a half-written file under the final name. Immutable and thread-safe
 * if its formats are.
 */
public final class BerichtWriter {

  private final ImmutableList<Berichtsformat> formate;
  private final Berichtsoptionen optionen;

  private BerichtWriter(List<Berichtsformat> formate, Berichtsoptionen optionen) {
    this.formate = ImmutableList.copyOf(formate);
    this.optionen = requireNonNull(optionen, "optionen");
    Set<String> namen = new HashSet<>();
    for (Berichtsformat f : this.formate) {
      String name = f.dateiname();
      if (name.isBlank() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
        throw new IllegalArgumentException(
            "a format needs a plain file name, got '" + name + "' from " + f.getClass().getName());
      }
      if (!namen.add(name)) {
        throw new IllegalArgumentException("two formats write the file '" + name + "'");
      }
    }
  }

  /**
   * {@return every format registered as a service of {@link Berichtsformat} on the class path
   * (kekiz registers its own in {@code META-INF/services}), ordered by file name, with the {@link
   * Berichtsoptionen#STANDARD standard options}}
   */
  public static BerichtWriter standard() {
    List<Berichtsformat> formate = new ArrayList<>();
    ServiceLoader.load(Berichtsformat.class, BerichtWriter.class.getClassLoader())
        .forEach(formate::add);
    formate.sort(Comparator.comparing(Berichtsformat::dateiname));
    return new BerichtWriter(formate, Berichtsoptionen.STANDARD);
  }

  /**
   * {@return a writer for exactly {@code formate}, in their order, with the standard options}
   *
   * @param formate the formats to write, each with its own file name
   * @throws IllegalArgumentException if two formats share a file name or a name is not a plain file
   *     name
   */
  public static BerichtWriter of(Collection<? extends Berichtsformat> formate) {
    return new BerichtWriter(ImmutableList.copyOf(formate), Berichtsoptionen.STANDARD);
  }

  /**
   * {@return this writer with {@code optionen}}
   *
   * @param optionen the options passed to every format from now on
   */
  public BerichtWriter withOptionen(Berichtsoptionen optionen) {
    return new BerichtWriter(formate, optionen);
  }

  /** {@return the formats, in the order they are written} */
  public ImmutableList<Berichtsformat> formate() {
    return formate;
  }

  /** {@return the options passed to every format} */
  public Berichtsoptionen optionen() {
    return optionen;
  }

  /**
   * Writes every format of this writer into {@code ordner} (created if needed), replacing files of
   * the same name.
   *
   * @param bericht the report to write
   * @param ordner the output folder
   * @return the files written, in the order of the formats
   * @throws IOException if the folder cannot be created or a format fails; files written before the
   *     failure stay
   */
  public List<Path> schreibe(Monitoringbericht bericht, Path ordner) throws IOException {
    requireNonNull(bericht, "bericht");
    requireNonNull(ordner, "ordner");
    Files.createDirectories(ordner);
    List<Path> geschrieben = new ArrayList<>();
    for (Berichtsformat f : formate) {
      Path ziel = ordner.resolve(f.dateiname());
      Path temp = Files.createTempFile(ordner, "." + f.dateiname() + ".", ".tmp");
      try {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
          f.schreibe(bericht, optionen, out);
        }
        Files.move(temp, ziel, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(temp);
      }
      geschrieben.add(ziel);
    }
    return ImmutableList.copyOf(geschrieben);
  }
}

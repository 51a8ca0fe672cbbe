package de.kekiz.examples;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * Hands a file path to H2 as data, never as part of its URL syntax.
 *
 * <p>H2 reads everything after the first {@code ;} of a URL as settings ({@code INIT=RUNSCRIPT …},
 * {@code TRACE_LEVEL_FILE=…}), and a path in the URL cannot escape it: a folder named {@code
 * Daten;2024} fails, and a folder named {@code x;INIT=RUNSCRIPT FROM 'evil.sql'--} runs a script.
 * So the main job never writes the path into the URL: it writes {@code kekizdatei:} and the path's
 * UTF-8 bytes in hexadecimal ({@link #url}), which contain nothing but {@code 0-9a-f}, and
 * registers this file system with H2, which decodes the name back to the path. H2 appends its
 * suffixes ({@code .mv.db}, {@code .trace.db}, {@code .tempFile}) to the name and later works with
 * the resolved real path ({@code kekizdatei:/tmp/Daten;2024/kekiz.mv.db}); both forms are read. A
 * path is never parsed as a URL again after H2 has split the settings off.
 *
 * <p>Public with a public constructor only because H2 creates its file paths reflectively; not
 * meant for other use.
 */
public final class H2Dateipfad extends FilePathWrapper {

  /** The scheme under which H2 finds this file system. */
  static final String SCHEMA = "kekizdatei";

  static {
    FilePath.register(new H2Dateipfad());
  }

  /**
   * The JDBC URL of an embedded H2 database whose files are {@code datenbank} plus H2's suffixes,
   * followed by {@code einstellungen} (which must come from the program, never from input).
   */
  static String url(Path datenbank, String einstellungen) {
    requireNonNull(datenbank, "datenbank");
    requireNonNull(einstellungen, "einstellungen");
    String pfad = datenbank.toAbsolutePath().normalize().toString();
    return "jdbc:h2:"
        + SCHEMA
        + ":"
        + HexFormat.of().formatHex(pfad.getBytes(StandardCharsets.UTF_8))
        + einstellungen;
  }

  /** For H2, which creates one instance per path. */
  public H2Dateipfad() {}

  @Override
  public String getScheme() {
    return SCHEMA;
  }

  @Override
  protected FilePath unwrap(String name) {
    String rest = name.substring(SCHEMA.length() + 1);
    int ende = 0;
    while (ende < rest.length() && istHexziffer(rest.charAt(ende))) {
      ende++;
    }
    if (ende > 0 && ende % 2 == 0 && (ende == rest.length() || rest.charAt(ende) == '.')) {
      String pfad =
          new String(HexFormat.of().parseHex(rest, 0, ende), StandardCharsets.UTF_8)
              + rest.substring(ende);
      return FilePath.get(pfad);
    }
    // the real path H2 resolved: absolute, so it never is a run of hex digits alone
    return FilePath.get(rest);
  }

  private static boolean istHexziffer(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
  }
}

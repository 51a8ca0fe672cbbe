package de.kekiz.importe;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.indikator.Indikator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.MonthDay;
import java.util.List;

/**
 * Writes indicator definitions as the CSV file {@link IndikatorCsvLeser} reads back unchanged:
 * UTF-8 without byte order mark, {@code ;}, LF line ends, the columns of {@link
 * IndikatorCsvLeser#SPALTEN}, dates {@code YYYY-MM-DD}, the factor with decimal comma, every text
 * field in double quotes when it holds {@code ;} or {@code "}. Instances hold no state and may be
 * shared.
 */
public final class IndikatorCsvSchreiber {

  /** A writer; it holds no state. */
  public IndikatorCsvSchreiber() {}

  /**
   * Writes {@code indikatoren} to {@code datei} (replacing it), in the order given.
   *
   * @param datei the file to write
   * @param indikatoren the indicator definitions
   * @throws UncheckedIOException if the file cannot be written
   */
  public void schreibe(Path datei, Iterable<Indikator> indikatoren) {
    try (BufferedWriter w = Files.newBufferedWriter(datei, StandardCharsets.UTF_8)) {
      schreibe(w, indikatoren);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write '" + datei + "'", e);
    }
  }

  /**
   * Writes {@code indikatoren} to {@code ziel}, which stays open.
   *
   * @param ziel where the CSV text goes
   * @param indikatoren the indicator definitions, written in the order given
   * @throws IOException if writing fails
   */
  public void schreibe(Writer ziel, Iterable<Indikator> indikatoren) throws IOException {
    requireNonNull(ziel, "ziel");
    requireNonNull(indikatoren, "indikatoren");
    ziel.write(String.join(";", IndikatorCsvLeser.SPALTEN));
    ziel.write('\n');
    for (Indikator i : indikatoren) {
      MonthDay stichtag = i.stichtag().orElse(null);
      List<String> felder =
          List.of(
              i.key().toString(),
              Integer.toString(i.version()),
              i.name(),
              i.gueltigkeit().von().toString(),
              i.gueltigkeit().ende().map(Object::toString).orElse(""),
              i.zaehlerDefinition(),
              i.nennerDefinition().orElse(""),
              i.faktor().toPlainString().replace('.', ','),
              i.einheit(),
              i.anteil() ? "ja" : "nein",
              IndikatorCsvLeser.code(i.polaritaet()),
              i.quelle(),
              IndikatorCsvLeser.code(i.ebene()),
              IndikatorCsvLeser.code(i.periodizitaet()),
              stichtag == null
                  ? ""
                  : String.format(
                      java.util.Locale.ROOT,
                      "%02d.%02d.",
                      stichtag.getDayOfMonth(),
                      stichtag.getMonthValue()),
              String.join(",", i.dimensionen()),
              i.aenderungshinweis().orElse(""),
              Integer.toString(i.nachkommastellen()),
              i.synthetisch() ? "ja" : "nein");
      StringBuilder b = new StringBuilder();
      for (String f : felder) {
        if (b.length() > 0) {
          b.append(';');
        }
        b.append(feld(f));
      }
      ziel.write(b.append('\n').toString());
    }
    ziel.flush();
  }

  private static String feld(String text) {
    if (text.indexOf(';') < 0 && text.indexOf('"') < 0 && text.strip().equals(text)) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}

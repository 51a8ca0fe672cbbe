package de.kekiz.importe;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.indikator.Messwert;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Writes Messwerte or population figures as a kekiz CSV file that {@link KekizCsvLeser} reads back
 * unchanged: UTF-8 without byte order mark, {@code ;}, LF line ends, every column of the layout in
 * the order of {@link KekizLayout#spalten()}, numbers in plain notation with the given decimal
 * separator. Instances hold no state and may be shared.
 */
public final class KekizCsvSchreiber {

  /** A writer; it holds no state. */
  public KekizCsvSchreiber() {}

  /**
   * Writes {@code messwerte} to {@code datei} (replacing it).
   *
   * @param datei the file to write
   * @param messwerte the Messwerte, written in the order given
   * @param trenner the decimal separator of the numbers written
   * @throws UncheckedIOException if the file cannot be written
   */
  public void schreibeMesswerte(
      Path datei, Iterable<Messwert> messwerte, Dezimaltrennzeichen trenner) {
    try (BufferedWriter w = Files.newBufferedWriter(datei, StandardCharsets.UTF_8)) {
      schreibeMesswerte(w, messwerte, trenner);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "'" + Anzeigetext.sichtbar(datei.toString(), 300) + "' lässt sich nicht schreiben", e);
    }
  }

  /**
   * Writes {@code messwerte} to {@code ziel}, which stays open.
   *
   * @param ziel where the CSV text goes
   * @param messwerte the Messwerte, written in the order given
   * @param trenner the decimal separator of the numbers written
   * @throws IOException if writing fails
   */
  public void schreibeMesswerte(
      Writer ziel, Iterable<Messwert> messwerte, Dezimaltrennzeichen trenner) throws IOException {
    requireNonNull(ziel, "ziel");
    requireNonNull(messwerte, "messwerte");
    requireNonNull(trenner, "trenner");
    ziel.write(String.join(";", KekizLayout.MESSWERTE.spalten()));
    ziel.write('\n');
    for (Messwert m : messwerte) {
      ziel.write(
          m.indikator().key()
              + ";"
              + m.indikator().version()
              + ";"
              + m.raum()
              + ";"
              + m.periode()
              + ";"
              + m.aufschluesselung()
              + ";"
              + zahl(m.zaehler(), trenner)
              + ";"
              + zahl(m.nenner(), trenner)
              + ";"
              + m.obsStatus().code()
              + ";"
              + m.confStatus().code()
              + "\n");
    }
    ziel.flush();
  }

  /**
   * Writes {@code zahlen} to {@code datei} (replacing it).
   *
   * @param datei the file to write
   * @param zahlen the population figures, written in the order given
   * @throws UncheckedIOException if the file cannot be written
   */
  public void schreibeBevoelkerung(Path datei, Iterable<Bevoelkerungszahl> zahlen) {
    try (BufferedWriter w = Files.newBufferedWriter(datei, StandardCharsets.UTF_8)) {
      schreibeBevoelkerung(w, zahlen);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "'" + Anzeigetext.sichtbar(datei.toString(), 300) + "' lässt sich nicht schreiben", e);
    }
  }

  /**
   * Writes {@code zahlen} to {@code ziel}, which stays open.
   *
   * @param ziel where the CSV text goes
   * @param zahlen the population figures, written in the order given
   * @throws IOException if writing fails
   */
  public void schreibeBevoelkerung(Writer ziel, Iterable<Bevoelkerungszahl> zahlen)
      throws IOException {
    requireNonNull(ziel, "ziel");
    requireNonNull(zahlen, "zahlen");
    ziel.write(String.join(";", KekizLayout.BEVOELKERUNG.spalten()));
    ziel.write('\n');
    for (Bevoelkerungszahl b : zahlen) {
      ziel.write(
          b.raum()
              + ";"
              + b.stichtag()
              + ";"
              + b.altersgruppe()
              + ";"
              + b.anzahl()
              + ";"
              + (b.geschlecht() == null ? "" : b.geschlecht())
              + "\n");
    }
    ziel.flush();
  }

  private static String zahl(@Nullable BigDecimal zahl, Dezimaltrennzeichen trenner) {
    if (zahl == null) {
      return "";
    }
    String s = zahl.toPlainString();
    return trenner == Dezimaltrennzeichen.KOMMA ? s.replace('.', ',') : s;
  }
}

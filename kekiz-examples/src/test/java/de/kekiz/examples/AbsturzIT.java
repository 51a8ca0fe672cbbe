package de.kekiz.examples;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.fixtures.Beispielkommune;
import de.kekiz.fixtures.KekizFixtures;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real {@code kekiz import} (a separate JVM running {@code target/kekiz.jar}) with SIGKILL
 * at seeded moments — anywhere in its run, while it stores, while it compacts the database file,
 * after it said it was done — and checks each time that the database opens and holds exactly the
 * state before the import or the state after it.
 */
@DisplayName("A killed import")
class AbsturzIT {

  private static final long SAAT = 20_250_305L;
  private static final Gemeindeschluessel KOELN = Gemeindeschluessel.parse("05315000");
  private static final String[] ALTER = {"0-1", "2-4", "5-9", "10-14"};

  /** The event "kekiz.stand changed" (the import became valid). */
  private static final String STAND = "<kekiz.stand>";

  @TempDir Path ordner;

  /** When something was printed, in nanoseconds after the start. */
  private record Ereignis(String zeile, long zeit) {}

  /** What one run of the import printed and how it ended. */
  private record Lauf(List<Ereignis> ereignisse, boolean getoetet, long dauer) {
    long zeitVon(String anfang) {
      return ereignisse.stream()
          .filter(e -> e.zeile().startsWith(anfang))
          .mapToLong(Ereignis::zeit)
          .findFirst()
          .orElse(-1);
    }
  }

  /** Where to kill: after a line starting with {@code nach} (or the start) plus a delay. */
  private record Punkt(String art, String nach, long verzoegerungNanos) {}

  @Test
  @DisplayName(
      "leaves the state before or after it, and a database that opens, at 36 seeded points")
  void vorherOderNachher() throws Exception {
    long start = System.nanoTime();
    Path jar = Path.of(System.getProperty("kekiz.jar", "target/kekiz.jar")).toAbsolutePath();
    assertThat(jar).as("build the jar first (mvn package)").exists();
    Path vorlage = ordner.resolve("vorlage");
    Beispielkommune koeln = KekizFixtures.koeln();
    Kommandozeile.lade(vorlage, List.of(koeln));
    Path datei = ordner.resolve("messwerte.csv");
    int zeilen = schreibeImport(koeln, datei);
    long vorher = Kommandozeile.messwerte(vorlage, KOELN);

    // one run to the end: the state after, and how long each part takes
    Path probe = kopie(vorlage, "probe");
    Lauf ganz = laufe(jar, probe, datei, null);
    assertThat(ganz.getoetet()).isFalse();
    assertThat(
            ganz.zeitVon(
                "Importiert: "
                    + String.format(java.util.Locale.GERMANY, "%,d", zeilen)
                    + " Messwerte"))
        .as(ganz.toString())
        .isPositive();
    long nachher = Kommandozeile.messwerte(probe, KOELN);
    assertThat(nachher).as("the import adds rows").isEqualTo(vorher + zeilen);
    long speichern = ganz.zeitVon("Speichere");
    long verdichten = ganz.zeitVon("Verdichte");
    assertThat(speichern).isPositive();
    assertThat(verdichten).as("a load this large compacts the file").isGreaterThan(speichern);

    Random zufall = new Random(SAAT);
    List<Punkt> punkte = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      punkte.add(new Punkt("irgendwann", "", (long) (zufall.nextDouble() * ganz.dauer())));
    }
    for (int i = 0; i < 6; i++) {
      punkte.add(
          new Punkt(
              "beim Speichern",
              "Speichere",
              (long) (zufall.nextDouble() * (verdichten - speichern))));
    }
    for (int i = 0; i < 8; i++) {
      punkte.add(
          new Punkt(
              "beim Verdichten",
              "Verdichte",
              (long) (zufall.nextDouble() * (ganz.dauer() - verdichten))));
    }
    for (int i = 0; i < 6; i++) {
      // killed by the thread that reads the line, at once: the process ends a moment later anyway
      punkte.add(new Punkt("nach der Erfolgsmeldung", "Importiert:", 0));
    }
    for (int i = 0; i < 6; i++) {
      // killed as soon as kekiz.stand names the new file, before the process could say so
      punkte.add(
          new Punkt(
              "nach dem Umschalten",
              STAND,
              (long) (zufall.nextDouble() * TimeUnit.MILLISECONDS.toNanos(2))));
    }

    Map<String, Integer> ergebnisse = new TreeMap<>();
    int i = 0;
    for (Punkt p : punkte) {
      Path daten = kopie(vorlage, "lauf" + i++);
      Lauf lauf = laufe(jar, daten, datei, p);
      long gefunden = Kommandozeile.messwerte(daten, KOELN); // opens, or throws
      String beschreibung = p + " → " + gefunden + " Messwerte; " + lauf;
      assertThat(gefunden).as(beschreibung).isIn(vorher, nachher);
      if (lauf.zeitVon("Importiert:") >= 0) {
        assertThat(gefunden).as("said done, so it is: " + beschreibung).isEqualTo(nachher);
      }
      ergebnisse.merge(
          p.art()
              + (lauf.getoetet() ? "" : " (schon fertig)")
              + (gefunden == vorher ? ": vorher" : ": nachher"),
          1,
          Integer::sum);
    }
    assertThat(punkte).hasSizeGreaterThanOrEqualTo(30);
    assertThat(ergebnisse.keySet().stream().anyMatch(k -> k.endsWith("vorher")))
        .as("some kills must hit before the import became valid: %s", ergebnisse)
        .isTrue();
    System.out.printf(
        Locale.ROOT,
        "AbsturzIT: %d kills of an import of %d rows (one run %.1f s), %.0f s in all: %s%n",
        punkte.size(),
        zeilen,
        ganz.dauer() / 1e9,
        (System.nanoTime() - start) / 1e9,
        ergebnisse);
  }

  /** Rows of sgb2-quote-u15@2 by age and sex for every Sozialraum of Köln, keys not stored yet. */
  private static int schreibeImport(Beispielkommune koeln, Path datei) throws IOException {
    int n = 0;
    try (Writer w = Files.newBufferedWriter(datei, StandardCharsets.UTF_8)) {
      w.write("indikator;version;raum;periode;aufschluesselung;zaehler;nenner\n");
      for (Sozialraum s : koeln.kommune().sozialraeume()) {
        for (int jahr = 2016; jahr <= 2024; jahr++) {
          for (String alter : ALTER) {
            for (String g : new String[] {"m", "w", "d"}) {
              Aufschluesselung a =
                  Aufschluesselung.of(Aufschluesselung.ALTERSGRUPPE, alter)
                      .mit(Aufschluesselung.GESCHLECHT, g);
              w.write(
                  "sgb2-quote-u15;2;"
                      + s.ref()
                      + ";"
                      + jahr
                      + ";"
                      + a
                      + ";"
                      + (n % 40 + 1)
                      + ";"
                      + (100 + n % 17)
                      + "\n");
              n++;
            }
          }
        }
      }
    }
    return n;
  }

  private Path kopie(Path vorlage, String name) {
    Path ziel = ordner.resolve(name);
    Kommandozeile.kopiereDatenordner(vorlage, ziel);
    return ziel;
  }

  /** Runs the import in its own JVM; kills it at {@code punkt} unless that is null. */
  private static Lauf laufe(Path jar, Path daten, Path datei, Punkt punkt) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(
                java.toString(),
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-jar",
                jar.toString(),
                "import",
                "--kommune",
                KOELN.toString(),
                "--daten",
                daten.toString(),
                "--fortschritt",
                "5000",
                datei.toString())
            .redirectErrorStream(true)
            .start();
    long start = System.nanoTime();
    List<Ereignis> ereignisse = new ArrayList<>();
    Map<String, Long> gesehen = new ConcurrentHashMap<>();
    Thread leser =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String zeile;
                while ((zeile = r.readLine()) != null) {
                  long t = System.nanoTime() - start;
                  synchronized (ereignisse) {
                    ereignisse.add(new Ereignis(zeile, t));
                  }
                  for (String anfang : List.of("Speichere", "Verdichte", "Importiert:")) {
                    if (zeile.startsWith(anfang)) {
                      gesehen.putIfAbsent(anfang, System.nanoTime());
                      if (punkt != null
                          && punkt.nach().equals(anfang)
                          && punkt.verzoegerungNanos() == 0) {
                        p.destroyForcibly(); // SIGKILL, without waiting for the polling loop
                      }
                    }
                  }
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    leser.start();
    boolean getoetet = punkt != null && punkt.verzoegerungNanos() == 0;
    Path stand = daten.resolve(Datenablage.STANDDATEI);
    byte[] standVorher = Files.readAllBytes(stand);
    if (punkt != null) {
      long ziel = -1;
      while (p.isAlive()) {
        if (ziel < 0 && punkt.nach().equals(STAND)) {
          if (!Arrays.equals(Files.readAllBytes(stand), standVorher)) {
            ziel = System.nanoTime() + punkt.verzoegerungNanos();
          }
        } else if (ziel < 0) {
          Long seit = punkt.nach().isEmpty() ? Long.valueOf(start) : gesehen.get(punkt.nach());
          if (seit != null) {
            ziel = seit + punkt.verzoegerungNanos();
          }
        }
        if (ziel >= 0 && System.nanoTime() >= ziel) {
          p.destroyForcibly(); // SIGKILL
          getoetet = true;
          break;
        }
        Thread.sleep(0, 250_000);
      }
    }
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    long dauer = System.nanoTime() - start;
    leser.join(10_000);
    if (!getoetet) {
      assertThat(p.exitValue()).as("%s", ereignisse).isZero();
    } else if (p.exitValue() == 0) {
      getoetet = false; // it had ended by itself just before
    }
    synchronized (ereignisse) {
      return new Lauf(List.copyOf(ereignisse), getoetet, dauer);
    }
  }
}

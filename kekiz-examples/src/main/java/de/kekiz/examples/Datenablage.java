package de.kekiz.examples;

import static java.util.Objects.requireNonNull;

import de.kekiz.importe.Anzeigetext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;
import org.jspecify.annotations.Nullable;

/**
 * The data folder of the embedded H2 database, kept so that a command is all or nothing even if its
 * process is killed at any moment, and a damaged file is refused instead of opened.
 *
 * <p>H2 alone does not promise that: it writes committed changes to its file up to half a second
 * later ({@code WRITE_DELAY}), and its full compaction ({@code SHUTDOWN COMPACT}) and its
 * background rewriting of chunks change the one file in place, so a process killed at the wrong
 * moment leaves an older state, or a file that no longer opens; and a truncated or empty file opens
 * as an empty database. So every command works on a copy:
 *
 * <ol>
 *   <li>The folder is locked ({@value #SPERRDATEI}) for the whole command; a second kekiz process
 *       waits for it with a message and gives up after a timeout.
 *   <li>The state file {@value #STANDDATEI} names the valid database file ({@code
 *       kekiz-000007.mv.db}) with its size and CRC-32C. The file is copied to the next generation
 *       ({@code kekiz-000008.mv.db}) and checked against both while it is copied; a file that does
 *       not match is refused with a message, never opened.
 *   <li>H2 works on the copy. When the command is done and H2 has shut down (compacting the copy
 *       after a large load), the copy is opened once more to prove it opens, forced to disk, and
 *       the state file is replaced by one naming it, with an atomic rename, which is forced to disk
 *       too. That rename is the one moment at which the command's changes become valid; only then
 *       does the command say it is done. The old generation is deleted afterwards.
 *   <li>A command that fails, only reads, or is killed leaves its copy behind at most; the next
 *       command deletes it.
 * </ol>
 *
 * <p>A folder of an earlier kekiz version holds {@code kekiz.mv.db} without a state file; it is
 * taken as generation 0 (checked for an H2 header only) and replaced by generation 1 on the first
 * command. Not thread-safe: one command, one thread.
 */
final class Datenablage implements AutoCloseable {

  /** The state file: which database file is valid, its size and checksum. */
  static final String STANDDATEI = "kekiz.stand";

  /** The lock file, held by the kekiz process that works on the folder. */
  static final String SPERRDATEI = "kekiz.sperre";

  /** The database file of kekiz versions before generations ({@code kekiz} + {@code .mv.db}). */
  static final String ALTE_DATEI = "kekiz.mv.db";

  private static final String H2_ENDUNG = ".mv.db";
  private static final Pattern GENERATION = Pattern.compile("kekiz-(\\d{6,9})(\\..*)?");
  private static final String NEUER_STAND = STANDDATEI + ".neu";
  private static final int H2_BLOCK = 4096;
  private static final Duration MELDEN_ALLE = Duration.ofSeconds(5);
  private static final long PAUSE_MS = 100;
  private static final int PFADLAENGE = 300;

  /** The valid database file of the folder, as the state file names it. */
  record Stand(String datei, long groesse, long pruefsumme) {}

  private final Path ordner;
  private final FileChannel sperrkanal;
  private final FileLock sperre;
  private final @Nullable Stand stand;
  private final int generation;
  private boolean uebernommen;
  private boolean geschlossen;

  private Datenablage(
      Path ordner, FileChannel sperrkanal, FileLock sperre, @Nullable Stand stand, int generation) {
    this.ordner = ordner;
    this.sperrkanal = sperrkanal;
    this.sperre = sperre;
    this.stand = stand;
    this.generation = generation;
  }

  /**
   * Locks {@code ordner} (created if needed), waiting up to {@code warten} for another kekiz
   * process and telling {@code meldungen} so, checks the valid database file and copies it to the
   * next generation for the command to work on.
   *
   * @throws Abbruch if another process holds the folder longer than {@code warten}, or the database
   *     file is damaged or missing
   * @throws IOException if the folder cannot be created or read
   */
  static Datenablage oeffne(Path ordner, Duration warten, PrintWriter meldungen)
      throws IOException {
    requireNonNull(warten, "warten");
    requireNonNull(meldungen, "meldungen");
    Path o = ordner.toAbsolutePath().normalize();
    if (o.toString().indexOf('\\') >= 0 && o.getFileSystem().getSeparator().equals("/")) {
      throw new Abbruch(
          "Der Datenordner "
              + Anzeigetext.sichtbar(o.toString(), PFADLAENGE)
              + " enthält einen umgekehrten Schrägstrich (\\), den H2 als Ordnertrenner liest;"
              + " bitte einen Ordner ohne \\ wählen");
    }
    Files.createDirectories(o);
    FileChannel kanal =
        FileChannel.open(
            o.resolve(SPERRDATEI),
            StandardOpenOption.CREATE,
            StandardOpenOption.READ,
            StandardOpenOption.WRITE);
    try {
      FileLock sperre = sperre(o, kanal, warten, meldungen);
      kanal.truncate(0);
      kanal.write(
          ByteBuffer.wrap(
              ("pid=" + ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)),
          0);
      Stand stand = liesStand(o);
      raeumeAuf(o, stand);
      if (stand == null && !Files.exists(o.resolve(STANDDATEI))) {
        // a new database: say so first, so that a copy left by a killed first command is known
        // as such and not taken for database files whose state file was lost
        schreibeStand(o, "datei=\n");
      }
      int generation = stand == null ? 1 : nummer(stand.datei()) + 1;
      Datenablage ablage = new Datenablage(o, kanal, sperre, stand, generation);
      if (stand != null) {
        ablage.kopiereGeprueft(stand);
      }
      return ablage;
    } catch (IOException | RuntimeException | Error e) {
      try {
        kanal.close(); // releases the lock
      } catch (IOException beimSchliessen) {
        e.addSuppressed(beimSchliessen);
      }
      throw e;
    }
  }

  private static FileLock sperre(
      Path ordner, FileChannel kanal, Duration warten, PrintWriter meldungen) throws IOException {
    long start = System.nanoTime();
    long gemeldet = 0;
    while (true) {
      FileLock l;
      try {
        l = kanal.tryLock();
      } catch (OverlappingFileLockException e) {
        l = null; // this JVM holds it: a second command of the same process
      }
      if (l != null) {
        if (gemeldet > 0) {
          meldungen.println(
              "Datenbank in " + Anzeigetext.sichtbar(ordner.toString(), PFADLAENGE) + " ist frei.");
          meldungen.flush();
        }
        return l;
      }
      long gewartet = System.nanoTime() - start;
      if (gewartet >= warten.toNanos()) {
        throw new Abbruch(
            "ein anderer kekiz-Prozess"
                + inhaber(kanal)
                + " arbeitet mit der Datenbank in "
                + Anzeigetext.sichtbar(ordner.toString(), PFADLAENGE)
                + "; nach "
                + warten.toSeconds()
                + " s Warten aufgegeben. Bitte warten, bis er fertig ist, und den Befehl dann"
                + " wiederholen (--warten SEKUNDEN wartet länger)");
      }
      if (gemeldet == 0 || gewartet - gemeldet >= MELDEN_ALLE.toNanos()) {
        meldungen.println(
            (gemeldet == 0
                ? "Ein anderer kekiz-Prozess"
                    + inhaber(kanal)
                    + " arbeitet mit der Datenbank in "
                    + Anzeigetext.sichtbar(ordner.toString(), PFADLAENGE)
                    + "; warte höchstens "
                    + warten.toSeconds()
                    + " s …"
                : "… warte seit " + Duration.ofNanos(gewartet).toSeconds() + " s"));
        meldungen.flush();
        gemeldet = Math.max(1, gewartet);
      }
      try {
        Thread.sleep(PAUSE_MS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new Abbruch("beim Warten auf die Datenbank unterbrochen");
      }
    }
  }

  /** " (Prozess 1234)" from the lock file, or nothing. */
  private static String inhaber(FileChannel kanal) {
    try {
      ByteBuffer b = ByteBuffer.allocate(64);
      kanal.read(b, 0);
      Matcher m =
          Pattern.compile("pid=(\\d{1,19})")
              .matcher(new String(b.array(), 0, b.position(), StandardCharsets.UTF_8));
      return m.find() ? " (Prozess " + m.group(1) + ")" : "";
    } catch (IOException e) {
      return "";
    }
  }

  /** The state of the folder: from the state file, an old {@value #ALTE_DATEI}, or none. */
  private static @Nullable Stand liesStand(Path ordner) throws IOException {
    Path datei = ordner.resolve(STANDDATEI);
    if (!Files.exists(datei)) {
      Path alt = ordner.resolve(ALTE_DATEI);
      if (Files.exists(alt)) {
        pruefeH2Kopf(alt);
        return new Stand(ALTE_DATEI, -1, -1);
      }
      List<String> generationen = new ArrayList<>();
      try (DirectoryStream<Path> s = Files.newDirectoryStream(ordner, "kekiz-*" + H2_ENDUNG)) {
        s.forEach(p -> generationen.add(p.getFileName().toString()));
      }
      if (!generationen.isEmpty()) {
        throw new Abbruch(
            "im Datenordner "
                + Anzeigetext.sichtbar(ordner.toString(), PFADLAENGE)
                + " fehlt die Datei "
                + STANDDATEI
                + ", die sagt, welche der Datenbankdateien "
                + generationen
                + " gilt; kekiz öffnet keine davon. Bitte "
                + STANDDATEI
                + " aus einer Sicherung zurückholen");
      }
      return null;
    }
    Map<String, String> werte = new LinkedHashMap<>();
    for (String zeile : Files.readAllLines(datei, StandardCharsets.UTF_8)) {
      if (zeile.isBlank() || zeile.startsWith("#")) {
        continue;
      }
      int i = zeile.indexOf('=');
      if (i > 0) {
        werte.put(zeile.substring(0, i).strip(), zeile.substring(i + 1).strip());
      }
    }
    String name = werte.getOrDefault("datei", "");
    try {
      if (name.isEmpty()) {
        return null; // a new database whose first command has not finished
      }
      if (!GENERATION.matcher(name).matches() || !name.endsWith(H2_ENDUNG)) {
        throw new NumberFormatException(name);
      }
      return new Stand(
          name,
          Long.parseLong(werte.getOrDefault("groesse", "")),
          Long.parseLong(werte.getOrDefault("crc32c", ""), 16));
    } catch (NumberFormatException e) {
      throw new Abbruch(
          "die Datei "
              + Anzeigetext.sichtbar(datei.toString(), PFADLAENGE)
              + " ist beschädigt (sie nennt keine gültige Datenbankdatei mit Größe und"
              + " Prüfsumme); kekiz öffnet die Datenbank nicht. Bitte den Ordner aus einer"
              + " Sicherung zurückholen");
    }
  }

  /** Deletes what earlier, interrupted commands left: copies of other generations, temp files. */
  private static void raeumeAuf(Path ordner, @Nullable Stand stand) throws IOException {
    String gueltig = stand == null ? null : stand.datei().substring(0, stand.datei().length() - 6);
    List<Path> weg = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(ordner)) {
      for (Path p : s) {
        String name = p.getFileName().toString();
        Matcher m = GENERATION.matcher(name);
        if (name.equals(NEUER_STAND)
            || (m.matches() && (gueltig == null || !name.startsWith(gueltig + ".")))) {
          weg.add(p);
        }
      }
    }
    for (Path p : weg) {
      Files.deleteIfExists(p);
    }
  }

  private static int nummer(String datei) {
    Matcher m = GENERATION.matcher(datei);
    return m.matches() ? Integer.parseInt(m.group(1)) : 0;
  }

  /** The base name (H2 adds {@code .mv.db}) of the copy this command works on. */
  Path arbeitsbasis() {
    return ordner.resolve(String.format(Locale.ROOT, "kekiz-%06d", generation));
  }

  private Path arbeitsdatei() {
    return ordner.resolve(arbeitsbasis().getFileName() + H2_ENDUNG);
  }

  /** Whether there is a database already (else the command creates it). */
  boolean vorhanden() {
    return stand != null;
  }

  /**
   * The JDBC URL of the copy, with {@code einstellungen} (from the program only) appended; once the
   * copy exists it must be there ({@code IFEXISTS=TRUE}), so that a lost copy is never replaced by
   * an empty database.
   *
   * @param neu whether the command creates the database (then H2 may create the file)
   */
  String url(String einstellungen, boolean neu) {
    return H2Dateipfad.url(arbeitsbasis(), einstellungen + (neu ? "" : ";IFEXISTS=TRUE"));
  }

  private void kopiereGeprueft(Stand s) throws IOException {
    Path quelle = ordner.resolve(s.datei());
    Path ziel = arbeitsdatei();
    CRC32C crc = new CRC32C();
    long groesse = 0;
    try (InputStream in = Files.newInputStream(quelle);
        OutputStream out = Files.newOutputStream(ziel, StandardOpenOption.CREATE_NEW)) {
      byte[] puffer = new byte[1 << 16];
      int n;
      while ((n = in.read(puffer)) > 0) {
        crc.update(puffer, 0, n);
        out.write(puffer, 0, n);
        groesse += n;
      }
    } catch (NoSuchFileException e) {
      Files.deleteIfExists(ziel);
      throw new Abbruch(
          "die Datenbankdatei "
              + Anzeigetext.sichtbar(quelle.toString(), PFADLAENGE)
              + " fehlt, obwohl "
              + STANDDATEI
              + " sie nennt; kekiz legt keine leere Datenbank an ihrer Stelle an. Bitte die"
              + " Datei aus einer Sicherung zurückholen");
    }
    if (s.groesse() >= 0 && (groesse != s.groesse() || crc.getValue() != s.pruefsumme())) {
      Files.deleteIfExists(ziel);
      throw new Abbruch(
          "die Datenbankdatei "
              + Anzeigetext.sichtbar(quelle.toString(), PFADLAENGE)
              + " ist beschädigt: "
              + (groesse != s.groesse()
                  ? "sie hat " + groesse + " statt " + s.groesse() + " Bytes"
                  : "ihre Prüfsumme stimmt nicht")
              + "; kekiz öffnet sie nicht. Bitte die Datei aus einer Sicherung zurückholen");
    }
    pruefeH2Kopf(ziel);
  }

  /** Refuses a file that cannot be an H2 MVStore file: empty, cut off a block, no header. */
  private static void pruefeH2Kopf(Path datei) throws IOException {
    long groesse = Files.size(datei);
    byte[] anfang = new byte[2];
    try (InputStream in = Files.newInputStream(datei)) {
      in.readNBytes(anfang, 0, 2);
    }
    if (groesse < 2L * H2_BLOCK
        || groesse % H2_BLOCK != 0
        || anfang[0] != 'H'
        || anfang[1] != ':') {
      throw new Abbruch(
          "die Datenbankdatei "
              + Anzeigetext.sichtbar(datei.toString(), PFADLAENGE)
              + " ist beschädigt oder abgeschnitten ("
              + groesse
              + " Bytes, keine vollständige H2-Datei); kekiz öffnet sie nicht, damit sie nicht als"
              + " leere Datenbank gilt. Bitte die Datei aus einer Sicherung zurückholen");
    }
  }

  /**
   * Makes the copy the valid database: call after H2 has shut down. {@code pruefung} opens the copy
   * once more (and throws if it does not open); then the copy is forced to disk and named in a new
   * state file, atomically. Afterwards the old generation is deleted.
   *
   * @throws IOException if the copy cannot be forced to disk or the state file written
   */
  void uebernimm(Runnable pruefung) throws IOException {
    if (geschlossen || uebernommen) {
      throw new IllegalStateException("the copy was already taken over or discarded");
    }
    Path datei = arbeitsdatei();
    pruefeH2Kopf(datei);
    pruefung.run();
    CRC32C crc = new CRC32C();
    long groesse;
    try (FileChannel c =
        FileChannel.open(datei, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      c.force(true);
      groesse = c.size();
      ByteBuffer b = ByteBuffer.allocate(1 << 16);
      long pos = 0;
      while (pos < groesse) {
        b.clear();
        int n = c.read(b, pos);
        if (n <= 0) {
          break;
        }
        b.flip();
        crc.update(b);
        pos += n;
      }
    }
    schreibeStand(
        ordner,
        "datei="
            + datei.getFileName()
            + "\ngroesse="
            + groesse
            + "\ncrc32c="
            + Long.toHexString(crc.getValue())
            + "\n");
    uebernommen = true;
    Stand alt = stand;
    if (alt != null) {
      String basis = alt.datei().substring(0, alt.datei().length() - H2_ENDUNG.length());
      Files.deleteIfExists(ordner.resolve(alt.datei()));
      Files.deleteIfExists(ordner.resolve(basis + ".trace.db"));
    }
  }

  /** Replaces the state file by one with {@code eintraege}, atomically and forced to disk. */
  private static void schreibeStand(Path ordner, String eintraege) throws IOException {
    Path neu = ordner.resolve(NEUER_STAND);
    String inhalt =
        "# kekiz: die gültige Datenbankdatei dieses Ordners, ihre Größe und Prüfsumme."
            + " Nicht von Hand ändern.\n"
            + eintraege;
    try (FileChannel c =
        FileChannel.open(
            neu,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      ByteBuffer b = ByteBuffer.wrap(inhalt.getBytes(StandardCharsets.UTF_8));
      while (b.hasRemaining()) {
        c.write(b);
      }
      c.force(true);
    }
    try {
      Files.move(
          neu,
          ordner.resolve(STANDDATEI),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException("the file system of " + ordner + " cannot rename atomically", e);
    }
    erzwingeOrdner(ordner);
  }

  /** Forces the folder's entries (the rename) to disk where the system allows it. */
  private static void erzwingeOrdner(Path ordner) {
    try (FileChannel c = FileChannel.open(ordner, StandardOpenOption.READ)) {
      c.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Windows cannot open a folder as a channel; its renames are journaled by NTFS
    }
  }

  /** Deletes the copy unless it was taken over, and releases the folder. */
  @Override
  public void close() {
    if (geschlossen) {
      return;
    }
    geschlossen = true;
    try {
      if (!uebernommen) {
        String basis = arbeitsbasis().getFileName().toString();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(ordner, basis + ".*")) {
          for (Path p : s) {
            Files.deleteIfExists(p);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the unused copy in " + ordner, e);
    } finally {
      try {
        sperre.release();
        sperrkanal.close();
      } catch (IOException e) {
        // the lock goes with the channel, and the channel with the process
      }
    }
  }

  @Override
  public String toString() {
    return ordner.toString();
  }
}

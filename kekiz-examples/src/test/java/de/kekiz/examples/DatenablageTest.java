package de.kekiz.examples;

import static de.kekiz.examples.Kommandozeile.starte;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.examples.Kommandozeile.Lauf;
import de.kekiz.port.Benutzerkontext;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The H2 data folder")
class DatenablageTest {

  @TempDir Path ordner;

  private Path neueDatenbank(String name) throws IOException {
    Path daten = ordner.resolve(name);
    try (Datenbankzugang db =
        Datenbankzugang.h2Datei(daten, Kommandozeile.UHR, Benutzerkontext.fest("test"))) {
      db.imTransaktion(() -> db.persistenz().kommunen().findAll());
    }
    return daten;
  }

  private static Path gueltigeDatei(Path daten) throws IOException {
    for (String zeile : Files.readAllLines(daten.resolve(Datenablage.STANDDATEI))) {
      if (zeile.startsWith("datei=")) {
        return daten.resolve(zeile.substring("datei=".length()));
      }
    }
    throw new AssertionError("no datei= in " + Datenablage.STANDDATEI);
  }

  private static List<String> dateien(Path daten) throws IOException {
    try (Stream<Path> s = Files.list(daten)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  @DisplayName("keeps one database file, named with its size and checksum in kekiz.stand")
  void eineGueltigeDatei() throws IOException {
    Path daten = neueDatenbank("daten");
    assertThat(dateien(daten))
        .containsExactly("kekiz-000001.mv.db", Datenablage.SPERRDATEI, Datenablage.STANDDATEI);
    assertThat(Files.readString(daten.resolve(Datenablage.STANDDATEI)))
        .contains("groesse=" + Files.size(gueltigeDatei(daten)))
        .containsPattern("crc32c=[0-9a-f]+");
    Kommandozeile.mitDatenbank(daten, db -> db.persistenz().kommunen().findAll());
    assertThat(dateien(daten))
        .as("the next command works on a copy, which becomes the valid file")
        .containsExactly("kekiz-000002.mv.db", Datenablage.SPERRDATEI, Datenablage.STANDDATEI);
  }

  @Test
  @DisplayName("refuses a truncated database file with a German message instead of opening it")
  void abgeschnitten() throws IOException {
    Path daten = neueDatenbank("daten");
    Path datei = gueltigeDatei(daten);
    try (FileChannel c = FileChannel.open(datei, StandardOpenOption.WRITE)) {
      c.truncate(c.size() / 2);
    }
    Lauf lauf = starte("report", "--kommune", "05315000", "--daten", daten.toString());
    assertThat(lauf.status()).as(lauf.toString()).isEqualTo(Hauptprogramm.FEHLER);
    assertThat(lauf.err()).contains("ist beschädigt").contains("Sicherung");
    assertThat(Files.size(datei)).as("the damaged file is left as it was").isPositive();
  }

  @Test
  @DisplayName("refuses an emptied database file and one with a changed byte")
  void leerOderVeraendert() throws IOException {
    Path daten = neueDatenbank("leer");
    Files.write(gueltigeDatei(daten), new byte[0]);
    assertThatThrownBy(
            () -> Kommandozeile.mitDatenbank(daten, db -> db.persistenz().kommunen().findAll()))
        .isInstanceOf(Abbruch.class)
        .hasMessageContaining("beschädigt");

    Path anders = neueDatenbank("anders");
    Path datei = gueltigeDatei(anders);
    byte[] inhalt = Files.readAllBytes(datei);
    inhalt[inhalt.length / 3] ^= 0x40;
    Files.write(datei, inhalt);
    assertThatThrownBy(
            () -> Kommandozeile.mitDatenbank(anders, db -> db.persistenz().kommunen().findAll()))
        .isInstanceOf(Abbruch.class)
        .hasMessageContaining("Prüfsumme");
  }

  @Test
  @DisplayName("refuses a folder whose database file is gone instead of creating an empty one")
  void dateiFehlt() throws IOException {
    Path daten = neueDatenbank("daten");
    Files.delete(gueltigeDatei(daten));
    assertThatThrownBy(
            () -> Kommandozeile.mitDatenbank(daten, db -> db.persistenz().kommunen().findAll()))
        .isInstanceOf(Abbruch.class)
        .hasMessageContaining("fehlt");
  }

  @Test
  @DisplayName("deletes the copy a killed command left and opens the valid file")
  void raeumtAuf() throws IOException {
    Path daten = neueDatenbank("daten");
    Files.write(daten.resolve("kekiz-000002.mv.db"), new byte[] {1, 2, 3});
    Files.write(daten.resolve("kekiz-000002.mv.db.tempFile"), new byte[] {1});
    Kommandozeile.mitDatenbank(daten, db -> db.persistenz().kommunen().findAll());
    assertThat(dateien(daten))
        .containsExactly("kekiz-000002.mv.db", Datenablage.SPERRDATEI, Datenablage.STANDDATEI);
  }

  @Test
  @DisplayName("takes over the database file of an earlier version (kekiz.mv.db)")
  void alteDatei() throws Exception {
    Path alt = ordner.resolve("alt");
    Files.createDirectories(alt);
    try (Connection c =
        DriverManager.getConnection("jdbc:h2:file:" + alt.resolve("kekiz"), "sa", "")) {
      c.createStatement().execute("CREATE TABLE VORHER(X INT)");
    }
    Kommandozeile.mitDatenbank(alt, db -> db.persistenz().kommunen().findAll());
    assertThat(dateien(alt))
        .containsExactly("kekiz-000001.mv.db", Datenablage.SPERRDATEI, Datenablage.STANDDATEI);
    try (Connection c =
            DriverManager.getConnection(
                "jdbc:h2:file:" + alt.resolve("kekiz-000001") + ";IFEXISTS=TRUE", "sa", "");
        ResultSet r =
            c.createStatement()
                .executeQuery(
                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'VORHER'")) {
      r.next();
      assertThat(r.getInt(1)).as("the old tables came along").isEqualTo(1);
    }
  }

  @Test
  @DisplayName("lets a second command wait for the folder, says so, and gives up after --warten")
  void wartetAufAnderenProzess() throws IOException {
    Path daten = neueDatenbank("daten");
    StringWriter meldungen = new StringWriter();
    try (Datenablage erste = Datenablage.oeffne(daten, Duration.ZERO, new PrintWriter(meldungen))) {
      assertThat(erste.vorhanden()).isTrue();
      Lauf lauf =
          starte("report", "--kommune", "05315000", "--daten", daten.toString(), "--warten", "1");
      assertThat(lauf.status()).as(lauf.toString()).isEqualTo(Hauptprogramm.FEHLER);
      assertThat(lauf.err())
          .contains("Ein anderer kekiz-Prozess (Prozess " + ProcessHandle.current().pid() + ")")
          .contains("warte höchstens 1 s")
          .contains("nach 1 s Warten aufgegeben")
          .doesNotContainIgnoringCase("server mode");
    }
  }

  @Test
  @DisplayName("passes a --daten folder to H2 as a name: ';INIT=RUNSCRIPT' runs nothing")
  void keineInjektion() throws Exception {
    Path boese = ordner.resolve("boese.sql");
    Path spur = ordner.resolve("gelaufen.txt");
    Files.writeString(
        boese,
        "CREATE TABLE BOESE(X INT);\nCALL FILE_WRITE('x', '" + spur + "');\n",
        StandardCharsets.UTF_8);
    Path daten = ordner.resolve("x;INIT=RUNSCRIPT FROM '" + boese + "'--");
    Lauf lauf = starte("report", "--kommune", "09162000", "--daten", daten.toString());
    assertThat(lauf.err()).contains("Kommune 09162000 ist nicht in der H2-Datenbank");
    assertThat(spur).as("the script did not run").doesNotExist();
    assertThat(dateien(daten)).contains(Datenablage.STANDDATEI);
  }

  @Test
  @DisplayName("works in folders named with ';', spaces, umlauts and a colon")
  void ungewoehnlicheOrdnernamen() throws IOException {
    for (String name : List.of("Daten;2024", "Jugendamt Köln", "Ä Ö Ü ß", "a:b=c;d")) {
      Path daten = neueDatenbank(name);
      long kommunen =
          Kommandozeile.mitDatenbank(
              daten, db -> (long) db.persistenz().kommunen().findAll().size());
      assertThat(kommunen).isZero();
      assertThat(gueltigeDatei(daten)).exists();
    }
  }
}

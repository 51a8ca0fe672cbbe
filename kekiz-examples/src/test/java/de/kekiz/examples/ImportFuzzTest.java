package de.kekiz.examples;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.ObsStatus;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.examples.Kommandozeile.Lauf;
import de.kekiz.fixtures.KekizFixtures;
import de.kekiz.importe.Anzeigetext;
import de.kekiz.importe.Bevoelkerungszahl;
import de.kekiz.importe.Gebietsauswahl;
import de.kekiz.importe.Importergebnis;
import de.kekiz.importe.Importfehler;
import de.kekiz.importe.Importleser;
import de.kekiz.importe.Importoptionen;
import de.kekiz.importe.Importzuordnung;
import de.kekiz.importe.UnlesbareDateiException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded fuzz suite: generates hostile import files from kekiz's own formats (kekiz CSV Messwerte
 * and Bevölkerung, XLSX) and from a real GENESIS export, each with one known mutation, and checks
 * each against what that mutation must give — rejected at the line it changed, or accepted with
 * exactly the values the generator wrote — independently of the readers' own parsing. Every file is
 * read; every {@value #DATENBANK_ALLE}th goes through the real command line into a database, and so
 * do the mutations only the database can judge (unknown indicator or Sozialraum, share above its
 * denominator, conflicting values in two files). Checked: no stack trace and no exception but the
 * readers' own, no change of the database after a failed import, no bad value accepted, every error
 * with its file and line, no control character in a message.
 *
 * <p>{@value #STANDARD_ANZAHL} files by default; {@code -Dkekiz.fuzz.dateien=2500} for a full run.
 */
@DisplayName("Hostile import files")
class ImportFuzzTest {

  static final int STANDARD_ANZAHL = 300;
  static final int DATENBANK_ALLE = 20;
  private static final long SAAT = 16_2025L;
  private static final Gemeindeschluessel KOELN = Gemeindeschluessel.parse("05315000");
  private static final IndikatorRef QUOTE = IndikatorRef.parse("sgb2-quote-u15@2");
  private static final String KOPF_M =
      "indikator;version;raum;periode;aufschluesselung;zaehler;nenner;obs_status;conf_status";
  private static final String KOPF_B = "raum;stichtag;altersgruppe;anzahl;geschlecht";
  private static final String[] ALTER = {"0-1", "2-4", "5-9", "10-14"};
  private static final String[] GESCHLECHT = {"m", "w", "d"};
  private static final String GENESIS = "AUSZUG_12411-01-01-4_1773175772751_de_flat.csv";
  private static final LocalDate STICHTAG_2024 = LocalDate.of(2024, 12, 31);

  /** A number no generated row holds, replaced in the sheet's XML by the hostile one. */
  private static final int MARKE = 987_654_321;

  @TempDir Path ordner;

  private final Importleser leser = new Importleser();
  private final List<String> raeume = new ArrayList<>();

  /** What a file must give. */
  private sealed interface Erwartung permits Annahme, Ablehnung {}

  /** Accepted with exactly these objects. */
  private record Annahme(List<Messwert> messwerte, List<Bevoelkerungszahl> bevoelkerung)
      implements Erwartung {}

  /**
   * Rejected: at {@code zeile} (0: the file as a whole), found by the readers or only by the
   * database.
   */
  private record Ablehnung(long zeile, boolean nurDatenbank) implements Erwartung {}

  /** One generated file (or two, for the rule across files) and its expectation. */
  private record Fall(String art, List<Path> dateien, Erwartung erwartung) {}

  @Test
  @DisplayName("are each rejected at the changed line or accepted with exactly the values written")
  void fuzz() throws Exception {
    int anzahl = Integer.getInteger("kekiz.fuzz.dateien", STANDARD_ANZAHL);
    long start = System.nanoTime();
    for (Sozialraum s : KekizFixtures.koeln().kommune().sozialraeume()) {
      raeume.add(s.ref().toString());
    }
    Path vorlage = ordner.resolve("vorlage");
    Kommandozeile.lade(vorlage, List.of(KekizFixtures.koeln()));
    Map<String, int[]> zahlen = new TreeMap<>(); // art → files, rejected
    int dateien = 0;
    int abgelehnt = 0;
    int mitDatenbank = 0;
    for (int i = 0; i < anzahl; i++) {
      // one well-mixed seed per case: consecutive seeds give java.util.Random similar first draws
      Random r = new Random(new java.util.SplittableRandom(SAAT + i).nextLong());
      boolean datenbank = i % DATENBANK_ALLE == 0;
      Fall f = fall(r, i, datenbank);
      String was = "file " + i + " (" + f.art() + ", " + f.dateien() + ")";
      if (datenbank || (f.erwartung() instanceof Ablehnung a && a.nurDatenbank())) {
        pruefeMitDatenbank(f, vorlage, was);
        mitDatenbank++;
      } else {
        pruefeLeser(f, was);
      }
      boolean ab = f.erwartung() instanceof Ablehnung;
      zahlen.computeIfAbsent(f.art(), k -> new int[2])[0] += f.dateien().size();
      zahlen.get(f.art())[1] += ab ? 1 : 0;
      dateien += f.dateien().size();
      abgelehnt += ab ? 1 : 0;
      for (Path p : f.dateien()) {
        Files.deleteIfExists(p);
      }
    }
    assertThat(dateien).isGreaterThanOrEqualTo(anzahl);
    StringBuilder b = new StringBuilder();
    zahlen.forEach(
        (k, v) -> b.append(k).append('=').append(v[0]).append('/').append(v[1]).append(' '));
    System.out.printf(
        Locale.ROOT,
        "ImportFuzzTest: %d files in %d cases (%d through the database), %d rejected, %d accepted,"
            + " %.1f s; per kind files/rejected: %s%n",
        dateien,
        anzahl,
        mitDatenbank,
        abgelehnt,
        anzahl - abgelehnt,
        (System.nanoTime() - start) / 1e9,
        b);
  }

  // --- checks -----------------------------------------------------------------------------

  private Importoptionen optionen() {
    return Importoptionen.standard().withGebiet(Gebietsauswahl.kommune(KOELN));
  }

  private static Importzuordnung zuordnung() {
    return Importzuordnung.bevoelkerung("BEVSTD").withDimension("GES", Aufschluesselung.GESCHLECHT);
  }

  private void pruefeLeser(Fall f, String was) {
    Path datei = f.dateien().get(0);
    Importergebnis e;
    try {
      e = leser.lese(datei, zuordnung(), optionen());
    } catch (UnlesbareDateiException x) {
      assertThat(f.erwartung()).as(was + ": " + x.getMessage()).isInstanceOf(Ablehnung.class);
      assertThat(x.getMessage()).as(was).contains(datei.toString());
      assertThat(Anzeigetext.enthaeltSteuerzeichen(x.getMessage())).as(was).isFalse();
      long zeile = ((Ablehnung) f.erwartung()).zeile();
      if (zeile > 0) {
        assertThat(x.getMessage()).as(was).containsPattern("(?i)(line|zeile|row) " + zeile + "\\b");
      }
      return;
    }
    if (f.erwartung() instanceof Annahme a) {
      assertThat(e.fehler()).as(was).isEmpty();
      assertThat(e.messwerte()).as(was).containsExactlyInAnyOrderElementsOf(a.messwerte());
      assertThat(e.bevoelkerung()).as(was).containsExactlyInAnyOrderElementsOf(a.bevoelkerung());
      return;
    }
    Ablehnung ab = (Ablehnung) f.erwartung();
    assertThat(e.fehlerGesamt()).as(was + ": " + e.zusammenfassung()).isPositive();
    assertThat(e.verworfen()).as(was).isTrue();
    assertThat(e.messwerte()).as(was).isEmpty();
    assertThat(e.bevoelkerung()).as(was).isEmpty();
    for (Importfehler x : e.fehler()) {
      assertThat(x.datei()).isEqualTo(datei);
      assertThat(Anzeigetext.enthaeltSteuerzeichen(x.toString())).as(was + ": " + x).isFalse();
    }
    assertThat(e.fehler()).as(was).anyMatch(x -> x.zeile() == ab.zeile());
  }

  private void pruefeMitDatenbank(Fall f, Path vorlage, String was) throws IOException {
    Path daten = ordner.resolve("db");
    if (Files.exists(daten)) {
      try (var s = Files.list(daten)) {
        for (Path p : s.toList()) {
          Files.delete(p);
        }
      }
    }
    Kommandozeile.kopiereDatenordner(vorlage, daten);
    long vorher = Kommandozeile.messwerte(daten, KOELN);
    byte[] standVorher = Files.readAllBytes(daten.resolve(Datenablage.STANDDATEI));
    List<String> args =
        new ArrayList<>(
            List.of(
                "import",
                "--kommune",
                KOELN.toString(),
                "--daten",
                daten.toString(),
                "--wertmerkmal",
                "BEVSTD",
                "--als",
                "bevoelkerung",
                "--dimension",
                "GES=geschlecht"));
    for (Path p : f.dateien()) {
      args.add(p.toString());
    }
    Lauf lauf = Kommandozeile.starte(args.toArray(String[]::new));
    String alles = lauf.out() + lauf.err();
    assertThat(alles).as(was + ": " + lauf).doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(Anzeigetext.enthaeltSteuerzeichen(alles.replace("\n", ""))).as(was).isFalse();
    byte[] standNachher = Files.readAllBytes(daten.resolve(Datenablage.STANDDATEI));
    if (f.erwartung() instanceof Ablehnung ab) {
      assertThat(lauf.status()).as(was + ": " + lauf).isEqualTo(Hauptprogramm.FEHLER);
      assertThat(standNachher).as(was + ": the database did not change").isEqualTo(standVorher);
      if (ab.zeile() > 0) {
        Path datei = f.dateien().get(f.dateien().size() - 1);
        assertThat(lauf.err())
            .as(was + ": " + lauf)
            .containsPattern(
                java.util.regex.Pattern.quote(datei.toString())
                    + "[^\\n]*(line|row|Zeile) "
                    + ab.zeile()
                    + "\\b");
      }
    } else {
      Annahme a = (Annahme) f.erwartung();
      assertThat(lauf.status()).as(was + ": " + lauf).isEqualTo(Hauptprogramm.OK);
      if (!a.messwerte().isEmpty()) {
        assertThat(Kommandozeile.messwerte(daten, KOELN))
            .as(was)
            .isEqualTo(vorher + a.messwerte().size());
      }
    }
  }

  // --- generated cases --------------------------------------------------------------------

  private Fall fall(Random r, int nr, boolean datenbank) throws IOException {
    int basis = r.nextInt(datenbank ? 3 : 4);
    if (datenbank && r.nextInt(3) == 0) {
      return datenbankFall(r, nr);
    }
    switch (basis) {
      case 0:
        return kekizMesswerte(r, nr);
      case 1:
        return xlsx(r, nr);
      case 2:
        return kekizBevoelkerung(r, nr);
      default:
        return genesis(r, nr);
    }
  }

  /** A generated row of Messwerte with a key that the fixtures do not hold. */
  private record Zeile(
      String raum, int jahr, String alter, String geschlecht, int zaehler, int nenner) {
    String text() {
      return "sgb2-quote-u15;2;"
          + raum
          + ";"
          + jahr
          + ";alter="
          + alter
          + ",geschlecht="
          + geschlecht
          + ";"
          + zaehler
          + ";"
          + nenner
          + ";A;F";
    }

    Messwert messwert() {
      return new Messwert(
          QUOTE,
          Raumbezug.parse(raum),
          Periode.jahr(jahr),
          Aufschluesselung.parse("alter=" + alter + ",geschlecht=" + geschlecht),
          BigDecimal.valueOf(zaehler),
          BigDecimal.valueOf(nenner),
          ObsStatus.A,
          ConfStatus.F);
    }

    Zeile mitZaehler(int z) {
      return new Zeile(raum, jahr, alter, geschlecht, z, nenner);
    }
  }

  private List<Zeile> zeilen(Random r) {
    int n = 2 + r.nextInt(20);
    List<Zeile> z = new ArrayList<>();
    java.util.Set<String> schluessel = new java.util.HashSet<>();
    while (z.size() < n) {
      String raum = raeume.get(r.nextInt(raeume.size()));
      int jahr = 2016 + r.nextInt(9);
      String alter = ALTER[r.nextInt(ALTER.length)];
      String g = GESCHLECHT[r.nextInt(GESCHLECHT.length)];
      if (schluessel.add(raum + jahr + alter + g)) {
        int nenner = 1 + r.nextInt(5000);
        z.add(new Zeile(raum, jahr, alter, g, r.nextInt(nenner + 1), nenner));
      }
    }
    return z;
  }

  private Path schreibe(String name, List<String> zeilen) throws IOException {
    Path p = ordner.resolve(name);
    Files.writeString(p, String.join("\n", zeilen) + "\n", StandardCharsets.UTF_8);
    return p;
  }

  private static String feldErsetzt(String zeile, int feld, String wert) {
    String[] f = zeile.split(";", -1);
    f[feld] = wert;
    return String.join(";", f);
  }

  private static Annahme messwerte(List<Zeile> z) {
    return new Annahme(z.stream().map(Zeile::messwert).toList(), List.of());
  }

  private Fall kekizMesswerte(Random r, int nr) throws IOException {
    List<Zeile> z = zeilen(r);
    List<String> text = new ArrayList<>();
    text.add(KOPF_M);
    z.forEach(x -> text.add(x.text()));
    int i = r.nextInt(z.size());
    int zeile = i + 2;
    String name = "m" + nr + ".csv";
    String[] arten = {
      "zahl-zu-gross",
      "nachkommastellen",
      "nenner-negativ",
      "feld-zu-lang",
      "formel-code",
      "alter-banana",
      "steuerzeichen",
      "jahr-0000",
      "anfuehrung-offen",
      "zusatzfeld",
      "utf8-kaputt",
      "zeile-zu-lang",
      "doppelt-gleich",
      "doppelt-anders",
      "crlf-bom-leerzeilen",
      "punkt-statt-komma",
      "wert-geaendert",
      "exponent",
      "nul-im-raum",
      "kopf-kaputt",
      "unveraendert"
    };
    String art = arten[r.nextInt(arten.length)];
    String ziel = text.get(zeile - 1);
    Erwartung ab = new Ablehnung(zeile, false);
    switch (art) {
      case "zahl-zu-gross" -> text.set(zeile - 1, feldErsetzt(ziel, 5, "9223372036854775808"));
      case "nachkommastellen" -> text.set(zeile - 1, feldErsetzt(ziel, 5, "1,123456"));
      case "nenner-negativ" -> text.set(zeile - 1, feldErsetzt(ziel, 6, "-5"));
      case "feld-zu-lang" -> text.set(zeile - 1, feldErsetzt(ziel, 2, "0".repeat(5000)));
      case "formel-code" ->
          text.set(zeile - 1, feldErsetzt(ziel, 4, "geschlecht=+cmd|' /C calc'!A0"));
      case "alter-banana" -> text.set(zeile - 1, feldErsetzt(ziel, 4, "alter=banana"));
      case "steuerzeichen" -> {
        String[] boese = {"\u202Ew", "m\u001B[31m", "w\u0007", "\u2066m", "m\u200B"};
        text.set(zeile - 1, feldErsetzt(ziel, 4, "geschlecht=" + boese[r.nextInt(boese.length)]));
      }
      case "jahr-0000" -> text.set(zeile - 1, feldErsetzt(ziel, 3, "0000"));
      case "anfuehrung-offen" -> text.set(zeile - 1, feldErsetzt(ziel, 2, "\"" + z.get(i).raum()));
      case "zusatzfeld" -> text.set(zeile - 1, ziel + ";x");
      case "utf8-kaputt" -> {
        Path p = ordner.resolve(name);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int k = 0; k < text.size(); k++) {
          b.write(text.get(k).getBytes(StandardCharsets.UTF_8));
          if (k == zeile - 1) {
            b.write(new byte[] {(byte) 0xC3, (byte) 0x28});
          }
          b.write('\n');
        }
        Files.write(p, b.toByteArray());
        return new Fall("csv:" + art, List.of(p), ab);
      }
      case "zeile-zu-lang" -> text.set(zeile - 1, ziel + "a".repeat(2 << 20));
      case "doppelt-gleich" -> {
        text.add(ziel);
        return new Fall("csv:" + art, List.of(schreibe(name, text)), messwerte(z));
      }
      case "doppelt-anders" -> {
        Zeile x = z.get(i);
        text.add(x.mitZaehler(x.zaehler() == 0 ? 1 : x.zaehler() - 1).text());
        return new Fall(
            "csv:" + art, List.of(schreibe(name, text)), new Ablehnung(text.size(), false));
      }
      case "crlf-bom-leerzeilen" -> {
        Path p = ordner.resolve(name);
        Files.writeString(
            p, "\uFEFF" + String.join("\r\n\r\n", text) + "\r\n", StandardCharsets.UTF_8);
        return new Fall("csv:" + art, List.of(p), messwerte(z));
      }
      case "punkt-statt-komma" -> text.set(zeile - 1, feldErsetzt(ziel, 5, "1.234"));
      case "wert-geaendert" -> {
        Zeile x = z.get(i).mitZaehler(r.nextInt(z.get(i).nenner() + 1));
        z.set(i, x);
        text.set(zeile - 1, x.text());
        return new Fall("csv:" + art, List.of(schreibe(name, text)), messwerte(z));
      }
      case "exponent" -> text.set(zeile - 1, feldErsetzt(ziel, 5, "1E5"));
      case "nul-im-raum" -> text.set(zeile - 1, feldErsetzt(ziel, 2, z.get(i).raum() + "\u0000"));
      case "kopf-kaputt" -> {
        text.set(0, KOPF_M.replace("zaehler", "zaehlerX"));
        return new Fall("csv:" + art, List.of(schreibe(name, text)), new Ablehnung(1, false));
      }
      default -> {
        return new Fall("csv:" + art, List.of(schreibe(name, text)), messwerte(z));
      }
    }
    return new Fall("csv:" + art, List.of(schreibe(name, text)), ab);
  }

  private Fall kekizBevoelkerung(Random r, int nr) throws IOException {
    List<String> text = new ArrayList<>();
    text.add(KOPF_B);
    List<Bevoelkerungszahl> erwartet = new ArrayList<>();
    int n = 1 + r.nextInt(10);
    List<String> gewaehlt = new ArrayList<>(raeume);
    java.util.Collections.shuffle(gewaehlt, r);
    for (int k = 0; k < n; k++) {
      String raum = gewaehlt.get(k);
      long anzahl = r.nextInt(200_000);
      text.add(raum + ";2024-12-31;0-2;" + anzahl + ";");
      erwartet.add(
          Bevoelkerungszahl.of(
              Raumbezug.parse(raum),
              STICHTAG_2024,
              de.kekiz.domain.Altersspanne.parse("0-2"),
              anzahl));
    }
    int i = r.nextInt(n);
    int zeile = i + 2;
    String ziel = text.get(zeile - 1);
    String[] arten = {
      "acht-milliarden", "jahr-0000", "negativ", "komma", "wert-geaendert", "unveraendert"
    };
    String art = arten[r.nextInt(arten.length)];
    String name = "b" + nr + ".csv";
    switch (art) {
      case "acht-milliarden" -> text.set(zeile - 1, feldErsetzt(ziel, 3, "8000000000"));
      case "jahr-0000" -> text.set(zeile - 1, feldErsetzt(ziel, 1, "0000-01-01"));
      case "negativ" -> text.set(zeile - 1, feldErsetzt(ziel, 3, "-1"));
      case "komma" -> text.set(zeile - 1, feldErsetzt(ziel, 3, "12,5"));
      case "wert-geaendert" -> {
        long neu = r.nextInt(1_000_000);
        text.set(zeile - 1, feldErsetzt(ziel, 3, Long.toString(neu)));
        Bevoelkerungszahl alt = erwartet.get(i);
        erwartet.set(i, Bevoelkerungszahl.of(alt.raum(), alt.stichtag(), alt.altersgruppe(), neu));
        return new Fall(
            "bev:" + art, List.of(schreibe(name, text)), new Annahme(List.of(), erwartet));
      }
      default -> {
        return new Fall(
            "bev:" + art, List.of(schreibe(name, text)), new Annahme(List.of(), erwartet));
      }
    }
    return new Fall("bev:" + art, List.of(schreibe(name, text)), new Ablehnung(zeile, false));
  }

  private Path mappe(String name, List<Zeile> z, int ersetzteZeile, Object ersatzZaehler)
      throws IOException {
    Path p = ordner.resolve(name);
    try (OutputStream out = Files.newOutputStream(p)) {
      Workbook wb = new Workbook(out, "kekiz-fuzz", "1.0");
      Worksheet ws = wb.newWorksheet("Messwerte");
      String[] kopf = KOPF_M.split(";");
      for (int c = 0; c < kopf.length; c++) {
        ws.value(0, c, kopf[c]);
      }
      for (int k = 0; k < z.size(); k++) {
        Zeile x = z.get(k);
        int row = k + 1;
        ws.value(row, 0, "sgb2-quote-u15");
        ws.value(row, 1, 2);
        ws.value(row, 2, x.raum());
        ws.value(row, 3, x.jahr());
        ws.value(row, 4, "alter=" + x.alter() + ",geschlecht=" + x.geschlecht());
        ws.value(row, 5, k == ersetzteZeile ? MARKE : x.zaehler());
        ws.value(row, 6, x.nenner());
      }
      wb.finish();
    }
    if (ersetzteZeile >= 0) {
      ersetzeImBlatt(p, Integer.toString(MARKE), ersatzZaehler.toString());
    }
    return p;
  }

  /** Rewrites the workbook's sheet with the number cell {@code alt} holding {@code neu}. */
  private static void ersetzeImBlatt(Path p, String alt, String neu) throws IOException {
    String suche = "<v>" + alt + "</v>";
    byte[] b =
        umschreiben(
            p,
            (name, inhalt) -> {
              if (!name.startsWith("xl/worksheets/")) {
                return inhalt;
              }
              String s = new String(inhalt, StandardCharsets.UTF_8);
              if (!s.contains(suche)) {
                throw new IllegalStateException("no cell " + suche + " in " + name);
              }
              return s.replace(suche, "<v>" + neu + "</v>").getBytes(StandardCharsets.UTF_8);
            },
            null,
            0);
    Files.write(p, b);
  }

  private interface Aenderung {
    byte[] aendere(String name, byte[] inhalt);
  }

  /** The workbook's parts, changed, plus an extra part of {@code zusatzBytes} zeros if named. */
  private static byte[] umschreiben(Path p, Aenderung a, String zusatz, int zusatzBytes)
      throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (ZipFile zip = new ZipFile(p.toFile());
        ZipOutputStream out = new ZipOutputStream(b)) {
      Enumeration<? extends ZipEntry> e = zip.entries();
      while (e.hasMoreElements()) {
        ZipEntry t = e.nextElement();
        byte[] inhalt;
        try (InputStream in = zip.getInputStream(t)) {
          inhalt = in.readAllBytes();
        }
        out.putNextEntry(new ZipEntry(t.getName()));
        out.write(a.aendere(t.getName(), inhalt));
        out.closeEntry();
      }
      if (zusatz != null) {
        out.putNextEntry(new ZipEntry(zusatz));
        out.write(new byte[zusatzBytes]);
        out.closeEntry();
      }
    }
    return b.toByteArray();
  }

  private Fall xlsx(Random r, int nr) throws IOException {
    List<Zeile> z = zeilen(r);
    int i = r.nextInt(z.size());
    int zeile = i + 2;
    String name = "x" + nr + ".xlsx";
    String[] arten = {
      "crc-falsch",
      "zellbezug",
      "zahl-1e308",
      "zip-bombe",
      "abgeschnitten",
      "wert-geaendert",
      "zahl-zu-gross",
      "unveraendert"
    };
    String art = "xlsx:" + arten[r.nextInt(arten.length)];
    switch (art) {
      case "xlsx:crc-falsch" -> {
        Path p = mappe(name, z, -1, "");
        byte[] b = Files.readAllBytes(p);
        int pos = datenVon(b, "xl/worksheets/sheet1.xml");
        b[pos + 2 + r.nextInt(8)] ^= (byte) (1 + r.nextInt(255));
        Files.write(p, b);
        return new Fall(art, List.of(p), new Ablehnung(0, false));
      }
      case "xlsx:zellbezug" -> {
        Path p = mappe(name, z, -1, "");
        byte[] b =
            umschreiben(
                p,
                (n, inhalt) ->
                    n.startsWith("xl/worksheets/")
                        ? new String(inhalt, StandardCharsets.UTF_8)
                            .replaceFirst(
                                "r=\"A" + zeile + "\"", "r=\"" + "Z".repeat(5000) + zeile + "\"")
                            .getBytes(StandardCharsets.UTF_8)
                        : inhalt,
                null,
                0);
        Files.write(p, b);
        return new Fall(art, List.of(p), new Ablehnung(0, false));
      }
      case "xlsx:zahl-1e308" -> {
        return new Fall(art, List.of(mappe(name, z, i, "1E308")), new Ablehnung(zeile, false));
      }
      case "xlsx:zahl-zu-gross" -> {
        return new Fall(
            art, List.of(mappe(name, z, i, "9223372036854775808")), new Ablehnung(zeile, false));
      }
      case "xlsx:zip-bombe" -> {
        Path p = mappe(name, z, -1, "");
        Files.write(p, umschreiben(p, (n, inhalt) -> inhalt, "xl/media/null.bin", 3 << 20));
        return new Fall(art, List.of(p), new Ablehnung(0, false));
      }
      case "xlsx:abgeschnitten" -> {
        Path p = mappe(name, z, -1, "");
        byte[] b = Files.readAllBytes(p);
        Files.write(p, Arrays.copyOf(b, 1 + r.nextInt(b.length - 1)));
        return new Fall(art, List.of(p), new Ablehnung(0, false));
      }
      case "xlsx:wert-geaendert" -> {
        Zeile x = z.get(i).mitZaehler(r.nextInt(z.get(i).nenner() + 1));
        z.set(i, x);
        return new Fall(art, List.of(mappe(name, z, -1, "")), messwerte(z));
      }
      default -> {
        return new Fall(art, List.of(mappe(name, z, -1, "")), messwerte(z));
      }
    }
  }

  /** The offset of the packed data of part {@code name} (after its local header). */
  private static int datenVon(byte[] b, String name) {
    byte[] n = name.getBytes(StandardCharsets.UTF_8);
    for (int k = 0; k + 30 + n.length < b.length; k++) {
      if (b[k] == 'P' && b[k + 1] == 'K' && b[k + 2] == 3 && b[k + 3] == 4) {
        int laenge = (b[k + 26] & 0xFF) | (b[k + 27] & 0xFF) << 8;
        int extra = (b[k + 28] & 0xFF) | (b[k + 29] & 0xFF) << 8;
        if (laenge == n.length
            && Arrays.equals(Arrays.copyOfRange(b, k + 30, k + 30 + laenge), n)) {
          return k + 30 + laenge + extra;
        }
      }
    }
    throw new IllegalStateException("no part " + name);
  }

  private Fall genesis(Random r, int nr) throws IOException {
    List<String> text;
    try {
      text =
          Files.readAllLines(
              Path.of(ImportFuzzTest.class.getResource("/genesis/" + GENESIS).toURI()),
              StandardCharsets.UTF_8);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    Raumbezug koeln = Raumbezug.of(KOELN);
    Map<String, Long> werte = new TreeMap<>(Map.of("", 1_024_621L, "m", 498_050L, "w", 526_571L));
    int zeile = 2 + r.nextInt(text.size() - 1);
    String ziel = text.get(zeile - 1);
    String[] arten = {
      "zahl-zu-gross",
      "zeit-0000",
      "feld-fehlt",
      "steuerzeichen",
      "feld-zu-lang",
      "utf8-kaputt",
      "koeln-wert",
      "crlf",
      "unveraendert"
    };
    String art = "genesis:" + arten[r.nextInt(arten.length)];
    String name = "g" + nr + ".csv";
    Erwartung ab = new Ablehnung(zeile, false);
    switch (art) {
      case "genesis:zahl-zu-gross" ->
          text.set(zeile - 1, feldErsetzt(ziel, 13, "1" + "0".repeat(19)));
      case "genesis:zeit-0000" -> text.set(zeile - 1, feldErsetzt(ziel, 4, "0000-12-31"));
      case "genesis:feld-fehlt" -> text.set(zeile - 1, ziel.substring(0, ziel.lastIndexOf(';')));
      case "genesis:steuerzeichen" -> text.set(zeile - 1, feldErsetzt(ziel, 13, "12\u001B[2J"));
      case "genesis:feld-zu-lang" -> text.set(zeile - 1, feldErsetzt(ziel, 1, "B".repeat(3000)));
      case "genesis:utf8-kaputt" -> {
        Path p = ordner.resolve(name);
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int k = 0; k < text.size(); k++) {
          b.write(text.get(k).getBytes(StandardCharsets.UTF_8));
          if (k == zeile - 1) {
            b.write(new byte[] {(byte) 0xFF});
          }
          b.write('\n');
        }
        Files.write(p, b.toByteArray());
        return new Fall(art, List.of(p), ab);
      }
      case "genesis:koeln-wert" -> {
        long neu = 1 + r.nextInt(2_000_000);
        for (int k = 1; k < text.size(); k++) {
          String[] f = text.get(k).split(";", -1);
          if (f[7].equals("05315")) {
            String g = f[11].equals("GESM") ? "m" : f[11].equals("GESW") ? "w" : "";
            if (r.nextBoolean() || k == text.size() - 1) {
              werte.put(g, neu);
              text.set(k, feldErsetzt(text.get(k), 13, Long.toString(neu)));
              break;
            }
          }
        }
        ab = null;
      }
      case "genesis:crlf" -> {
        Path p = ordner.resolve(name);
        Files.writeString(p, String.join("\r\n", text) + "\r\n", StandardCharsets.UTF_8);
        return new Fall(art, List.of(p), genesisAnnahme(koeln, werte));
      }
      default -> ab = null;
    }
    Path p = schreibe(name, text);
    return new Fall(art, List.of(p), ab != null ? ab : genesisAnnahme(koeln, werte));
  }

  private static Annahme genesisAnnahme(Raumbezug koeln, Map<String, Long> werte) {
    List<Bevoelkerungszahl> b = new ArrayList<>();
    werte.forEach(
        (g, n) ->
            b.add(
                new Bevoelkerungszahl(
                    koeln,
                    STICHTAG_2024,
                    Bevoelkerungszahl.ALLE_ALTER,
                    g.isEmpty() ? null : g,
                    n)));
    return new Annahme(List.of(), b);
  }

  /** Mutations only the database can judge; always run through the command line. */
  private Fall datenbankFall(Random r, int nr) throws IOException {
    List<Zeile> z = zeilen(r);
    List<String> text = new ArrayList<>();
    text.add(KOPF_M);
    z.forEach(x -> text.add(x.text()));
    int i = r.nextInt(z.size());
    int zeile = i + 2;
    String ziel = text.get(zeile - 1);
    String[] arten = {
      "unbekannter-indikator",
      "unbekannter-sozialraum",
      "anteil-ueber-nenner",
      "zwei-dateien-widerspruch",
      "zwei-dateien-gleich"
    };
    String art = "db:" + arten[r.nextInt(arten.length)];
    String name = "d" + nr + ".csv";
    switch (art) {
      case "db:unbekannter-indikator" -> text.set(zeile - 1, feldErsetzt(ziel, 0, "gibt-es-nicht"));
      case "db:unbekannter-sozialraum" ->
          text.set(zeile - 1, feldErsetzt(ziel, 2, "05315000:999999@1"));
      case "db:anteil-ueber-nenner" ->
          text.set(zeile - 1, feldErsetzt(ziel, 5, Integer.toString(z.get(i).nenner() + 1)));
      case "db:zwei-dateien-widerspruch", "db:zwei-dateien-gleich" -> {
        Path erste = schreibe(name, text);
        Zeile x = z.get(i);
        boolean gleich = art.endsWith("gleich");
        Zeile zweite = gleich ? x : x.mitZaehler(x.zaehler() == 0 ? 1 : x.zaehler() - 1);
        Path p = schreibe("zweite-" + name, List.of(KOPF_M, zweite.text()));
        return new Fall(art, List.of(erste, p), gleich ? messwerte(z) : new Ablehnung(2, true));
      }
      default -> throw new AssertionError(art);
    }
    return new Fall(art, List.of(schreibe(name, text)), new Ablehnung(zeile, true));
  }
}

package de.kekiz.importe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.domain.leitbild.LeitbildFixtures;
import de.kekiz.domain.leitbild.Praeventionsleitlinie;
import de.kekiz.domain.leitbild.Zielrichtung;
import de.kekiz.domain.leitbild.Zielwert;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The planning workbook (Arbeitsmappe): template, reader, round trip")
class ArbeitsmappeTest {

  static final Gemeindeschluessel AHLEN = LeitbildFixtures.AHLEN;
  static final List<IndikatorKey> KATALOG =
      List.of(
          LeitbildFixtures.BETREUUNG_U3,
          LeitbildFixtures.SEU_SPRACHE,
          LeitbildFixtures.SGB2_U15,
          LeitbildFixtures.U9);

  @TempDir Path ordner;

  /** A workbook as a planner could have typed it: sheet name to rows, row 1 the header. */
  private Path mappe(String name, Map<String, List<List<Object>>> blaetter) throws IOException {
    Path datei = ordner.resolve(name);
    try (OutputStream out = Files.newOutputStream(datei)) {
      Workbook wb = new Workbook(out, "test", "1.0");
      for (Map.Entry<String, List<List<Object>>> e : blaetter.entrySet()) {
        Worksheet ws = wb.newWorksheet(e.getKey());
        List<List<Object>> zeilen = e.getValue();
        for (int r = 0; r < zeilen.size(); r++) {
          for (int c = 0; c < zeilen.get(r).size(); c++) {
            Object v = zeilen.get(r).get(c);
            if (v instanceof String s) {
              ws.value(r, c, s);
            } else if (v instanceof Number n) {
              ws.value(r, c, n);
            } else if (v instanceof LocalDate d) {
              ws.value(r, c, d);
            }
          }
        }
      }
      wb.finish();
    }
    return datei;
  }

  /** Every sheet of the template with its header and the rows given. */
  private static Map<String, List<List<Object>>> blaetter(
      Map<Arbeitsmappenblatt, List<List<Object>>> daten) {
    Map<String, List<List<Object>>> m = new LinkedHashMap<>();
    for (Arbeitsmappenblatt b : Arbeitsmappenblatt.values()) {
      List<List<Object>> zeilen = new ArrayList<>();
      zeilen.add(List.copyOf(b.spalten()));
      zeilen.addAll(daten.getOrDefault(b, List.of()));
      m.put(b.blattname(), zeilen);
    }
    return m;
  }

  private static List<String> fehler(Leseergebnis<?> e) {
    return e.fehler().stream().map(Importfehler::toString).toList();
  }

  @Nested
  @DisplayName("template")
  class Vorlage {

    @Test
    @DisplayName("has the instructions, every sheet with its header, and hidden code lists")
    void blaetter() throws IOException {
      Path datei = ordner.resolve("vorlage.xlsx");
      new ArbeitsmappeSchreiber().vorlage(datei, AHLEN, KATALOG);

      try (ReadableWorkbook wb = new ReadableWorkbook(datei.toFile())) {
        List<Sheet> sheets = wb.getSheets().toList();
        assertThat(sheets)
            .extracting(Sheet::getName)
            .containsExactly(
                "Anleitung",
                "Leitbild",
                "Leitlinien",
                "Leitziele",
                "Handlungsziele",
                "Indikatoren",
                "Zielwerte",
                "Lebensphasen",
                "Übergänge",
                "Handlungsfelder",
                "Akteure",
                "Netzwerke",
                "Gremien",
                "Sitze",
                "Koordination",
                "Angebote",
                "Standorte",
                "Zeitpläne",
                "Kosten",
                "Zuordnungen",
                "Zielbeiträge",
                "Listen");
        assertThat(sheets.get(21).getVisibility()).isEqualTo(SheetVisibility.HIDDEN);
        assertThat(zeilen(sheets.get(0)).get(0)).startsWith("kekiz-Arbeitsmappe");
        assertThat(String.join("\n", zeilen(sheets.get(0))))
            .contains("Alles oder nichts")
            .contains("kekiz arbeitsmappe --kommune AGS DATEI.xlsx");
        for (Arbeitsmappenblatt b : Arbeitsmappenblatt.values()) {
          assertThat(zeilen(sheets.get(b.ordinal() + 1)).get(0))
              .as(b.blattname())
              .isEqualTo(String.join("|", b.spalten()));
        }
        assertThat(zeilen(sheets.get(1)).get(1)).isEqualTo("05570004");
        List<String> listen = zeilen(sheets.get(21));
        assertThat(listen.get(0))
            .isEqualTo(
                "Leitlinie|Richtung|Indikator|Akteursart|Gremium|Finanzierung|Status|Standortart"
                    + "|Beitrag|Teil|Merkmal|Präventionsebene");
        assertThat(listen.get(1))
            .isEqualTo(
                "Beteiligungsorientierung|mindestens|betreuungsquote-u3|Kita|Steuerungsgruppe"
                    + "|Land NRW|aktiv|Ort|Angebot|Übergang|Indikator|universell");
        assertThat(listen.get(7))
            .isEqualTo("Multiprofessionelle Zusammenarbeit|||Ärztin/Arzt|||||||Präventionsebene");
        assertThat(listen).hasSize(19); // the 18 Akteursarten and the header
      }
    }

    @Test
    @DisplayName("offers the code lists and the keys of other sheets as drop-down lists")
    void auswahllisten() throws IOException {
      Path datei = ordner.resolve("vorlage.xlsx");
      new ArbeitsmappeSchreiber().vorlage(datei, AHLEN, KATALOG);

      String zielwerte = teil(datei, "xl/worksheets/sheet7.xml");
      assertThat(zielwerte)
          .contains("sqref=\"A2:A1000\" type=\"list\"")
          .contains("<formula1>Handlungsziele!$B$2:$B$1000</formula1>")
          .contains("<formula1>Listen!$C$2:$C$5</formula1>")
          .contains("<formula1>Listen!$B$2:$B$3</formula1>");
      assertThat(teil(datei, "xl/worksheets/sheet3.xml"))
          .contains("<formula1>Listen!$A$2:$A$8</formula1>");
      assertThat(teil(datei, "xl/worksheets/sheet5.xml"))
          .contains("<formula1>Leitziele!$A$2:$A$1000</formula1>");
    }

    @Test
    @DisplayName("read back unfilled, says that it holds nothing and gives nothing")
    void leer() {
      Path datei = ordner.resolve("vorlage.xlsx");
      new ArbeitsmappeSchreiber().vorlage(datei, AHLEN, KATALOG);

      Leseergebnis<Arbeitsmappe> e = new ArbeitsmappeLeser().lese(datei, AHLEN);

      assertThat(e.objekte()).isEmpty();
      assertThat(fehler(e))
          .containsExactly(
              datei
                  + " [Leitbild], Zeile 2: die Mappe ist leer: weder Leitbild noch"
                  + " Präventionskette noch Angebote eingetragen; nichts zu speichern");
    }
  }

  @Nested
  @DisplayName("round trip")
  class Rundreise {

    @Test
    @DisplayName(
        "a Leitbild written and read back is equal, and written again gives the same parts")
    void gleich() throws IOException {
      Leitbild ahlen = LeitbildFixtures.ahlen();
      Path erst = ordner.resolve("erst.xlsx");
      Path zweit = ordner.resolve("zweit.xlsx");
      new ArbeitsmappeSchreiber().schreibe(erst, ahlen, KATALOG);

      Leseergebnis<Arbeitsmappe> e =
          new ArbeitsmappeLeser()
              .withIndikatoren(KATALOG)
              .withSozialraeumen(List.of(LeitbildFixtures.AHLEN_SUED_OST))
              .lese(erst, AHLEN);

      assertThat(fehler(e)).isEmpty();
      assertThat(e.objekte()).extracting(Arbeitsmappe::leitbild).containsExactly(ahlen);
      assertThat(e.objekte().get(0).kette()).isNull();
      new ArbeitsmappeSchreiber().schreibe(zweit, e.objekte().get(0), KATALOG);
      assertThat(teile(zweit)).isEqualTo(teile(erst));
    }
  }

  @Nested
  @DisplayName("a good file typed by hand")
  class Gut {

    @Test
    @DisplayName("takes numbers and dates as text, a key as a number cell, and skips empty rows")
    void handschrift() throws IOException {
      Path datei =
          mappe(
              "gut.xlsx",
              blaetter(
                  Map.of(
                      Arbeitsmappenblatt.LEITBILD,
                      List.of(List.of(5570004, 2, "Leitbild 2025", "03.04.2025", "Rat")),
                      Arbeitsmappenblatt.LEITLINIEN,
                      List.of(
                          List.of("Soziale Inklusion"), List.of(), List.of("aufsuchender_ansatz")),
                      Arbeitsmappenblatt.LEITZIELE,
                      List.of(List.of(1, "Gesund aufwachsen")),
                      Arbeitsmappenblatt.HANDLUNGSZIELE,
                      List.of(List.of(1, 1.1, "Mehr Kinder in der Kita")),
                      Arbeitsmappenblatt.INDIKATOREN,
                      List.of(List.of(1.1, "betreuungsquote-u3")),
                      Arbeitsmappenblatt.ZIELWERTE,
                      List.of(
                          List.of(
                              "1.1",
                              "betreuungsquote-u3",
                              "Mindestens",
                              "45,5",
                              "2027-12-31",
                              "sued-ost",
                              new BigDecimal("38.20"))))));

      Leseergebnis<Arbeitsmappe> e = new ArbeitsmappeLeser().lese(datei, AHLEN);

      assertThat(fehler(e)).isEmpty();
      Leitbild l = java.util.Objects.requireNonNull(e.objekte().get(0).leitbild());
      assertThat(l.fassung()).isEqualTo(2);
      assertThat(l.beschlossenAm()).contains(LocalDate.of(2025, 4, 3));
      assertThat(l.gremium()).contains("Rat");
      assertThat(l.leitlinien())
          .containsExactlyInAnyOrder(
              Praeventionsleitlinie.SOZIALE_INKLUSION, Praeventionsleitlinie.AUFSUCHENDER_ANSATZ);
      assertThat(l.handlungsziel("1.1").orElseThrow().zielwerte())
          .containsExactly(
              new Zielwert(
                  LeitbildFixtures.BETREUUNG_U3,
                  new BigDecimal("45.5"),
                  Zielrichtung.MINDESTENS,
                  LocalDate.of(2027, 12, 31),
                  SozialraumId.of(AHLEN, "sued-ost"),
                  new BigDecimal("38.2")));
    }
  }

  @Nested
  @DisplayName("a bad file")
  class Schlecht {

    @Test
    @DisplayName("gives every error with file, sheet, row, column, value and reason, and nothing")
    void jederFehler() throws IOException {
      Path datei =
          mappe(
              "schlecht.xlsx",
              blaetter(
                  Map.of(
                      Arbeitsmappenblatt.LEITBILD,
                      List.of(List.of("05315000", "zwei", "Leitbild", "01.01.2026", "Rat")),
                      Arbeitsmappenblatt.LEITLINIEN,
                      List.of(
                          List.of("Soziale Inklusion"),
                          List.of("Mut zur Lücke"),
                          List.of("soziale inklusion")),
                      Arbeitsmappenblatt.LEITZIELE,
                      List.of(
                          List.of("1", "Gesund aufwachsen"),
                          List.of("1", "Nochmal"),
                          List.of("a b", "Leerzeichen")),
                      Arbeitsmappenblatt.HANDLUNGSZIELE,
                      List.of(List.of("9", "1.1", "Ohne Leitziel"), List.of("1", "1.2", "")),
                      Arbeitsmappenblatt.INDIKATOREN,
                      List.of(List.of("1.1", "Betreuungsquote"), List.of("1.3", "seu-sprache")),
                      Arbeitsmappenblatt.ZIELWERTE,
                      List.of(
                          List.of(
                              "1.1", "seu-sprache", "etwa", "viel", "31.02.2026", "süd", "x")))));

      Leseergebnis<Arbeitsmappe> e = new ArbeitsmappeLeser().lese(datei, AHLEN);

      assertThat(e.objekte()).isEmpty();
      String d = datei.toString();
      assertThat(fehler(e))
          .containsExactly(
              d
                  + " [Leitbild], Zeile 2, Spalte A (Kommune), Wert '05315000': die Mappe gehört"
                  + " zu einer anderen Kommune; eingelesen wird für 05570004",
              d
                  + " [Leitbild], Zeile 2, Spalte B (Fassung), Wert 'zwei': erwartet eine Zahl,"
                  + " z. B. 12,5",
              d
                  + " [Leitlinien], Zeile 3, Spalte A (Leitlinie), Wert 'Mut zur Lücke': keine"
                  + " Präventionsleitlinie; erwartet eine aus der Liste: Beteiligungsorientierung;"
                  + " Eltern stärken – Kinder stärken; Aufsuchender Ansatz; Ungleiches ungleich"
                  + " behandeln; Soziale Inklusion; (Bildungs-)Übergänge fließend gestalten;"
                  + " Multiprofessionelle Zusammenarbeit",
              d
                  + " [Leitlinien], Zeile 4, Spalte A (Leitlinie), Wert 'soziale inklusion': die"
                  + " Leitlinie steht schon in Zeile 2",
              d
                  + " [Leitziele], Zeile 3, Spalte A (Leitziel), Wert '1': das Leitziel steht"
                  + " schon in Zeile 2",
              d
                  + " [Leitziele], Zeile 4, Spalte A (Leitziel), Wert 'a b': erwartet einen"
                  + " Schlüssel aus 1 bis 60 Buchstaben, Ziffern, '.', '_' oder '-', der mit einem"
                  + " Buchstaben oder einer Ziffer beginnt",
              d
                  + " [Handlungsziele], Zeile 2, Spalte A (Leitziel), Wert '9': dieses Leitziel"
                  + " steht nicht auf dem Blatt Leitziele",
              d
                  + " [Handlungsziele], Zeile 3, Spalte C (Titel), Wert '': fehlt; die Spalte ist"
                  + " Pflicht",
              d
                  + " [Indikatoren], Zeile 2, Spalte B (Indikator), Wert 'Betreuungsquote':"
                  + " erwartet den Schlüssel eines Indikators (Kleinbuchstaben, Ziffern und '-',"
                  + " z. B. sgb2-quote-u15)",
              d
                  + " [Indikatoren], Zeile 3, Spalte A (Handlungsziel), Wert '1.3': dieses"
                  + " Handlungsziel steht nicht auf dem Blatt Handlungsziele",
              d
                  + " [Zielwerte], Zeile 2, Spalte B (Indikator), Wert 'seu-sprache': der"
                  + " Indikator steht auf dem Blatt Indikatoren nicht beim Handlungsziel 1.1; ein"
                  + " Zielwert gilt einem Indikator, an dem das Ziel gemessen wird",
              d
                  + " [Zielwerte], Zeile 2, Spalte C (Richtung), Wert 'etwa': erwartet mindestens"
                  + " oder höchstens",
              d
                  + " [Zielwerte], Zeile 2, Spalte D (Zielwert), Wert 'viel': erwartet eine Zahl,"
                  + " z. B. 12,5",
              d
                  + " [Zielwerte], Zeile 2, Spalte E (Frist), Wert '31.02.2026': erwartet ein"
                  + " Datum, z. B. 31.12.2025",
              d
                  + " [Zielwerte], Zeile 2, Spalte F (Sozialraum), Wert 'süd': erwartet den"
                  + " Schlüssel eines Sozialraums (Buchstaben a-z, Ziffern, '-', '_', '.')",
              d
                  + " [Zielwerte], Zeile 2, Spalte G (Ausgangswert), Wert 'x': erwartet eine Zahl,"
                  + " z. B. 12,5");
    }

    @Test
    @DisplayName("names a Frist before the decision, a second Zielwert and a second Leitbild row")
    void regeln() throws IOException {
      Path datei =
          mappe(
              "regeln.xlsx",
              blaetter(
                  Map.of(
                      Arbeitsmappenblatt.LEITBILD,
                      List.of(
                          List.of("05570004", 1, "Leitbild", LocalDate.of(2026, 1, 1), "Rat"),
                          List.of("05570004", 2, "Noch eins")),
                      Arbeitsmappenblatt.LEITZIELE,
                      List.of(List.of("1", "Gesund aufwachsen")),
                      Arbeitsmappenblatt.HANDLUNGSZIELE,
                      List.of(List.of("1", "1.1", "Kita")),
                      Arbeitsmappenblatt.INDIKATOREN,
                      List.of(List.of("1.1", "betreuungsquote-u3")),
                      Arbeitsmappenblatt.ZIELWERTE,
                      List.of(
                          List.of("1.1", "betreuungsquote-u3", "mindestens", 40, "31.12.2025"),
                          List.of("1.1", "betreuungsquote-u3", "mindestens", 45, "31.12.2027"),
                          List.of("1.1", "betreuungsquote-u3", "höchstens", 50, "31.12.2027")))));

      Leseergebnis<Arbeitsmappe> e = new ArbeitsmappeLeser().lese(datei, AHLEN);

      assertThat(e.objekte()).isEmpty();
      String d = datei.toString();
      assertThat(fehler(e))
          .containsExactly(
              d
                  + " [Leitbild], Zeile 3: die Mappe hält ein Leitbild; erwartet nur eine Zeile"
                  + " (Zeile 2) (Zeile '05570004 | 2 | Noch eins |  | ')",
              d
                  + " [Zielwerte], Zeile 2, Spalte E (Frist), Wert '31.12.2025': die Frist liegt"
                  + " vor dem Beschluss des Leitbilds am 01.01.2026",
              d
                  + " [Zielwerte], Zeile 4, Spalte B (Indikator), Wert 'betreuungsquote-u3': für"
                  + " dieses Handlungsziel, diesen Indikator, die ganze Kommune und diese Frist"
                  + " steht schon ein Zielwert in Zeile 3");
    }

    @Test
    @DisplayName("names an unknown indicator and a Sozialraum the Kommune has not")
    void unbekannt() {
      Path datei = ordner.resolve("ahlen.xlsx");
      new ArbeitsmappeSchreiber().schreibe(datei, LeitbildFixtures.ahlen(), KATALOG);

      Leseergebnis<Arbeitsmappe> e =
          new ArbeitsmappeLeser()
              .withIndikatoren(List.of(LeitbildFixtures.BETREUUNG_U3, LeitbildFixtures.SGB2_U15))
              .withSozialraeumen(List.of(LeitbildFixtures.AHLEN_INNENSTADT))
              .lese(datei, AHLEN);

      assertThat(e.objekte()).isEmpty();
      assertThat(fehler(e))
          .containsExactly(
              datei
                  + " [Indikatoren], Zeile 3, Spalte B (Indikator), Wert 'seu-sprache': kekiz"
                  + " kennt diesen Indikator nicht (erst kekiz indikatoren)",
              datei
                  + " [Indikatoren], Zeile 4, Spalte B (Indikator), Wert 'u8-u9-teilnahme':"
                  + " kekiz kennt diesen Indikator nicht (erst kekiz indikatoren)",
              datei
                  + " [Zielwerte], Zeile 3, Spalte B (Indikator), Wert 'seu-sprache': kekiz"
                  + " kennt diesen Indikator nicht (erst kekiz indikatoren)",
              datei
                  + " [Zielwerte], Zeile 3, Spalte F (Sozialraum), Wert 'sued-ost': die"
                  + " Kommune 05570004 hat diesen Sozialraum nicht");
    }

    @Test
    @DisplayName("names a missing sheet and a renamed header")
    void aufbau() throws IOException {
      Map<String, List<List<Object>>> b = blaetter(Map.of());
      b.remove("Zielwerte");
      b.put("Leitziele", List.of(List.of("Leitziel", "Name", "Beschreibung")));
      Path datei = mappe("aufbau.xlsx", b);

      Leseergebnis<Arbeitsmappe> e = new ArbeitsmappeLeser().lese(datei, AHLEN);

      assertThat(fehler(e))
          .contains(
              datei
                  + " [Zielwerte], Zeile 1: das Blatt fehlt; die Mappe braucht die Blätter"
                  + " Leitbild, Leitlinien, Leitziele, Handlungsziele, Indikatoren, Zielwerte,"
                  + " Lebensphasen, Übergänge, Handlungsfelder, Akteure, Netzwerke, Gremien, Sitze,"
                  + " Koordination, Angebote, Standorte, Zeitpläne, Kosten, Zuordnungen,"
                  + " Zielbeiträge (kekiz arbeitsmappe --vorlage schreibt sie)",
              datei
                  + " [Leitziele], Zeile 1, Spalte B (Titel), Wert 'Name': erwartet die"
                  + " Spaltenüberschrift 'Titel'");
    }

    @Test
    @DisplayName("refuses a file that is no workbook")
    void keineMappe() throws IOException {
      Path datei = ordner.resolve("text.xlsx");
      Files.writeString(datei, "Leitbild;Titel\n", StandardCharsets.UTF_8);

      assertThatThrownBy(() -> new ArbeitsmappeLeser().lese(datei, AHLEN))
          .isInstanceOf(UnlesbareDateiException.class)
          .hasMessageContaining("text.xlsx");
    }
  }

  /** The rows of a sheet, cells joined by '|', trailing empty cells left out. */
  private static List<String> zeilen(Sheet sheet) throws IOException {
    try (Stream<Row> s = sheet.openStream()) {
      return s.map(
              r -> {
                List<String> t = new ArrayList<>();
                for (int i = 0; i < r.getCellCount(); i++) {
                  t.add(r.getCellText(i));
                }
                return String.join("|", t).replaceAll("\\|+$", "");
              })
          .toList();
    }
  }

  /**
   * Every part of the workbook's ZIP container by name, except {@code docProps/core.xml}, which
   * holds the moment of writing.
   */
  private static Map<String, String> teile(Path datei) throws IOException {
    Map<String, String> teile = new java.util.TreeMap<>();
    try (ZipFile zip = new ZipFile(datei.toFile())) {
      for (var e : java.util.Collections.list(zip.entries())) {
        if (!e.getName().equals("docProps/core.xml")) {
          teile.put(
              e.getName(),
              new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    assertThat(teile).containsKey("xl/worksheets/sheet7.xml");
    return teile;
  }

  private static String teil(Path datei, String name) throws IOException {
    try (ZipFile zip = new ZipFile(datei.toFile())) {
      return new String(
          zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

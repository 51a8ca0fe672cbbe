package de.kekiz.importe;

import static de.kekiz.importe.Testdateien.KOELN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.Raumbezug;
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
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("XlsxLeser")
class XlsxLeserTest {

  private static final XlsxLeser LESER = new XlsxLeser();

  @TempDir Path ordner;

  /** Writes a workbook with one sheet per entry; cells are String, Number or LocalDate. */
  private Path mappe(String name, Map<String, List<List<Object>>> blaetter) throws IOException {
    Path p = ordner.resolve(name);
    try (OutputStream out = Files.newOutputStream(p)) {
      Workbook wb = new Workbook(out, "kekiz-test", "1.0");
      for (Map.Entry<String, List<List<Object>>> blatt : blaetter.entrySet()) {
        Worksheet ws = wb.newWorksheet(blatt.getKey());
        List<List<Object>> zeilen = blatt.getValue();
        for (int r = 0; r < zeilen.size(); r++) {
          List<Object> zellen = zeilen.get(r);
          for (int c = 0; c < zellen.size(); c++) {
            Object wert = zellen.get(c);
            if (wert instanceof Number) {
              ws.value(r, c, (Number) wert);
            } else if (wert instanceof LocalDate) {
              ws.value(r, c, (LocalDate) wert);
              ws.style(r, c).format("yyyy-mm-dd").set();
            } else if (!"".equals(wert)) {
              ws.value(r, c, (String) wert);
            }
          }
        }
      }
      wb.finish();
    }
    return p;
  }

  private static List<Object> zeile(Object... zellen) {
    return List.of(zellen);
  }

  private static Object text(Object o) {
    return o == null ? "" : o.toString();
  }

  /** The test Messwerte with numbers stored as numbers, a Kommune AGS as a number too. */
  private static List<List<Object>> alsZahlen(List<Messwert> messwerte) {
    List<List<Object>> zeilen = new ArrayList<>();
    zeilen.add(new ArrayList<>(KekizLayout.MESSWERTE.spalten()));
    for (Messwert m : messwerte) {
      Object raum =
          m.raum().toString().indexOf(':') < 0
              ? (Object) Long.valueOf(m.raum().toString())
              : m.raum().toString();
      Object periode =
          m.periode().toString().length() == 4
              ? (Object) Integer.valueOf(m.periode().toString())
              : m.periode().toString();
      zeilen.add(
          zeile(
              m.indikator().key().toString(),
              m.indikator().version(),
              raum,
              periode,
              m.aufschluesselung().toString(),
              m.zaehler() == null ? "" : m.zaehler(),
              m.nenner() == null ? "" : m.nenner(),
              m.obsStatus().code(),
              m.confStatus().code()));
    }
    return zeilen;
  }

  /** The test Messwerte with every cell stored as text, numbers with a decimal comma. */
  private static List<List<Object>> alsText(List<Messwert> messwerte) {
    List<List<Object>> zeilen = new ArrayList<>();
    zeilen.add(new ArrayList<>(KekizLayout.MESSWERTE.spalten()));
    for (Messwert m : messwerte) {
      zeilen.add(
          zeile(
              m.indikator().key().toString(),
              Integer.toString(m.indikator().version()),
              m.raum().toString(),
              m.periode().toString(),
              m.aufschluesselung().toString(),
              m.zaehler() == null ? "" : m.zaehler().toPlainString().replace('.', ','),
              m.nenner() == null ? "" : m.nenner().toPlainString().replace('.', ','),
              m.obsStatus().code(),
              text(m.confStatus().code())));
    }
    return zeilen;
  }

  @Test
  @DisplayName("round trip: Messwerte stored as numbers or as text read back unchanged")
  void rundreiseMesswerte() throws IOException {
    List<Messwert> erwartet = KekizCsvLeserTest.messwerte();
    Map<String, List<List<Object>>> blaetter = new LinkedHashMap<>();
    blaetter.put("Zahlen", alsZahlen(erwartet));
    blaetter.put("Text", alsText(erwartet));
    Path p = mappe("messwerte.xlsx", blaetter);

    Importergebnis zahlen = LESER.lese(p, Importoptionen.standard());
    assertThat(zahlen.fehler()).isEmpty();
    assertThat(zahlen.messwerte()).containsExactlyElementsOf(erwartet);
    assertThat(zahlen.format()).isEqualTo("XLSX Messwerte");

    Importergebnis text = LESER.lese(p, "Text", Importoptionen.standard());
    assertThat(text.fehler()).isEmpty();
    assertThat(text.messwerte()).containsExactlyElementsOf(erwartet);
  }

  @Test
  @DisplayName("round trip: population with dates as date cells or as text; the same as CSV")
  void rundreiseBevoelkerung() throws IOException {
    List<Bevoelkerungszahl> erwartet = KekizCsvLeserTest.bevoelkerung();
    List<List<Object>> zeilen = new ArrayList<>();
    zeilen.add(new ArrayList<>(KekizLayout.BEVOELKERUNG.spalten()));
    boolean alsDatum = true;
    for (Bevoelkerungszahl b : erwartet) {
      zeilen.add(
          zeile(
              b.raum().toString(),
              alsDatum ? b.stichtag() : b.stichtag().toString(),
              b.altersgruppe().toString(),
              b.anzahl(),
              b.geschlecht() == null ? "" : b.geschlecht()));
      alsDatum = !alsDatum;
    }
    Path p = mappe("bevoelkerung.xlsx", Map.of("Bevoelkerung", zeilen));
    Importergebnis e = LESER.lese(p, Importoptionen.standard());
    assertThat(e.fehler()).isEmpty();
    assertThat(e.bevoelkerung()).containsExactlyElementsOf(erwartet);

    Path csv = ordner.resolve("bevoelkerung.csv");
    new KekizCsvSchreiber().schreibeBevoelkerung(csv, erwartet);
    assertThat(new KekizCsvLeser().lese(csv, Importoptionen.standard()).bevoelkerung())
        .isEqualTo(e.bevoelkerung());
  }

  @Test
  @DisplayName("a bad cell is named by sheet, row and column letter; nothing is imported")
  void fehler() throws IOException {
    Path p =
        mappe(
            "fehler.xlsx",
            Map.of(
                "Daten",
                List.of(
                    new ArrayList<Object>(KekizLayout.MESSWERTE.spalten()),
                    zeile("betreuungsquote-u3", 1, "05315000", 2023, "", 12.5, "", "A", "F"),
                    zeile("betreuungsquote-u3", 1, "05315000", 2024, "", "12.5", "", "A", "F"))));
    Importergebnis e = LESER.lese(p, Importoptionen.standard());
    assertThat(e.verworfen()).isTrue();
    assertThat(e.fehler())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.blatt()).isEqualTo("Daten");
              assertThat(f.zeile()).isEqualTo(3);
              assertThat(f.spalte()).isEqualTo(6);
              assertThat(f.toString())
                  .contains("fehler.xlsx [Daten], Zeile 3, Spalte F (zaehler), Wert '12.5'");
            });
    Importergebnis nachsichtig =
        LESER.lese(
            p,
            Importoptionen.standard()
                .withFehlerbehandlung(Fehlerbehandlung.FEHLERHAFTE_ZEILEN_UEBERSPRINGEN));
    assertThat(nachsichtig.messwerte())
        .singleElement()
        .extracting(Messwert::zaehler)
        .isEqualTo(new BigDecimal("12.5"));
  }

  @Test
  @DisplayName("skips empty rows and rows of other areas")
  void leerUndGebiet() throws IOException {
    Path p =
        mappe(
            "gebiet.xlsx",
            Map.of(
                "Daten",
                List.of(
                    new ArrayList<Object>(KekizLayout.BEVOELKERUNG.spalten()),
                    zeile("05315000", "2024-12-31", "0+", 5),
                    zeile(""),
                    zeile("05978036", "2024-12-31", "0+", 7))));
    Importergebnis e =
        LESER.lese(p, Importoptionen.standard().withGebiet(Gebietsauswahl.kommune(KOELN)));
    assertThat(e.bevoelkerung())
        .singleElement()
        .extracting(Bevoelkerungszahl::raum)
        .isEqualTo(Raumbezug.of(KOELN));
    assertThat(e.zeilenGelesen()).isEqualTo(2);
    assertThat(e.uebersprungen(Ueberspringgrund.ANDERES_GEBIET)).isEqualTo(1);
  }

  @Test
  @DisplayName("refuses a missing sheet, a foreign header, a missing file and a non-XLSX file")
  void unlesbar() throws IOException {
    Path p =
        mappe(
            "fremd.xlsx",
            Map.of("Tabelle1", List.of(zeile("Stadtteil", "Einwohner"), zeile("Altstadt", 3))));
    assertThatThrownBy(() -> LESER.lese(p, "Messwerte", Importoptionen.standard()))
        .isInstanceOf(UnlesbareDateiException.class)
        .hasMessageContaining("fremd.xlsx")
        .hasMessageContaining("kein Blatt 'Messwerte'")
        .hasMessageContaining("Tabelle1");
    assertThatThrownBy(() -> LESER.lese(p, Importoptionen.standard()))
        .isInstanceOf(UnlesbareDateiException.class)
        .hasMessageContaining("keines kekiz-Layouts")
        .hasMessageContaining("Stadtteil");
    assertThatThrownBy(() -> LESER.lese(ordner.resolve("fehlt.xlsx"), Importoptionen.standard()))
        .isInstanceOf(UnlesbareDateiException.class)
        .hasMessageContaining("fehlt.xlsx")
        .hasMessageContaining("die Datei gibt es nicht");
    Path csv = ordner.resolve("keine.xlsx");
    Files.writeString(csv, "raum;stichtag;altersgruppe;anzahl\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> LESER.lese(csv, Importoptionen.standard()))
        .isInstanceOf(UnlesbareDateiException.class)
        .hasMessageContaining("keine.xlsx")
        .hasMessageContaining("XLSX");
  }
}

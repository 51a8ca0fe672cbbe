package de.kekiz.importe;

import static de.kekiz.importe.Testdateien.KOELN;
import static de.kekiz.importe.Testdateien.fuer;
import static de.kekiz.importe.Testdateien.genesis;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Importleser and Dateiart")
class ImportleserTest {

  private static final Importleser LESER = new Importleser();

  @TempDir Path ordner;

  @Test
  @DisplayName("tells GENESIS, kekiz CSV and XLSX files by content, whatever their name")
  void erkennt() throws IOException {
    assertThat(Dateiart.erkenne(genesis("DE_73111-01-01-4.csv"))).isEqualTo(Dateiart.GENESIS_CSV);
    assertThat(Dateiart.erkenne(genesis("11111-02-01-4_1773174974558_de_flat.csv")))
        .isEqualTo(Dateiart.GENESIS_CSV);

    Path kekiz = ordner.resolve("daten.txt");
    Files.writeString(
        kekiz,
        "raum;stichtag;altersgruppe;anzahl\n05315000;2024-12-31;0+;1\n",
        StandardCharsets.UTF_8);
    assertThat(Dateiart.erkenne(kekiz)).isEqualTo(Dateiart.KEKIZ_CSV);

    Path xlsx = ordner.resolve("mappe.dat");
    try (OutputStream out = Files.newOutputStream(xlsx)) {
      Workbook wb = new Workbook(out, "kekiz-test", "1.0");
      Worksheet ws = wb.newWorksheet("B");
      List<String> kopf = KekizLayout.BEVOELKERUNG.spalten();
      for (int c = 0; c < kopf.size(); c++) {
        ws.value(0, c, kopf.get(c));
      }
      ws.value(1, 0, "05315000");
      ws.value(1, 1, "2024-12-31");
      ws.value(1, 2, "0+");
      ws.value(1, 3, 1024621);
      wb.finish();
    }
    assertThat(Dateiart.erkenne(xlsx)).isEqualTo(Dateiart.XLSX);

    assertThat(LESER.lese(kekiz, null, fuer(KOELN)).bevoelkerung()).hasSize(1);
    assertThat(LESER.lese(xlsx, null, fuer(KOELN)).bevoelkerung())
        .singleElement()
        .extracting(Bevoelkerungszahl::anzahl)
        .isEqualTo(1_024_621L);
  }

  @Test
  @DisplayName("imports a GENESIS file with a mapping and refuses it without one")
  void genesisBrauchtZuordnung() {
    Path datei = genesis("AUSZUG_12411-01-01-4_1773175772751_de_flat.csv");
    assertThat(
            LESER.lese(datei, Importzuordnung.bevoelkerung("BEVSTD"), fuer(KOELN)).bevoelkerung())
        .singleElement()
        .extracting(Bevoelkerungszahl::anzahl)
        .isEqualTo(1_024_621L);
    assertThatThrownBy(() -> LESER.lese(datei, null, fuer(KOELN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("GENESIS")
        .hasMessageContaining("Importzuordnung");
  }

  @Test
  @DisplayName("refuses a cube export, an unknown text file and a missing file, naming them")
  void unlesbar() throws IOException {
    assertThatThrownBy(() -> Dateiart.erkenne(genesis("cubefile-86e7c4-bdf8da-POST.csv")))
        .isInstanceOf(UnlesbareDateiException.class)
        .hasMessageContaining("Datenquader");
    Path hamburg = ordner.resolve("stadtteile.csv");
    Files.writeString(hamburg, "Stadtteil;Einwohner\nAltstadt;1 675\n", StandardCharsets.UTF_8);
    assertThatThrownBy(() -> LESER.lese(hamburg, null, Importoptionen.standard()))
        .isInstanceOf(UnlesbareDateiException.class)
        .hasMessageContaining("stadtteile.csv")
        .hasMessageContaining("weder ein GENESIS")
        .hasMessageContaining("Stadtteil;Einwohner")
        .satisfies(
            e -> assertThat(((UnlesbareDateiException) e).datei()).endsWith("stadtteile.csv"));
    assertThatThrownBy(() -> Dateiart.erkenne(ordner.resolve("nichts.csv")))
        .isInstanceOf(UnlesbareDateiException.class)
        .hasMessageContaining("die Datei gibt es nicht");
  }
}

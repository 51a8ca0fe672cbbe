package de.kekiz.reporting.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.Sozialraumebene;
import de.kekiz.reporting.BeispielDaten;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("messwerte.csv")
class MesswertCsvTest {

  private static MesswertCsvWriter writer(CsvFormat format) {
    return MesswertCsvWriter.builder()
        .format(format)
        .indikatoren(BeispielDaten.indikatoren())
        .kommunen(BeispielDaten.kommunen())
        .build();
  }

  private static byte[] schreibe(MesswertCsvWriter writer, List<Messwert> messwerte)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.schreibe(messwerte, out);
    return out.toByteArray();
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** What a published observation is: no numbers when suppressed. */
  static Messwert veroeffentlicht(Messwert m) {
    return m.confStatus().veroeffentlichbar() ? m : m.withWerten(null, null);
  }

  static Stream<CsvFormat> formate() {
    return Stream.of(
        CsvFormat.EXCEL_DEUTSCH,
        CsvFormat.RFC_4180,
        CsvFormat.EXCEL_DEUTSCH
            .withTrennzeichen('\t')
            .withDezimalzeichen('.')
            .withBom(false)
            .withZeilenende("\n")
            .withGesperrt("x")
            .withFehlend("-"));
  }

  @Nested
  @DisplayName("in the default format for German Excel")
  class Standard {

    private final byte[] datei =
        schreibe(writer(CsvFormat.EXCEL_DEUTSCH), BeispielDaten.messwerte());

    Standard() throws IOException {}

    @Test
    @DisplayName("starts with the UTF-8 byte order mark and the German header, separated by ';'")
    void kopf() {
      assertThat(Arrays.copyOf(datei, 3)).containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
      assertThat(text(datei).substring(1))
          .startsWith(
              "Indikator;Version;Indikatorname;Raum;Raumname;Periode;Aufschlüsselung;Zähler;Nenner;"
                  + "Wert;Einheit;OBS_STATUS;CONF_STATUS;Wertart;Hinweis\r\n");
    }

    @Test
    @DisplayName("ends every line with CRLF and writes numbers with a decimal comma")
    void zeilen() {
      String[] zeilen = text(datei).substring(1).split("\r\n", -1);
      assertThat(zeilen).hasSize(BeispielDaten.messwerte().size() + 2);
      assertThat(zeilen[zeilen.length - 1]).isEmpty();
      assertThat(text(datei)).doesNotContain("\n\n").doesNotContainPattern("[^\r]\n");
      assertThat(zeilen[1])
          .isEqualTo(
              "sgb2-quote-u15;2;SGB-II-Quote unter 15 Jahren (Kinderarmut);\"05570004\";Ahlen;\"2023\";"
                  + "insgesamt;1532;8120;18,9;%;A;F;EXAKT;");
      assertThat(zeilen[3]).contains(";1498,5;8034;");
    }

    @Test
    @DisplayName("writes a negative number as a number, not neutralised as text")
    void negativeZahl() {
      assertThat(text(datei))
          .contains(
              "wanderungssaldo-u18;1;Wanderungssaldo der unter 18-Jährigen;\"05570004:sued-ost@1\";"
                  + "Süd/Ost;\"2023-Q1\";staatsangehoerigkeit=ausländisch;-12;;-12;Personen;A;F;EXAKT;\r\n");
    }

    @Test
    @DisplayName("writes '.' for numerator, denominator and value of a suppressed observation")
    void gesperrt() {
      assertThat(text(datei))
          .contains(
              ";\"05570004:innenstadt@1\";Innenstadt;\"2023\";insgesamt;.;.;.;%;A;A;EXAKT;\r\n")
          .contains(";\"05570004:vorhelm@1\";Vorhelm;\"2023\";insgesamt;.;.;.;%;A;D;EXAKT;\r\n");
    }

    @Test
    @DisplayName("never writes a suppressed number")
    void keineGesperrteZahl() {
      List<String> zellen =
          Stream.of(text(datei).split("\r\n")).flatMap(z -> Stream.of(z.split(";"))).toList();
      assertThat(zellen)
          .doesNotContain(
              BeispielDaten.GEHEIMER_ZAEHLER.toPlainString(),
              BeispielDaten.GEHEIMER_NENNER.toPlainString(),
              "23",
              "1111");
      assertThat(text(datei)).doesNotContain("4093", "1111", "0,17");
    }

    @Test
    @DisplayName("leaves the cells of a missing value empty")
    void fehlend() {
      assertThat(text(datei))
          .contains(
              ";\"05570004:nord@2\";Nord (mit Neubaugebiet Äußere Wüste);\"2023\";insgesamt;;;;%;M;F;EXAKT;\r\n");
    }
  }

  @Test
  @DisplayName(
      "rounds Wert half-up to the indicator's declared precision, keeps Zähler and Nenner exact")
  void gerundet() throws IOException {
    Messwert m = BeispielDaten.messwerte().get(0); // 1532 / 8120 × 100 = 18.866995…
    Indikator quote =
        BeispielDaten.indikatoren().stream()
            .filter(i -> i.ref().equals(m.indikator()))
            .findFirst()
            .orElseThrow();
    for (int stellen = 0; stellen <= 3; stellen++) {
      Indikator genau = quote.toBuilder().nachkommastellen(stellen).build();
      String csv =
          text(
              schreibe(
                  MesswertCsvWriter.builder().indikatoren(List.of(genau)).build(), List.of(m)));
      String erwartet = List.of("19", "18,9", "18,87", "18,867").get(stellen);
      assertThat(csv).as("%d places", stellen).contains(";1532;8120;" + erwartet + ";%;");
    }
  }

  @Test
  @DisplayName("marks every value of a synthetic indicator in the column Hinweis")
  void beispieldaten() throws IOException {
    Messwert m = BeispielDaten.messwerte().get(0);
    Indikator synthetisch =
        BeispielDaten.indikatoren().stream()
            .filter(i -> i.ref().equals(m.indikator()))
            .findFirst()
            .orElseThrow()
            .toBuilder()
            .synthetisch(true)
            .build();
    String csv =
        text(
            schreibe(
                MesswertCsvWriter.builder().indikatoren(List.of(synthetisch)).build(), List.of(m)));
    assertThat(csv).endsWith(";EXAKT;Beispieldaten – Werte synthetisch\r\n");
    assertThat(
            new MesswertCsvReader()
                .lies(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))))
        .containsExactly(m);
  }

  @Test
  @DisplayName("leaves name, unit and value empty for an indicator it does not know")
  void unbekannterIndikator() throws IOException {
    MesswertCsvWriter ohneKatalog = MesswertCsvWriter.builder().build();
    String csv = text(schreibe(ohneKatalog, List.of(BeispielDaten.messwerte().get(0))));
    assertThat(csv)
        .endsWith("sgb2-quote-u15;2;;\"05570004\";;\"2023\";insgesamt;1532;8120;;;A;F;EXAKT;\r\n");
  }

  @Nested
  @DisplayName("against formula injection")
  class Formelinjektion {

    private final Indikator boese =
        BeispielDaten.beratungen().toBuilder()
            .name("=HYPERLINK(\"http://example.invalid\";\"klick\")")
            .einheit("+Beratungen")
            .build();

    private Kommune kommune() {
      Kommune ahlen = BeispielDaten.ahlen();
      Sozialraum r = ahlen.sozialraeume().get(0);
      return ahlen.withSozialraum(
          new Sozialraum(
              r.id(),
              r.gebietsstand(),
              "@SUMME(A1:A9)",
              r.ebene(),
              r.uebergeordnet(),
              r.gueltigkeit(),
              r.geometrie(),
              r.bevoelkerung()));
    }

    @Test
    @DisplayName("prefixes text cells starting with = + - @ tab CR or ' with an apostrophe")
    void neutralisiert() throws IOException {
      MesswertCsvWriter writer =
          MesswertCsvWriter.builder()
              .indikatoren(List.of(boese))
              .kommunen(List.of(kommune()))
              .build();
      Messwert m =
          Messwert.absolut(
              BeispielDaten.BERATUNGEN_REF,
              Raumbezug.of(BeispielDaten.INNENSTADT),
              Periode.monat(2023, 4),
              7);
      String csv = text(schreibe(writer, List.of(m)));
      assertThat(csv)
          .contains(";\"'=HYPERLINK(\"\"http://example.invalid\"\";\"\"klick\"\")\";")
          .contains(";'@SUMME(A1:A9);")
          .contains(";'+Beratungen;");
      for (String gefaehrlich : List.of("=1+2", "+1", "-1+2", "@A1", "\tx", "\rx", "'=x", "'x")) {
        String zelle = Zelle.text(gefaehrlich, CsvFormat.EXCEL_DEUTSCH);
        String inhalt =
            zelle.startsWith("\"")
                ? zelle.substring(1, zelle.length() - 1).replace("\"\"", "\"")
                : zelle;
        assertThat(inhalt).as(gefaehrlich).startsWith("'");
        assertThat(Zelle.textZurueck(inhalt)).isEqualTo(gefaehrlich);
      }
      assertThat(Zelle.text("Süd/Ost", CsvFormat.EXCEL_DEUTSCH)).isEqualTo("Süd/Ost");
    }

    @Test
    @DisplayName("reads codes starting with - + @ or ' back unchanged")
    void rundreise() throws IOException {
      Indikator wanderung = BeispielDaten.wanderungssaldo();
      List<Messwert> messwerte =
          Stream.of("-1", "+49", "@home", "'zitiert")
              .map(
                  code ->
                      Messwert.absolut(
                              wanderung.ref(),
                              Raumbezug.of(BeispielDaten.SUED_OST),
                              Periode.quartal(2023, 3),
                              -3)
                          .withAufschluesselung(Aufschluesselung.of("staatsangehoerigkeit", code)))
              .toList();
      byte[] datei = schreibe(writer(CsvFormat.EXCEL_DEUTSCH), messwerte);
      // a breakdown cell starts with its dimension, so its codes need no prefix
      assertThat(text(datei)).contains(";staatsangehoerigkeit=-1;", ";staatsangehoerigkeit=+49;");
      assertThat(new MesswertCsvReader().lies(new ByteArrayInputStream(datei)))
          .containsExactlyElementsOf(messwerte);
    }
  }

  @Test
  @DisplayName("quotes per RFC 4180 a field holding the separator, a quote or a line break")
  void quoten() throws IOException {
    Kommune ahlen = BeispielDaten.ahlen();
    Sozialraum vorhelm = ahlen.sozialraeume().get(4);
    Kommune umbenannt =
        ahlen.withSozialraum(
            new Sozialraum(
                vorhelm.id(),
                vorhelm.gebietsstand(),
                "Vorhelm; \"Dorf\"\r\nmit Enniger",
                Sozialraumebene.QUARTIER,
                null,
                Zeitraum.ab(LocalDate.of(2010, 1, 1)),
                null,
                List.of()));
    MesswertCsvWriter writer =
        MesswertCsvWriter.builder()
            .indikatoren(BeispielDaten.indikatoren())
            .kommunen(List.of(umbenannt))
            .build();
    Messwert m =
        Messwert.of(
            BeispielDaten.messwerte().get(0).indikator(),
            Raumbezug.of(BeispielDaten.VORHELM),
            Periode.jahr(2022),
            5,
            1100);
    byte[] datei = schreibe(writer, List.of(m));
    assertThat(text(datei)).contains(";\"Vorhelm; \"\"Dorf\"\"\r\nmit Enniger\";");
    assertThat(new MesswertCsvReader().lies(new ByteArrayInputStream(datei))).containsExactly(m);
  }

  @ParameterizedTest
  @MethodSource("formate")
  @DisplayName("reads back what it wrote, as published, in every format")
  void rundreise(CsvFormat format) throws IOException {
    List<Messwert> messwerte = BeispielDaten.messwerte();
    byte[] datei = schreibe(writer(format), messwerte);
    assertThat(Arrays.copyOf(datei, 1)[0] == (byte) 0xEF).isEqualTo(format.bom());
    List<Messwert> gelesen = new MesswertCsvReader(format).lies(new ByteArrayInputStream(datei));
    assertThat(gelesen)
        .containsExactlyElementsOf(
            messwerte.stream().map(MesswertCsvTest::veroeffentlicht).toList());
  }

  @Test
  @DisplayName(
      "the third format writes tab, decimal point, LF, 'x' for suppressed, '-' for missing")
  void eigenesFormat() throws IOException {
    CsvFormat format = formate().toList().get(2);
    String csv = text(schreibe(writer(format), BeispielDaten.messwerte()));
    assertThat(csv)
        .startsWith("Indikator\tVersion\t")
        .contains("\t1498.5\t8034\t")
        .contains("\tx\tx\tx\t%\tA\tA\tEXAKT\t\n")
        .contains("\t'-\t'-\t'-\t%\tM\tF\tEXAKT\t\n")
        .doesNotContain("\r");
  }

  @Test
  @DisplayName("writes and reads a file by path")
  void datei(@TempDir Path ordner) throws IOException {
    Path datei = ordner.resolve(MesswertCsvWriter.DATEINAME);
    List<Messwert> messwerte =
        BeispielDaten.messwerte().stream().filter(Messwert::veroeffentlichbar).toList();
    writer(CsvFormat.EXCEL_DEUTSCH).schreibe(messwerte, datei);
    assertThat(Files.size(datei)).isGreaterThan(1000);
    assertThat(new MesswertCsvReader().lies(datei)).containsExactlyElementsOf(messwerte);
  }

  @Nested
  @DisplayName("reading bad files")
  class Fehler {

    private static final String KOPF =
        "Indikator;Version;Indikatorname;Raum;Raumname;Periode;Aufschlüsselung;Zähler;Nenner;"
            + "Wert;Einheit;OBS_STATUS;CONF_STATUS;Wertart;Hinweis\r\n";

    private List<Messwert> lies(String csv) throws IOException {
      return new MesswertCsvReader()
          .lies(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    @DisplayName("reports every bad row with its line number and reads nothing")
    void alleFehler() {
      String csv =
          KOPF
              + "sgb2-quote-u15;2;;05570004;;2023;insgesamt;1532;8120;;;A;F;EXAKT;\r\n"
              + "sgb2-quote-u15;2;;0557000;;2023;insgesamt;1532;8120;;;A;F;EXAKT;\r\n"
              + "sgb2-quote-u15;2;;05570004;;2023;insgesamt;15x2;8120;;;A;F;EXAKT;\r\n"
              + "sgb2-quote-u15;2;;05570004;;2023;insgesamt;1532;8120;;;A;Q;EXAKT;\r\n"
              + "sgb2-quote-u15;2;;05570004;;2023;insgesamt;;8120;;;A;F;EXAKT;\r\n";
      assertThatThrownBy(() -> lies(csv))
          .isInstanceOfSatisfying(
              CsvLesefehlerException.class,
              e -> {
                assertThat(e.fehler())
                    .extracting(CsvLesefehlerException.Zeilenfehler::zeile)
                    .containsExactly(3L, 4L, 5L, 6L);
                assertThat(e.fehler().get(0).meldung()).contains("0557000");
                assertThat(e.fehler().get(1).meldung()).contains("Zähler", "15x2");
                assertThat(e.fehler().get(2).meldung()).contains("'Q'");
                assertThat(e.fehler().get(3).meldung()).contains("messwert.wert-fehlt-ohne-status");
              });
    }

    @Test
    @DisplayName("rejects another header, naming the expected one")
    void kopf() {
      assertThatThrownBy(() -> lies("Indikator,Version\r\n"))
          .isInstanceOf(CsvLesefehlerException.class)
          .hasMessageContaining("line 1: needs the header Indikator;Version;");
    }

    @Test
    @DisplayName("rejects a row with the wrong number of fields and an unclosed quote")
    void felder() {
      assertThatThrownBy(() -> lies(KOPF + "sgb2-quote-u15;2\r\n"))
          .isInstanceOf(CsvLesefehlerException.class)
          .hasMessageContaining("line 2: needs 15 fields, got 2");
      assertThatThrownBy(() -> lies(KOPF + "\"sgb2;2\r\n"))
          .isInstanceOf(CsvLesefehlerException.class)
          .hasMessageContaining("line 2: a quoted field is not closed");
    }

    @Test
    @DisplayName("reads a file without byte order mark and one with LF line ends")
    void ohneBom() throws IOException {
      String zeile = "sgb2-quote-u15;2;;05570004;;2023;insgesamt;1532;8120;;;A;F;EXAKT;";
      assertThat(lies(KOPF.replace("\r\n", "\n") + zeile + "\n"))
          .containsExactly(BeispielDaten.messwerte().get(0));
      assertThat(lies("\uFEFF" + KOPF + zeile)).containsExactly(BeispielDaten.messwerte().get(0));
    }
  }

  @Test
  @DisplayName("rejects formats that cannot be read back unambiguously")
  void formatRegeln() {
    assertThatThrownBy(() -> CsvFormat.EXCEL_DEUTSCH.withTrennzeichen(','))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("separator and decimal mark must differ");
    assertThatThrownBy(() -> CsvFormat.EXCEL_DEUTSCH.withGesperrt("0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got '0'");
    assertThatThrownBy(() -> CsvFormat.EXCEL_DEUTSCH.withZeilenende("\r"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line end");
    assertThatThrownBy(() -> CsvFormat.EXCEL_DEUTSCH.withDezimalzeichen(';'))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

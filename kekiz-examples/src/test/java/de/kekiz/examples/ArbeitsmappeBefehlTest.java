package de.kekiz.examples;

import static de.kekiz.examples.Kommandozeile.starte;
import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.angebot.Angebot;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.examples.Kommandozeile.Lauf;
import de.kekiz.fixtures.Beispielkommune;
import de.kekiz.fixtures.KekizFixtures;
import de.kekiz.importe.Arbeitsmappe;
import de.kekiz.importe.ArbeitsmappeSchreiber;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName(
    "kekiz arbeitsmappe: Leitbild, Präventionskette and Angebote from the planning workbook")
class ArbeitsmappeBefehlTest {

  private static final String AHLEN = "05570004";

  @TempDir Path ordner;

  private static Lauf kekiz(String... args) {
    Lauf l = starte(args);
    assertThat(l.status()).as(String.join(" ", args) + "\n" + l).isZero();
    return l;
  }

  private static Praeventionskette kette(Path daten) {
    return Kommandozeile.mitDatenbank(
        daten,
        db ->
            db.persistenz()
                .praeventionsketten()
                .findByKommune(Gemeindeschluessel.parse(AHLEN))
                .orElseThrow());
  }

  private static boolean hatKette(Path daten) {
    return Kommandozeile.mitDatenbank(
        daten,
        db ->
            db.persistenz()
                .praeventionsketten()
                .findByKommune(Gemeindeschluessel.parse(AHLEN))
                .isPresent());
  }

  private static List<Leitbild> leitbilder(Path daten) {
    return Kommandozeile.mitDatenbank(
        daten, db -> db.persistenz().leitbilder().findByKommune(Gemeindeschluessel.parse(AHLEN)));
  }

  /**
   * Ahlen's export in {@code erst}, and a fresh database {@code neu} with its areas and indicators.
   */
  private String bereite(Path erst, Path neu) {
    Path alt = ordner.resolve("alt");
    Kommandozeile.lade(alt, List.of(KekizFixtures.ahlen()));
    kekiz("export", "--daten", alt.toString(), "--kommune", AHLEN, "--ausgabe", erst.toString());
    String d = neu.toString();
    kekiz("sozialraeume", "--daten", d, "--kommune", AHLEN, erst + "/sozialraeume.geojson");
    kekiz("indikatoren", "--daten", d, erst + "/indikatoren.csv");
    return d;
  }

  @Test
  @DisplayName("export, import into a fresh database and export give the same workbook")
  void rundreise() throws IOException {
    Path erst = ordner.resolve("erst");
    Path zweit = ordner.resolve("zweit");
    Path neu = ordner.resolve("neu");
    String d = bereite(erst, neu);

    Lauf importiert =
        kekiz("arbeitsmappe", "--daten", d, "--kommune", AHLEN, erst + "/arbeitsmappe.xlsx");
    Lauf nochmal =
        kekiz("arbeitsmappe", "--daten", d, "--kommune", AHLEN, erst + "/arbeitsmappe.xlsx");
    Lauf export = kekiz("export", "--daten", d, "--kommune", AHLEN, "--ausgabe", zweit.toString());

    assertThat(importiert.out())
        .isEqualTo(
            "Leitbild von Ahlen (05570004), Fassung 1 gespeichert: 3 Leitziele, 4 Handlungsziele,"
                + " 3 Zielwerte.\n"
                + "Präventionskette von Ahlen (05570004) gespeichert: 5 Lebensphasen, 4 Übergänge,"
                + " 7 Handlungsfelder, 17 Akteure, 2 Netzwerke, eine Steuerungsgruppe, 4"
                + " Arbeitsgemeinschaften, 1 Koordinationsstelle, 7 Zielbeiträge.\n"
                + "Angebote von Ahlen (05570004) gespeichert: 15 neu, 0 geändert, 0 entfernt, 0"
                + " unverändert; jetzt 15 Angebote.\n");
    assertThat(nochmal.out())
        .isEqualTo(
            "Leitbild von Ahlen (05570004), Fassung 1: schon so gespeichert; nichts geändert.\n"
                + "Präventionskette von Ahlen (05570004): schon so gespeichert; nichts geändert.\n"
                + "Angebote von Ahlen (05570004): alle 15 waren schon so gespeichert; nichts"
                + " geändert.\n");
    assertThat(export.out()).contains(", Leitbild Fassung 1.").contains("  arbeitsmappe.xlsx");
    assertThat(leitbilder(neu)).hasSize(1);
    assertThat(leitbilder(neu).get(0).withRevision(0))
        .isEqualTo(leitbilder(ordner.resolve("alt")).get(0).withRevision(0));
    assertThat(kette(neu).withRevision(0)).isEqualTo(kette(ordner.resolve("alt")).withRevision(0));
    assertThat(XlsxTeile.teile(zweit.resolve("arbeitsmappe.xlsx")))
        .isEqualTo(XlsxTeile.teile(erst.resolve("arbeitsmappe.xlsx")));
  }

  @Test
  @DisplayName("a changed workbook of a stored Fassung replaces it")
  void ersetzt() {
    Path erst = ordner.resolve("erst");
    Path neu = ordner.resolve("neu");
    String d = bereite(erst, neu);
    kekiz("arbeitsmappe", "--daten", d, "--kommune", AHLEN, erst + "/arbeitsmappe.xlsx");
    Leitbild gespeichert = leitbilder(neu).get(0);
    Leitbild geaendert =
        gespeichert.withBeschluss(
            gespeichert.beschlossenAm().orElseThrow(), "Jugendhilfeausschuss");
    Path mappe = ordner.resolve("geaendert.xlsx");
    new ArbeitsmappeSchreiber().schreibe(mappe, geaendert, List.of());

    Lauf l = kekiz("arbeitsmappe", "--daten", d, "--kommune", AHLEN, mappe.toString());

    assertThat(l.out()).startsWith("Leitbild von Ahlen (05570004), Fassung 1 ersetzt: ");
    assertThat(leitbilder(neu)).hasSize(1);
    assertThat(leitbilder(neu).get(0).gremium()).contains("Jugendhilfeausschuss");
    assertThat(leitbilder(neu).get(0).withRevision(0)).isEqualTo(geaendert.withRevision(0));
  }

  @Test
  @DisplayName(
      "the unfilled template is refused with its sheet, row and column, and nothing stored")
  void leereVorlage() {
    Path neu = ordner.resolve("neu");
    String d = neu.toString();
    Path vorlage = ordner.resolve("vorlage.xlsx");

    Lauf geschrieben =
        kekiz("arbeitsmappe", "--daten", d, "--kommune", AHLEN, "--vorlage", vorlage.toString());
    Lauf eingelesen = starte("arbeitsmappe", "--daten", d, "--kommune", AHLEN, vorlage.toString());

    assertThat(geschrieben.out())
        .isEqualTo(
            "Leere Arbeitsmappe für 05570004 nach "
                + vorlage
                + " geschrieben (0 Indikatoren in der Auswahlliste).\n");
    assertThat(eingelesen.status()).as(eingelesen.toString()).isEqualTo(Hauptprogramm.FEHLER);
    assertThat(eingelesen.err())
        .isEqualTo(
            vorlage
                + " [Leitbild], Zeile 2: die Mappe ist leer: weder Leitbild noch Präventionskette"
                + " noch Angebote eingetragen; nichts zu speichern\n"
                + "Nichts gespeichert: 1 Fehler in der Arbeitsmappe\n");
    assertThat(leitbilder(neu)).isEmpty();
  }

  /** Ahlen's workbook (Leitbild and chain of the fixture) with {@code angebot} in its chain. */
  private Path mitAngebot(String datei, Angebot angebot) {
    Beispielkommune ahlen = KekizFixtures.ahlen();
    Path mappe = ordner.resolve(datei);
    new ArbeitsmappeSchreiber()
        .schreibe(
            mappe,
            Arbeitsmappe.of(
                Gemeindeschluessel.parse(AHLEN),
                ahlen.leitbild(),
                ahlen.kette().withAngebot(angebot)),
            List.of());
    return mappe;
  }

  @Test
  @DisplayName("a workbook that changes only an Angebot says that the chain's structure stands")
  void nurAngebote() {
    Path erst = ordner.resolve("erst");
    Path neu = ordner.resolve("neu");
    String d = bereite(erst, neu);
    kekiz("arbeitsmappe", "--daten", d, "--kommune", AHLEN, erst + "/arbeitsmappe.xlsx");
    Beispielkommune ahlen = KekizFixtures.ahlen();
    Angebot erstes = ahlen.kette().angebote().get(0);
    Angebot anders =
        erstes.toBuilder().beschreibung(erstes.beschreibung() + " Neu: auch samstags.").build();
    Path mappe = mitAngebot("angebot.xlsx", anders);

    Lauf l = kekiz("arbeitsmappe", "--daten", d, "--kommune", AHLEN, mappe.toString());

    assertThat(l.out())
        .contains(
            "Präventionskette von Ahlen (05570004): Aufbau schon so gespeichert; geändert haben"
                + " sich nur die Angebote.\n")
        .contains("Angebote von Ahlen (05570004) gespeichert: 0 neu, 1 geändert, 0 entfernt");
  }

  @Test
  @DisplayName("an Angebot in a Sozialraum the Kommune has not stores neither Leitbild nor chain")
  void allesOderNichts() {
    Path erst = ordner.resolve("erst");
    Path neu = ordner.resolve("neu");
    String d = bereite(erst, neu);
    Beispielkommune ahlen = KekizFixtures.ahlen();
    Angebot fremd =
        ahlen.kette().angebote().get(0).toBuilder()
            .sozialraum(SozialraumId.of(Gemeindeschluessel.parse(AHLEN), "atlantis"))
            .build();
    Path mappe = mitAngebot("fremd.xlsx", fremd);

    Lauf l = starte("arbeitsmappe", "--daten", d, "--kommune", AHLEN, mappe.toString());

    assertThat(l.status()).as(l.toString()).isEqualTo(Hauptprogramm.FEHLER);
    assertThat(l.err())
        .contains(mappe + " [Zuordnungen], Zeile ")
        .contains(
            ", Spalte D (Wert), Wert 'atlantis': die Kommune 05570004 hat diesen Sozialraum"
                + " nicht\n")
        .endsWith("Nichts gespeichert: 1 Fehler in der Arbeitsmappe\n");
    assertThat(leitbilder(neu)).isEmpty();
    assertThat(hatKette(neu)).isFalse();
  }

  @Test
  @DisplayName("a workbook of another Kommune, or without its indicators, changes nothing")
  void fremd() throws IOException {
    Path erst = ordner.resolve("erst");
    Path neu = ordner.resolve("neu");
    String d = bereite(erst, neu);
    Path mappe = erst.resolve("arbeitsmappe.xlsx");
    String leer = ordner.resolve("leer").toString();

    Lauf andere = starte("arbeitsmappe", "--daten", d, "--kommune", "05315000", mappe.toString());
    Lauf ohneIndikatoren =
        starte("arbeitsmappe", "--daten", leer, "--kommune", AHLEN, mappe.toString());

    assertThat(andere.status()).as(andere.toString()).isEqualTo(Hauptprogramm.FEHLER);
    assertThat(andere.err())
        .startsWith(
            mappe
                + " [Leitbild], Zeile 2, Spalte A (Kommune), Wert '05570004': die Mappe gehört zu"
                + " einer anderen Kommune; eingelesen wird für 05315000\n");
    assertThat(ohneIndikatoren.status()).isEqualTo(Hauptprogramm.FEHLER);
    assertThat(ohneIndikatoren.err())
        .contains(
            mappe
                + " [Indikatoren], Zeile 2, Spalte B (Indikator), Wert 'betreuungsquote-u3': kekiz"
                + " kennt diesen Indikator nicht (erst kekiz indikatoren)\n")
        .contains(
            " [Zielwerte], Zeile 3, Spalte F (Sozialraum), Wert 'sued-ost': die Kommune"
                + " 05570004 hat diesen Sozialraum nicht\n")
        .endsWith(" Fehler in der Arbeitsmappe\n");
    assertThat(leitbilder(neu)).isEmpty();
  }
}

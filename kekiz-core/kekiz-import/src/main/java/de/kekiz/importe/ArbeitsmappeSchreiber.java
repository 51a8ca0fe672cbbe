package de.kekiz.importe;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.leitbild.Handlungsziel;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.domain.leitbild.Leitziel;
import de.kekiz.domain.leitbild.Praeventionsleitlinie;
import de.kekiz.domain.leitbild.Zielrichtung;
import de.kekiz.domain.leitbild.Zielwert;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * Writes the planning workbook (Arbeitsmappe) of a Kommune: empty, as the template a planner fills
 * in ({@link #vorlage}), or filled with a stored Leitbild ({@link #schreibe}), which {@link
 * ArbeitsmappeLeser} reads back to the same Leitbild.
 *
 * <p>Sheets: {@value Arbeitsmappenblatt#ANLEITUNG} (the instructions), then one sheet per part of
 * the Leitbild ({@link Arbeitsmappenblatt}: Leitbild, Leitlinien, Leitziele, Handlungsziele,
 * Indikatoren, Zielwerte), each with its column headers in row 1, and the hidden sheet {@value
 * Arbeitsmappenblatt#LISTEN} with the code lists. Columns with a code list (Leitlinie, Richtung,
 * Indikator, and the keys of Leitziele and Handlungsziele entered on their own sheets) offer it as
 * a drop-down list and refuse other values in Excel and LibreOffice. Instances hold no state and
 * may be shared.
 */
public final class ArbeitsmappeSchreiber {

  /** The file name {@code kekiz export} gives the workbook. */
  public static final String DATEINAME = "arbeitsmappe.xlsx";

  /** The data rows that carry drop-down lists (row 2 to this row). */
  static final int ZEILEN_MIT_AUSWAHL = 1000;

  private static final String DATUMSFORMAT = "dd.mm.yyyy";

  private final @Nullable String hinweis;

  /** A writer; it holds no state. */
  public ArbeitsmappeSchreiber() {
    this(null);
  }

  private ArbeitsmappeSchreiber(@Nullable String hinweis) {
    this.hinweis = hinweis;
  }

  /**
   * This writer, putting {@code hinweis} on top of the Anleitung (e.g. that the workbook is an
   * exercise). A workbook read back and written again does not carry it.
   *
   * @param hinweis the note, in German
   * @return a writer like this one with that note
   */
  public ArbeitsmappeSchreiber withHinweis(String hinweis) {
    requireNonNull(hinweis, "hinweis");
    return new ArbeitsmappeSchreiber(hinweis);
  }

  /**
   * Writes the empty template for {@code kommune} to {@code datei} (replacing it): instructions,
   * headers, the Kommune's key in the Leitbild sheet, and {@code indikatoren} as the drop-down list
   * of the Indikator columns.
   *
   * @param datei the file to write
   * @param kommune the Kommune the template is for
   * @param indikatoren the indicators offered in the Indikator columns
   * @throws UncheckedIOException if the file cannot be written
   */
  public void vorlage(
      Path datei, Gemeindeschluessel kommune, Collection<IndikatorKey> indikatoren) {
    requireNonNull(kommune, "kommune");
    schreibe(datei, new Arbeitsmappe(kommune, null, null, false, false), indikatoren);
  }

  /**
   * Writes {@code leitbild} to {@code datei} (replacing it); the drop-down list of the Indikator
   * columns offers {@code indikatoren} and the Leitbild's own indicators.
   *
   * @param datei the file to write
   * @param leitbild the Leitbild to write
   * @param indikatoren further indicators offered in the Indikator columns
   * @throws UncheckedIOException if the file cannot be written
   */
  public void schreibe(Path datei, Leitbild leitbild, Collection<IndikatorKey> indikatoren) {
    requireNonNull(leitbild, "leitbild");
    schreibe(datei, Arbeitsmappe.of(leitbild.kommune(), leitbild, null), indikatoren);
  }

  /**
   * Writes {@code mappe} to {@code datei} (replacing it): its Leitbild, and its chain's structure
   * and Angebote as far as {@link Arbeitsmappe#mitKette()} and {@link Arbeitsmappe#mitAngeboten()}
   * say; the drop-down list of the Indikator columns offers {@code indikatoren} and the Leitbild's
   * own indicators.
   *
   * @param datei the file to write
   * @param mappe the workbook's content
   * @param indikatoren further indicators offered in the Indikator columns
   * @throws UncheckedIOException if the file cannot be written
   */
  public void schreibe(Path datei, Arbeitsmappe mappe, Collection<IndikatorKey> indikatoren) {
    requireNonNull(datei, "datei");
    requireNonNull(mappe, "mappe");
    requireNonNull(indikatoren, "indikatoren");
    ImmutableSortedSet.Builder<IndikatorKey> liste = ImmutableSortedSet.naturalOrder();
    liste.addAll(indikatoren);
    Leitbild leitbild = mappe.leitbild();
    if (leitbild != null) {
      liste.addAll(leitbild.indikatoren());
    }
    try (OutputStream out = Files.newOutputStream(datei)) {
      schreibe(out, mappe, liste.build().asList());
    } catch (IOException e) {
      throw new UncheckedIOException(
          "'" + Anzeigetext.sichtbar(datei.toString(), 300) + "' lässt sich nicht schreiben", e);
    }
  }

  private void schreibe(OutputStream out, Arbeitsmappe mappe, List<IndikatorKey> indikatoren)
      throws IOException {
    Gemeindeschluessel kommune = mappe.kommune();
    Leitbild leitbild = mappe.leitbild();
    Workbook wb = new Workbook(out, "kekiz", "1.0");
    wb.properties().setTitle("kekiz-Arbeitsmappe " + kommune);
    anleitung(wb.newWorksheet(Arbeitsmappenblatt.ANLEITUNG), hinweis);
    Worksheet[] blaetter = new Worksheet[Arbeitsmappenblatt.values().length];
    for (Arbeitsmappenblatt b : Arbeitsmappenblatt.values()) {
      blaetter[b.ordinal()] = kopf(wb.newWorksheet(b.blattname()), b);
    }
    Worksheet listen = wb.newWorksheet(Arbeitsmappenblatt.LISTEN);
    listen.setVisibilityState(VisibilityState.HIDDEN);
    String leitlinien = liste(listen, 0, "Leitlinie", leitlinienbezeichnungen());
    String richtungen = liste(listen, 1, "Richtung", richtungsbezeichnungen());
    String indikatorliste =
        liste(listen, 2, "Indikator", indikatoren.stream().map(IndikatorKey::wert).toList());

    auswahl(blaetter, Arbeitsmappenblatt.LEITLINIEN, 1, leitlinien);
    auswahl(blaetter, Arbeitsmappenblatt.HANDLUNGSZIELE, 1, bereich("Leitziele", 1));
    auswahl(blaetter, Arbeitsmappenblatt.INDIKATOREN, 1, bereich("Handlungsziele", 2));
    auswahl(blaetter, Arbeitsmappenblatt.ZIELWERTE, 1, bereich("Handlungsziele", 2));
    auswahl(blaetter, Arbeitsmappenblatt.ZIELWERTE, 3, richtungen);
    if (!indikatoren.isEmpty()) {
      auswahl(blaetter, Arbeitsmappenblatt.INDIKATOREN, 2, indikatorliste);
      auswahl(blaetter, Arbeitsmappenblatt.ZIELWERTE, 2, indikatorliste);
    }
    Kettenschreiber.auswahllisten(listen, blaetter);
    Worksheet kopf = blaetter[Arbeitsmappenblatt.LEITBILD.ordinal()];
    kopf.value(1, 0, kommune.toString());
    if (leitbild != null) {
      fuelle(blaetter, leitbild);
    }
    Praeventionskette kette = mappe.kette();
    if (kette != null) {
      new Kettenschreiber(blaetter).fuelle(kette, mappe.mitKette(), mappe.mitAngeboten());
    }
    wb.finish();
  }

  private static void fuelle(Worksheet[] blaetter, Leitbild l) {
    Worksheet kopf = blaetter[Arbeitsmappenblatt.LEITBILD.ordinal()];
    kopf.value(1, 1, l.fassung());
    kopf.value(1, 2, l.titel());
    l.beschlossenAm().ifPresent(d -> datum(kopf, 1, 3, d));
    l.gremium().ifPresent(g -> kopf.value(1, 4, g));
    int r = 1;
    Worksheet ll = blaetter[Arbeitsmappenblatt.LEITLINIEN.ordinal()];
    for (Praeventionsleitlinie p : Praeventionsleitlinie.values()) {
      if (l.folgt(p)) {
        ll.value(r++, 0, p.bezeichnung());
      }
    }
    Worksheet lz = blaetter[Arbeitsmappenblatt.LEITZIELE.ordinal()];
    Worksheet hz = blaetter[Arbeitsmappenblatt.HANDLUNGSZIELE.ordinal()];
    Worksheet in = blaetter[Arbeitsmappenblatt.INDIKATOREN.ordinal()];
    Worksheet zw = blaetter[Arbeitsmappenblatt.ZIELWERTE.ordinal()];
    int rl = 1;
    int rh = 1;
    int ri = 1;
    int rz = 1;
    for (Leitziel z : l.leitziele()) {
      lz.value(rl, 0, z.key());
      lz.value(rl, 1, z.titel());
      if (z.beschreibung() != null) {
        lz.value(rl, 2, z.beschreibung());
      }
      rl++;
      for (Handlungsziel h : z.handlungsziele()) {
        hz.value(rh, 0, z.key());
        hz.value(rh, 1, h.key());
        hz.value(rh, 2, h.titel());
        rh++;
        for (IndikatorKey i : h.indikatoren()) {
          in.value(ri, 0, h.key());
          in.value(ri, 1, i.wert());
          ri++;
        }
        for (Zielwert w : h.zielwerte()) {
          zw.value(rz, 0, h.key());
          zw.value(rz, 1, w.indikator().wert());
          zw.value(rz, 2, w.richtung().bezeichnung());
          zw.value(rz, 3, w.wert());
          datum(zw, rz, 4, w.frist());
          if (w.sozialraum() != null) {
            zw.value(rz, 5, w.sozialraum().code());
          }
          BigDecimal a = w.ausgangswert();
          if (a != null) {
            zw.value(rz, 6, a);
          }
          rz++;
        }
      }
    }
  }

  static void datum(Worksheet ws, int zeile, int spalte, LocalDate tag) {
    ws.value(zeile, spalte, tag);
    ws.style(zeile, spalte).format(DATUMSFORMAT).set();
  }

  private static Worksheet kopf(Worksheet ws, Arbeitsmappenblatt b) {
    List<String> spalten = b.spalten();
    for (int c = 0; c < spalten.size(); c++) {
      ws.value(0, c, spalten.get(c));
      ws.width(c, c == 0 ? 18 : 30);
    }
    ws.range(0, 0, 0, spalten.size() - 1).style().bold().fillColor("DDEBF7").set();
    ws.freezePane(0, 1);
    return ws;
  }

  /** Writes a code list into column {@code spalte} of the Listen sheet; returns its range. */
  static String liste(Worksheet listen, int spalte, String kopf, List<String> werte) {
    listen.value(0, spalte, kopf);
    for (int i = 0; i < werte.size(); i++) {
      listen.value(i + 1, spalte, werte.get(i));
    }
    String buchstabe = Importfehler.spaltenbuchstabe(spalte + 1);
    return Arbeitsmappenblatt.LISTEN
        + "!$"
        + buchstabe
        + "$2:$"
        + buchstabe
        + "$"
        + Math.max(2, werte.size() + 1);
  }

  /** The data rows of column {@code spalte} (from 1) of another sheet, as a list source. */
  static String bereich(String blatt, int spalte) {
    String b = Importfehler.spaltenbuchstabe(spalte);
    return blatt + "!$" + b + "$2:$" + b + "$" + ZEILEN_MIT_AUSWAHL;
  }

  static void auswahl(Worksheet[] blaetter, Arbeitsmappenblatt blatt, int spalte, String quelle) {
    blaetter[blatt.ordinal()]
        .range(1, spalte - 1, ZEILEN_MIT_AUSWAHL - 1, spalte - 1)
        .validateWithListByFormula(quelle)
        .allowBlank(true)
        .showErrorMessage(true)
        .errorTitle("Wert nicht in der Liste")
        .error("Bitte einen Wert aus der Liste wählen (" + blatt.spalte(spalte) + ").");
  }

  private static List<String> leitlinienbezeichnungen() {
    return Arrays.stream(Praeventionsleitlinie.values())
        .map(Praeventionsleitlinie::bezeichnung)
        .toList();
  }

  private static List<String> richtungsbezeichnungen() {
    return Arrays.stream(Zielrichtung.values()).map(Zielrichtung::bezeichnung).toList();
  }

  private static final List<String> ANLEITUNG =
      List.of(
          "kekiz-Arbeitsmappe: Leitbild, Präventionskette und Angebote einer Kommune",
          "",
          "Die Mappe hat drei Teile. Jeder Teil, dessen Blätter leer bleiben, gehört nicht zur"
              + " Mappe: beim Einlesen bleibt der gespeicherte Teil, wie er ist. Blatt Leitbild,"
              + " Spalte Kommune (Zeile 2) ist immer auszufüllen (schon eingetragen).",
          "",
          "Teil 1, Leitbild (Blätter Leitbild bis Zielwerte):",
          "1. Blatt Leitbild: genau eine Zeile (Zeile 2). Kommune ist der Amtliche"
              + " Gemeindeschlüssel (8 Ziffern). Fassung ist eine ganze Zahl ab 1; eine neue"
              + " Fassung bekommt die nächste Nummer. Titel ist Pflicht. Beschlossen am (Datum,"
              + " z. B. 31.05.2016) und Gremium (z. B. Rat der Stadt) sind freiwillig; ohne"
              + " Beschlussdatum ist das Leitbild ein Entwurf.",
          "2. Blatt Leitlinien: je Zeile eine Präventionsleitlinie, der das Leitbild folgt"
              + " (Auswahlliste).",
          "3. Blatt Leitziele: je Zeile ein Leitziel. Leitziel ist ein Schlüssel (1 bis 60"
              + " Buchstaben, Ziffern, '.', '_' oder '-', z. B. LZ1), Titel ist Pflicht,"
              + " Beschreibung freiwillig.",
          "4. Blatt Handlungsziele: je Zeile ein Handlungsziel. Leitziel wählt ein Leitziel des"
              + " Blatts Leitziele; Handlungsziel ist ein Schlüssel, in der ganzen Mappe nur"
              + " einmal (z. B. HZ1.1); Titel ist Pflicht.",
          "5. Blatt Indikatoren: je Zeile ein Indikator, an dem ein Handlungsziel gemessen wird"
              + " (Auswahlliste der Indikatoren von kekiz). Die Reihenfolge bleibt erhalten.",
          "6. Blatt Zielwerte: je Zeile ein Zielwert. Der Indikator muss auf dem Blatt"
              + " Indikatoren für dasselbe Handlungsziel stehen. Richtung ist mindestens oder"
              + " höchstens; Zielwert und Ausgangswert sind Zahlen (Komma oder Punkt als"
              + " Dezimaltrennzeichen); Frist ist ein Datum (nicht vor dem Beschluss)."
              + " Sozialraum ist der Schlüssel eines Sozialraums der Kommune; leer heißt: für"
              + " die ganze Kommune.",
          "",
          "Teil 2, Präventionskette (Blätter Lebensphasen bis Koordination, Zielbeiträge und die"
              + " Zeilen des Blatts Zuordnungen außer Teil Angebot). Die Blätter beschreiben die"
              + " ganze Kette; sie ersetzt die gespeicherte. Schlüssel von Lebensphasen,"
              + " Übergängen, Handlungsfeldern, Netzwerken und Gremien: Kleinbuchstaben, Ziffern"
              + " und '-' (z. B. kita). Gültig ab/Gültig bis sind Daten; leer heißt: immer.",
          "7. Lebensphasen (Schlüssel, Name, Alter von, Alter bis; nach dem Alter geordnet, ohne"
              + " Überschneidung; Alter bis leer: und älter), Übergänge (von einer Lebensphase zu"
              + " einer späteren) und Handlungsfelder: leer gelassen gelten die fünf"
              + " Standard-Lebensphasen, die Übergänge zwischen ihnen und die sieben"
              + " Standard-Handlungsfelder.",
          "8. Akteure: Kennung (Buchstaben, Ziffern, '.', '_', '-'), Name, Art (Auswahlliste),"
              + " URL und E-Mail freiwillig. Netzwerke: Schlüssel, Name, Gültigkeit.",
          "9. Gremien: höchstens eine Steuerungsgruppe und beliebig viele Arbeitsgemeinschaften"
              + " (Spalte Art). Sitze: je Zeile ein Sitz in einem Gremium mit Funktion, Bereich,"
              + " wahlweise dem Akteur, für den er gehalten wird, und Gültigkeit.",
          "10. Koordination: je Zeile eine Stelle. Koordination ist ein Schlüssel nur für diese"
              + " Mappe (z. B. k1); Stellenanteil eine Zahl wie 0,5 (leer: unbekannt); Programm"
              + " und Programmname nur zusammen (z. B. kinderstark).",
          "11. Zielbeiträge: wer an einem Handlungsziel arbeitet. Art ist Angebot,"
              + " Arbeitsgemeinschaft oder Akteur, Beitragender dessen Kennung bzw. Schlüssel.",
          "",
          "Teil 3, Angebote (Blätter Angebote, Standorte, Zeitpläne, Kosten und die Zeilen des"
              + " Blatts Zuordnungen mit Teil Angebot). Die Angebote der Mappe ersetzen alle"
              + " gespeicherten Angebote der Kommune.",
          "12. Angebote: Kennung, Name, Beschreibung und Träger (ein Akteur) sind Pflicht;"
              + " Status leer heißt aktiv; Alter in Jahren; Plätze und Platzeinheit nur zusammen.",
          "13. Standorte (Art Ort braucht Straße, PLZ und Ort), Zeitpläne (Regel nach RFC 5545"
              + " ohne 'RRULE:', z. B. FREQ=WEEKLY;BYDAY=MO, Uhrzeiten wie 09:30) und Kosten"
              + " (Betrag in Euro je Einheit): je Zeile eines, mit der Kennung des Angebots.",
          "",
          "Blatt Zuordnungen: je Zeile ein Wert einer Liste (ein Wert je Zelle). Teil und"
              + " Schlüssel nennen, wozu der Wert gehört; Merkmal, was er ist: Übergang →"
              + " Indikator; Akteur → Handlungsfeld; Netzwerk → Mitglied (ein Akteur);"
              + " Gremium (Arbeitsgemeinschaft) → Lebensphase; Koordination → Finanzierung"
              + " (Land NRW, Europäischer Sozialfonds, Bund, Eigenmittel, Stiftung, sonstige);"
              + " Angebot → Sozialraum, Präventionsebene (universell, selektiv, indiziert),"
              + " Lebensphase, Handlungsfeld, Übergang, Finanzierung (freier Text). Ein Angebot"
              + " braucht mindestens einen Sozialraum, eine Präventionsebene, eine Lebensphase und"
              + " ein Handlungsfeld.",
          "",
          "Einlesen: kekiz arbeitsmappe --kommune AGS DATEI.xlsx",
          "Alles oder nichts: enthält die Mappe einen Fehler, wird nichts gespeichert, und jeder"
              + " Fehler wird mit Blatt, Zeile und Spalte genannt.",
          "Leere Zeilen werden übersprungen. Blätter, Spalten und Kopfzeilen bitte nicht"
              + " umbenennen oder verschieben; das Blatt Listen (ausgeblendet) hält die"
              + " Auswahllisten.");

  private static void anleitung(Worksheet ws, @Nullable String hinweis) {
    ws.width(0, 120);
    List<String> zeilen = new java.util.ArrayList<>(ANLEITUNG);
    if (hinweis != null) {
      zeilen.add(1, hinweis);
    }
    for (int i = 0; i < zeilen.size(); i++) {
      ws.value(i, 0, zeilen.get(i));
    }
    ws.style(0, 0).bold().fontSize(14).set();
    ws.range(1, 0, zeilen.size() - 1, 0).style().wrapText(true).set();
    if (hinweis != null) {
      ws.style(1, 0).bold().fontColor("C00000").wrapText(true).set();
    }
  }
}

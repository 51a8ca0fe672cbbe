package de.kekiz.reporting.xlsx;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.angebot.Angebot;
import de.kekiz.domain.angebot.Praeventionsebene;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.Polaritaet;
import de.kekiz.domain.kette.Akteur;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Programmteilnahme;
import de.kekiz.domain.leitbild.Zielrichtung;
import de.kekiz.monitoring.veroeffentlichung.Berichtsteil;
import de.kekiz.monitoring.veroeffentlichung.Gruppenvergleich;
import de.kekiz.monitoring.veroeffentlichung.Handlungsbedarf;
import de.kekiz.monitoring.veroeffentlichung.Indikatorauswertung;
import de.kekiz.monitoring.veroeffentlichung.Kettenreife;
import de.kekiz.monitoring.veroeffentlichung.Kriteriumsergebnis;
import de.kekiz.monitoring.veroeffentlichung.Lueckenanalyse;
import de.kekiz.monitoring.veroeffentlichung.Reifegrad;
import de.kekiz.monitoring.veroeffentlichung.Sozialindex;
import de.kekiz.monitoring.veroeffentlichung.Sozialindexwert;
import de.kekiz.monitoring.veroeffentlichung.Trendrichtung;
import de.kekiz.monitoring.veroeffentlichung.Uebergangsabdeckung;
import de.kekiz.monitoring.veroeffentlichung.Uebergangsmessung;
import de.kekiz.monitoring.veroeffentlichung.Wirkungsmonitoring;
import de.kekiz.monitoring.veroeffentlichung.Wirkungsvergleich;
import de.kekiz.monitoring.veroeffentlichung.Zeitreihe;
import de.kekiz.monitoring.veroeffentlichung.Zelle;
import de.kekiz.monitoring.veroeffentlichung.Zielarbeit;
import de.kekiz.monitoring.veroeffentlichung.Zielstatus;
import de.kekiz.reporting.bericht.Berichtsformat;
import de.kekiz.reporting.bericht.Berichtsoptionen;
import de.kekiz.reporting.bericht.Formatierung;
import de.kekiz.reporting.bericht.Monitoringbericht;
import de.kekiz.reporting.internal.Auswertungstext;
import de.kekiz.reporting.internal.Sichtbar;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.HyperLink;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * Writes {@code bericht.xlsx}: the Monitoringbericht as a workbook with one sheet per section
 * (Übersicht, Ziele, Sozialindex, one sheet per indicator, Präventionskette, Angebote, Quellen,
 * Datenschutz).
 *
 * <p>Numbers are stored as numbers with a number format (one decimal place for percentages and
 * rates, {@code #,##0}), dates as dates ({@code dd.mm.yyyy}); a spreadsheet shows them with the
 * reader's own separators. Header rows are frozen. A suppressed cell holds the text of {@link
 * Berichtsoptionen#gesperrt()} ({@code "."}), a missing one that of {@link
 * Berichtsoptionen#fehlend()}, never a number. Texts are stored as text cells, so nothing a Kommune
 * names is ever evaluated as a formula. Thread-safe.
 */
public final class XlsxBerichtWriter implements Berichtsformat {

  /** The file name, {@code bericht.xlsx}. */
  public static final String DATEINAME = "bericht.xlsx";

  private static final String KOMMUNE_FARBE = "F4F7FA";

  /** Creates the writer (also used by the service loader). */
  public XlsxBerichtWriter() {}

  @Override
  public String dateiname() {
    return DATEINAME;
  }

  @Override
  public void schreibe(Monitoringbericht bericht, Berichtsoptionen optionen, OutputStream out)
      throws IOException {
    Workbook wb =
        Blattgestaltung.mappe(
            out,
            bericht.titel(),
            Sichtbar.text("Sozialräumliches Monitoring " + bericht.kommune().name()));
    try {
      new Mappe(wb, bericht, optionen).schreibe();
      wb.finish();
    } catch (RuntimeException e) {
      throw new IOException("fastexcel could not write the report " + bericht, e);
    }
  }

  /** The state of writing one workbook. */
  private static final class Mappe {
    private final Workbook wb;
    private final Monitoringbericht b;
    private final Berichtsoptionen o;
    private final Set<String> blattnamen = new HashSet<>();
    private final Map<IndikatorKey, Indikatorauswertung> auswertungen = new HashMap<>();

    Mappe(Workbook wb, Monitoringbericht b, Berichtsoptionen o) {
      this.wb = wb;
      this.b = b;
      this.o = o;
      for (Indikatorauswertung a : b.auswertungen()) {
        auswertungen.put(a.indikator().key(), a);
      }
    }

    void schreibe() throws IOException {
      uebersicht();
      ziele();
      sozialindex();
      for (Indikatorauswertung a : b.auswertungen()) {
        indikator(a);
      }
      kette();
      reifegrad();
      zielbeitraege();
      wirkung();
      angebote();
      quellen();
      datenschutz();
    }

    private Worksheet blatt(String wunsch) {
      String name = Sichtbar.text(wunsch).replaceAll("[\\[\\]:*?/\\\\]", "-");
      if (name.length() > 31) {
        name = name.substring(0, 31);
      }
      String basis = name;
      for (int n = 2; !blattnamen.add(name.toLowerCase(Locale.ROOT)); n++) {
        String zusatz = "~" + n;
        name = basis.substring(0, Math.min(basis.length(), 31 - zusatz.length())) + zusatz;
      }
      Worksheet ws = wb.newWorksheet(name);
      List<String> vermerke = new ArrayList<>();
      if (b.intern()) {
        vermerke.add(Monitoringbericht.DIENSTGEBRAUCH);
      }
      if (b.beispieldaten()) {
        vermerke.add(Berichtsteil.BEISPIELDATEN);
      }
      // every sheet says it: a print header on each page, and a note in the corner
      Blattgestaltung.druck(ws, String.join(" · ", vermerke));
      return ws;
    }

    /**
     * A text cell as a reader sees it ({@link Sichtbar}): a name from the database cannot reorder
     * or hide the text around it with bidirectional, zero-width or control characters.
     */
    /**
     * A column width of at least {@code mindestens} characters that shows the longest of {@code
     * texte} whole, up to 60 characters (a longer text is cut off at the next filled cell).
     */
    private static int passend(int mindestens, List<String> texte) {
      int breite = mindestens;
      for (String t : texte) {
        breite = Math.max(breite, Math.min(60, Sichtbar.text(t).length() + 2));
      }
      return breite;
    }

    private static void wert(Worksheet ws, int r, int c, String text) {
      ws.value(r, c, Sichtbar.text(text));
    }

    /**
     * The header of a table further down a sheet (not the sheet's own, frozen header): its cells in
     * row {@code r}, bold on the header tint, wrapped.
     */
    private static void unterkopf(Worksheet ws, int r, String... spalten) {
      for (int c = 0; c < spalten.length; c++) {
        wert(ws, r, c, spalten[c]);
      }
      Blattgestaltung.unterkopf(ws, r, spalten.length);
    }

    private static void wert(Worksheet ws, int r, int c, Number zahl) {
      ws.value(r, c, zahl);
    }

    private static void wert(Worksheet ws, int r, int c, LocalDate tag) {
      ws.value(r, c, tag);
    }

    /**
     * Writes a header row at {@code zeile}, bold on a tinted background, freezes above it and
     * repeats the rows down to it on every printed page.
     */
    private static void kopf(Worksheet ws, int zeile, int gefroreneSpalten, String... spalten) {
      for (int c = 0; c < spalten.length; c++) {
        wert(ws, zeile, c, spalten[c]);
      }
      Blattgestaltung.kopf(ws, zeile, spalten.length, gefroreneSpalten);
    }

    /** The sheet's title in its first cell, marked there too if the values are synthetic. */
    private void titel(Worksheet ws, String text) {
      wert(ws, 0, 0, b.beispieldaten() ? text + " (" + Berichtsteil.BEISPIELDATEN + ")" : text);
      Blattgestaltung.titel(ws);
    }

    private static void zahl(Worksheet ws, int r, int c, @Nullable BigDecimal wert, String format) {
      if (wert == null) {
        return;
      }
      wert(ws, r, c, wert);
      ws.style(r, c).format(format).set();
    }

    private static void datum(Worksheet ws, int r, int c, @Nullable LocalDate tag) {
      if (tag == null) {
        return;
      }
      wert(ws, r, c, tag);
      Blattgestaltung.datum(ws, r, c);
    }

    private static String format(int stellen) {
      return stellen == 0 ? "#,##0" : "#,##0." + "0".repeat(stellen);
    }

    /** A number cell whose figure is not the exact one of its row and column, with its mark. */
    private record Markierung(Worksheet ws, int zeile, int spalte, String marke) {}

    private final List<Markierung> markiert = new ArrayList<>();

    /**
     * Gives every marked cell the number format {@code format} with its mark behind the number
     * ({@code 22,9 g}): it stays a number for calculations, and the mark is visible (and readable
     * by a program from the cell's format) beside the comment that explains it.
     */
    private void markieren(String format) {
      for (Markierung m : markiert) {
        Blattgestaltung.markiert(m.ws(), m.zeile(), m.spalte(), format, m.marke());
      }
      markiert.clear();
    }

    /** A cell value: the number, or the symbol of a suppressed or missing cell as text. */
    private void zelle(Worksheet ws, int r, int c, Zelle z) {
      if (z.gesperrt()) {
        wert(ws, r, c, o.gesperrt());
      } else if (z.wert() == null) {
        wert(ws, r, c, o.fehlend());
      } else {
        wert(ws, r, c, z.wert());
        if (!Formatierung.wertartMarke(z).isEmpty()) {
          ws.comment(r, c, Formatierung.wertartText(z));
          markiert.add(new Markierung(ws, r, c, Formatierung.wertartMarke(z)));
        }
      }
    }

    // ------------------------------------------------------------ sheets

    private void uebersicht() {
      Worksheet ws = blatt("Übersicht");
      Kommune k = b.kommune();
      titel(ws, b.titel());
      String[][] zeilen = {
        {"Kommune", k.name()},
        {"Amtlicher Gemeindeschlüssel", k.schluessel().toString()},
        {"Art", k.art().bezeichnung()},
        {
          "Jugendamt",
          k.hatEigenesJugendamt()
              ? "eigenes Jugendamt"
              : "Jugendamt des Kreises (" + k.jugendamt() + ")"
        },
      };
      int r = 2;
      for (String[] z : zeilen) {
        wert(ws, r, 0, z[0]);
        wert(ws, r, 1, z[1]);
        r++;
      }
      wert(ws, r, 0, "Stichtag");
      datum(ws, r++, 1, b.stichtag());
      wert(ws, r, 0, "Erstellt am");
      datum(ws, r++, 1, b.erstelltAm());
      wert(ws, r, 0, "Sozialräume am Stichtag");
      wert(ws, r++, 1, k.sozialraeumeAm(b.stichtag()).size());
      wert(ws, r, 0, "Indikatoren mit Werten");
      wert(ws, r++, 1, b.auswertungen().size());
      if (!b.gemeinden().isEmpty()) {
        wert(ws, r, 0, "Gemeinden");
        wert(
            ws,
            r++,
            1,
            b.gemeinden().stream().map(Kommune::name).collect(Collectors.joining(", ")));
      }
      ws.range(2, 0, r - 1, 0).style().bold().set();
      r++;
      wert(ws, r++, 0, "Programmteilnahmen");
      ws.style(r - 1, 0).bold().set();
      unterkopf(
          ws,
          r,
          "Programm",
          "Phase",
          "von",
          "bis",
          "Förderung insgesamt (€)",
          "Koordination (Stellenanteil)");
      r++;
      for (Programmteilnahme t : k.teilnahmen()) {
        wert(ws, r, 0, t.programm().name());
        wert(ws, r, 1, t.phasenname());
        datum(ws, r, 2, t.zeitraum().von());
        datum(ws, r, 3, t.zeitraum().bis());
        if (!t.foerderungen().isEmpty()) {
          zahl(ws, r, 4, t.foerderungInsgesamt().euro(), "#,##0.00");
        }
        if (t.koordination() != null) {
          zahl(ws, r, 5, t.koordination().anteil(), "0.00");
        }
        r++;
      }
      ws.freezePane(0, 1);
      // wide enough for the programme's name and the headers, so that none is cut off
      ws.width(0, passend(30, k.teilnahmen().stream().map(t -> t.programm().name()).toList()));
      ws.width(1, 40);
      ws.width(2, 12);
      ws.width(3, 12);
      ws.width(4, 24);
      ws.width(5, 28);
    }

    private void ziele() {
      Worksheet ws = blatt("Ziele");
      titel(ws, "Leitbild und Zielerreichung" + b.leitbild().map(l -> ": " + l.titel()).orElse(""));
      kopf(
          ws,
          2,
          0,
          "Leitziel",
          "Handlungsziel",
          "Indikator",
          "Gebiet",
          "Richtung",
          "Zielwert",
          "Frist",
          "Ausgangswert",
          "Istwert",
          "Periode",
          "Stand",
          "Prognose zur Frist");
      int r = 3;
      for (Zielstatus z : b.ziele()) {
        String f = format(stellen(z.zielwert().indikator()));
        wert(ws, r, 0, z.leitziel());
        wert(ws, r, 1, z.handlungsziel());
        wert(ws, r, 2, z.indikator());
        wert(ws, r, 3, z.gebiet().name());
        wert(
            ws,
            r,
            4,
            z.zielwert().richtung() == Zielrichtung.MINDESTENS ? "mindestens" : "höchstens");
        zahl(ws, r, 5, z.zielwert().wert(), f);
        datum(ws, r, 6, z.zielwert().frist());
        zahl(ws, r, 7, z.zielwert().ausgangswert(), f);
        zelle(ws, r, 8, z.istwert());
        if (z.istwert().hatWert()) {
          ws.style(r, 8).format(f).set();
        }
        wert(ws, r, 9, z.periode() == null ? "" : z.periode().toString());
        wert(ws, r, 10, z.erreichung().bezeichnung());
        zahl(ws, r, 11, z.prognose(), f);
        r++;
      }
      if (b.ziele().isEmpty()) {
        wert(
            ws,
            r,
            0,
            b.leitbild().isPresent() ? "Das Leitbild nennt keine Zielwerte." : "Kein Leitbild.");
      }
      breiten(ws, 28, 36, 30, 18, 11, 10, 11, 12, 10, 9, 22, 12);
    }

    private int stellen(IndikatorKey key) {
      Indikatorauswertung a = auswertungen.get(key);
      if (a != null) {
        return a.stellen();
      }
      return b.indikatoren().stream()
          .filter(i -> i.key().equals(key))
          .reduce((x, y) -> y)
          .map(Formatierung::stellen)
          .orElse(1);
    }

    private String name(IndikatorKey key) {
      Indikatorauswertung a = auswertungen.get(key);
      return a != null ? a.indikator().name() : key.toString();
    }

    private void sozialindex() {
      Worksheet ws = blatt("Sozialindex");
      titel(ws, "Sozialindex und Handlungsbedarf");
      if (b.sozialindex().isEmpty()) {
        wert(ws, 2, 0, "Für einen Sozialindex liegen zu wenige veröffentlichbare Werte vor.");
        return;
      }
      Sozialindex s = b.sozialindex().get();
      wert(ws, 1, 0, s.methode());
      kopf(
          ws,
          2,
          2,
          "Rang",
          "Gebiet",
          "Schlüssel",
          "Index",
          "Stufe",
          "Stufenname",
          "Treiber des Bedarfs");
      int r = 3;
      for (Handlungsbedarf h : b.handlungsbedarf()) {
        wert(ws, r, 0, h.rang());
        wert(ws, r, 1, h.gebiet().name());
        wert(ws, r, 2, h.gebiet().raum().toString());
        if (h.index() == null) {
          wert(ws, r, 3, o.gesperrt());
        } else {
          zahl(ws, r, 3, h.index(), "0.00");
        }
        wert(ws, r, 4, h.klasse());
        wert(ws, r, 5, s.klassenname(h.klasse()));
        wert(ws, r, 6, h.auffaellig().stream().map(this::name).collect(Collectors.joining(", ")));
        r++;
      }
      for (Sozialindexwert w : s.werte()) {
        if (w.klasse() == null) {
          wert(ws, r, 1, w.gebiet().name());
          wert(ws, r, 2, w.gebiet().raum().toString());
          wert(ws, r, 3, o.fehlend());
          wert(ws, r, 5, "zu wenige veröffentlichbare Werte");
          r++;
        }
      }
      breiten(ws, 7, 28, 18, 9, 8, 12, 60);
    }

    private void indikator(Indikatorauswertung a) {
      Indikator i = a.indikator();
      Worksheet ws = blatt(i.key().toString());
      int n = a.perioden().size();
      String f = format(a.stellen());
      titel(ws, i.name() + " (" + i.einheit() + ")");
      wert(ws, 1, 0, definition(i));
      String[] kopf = new String[n + 5];
      kopf[0] = "Gebiet";
      kopf[1] = "Schlüssel";
      for (int p = 0; p < n; p++) {
        kopf[2 + p] = a.perioden().get(p).toString() + (a.bruchVor(p) ? " (Bruch)" : "");
      }
      kopf[n + 2] = "Abweichung zur Kommune";
      kopf[n + 3] = "Rang";
      kopf[n + 4] = "Trend (Änderung)";
      kopf(ws, 2, 2, kopf);
      int r = 3;
      reihe(ws, r++, a.kommune(), n);
      ws.range(3, 0, 3, n + 4).style().bold().fillColor(KOMMUNE_FARBE).format(f).set();
      for (Zeitreihe z : a.gebiete()) {
        reihe(ws, r++, z, n);
      }
      if (r > 4) {
        ws.range(4, 2, r - 1, n + 2).style().format(f).set();
        ws.range(4, n + 4, r - 1, n + 4).style().format(f).set();
      }
      markieren(f);
      List<Zeitreihe> alle = new java.util.ArrayList<>(a.gebiete());
      alle.add(a.kommune());
      ws.width(0, passend(28, alle.stream().map(z -> z.gebiet().name()).toList()));
      ws.width(1, passend(18, alle.stream().map(z -> z.gebiet().raum().toString()).toList()));
      for (int c = 2; c < n + 2; c++) {
        ws.width(c, 9);
      }
      ws.width(n + 2, 12);
      ws.width(n + 3, 7);
      ws.width(n + 4, 12);
    }

    private void reihe(Worksheet ws, int r, Zeitreihe z, int n) {
      wert(ws, r, 0, z.gebiet().name());
      wert(ws, r, 1, z.gebiet().raum().toString());
      for (int p = 0; p < n; p++) {
        zelle(ws, r, 2 + p, z.werte().get(p));
      }
      if (z.abweichung() != null) {
        wert(ws, r, n + 2, z.abweichung());
      }
      if (z.rang() != null) {
        wert(ws, r, n + 3, z.rang());
      }
      if (z.trend().richtung() != Trendrichtung.UNBEKANNT) {
        wert(ws, r, n + 4, requireNonNull(z.trend().aenderung()));
      }
    }

    private static String definition(Indikator i) {
      StringBuilder s = new StringBuilder(i.definition());
      s.append("; ")
          .append(
              switch (i.polaritaet()) {
                case HOEHER_IST_BESSER -> "höher ist besser";
                case HOEHER_IST_SCHLECHTER -> "höher ist schlechter";
                case NEUTRAL -> "Kontextindikator";
              })
          .append("; Quelle: ")
          .append(i.quelle())
          .append("; Rang 1 = größter Handlungsbedarf");
      return s.toString();
    }

    private void kette() {
      Worksheet ws = blatt("Präventionskette");
      titel(ws, "Präventionskette: aktive Angebote je Lebensphase und Handlungsfeld (0 = Lücke)");
      if (b.luecken().isEmpty()) {
        wert(ws, 2, 0, "Keine Präventionskette beschrieben.");
        return;
      }
      Lueckenanalyse l = b.luecken().get();
      String[] kopf = new String[l.handlungsfelder().size() + 1];
      kopf[0] = "Lebensphase";
      for (int c = 0; c < l.handlungsfelder().size(); c++) {
        kopf[c + 1] = l.handlungsfelder().get(c).name();
      }
      kopf(ws, 2, 1, kopf);
      int r = 3;
      for (int z = 0; z < l.lebensphasen().size(); z++) {
        wert(
            ws,
            r,
            0,
            l.lebensphasen().get(z).name()
                + " ("
                + Auswertungstext.alter(l.lebensphasen().get(z).alter())
                + ")");
        for (int c = 0; c < l.handlungsfelder().size(); c++) {
          int anzahl = l.anzahl(z, c);
          wert(ws, r, c + 1, anzahl);
          if (anzahl == 0) {
            ws.style(r, c + 1).fillColor("FDE2D2").set();
          }
        }
        r++;
      }
      r++;
      unterkopf(ws, r, "Übergang", "Aktive Angebote", "Stand");
      r++;
      for (Uebergangsabdeckung u : l.uebergaenge()) {
        wert(ws, r, 0, u.uebergang().name());
        wert(ws, r, 1, u.angebote());
        wert(ws, r, 2, u.offen() ? "offen" : "überbrückt");
        r++;
      }
      if (!l.brennpunkte().isEmpty()) {
        r++;
        wert(ws, r, 0, "Brennpunkte: hoher Handlungsbedarf bei geringer Versorgung");
        ws.style(r, 0).bold().set();
        r++;
        unterkopf(
            ws,
            r,
            "Gebiet",
            "Bedarfsrang",
            "Lebensphase",
            "Aktive Angebote",
            "Plätze je 100 Kinder");
        r++;
        for (de.kekiz.monitoring.veroeffentlichung.Brennpunkt p : l.brennpunkte()) {
          wert(ws, r, 0, p.gebiet().name());
          wert(ws, r, 1, p.bedarfsrang());
          wert(ws, r, 2, p.lebensphase());
          wert(ws, r, 3, p.angebote());
          zahl(ws, r, 4, p.plaetzeJe100Kinder(), "#,##0.0");
          r++;
        }
      }
      ws.width(0, 44);
      for (int c = 1; c <= l.handlungsfelder().size(); c++) {
        ws.width(c, 14);
      }
    }

    /** The maturity score on the reference date, criterion by criterion, and its development. */
    private void reifegrad() {
      Kettenreife reife = b.teil().reife();
      if (reife.aktuell().isEmpty()) {
        return;
      }
      Reifegrad aktuell = reife.aktuell().get();
      Worksheet ws = blatt("Reifegrad");
      titel(ws, "Reifegrad der Präventionskette");
      wert(ws, 1, 0, Auswertungstext.reifesatz(aktuell));
      kopf(ws, 2, 1, "Kriterium", "Station", "Erfüllt", "Punkte", "Begründung");
      int r = 3;
      for (Kriteriumsergebnis e : aktuell.ergebnisse()) {
        wert(ws, r, 0, e.kriterium().bezeichnung());
        wert(ws, r, 1, e.stufe().nummer() + " " + e.stufe().bezeichnung());
        wert(ws, r, 2, e.erfuellt() ? "ja" : "nein");
        wert(ws, r, 3, e.punkte());
        wert(ws, r, 4, e.begruendung());
        ws.style(r, 4).wrapText(true).set();
        r++;
      }
      wert(ws, r, 0, "Summe");
      ws.style(r, 0).bold().set();
      wert(ws, r, 3, aktuell.punkte());
      wert(ws, r, 4, "von " + aktuell.hoechstpunkte() + " Punkten");
      r += 2;
      wert(ws, r, 0, "Entwicklung des Reifegrads");
      ws.style(r, 0).bold().set();
      r++;
      unterkopf(ws, r, "Stichtag", "Erreichte Station", "Nicht erfüllt", "Punkte", "Höchstpunkte");
      r++;
      for (Reifegrad g : reife.verlauf()) {
        datum(ws, r, 0, g.stichtag());
        wert(ws, r, 1, Auswertungstext.station(g.erreichteStufe()));
        wert(ws, r, 2, Auswertungstext.nichtErfuellt(g));
        ws.style(r, 2).wrapText(true).set();
        wert(ws, r, 3, g.punkte());
        wert(ws, r, 4, g.hoechstpunkte());
        r++;
      }
      wert(ws, r + 1, 0, "Methode: " + reife.methode());
      breiten(ws, 34, 42, 60, 9, 80);
    }

    /** Who works on which Handlungsziel, where and since when. */
    private void zielbeitraege() {
      List<Zielarbeit> zeilen = b.teil().zielarbeit();
      if (zeilen.isEmpty()) {
        return;
      }
      Worksheet ws = blatt("Zielbeiträge");
      titel(
          ws,
          "Wer an welchem Handlungsziel arbeitet, wo und seit wann (Stand "
              + Formatierung.datum(b.stichtag())
              + ")");
      kopf(ws, 2, 1, "Handlungsziel", "Leitziel", "Art", "Beitrag", "Aufgabe", "Gebiet", "Seit");
      int r = 3;
      for (Zielarbeit z : zeilen) {
        wert(ws, r, 0, Auswertungstext.handlungsziel(z));
        wert(ws, r, 1, z.leitziel());
        wert(ws, r, 2, z.art().bezeichnung());
        wert(ws, r, 3, z.name());
        wert(ws, r, 4, z.aufgabeWert().orElse("–"));
        wert(ws, r, 5, Auswertungstext.gebiete(b.kommune(), z.sozialraeume(), b.stichtag()));
        if (z.seitWert().isPresent()) {
          datum(ws, r, 6, z.seitWert().get());
        } else {
          wert(ws, r, 6, "nicht erfasst");
        }
        r++;
      }
      breiten(ws, 60, 50, 22, 46, 52, 40, 13);
    }

    /** The effect comparisons and the measured Übergänge. */
    private void wirkung() {
      Wirkungsmonitoring w = b.teil().wirkung();
      if (w.leer()) {
        return;
      }
      Worksheet ws = blatt("Wirkung");
      titel(ws, "Wirkungsvergleich: Entwicklung mit und ohne Maßnahme");
      wert(
          ws,
          1,
          0,
          "Anteile in Prozent, Differenz der Differenzen und ihr 95-%-Konfidenzintervall in"
              + " Prozentpunkten; ein Unterschied in der Entwicklung, keine Ursache.");
      kopf(
          ws,
          2,
          1,
          "Maßnahme",
          "Beginn",
          "Handlungsziel",
          "Indikator",
          "Gebiete mit Maßnahme",
          "Vergleichsgruppe",
          "Vorher",
          "Nachher",
          "Mit Maßnahme vorher (%)",
          "Mit Maßnahme nachher (%)",
          "Vergleichsgruppe vorher (%)",
          "Vergleichsgruppe nachher (%)",
          "Fallzahlen",
          "Differenz der Differenzen (Pp.)",
          "Untere Grenze (Pp.)",
          "Obere Grenze (Pp.)",
          "Befund",
          "Nicht auswertbar, weil");
      int r = 3;
      String f = format(1);
      for (Wirkungsvergleich v : w.alleVergleiche()) {
        wert(ws, r, 0, Auswertungstext.massnahme(v));
        datum(ws, r, 1, v.beginn());
        wert(ws, r, 2, v.handlungsziel() == null ? "–" : v.handlungsziel());
        wert(ws, r, 3, v.indikatorname() + " (" + v.polaritaet().bezeichnung() + ")");
        wert(ws, r, 4, Auswertungstext.namen(v.mitMassnahme()));
        wert(ws, r, 5, Auswertungstext.namen(v.vergleichsgruppe()));
        Gruppenvergleich g = v.werte();
        if (g != null) {
          wert(ws, r, 6, g.vorher().toString());
          wert(ws, r, 7, g.nachher().toString());
          zahl(ws, r, 8, g.mitVorher().anteil().movePointRight(2), f);
          zahl(ws, r, 9, g.mitNachher().anteil().movePointRight(2), f);
          zahl(ws, r, 10, g.ohneVorher().anteil().movePointRight(2), f);
          zahl(ws, r, 11, g.ohneNachher().anteil().movePointRight(2), f);
          wert(
              ws,
              r,
              12,
              "mit: "
                  + Auswertungstext.anteil(g.mitVorher())
                  + " → "
                  + Auswertungstext.anteil(g.mitNachher())
                  + "; Vergleich: "
                  + Auswertungstext.anteil(g.ohneVorher())
                  + " → "
                  + Auswertungstext.anteil(g.ohneNachher()));
          ws.style(r, 12).wrapText(true).set();
          zahl(ws, r, 13, g.differenzDerDifferenzen().movePointRight(2), "+0.0;-0.0;0.0");
          zahl(ws, r, 14, g.intervall().untere().movePointRight(2), "+0.0;-0.0;0.0");
          zahl(ws, r, 15, g.intervall().obere().movePointRight(2), "+0.0;-0.0;0.0");
        }
        wert(ws, r, 16, v.befund().bezeichnung());
        wert(ws, r, 17, v.grund().orElse(""));
        ws.style(r, 17).wrapText(true).set();
        r++;
      }
      r++;
      wert(ws, r, 0, "Übergänge: überbrückt durch Angebote und gemessen an eigenen Indikatoren");
      ws.style(r, 0).bold().set();
      r++;
      unterkopf(ws, r, "Übergang", "Eigene Indikatoren", "Aktive Angebote", "Messung");
      r++;
      for (Uebergangsmessung u : w.uebergaenge()) {
        wert(ws, r, 0, u.name());
        wert(
            ws,
            r,
            1,
            u.indikatoren().isEmpty()
                ? "–"
                : u.indikatoren().stream().map(this::name).collect(Collectors.joining(", ")));
        wert(ws, r, 2, u.angebote());
        wert(ws, r, 3, u.stand().bezeichnung());
        r++;
      }
      wert(ws, r + 1, 0, "Methode: " + w.methode());
      breiten(ws, 48, 12, 14, 44, 30, 30, 10, 10, 12, 12, 12, 12, 90, 14, 12, 12, 28, 70);
    }

    private void angebote() {
      Worksheet ws = blatt("Angebote");
      titel(ws, "Angebote der Präventionskette");
      kopf(
          ws,
          2,
          1,
          "Angebot",
          "Kennung",
          "Träger",
          "Lebensphasen",
          "Handlungsfelder",
          "Übergänge",
          "Ebene",
          "Sozialräume",
          "Alter",
          "Kostenfrei",
          "Plätze",
          "Freie Plätze",
          "Status",
          "Zuletzt geprüft",
          "Web",
          "E-Mail");
      List<Angebot> angebote = b.angebote();
      Praeventionskette k = b.kette().orElse(null);
      int r = 3;
      for (Angebot a : angebote) {
        wert(ws, r, 0, a.name());
        wert(ws, r, 1, a.id().toString());
        wert(
            ws,
            r,
            2,
            k == null
                ? a.traeger().toString()
                : k.akteur(a.traeger()).map(Akteur::name).orElse(a.traeger().toString()));
        wert(ws, r, 3, String.join(", ", a.lebensphasen()));
        wert(ws, r, 4, String.join(", ", a.handlungsfelder()));
        wert(ws, r, 5, String.join(", ", a.uebergaenge()));
        wert(
            ws,
            r,
            6,
            a.ebenen().stream()
                .map(Praeventionsebene::bezeichnung)
                .collect(Collectors.joining(", ")));
        wert(
            ws,
            r,
            7,
            a.sozialraeume().stream().map(Object::toString).collect(Collectors.joining(", ")));
        wert(ws, r, 8, a.alter().map(Object::toString).orElse(""));
        wert(ws, r, 9, a.kostenfrei() ? "ja" : "nein");
        if (a.kapazitaet().isPresent()) {
          wert(ws, r, 10, a.kapazitaet().get().plaetze());
          if (a.kapazitaet().get().freiePlaetze() != null) {
            wert(ws, r, 11, a.kapazitaet().get().freiePlaetze());
          }
        }
        wert(ws, r, 12, a.status().bezeichnung());
        datum(ws, r, 13, a.zuletztGeprueft().orElse(null));
        if (a.url().isPresent()) {
          ws.hyperlink(r, 14, new HyperLink(a.url().get(), a.url().get()));
        }
        wert(ws, r, 15, a.email().orElse(""));
        r++;
      }
      breiten(ws, 36, 22, 28, 24, 24, 24, 16, 30, 8, 9, 7, 9, 12, 12, 28, 28);
    }

    private void quellen() {
      Worksheet ws = blatt("Quellen");
      titel(ws, "Quellen und Definitionen der Indikatoren");
      kopf(
          ws,
          2,
          1,
          "Indikator",
          "Schlüssel",
          "Version",
          "gültig ab",
          "gültig bis",
          "Zähler",
          "Nenner",
          "Faktor",
          "Einheit",
          "Polarität",
          "Quelle",
          "Ebene",
          "Periodizität",
          "Änderung",
          "Nachkommastellen");
      int r = 3;
      for (Indikator i : b.indikatoren()) {
        wert(ws, r, 0, i.name());
        wert(ws, r, 1, i.key().toString());
        wert(ws, r, 2, i.version());
        datum(ws, r, 3, i.gueltigkeit().von());
        datum(ws, r, 4, i.gueltigkeit().bis());
        wert(ws, r, 5, i.zaehlerDefinition());
        wert(ws, r, 6, i.nennerDefinition().orElse(""));
        wert(ws, r, 7, i.faktor());
        wert(ws, r, 8, i.einheit());
        wert(
            ws,
            r,
            9,
            i.polaritaet() == Polaritaet.NEUTRAL
                ? "Kontext"
                : i.polaritaet() == Polaritaet.HOEHER_IST_BESSER
                    ? "höher ist besser"
                    : "höher ist schlechter");
        wert(ws, r, 10, i.quelle());
        wert(ws, r, 11, i.ebene().bezeichnung());
        wert(ws, r, 12, i.periodizitaet().bezeichnung());
        wert(ws, r, 13, i.aenderungshinweis().orElse(""));
        wert(ws, r, 14, i.nachkommastellen());
        r++;
      }
      breiten(ws, 36, 22, 8, 11, 11, 50, 40, 8, 14, 18, 50, 12, 12, 50, 10);
    }

    private void datenschutz() {
      Worksheet ws = blatt("Datenschutz");
      titel(ws, "Datenschutz und Zeichenerklärung");
      wert(ws, 2, 0, b.datenschutzhinweis());
      ws.style(2, 0).wrapText(true).set();
      wert(
          ws,
          3,
          0,
          "Gesperrte Messwerte in diesem Bericht: "
              + b.gesperrteMesswerte()
              + " von "
              + b.messwerte().size());
      wert(ws, 5, 0, o.gesperrt());
      wert(ws, 5, 1, "Wert gesperrt (Geheimhaltung kleiner Fallzahlen)");
      wert(ws, 6, 0, o.fehlend());
      wert(ws, 6, 1, "kein Wert vorhanden");
      wert(ws, 7, 0, "(Bruch)");
      wert(ws, 7, 1, "Bruch in der Zeitreihe: geänderte Definition ab dieser Periode");
      wert(ws, 8, 0, "kursiv mit Kommentar");
      wert(
          ws,
          8,
          1,
          "kein exakter Einzelwert: über mehrere Perioden zusammengefasst, Wert des"
              + " übergeordneten Gebiets oder überlagert (der Kommentar der Zelle sagt, welcher)");
      wert(ws, 9, 0, "Schutzverfahren");
      wert(ws, 9, 1, b.verfahren().bezeichnung());
      ws.freezePane(0, 1);
      ws.width(0, 100);
      ws.width(1, 60);
    }

    private static void breiten(Worksheet ws, double... breiten) {
      for (int c = 0; c < breiten.length; c++) {
        ws.width(c, breiten[c]);
      }
    }
  }
}

package de.kekiz.reporting.xlsx;

import static de.kekiz.reporting.xlsx.Blattgestaltung.DATUM;
import static java.util.Objects.requireNonNull;

import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.lernnetzwerk.Lernnetzwerktreffen;
import de.kekiz.domain.programm.Haushaltsansatz;
import de.kekiz.domain.programm.Programmakteur;
import de.kekiz.domain.programm.Programmphase;
import de.kekiz.monitoring.veroeffentlichung.Haushaltsjahr;
import de.kekiz.monitoring.veroeffentlichung.Kommunenreife;
import de.kekiz.monitoring.veroeffentlichung.Phasenreichweite;
import de.kekiz.monitoring.veroeffentlichung.Praxiseintrag;
import de.kekiz.monitoring.veroeffentlichung.Programmveroeffentlichung;
import de.kekiz.monitoring.veroeffentlichung.Quellenbetrag;
import de.kekiz.monitoring.veroeffentlichung.Reichweitenwert;
import de.kekiz.monitoring.veroeffentlichung.Reifegrad;
import de.kekiz.monitoring.veroeffentlichung.Reifestufe;
import de.kekiz.monitoring.veroeffentlichung.Reifeverteilung;
import de.kekiz.monitoring.veroeffentlichung.Schutzverfahren;
import de.kekiz.monitoring.veroeffentlichung.Zelle;
import de.kekiz.reporting.bericht.Berichtsoptionen;
import de.kekiz.reporting.bericht.Formatierung;
import de.kekiz.reporting.bericht.Monitoringbericht;
import de.kekiz.reporting.internal.Sichtbar;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * Writes {@code programmbericht.xlsx}: the programme report ({@link Programmveroeffentlichung}) as
 * a workbook with one sheet per part, as {@link XlsxBerichtWriter} writes the Kommune report
 * (Programm, Reichweite, Förderung, Reifegrad, Lernnetzwerk, Praxis, Datenschutz).
 *
 * <p>Numbers are stored as numbers with a German-readable number format ({@code #,##0}, one decimal
 * place for shares, two for euro), dates as dates ({@code dd.mm.yyyy}); header rows are frozen. A
 * share keeps its numerator (Erreicht) and denominator (Nenner) beside it, and every protected
 * figure shows its kind: a suppressed one holds the text of {@link Berichtsoptionen#gesperrt()}, a
 * missing one that of {@link Berichtsoptionen#fehlend()}, never a number; a figure that is not
 * exact (perturbed by the Cell-Key-Verfahren) is italic with its mark behind the number and a
 * comment, and the column Art names the kind of each share and total. Texts are stored as text
 * cells. Presents only: every figure is the core's. Thread-safe.
 */
public final class ProgrammXlsxWriter {

  /** The file name, {@code programmbericht.xlsx}. */
  public static final String DATEINAME = "programmbericht.xlsx";

  private static final String GANZ = "#,##0";
  private static final String ANTEIL = "#,##0.0";
  private static final String EURO = "#,##0.00 \"€\"";

  /** Creates the writer. */
  public ProgrammXlsxWriter() {}

  /**
   * Writes {@code v}, made on {@code erstelltAm}, to {@code out}; does not close {@code out}.
   *
   * @param v the programme report
   * @param erstelltAm the day the report is made
   * @param optionen the symbols of suppressed and missing figures
   * @param out where the file's bytes go
   * @throws IOException if writing fails
   */
  public void schreibe(
      Programmveroeffentlichung v,
      LocalDate erstelltAm,
      Berichtsoptionen optionen,
      OutputStream out)
      throws IOException {
    requireNonNull(v, "v");
    requireNonNull(erstelltAm, "erstelltAm");
    requireNonNull(optionen, "optionen");
    requireNonNull(out, "out");
    Workbook wb =
        Blattgestaltung.mappe(out, titel(v), "Programmbericht für die Landeskoordinierungsstelle");
    try {
      new Mappe(wb, v, erstelltAm, optionen).schreibe();
      wb.finish();
    } catch (RuntimeException e) {
      throw new IOException(
          "fastexcel could not write the programme report of " + v.programm().programm(), e);
    }
  }

  private static String titel(Programmveroeffentlichung v) {
    return Programmveroeffentlichung.TITEL + " „" + v.programm().programm().name() + "“";
  }

  /** The state of writing one workbook. */
  private static final class Mappe {
    private final Workbook wb;
    private final Programmveroeffentlichung v;
    private final LocalDate erstelltAm;
    private final Berichtsoptionen o;

    /** The longest text or number of each column of the current sheet, in characters. */
    private final java.util.Map<Integer, Integer> laengen = new java.util.HashMap<>();

    Mappe(Workbook wb, Programmveroeffentlichung v, LocalDate erstelltAm, Berichtsoptionen o) {
      this.wb = wb;
      this.v = v;
      this.erstelltAm = erstelltAm;
      this.o = o;
    }

    void schreibe() {
      programm();
      reichweite();
      foerderung();
      reife();
      lernnetzwerk();
      praxis();
      datenschutz();
    }

    private Worksheet blatt(String name, String titel) {
      laengen.clear();
      Worksheet ws = wb.newWorksheet(name);
      Blattgestaltung.druck(
          ws,
          v.auftrag().verfahren() == Schutzverfahren.INTERN
              ? Monitoringbericht.DIENSTGEBRAUCH
              : "");
      frei(ws, 0, 0, titel);
      Blattgestaltung.titel(ws);
      return ws;
    }

    /** A text cell of a table: its column is made wide enough for it. */
    private void wert(Worksheet ws, int r, int c, String text) {
      String t = Sichtbar.text(text);
      ws.value(r, c, t);
      laengen.merge(c, t.length(), Math::max);
      if (t.length() + 2 > HOECHSTENS) {
        ws.style(r, c).wrapText(true).verticalAlignment("top").set(); // wider than a column gets
      }
    }

    /**
     * The header of a table further down a sheet: its cells in row {@code r} (columns made wide
     * enough), bold on the header tint, wrapped.
     */
    private void unterkopf(Worksheet ws, int r, String... spalten) {
      for (int c = 0; c < spalten.length; c++) {
        wert(ws, r, c, spalten[c]);
      }
      Blattgestaltung.unterkopf(ws, r, spalten.length);
    }

    /** A text that may run into the empty cells to its right (title, caption, note). */
    private static void frei(Worksheet ws, int r, int c, String text) {
      ws.value(r, c, Sichtbar.text(text));
    }

    private void zahl(Worksheet ws, int r, int c, @Nullable Number x, String format) {
      if (x == null) {
        return;
      }
      ws.value(r, c, x);
      ws.style(r, c).format(format).set();
      // the digits with thousands separators, decimals and unit
      String ganz = new BigDecimal(x.toString()).toBigInteger().toString();
      laengen.merge(c, ganz.length() + ganz.length() / 3 + format.length() - 2, Math::max);
    }

    private void datum(Worksheet ws, int r, int c, LocalDate tag) {
      ws.value(r, c, tag);
      Blattgestaltung.datum(ws, r, c);
      laengen.merge(c, DATUM.length(), Math::max);
    }

    /** A header row, bold on a tinted background, frozen and repeated on every printed page. */
    private void kopf(Worksheet ws, int zeile, String... spalten) {
      for (int c = 0; c < spalten.length; c++) {
        wert(ws, zeile, c, spalten[c]);
      }
      Blattgestaltung.kopf(ws, zeile, spalten.length, 1);
    }

    /** A sub-table's caption. */
    private static void ueberschrift(Worksheet ws, int r, String text) {
      frei(ws, r, 0, text);
      ws.style(r, 0).bold().set();
    }

    /**
     * Sets each column as wide as its longest text or number (plus a margin), at least {@code
     * mindestens[c]} and at most 120 characters; a longer text wraps.
     */
    private void breiten(Worksheet ws, double... mindestens) {
      int spalten =
          Math.max(
              mindestens.length, laengen.keySet().stream().mapToInt(c -> c + 1).max().orElse(0));
      for (int c = 0; c < spalten; c++) {
        double min = c < mindestens.length ? mindestens[c] : 8;
        double noetig = laengen.getOrDefault(c, 0) + 2;
        ws.width(c, Math.min(HOECHSTENS, Math.max(min, noetig)));
      }
    }

    private static final int HOECHSTENS = 120;

    /**
     * A figure of a protected cell: the symbol of a suppressed or missing cell as text, else the
     * number; a number that is not exact is italic with its mark and a comment, as in {@code
     * bericht.xlsx}.
     */
    private void figur(Worksheet ws, int r, int c, Zelle z, @Nullable BigDecimal x, String format) {
      if (z.gesperrt()) {
        wert(ws, r, c, o.gesperrt());
        ws.style(r, c).horizontalAlignment("right").set();
      } else if (x == null) {
        wert(ws, r, c, o.fehlend());
        ws.style(r, c).horizontalAlignment("right").set();
      } else {
        zahl(ws, r, c, x, format);
        String marke = Formatierung.wertartMarke(z);
        if (!marke.isEmpty()) {
          Blattgestaltung.markiert(ws, r, c, format, marke);
          ws.comment(r, c, Formatierung.wertartText(z));
        }
      }
    }

    // ------------------------------------------------------------ sheets

    private void programm() {
      Worksheet ws = blatt("Programm", titel(v));
      frei(ws, 1, 0, "Für die Landeskoordinierungsstelle");
      wert(ws, 2, 0, "Stichtag");
      datum(ws, 2, 1, v.auftrag().stichtag());
      wert(ws, 3, 0, "Erstellt am");
      datum(ws, 3, 1, erstelltAm);
      ws.range(2, 0, 3, 0).style().bold().set();
      int r = 5;
      ueberschrift(ws, r++, "Phasen des Programms");
      kopf(
          ws,
          r++,
          "Phase",
          "Beginn",
          "Ende laut Quellen",
          "Neue Kommunen laut Quellen",
          "Teilnehmende laut Quellen");
      for (Programmphase p : v.programm().phasen()) {
        wert(ws, r, 0, p.name());
        datum(ws, r, 1, p.beginn());
        wert(ws, r, 2, p.ende().deutsch(Formatierung::datum));
        wert(ws, r, 3, p.neueKommunen().deutsch(String::valueOf));
        wert(ws, r, 4, p.teilnehmerzahlVeroeffentlicht().deutsch(String::valueOf));
        r++;
      }
      frei(
          ws,
          r++,
          0,
          "Wo Quellen voneinander abweichen, stehen alle Angaben mit ihrer Quelle nebeneinander.");
      if (!v.programm().akteure().isEmpty()) {
        r++;
        ueberschrift(ws, r++, "Beteiligte Organisationen");
        unterkopf(ws, r, "Organisation", "Rolle", "Quelle");
        r++;
        for (Programmakteur a : v.programm().akteure()) {
          wert(ws, r, 0, a.name());
          wert(ws, r, 1, a.rolle().bezeichnung());
          wert(ws, r, 2, a.beleg().quelle());
          r++;
        }
      }
      breiten(ws, 48, 40, 60, 50, 50);
    }

    private void reichweite() {
      Worksheet ws = blatt("Reichweite", "Teilnehmende und Reichweite je Phase");
      kopf(
          ws,
          2,
          "Phase",
          "Teilnehmende",
          "Beteiligte Kommunen",
          "Erreichte Gemeinden",
          "Personengruppe",
          "Bezugsgröße",
          "Erreicht (Zähler)",
          "Insgesamt (Nenner)",
          "Anteil in %",
          "Art des Anteils",
          "Einwohner des Gebiets",
          "Art der Einwohnerzahl",
          "Hinweis");
      int r = 3;
      for (Phasenreichweite p : v.reichweiten()) {
        r = zeile(ws, r, p, "Einwohner", p.einwohner(), "keine Einwohnerzahl am Stichtag");
        r =
            zeile(
                ws,
                r,
                p,
                "Kinder und Jugendliche",
                p.kinder(),
                "Kinderzahl nicht für jede Gemeinde angegeben ("
                    + p.gemeindenOhneKinderzahl()
                    + " Gemeinden ohne Zahl); keine Reichweite bei Kindern");
      }
      breiten(ws, 44, 13, 13, 13, 24, 58, 16, 16, 12, 36, 16, 36, 70);
    }

    private int zeile(
        Worksheet ws,
        int r,
        Phasenreichweite p,
        String gruppe,
        @Nullable Reichweitenwert w,
        String fehlt) {
      wert(ws, r, 0, p.phase().name());
      zahl(ws, r, 1, p.teilnehmer(), GANZ);
      zahl(ws, r, 2, p.kommunen(), GANZ);
      zahl(ws, r, 3, p.gemeindenErreicht(), GANZ);
      wert(ws, r, 4, gruppe);
      if (w == null) {
        wert(ws, r, 5, "–");
        for (int c : new int[] {6, 7, 8, 10}) {
          wert(ws, r, c, o.fehlend());
        }
        wert(ws, r, 9, "kein Wert vorhanden");
        wert(ws, r, 11, "kein Wert vorhanden");
        wert(ws, r, 12, fehlt);
        return r + 1;
      }
      Zelle a = w.anteil();
      wert(ws, r, 5, w.bezugsgroesse());
      figur(ws, r, 6, a, a.zaehler(), GANZ);
      figur(ws, r, 7, a, a.nenner(), GANZ);
      figur(ws, r, 8, a, a.wert(), ANTEIL);
      wert(ws, r, 9, a.art().bezeichnung());
      figur(ws, r, 10, w.gesamt(), w.gesamt().wert(), GANZ);
      wert(ws, r, 11, w.gesamt().art().bezeichnung());
      wert(
          ws,
          r,
          12,
          w.gemeindenOhneZahl() == 0
              ? "–"
              : w.gemeindenOhneZahl() + " Gemeinden ohne Zahl, nicht mitgezählt");
      return r + 1;
    }

    private void foerderung() {
      Worksheet ws = blatt("Förderung", "Förderung nach Jahr und Quelle");
      if (v.haushalt().isEmpty()) {
        frei(ws, 2, 0, "Für dieses Programm ist kein Haushalt erfasst.");
        ws.width(0, 60);
        return;
      }
      kopf(ws, 2, "Jahr", "Quelle", "Betrag", "Bekannt", "Summe des Jahres");
      int r = 3;
      for (Haushaltsjahr j : v.haushalt()) {
        for (Quellenbetrag q : j.quellen()) {
          quelle(ws, r++, String.valueOf(j.jahr()), q, j.summe().euro());
        }
      }
      for (Quellenbetrag q : v.summeJeQuelle()) {
        quelle(ws, r, "Insgesamt", q, v.haushaltGesamt().euro());
        ws.range(r, 0, r, 4).style().bold().set();
        r++;
      }
      r++;
      ueberschrift(ws, r++, "Haushaltsansätze");
      unterkopf(ws, r, "Jahr", "Quellen", "Betrag", "Gemeinsame Summe", "Quelle");
      r++;
      for (Haushaltsjahr j : v.haushalt()) {
        for (Haushaltsansatz a : j.ansaetze()) {
          zahl(ws, r, 0, a.jahr(), "0");
          wert(
              ws,
              r,
              1,
              a.quellen().stream().map(q -> q.bezeichnung()).collect(Collectors.joining(", ")));
          zahl(ws, r, 2, a.betrag().euro(), EURO);
          wert(ws, r, 3, a.gemeinsam() ? "ja, Aufteilung nicht veröffentlicht" : "nein");
          wert(ws, r, 4, a.beleg().quelle());
          r++;
        }
      }
      breiten(ws, 12, 36, 18, 36, 70);
    }

    private void quelle(Worksheet ws, int r, String jahr, Quellenbetrag q, BigDecimal summe) {
      wert(ws, r, 0, jahr);
      wert(ws, r, 1, q.quelle().bezeichnung());
      if (q.bekannt().isPresent()) {
        zahl(ws, r, 2, q.bekannt().get().euro(), EURO);
        wert(ws, r, 3, "ja");
      } else {
        wert(ws, r, 2, "unbekannt");
        ws.style(r, 2).horizontalAlignment("right").set();
        wert(ws, r, 3, "nein, Teil einer gemeinsamen Summe");
      }
      zahl(ws, r, 4, summe, EURO);
    }

    private void reife() {
      Reifeverteilung rv = v.reife();
      Worksheet ws = blatt("Reifegrad", "Reifegrad der Präventionsketten");
      if (rv.phase() == null) {
        frei(ws, 2, 0, "Am Stichtag hatte keine Phase des Programms begonnen.");
        ws.width(0, 70);
        return;
      }
      wert(ws, 1, 0, "Reifegrad am");
      datum(ws, 1, 1, rv.stichtag());
      kopf(ws, 2, "Kommune", "AGS", "Teilnehmer", "Punkte", "Höchstpunkte", "Erreichte Station");
      int r = 3;
      for (Kommunenreife k : rv.kommunen()) {
        wert(ws, r, 0, k.name());
        wert(ws, r, 1, k.kommune().toString());
        wert(ws, r, 2, k.teilnehmer());
        Reifegrad g = k.reifegrad();
        if (g == null) {
          wert(ws, r, 5, "kein Modell gespeichert");
        } else {
          zahl(ws, r, 3, g.punkte(), GANZ);
          zahl(ws, r, 4, g.hoechstpunkte(), GANZ);
          wert(ws, r, 5, g.erreichteStufe().map(Mappe::station).orElse("keine"));
        }
        r++;
      }
      r++;
      ueberschrift(ws, r++, "Kommunen nach erreichter Station");
      for (int i = 0; i < rv.nachStufe().size(); i++) {
        wert(ws, r, 0, i == 0 ? "keine Station vollständig" : station(Reifestufe.values()[i - 1]));
        zahl(ws, r++, 1, rv.nachStufe().get(i), GANZ);
      }
      wert(ws, r, 0, "ohne gespeichertes Modell");
      zahl(ws, r++, 1, rv.ohneModell(), GANZ);
      r++;
      ueberschrift(ws, r++, "Kommunen nach Punkten");
      for (int i = 0; i < rv.nachPunkten().size(); i++) {
        wert(ws, r, 0, i + " von " + (rv.nachPunkten().size() - 1));
        zahl(ws, r++, 1, rv.nachPunkten().get(i), GANZ);
      }
      breiten(ws, 40, 14, 48, 9, 13, 36);
    }

    private static String station(Reifestufe s) {
      return s.nummer() + " " + s.bezeichnung();
    }

    private void lernnetzwerk() {
      Worksheet ws = blatt("Lernnetzwerk", "Lernnetzwerktreffen");
      if (!v.lernnetzwerkGespeichert()) {
        frei(ws, 2, 0, "Für dieses Programm ist kein Lernnetzwerk gespeichert.");
        ws.width(0, 60);
        return;
      }
      kopf(
          ws,
          2,
          "Treffen",
          "Datum",
          "Ort",
          "Gastgeber",
          "Motto",
          "Kommunen",
          "Namentlich genannt",
          "Arbeitsgruppen");
      int r = 3;
      for (Lernnetzwerktreffen t : v.treffen()) {
        wert(ws, r, 0, t.nummer() + ". Treffen");
        wert(ws, r, 1, t.termin().deutsch());
        wert(ws, r, 2, angegeben(t.ort()));
        Gemeindeschluessel g = t.gastgeber();
        wert(ws, r, 3, g == null ? "nicht angegeben" : v.name(g));
        wert(ws, r, 4, angegeben(t.motto()));
        Integer zahl = t.teilnehmerzahl();
        if (zahl == null) {
          wert(ws, r, 5, "nicht angegeben");
        } else {
          zahl(ws, r, 5, zahl, GANZ);
        }
        wert(
            ws,
            r,
            6,
            t.teilnehmer().isEmpty()
                ? "keine"
                : t.teilnehmer().stream().map(v::name).collect(Collectors.joining(", ")));
        Integer ags = t.arbeitsgruppenzahl();
        wert(
            ws,
            r,
            7,
            ags == null
                ? "nicht angegeben"
                : ags + " (" + t.arbeitsgruppen().size() + " beschrieben)");
        r++;
      }
      breiten(ws, 13, 34, 24, 24, 60, 10, 80, 24);
    }

    private void praxis() {
      Worksheet ws = blatt("Praxis", "Katalog geteilter Praxis");
      if (v.praxis().isEmpty()) {
        frei(ws, 2, 0, "Es sind keine Beiträge von Kommunen erfasst.");
        ws.width(0, 60);
        return;
      }
      kopf(ws, 2, "Beitrag", "Kommune", "Treffen", "Rahmen", "Art", "Modell der Kommune", "Quelle");
      int r = 3;
      for (Praxiseintrag e : v.praxis()) {
        wert(ws, r, 0, e.beispiel().beitrag().titel());
        wert(ws, r, 1, e.kommune());
        wert(ws, r, 2, e.beispiel().treffen() + ". Treffen");
        wert(ws, r, 3, e.beispiel().inArbeitsgruppe() ? "Arbeitsgruppe" : "Plenum");
        wert(ws, r, 4, e.beispiel().beitrag().bezug().art().bezeichnung());
        wert(ws, r, 5, e.modell().bezeichnung());
        wert(ws, r, 6, e.beispiel().beitrag().beleg().quelle());
        r++;
      }
      breiten(ws, 70, 24, 12, 15, 30, 38, 70);
    }

    private void datenschutz() {
      Worksheet ws = blatt("Datenschutz", "Datenschutz und Zeichenerklärung");
      frei(ws, 2, 0, Monitoringbericht.datenschutzhinweis(v.auftrag()));
      ws.style(2, 0).wrapText(true).set();
      wert(ws, 3, 0, "Schutzverfahren");
      wert(ws, 3, 1, v.auftrag().verfahren().bezeichnung());
      wert(ws, 5, 0, o.gesperrt());
      wert(ws, 5, 1, "Wert gesperrt (Geheimhaltung kleiner Fallzahlen)");
      wert(ws, 6, 0, o.fehlend());
      wert(ws, 6, 1, "kein Wert vorhanden");
      wert(ws, 7, 0, "kursiv mit Kommentar");
      wert(
          ws,
          7,
          1,
          "kein exakter Wert: überlagert (Cell-Key-Verfahren); der Kommentar der Zelle und die"
              + " Spalte Art sagen es");
      wert(ws, 8, 0, "–");
      wert(ws, 8, 1, "nicht zutreffend");
      ws.freezePane(0, 1);
      breiten(ws, 100, 60);
    }
  }

  private static String angegeben(@Nullable String text) {
    return text == null ? "nicht angegeben" : text;
  }
}

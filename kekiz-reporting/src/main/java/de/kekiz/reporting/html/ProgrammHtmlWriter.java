package de.kekiz.reporting.html;

import static de.kekiz.reporting.html.HtmlText.esc;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The programme report for the Landeskoordinierungsstelle as one self-contained, accessible HTML
 * document (the Kommune report's style sheet and structure: German text, numbered tables with
 * captions and header cells, a Content-Security-Policy that loads nothing), also the source of the
 * PDF. It presents a {@link Programmveroeffentlichung} and computes nothing. Immutable and
 * thread-safe.
 */
public final class ProgrammHtmlWriter {

  /** The file name, {@code programmbericht.html}. */
  public static final String DATEINAME = "programmbericht.html";

  /** A writer. */
  public ProgrammHtmlWriter() {}

  /**
   * {@return the document as text}
   *
   * @param v the programme report
   * @param erstelltAm the day the report is made
   * @param optionen the symbols of suppressed and missing figures
   */
  public String html(Programmveroeffentlichung v, LocalDate erstelltAm, Berichtsoptionen optionen) {
    return new Dokument(
            requireNonNull(v, "v"),
            requireNonNull(erstelltAm, "erstelltAm"),
            requireNonNull(optionen, "optionen"))
        .schreibe();
  }

  private static final class Dokument {
    private final Programmveroeffentlichung v;
    private final LocalDate erstelltAm;
    private final Berichtsoptionen o;
    private final StringBuilder out = new StringBuilder(64 * 1024);
    private int tabellen;

    Dokument(Programmveroeffentlichung v, LocalDate erstelltAm, Berichtsoptionen o) {
      this.v = v;
      this.erstelltAm = erstelltAm;
      this.o = o;
    }

    private boolean intern() {
      return v.auftrag().verfahren() == Schutzverfahren.INTERN;
    }

    String schreibe() {
      kopf();
      out.append("<main>");
      programm();
      reichweite();
      haushalt();
      reife();
      lernnetzwerk();
      praxis();
      datenschutz();
      out.append("</main><footer><p>Erstellt am ")
          .append(Formatierung.datum(erstelltAm))
          .append(" mit kekiz. Stichtag ")
          .append(Formatierung.datum(v.auftrag().stichtag()))
          .append(".</p></footer></body></html>\n");
      return out.toString();
    }

    private String titel() {
      return Programmveroeffentlichung.TITEL + " „" + v.programm().programm().name() + "“";
    }

    private void kopf() {
      out.append("<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\"/>")
          .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")
          .append(" style-src 'unsafe-inline'; img-src data:\"/>")
          .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
          .append(
              "<meta name=\"generator\" content=\"kekiz\"/><meta name=\"description\" content=\"");
      esc(
              out,
              "Programmbericht für die Landeskoordinierungsstelle: Reichweite, Förderung,"
                  + " Reifegrad der Präventionsketten, Lernnetzwerk und Praxis, Stichtag "
                  + Formatierung.datum(v.auftrag().stichtag()))
          .append("\"/><title>");
      esc(out, titel()).append("</title><style>").append(Stil.CSS);
      if (intern()) {
        out.append("@page{@top-center{content:\"")
            .append(Monitoringbericht.DIENSTGEBRAUCH)
            .append("\";font-family:Helvetica,Arial,sans-serif;font-size:8pt;color:#7f1d1d}}");
      }
      out.append("</style></head><body><header>");
      if (intern()) {
        out.append("<p class=\"intern\" role=\"note\"><strong>");
        esc(out, Monitoringbericht.DIENSTGEBRAUCH).append("</strong></p>");
      }
      out.append("<h1>");
      esc(out, titel()).append("</h1><p class=\"kopf\">");
      esc(out, "Für die Landeskoordinierungsstelle · Stichtag ")
          .append(Formatierung.datumLang(v.auftrag().stichtag()))
          .append(" · erstellt am ")
          .append(Formatierung.datum(erstelltAm))
          .append("</p></header>");
      out.append("<nav aria-label=\"Inhalt\"><strong>Inhalt</strong><ol>");
      eintrag("programm", "Programm, Phasen und Beteiligte");
      eintrag("reichweite", "Teilnehmende und Reichweite");
      eintrag("foerderung", "Förderung nach Jahr und Quelle");
      eintrag("reife", "Reifegrad der Präventionsketten");
      eintrag("lernnetzwerk", "Lernnetzwerktreffen");
      eintrag("praxis", "Katalog geteilter Praxis");
      eintrag("datenschutz", "Datenschutz und Zeichenerklärung");
      out.append("</ol></nav>");
    }

    private void eintrag(String id, String text) {
      out.append("<li><a href=\"#").append(id).append("\">");
      esc(out, text).append("</a></li>");
    }

    private void abschnitt(String id, String titel) {
      out.append("<section id=\"")
          .append(id)
          .append("\" aria-labelledby=\"h-")
          .append(id)
          .append("\"><h2 id=\"h-")
          .append(id)
          .append("\">");
      esc(out, titel).append("</h2>");
    }

    private void tabelleAnfang(String klasse, String titel, String... spalten) {
      tabellen++;
      out.append("<div class=\"tabelle\"><table class=\"")
          .append(klasse)
          .append("\"><caption>Tabelle ")
          .append(tabellen)
          .append(": ");
      esc(out, titel).append("</caption><thead><tr>");
      for (String s : spalten) {
        boolean zahl = s.startsWith("#");
        out.append(zahl ? "<th scope=\"col\" class=\"z\">" : "<th scope=\"col\">");
        esc(out, zahl ? s.substring(1) : s).append("</th>");
      }
      out.append("</tr></thead><tbody>");
    }

    private void tabelleEnde() {
      out.append("</tbody></table></div>");
    }

    private void th(String text) {
      HtmlText.zeilenkopf(out, text);
    }

    private void td(String text) {
      HtmlText.zelle(out, text);
    }

    private void tdZahl(String text) {
      HtmlText.zahlzelle(out, text);
    }

    private void absatz(String text) {
      HtmlText.absatz(out, text);
    }

    private String name(Gemeindeschluessel k) {
      return v.name(k);
    }

    // ------------------------------------------------------------ 1 programme

    private void programm() {
      abschnitt("programm", "1 Programm, Phasen und Beteiligte");
      tabelleAnfang(
          "phasen",
          "Phasen des Programms",
          "Phase",
          "Beginn",
          "Ende laut Quellen",
          "Neue Kommunen laut Quellen",
          "Teilnehmende laut Quellen");
      for (Programmphase p : v.programm().phasen()) {
        out.append("<tr>");
        th(p.name());
        td(Formatierung.datum(p.beginn()));
        td(p.ende().deutsch(Formatierung::datum));
        td(p.neueKommunen().deutsch(String::valueOf));
        td(p.teilnehmerzahlVeroeffentlicht().deutsch(String::valueOf));
        out.append("</tr>");
      }
      tabelleEnde();
      absatz(
          "Wo Quellen voneinander abweichen, stehen alle Angaben mit ihrer Quelle nebeneinander;"
              + " keine wird stillschweigend gewählt.");
      if (!v.programm().akteure().isEmpty()) {
        tabelleAnfang("akteure", "Beteiligte Organisationen", "Organisation", "Rolle", "Quelle");
        for (Programmakteur a : v.programm().akteure()) {
          out.append("<tr>");
          th(a.name());
          td(a.rolle().bezeichnung());
          td(a.beleg().quelle());
          out.append("</tr>");
        }
        tabelleEnde();
      }
      out.append("</section>");
    }

    // ------------------------------------------------------------ 2 reach

    private void reichweite() {
      abschnitt("reichweite", "2 Teilnehmende und Reichweite");
      absatz(
          "Ein Kreis, der gemeinsam mit eigenen Gemeinden teilnimmt, zählt als ein Teilnehmer. Eine"
              + " Gemeinde gilt als erreicht, wenn sie selbst, ihr Verbund oder der Kreis, dessen"
              + " Jugendamt sie versorgt, teilnimmt. Einwohner- und Kinderzahlen sind Zahlen von"
              + " Personen und durchlaufen den Schutz kleiner Fallzahlen dieser Veröffentlichung.");
      tabelleAnfang(
          "reichweite",
          "Teilnehmende und erreichte Gemeinden je Phase",
          "Phase",
          "#Teilnehmende",
          "#Beteiligte Kommunen",
          "#Erreichte Gemeinden");
      for (Phasenreichweite r : v.reichweiten()) {
        out.append("<tr>");
        th(r.phase().name());
        tdZahl(Formatierung.zahl(BigDecimal.valueOf(r.teilnehmer()), 0));
        tdZahl(Formatierung.zahl(BigDecimal.valueOf(r.kommunen()), 0));
        tdZahl(Formatierung.zahl(BigDecimal.valueOf(r.gemeindenErreicht()), 0));
        out.append("</tr>");
      }
      tabelleEnde();
      tabelleAnfang(
          "reichweite-anteil",
          "Reichweite je Phase",
          "Phase",
          "Bezugsgröße",
          "#Erreicht",
          "#Insgesamt",
          "#Anteil in %",
          "Hinweis");
      for (Phasenreichweite r : v.reichweiten()) {
        reichweitenzeile(
            r.phase().name(), r.einwohner(), "keine Einwohnerzahl am oder vor dem Stichtag");
        reichweitenzeile(
            r.phase().name(),
            r.kinder(),
            "Kinderzahl nicht für jede Gemeinde angegeben ("
                + r.gemeindenOhneKinderzahl()
                + " Gemeinden ohne Zahl); keine Reichweite bei Kindern");
      }
      tabelleEnde();
      out.append("</section>");
    }

    private void reichweitenzeile(String phase, @Nullable Reichweitenwert w, String fehlt) {
      out.append("<tr>");
      th(phase);
      if (w == null) {
        td("–");
        tdZahl(o.fehlend());
        tdZahl(o.fehlend());
        tdZahl(o.fehlend());
        td(fehlt);
      } else {
        td(w.bezugsgroesse());
        Zelle a = w.anteil();
        BigDecimal erreicht = a.zaehler();
        tdZahl(erreicht == null ? zeichen(a) : Formatierung.zahl(erreicht, 0) + marke(a));
        tdZahl(Formatierung.zelle(w.gesamt(), 0, o) + marke(w.gesamt()));
        tdZahl(Formatierung.zelle(a, 1, o) + marke(a));
        td(
            w.gemeindenOhneZahl() == 0
                ? "–"
                : w.gemeindenOhneZahl() + " Gemeinden ohne Zahl, nicht mitgezählt");
      }
      out.append("</tr>");
    }

    private String zeichen(Zelle z) {
      return z.gesperrt() ? o.gesperrt() : o.fehlend();
    }

    private static String marke(Zelle z) {
      String m = Formatierung.wertartMarke(z);
      return m.isEmpty() ? "" : " " + m;
    }

    // ------------------------------------------------------------ 3 funding

    private void haushalt() {
      abschnitt("foerderung", "3 Förderung nach Jahr und Quelle");
      if (v.haushalt().isEmpty()) {
        absatz("Für dieses Programm ist kein Haushalt erfasst.");
        out.append("</section>");
        return;
      }
      tabelleAnfang(
          "haushalt",
          "Haushaltsansätze",
          "Jahr",
          "Quellen",
          "#Betrag",
          "Gemeinsame Summe",
          "Quelle");
      for (Haushaltsjahr j : v.haushalt()) {
        for (Haushaltsansatz a : j.ansaetze()) {
          out.append("<tr>");
          th(String.valueOf(a.jahr()));
          td(a.quellen().stream().map(q -> q.bezeichnung()).collect(Collectors.joining(", ")));
          tdZahl(a.betrag().deutsch());
          td(a.gemeinsam() ? "ja, Aufteilung nicht veröffentlicht" : "nein");
          td(a.beleg().quelle());
          out.append("</tr>");
        }
      }
      tabelleEnde();
      tabelleAnfang("haushalt-jahr", "Förderung je Jahr und Quelle", "Jahr", "#Summe", "Je Quelle");
      for (Haushaltsjahr j : v.haushalt()) {
        out.append("<tr>");
        th(String.valueOf(j.jahr()));
        tdZahl(j.summe().deutsch());
        td(quellen(j.quellen()));
        out.append("</tr>");
      }
      out.append("<tr>");
      th("Insgesamt");
      tdZahl(v.haushaltGesamt().deutsch());
      td(quellen(v.summeJeQuelle()));
      out.append("</tr>");
      tabelleEnde();
      out.append("</section>");
    }

    private static String quellen(List<Quellenbetrag> quellen) {
      return quellen.stream()
          .map(
              q ->
                  q.quelle().bezeichnung()
                      + ": "
                      + q.bekannt()
                          .map(b -> b.deutsch())
                          .orElse("unbekannt (Teil einer gemeinsamen Summe)"))
          .collect(Collectors.joining("; "));
    }

    // ------------------------------------------------------------ 4 maturity

    private void reife() {
      Reifeverteilung r = v.reife();
      abschnitt("reife", "4 Reifegrad der Präventionsketten");
      if (r.phase() == null) {
        absatz(
            "Am Stichtag hatte keine Phase des Programms begonnen; es gibt keine teilnehmenden"
                + " Kommunen.");
        out.append("</section>");
        return;
      }
      absatz(
          "Reifegrad nach dem Qualitätskreislauf (10 Kriterien, je 1 Punkt) am "
              + Formatierung.datum(r.stichtag())
              + " für die "
              + r.kommunen().size()
              + " Kommunen der Phase „"
              + v.programm().phase(r.phase()).map(Programmphase::name).orElse(r.phase())
              + "“: "
              + r.bewertet()
              + " mit gespeichertem Modell bewertet, "
              + r.ohneModell()
              + " ohne gespeichertes Modell (Leitbild oder Präventionskette) und daher ohne"
              + " Reifegrad.");
      tabelleAnfang(
          "reife-stufe", "Kommunen nach erreichter Station", "Erreichte Station", "#Kommunen");
      for (int i = 0; i < r.nachStufe().size(); i++) {
        out.append("<tr>");
        th(i == 0 ? "keine Station vollständig" : station(Reifestufe.values()[i - 1]));
        tdZahl(String.valueOf(r.nachStufe().get(i)));
        out.append("</tr>");
      }
      out.append("<tr>");
      th("ohne gespeichertes Modell");
      tdZahl(String.valueOf(r.ohneModell()));
      out.append("</tr>");
      tabelleEnde();
      tabelleAnfang("reife-punkte", "Kommunen nach Punkten", "Punkte", "#Kommunen");
      for (int i = 0; i < r.nachPunkten().size(); i++) {
        out.append("<tr>");
        th(i + " von " + (r.nachPunkten().size() - 1));
        tdZahl(String.valueOf(r.nachPunkten().get(i)));
        out.append("</tr>");
      }
      tabelleEnde();
      tabelleAnfang(
          "reife-kommunen",
          "Reifegrad je Kommune",
          "Kommune",
          "AGS",
          "Teilnehmer",
          "#Punkte",
          "Erreichte Station");
      for (Kommunenreife k : r.kommunen()) {
        out.append("<tr>");
        th(k.name());
        td(k.kommune().toString());
        td(k.teilnehmer());
        Reifegrad g = k.reifegrad();
        if (g == null) {
          tdZahl("–");
          td("kein Modell gespeichert");
        } else {
          tdZahl(g.punkte() + " von " + g.hoechstpunkte());
          td(g.erreichteStufe().map(ProgrammHtmlWriter::station).orElse("keine"));
        }
        out.append("</tr>");
      }
      tabelleEnde();
      out.append("</section>");
    }

    // ------------------------------------------------------------ 5 meetings

    private void lernnetzwerk() {
      abschnitt("lernnetzwerk", "5 Lernnetzwerktreffen");
      if (!v.lernnetzwerkGespeichert()) {
        absatz("Für dieses Programm ist kein Lernnetzwerk gespeichert.");
        out.append("</section>");
        return;
      }
      absatz(
          v.treffen().size()
              + (v.treffen().size() == 1 ? " Treffen ist" : " Treffen sind")
              + " erfasst. Was eine Quelle nicht nennt, steht als „nicht angegeben“.");
      tabelleAnfang(
          "treffen",
          "Treffen des Lernnetzwerks",
          "Treffen",
          "Datum",
          "Ort",
          "Gastgeber",
          "Motto",
          "#Kommunen",
          "Namentlich genannt",
          "Arbeitsgruppen");
      for (Lernnetzwerktreffen t : v.treffen()) {
        out.append("<tr>");
        th(t.nummer() + ". Treffen");
        td(t.termin().deutsch());
        td(angegeben(t.ort()));
        Gemeindeschluessel g = t.gastgeber();
        td(g == null ? "nicht angegeben" : name(g));
        td(angegeben(t.motto()));
        Integer zahl = t.teilnehmerzahl();
        tdZahl(zahl == null ? "nicht angegeben" : String.valueOf(zahl));
        td(
            t.teilnehmer().isEmpty()
                ? "keine"
                : t.teilnehmer().stream().map(this::name).collect(Collectors.joining(", ")));
        Integer ags = t.arbeitsgruppenzahl();
        td(
            ags == null
                ? "nicht angegeben"
                : ags + " (" + t.arbeitsgruppen().size() + " beschrieben)");
        out.append("</tr>");
      }
      tabelleEnde();
      out.append("</section>");
    }

    // ------------------------------------------------------------ 6 practice

    private void praxis() {
      abschnitt("praxis", "6 Katalog geteilter Praxis");
      if (v.praxis().isEmpty()) {
        absatz("Es sind keine Beiträge von Kommunen erfasst.");
        out.append("</section>");
        return;
      }
      tabelleAnfang(
          "praxis",
          "Beiträge der Kommunen",
          "Beitrag",
          "Kommune",
          "Treffen",
          "Rahmen",
          "Art",
          "Modell der Kommune",
          "Quelle");
      for (Praxiseintrag e : v.praxis()) {
        out.append("<tr>");
        th(e.beispiel().beitrag().titel());
        td(e.kommune());
        td(e.beispiel().treffen() + ". Treffen");
        td(e.beispiel().inArbeitsgruppe() ? "Arbeitsgruppe" : "Plenum");
        td(e.beispiel().beitrag().bezug().art().bezeichnung());
        td(e.modell().bezeichnung());
        td(e.beispiel().beitrag().beleg().quelle());
        out.append("</tr>");
      }
      tabelleEnde();
      out.append("</section>");
    }

    // ------------------------------------------------------------ 7 data protection

    private void datenschutz() {
      abschnitt("datenschutz", "7 Datenschutz und Zeichenerklärung");
      out.append("<p class=\"hinweis\">");
      esc(out, Monitoringbericht.datenschutzhinweis(v.auftrag())).append("</p>");
      absatz(
          "Schutzverfahren dieser Veröffentlichung: "
              + v.auftrag().verfahren().bezeichnung()
              + ". Geschützt werden die Einwohner- und Kinderzahlen der Reichweite (Zahlen von"
              + " Personen); Zahlen von Kommunen, Treffen und Punkten sowie Geldbeträge betreffen"
              + " keine Personen und stehen genau. Der Reifegrad jeder Kommune ist aus ihren"
              + " veröffentlichten Werten berechnet.");
      out.append("<dl class=\"zeichen\"><dt>");
      esc(out, o.gesperrt())
          .append("</dt><dd>Wert gesperrt (Geheimhaltung kleiner Fallzahlen)</dd><dt>");
      esc(out, o.fehlend())
          .append("</dt><dd>kein Wert vorhanden</dd>")
          .append("<dt>ü</dt><dd>Wert stochastisch überlagert (Cell-Key-Verfahren)</dd>")
          .append("<dt>–</dt><dd>nicht zutreffend</dd></dl></section>");
    }
  }

  private static String angegeben(@Nullable String text) {
    return text == null ? "nicht angegeben" : text;
  }

  private static String station(Reifestufe s) {
    return s.nummer() + " " + s.bezeichnung();
  }
}

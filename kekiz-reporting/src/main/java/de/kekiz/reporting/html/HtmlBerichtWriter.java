package de.kekiz.reporting.html;

import static de.kekiz.reporting.html.HtmlText.esc;
import static java.util.Objects.requireNonNull;

import de.kekiz.domain.angebot.Angebot;
import de.kekiz.domain.angebot.Kostenoption;
import de.kekiz.domain.angebot.Praeventionsebene;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.ObsStatus;
import de.kekiz.domain.indikator.Polaritaet;
import de.kekiz.domain.indikator.SozialraumBezug;
import de.kekiz.domain.kette.Akteur;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Programmteilnahme;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.domain.leitbild.Praeventionsleitlinie;
import de.kekiz.domain.leitbild.Zielrichtung;
import de.kekiz.monitoring.veroeffentlichung.Berichtsteil;
import de.kekiz.monitoring.veroeffentlichung.Brennpunkt;
import de.kekiz.monitoring.veroeffentlichung.Gebietsart;
import de.kekiz.monitoring.veroeffentlichung.Handlungsbedarf;
import de.kekiz.monitoring.veroeffentlichung.Indikatorauswertung;
import de.kekiz.monitoring.veroeffentlichung.Lueckenanalyse;
import de.kekiz.monitoring.veroeffentlichung.Sozialindex;
import de.kekiz.monitoring.veroeffentlichung.Sozialindexwert;
import de.kekiz.monitoring.veroeffentlichung.Trend;
import de.kekiz.monitoring.veroeffentlichung.Trendrichtung;
import de.kekiz.monitoring.veroeffentlichung.Uebergangsabdeckung;
import de.kekiz.monitoring.veroeffentlichung.Wertklasse;
import de.kekiz.monitoring.veroeffentlichung.Zeitreihe;
import de.kekiz.monitoring.veroeffentlichung.Zelle;
import de.kekiz.monitoring.veroeffentlichung.Zielarbeit;
import de.kekiz.monitoring.veroeffentlichung.Zielstatus;
import de.kekiz.reporting.bericht.Berichtsformat;
import de.kekiz.reporting.bericht.Berichtsoptionen;
import de.kekiz.reporting.bericht.Formatierung;
import de.kekiz.reporting.bericht.Monitoringbericht;
import de.kekiz.reporting.internal.Auswertungstext;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes {@code bericht.html}: the whole Monitoringbericht as one self-contained HTML file.
 *
 * <p>The file holds its CSS and SVG inline and loads nothing: a Content-Security-Policy ({@code
 * default-src 'none'}) tells the browser so, there is no {@code src} attribute, and links to
 * Angebote are plain links a reader may follow (only {@code http} and {@code https} addresses
 * become links). Every text from the data is escaped. Tables have a caption and {@code th} cells
 * with {@code scope}; every chart has a title and the table next to it as text alternative. Numbers
 * and dates are German ({@code 1.234,5}, {@code 31.12.2024}); suppressed values appear as the
 * symbol of {@link Berichtsoptionen#gesperrt()}, never as a number.
 *
 * <p>The document is well-formed XML as well as HTML, so that {@code de.kekiz.reporting.pdf} can
 * lay it out. Thread-safe.
 */
public final class HtmlBerichtWriter implements Berichtsformat {

  /** The file name, {@code bericht.html}. */
  public static final String DATEINAME = "bericht.html";

  /**
   * A sequential palette (viridis), light (little need) to dark (great need); classes pick from it
   * evenly. Its lightness falls steadily, so the classes stay apart in greyscale and for readers
   * with a colour vision deficiency.
   */
  static final String[] PALETTE = {
    "#fde725", "#b5de2b", "#6ece58", "#35b779", "#1f9e89", "#26828e", "#31688e", "#3e4989",
    "#482878"
  };

  static final String KEINE_FARBE = "#ffffff";

  /** The colour of class {@code klasse} (from 1) of {@code klassen}. */
  static String farbe(int klasse, int klassen) {
    int i =
        klassen <= 1
            ? PALETTE.length - 1
            : (int) Math.round((klasse - 1) * (PALETTE.length - 1) / (double) (klassen - 1));
    return PALETTE[Math.max(0, Math.min(PALETTE.length - 1, i))];
  }

  /** Creates the writer (also used by the service loader). */
  public HtmlBerichtWriter() {}

  @Override
  public String dateiname() {
    return DATEINAME;
  }

  @Override
  public void schreibe(Monitoringbericht bericht, Berichtsoptionen optionen, OutputStream out)
      throws IOException {
    out.write(html(bericht, optionen).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * {@return the document as text}
   *
   * @param bericht the report to write
   * @param optionen how cells without a value are printed
   */
  public String html(Monitoringbericht bericht, Berichtsoptionen optionen) {
    return new Dokument(bericht, optionen).schreibe();
  }

  /** The state of writing one document. */
  private static final class Dokument {
    private final Monitoringbericht b;
    private final Berichtsoptionen o;
    private final StringBuilder out;
    private final Gebietsart art;
    private final Map<IndikatorKey, Indikatorauswertung> auswertungen = new HashMap<>();
    private int tabellen;
    private int abbildungen;

    Dokument(Monitoringbericht b, Berichtsoptionen o) {
      this.b = b;
      this.o = o;
      int zellen = 0;
      for (Indikatorauswertung a : b.auswertungen()) {
        zellen += (a.gebiete().size() + 1) * (a.perioden().size() + 4);
        auswertungen.put(a.indikator().key(), a);
      }
      this.out = new StringBuilder(64 * 1024 + zellen * 40 + b.auswertungen().size() * 12_000);
      Map<Gebietsart, Integer> arten = new HashMap<>();
      for (Indikatorauswertung a : b.auswertungen()) {
        arten.merge(a.gebietsart(), 1, Integer::sum);
      }
      this.art =
          arten.entrySet().stream()
              .max(Map.Entry.comparingByValue())
              .map(Map.Entry::getKey)
              .orElse(b.gemeinden().isEmpty() ? Gebietsart.SOZIALRAUM : Gebietsart.GEMEINDE);
    }

    String schreibe() {
      kopf();
      out.append("<main>");
      kommune();
      leitbild();
      sozialindex();
      indikatoren();
      kette();
      angebote();
      quellen();
      datenschutz();
      out.append("</main><footer><p>Erstellt am ")
          .append(Formatierung.datum(b.erstelltAm()))
          .append(" mit kekiz. Stichtag ")
          .append(Formatierung.datum(b.stichtag()))
          .append(".</p></footer></body></html>\n");
      return out.toString();
    }

    // ------------------------------------------------------------ head and contents

    private void kopf() {
      Kommune k = b.kommune();
      out.append("<!DOCTYPE html>\n<html lang=\"de\"><head><meta charset=\"utf-8\"/>")
          .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';")
          .append(" style-src 'unsafe-inline'; img-src data:; script-src ")
          .append(Atlas.SKRIPT_HASH)
          .append("\"/>")
          .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>")
          .append(
              "<meta name=\"generator\" content=\"kekiz\"/><meta name=\"description\" content=\"");
      esc(
              out,
              "Sozialräumliches Monitoring "
                  + k.name()
                  + ": Leitbild, Sozialindex, Indikatoren je "
                  + art.einzahl()
                  + ", Präventionskette und Angebote, Stichtag "
                  + Formatierung.datum(b.stichtag()))
          .append("\"/><title>");
      esc(out, b.titel()).append("</title><style>").append(Stil.CSS);
      List<String> vermerke = new ArrayList<>();
      if (b.intern()) {
        vermerke.add(Monitoringbericht.DIENSTGEBRAUCH);
      }
      if (b.beispieldaten()) {
        vermerke.add(Berichtsteil.BEISPIELDATEN);
      }
      if (!vermerke.isEmpty()) {
        // every printed page says it, not only the first
        out.append("@page{@top-center{content:\"")
            .append(String.join(" · ", vermerke))
            .append("\";font-family:Helvetica,Arial,sans-serif;font-size:8pt;color:#7f1d1d}}");
      }
      out.append("</style></head><body>");
      out.append("<header>");
      if (b.intern()) {
        out.append("<p class=\"intern\" role=\"note\"><strong>");
        esc(out, Monitoringbericht.DIENSTGEBRAUCH).append("</strong></p>");
      }
      if (b.beispieldaten()) {
        out.append("<p class=\"intern\" role=\"note\"><strong>");
        esc(out, Berichtsteil.BEISPIELDATEN).append("</strong>: ");
        esc(
                out,
                "Die Werte dieses Berichts sind erzeugt, nicht gemessen. Die Quellen der Indikatoren"
                    + " nennen die amtliche Statistik, nach deren Muster sie erzeugt sind; keine Zahl darf als"
                    + " Tatsache gelesen werden.")
            .append("</p>");
      }
      out.append("<h1>");
      esc(out, b.titel()).append("</h1><p class=\"kopf\">");
      esc(out, k.name()).append(" (AGS ").append(k.schluessel()).append(", ");
      esc(out, k.art().bezeichnung())
          .append(") · Stichtag ")
          .append(Formatierung.datumLang(b.stichtag()))
          .append(" · erstellt am ")
          .append(Formatierung.datum(b.erstelltAm()))
          .append("</p></header>");
      out.append("<nav aria-label=\"Inhalt\"><strong>Inhalt</strong><ol>");
      eintrag("kommune", "Kommune und Programmteilnahme");
      eintrag("leitbild", "Leitbild und Zielerreichung");
      eintrag("sozialindex", "Sozialindex und Handlungsbedarf");
      eintrag("indikatoren", "Indikatoren");
      eintrag("kette", "Präventionskette: Lücken und Übergänge");
      eintrag("angebote", "Angebote");
      eintrag("quellen", "Quellen und Definitionen");
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

    private void tabelleAnfang(String klasse, String titel) {
      tabellen++;
      out.append("<div class=\"tabelle\"><table class=\"")
          .append(klasse)
          .append("\"><caption>Tabelle ")
          .append(tabellen)
          .append(": ");
      esc(out, titel).append("</caption>");
    }

    private void kopfzeile(String... spalten) {
      out.append("<thead><tr>");
      for (String s : spalten) {
        boolean zahl = s.startsWith("#");
        out.append(zahl ? "<th scope=\"col\" class=\"z\">" : "<th scope=\"col\">");
        esc(out, zahl ? s.substring(1) : s).append("</th>");
      }
      out.append("</tr></thead>");
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

    // ------------------------------------------------------------ 1 Kommune

    private void kommune() {
      Kommune k = b.kommune();
      abschnitt("kommune", "1 Kommune und Programmteilnahme");
      tabelleAnfang("steckbrief", "Steckbrief");
      out.append("<tbody>");
      zeile("Name", k.name());
      zeile("Amtlicher Gemeindeschlüssel", k.schluessel().toString());
      zeile(
          "Art",
          k.art().bezeichnung()
              + (k.kreisfrei() && k.art().kreisangehoerig() ? ", kreisfrei" : ""));
      zeile(
          "Jugendamt",
          k.hatEigenesJugendamt()
              ? "eigenes Jugendamt"
              : "Jugendamt des Kreises (" + k.jugendamt() + ")");
      List<Sozialraum> aktuell = k.sozialraeumeAm(b.stichtag());
      Map<de.kekiz.domain.kommune.Sozialraumebene, Long> proEbene =
          aktuell.stream()
              .collect(
                  Collectors.groupingBy(
                      Sozialraum::ebene, java.util.TreeMap::new, Collectors.counting()));
      zeile(
          "Sozialräume am Stichtag",
          aktuell.isEmpty()
              ? "keine"
              : aktuell.size()
                  + " ("
                  + proEbene.entrySet().stream()
                      .map(
                          e ->
                              e.getValue()
                                  + " "
                                  + (e.getValue() == 1
                                      ? Gebietsart.von(e.getKey()).einzahl()
                                      : Gebietsart.von(e.getKey()).mehrzahl()))
                      .collect(Collectors.joining(", "))
                  + ")");
      if (!b.gemeinden().isEmpty()) {
        zeile(
            "Gemeinden im Bericht",
            b.gemeinden().stream().map(Kommune::name).collect(Collectors.joining(", ")));
      }
      out.append("</tbody></table></div>");
      List<Programmteilnahme> teilnahmen = k.teilnahmen();
      if (teilnahmen.isEmpty()) {
        absatz("Die Kommune nimmt an keinem Programm teil.");
        out.append("</section>");
        return;
      }
      tabelleAnfang("teilnahmen", "Programmteilnahmen");
      kopfzeile(
          "Programm",
          "Phase",
          "Zeitraum",
          "#Förderung insgesamt",
          "#Koordination (Stellenanteil)",
          "Am Stichtag");
      out.append("<tbody>");
      for (Programmteilnahme t : teilnahmen) {
        out.append("<tr>");
        th(t.programm().name());
        td(t.phasenname());
        td(zeitraum(t.zeitraum().von(), t.zeitraum().bis()));
        tdZahl(t.foerderungen().isEmpty() ? "–" : t.foerderungInsgesamt().deutsch());
        tdZahl(t.koordination() == null ? "–" : Formatierung.zahl(t.koordination().anteil(), 2));
        td(amStichtag(t, b.stichtag()));
        out.append("</tr>");
      }
      out.append("</tbody></table></div></section>");
    }

    /** Where a participation stands on {@code tag}: "läuft", "beendet" or when it begins. */
    private static String amStichtag(Programmteilnahme t, LocalDate tag) {
      if (t.laeuftAm(tag)) {
        return "läuft";
      }
      LocalDate beginn = t.zeitraum().von();
      return beginn.isAfter(tag) ? "beginnt am " + Formatierung.datum(beginn) : "beendet";
    }

    private void zeile(String name, String wert) {
      out.append("<tr>");
      th(name);
      td(wert);
      out.append("</tr>");
    }

    private static String zeitraum(
        LocalDate von, @org.jspecify.annotations.Nullable LocalDate bis) {
      return Formatierung.datum(von) + " – " + (bis == null ? "offen" : Formatierung.datum(bis));
    }

    // ------------------------------------------------------------ 2 Leitbild

    private void leitbild() {
      abschnitt("leitbild", "2 Leitbild und Zielerreichung");
      Optional<Leitbild> lb = b.leitbild();
      if (lb.isEmpty()) {
        absatz("Für die Kommune liegt kein Leitbild vor.");
        zielarbeit();
        out.append("</section>");
        return;
      }
      Leitbild l = lb.get();
      out.append("<p><strong>");
      esc(out, l.titel()).append("</strong> (Fassung ").append(l.fassung()).append(", ");
      if (l.beschlossenAm().isPresent()) {
        out.append("beschlossen am ").append(Formatierung.datum(l.beschlossenAm().get()));
        l.gremium().ifPresent(g -> esc(out.append(" durch "), g));
      } else {
        out.append("Entwurf");
      }
      out.append(")</p>");
      if (!l.leitlinien().isEmpty()) {
        out.append("<p>Präventionsleitlinien: ");
        esc(
                out,
                l.leitlinien().stream()
                    .map(Praeventionsleitlinie::bezeichnung)
                    .collect(Collectors.joining("; ")))
            .append("</p>");
      }
      if (b.ziele().isEmpty()) {
        absatz("Das Leitbild nennt keine Zielwerte.");
        zielarbeit();
        out.append("</section>");
        return;
      }
      tabelleAnfang("ziele", "Zielwerte und ihr Stand am " + Formatierung.datum(b.stichtag()));
      kopfzeile(
          "Leitziel",
          "Handlungsziel",
          "Indikator",
          "Gebiet",
          "Ziel",
          "#Ausgangswert",
          "#Istwert",
          "Periode",
          "#Prognose zur Frist",
          "Stand");
      out.append("<tbody>");
      for (Zielstatus z : b.ziele()) {
        int st = stellen(z.zielwert().indikator());
        out.append("<tr>");
        td(z.leitziel());
        th(z.handlungsziel());
        td(z.indikator());
        td(z.gebiet().name());
        td(
            (z.zielwert().richtung() == Zielrichtung.MINDESTENS ? "mindestens " : "höchstens ")
                + Formatierung.zahl(z.zielwert().wert(), st)
                + " bis "
                + Formatierung.datum(z.zielwert().frist()));
        tdZahl(
            z.zielwert().ausgangswert() == null
                ? "–"
                : Formatierung.zahl(z.zielwert().ausgangswert(), st));
        zelle(z.istwert(), st);
        td(z.periodeWert().map(Object::toString).orElse("–"));
        tdZahl(z.prognoseWert().map(p -> Formatierung.zahl(p, st)).orElse("–"));
        String klasse =
            switch (z.erreichung()) {
              case ERREICHT, AUF_KURS -> "status-erreicht";
              case GEFAEHRDET, VERFEHLT -> "status-verfehlt";
              default -> "";
            };
        out.append("<td class=\"").append(klasse).append("\">");
        esc(out, z.erreichung().bezeichnung()).append("</td></tr>");
      }
      out.append("</tbody></table></div>");
      zielarbeit();
      out.append("</section>");
    }

    /** Who works on which Handlungsziel, where and since when (the chain of the reference date). */
    private void zielarbeit() {
      List<Zielarbeit> zeilen = b.teil().zielarbeit();
      if (zeilen.isEmpty()) {
        return;
      }
      tabelleAnfang(
          "zielarbeit",
          "Wer an welchem Handlungsziel arbeitet, wo und seit wann (Stand "
              + Formatierung.datum(b.stichtag())
              + ")");
      kopfzeile("Handlungsziel", "Beitrag", "Aufgabe", "Gebiet", "Seit");
      out.append("<tbody>");
      for (Zielarbeit z : zeilen) {
        out.append("<tr>");
        th(
            z.handlungsziel().equals(z.handlungszielKey())
                ? z.handlungsziel()
                : z.handlungszielKey() + " " + z.handlungsziel());
        td(z.art().bezeichnung() + ": " + z.name());
        td(z.aufgabeWert().orElse("–"));
        td(z.sozialraeume().isEmpty() ? "ohne Gebietsbezug" : gebiet(z.sozialraeume()));
        td(z.seitWert().map(Formatierung::datum).orElse("nicht erfasst"));
        out.append("</tr>");
      }
      out.append("</tbody></table></div>");
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

    // ------------------------------------------------------------ 3 Sozialindex

    private void sozialindex() {
      abschnitt("sozialindex", "3 Sozialindex und Handlungsbedarf");
      Optional<Sozialindex> si = b.sozialindex();
      if (si.isEmpty()) {
        absatz("Für einen Sozialindex liegen zu wenige veröffentlichbare Werte vor.");
        out.append("</section>");
        return;
      }
      Sozialindex s = si.get();
      out.append("<p class=\"definition\">");
      esc(out, s.methode()).append(" Indikatoren: ");
      esc(
          out,
          s.indikatoren().stream().limit(12).map(this::name).collect(Collectors.joining(", ")));
      if (s.indikatoren().size() > 12) {
        out.append(" und ").append(s.indikatoren().size() - 12).append(" weitere (Abschnitt 7)");
      }
      out.append(".</p>");
      karte(s);
      tabelleAnfang(
          "handlungsbedarf",
          "Handlungsbedarf: " + art.mehrzahl() + " nach Sozialindex, größter Bedarf zuerst");
      kopfzeile("#Rang", art.einzahl(), "#Index", "#Stufe", "Wichtigste Treiber des Bedarfs");
      out.append("<tbody>");
      for (Handlungsbedarf h : b.handlungsbedarf()) {
        out.append("<tr>");
        tdZahl(Integer.toString(h.rang()));
        th(h.gebiet().name());
        if (h.index() == null) {
          out.append("<td class=\"g\"><abbr title=\"gesperrt (Geheimhaltung)\">");
          esc(out, o.gesperrt()).append("</abbr></td>");
        } else {
          tdZahl(Formatierung.differenz(h.index(), 2));
        }
        tdZahl(s.klassenname(h.klasse()));
        td(auffaellig(h));
        out.append("</tr>");
      }
      for (Sozialindexwert w : s.werte()) {
        if (w.klasse() == null) {
          out.append("<tr><td class=\"z\">–</td>");
          th(w.gebiet().name());
          out.append("<td class=\"f\">").append(esc(o.fehlend())).append("</td>");
          td("–");
          td("kein Index: zu wenige veröffentlichbare Werte");
          out.append("</tr>");
        }
      }
      out.append("</tbody></table></div></section>");
    }

    /** The three strongest drivers of the need, and how many more there are. */
    private String auffaellig(Handlungsbedarf h) {
      if (h.auffaellig().isEmpty()) {
        return "–";
      }
      String erste =
          h.auffaellig().stream().limit(3).map(this::name).collect(Collectors.joining(", "));
      return h.auffaellig().size() > 3
          ? erste + " (und " + (h.auffaellig().size() - 3) + " weitere)"
          : erste;
    }

    private void karte(Sozialindex s) {
      List<Karte.Flaeche> flaechen = new ArrayList<>();
      Set<SozialraumId> eltern = new LinkedHashSet<>();
      for (Sozialindexwert w : s.werte()) {
        if (!(w.gebiet().raum() instanceof SozialraumBezug sb)) {
          continue;
        }
        Optional<Sozialraum> sr = b.kommune().sozialraum(sb.sozialraum());
        if (sr.isEmpty() || sr.get().geometrie() == null) {
          continue;
        }
        if (sr.get().uebergeordnet() != null) {
          eltern.add(sr.get().uebergeordnet());
        }
        String farbe = w.klasse() == null ? KEINE_FARBE : farbe(w.klasse(), s.klassen().size());
        String text =
            w.klasse() == null
                ? "kein Index"
                : (w.index() == null
                        ? "Index gesperrt"
                        : "Index " + Formatierung.differenz(w.index(), 2))
                    + ", "
                    + s.klassenname(w.klasse());
        flaechen.add(new Karte.Flaeche(w.gebiet().name(), sr.get().geometrie(), farbe, text));
      }
      if (flaechen.isEmpty()) {
        return;
      }
      List<String> grenzen = new ArrayList<>();
      for (SozialraumId id : eltern) {
        b.kommune()
            .sozialraumAm(id, b.stichtag())
            .map(Sozialraum::geometrie)
            .ifPresent(grenzen::add);
      }
      List<Karte.Legende> legende = new ArrayList<>();
      List<Wertklasse> spannen = s.spannen();
      for (int k = s.klassen().size(); k >= 1; k--) {
        Wertklasse sp = spannen.get(k - 1);
        legende.add(
            new Karte.Legende(
                farbe(k, s.klassen().size()),
                s.klassenname(k)
                    + (sp.von() == null
                        ? ""
                        : ": Index "
                            + Formatierung.differenz(sp.von(), 2)
                            + " bis "
                            + Formatierung.differenz(
                                requireNonNull(sp.bis()), 2)))); // both bounds or none
      }
      legende.add(new Karte.Legende(KEINE_FARBE, "kein Index"));
      abbildungen++;
      String titel =
          "Karte: Sozialindex der "
              + art.mehrzahl()
              + " von "
              + b.kommune().name()
              + (grenzen.isEmpty() ? "" : ", mit den Grenzen der übergeordneten Gebiete");
      StringBuilder svg = new StringBuilder(128 * 1024);
      if (Karte.zeichne(svg, flaechen, grenzen, legende, titel, "abb-" + abbildungen, 560)) {
        out.append("<figure class=\"karte\">")
            .append(svg)
            .append("<figcaption>Abbildung ")
            .append(abbildungen)
            .append(": ");
        esc(out, titel)
            .append(
                ". Stufen des Sozialindex mit der Spanne ihrer Indexwerte; die Tabelle"
                    + " unten nennt jeden Wert.</figcaption></figure>");
      }
    }

    private String name(IndikatorKey key) {
      Indikatorauswertung a = auswertungen.get(key);
      if (a != null) {
        return a.indikator().name();
      }
      return b.indikatoren().stream()
          .filter(i -> i.key().equals(key))
          .reduce((x, y) -> y)
          .map(Indikator::name)
          .orElse(key.toString());
    }

    // ------------------------------------------------------------ 4 Indikatoren

    private void indikatoren() {
      abschnitt("indikatoren", "4 Indikatoren");
      if (b.auswertungen().isEmpty()) {
        absatz("Es liegen keine Messwerte vor.");
        out.append("</section>");
        return;
      }
      absatz(
          "Je Indikator: die Entwicklung der Kommune mit der Spanne der "
              + art.mehrzahl()
              + ", die "
              + art.mehrzahl()
              + " in der neuesten Periode und die Werte aller Perioden."
              + " Rang 1 bedeutet den größten Handlungsbedarf. Die Abweichung ist der Abstand zum"
              + " Wert der Kommune in der neuesten Periode. Der Trend ist die Änderung vom ersten zum"
              + " letzten veröffentlichbaren Wert derselben Definition innerhalb der letzten "
              + b.trendperioden()
              + " Perioden; sein Zeitfenster steht im Spaltenkopf (z. B. „Trend"
              + " 2020–2024“) oder, wo eine Zeile abweicht, in der Zelle.");
      if (Atlas.sinnvoll(b)) {
        Atlas.schreibe(out, b, o);
      }
      out.append("</section>");
      int nr = 0;
      for (Indikatorauswertung a : b.auswertungen()) {
        nr++;
        indikator(a, nr);
      }
    }

    private void indikator(Indikatorauswertung a, int nr) {
      Indikator i = a.indikator();
      String id = HtmlText.id("ind-", i.key().toString());
      out.append("<section class=\"indikator\" id=\"")
          .append(id)
          .append("\" aria-labelledby=\"h-")
          .append(id)
          .append("\"><h3 id=\"h-")
          .append(id)
          .append("\">4.")
          .append(nr)
          .append(' ');
      esc(out, i.name()).append("</h3><p class=\"definition\">");
      esc(out, definition(i)).append("</p><div class=\"abbildungen\">");
      abbildungen++;
      String t1 = "abb-" + abbildungen;
      out.append("<figure>");
      Diagramme.zeitreihe(out, a, a.gebietsart().mehrzahl(), t1);
      out.append("<figcaption>Abbildung ").append(abbildungen).append(": Zeitreihe ");
      esc(out, i.name())
          .append(" ")
          .append(a.perioden().get(0))
          .append("–")
          .append(a.letztePeriode())
          .append(": Kommune und Spanne der ");
      esc(out, a.gebietsart().mehrzahl()).append("</figcaption></figure>");
      if (!a.gebiete().isEmpty()) {
        abbildungen +=
            Diagramme.balken(
                out,
                a,
                o,
                "abb-",
                abbildungen + 1,
                i.name()
                    + " je "
                    + a.gebietsart().einzahl()
                    + ", "
                    + a.letztePeriode()
                    + balkenfarbe(a));
      }
      out.append("</div>");
      tabelle(a);
      out.append("</section>");
    }

    private String definition(Indikator i) {
      StringBuilder s = new StringBuilder(i.definition());
      s.append(" · Einheit: ")
          .append(i.einheit())
          .append(" · ")
          .append(polaritaet(i.polaritaet()))
          .append(" · Quelle: ")
          .append(i.quelle());
      return s.toString();
    }

    /**
     * What the colour of the bars says, as the chart's legend does: better or worse than the
     * Kommune only where the indicator has a polarity and the Kommune a value to compare with.
     */
    private static String balkenfarbe(Indikatorauswertung a) {
      String kommune = a.kommune().gebiet().name();
      if (a.indikator().polaritaet() == Polaritaet.NEUTRAL) {
        return "; Kontextindikator: Balkenfarbe ohne Wertung";
      }
      if (a.kommune().werte().get(a.perioden().size() - 1).wert() == null) {
        return "; ohne Vergleich: für " + kommune + " gibt es in dieser Periode keinen Wert";
      }
      return "; Balkenfarbe: günstiger oder ungünstiger als " + kommune;
    }

    private static String polaritaet(Polaritaet p) {
      return switch (p) {
        case HOEHER_IST_BESSER -> "höher ist besser";
        case HOEHER_IST_SCHLECHTER -> "höher ist schlechter";
        case NEUTRAL -> "Kontextindikator";
      };
    }

    private void tabelle(Indikatorauswertung a) {
      Indikator i = a.indikator();
      int st = a.stellen();
      tabellen++;
      out.append("<div class=\"tabelle\"><table class=\"werte\"><caption>Tabelle ")
          .append(tabellen)
          .append(": ");
      esc(out, i.name()).append(" (");
      esc(out, i.einheit()).append(") je ");
      esc(out, a.gebietsart().einzahl())
          .append(" und Periode</caption><thead><tr><th scope=\"col\">Gebiet</th>");
      for (int p = 0; p < a.perioden().size(); p++) {
        out.append("<th scope=\"col\" class=\"z\">").append(a.perioden().get(p));
        if (a.bruchVor(p)) {
          out.append("<sup>b</sup>");
        }
        out.append("</th>");
      }
      Optional<String> fenster = gemeinsamesFenster(a);
      out.append("<th scope=\"col\" class=\"z\">Abweichung ")
          .append(a.letztePeriode())
          .append("</th><th scope=\"col\" class=\"z\">Rang ")
          .append(a.letztePeriode())
          .append("</th><th scope=\"col\" class=\"z\">Trend");
      fenster.ifPresent(f -> out.append(' ').append(f));
      out.append("</th></tr></thead><tbody>");
      reihe(a.kommune(), st, i.polaritaet(), true, fenster);
      for (Zeitreihe z : a.gebiete()) {
        reihe(z, st, i.polaritaet(), false, fenster);
      }
      out.append("</tbody></table></div>");
    }

    /** The trend window all rows share, e.g. {@code "2020–2024"}, or empty if they differ. */
    private static Optional<String> gemeinsamesFenster(Indikatorauswertung a) {
      String fenster = null;
      for (Zeitreihe z :
          java.util.stream.Stream.concat(
                  java.util.stream.Stream.of(a.kommune()), a.gebiete().stream())
              .toList()) {
        if (z.trend().richtung() == Trendrichtung.UNBEKANNT) {
          continue;
        }
        String f = Formatierung.fenster(z.trend());
        if (fenster == null) {
          fenster = f;
        } else if (!fenster.equals(f)) {
          return Optional.empty();
        }
      }
      return Optional.ofNullable(fenster);
    }

    private void reihe(
        Zeitreihe z, int st, Polaritaet p, boolean kommune, Optional<String> fenster) {
      out.append(kommune ? "<tr class=\"kommune\">" : "<tr>");
      th(z.gebiet().name());
      for (Zelle c : z.werte()) {
        zelle(c, st);
      }
      if (kommune) {
        out.append("<td class=\"z\">–</td><td class=\"z\">–</td>");
      } else {
        BigDecimal ab = z.abweichung();
        if (ab == null) {
          out.append("<td class=\"z\">–</td>");
        } else {
          String klasse = bewertung(ab.signum(), p, ab, st);
          out.append("<td class=\"z")
              .append(klasse.isEmpty() ? "" : " " + klasse)
              .append("\">")
              .append(Formatierung.differenz(ab, st))
              .append("</td>");
        }
        out.append("<td class=\"z\">")
            .append(z.rang() == null ? "–" : z.rang().toString())
            .append("</td>");
      }
      trend(z.trend(), st, p, fenster);
      out.append("</tr>");
    }

    /** "schlechter"/"besser" for a difference of sign {@code signum}, empty if neutral or zero. */
    private static String bewertung(int signum, Polaritaet p, BigDecimal wert, int st) {
      if (p == Polaritaet.NEUTRAL
          || wert.setScale(st, java.math.RoundingMode.HALF_UP).signum() == 0) {
        return "";
      }
      boolean schlechter = (p == Polaritaet.HOEHER_IST_SCHLECHTER) == (signum > 0);
      return schlechter ? "schlechter" : "besser";
    }

    private void trend(Trend t, int st, Polaritaet p, Optional<String> fenster) {
      if (t.richtung() == Trendrichtung.UNBEKANNT) {
        out.append("<td class=\"z t\">–</td>");
        return;
      }
      BigDecimal ae = requireNonNull(t.aenderung()); // known unless the direction is unknown
      String klasse = bewertung(ae.signum(), p, ae, st);
      String wort =
          t.richtung() == Trendrichtung.GLEICHBLEIBEND
              ? "gleich"
              : klasse.isEmpty() ? t.richtung().bezeichnung() : klasse;
      out.append("<td class=\"z t")
          .append(klasse.isEmpty() ? "" : " " + klasse)
          .append("\">")
          .append(Formatierung.differenz(ae, st))
          .append(" (")
          .append(wort)
          .append(")");
      String eigenes = Formatierung.fenster(t);
      if (fenster.isEmpty() || !fenster.get().equals(eigenes)) {
        out.append(" <span class=\"klein\">").append(eigenes).append("</span>");
      }
      out.append("</td>");
    }

    private void zelle(Zelle c, int st) {
      if (c.gesperrt()) {
        out.append("<td class=\"g\"><abbr title=\"gesperrt (Geheimhaltung)\">");
        esc(out, o.gesperrt()).append("</abbr></td>");
        return;
      }
      BigDecimal w = c.wert();
      if (w == null) {
        out.append("<td class=\"f\"><abbr title=\"kein Wert\">");
        esc(out, o.fehlend()).append("</abbr></td>");
        return;
      }
      out.append("<td class=\"z\">").append(Formatierung.zahl(w, st));
      String art = Formatierung.wertartMarke(c);
      if (!art.isEmpty()) {
        out.append("<sup><abbr title=\"");
        esc(out, Formatierung.wertartText(c)).append("\">").append(art).append("</abbr></sup>");
      }
      String marke = marke(c.obsStatus());
      if (marke != null) {
        out.append("<sup>").append(marke).append("</sup>");
      }
      out.append("</td>");
    }

    private static @org.jspecify.annotations.Nullable String marke(ObsStatus s) {
      return switch (s) {
        case P -> "p";
        case E -> "s";
        case B -> "b";
        case F -> "f";
        default -> null;
      };
    }

    // ------------------------------------------------------------ 5 Kette

    private void kette() {
      abschnitt("kette", "5 Präventionskette: Lücken und Übergänge");
      Optional<Lueckenanalyse> la = b.luecken();
      if (la.isEmpty()) {
        absatz("Für die Kommune ist keine Präventionskette beschrieben.");
        Reifeabschnitt.schreibe(out, b, () -> ++tabellen);
        out.append("</section>");
        return;
      }
      Lueckenanalyse l = la.get();
      tabelleAnfang("luecken", "Aktive Angebote je Lebensphase und Handlungsfeld (0 = Lücke)");
      out.append("<thead><tr><th scope=\"col\">Lebensphase</th>");
      for (var f : l.handlungsfelder()) {
        out.append("<th scope=\"col\" class=\"z\">");
        esc(out, f.name()).append("</th>");
      }
      out.append("</tr></thead><tbody>");
      for (int z = 0; z < l.lebensphasen().size(); z++) {
        var p = l.lebensphasen().get(z);
        out.append("<tr>");
        th(p.name() + " (" + Auswertungstext.alter(p.alter()) + ")");
        for (int s = 0; s < l.handlungsfelder().size(); s++) {
          int n = l.anzahl(z, s);
          if (n == 0) {
            out.append("<td class=\"luecke\">0<span class=\"sr\"> (Lücke)</span></td>");
          } else {
            out.append("<td class=\"voll\">").append(n).append("</td>");
          }
        }
        out.append("</tr>");
      }
      out.append("</tbody></table></div>");
      tabelleAnfang("uebergaenge", "Übergänge und die aktiven Angebote, die sie überbrücken");
      kopfzeile("Übergang", "#Aktive Angebote", "Stand");
      out.append("<tbody>");
      for (Uebergangsabdeckung u : l.uebergaenge()) {
        out.append("<tr>");
        th(u.uebergang().name());
        tdZahl(Integer.toString(u.angebote()));
        out.append(u.offen() ? "<td class=\"luecke\">offen</td>" : "<td>überbrückt</td>");
        out.append("</tr>");
      }
      out.append("</tbody></table></div>");
      List<Uebergangsabdeckung> offen = l.offeneUebergaenge();
      absatz(
          offen.isEmpty()
              ? "Jeder Übergang wird von mindestens einem aktiven Angebot überbrückt."
              : "Nicht überbrückt: "
                  + offen.stream().map(u -> u.uebergang().name()).collect(Collectors.joining(", "))
                  + ".");
      if (!l.brennpunkte().isEmpty()) {
        tabelleAnfang(
            "brennpunkte",
            "Brennpunkte: hoher Handlungsbedarf bei geringer Versorgung einer Lebensphase");
        kopfzeile(
            "#Bedarfsrang",
            art.einzahl(),
            "Lebensphase",
            "#Aktive Angebote",
            "#Plätze je 100 Kinder");
        out.append("<tbody>");
        for (Brennpunkt p : l.brennpunkte()) {
          out.append("<tr>");
          tdZahl(Integer.toString(p.bedarfsrang()));
          th(p.gebiet().name());
          td(p.lebensphase());
          tdZahl(Integer.toString(p.angebote()));
          tdZahl(p.versorgungsquote().map(q -> Formatierung.zahl(q, 1)).orElse("–"));
          out.append("</tr>");
        }
        out.append("</tbody></table></div>");
      }
      Wirkungsabschnitt.schreibe(out, b, () -> ++tabellen);
      Reifeabschnitt.schreibe(out, b, () -> ++tabellen);
      out.append("</section>");
    }

    // ------------------------------------------------------------ 6 Angebote

    private void angebote() {
      abschnitt("angebote", "6 Angebote");
      List<Angebot> angebote = b.angebote();
      if (angebote.isEmpty()) {
        absatz("Es sind keine Angebote erfasst.");
        out.append("</section>");
        return;
      }
      Praeventionskette k = b.kette().orElseThrow();
      tabelleAnfang("angebote", "Angebote der Präventionskette (" + angebote.size() + ")");
      kopfzeile(
          "Angebot und Träger",
          "Lebensphasen und Handlungsfelder",
          "Ebene und Gebiet",
          "Alter, Kosten, Plätze",
          "Status",
          "Kontakt");
      out.append("<tbody>");
      for (Angebot a : angebote) {
        out.append("<tr><th scope=\"row\">");
        esc(out, a.name()).append("<br/><span class=\"klein\">");
        esc(out, k.akteur(a.traeger()).map(Akteur::name).orElse(a.traeger().toString()))
            .append("</span></th>");
        td(
            a.lebensphasen().stream()
                    .map(p -> k.lebensphase(p).map(x -> x.name()).orElse(p))
                    .collect(Collectors.joining(", "))
                + " · "
                + a.handlungsfelder().stream()
                    .map(f -> k.handlungsfeld(f).map(x -> x.name()).orElse(f))
                    .collect(Collectors.joining(", ")));
        td(
            a.ebenen().stream()
                    .map(Praeventionsebene::bezeichnung)
                    .collect(Collectors.joining(", "))
                + " · "
                + gebiet(a));
        td(
            "Alter: "
                + a.alter().map(x -> x + " Jahre").orElse("–")
                + " · "
                + (a.kostenfrei()
                    ? "kostenfrei"
                    : a.kosten().stream()
                        .map(HtmlBerichtWriter.Dokument::kosten)
                        .collect(Collectors.joining("; ")))
                + " · Plätze: "
                + a.kapazitaet()
                    .map(
                        c ->
                            c.plaetze()
                                + " "
                                + c.einheit()
                                + (c.freiePlaetze() == null ? "" : ", frei: " + c.freiePlaetze()))
                    .orElse("–"));
        td(
            a.status().bezeichnung()
                + ", geprüft: "
                + a.zuletztGeprueft().map(Formatierung::datum).orElse("–"));
        kontakt(a);
        out.append("</tr>");
      }
      out.append("</tbody></table></div></section>");
    }

    /**
     * Where an Angebot is offered: "gesamtstädtisch" (or "kreisweit") when it serves every
     * Sozialraum of one level valid on the reference date, else the names of its Sozialräume.
     */
    private String gebiet(Angebot a) {
      return gebiet(a.sozialraeume());
    }

    /**
     * Where something happens: "gesamtstädtisch" (or "kreisweit") for every Sozialraum of one level
     * valid on the reference date, else the names of the Sozialräume.
     */
    private String gebiet(Collection<SozialraumId> sozialraeume) {
      Map<de.kekiz.domain.kommune.Sozialraumebene, List<SozialraumId>> proEbene = new HashMap<>();
      for (Sozialraum s : b.kommune().sozialraeumeAm(b.stichtag())) {
        proEbene.computeIfAbsent(s.ebene(), e -> new ArrayList<>()).add(s.id());
      }
      for (List<SozialraumId> alle : proEbene.values()) {
        if (alle.size() > 1 && sozialraeume.containsAll(alle)) {
          return b.kommune().art().kreisebene() ? "kreisweit" : "gesamtstädtisch";
        }
      }
      return sozialraeume.stream().map(this::sozialraumName).collect(Collectors.joining(", "));
    }

    private static String kosten(Kostenoption k) {
      return k.betrag().deutsch()
          + " "
          + k.einheit()
          + (k.beschreibung() == null ? "" : " (" + k.beschreibung() + ")");
    }

    private String sozialraumName(SozialraumId id) {
      return b.kommune()
          .sozialraumAm(id, b.stichtag())
          .or(() -> b.kommune().versionen(id).stream().reduce((x, y) -> y))
          .map(Sozialraum::name)
          .orElse(id.code());
    }

    private void kontakt(Angebot a) {
      out.append("<td class=\"kontakt\">");
      Optional<String> url = a.url();
      if (url.isPresent()) {
        String u = url.get();
        String klein = u.toLowerCase(java.util.Locale.ROOT);
        if (klein.startsWith("https://") || klein.startsWith("http://")) {
          out.append("<a rel=\"noopener noreferrer nofollow\" href=\"");
          esc(out, u).append("\">");
          esc(out, u).append("</a>");
        } else {
          esc(out, u);
        }
      }
      if (a.email().isPresent()) {
        if (url.isPresent()) {
          out.append("<br/>");
        }
        esc(out, a.email().get());
      }
      if (url.isEmpty() && a.email().isEmpty()) {
        out.append("–");
      }
      out.append("</td>");
    }

    // ------------------------------------------------------------ 7 Quellen

    private void quellen() {
      abschnitt("quellen", "7 Quellen und Definitionen");
      if (b.indikatoren().isEmpty()) {
        absatz("Der Bericht enthält keine Indikatoren.");
        out.append("</section>");
        return;
      }
      tabelleAnfang("quellen", "Indikatoren: Definition, Quelle und Version");
      kopfzeile("Indikator", "Definition", "Quelle und Erhebung", "Änderung");
      out.append("<tbody>");
      for (Indikator i : b.indikatoren()) {
        out.append("<tr><th scope=\"row\">");
        esc(out, i.name())
            .append("<br/><span class=\"klein\">Version ")
            .append(i.version())
            .append(", gültig ");
        esc(out, zeitraum(i.gueltigkeit().von(), i.gueltigkeit().bis())).append("</span></th>");
        td(
            i.definition()
                + " · Einheit: "
                + i.einheit()
                + " · Nachkommastellen: "
                + i.nachkommastellen()
                + " · "
                + polaritaet(i.polaritaet()));
        td(
            i.quelle()
                + " · Ebene: "
                + i.ebene().bezeichnung()
                + " · "
                + i.periodizitaet().bezeichnung()
                + i.stichtag()
                    .map(s -> ", Stichtag " + s.getDayOfMonth() + "." + s.getMonthValue() + ".")
                    .orElse(""));
        td(i.aenderungshinweis().orElse("–"));
        out.append("</tr>");
      }
      out.append("</tbody></table></div></section>");
    }

    // ------------------------------------------------------------ 8 Datenschutz

    private void datenschutz() {
      abschnitt("datenschutz", "8 Datenschutz und Zeichenerklärung");
      out.append("<p class=\"hinweis\">");
      esc(out, b.datenschutzhinweis()).append("</p>");
      out.append("<p>");
      esc(
              out,
              "Schutzverfahren dieser Veröffentlichung: "
                  + b.verfahren().bezeichnung()
                  + ". "
                  + "Zeichen in den Tabellen: "
                  + Formatierung.WERTART_LEGENDE
                  + ".")
          .append("</p>");
      long gesperrt = b.gesperrteMesswerte();
      absatz(
          "In diesem Bericht sind "
              + String.format(java.util.Locale.GERMANY, "%,d", gesperrt)
              + " von "
              + String.format(java.util.Locale.GERMANY, "%,d", b.messwerte().size())
              + " Messwerten gesperrt.");
      out.append("<dl class=\"zeichen\"><dt>");
      esc(out, o.gesperrt())
          .append("</dt><dd>Wert gesperrt (Geheimhaltung kleiner Fallzahlen)</dd><dt>");
      esc(out, o.fehlend())
          .append("</dt><dd>kein Wert vorhanden</dd>")
          .append("<dt>–</dt><dd>nicht zutreffend</dd>")
          .append("<dt>p</dt><dd>vorläufiger Wert</dd><dt>s</dt><dd>geschätzter Wert</dd>")
          .append("<dt>b</dt><dd>Bruch in der Zeitreihe (geänderte Definition oder Erhebung)</dd>")
          .append("<dt>f</dt><dd>Prognose</dd>")
          // the marks of protected figures, as the sentence above names them: every kind visible
          .append("<dt>z</dt><dd>Wert über mehrere Perioden zusammengefasst (die Einzelperiode ist")
          .append(" gesperrt)</dd><dt>g</dt><dd>Wert des übergeordneten Gebiets (der eigene ist")
          .append(" gesperrt)</dd><dt>ü</dt><dd>durch das Cell-Key-Verfahren leicht überlagerter")
          .append(" Wert (Summen müssen nicht aufgehen)</dd></dl></section>");
    }
  }
}

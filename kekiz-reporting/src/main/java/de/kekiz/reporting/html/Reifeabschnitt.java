package de.kekiz.reporting.html;

import static de.kekiz.reporting.html.HtmlText.esc;

import de.kekiz.monitoring.veroeffentlichung.Kettenreife;
import de.kekiz.monitoring.veroeffentlichung.Kriteriumsergebnis;
import de.kekiz.monitoring.veroeffentlichung.Reifegrad;
import de.kekiz.monitoring.veroeffentlichung.Reifestufe;
import de.kekiz.reporting.bericht.Formatierung;
import de.kekiz.reporting.bericht.Monitoringbericht;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

/**
 * The report's part on the maturity of the Präventionskette (inside the section on the chain): the
 * score on the reference date with every criterion, its stage, result, points and reason, and the
 * score on the earlier reference dates, as the core computed them ({@link Kettenreife}). Nothing is
 * computed here.
 */
final class Reifeabschnitt {

  private Reifeabschnitt() {}

  /**
   * Appends the part to {@code out} if the report has a score; {@code tabelle} gives the next table
   * number.
   */
  static void schreibe(StringBuilder out, Monitoringbericht b, IntSupplier tabelle) {
    Kettenreife reife = b.teil().reife();
    if (reife.aktuell().isEmpty()) {
      return;
    }
    Reifegrad aktuell = reife.aktuell().get();
    out.append("<section id=\"reifegrad\" aria-labelledby=\"h-reifegrad\"><h3 id=\"h-reifegrad\">")
        .append("Reifegrad der Präventionskette</h3><p><strong>");
    esc(
            out,
            "Am "
                + Formatierung.datum(aktuell.stichtag())
                + ": "
                + punkte(aktuell)
                + "; "
                + stufe(aktuell)
                + ".")
        .append("</strong></p><p>");
    esc(out, reife.methode()).append("</p>");
    anfang(
        out,
        tabelle,
        "reifegrad",
        "Kriterien des Reifegrads am " + Formatierung.datum(aktuell.stichtag()));
    out.append(
        "<thead><tr><th scope=\"col\">Kriterium</th><th scope=\"col\">Station</th>"
            + "<th scope=\"col\">Erfüllt</th><th scope=\"col\" class=\"z\">Punkte</th>"
            + "<th scope=\"col\">Begründung</th></tr></thead><tbody>");
    for (Kriteriumsergebnis e : aktuell.ergebnisse()) {
      out.append("<tr><th scope=\"row\">");
      esc(out, e.kriterium().bezeichnung()).append("</th><td>");
      esc(out, e.stufe().nummer() + " " + e.stufe().bezeichnung()).append("</td>");
      out.append(e.erfuellt() ? "<td>ja</td>" : "<td class=\"luecke\">nein</td>");
      out.append("<td class=\"z\">").append(e.punkte()).append("</td><td>");
      esc(out, e.begruendung()).append("</td></tr>");
    }
    out.append("</tbody></table></div>");
    if (reife.verlauf().size() > 1) {
      anfang(out, tabelle, "reifeverlauf", "Entwicklung des Reifegrads");
      out.append(
          "<thead><tr><th scope=\"col\">Stichtag</th><th scope=\"col\" class=\"z\">Punkte</th>"
              + "<th scope=\"col\">Erreichte Station</th>"
              + "<th scope=\"col\">Nicht erfüllt</th></tr></thead><tbody>");
      for (Reifegrad r : reife.verlauf()) {
        out.append("<tr><th scope=\"row\">");
        esc(out, Formatierung.datum(r.stichtag())).append("</th><td class=\"z\">");
        esc(out, punkte(r)).append("</td><td>");
        esc(out, r.erreichteStufe().map(Reifeabschnitt::station).orElse("keine"))
            .append("</td><td>");
        String offen =
            r.ergebnisse().stream()
                .filter(e -> !e.erfuellt())
                .map(e -> e.kriterium().bezeichnung())
                .collect(Collectors.joining(", "));
        esc(out, offen.isEmpty() ? "–" : offen).append("</td></tr>");
      }
      out.append("</tbody></table></div>");
    }
    out.append("</section>");
  }

  private static String punkte(Reifegrad r) {
    return r.punkte() + " von " + r.hoechstpunkte() + " Punkten";
  }

  private static String stufe(Reifegrad r) {
    return r.erreichteStufe()
        .map(s -> "erreichte Station " + station(s))
        .orElse("keine Station vollständig erreicht");
  }

  private static String station(Reifestufe s) {
    return s.nummer() + " " + s.bezeichnung();
  }

  private static void anfang(StringBuilder out, IntSupplier tabelle, String klasse, String titel) {
    out.append("<div class=\"tabelle\"><table class=\"")
        .append(klasse)
        .append("\"><caption>Tabelle ")
        .append(tabelle.getAsInt())
        .append(": ");
    esc(out, titel).append("</caption>");
  }
}

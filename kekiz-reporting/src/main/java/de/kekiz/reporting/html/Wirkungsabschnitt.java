package de.kekiz.reporting.html;

import static de.kekiz.reporting.html.HtmlText.esc;

import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.monitoring.veroeffentlichung.Berichtsgebiet;
import de.kekiz.monitoring.veroeffentlichung.Gruppenvergleich;
import de.kekiz.monitoring.veroeffentlichung.Gruppenwert;
import de.kekiz.monitoring.veroeffentlichung.Uebergangsmessung;
import de.kekiz.monitoring.veroeffentlichung.Wirkungsmonitoring;
import de.kekiz.monitoring.veroeffentlichung.Wirkungsvergleich;
import de.kekiz.reporting.bericht.Formatierung;
import de.kekiz.reporting.bericht.Monitoringbericht;
import de.kekiz.reporting.internal.Auswertungstext;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;

/**
 * The report's part on effect monitoring (inside the section on the Präventionskette): the method,
 * one table of the comparisons and one of the measured Übergänge, as the core computed them ({@link
 * Wirkungsmonitoring}). Shares are shown in percent with one decimal place, the difference in
 * differences in percentage points; nothing is computed here.
 */
final class Wirkungsabschnitt {

  private Wirkungsabschnitt() {}

  /**
   * Appends the part to {@code out} if the report has anything to show; {@code tabelle} gives the
   * next table number.
   */
  static void schreibe(StringBuilder out, Monitoringbericht b, IntSupplier tabelle) {
    Wirkungsmonitoring w = b.teil().wirkung();
    if (w.leer()) {
      return;
    }
    out.append("<section id=\"wirkung\" aria-labelledby=\"h-wirkung\"><h3 id=\"h-wirkung\">")
        .append("Wirkungsvergleich und gemessene Übergänge</h3><p>");
    esc(out, w.methode()).append("</p>");
    List<Wirkungsvergleich> alle = w.alleVergleiche();
    if (!alle.isEmpty()) {
      anfang(
          out,
          tabelle,
          "wirkung",
          "Entwicklung mit und ohne Maßnahme: Anteile in Prozent, 95-%-Konfidenzintervalle in"
              + " Klammern, Differenz der Differenzen in Prozentpunkten");
      kopf(
          out,
          "Maßnahme",
          "Indikator",
          "Gebiete",
          "Mit Maßnahme",
          "Vergleichsgruppe",
          "Differenz der Differenzen",
          "Befund");
      out.append("<tbody>");
      for (Wirkungsvergleich v : alle) {
        zeile(out, v);
      }
      out.append("</tbody></table></div>");
    }
    anfang(
        out,
        tabelle,
        "uebergangsmessung",
        "Übergänge: überbrückt durch Angebote und gemessen an eigenen Indikatoren");
    kopf(out, "Übergang", "Eigene Indikatoren", "#Aktive Angebote", "Messung");
    out.append("<tbody>");
    for (Uebergangsmessung u : w.uebergaenge()) {
      out.append("<tr><th scope=\"row\">");
      esc(out, u.name()).append("</th><td>");
      esc(
              out,
              u.indikatoren().isEmpty()
                  ? "–"
                  : u.indikatoren().stream().map(k -> name(b, k)).collect(Collectors.joining(", ")))
          .append("</td><td class=\"z\">")
          .append(u.angebote())
          .append("</td><td>");
      esc(out, u.stand().bezeichnung()).append("</td></tr>");
    }
    out.append("</tbody></table></div></section>");
  }

  private static void zeile(StringBuilder out, Wirkungsvergleich v) {
    out.append("<tr><th scope=\"row\">");
    esc(out, v.art().bezeichnung() + ": " + v.massnahme()).append("<br/>");
    esc(
        out,
        "seit "
            + Formatierung.datum(v.beginn())
            + (v.handlungsziel() == null ? "" : ", Handlungsziel " + v.handlungsziel()));
    out.append("</th><td>");
    esc(out, v.indikatorname() + " (" + v.polaritaet().bezeichnung() + ")").append("</td><td>");
    esc(out, "mit: " + namen(v.mitMassnahme())).append("<br/>");
    esc(out, "Vergleich: " + (v.vergleichsgruppe().isEmpty() ? "–" : namen(v.vergleichsgruppe())))
        .append("</td>");
    Gruppenvergleich g = v.werte();
    if (g == null) {
      out.append("<td colspan=\"3\">");
      esc(out, v.grund().orElse("")).append("</td><td>");
      esc(out, v.befund().bezeichnung()).append("</td></tr>");
      return;
    }
    out.append("<td>");
    gruppe(out, g, g.mitVorher(), g.mitNachher());
    out.append("</td><td>");
    gruppe(out, g, g.ohneVorher(), g.ohneNachher());
    out.append("</td><td class=\"z\">");
    esc(out, Auswertungstext.prozentpunkte(g.differenzDerDifferenzen()) + " Pp.").append("<br/>");
    esc(out, "(" + Auswertungstext.intervall(g.intervall()) + ")");
    out.append("</td><td>");
    esc(out, v.befund().bezeichnung()).append("</td></tr>");
  }

  /** "2018/19: 30,0 % (27,2 bis 32,9; 300 von 1.000)", then the same for the period after. */
  private static void gruppe(
      StringBuilder out, Gruppenvergleich g, Gruppenwert vor, Gruppenwert nach) {
    esc(out, g.vorher() + ": " + Auswertungstext.anteil(vor)).append("<br/>");
    esc(out, g.nachher() + ": " + Auswertungstext.anteil(nach));
  }

  private static String namen(List<Berichtsgebiet> gebiete) {
    return gebiete.stream().map(Berichtsgebiet::name).collect(Collectors.joining(", "));
  }

  private static String name(Monitoringbericht b, IndikatorKey key) {
    for (Indikator i : b.indikatoren()) {
      if (i.key().equals(key)) {
        return i.name();
      }
    }
    return key.toString();
  }

  private static void anfang(StringBuilder out, IntSupplier tabelle, String klasse, String titel) {
    out.append("<div class=\"tabelle\"><table class=\"")
        .append(klasse)
        .append("\"><caption>Tabelle ")
        .append(tabelle.getAsInt())
        .append(": ");
    esc(out, titel).append("</caption>");
  }

  private static void kopf(StringBuilder out, String... spalten) {
    out.append("<thead><tr>");
    for (String s : spalten) {
      boolean zahl = s.startsWith("#");
      out.append(zahl ? "<th scope=\"col\" class=\"z\">" : "<th scope=\"col\">");
      esc(out, zahl ? s.substring(1) : s).append("</th>");
    }
    out.append("</tr></thead>");
  }
}

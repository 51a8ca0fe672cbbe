package de.kekiz.reporting.html;

import static de.kekiz.reporting.html.HtmlText.esc;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.kekiz.domain.indikator.SozialraumBezug;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.monitoring.veroeffentlichung.Berichtsgebiet;
import de.kekiz.monitoring.veroeffentlichung.Indikatorauswertung;
import de.kekiz.monitoring.veroeffentlichung.Wertklasse;
import de.kekiz.monitoring.veroeffentlichung.Zeitreihe;
import de.kekiz.monitoring.veroeffentlichung.Zelle;
import de.kekiz.reporting.bericht.Berichtsoptionen;
import de.kekiz.reporting.bericht.Formatierung;
import de.kekiz.reporting.bericht.Monitoringbericht;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The interactive atlas of {@code bericht.html}: choose an indicator and a period, and the map, the
 * bars and the table follow; hovering or focusing an area shows its name, value, kind of figure and
 * rank. Everything is inside the one file: the data as JSON in a {@code script} of type {@code
 * application/json} (never executed), the program as one inline script that the page's
 * Content-Security-Policy allows by its SHA-256 hash ({@link #SKRIPT_HASH}); nothing is loaded.
 *
 * <p>The atlas only shows what the core published: the texts of every value, kind and rank are
 * written here from the report's cells, the map's classes and their ranges come from {@link
 * Indikatorauswertung#wertklassen(int)} and {@link Wertklasse#nummer(List, Zelle)}. The script only
 * draws: it picks colours, bar lengths and rows from these data. Without JavaScript the atlas stays
 * hidden and the static report is complete.
 */
final class Atlas {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The program, wrapped so that the document stays well-formed XML (see the PDF format). */
  static final String SKRIPT = "//<![CDATA[\n" + lies("atlas.js") + "\n//]]>";

  /** The CSP source of {@link #SKRIPT}: {@code 'sha256-…'}. */
  static final String SKRIPT_HASH = hash(SKRIPT);

  /** The width of the atlas's map in px. */
  private static final int KARTENBREITE = 520;

  private Atlas() {}

  /** Whether {@code b} has a table with areas to show in an atlas. */
  static boolean sinnvoll(Monitoringbericht b) {
    return b.auswertungen().stream().anyMatch(a -> !a.gebiete().isEmpty());
  }

  /** Appends the atlas (hidden until its script runs), its data and its script. */
  static void schreibe(StringBuilder out, Monitoringbericht b, Berichtsoptionen o) {
    // every area that appears in a row, with its geometry where it has one
    Map<Berichtsgebiet, Integer> index = new LinkedHashMap<>();
    for (Indikatorauswertung a : b.auswertungen()) {
      for (Zeitreihe z : a.gebiete()) {
        index.putIfAbsent(z.gebiet(), index.size());
      }
    }
    List<Berichtsgebiet> gebiete = new ArrayList<>(index.keySet());
    List<String> geometrien = new ArrayList<>();
    Set<SozialraumId> eltern = new LinkedHashSet<>();
    for (Berichtsgebiet g : gebiete) {
      Optional<Sozialraum> sr =
          g.raum() instanceof SozialraumBezug sb
              ? b.kommune().sozialraum(sb.sozialraum())
              : Optional.empty();
      geometrien.add(sr.map(Sozialraum::geometrie).orElse(""));
      sr.map(Sozialraum::uebergeordnet).ifPresent(eltern::add);
    }
    List<String> grenzen = new ArrayList<>();
    for (SozialraumId id : eltern) {
      b.kommune().sozialraumAm(id, b.stichtag()).map(Sozialraum::geometrie).ifPresent(grenzen::add);
    }
    List<String> alle = new ArrayList<>(geometrien);
    alle.addAll(grenzen);
    Karte.Projektion p = Karte.projiziere(alle, KARTENBREITE);

    ObjectNode daten = JSON.createObjectNode();
    daten.put("kommune", b.kommune().name());
    daten.put("gesperrt", o.gesperrt());
    daten.put("fehlend", o.fehlend());
    ArrayNode farben = daten.putArray("farben");
    for (int k = 1; k <= Indikatorauswertung.KLASSEN; k++) {
      farben.add(HtmlBerichtWriter.farbe(k, Indikatorauswertung.KLASSEN));
    }
    ArrayNode gn = daten.putArray("gebiete");
    for (Berichtsgebiet g : gebiete) {
      gn.addObject().put("name", g.name());
    }
    ArrayNode indikatoren = daten.putArray("indikatoren");
    for (Indikatorauswertung a : b.auswertungen()) {
      if (a.gebiete().isEmpty()) {
        continue;
      }
      ObjectNode i = indikatoren.addObject();
      i.put("name", a.indikator().name());
      i.put("einheit", a.indikator().einheit());
      i.put("polaritaet", a.indikator().polaritaet().bezeichnung());
      ArrayNode perioden = i.putArray("perioden");
      a.perioden().forEach(per -> perioden.add(per.toString()));
      ArrayNode spalten = i.putArray("spalten");
      int st = a.stellen();
      int letzte = a.perioden().size() - 1;
      for (int s = 0; s < a.perioden().size(); s++) {
        ObjectNode spalte = spalten.addObject();
        List<Wertklasse> wertklassen = a.wertklassen(s);
        int grenzstellen = grenzstellen(wertklassen, st);
        ArrayNode klassen = spalte.putArray("klassen");
        for (Wertklasse k : wertklassen) { // classes of values always have both bounds
          klassen.add(
              Formatierung.zahl(requireNonNull(k.von()), grenzstellen)
                  + " bis "
                  + Formatierung.zahl(requireNonNull(k.bis()), grenzstellen));
        }
        ArrayNode werte = spalte.putArray("werte");
        for (Zeitreihe z : a.gebiete()) {
          Zelle c = z.werte().get(s);
          ArrayNode w = werte.addArray();
          w.add(index.get(z.gebiet()));
          w.add(Formatierung.zelle(c, st, o) + Formatierung.wertartMarke(c));
          w.add(
              c.art().hatZahl() && c.wert() != null
                  ? c.wert().setScale(st + 1, RoundingMode.HALF_UP).toPlainString()
                  : "");
          String art = Formatierung.wertartText(c);
          w.add(c.art().bezeichnung() + (art.isEmpty() ? "" : " – " + art));
          w.add(Wertklasse.nummer(wertklassen, c).orElse(0));
          w.add(
              s == letzte && z.rang() != null
                  ? "Rang " + z.rang() + " von " + a.gebiete().size()
                  : s == letzte ? "kein Rang" : "Rang nur für " + a.letztePeriode());
        }
      }
    }
    String text;
    try {
      text = JSON.writeValueAsString(daten);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the atlas's data cannot be written as JSON", e);
    }
    // no '<', '>' or '&' inside the script element: it must neither end early nor break the XML
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");

    out.append("<div class=\"atlas\" id=\"atlas\" hidden=\"hidden\">")
        .append("<h3 id=\"h-atlas\">Atlas: Indikator und Periode wählen</h3>")
        .append(
            "<p class=\"definition\">Die Karte, die Balken und die Tabelle zeigen den gewählten")
        .append(
            " Indikator in der gewählten Periode. Die Farbe gibt die Klasse an (fünf etwa gleich")
        .append(
            " große Gruppen der veröffentlichten Werte, dunkler = höherer Wert); weiß = gesperrt")
        .append(" oder kein Wert. Mit der Maus oder der Tabulatortaste auf einem Gebiet erscheinen")
        .append(" Name, Wert, Art des Werts und Rang.</p>")
        .append("<div class=\"atlas-wahl\"><label for=\"atlas-indikator\">Indikator</label> ")
        .append("<select id=\"atlas-indikator\"></select> ")
        .append(
            "<label for=\"atlas-periode\">Periode</label> <select id=\"atlas-periode\"></select> ")
        .append(
            "<button type=\"button\" id=\"atlas-namen\" aria-pressed=\"false\">Namen auf der Karte zeigen</button>")
        .append("</div><div class=\"atlas-bild\">");
    if (p != null) {
      out.append("<svg id=\"atlas-karte\" width=\"")
          .append(p.breite())
          .append("\" height=\"")
          .append(p.hoehe())
          .append("\" viewBox=\"0 0 ")
          .append(p.breite())
          .append(' ')
          .append(p.hoehe())
          .append(
              "\" role=\"group\" aria-label=\"Karte des gewählten Indikators\" font-family=\"sans-serif\">");
      for (int i = 0; i < gebiete.size(); i++) {
        if (p.pfade().get(i).isEmpty()) {
          continue;
        }
        out.append("<path class=\"gebiet\" tabindex=\"0\" role=\"img\" data-gebiet=\"")
            .append(i)
            .append("\" aria-label=\"");
        esc(out, gebiete.get(i).name())
            .append("\" fill=\"#ffffff\" stroke=\"#8a8a8a\" stroke-width=\"0.5\" d=\"")
            .append(p.pfade().get(i))
            .append("\"/>");
      }
      for (int i = gebiete.size(); i < alle.size(); i++) {
        if (!p.pfade().get(i).isEmpty()) {
          out.append(
                  "<path class=\"grenze\" fill=\"none\" stroke=\"#1a1a1a\" stroke-width=\"1.6\" d=\"")
              .append(p.pfade().get(i))
              .append("\"/>");
        }
      }
      out.append("<g id=\"atlas-namen-ebene\" display=\"none\" aria-hidden=\"true\">");
      for (int i = 0; i < gebiete.size(); i++) {
        double[] m = p.mitten().get(i);
        if (m == null) {
          continue;
        }
        out.append("<text x=\"");
        HtmlText.zahl(out, m[0]).append("\" y=\"");
        HtmlText.zahl(out, m[1])
            .append("\" text-anchor=\"middle\" font-size=\"10\" fill=\"#1a1a1a\"")
            .append(" stroke=\"#ffffff\" stroke-width=\"2.5\" paint-order=\"stroke\">");
        esc(out, gebiete.get(i).name()).append("</text>");
      }
      out.append("</g></svg>");
    }
    out.append("<div id=\"atlas-legende\" class=\"atlas-legende\"></div>")
        .append(
            "<div id=\"atlas-info\" class=\"atlas-info\" role=\"status\" aria-live=\"polite\"></div>")
        .append("</div><div id=\"atlas-balken\" class=\"atlas-balken\"></div>")
        .append(
            "<div class=\"tabelle\"><table id=\"atlas-tabelle\"><caption id=\"atlas-titel\"></caption>")
        .append("<thead><tr><th scope=\"col\">Gebiet</th><th scope=\"col\" class=\"z\">Wert</th>")
        .append("<th scope=\"col\">Art des Werts</th><th scope=\"col\">Rang</th></tr></thead>")
        .append("<tbody></tbody></table></div></div>");
    out.append("<script type=\"application/json\" id=\"atlas-daten\">")
        .append(text)
        .append("</script>");
    out.append("<script>").append(SKRIPT).append("</script>");
  }

  /**
   * The decimals for the bounds in the legend: the indicator's {@code stellen}, or up to two more
   * where neighbouring classes would otherwise read the same ("34,7 bis 36,9", "36,9 bis 38,7").
   */
  private static int grenzstellen(List<Wertklasse> klassen, int stellen) {
    for (int s = stellen; s < stellen + 2; s++) {
      boolean getrennt = true;
      for (int i = 1; i < klassen.size() && getrennt; i++) {
        getrennt =
            !Formatierung.zahl(requireNonNull(klassen.get(i).von()), s)
                .equals(Formatierung.zahl(requireNonNull(klassen.get(i - 1).bis()), s));
      }
      if (getrennt) {
        return s;
      }
    }
    return stellen + 2;
  }

  private static String lies(String name) {
    try (InputStream in = Atlas.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "the atlas's script " + name + " is missing from the class path");
      }
      String s = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (s.contains("]]>") || s.contains("</")) {
        throw new IllegalStateException("the atlas's script must not contain ']]>' or '</'");
      }
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String hash(String skript) {
    try {
      byte[] h =
          MessageDigest.getInstance("SHA-256").digest(skript.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(h) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java platform", e);
    }
  }
}

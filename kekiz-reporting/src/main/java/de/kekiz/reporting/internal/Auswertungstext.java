package de.kekiz.reporting.internal;

import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.monitoring.veroeffentlichung.Berichtsgebiet;
import de.kekiz.monitoring.veroeffentlichung.Gruppenwert;
import de.kekiz.monitoring.veroeffentlichung.Konfidenzintervall;
import de.kekiz.monitoring.veroeffentlichung.Reifegrad;
import de.kekiz.monitoring.veroeffentlichung.Reifestufe;
import de.kekiz.monitoring.veroeffentlichung.Wirkungsvergleich;
import de.kekiz.monitoring.veroeffentlichung.Zielarbeit;
import de.kekiz.reporting.bericht.Formatierung;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The German wording of the release's maturity score, Zielbeiträge and effect comparisons for the
 * XLSX, CSV and text formats, so that they say the same as the HTML report. Presents what the core
 * computed: shares are shown in percent with one decimal place (the decimal point moved, nothing
 * computed), differences in Prozentpunkten. Not API.
 */
public final class Auswertungstext {

  private Auswertungstext() {}

  /**
   * {@return an age range as a reader says it: "unter 1 Jahr" (0–0), "1 Jahr", "6 Jahre", "1 bis 5
   * Jahre", "ab 80 Jahren"; not the range's text form ({@code 1-5}), which is for files}
   *
   * @param alter the range in completed years
   */
  public static String alter(Altersspanne alter) {
    Integer bis = alter.bis();
    if (bis == null) {
      return "ab " + alter.von() + (alter.von() == 1 ? " Jahr" : " Jahren");
    }
    if (bis == alter.von()) {
      return bis == 0 ? "unter 1 Jahr" : bis + (bis == 1 ? " Jahr" : " Jahre");
    }
    return alter.von() + " bis " + bis + " Jahre";
  }

  /**
   * {@return "5 von 10 Punkten"}
   *
   * @param r the score
   */
  public static String punkte(Reifegrad r) {
    return r.punkte() + " von " + r.hoechstpunkte() + " Punkten";
  }

  /**
   * {@return "1 Leitbild & Vision", or "keine" if no Station is reached}
   *
   * @param stufe the Station reached, or empty
   */
  public static String station(Optional<Reifestufe> stufe) {
    return stufe.map(s -> s.nummer() + " " + s.bezeichnung()).orElse("keine");
  }

  /**
   * {@return the one-line summary of a score: "Am 31.12.2024: 5 von 10 Punkten; erreichte Station 1
   * Leitbild & Vision."}
   *
   * @param r the score
   */
  public static String reifesatz(Reifegrad r) {
    return "Am "
        + Formatierung.datum(r.stichtag())
        + ": "
        + punkte(r)
        + "; "
        + r.erreichteStufe()
            .map(s -> "erreichte Station " + s.nummer() + " " + s.bezeichnung())
            .orElse("keine Station vollständig erreicht")
        + ".";
  }

  /**
   * {@return the criteria a score misses, comma-separated, or "–"}
   *
   * @param r the score
   */
  public static String nichtErfuellt(Reifegrad r) {
    String offen =
        r.ergebnisse().stream()
            .filter(e -> !e.erfuellt())
            .map(e -> e.kriterium().bezeichnung())
            .collect(Collectors.joining(", "));
    return offen.isEmpty() ? "–" : offen;
  }

  /**
   * {@return the Handlungsziel of a Zielbeitrag as the report names it: "1.2 Kinder kommen …"}
   *
   * @param z the row
   */
  public static String handlungsziel(Zielarbeit z) {
    return z.handlungsziel().equals(z.handlungszielKey())
        ? z.handlungsziel()
        : z.handlungszielKey() + " " + z.handlungsziel();
  }

  /**
   * {@return where a Zielbeitrag works: the names of its Sozialräume valid on {@code stichtag}
   * (their code where the Kommune has no such Sozialraum that day), or "ohne Gebietsbezug"}
   *
   * @param kommune the Kommune of the report
   * @param raeume the Sozialräume
   * @param stichtag the report's reference date
   */
  public static String gebiete(
      Kommune kommune, Collection<SozialraumId> raeume, LocalDate stichtag) {
    if (raeume.isEmpty()) {
      return "ohne Gebietsbezug";
    }
    List<String> namen = new ArrayList<>();
    for (SozialraumId id : raeume) {
      namen.add(
          kommune.sozialraeumeAm(stichtag).stream()
              .filter(s -> s.id().equals(id))
              .map(Sozialraum::name)
              .findFirst()
              .orElse(id.code()));
    }
    return String.join(", ", namen);
  }

  /**
   * {@return the names of the areas of a comparison group, comma-separated, or "–"}
   *
   * @param gebiete the areas
   */
  public static String namen(List<Berichtsgebiet> gebiete) {
    return gebiete.isEmpty()
        ? "–"
        : gebiete.stream().map(Berichtsgebiet::name).collect(Collectors.joining(", "));
  }

  /**
   * {@return the measure of a comparison: "Angebot: Kita-Einstieg"}
   *
   * @param v the comparison
   */
  public static String massnahme(Wirkungsvergleich v) {
    return v.art().bezeichnung() + ": " + v.massnahme();
  }

  /**
   * {@return a share with its Wilson interval and counts: "30,0 % (27,2 bis 32,9; 300 von 1.000)"}
   *
   * @param w the group's sums
   */
  public static String anteil(Gruppenwert w) {
    return prozent(w.anteil())
        + " % ("
        + intervall(w.wilson())
        + "; "
        + Formatierung.zahl(BigDecimal.valueOf(w.zaehler()), 0)
        + " von "
        + Formatierung.zahl(BigDecimal.valueOf(w.nenner()), 0)
        + ")";
  }

  /**
   * {@return an interval in percent: "27,2 bis 32,9"}
   *
   * @param k the interval of shares (or of differences of shares)
   */
  public static String intervall(Konfidenzintervall k) {
    return prozent(k.untere()) + " bis " + prozent(k.obere());
  }

  /**
   * {@return a share in percent with one decimal place, German: "30,0"}
   *
   * @param anteil the share (0 to 1)
   */
  public static String prozent(BigDecimal anteil) {
    return Formatierung.zahl(anteil.movePointRight(2), 1);
  }

  /**
   * {@return a difference of shares in Prozentpunkten with its sign: "+6,6"}
   *
   * @param differenz the difference of shares
   */
  public static String prozentpunkte(BigDecimal differenz) {
    return Formatierung.differenz(differenz.movePointRight(2), 1);
  }
}

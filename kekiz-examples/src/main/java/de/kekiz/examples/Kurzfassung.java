package de.kekiz.examples;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.indikator.KommuneBezug;
import de.kekiz.domain.leitbild.Zielrichtung;
import de.kekiz.domain.leitbild.Zielwert;
import de.kekiz.importe.Anzeigetext;
import de.kekiz.monitoring.veroeffentlichung.Handlungsbedarf;
import de.kekiz.monitoring.veroeffentlichung.Lueckenanalyse;
import de.kekiz.monitoring.veroeffentlichung.Reifegrad;
import de.kekiz.monitoring.veroeffentlichung.Uebergangsabdeckung;
import de.kekiz.monitoring.veroeffentlichung.Zielerreichung;
import de.kekiz.monitoring.veroeffentlichung.Zielstatus;
import de.kekiz.reporting.bericht.Formatierung;
import de.kekiz.reporting.bericht.Monitoringbericht;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The few lines the main job prints about a Kommune's monitoring, taken from the report it wrote
 * (whose sections the monitoring's {@code Kommunalanalyse} computed), so that terminal and files
 * agree: the areas with the most need, the Übergänge of the Präventionskette no active Angebot
 * bridges, and the goals of the Leitbild at risk or missed.
 *
 * <p>It prints names, ranks and statuses only, never an observed value.
 *
 * @param bedarf the areas with the most need, most first, at most {@link #HOECHSTENS}
 * @param mitIndex whether the report has a Sozialindex
 * @param offeneUebergaenge the names of the Übergänge no active Angebot bridges
 * @param mitKette whether the Kommune has a Präventionskette
 * @param gefaehrdeteZiele the goals at risk or missed
 * @param ziele the number of goals judged
 * @param reife the chain's maturity on the reference date, or {@code null} if there is none to show
 */
record Kurzfassung(
    List<Handlungsbedarf> bedarf,
    boolean mitIndex,
    List<String> offeneUebergaenge,
    boolean mitKette,
    List<String> gefaehrdeteZiele,
    int ziele,
    @Nullable Reifegrad reife) {

  /** How many areas with the most need are named. */
  static final int HOECHSTENS = 3;

  /** The verdicts that put a goal on the list. */
  static final Set<Zielerreichung> GEFAEHRDET =
      EnumSet.of(Zielerreichung.GEFAEHRDET, Zielerreichung.VERFEHLT);

  Kurzfassung {
    bedarf = ImmutableList.copyOf(bedarf);
    offeneUebergaenge = ImmutableList.copyOf(offeneUebergaenge);
    gefaehrdeteZiele = ImmutableList.copyOf(gefaehrdeteZiele);
  }

  /** The summary of {@code bericht}. */
  static Kurzfassung aus(Monitoringbericht bericht) {
    requireNonNull(bericht, "bericht");
    List<Handlungsbedarf> bedarf =
        bericht.handlungsbedarf().stream()
            .sorted(Comparator.comparingInt(Handlungsbedarf::rang))
            .limit(HOECHSTENS)
            .toList();
    List<String> offen =
        bericht.luecken().map(Lueckenanalyse::offeneUebergaenge).orElse(List.of()).stream()
            .map(Uebergangsabdeckung::uebergang)
            .map(u -> Anzeigetext.sichtbar(u.name()))
            .toList();
    java.util.Map<de.kekiz.domain.indikator.IndikatorKey, String> einheiten =
        new java.util.HashMap<>();
    bericht.indikatoren().forEach(i -> einheiten.put(i.key(), i.einheit()));
    List<String> gefaehrdet =
        bericht.ziele().stream()
            .filter(z -> GEFAEHRDET.contains(z.erreichung()))
            .map(z -> ziel(z, einheiten.get(z.zielwert().indikator())))
            .toList();
    return new Kurzfassung(
        bedarf,
        bericht.sozialindex().isPresent(),
        offen,
        bericht.luecken().isPresent(),
        gefaehrdet,
        bericht.ziele().size(),
        bericht.teil().reife().aktuell().orElse(null));
  }

  /** Prints the summary, each line indented by {@code einzug}. */
  void drucke(PrintWriter out, String einzug) {
    StringBuilder b = new StringBuilder(einzug).append("Höchster Handlungsbedarf: ");
    if (bedarf.isEmpty()) {
      b.append(mitIndex ? "kein Gebiet mit Index" : "kein Sozialindex (Daten fehlen)");
    }
    for (int i = 0; i < bedarf.size(); i++) {
      Handlungsbedarf h = bedarf.get(i);
      b.append(i == 0 ? "" : ", ")
          .append(h.rang())
          .append(". ")
          .append(Anzeigetext.sichtbar(h.gebiet().name()));
    }
    out.println(b);
    b = new StringBuilder(einzug).append("Offene Übergänge: ");
    if (!mitKette) {
      b.append("keine Präventionskette");
    } else if (offeneUebergaenge.isEmpty()) {
      b.append("keine");
    } else {
      b.append(String.join(", ", offeneUebergaenge));
    }
    out.println(b);
    b = new StringBuilder(einzug).append("Gefährdete Ziele: ");
    if (ziele == 0) {
      b.append("keine Zielwerte");
    } else if (gefaehrdeteZiele.isEmpty()) {
      b.append("keines von ").append(ziele);
    } else {
      b.append(gefaehrdeteZiele.size()).append(" von ").append(ziele).append(": ");
      for (int i = 0; i < gefaehrdeteZiele.size(); i++) {
        b.append(i == 0 ? "" : "; ").append(gefaehrdeteZiele.get(i));
      }
    }
    out.println(b);
    b = new StringBuilder(einzug).append("Reifegrad der Präventionskette: ");
    if (reife == null) {
      b.append("nicht bestimmt (kein Leitbild und keine Präventionskette)");
    } else {
      b.append(reife.punkte())
          .append(" von ")
          .append(reife.hoechstpunkte())
          .append(" Punkten, ")
          .append(
              reife
                  .erreichteStufe()
                  .map(st -> "Station " + st.nummer() + " (" + st.bezeichnung() + ") erreicht")
                  .orElse("noch keine Station vollständig"));
    }
    out.println(b);
  }

  /**
   * E.g. {@code Sprachkompetenz (SEU) in Vingst höchstens 35 % bis 31.07.2022 (verfehlt)}: the
   * target with the indicator's unit (none for a count), so that "höchstens 35" is not read as 35
   * children.
   */
  private static String ziel(Zielstatus z, @Nullable String einheit) {
    Zielwert w = z.zielwert();
    StringBuilder b = new StringBuilder(z.indikator());
    if (!(z.gebiet().raum() instanceof KommuneBezug)) {
      b.append(" in ").append(Anzeigetext.sichtbar(z.gebiet().name()));
    }
    return b.append(w.richtung() == Zielrichtung.MINDESTENS ? " mindestens " : " höchstens ")
        .append(Formatierung.zahl(w.wert(), Math.max(0, w.wert().stripTrailingZeros().scale())))
        .append(einheit == null || einheit.isBlank() || einheit.equals("Anzahl") ? "" : " ")
        .append(
            einheit == null || einheit.equals("Anzahl")
                ? ""
                : Anzeigetext.sichtbar(einheit.strip()))
        .append(" bis ")
        .append(Formatierung.datum(w.frist()))
        .append(" (")
        .append(z.erreichung().bezeichnung())
        .append(')')
        .toString();
  }
}

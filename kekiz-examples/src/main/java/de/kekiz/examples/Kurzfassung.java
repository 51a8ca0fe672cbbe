package de.kekiz.examples;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.kette.Uebergang;
import de.kekiz.domain.leitbild.Zielrichtung;
import de.kekiz.domain.leitbild.Zielwert;
import de.kekiz.monitoring.analyse.Kommunalbericht;
import de.kekiz.monitoring.sozialindex.Bedarfsrang;
import de.kekiz.monitoring.ziele.Zielbewertung;
import de.kekiz.monitoring.ziele.Zielstatus;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;

/**
 * The few lines the main job prints about a Kommune's monitoring: the Sozialräume with the most
 * need, the Übergänge of the Präventionskette no Angebot bridges, and the goals of the Leitbild at
 * risk (gefährdet) or missed (verfehlt).
 *
 * <p>It prints names, ranks and statuses only, never a value: what the monitoring publishes of
 * composites ({@link de.kekiz.monitoring}), so it needs no protection of small numbers.
 *
 * @param bedarf the Sozialräume with the most need, most first, at most {@link #HOECHSTENS}
 * @param mitIndex whether a Sozialindex could be computed at all
 * @param offeneUebergaenge the Übergänge no active Angebot bridges
 * @param mitKette whether the Kommune has a Präventionskette
 * @param gefaehrdeteZiele the goals at risk or missed
 * @param ziele the number of goals judged
 */
record Kurzfassung(
    List<Bedarfsrang> bedarf,
    boolean mitIndex,
    List<Uebergang> offeneUebergaenge,
    boolean mitKette,
    List<Zielbewertung> gefaehrdeteZiele,
    int ziele) {

  /** How many Sozialräume with the most need are named. */
  static final int HOECHSTENS = 3;

  Kurzfassung {
    bedarf = ImmutableList.copyOf(bedarf);
    offeneUebergaenge = ImmutableList.copyOf(offeneUebergaenge);
    gefaehrdeteZiele = ImmutableList.copyOf(gefaehrdeteZiele);
  }

  /** The summary of {@code analyse}. */
  static Kurzfassung aus(Kommunalbericht analyse) {
    requireNonNull(analyse, "analyse");
    List<Bedarfsrang> bedarf =
        analyse.handlungsbedarf().stream()
            .filter(b -> b.rangplatz().isPresent())
            .sorted(Comparator.comparingInt(b -> b.rangplatz().getAsInt()))
            .limit(HOECHSTENS)
            .toList();
    List<Zielbewertung> gefaehrdet =
        analyse.ziele().stream()
            .filter(z -> z.status() == Zielstatus.GEFAEHRDET || z.status() == Zielstatus.VERFEHLT)
            .toList();
    return new Kurzfassung(
        bedarf,
        analyse.index().isPresent(),
        analyse.lueckenbericht().map(l -> l.offeneUebergaenge()).orElse(List.of()),
        analyse.lueckenbericht().isPresent(),
        gefaehrdet,
        analyse.ziele().size());
  }

  /** Prints the summary, each line indented by {@code einzug}. */
  void drucke(PrintWriter out, String einzug) {
    StringBuilder b = new StringBuilder(einzug).append("Höchster Handlungsbedarf: ");
    if (bedarf.isEmpty()) {
      b.append(mitIndex ? "kein Sozialraum mit Index" : "kein Sozialindex (Daten fehlen)");
    }
    for (int i = 0; i < bedarf.size(); i++) {
      Bedarfsrang r = bedarf.get(i);
      b.append(i == 0 ? "" : ", ")
          .append(r.rangplatz().getAsInt())
          .append(". ")
          .append(r.name())
          .append(" (")
          .append(r.sozialraum().id())
          .append(')');
    }
    out.println(b);
    b = new StringBuilder(einzug).append("Offene Übergänge: ");
    if (!mitKette) {
      b.append("keine Präventionskette");
    } else if (offeneUebergaenge.isEmpty()) {
      b.append("keine");
    } else {
      for (int i = 0; i < offeneUebergaenge.size(); i++) {
        b.append(i == 0 ? "" : ", ").append(offeneUebergaenge.get(i).name());
      }
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
        Zielbewertung z = gefaehrdeteZiele.get(i);
        b.append(i == 0 ? "" : "; ")
            .append(ziel(z.zielwert()))
            .append(" (")
            .append(z.status().bezeichnung())
            .append(')');
      }
    }
    out.println(b);
  }

  /** E.g. {@code seu-sprache höchstens 22 bis 2022-07-31 in 05315000:803}. */
  private static String ziel(Zielwert z) {
    StringBuilder b =
        new StringBuilder(z.indikator().toString())
            .append(z.richtung() == Zielrichtung.MINDESTENS ? " mindestens " : " höchstens ")
            .append(z.wert().toPlainString())
            .append(" bis ")
            .append(z.frist());
    if (z.sozialraum() != null) {
      b.append(" in ").append(z.sozialraum());
    }
    return b.toString();
  }
}

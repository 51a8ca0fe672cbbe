package de.kekiz.reporting.text;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.angebot.Angebot;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.kette.Handlungsfeld;
import de.kekiz.domain.kette.Lebensphase;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kette.Uebergang;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Programmteilnahme;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.Sozialraumebene;
import de.kekiz.domain.leitbild.Handlungsziel;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.domain.leitbild.Leitziel;
import de.kekiz.domain.leitbild.Praeventionsleitlinie;
import de.kekiz.monitoring.veroeffentlichung.Berichtsteil;
import de.kekiz.monitoring.veroeffentlichung.Gruppenvergleich;
import de.kekiz.monitoring.veroeffentlichung.Kettenreife;
import de.kekiz.monitoring.veroeffentlichung.Kriteriumsergebnis;
import de.kekiz.monitoring.veroeffentlichung.Reifegrad;
import de.kekiz.monitoring.veroeffentlichung.Wirkungsvergleich;
import de.kekiz.monitoring.veroeffentlichung.Zielarbeit;
import de.kekiz.reporting.bericht.Formatierung;
import de.kekiz.reporting.internal.Auswertungstext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Writes a short plain-text summary of one Kommune: who it is, its Sozialräume, its Leitbild's
 * goals, its Präventionskette's phases and Angebote, and which indicators it observes; and, from a
 * release ({@link #schreibeAuswertung(Berichtsteil)}), the chain's maturity score, the Zielbeiträge
 * and the effect comparisons.
 *
 * <p>{@link #schreibe} prints structure and counts only, never an indicator value, so it needs no
 * protection of small numbers; {@link #schreibeAuswertung} prints only what the release published.
 * German wording, {@code Locale.GERMANY} number formats. Not thread-safe while writing; create one
 * per output.
 */
public final class TextZusammenfassung {

  private final Writer out;
  private final LocalDate stichtag;

  /**
   * @param out where the text goes; the caller closes it
   * @param stichtag the date the Sozialräume and participations are read for
   */
  public TextZusammenfassung(Writer out, LocalDate stichtag) {
    this.out = requireNonNull(out, "out");
    this.stichtag = requireNonNull(stichtag, "stichtag");
  }

  /**
   * Writes the summary of one Kommune.
   *
   * @param kommune the Kommune
   * @param leitbild its Leitbild in force, or null if it has none
   * @param kette its Präventionskette, or null if it has none
   * @param indikatoren the indicator definitions its Messwerte refer to
   * @param messwerte its Messwerte
   * @throws UncheckedIOException if writing fails
   */
  public void schreibe(
      Kommune kommune,
      @Nullable Leitbild leitbild,
      @Nullable Praeventionskette kette,
      List<Indikator> indikatoren,
      List<Messwert> messwerte) {
    kopf(kommune);
    sozialraeume(kommune);
    leitbild(leitbild);
    kette(kette);
    indikatoren(indikatoren, messwerte);
    zeile("");
  }

  /**
   * Writes what the release computed for one Kommune: the maturity score of its chain with its
   * development, who works on which Handlungsziel ("Wer tut was") and the effect comparisons, each
   * as the core's release result has it ({@link Berichtsteil#reife()}, {@link
   * Berichtsteil#zielarbeit()}, {@link Berichtsteil#wirkung()}); the counts and shares of a
   * comparison are the release's published group sums. Nothing is computed here.
   *
   * @param teil the release's part of the Kommune
   * @throws UncheckedIOException if writing fails
   */
  public void schreibeAuswertung(Berichtsteil teil) {
    requireNonNull(teil, "teil");
    Kettenreife reife = teil.reife();
    if (reife.aktuell().isPresent()) {
      Reifegrad r = reife.aktuell().get();
      zeile("  Reifegrad der Präventionskette: " + Auswertungstext.reifesatz(r));
      for (Kriteriumsergebnis e : r.ergebnisse()) {
        zeile(
            "    "
                + (e.erfuellt() ? "[x] " : "[ ] ")
                + e.kriterium().bezeichnung()
                + " (Station "
                + e.stufe().nummer()
                + "): "
                + e.begruendung());
      }
      if (reife.verlauf().size() > 1) {
        zeile(
            "    Entwicklung: "
                + reife.verlauf().stream()
                    .map(g -> Formatierung.datum(g.stichtag()) + " " + g.punkte())
                    .collect(Collectors.joining(", "))
                + " (Punkte von "
                + r.hoechstpunkte()
                + ")");
      }
    }
    List<Zielarbeit> zielarbeit = teil.zielarbeit();
    if (!zielarbeit.isEmpty()) {
      zeile("  Wer tut was (Stand " + Formatierung.datum(teil.stichtag()) + "):");
      for (Zielarbeit z : zielarbeit) {
        zeile(
            "    Handlungsziel "
                + Auswertungstext.handlungsziel(z)
                + " — "
                + z.art().bezeichnung()
                + ": "
                + z.name()
                + z.aufgabeWert().map(a -> " (" + a + ")").orElse("")
                + "; "
                + Auswertungstext.gebiete(teil.kommune(), z.sozialraeume(), teil.stichtag())
                + "; seit "
                + z.seitWert().map(Formatierung::datum).orElse("nicht erfasst"));
      }
    }
    List<Wirkungsvergleich> vergleiche = teil.wirkung().alleVergleiche();
    if (!vergleiche.isEmpty()) {
      zeile("  Wirkungsvergleich (Differenz der Differenzen, 95-%-Konfidenzintervalle):");
      for (Wirkungsvergleich v : vergleiche) {
        zeile(
            "    "
                + Auswertungstext.massnahme(v)
                + ", seit "
                + Formatierung.datum(v.beginn())
                + (v.handlungsziel() == null ? "" : ", Handlungsziel " + v.handlungsziel())
                + " — "
                + v.indikatorname()
                + ": "
                + v.befund().bezeichnung());
        Gruppenvergleich g = v.werte();
        if (g == null) {
          zeile("      " + v.grund().orElse(""));
          continue;
        }
        zeile(
            "      mit Maßnahme ("
                + Auswertungstext.namen(v.mitMassnahme())
                + "): "
                + g.vorher()
                + " "
                + Auswertungstext.anteil(g.mitVorher())
                + ", "
                + g.nachher()
                + " "
                + Auswertungstext.anteil(g.mitNachher()));
        zeile(
            "      Vergleichsgruppe ("
                + Auswertungstext.namen(v.vergleichsgruppe())
                + "): "
                + g.vorher()
                + " "
                + Auswertungstext.anteil(g.ohneVorher())
                + ", "
                + g.nachher()
                + " "
                + Auswertungstext.anteil(g.ohneNachher()));
        zeile(
            "      Differenz der Differenzen: "
                + Auswertungstext.prozentpunkte(g.differenzDerDifferenzen())
                + " Prozentpunkte ("
                + Auswertungstext.intervall(g.intervall())
                + ")");
      }
    }
  }

  private void kopf(Kommune k) {
    zeile(k.name() + " (AGS " + k.schluessel() + ")");
    String jugendamt =
        k.hatEigenesJugendamt()
            ? "eigenes Jugendamt"
            : "Jugendamt des Kreises (" + k.jugendamt() + ")";
    zeile(
        "  "
            + k.art().bezeichnung()
            + (k.kreisfrei() && k.art().kreisangehoerig() ? ", kreisfrei" : "")
            + ", "
            + jugendamt);
    List<Programmteilnahme> teilnahmen = k.teilnahmen();
    if (teilnahmen.isEmpty()) {
      zeile("  Programme: keine");
    }
    for (Programmteilnahme t : teilnahmen) {
      StringBuilder s =
          new StringBuilder("  Programm: ")
              .append(t.programm().name())
              .append(", Phase ")
              .append(t.phasenname())
              .append(", ")
              .append(Formatierung.datum(t.zeitraum().von()))
              .append(
                  t.zeitraum().ende().map(e -> " bis " + Formatierung.datum(e)).orElse(", offen"));
      if (t.koordination() != null) {
        java.math.BigDecimal anteil = t.koordination().anteil().stripTrailingZeros();
        s.append(", Koordination ")
            .append(Formatierung.zahl(anteil, Math.max(0, anteil.scale())))
            .append(" Stelle");
      }
      zeile(s.toString());
    }
  }

  private void sozialraeume(Kommune k) {
    List<Sozialraum> aktuell = k.sozialraeumeAm(stichtag);
    Map<Sozialraumebene, Integer> proEbene = new EnumMap<>(Sozialraumebene.class);
    for (Sozialraum s : aktuell) {
      proEbene.merge(s.ebene(), 1, Integer::sum);
    }
    String ebenen =
        proEbene.entrySet().stream()
            .map(
                e ->
                    anzahl(
                        e.getValue(),
                        de.kekiz.monitoring.veroeffentlichung.Gebietsart.von(e.getKey()).einzahl(),
                        de.kekiz.monitoring.veroeffentlichung.Gebietsart.von(e.getKey())
                            .mehrzahl()))
            .collect(Collectors.joining(", "));
    long versionen = k.sozialraeume().size();
    zeile(
        "  Sozialräume am "
            + Formatierung.datum(stichtag)
            + ": "
            + aktuell.size()
            + (ebenen.isEmpty() ? "" : " (" + ebenen + ")")
            + (versionen > aktuell.size() ? "; " + versionen + " Gebietsstände insgesamt" : ""));
  }

  private void leitbild(@Nullable Leitbild l) {
    if (l == null) {
      zeile("  Leitbild: keines");
      return;
    }
    zeile(
        "  Leitbild „"
            + l.titel()
            + "“, Fassung "
            + l.fassung()
            + l.beschlossenAm()
                .map(d -> ", Ratsbeschluss " + Formatierung.datum(d))
                .orElse(", Entwurf"));
    if (!l.leitlinien().isEmpty()) {
      zeile(
          "    Leitlinien: "
              + l.leitlinien().stream()
                  .map(Praeventionsleitlinie::bezeichnung)
                  .collect(Collectors.joining("; ")));
    }
    for (Leitziel z : l.leitziele()) {
      zeile("    Leitziel " + z.key() + ": " + z.titel());
      for (Handlungsziel h : z.handlungsziele()) {
        zeile(
            "      Handlungsziel "
                + h.key()
                + ": "
                + h.titel()
                + " ("
                + anzahl(h.indikatoren().size(), "Indikator", "Indikatoren")
                + ", "
                + anzahl(h.zielwerte().size(), "Zielwert", "Zielwerte")
                + ")");
      }
    }
  }

  private void kette(@Nullable Praeventionskette k) {
    if (k == null) {
      zeile("  Präventionskette: keine");
      return;
    }
    zeile(
        "  Präventionskette: "
            + anzahl(k.lebensphasen().size(), "Lebensphase", "Lebensphasen")
            + ", "
            + anzahl(k.handlungsfelder().size(), "Handlungsfeld", "Handlungsfelder")
            + ", "
            + anzahl(k.akteure().size(), "Akteur", "Akteure")
            + ", "
            + anzahl(k.angebote().size(), "Angebot", "Angebote"));
    for (Lebensphase p : k.lebensphasen()) {
      SortedMap<String, Integer> proFeld = new TreeMap<>();
      for (Handlungsfeld f : k.handlungsfelder()) {
        int n = k.angeboteIn(p.key(), f.key()).size();
        if (n > 0) {
          proFeld.put(f.name(), n);
        }
      }
      long inPhase = k.angebote().stream().filter(a -> a.lebensphasen().contains(p.key())).count();
      zeile(
          "    "
              + p.name()
              + " ("
              + Auswertungstext.alter(p.alter())
              + "): "
              + anzahl(inPhase, "Angebot", "Angebote")
              + (proFeld.isEmpty()
                  ? ""
                  : " — "
                      + proFeld.entrySet().stream()
                          .map(e -> e.getKey() + " " + e.getValue())
                          .collect(Collectors.joining(", "))));
    }
    List<Uebergang> offen = k.offeneUebergaenge();
    zeile(
        "    Übergänge ohne aktives Angebot: "
            + (offen.isEmpty()
                ? "keine"
                : offen.stream().map(Uebergang::name).collect(Collectors.joining(", "))));
    long aktiv = k.angebote().stream().filter(Angebot::aktiv).count();
    zeile("    Angebote aktiv: " + aktiv + " von " + k.angebote().size());
  }

  private void indikatoren(List<Indikator> indikatoren, List<Messwert> messwerte) {
    SortedMap<IndikatorKey, Statistik> proIndikator = new TreeMap<>();
    for (Messwert m : messwerte) {
      proIndikator.computeIfAbsent(m.indikator().key(), key -> new Statistik()).zaehle(m);
    }
    zeile(
        "  Indikatoren: "
            + proIndikator.size()
            + " mit "
            + String.format(Locale.GERMANY, "%,d", messwerte.size())
            + (messwerte.size() == 1 ? " Messwert" : " Messwerten"));
    for (Map.Entry<IndikatorKey, Statistik> e : proIndikator.entrySet()) {
      String name =
          indikatoren.stream()
              .filter(i -> i.key().equals(e.getKey()))
              .map(Indikator::name)
              .findFirst()
              .orElse("(Definition fehlt)");
      Statistik s = e.getValue();
      zeile(
          "    "
              + e.getKey()
              + ": "
              + name
              + " — "
              + String.format(Locale.GERMANY, "%,d", s.anzahl)
              + (s.anzahl == 1 ? " Messwert, " : " Messwerte, ")
              + (Objects.equals(s.von, s.bis) ? String.valueOf(s.von) : s.von + " bis " + s.bis));
    }
  }

  private void zeile(String text) {
    try {
      out.write(text);
      out.write(System.lineSeparator());
    } catch (IOException e) {
      throw new UncheckedIOException("writing the summary failed", e);
    }
  }

  private static final class Statistik {
    long anzahl;
    @Nullable Periode von;
    @Nullable Periode bis;

    void zaehle(Messwert m) {
      anzahl++;
      if (von == null || m.periode().compareTo(von) < 0) {
        von = m.periode();
      }
      if (bis == null || m.periode().compareTo(bis) > 0) {
        bis = m.periode();
      }
    }
  }

  /** {@code n} with thousands separators and the noun in singular or plural: {@code 1 Angebot}. */
  private static String anzahl(long n, String einzahl, String mehrzahl) {
    return String.format(Locale.GERMANY, "%,d", n) + " " + (n == 1 ? einzahl : mehrzahl);
  }
}

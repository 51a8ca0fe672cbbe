package de.kekiz.importe;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.kommune.Kommune;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads the population of the Sozialräume of a Kommune by age group from a GENESIS "flat" CSV
 * export (ffcsv, the current long or the 2024 wide format, see {@link GenesisCsvLeser}), e.g. a
 * table of population by Gemeinde and age group such as 12411-02-03-5 for the Gemeinden of a Kreis.
 *
 * <p>What a value becomes:
 *
 * <ul>
 *   <li><b>area</b>: the attribute code of the regional variable ({@code GEMEIN}, {@code KREISE},
 *       {@code GEO…}, or the one named) is the key of the Sozialraum; values of areas that are no
 *       Sozialraum of the Kommune valid on the reference date are skipped (a national table may be
 *       read for one Kreis);
 *   <li><b>age group</b>: the label of the age variable (code beginning with {@code ALT}), e.g.
 *       {@code unter 3 Jahre}, {@code 3 bis unter 6 Jahre}, {@code 75 Jahre und mehr}; its total
 *       ({@code Insgesamt}) is not stored but checked: if the age groups of an area cover every age
 *       they must add up to it. A table without age variable gives the total (all ages);
 *   <li><b>other variables</b> (sex, nationality, …): only their total is taken;
 *   <li><b>date</b>: only values of the reference date given are taken;
 *   <li><b>value</b>: the value variable given, or the only one of the file; the unit must count
 *       persons ({@code Anzahl}); {@code -} is 0; a value without number ({@code .}, {@code /}, …)
 *       is skipped.
 * </ul>
 *
 * <p>All or nothing: every error names file, line, column, header and value; a file with an error,
 * or one that gives no figure for the Kommune (the error says why: other dates, other areas), gives
 * no figure. {@link BevoelkerungstabelleLeser#uebernimm} then stores the figures. Instances hold no
 * state and may be shared.
 */
public final class GenesisBevoelkerungLeser {

  /** A reader; it holds no state. */
  public GenesisBevoelkerungLeser() {}

  /**
   * Whether {@code datei} starts like a GENESIS ffcsv export (or a GENESIS cube export, which
   * {@link #lese} refuses with its own message), told by its first line.
   *
   * @param datei the file
   * @return whether line 1 is a GENESIS header
   * @throws UnlesbareDateiException if the file is missing or not UTF-8 text
   */
  public static boolean istGenesis(Path datei) {
    requireNonNull(datei, "datei");
    if (Dateiart.istZip(datei)) {
      return false;
    }
    try (Textdatei t = Textdatei.oeffne(datei)) {
      String kopf = t.naechsteZeile();
      return kopf != null && (GenesisKopf.istGenesis(kopf) || GenesisKopf.istWuerfel(kopf));
    }
  }

  /**
   * What a GENESIS file gave for one Kommune: the figures (or the errors) and what was skipped.
   *
   * @param zahlen the figures of the Sozialräume, or the errors
   * @param wertmerkmal the value variable read, e.g. {@code BEVSTD}; empty if none was found
   * @param uebersprungen one German line per kind of value skipped, e.g. {@code 1.440 Werte anderer
   *     Gebiete}
   */
  public record Auszug(
      Leseergebnis<BevoelkerungstabelleLeser.Sozialraumzahl> zahlen,
      String wertmerkmal,
      ImmutableList<String> uebersprungen) {
    /**
     * Checks that nothing is missing.
     *
     * @param zahlen the figures or errors
     * @param wertmerkmal the value variable read
     * @param uebersprungen the lines about skipped values
     */
    public Auszug {
      requireNonNull(zahlen, "zahlen");
      requireNonNull(wertmerkmal, "wertmerkmal");
      uebersprungen = ImmutableList.copyOf(uebersprungen);
    }
  }

  /**
   * Reads the population of the Sozialräume of {@code kommune} on {@code stichtag} from {@code
   * datei}.
   *
   * @param datei the GENESIS ffcsv export
   * @param kommune the Kommune, with its Sozialräume (their keys are the regional codes read)
   * @param stichtag the reference date; values of other dates are skipped
   * @param wertmerkmal the value variable to read, e.g. {@code BEVSTD}, or {@code null} for the
   *     only one of the file
   * @param raummerkmal the variable that names the area, or {@code null} for the standard regional
   *     variable ({@code GEMEIN}, {@code KREISE}, {@code GEO…} and the others of {@link
   *     Importzuordnung#REGIONALMERKMALE})
   * @return the figures, or every error with file, line, column and value
   * @throws UnlesbareDateiException if the file cannot be read as a GENESIS ffcsv export
   */
  public Auszug lese(
      Path datei,
      Kommune kommune,
      LocalDate stichtag,
      @Nullable String wertmerkmal,
      @Nullable String raummerkmal) {
    requireNonNull(datei, "datei");
    requireNonNull(kommune, "kommune");
    requireNonNull(stichtag, "stichtag");
    List<String> kopf;
    try (Textdatei t = Textdatei.oeffne(datei)) {
      String z = t.naechsteZeile();
      kopf = z == null ? List.of() : List.of(z.split(";", -1));
    }
    Lauf lauf = new Lauf(datei, kopf, kommune, stichtag, wertmerkmal, raummerkmal);
    new GenesisCsvLeser().leseWerte(datei, lauf::wert, lauf.fehler::add);
    return lauf.ergebnis();
  }

  /** One figure as read, before the check of its area. */
  private record Wert(
      String raum,
      @Nullable Altersspanne alter,
      String label,
      long anzahl,
      long zeile,
      int raumspalte,
      int wertspalte,
      String spaltenname,
      String text) {}

  /** The state of one reading. */
  private static final class Lauf {
    private final Path datei;
    private final List<String> kopf;
    private final Kommune kommune;
    private final LocalDate stichtag;
    private final @Nullable String wertmerkmal;
    private final @Nullable String raummerkmal;
    private final Set<String> raeume;
    final List<Importfehler> fehler = new ArrayList<>();

    /** Values of the Kommune's areas on the date, by value variable. */
    private final Map<String, List<Wert>> werte = new LinkedHashMap<>();

    private final Map<String, String> wertmerkmale = new LinkedHashMap<>();
    private final TreeSet<LocalDate> andereTage = new TreeSet<>();
    private final Map<String, String> andereGebiete = new LinkedHashMap<>();
    private long anderesWertmerkmal;
    private long anderesGebiet;
    private long andererTag;
    private long ohneGebiet;
    private long aufgeschluesselt;
    private long ohneZahl;

    Lauf(
        Path datei,
        List<String> kopf,
        Kommune kommune,
        LocalDate stichtag,
        @Nullable String wertmerkmal,
        @Nullable String raummerkmal) {
      this.datei = datei;
      this.kopf = kopf;
      this.kommune = kommune;
      this.stichtag = stichtag;
      this.wertmerkmal = wertmerkmal == null ? null : wertmerkmal.strip();
      this.raummerkmal = raummerkmal == null ? null : raummerkmal.strip();
      this.raeume =
          kommune.sozialraeume().stream()
              .filter(s -> s.gueltigAm(stichtag))
              .map(s -> s.id().code())
              .collect(Collectors.toCollection(TreeSet::new));
    }

    private void fehler(long zeile, int spalte, String name, String wert, String grund) {
      fehler.add(new Importfehler(datei, null, zeile, spalte, name, wert, grund));
    }

    void wert(GenesisWert w) {
      wertmerkmale.putIfAbsent(w.wertmerkmal(), w.wertmerkmalLabel());
      if (wertmerkmal != null && !w.wertmerkmal().equals(wertmerkmal)) {
        anderesWertmerkmal++;
        return;
      }
      GenesisMerkmal raum = null;
      GenesisMerkmal alter = null;
      boolean nurSummen = true;
      for (GenesisMerkmal m : w.merkmale()) {
        boolean istRaum =
            raum == null
                && (raummerkmal != null
                    ? m.code().equals(raummerkmal)
                    : Importzuordnung.istRegionalmerkmal(m.code()));
        if (istRaum) {
          raum = m;
        } else if (alter == null && m.code().toUpperCase(Locale.ROOT).startsWith("ALT")) {
          alter = m;
        } else if (!m.insgesamt()) {
          nurSummen = false;
        }
      }
      if (raum == null) {
        ohneGebiet++;
        return;
      }
      String code = raum.auspraegungCode().strip();
      if (!raeume.contains(code)) {
        anderesGebiet++;
        if (andereGebiete.size() < 5) {
          andereGebiete.putIfAbsent(code, raum.auspraegungLabel().strip());
        }
        return;
      }
      Optional<LocalDate> tag = w.zeit().stichtag();
      if (tag.isEmpty() || !tag.get().equals(stichtag)) {
        andererTag++;
        tag.ifPresent(andereTage::add);
        return;
      }
      if (!nurSummen) {
        aufgeschluesselt++;
        return;
      }
      int spalte = w.wertSpalte();
      String name = name(spalte);
      if (!Importzuordnung.PERSONENEINHEITEN.contains(w.einheit().toLowerCase(Locale.ROOT))) {
        fehler(
            w.zeile(),
            spalte,
            name,
            w.wertText(),
            "eine Bevölkerungszahl braucht die Einheit 'Anzahl' (Personen), der Wert hat '"
                + w.einheit()
                + "'");
        return;
      }
      Altersspanne gruppe = null;
      if (alter != null && !alter.insgesamt()) {
        Optional<Altersspanne> a = Altersgruppen.ausLabel(alter.auspraegungLabel());
        if (a.isEmpty()) {
          fehler(
              w.zeile(),
              alter.spalte() + 1,
              name(alter.spalte() + 1),
              alter.auspraegungLabel().strip(),
              "die Bezeichnung nennt keine Altersgruppe wie 'unter 3 Jahre', '3 bis unter 6"
                  + " Jahre' oder '75 Jahre und mehr'");
          return;
        }
        gruppe = a.get();
      }
      BigDecimal zahl = w.zaehler();
      if (zahl == null) {
        ohneZahl++;
        return;
      }
      long anzahl;
      try {
        anzahl = zahl.longValueExact();
      } catch (ArithmeticException e) {
        fehler(
            w.zeile(),
            spalte,
            name,
            w.wertText(),
            "eine Bevölkerungszahl braucht eine ganze Zahl von Personen");
        return;
      }
      if (anzahl < 0) {
        fehler(w.zeile(), spalte, name, w.wertText(), "eine Bevölkerungszahl ist nicht negativ");
        return;
      }
      werte
          .computeIfAbsent(w.wertmerkmal(), k -> new ArrayList<>())
          .add(
              new Wert(
                  code,
                  gruppe,
                  alter == null ? "Insgesamt" : alter.auspraegungLabel().strip(),
                  anzahl,
                  w.zeile(),
                  raum.spalte(),
                  spalte,
                  name,
                  w.wertText()));
    }

    /** The header of column {@code spalte} (from 1). */
    private String name(int spalte) {
      return spalte >= 1 && spalte <= kopf.size() ? GenesisKopf.kurz(kopf.get(spalte - 1)) : "";
    }

    Auszug ergebnis() {
      String gewaehlt = wertmerkmal;
      if (gewaehlt == null && werte.size() > 1) {
        fehler.add(
            new Importfehler(
                datei,
                null,
                1,
                0,
                "",
                "",
                "die Datei hat für die Sozialräume mehrere Wertmerkmale: "
                    + liste(werte.keySet())
                    + "; --wertmerkmal CODE wählt eines"));
      }
      if (gewaehlt == null) {
        gewaehlt = werte.isEmpty() ? "" : werte.keySet().iterator().next();
      }
      List<Wert> gelesen = werte.getOrDefault(gewaehlt, List.of());
      List<BevoelkerungstabelleLeser.Sozialraumzahl> zahlen = new ArrayList<>();
      pruefe(gelesen, zahlen);
      if (fehler.isEmpty() && zahlen.isEmpty()) {
        fehler.add(new Importfehler(datei, null, 1, 0, "", "", warumNichts(gewaehlt)));
      }
      return new Auszug(
          fehler.isEmpty()
              ? Leseergebnis.gut(datei, zahlen)
              : Leseergebnis.fehlerhaft(datei, fehler),
          gewaehlt,
          uebersprungen());
    }

    /** Checks each area's values (no age group twice, no overlap, the total) and keeps them. */
    private void pruefe(List<Wert> gelesen, List<BevoelkerungstabelleLeser.Sozialraumzahl> zahlen) {
      Map<String, List<Wert>> nachRaum = new LinkedHashMap<>();
      for (Wert w : gelesen) {
        nachRaum.computeIfAbsent(w.raum(), k -> new ArrayList<>()).add(w);
      }
      for (List<Wert> raum : nachRaum.values()) {
        Wert summe = null;
        List<Wert> gruppen = new ArrayList<>();
        boolean gut = true;
        for (Wert w : raum) {
          Altersspanne a = w.alter();
          if (a == null) {
            if (summe != null) {
              doppelt(w, summe);
              gut = false;
            } else {
              summe = w;
            }
            continue;
          }
          for (Wert g : gruppen) {
            Altersspanne b = requireNonNull(g.alter());
            if (b.ueberlappt(a)) {
              if (b.equals(a)) {
                doppelt(w, g);
              } else {
                fehler(
                    w.zeile(),
                    w.wertspalte(),
                    w.spaltenname(),
                    w.text(),
                    "die Altersgruppe '"
                        + w.label()
                        + "' überschneidet sich mit '"
                        + g.label()
                        + "' in Zeile "
                        + g.zeile());
              }
              gut = false;
            }
          }
          gruppen.add(w);
        }
        if (!gut) {
          continue;
        }
        if (gruppen.isEmpty()) {
          Wert s = requireNonNull(summe);
          zahlen.add(zahl(s, Bevoelkerungszahl.ALLE_ALTER));
          continue;
        }
        if (summe != null && vollstaendig(gruppen)) {
          long zusammen = gruppen.stream().mapToLong(Wert::anzahl).sum();
          if (zusammen != summe.anzahl()) {
            fehler(
                summe.zeile(),
                summe.wertspalte(),
                summe.spaltenname(),
                summe.text(),
                "die Altersgruppen von "
                    + summe.raum()
                    + " ergeben zusammen "
                    + zusammen
                    + ", nicht "
                    + summe.anzahl());
            continue;
          }
        }
        for (Wert g : gruppen) {
          zahlen.add(zahl(g, requireNonNull(g.alter())));
        }
      }
    }

    private static BevoelkerungstabelleLeser.Sozialraumzahl zahl(Wert w, Altersspanne a) {
      return new BevoelkerungstabelleLeser.Sozialraumzahl(
          w.raum(), a, w.anzahl(), w.label(), w.zeile(), w.raumspalte());
    }

    private void doppelt(Wert w, Wert frueher) {
      fehler(
          w.zeile(),
          w.wertspalte(),
          w.spaltenname(),
          w.text(),
          "der Sozialraum "
              + w.raum()
              + " hat die Altersgruppe '"
              + w.label()
              + "' schon in Zeile "
              + frueher.zeile());
    }

    /** Whether the age groups cover every age from 0, without gap, up to an open end. */
    private static boolean vollstaendig(List<Wert> gruppen) {
      List<Altersspanne> a =
          gruppen.stream()
              .map(w -> requireNonNull(w.alter()))
              .sorted(Comparator.comparingInt(Altersspanne::von))
              .toList();
      int naechstes = 0;
      for (Altersspanne s : a) {
        if (s.von() != naechstes) {
          return false;
        }
        Integer bis = s.bis();
        if (bis == null) {
          return true;
        }
        naechstes = bis + 1;
      }
      return false;
    }

    private String warumNichts(String gewaehlt) {
      String name = Anzeigetext.sichtbar(kommune.name()) + " (" + kommune.schluessel() + ")";
      StringBuilder b = new StringBuilder("nichts zu übernehmen: ");
      if (raeume.isEmpty()) {
        return b.append(name)
            .append(" hat keinen Sozialraum, der am ")
            .append(Anzeigetext.datum(stichtag))
            .append(" gilt (kekiz sozialraeume legt Sozialräume an)")
            .toString();
      }
      if (wertmerkmal != null && !wertmerkmale.containsKey(wertmerkmal)) {
        return b.append("die Datei hat kein Wertmerkmal ")
            .append(wertmerkmal)
            .append("; sie hat ")
            .append(beschrieben(wertmerkmale))
            .toString();
      }
      if (anderesGebiet + andererTag + aufgeschluesselt + ohneZahl == 0 && ohneGebiet > 0) {
        return b.append("die Werte der Datei nennen kein Gebiet")
            .append(
                raummerkmal == null
                    ? " (Merkmal GEMEIN, KREISE, GEO… o. ä.); --raum-merkmal CODE nennt das"
                        + " Merkmal der Sozialräume"
                    : " im Merkmal " + raummerkmal)
            .toString();
      }
      if (andererTag + aufgeschluesselt + ohneZahl == 0) {
        return b.append("die Datei nennt keinen Sozialraum von ")
            .append(name)
            .append(", der am ")
            .append(Anzeigetext.datum(stichtag))
            .append(" gilt; ihre Gebiete sind z. B. ")
            .append(beschrieben(andereGebiete))
            .append(", die Sozialräume z. B. ")
            .append(liste(raeume.stream().limit(5).toList()))
            .toString();
      }
      if (aufgeschluesselt + ohneZahl == 0) {
        return b.append("die Datei hat für die Sozialräume keine Werte zum ")
            .append(Anzeigetext.datum(stichtag))
            .append("; sie hat Werte zum ")
            .append(andereTage.stream().map(Anzeigetext::datum).collect(Collectors.joining(", ")))
            .append(" (--stichtag wählt einen)")
            .toString();
      }
      return b.append("die Werte ")
          .append(gewaehlt.isEmpty() ? "" : gewaehlt + " ")
          .append("der Sozialräume zum ")
          .append(Anzeigetext.datum(stichtag))
          .append(" sind alle nach anderen Merkmalen als dem Alter aufgeschlüsselt (")
          .append(aufgeschluesselt)
          .append(") oder ohne Zahl (")
          .append(ohneZahl)
          .append(")")
          .toString();
    }

    private ImmutableList<String> uebersprungen() {
      ImmutableList.Builder<String> b = ImmutableList.builder();
      zeile(b, anderesGebiet, "anderer Gebiete");
      zeile(b, andererTag, "anderer Stichtage");
      zeile(b, anderesWertmerkmal, "anderer Wertmerkmale");
      zeile(b, aufgeschluesselt, "nach Geschlecht oder anderen Merkmalen aufgeschlüsselt");
      zeile(b, ohneZahl, "ohne Zahl ('.', '/', '...', 'x')");
      zeile(b, ohneGebiet, "ohne Gebiet");
      return b.build();
    }

    private static void zeile(ImmutableList.Builder<String> b, long n, String was) {
      if (n > 0) {
        b.add(Anzeigetext.zahl(n) + (n == 1 ? " Wert " : " Werte ") + was);
      }
    }

    private static String liste(java.util.Collection<String> codes) {
      return String.join(", ", codes);
    }

    private static String beschrieben(Map<String, String> codes) {
      return codes.entrySet().stream()
          .map(e -> e.getKey() + (e.getValue().isEmpty() ? "" : " " + e.getValue()))
          .collect(Collectors.joining(", "));
    }
  }
}

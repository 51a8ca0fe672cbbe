package de.kekiz.importe;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Why an import file gave nothing to store, told from its content, so that an import that would
 * store nothing fails with a reason a person can act on ("die Datei enthält nur Kreise und
 * kreisfreie Städte; 05570004 ist nicht darunter") instead of succeeding silently.
 *
 * <p>{@link #leer(Importergebnis)} says whether a result gave nothing: no object, no value skipped
 * as read before, no error. {@link #erklaere} then reads the file once more, streaming, and names
 * the last obstacle the values met, in the order a GENESIS value passes them: its value variable
 * ({@link Ursache#ANDERES_WERTMERKMAL}), an area of a Kommune ({@link Ursache#KEIN_KOMMUNEBEZUG}),
 * the selected area ({@link Ursache#ANDERES_GEBIET}), the totals of the other variables ({@link
 * Ursache#ANDERE_AUSPRAEGUNG}), a number ({@link Ursache#OHNE_ZAHL}); for a kekiz file the area or
 * values a report suppressed ({@link Ursache#NUR_GESPERRT}). The {@link Befund} carries the facts
 * (the value variables of the file, the variables and attributes in the way), so that a caller can
 * say which of its own options would help. Instances hold no state.
 */
public final class Importdiagnose {

  /** The most examples a text lists (areas, attributes, value variables). */
  private static final int BEISPIELE = 8;

  private Importdiagnose() {}

  /** What kept every value of a file out. */
  public enum Ursache {
    /** The file has its header and no data row. */
    KEINE_DATENZEILEN,
    /** The file has no value of the value variable asked for (GENESIS). */
    ANDERES_WERTMERKMAL,
    /** The values name no Kreis or Gemeinde: only Bund, Land, Regierungsbezirk, or no area. */
    KEIN_KOMMUNEBEZUG,
    /** The values belong to other Kommunen than the one selected. */
    ANDERES_GEBIET,
    /**
     * Every value of the selected area has a classifying variable at another attribute than its
     * total (GENESIS).
     */
    ANDERE_AUSPRAEGUNG,
    /** Every population figure is a special value without a number (GENESIS). */
    OHNE_ZAHL,
    /** Every value was suppressed or pooled by a kekiz report ({@code messwerte.csv}). */
    NUR_GESPERRT
  }

  /**
   * Why a file gave nothing.
   *
   * @param ursache the last obstacle the values met
   * @param text the reason in German, for a person, with the file's own codes and labels
   * @param wertmerkmale the value variables of a GENESIS file (code → label and unit), for {@link
   *     Ursache#ANDERES_WERTMERKMAL}; empty otherwise
   * @param merkmale the variables whose attributes kept the values out (code → attributes as {@code
   *     CODE (Label)}), for {@link Ursache#ANDERE_AUSPRAEGUNG}; empty otherwise
   */
  public record Befund(
      Ursache ursache,
      String text,
      ImmutableMap<String, String> wertmerkmale,
      ImmutableMap<String, ImmutableList<String>> merkmale) {
    /**
     * Creates the value; each component is as the record comment describes it.
     *
     * @param ursache the last obstacle the values met
     * @param text the reason in German, for a person, with the file's own codes and labels
     * @param wertmerkmale the value variables of a GENESIS file (code → label and unit), for {@link
     *     Ursache#ANDERES_WERTMERKMAL}; empty otherwise
     * @param merkmale the variables whose attributes kept the values out (code → attributes as
     *     {@code CODE (Label)}), for {@link Ursache#ANDERE_AUSPRAEGUNG}; empty otherwise
     */
    public Befund {
      requireNonNull(ursache, "ursache");
      requireNonNull(text, "text");
      wertmerkmale = ImmutableMap.copyOf(wertmerkmale);
      merkmale = ImmutableMap.copyOf(merkmale);
    }

    static Befund nur(Ursache ursache, String text) {
      return new Befund(ursache, text, ImmutableMap.of(), ImmutableMap.of());
    }
  }

  /**
   * Whether {@code ergebnis} gave nothing to store and nothing went wrong: no object, no value
   * skipped as read before (a file that repeats another one is not empty), no error.
   *
   * @param ergebnis the result of an import
   * @return whether the import gave nothing at all
   */
  public static boolean leer(Importergebnis ergebnis) {
    requireNonNull(ergebnis, "ergebnis");
    return ergebnis.anzahl() == 0
        && ergebnis.fehlerGesamt() == 0
        && ergebnis.uebersprungen(Ueberspringgrund.DOPPELT) == 0;
  }

  /**
   * Why {@code datei}, read with {@code zuordnung} and {@code optionen} into {@code ergebnis}, gave
   * nothing.
   *
   * @param datei the imported file
   * @param zuordnung the GENESIS mapping used (ignored for a kekiz file), or {@code null}
   * @param optionen the options the file was imported with
   * @param ergebnis the result of that import
   * @return why the file gave nothing
   * @throws UnlesbareDateiException if the file cannot be read again
   */
  public static Befund erklaere(
      Path datei,
      @Nullable Importzuordnung zuordnung,
      Importoptionen optionen,
      Importergebnis ergebnis) {
    requireNonNull(datei, "datei");
    requireNonNull(optionen, "optionen");
    requireNonNull(ergebnis, "ergebnis");
    if (ergebnis.zeilenGelesen() == 0) {
      return Befund.nur(
          Ursache.KEINE_DATENZEILEN, "die Datei hat keine Datenzeilen, nur die Kopfzeile");
    }
    if (zuordnung == null || Dateiart.erkenne(datei) != Dateiart.GENESIS_CSV) {
      return kekiz(datei, optionen, ergebnis);
    }
    if (ergebnis.uebersprungen(Ueberspringgrund.OHNE_ZAHL) > 0) {
      return Befund.nur(
          Ursache.OHNE_ZAHL,
          "keine der "
              + ergebnis.uebersprungen(Ueberspringgrund.OHNE_ZAHL)
              + " Bevölkerungszahlen für "
              + optionen.gebiet()
              + " hat eine Zahl (nur Sonderzeichen wie '.', '...' oder '/')");
    }
    Genesisuebersicht u = Genesisuebersicht.lies(datei, zuordnung, optionen.gebiet());
    if (ergebnis.uebersprungen(Ueberspringgrund.ANDERE_AUSPRAEGUNG) > 0) {
      return u.andereAuspraegung(zuordnung, optionen.gebiet());
    }
    if (ergebnis.uebersprungen(Ueberspringgrund.ANDERES_GEBIET) > 0) {
      return u.anderesGebiet(zuordnung, optionen.gebiet());
    }
    if (ergebnis.uebersprungen(Ueberspringgrund.OHNE_KOMMUNE) > 0) {
      return u.ohneKommune(zuordnung);
    }
    return u.anderesWertmerkmal(zuordnung);
  }

  /**
   * The value variables of the GENESIS file {@code datei}: code → label and unit, in file order,
   * e.g. {@code BEVSTD} → {@code Bevölkerungsstand [Anzahl]}.
   *
   * @param datei the GENESIS export
   * @return the value variables' codes, each with its label and unit
   * @throws UnlesbareDateiException if the file cannot be read as a GENESIS export
   */
  public static ImmutableMap<String, String> wertmerkmale(Path datei) {
    Map<String, String> werte = new LinkedHashMap<>();
    new GenesisCsvLeser()
        .leseWerte(datei, w -> werte.putIfAbsent(w.wertmerkmal(), beschreibe(w)), f -> {});
    return ImmutableMap.copyOf(werte);
  }

  private static String beschreibe(GenesisWert w) {
    String label = w.wertmerkmalLabel().strip();
    return (label.isEmpty() ? w.wertmerkmal() : label)
        + (w.einheit().isEmpty() ? "" : " [" + w.einheit() + "]");
  }

  private static Befund kekiz(Path datei, Importoptionen optionen, Importergebnis ergebnis) {
    long gesperrt =
        ergebnis.uebersprungen(Ueberspringgrund.GESPERRT)
            + ergebnis.uebersprungen(Ueberspringgrund.ZUSAMMENGEFASST);
    if (ergebnis.uebersprungen(Ueberspringgrund.ANDERES_GEBIET) == 0 && gesperrt > 0) {
      return Befund.nur(
          Ursache.NUR_GESPERRT,
          "alle "
              + gesperrt
              + " Werte sind in einem Bericht gesperrt ('.') oder über mehrere Perioden"
              + " zusammengefasst; solche Werte sind keine Beobachtungen");
    }
    // which Kommunen the file names: read it again for all areas
    Importergebnis alle =
        new Importleser()
            .lese(
                datei,
                null,
                optionen.withGebiet(Gebietsauswahl.alle()).withPruefung(Importpruefung.KEINE));
    Set<Gemeindeschluessel> kommunen = new TreeSet<>();
    alle.messwerte().forEach(m -> kommunen.add(m.raum().kommune()));
    for (Bevoelkerungszahl b : alle.bevoelkerung()) {
      kommunen.add(b.raum().kommune());
    }
    return Befund.nur(
        Ursache.ANDERES_GEBIET,
        "die Datei enthält nur Werte für "
            + (kommunen.size() == 1 ? "die Kommune " : kommunen.size() + " andere Kommunen: ")
            + liste(kommunen.stream().map(Gemeindeschluessel::toString).toList())
            + "; "
            + gesucht(optionen.gebiet())
            + " ist nicht darunter");
  }

  private static String gesucht(Gebietsauswahl gebiet) {
    return gebiet
        .einzelneKommune()
        .map(Gemeindeschluessel::toString)
        .orElseGet(
            () ->
                gebiet
                    .kreisMitGemeinden()
                    .map(k -> "der Kreis " + k + " mit seinen Gemeinden")
                    .orElse("keines der gewählten Gebiete"));
  }

  private static String liste(List<String> eintraege) {
    if (eintraege.size() <= BEISPIELE) {
      return String.join(", ", eintraege);
    }
    return String.join(", ", eintraege.subList(0, BEISPIELE))
        + " … ("
        + eintraege.size()
        + " in allem)";
  }

  /** What a GENESIS file holds, read once in the failure case. */
  private static final class Genesisuebersicht {
    final Map<String, String> wertmerkmale = new LinkedHashMap<>();

    /** Regional codes of the values of the value variable asked for, by level. */
    final Map<Regionalcode.Ebene, Set<String>> gebiete = new LinkedHashMap<>();

    /** Values of the value variable asked for without a regional variable. */
    long ohneRaum;

    /** The variables of those values, code → label. */
    final Map<String, String> merkmalsnamen = new LinkedHashMap<>();

    /** For the values of the selected area: non-total attributes by variable. */
    final Map<String, Set<String>> auspraegungen = new LinkedHashMap<>();

    /** For the values of the selected area: variables seen at their total. */
    final Set<String> mitInsgesamt = new LinkedHashSet<>();

    static Genesisuebersicht lies(Path datei, Importzuordnung z, Gebietsauswahl gebiet) {
      Genesisuebersicht u = new Genesisuebersicht();
      new GenesisCsvLeser().leseWerte(datei, w -> u.nimm(w, z, gebiet), f -> {});
      return u;
    }

    private void nimm(GenesisWert w, Importzuordnung z, Gebietsauswahl gebiet) {
      wertmerkmale.putIfAbsent(w.wertmerkmal(), beschreibe(w));
      if (!w.wertmerkmal().equals(z.wertmerkmal())) {
        return;
      }
      GenesisMerkmal raum = null;
      for (GenesisMerkmal m : w.merkmale()) {
        merkmalsnamen.putIfAbsent(m.code(), m.label().strip());
        boolean regional =
            z.raummerkmal() != null
                ? m.code().equals(z.raummerkmal())
                : Importzuordnung.istRegionalmerkmal(m.code());
        if (raum == null && regional) {
          raum = m;
        }
      }
      if (raum == null) {
        ohneRaum++;
        return;
      }
      Regionalcode code;
      try {
        code = Regionalcode.parse(raum.auspraegungCode());
      } catch (IllegalArgumentException e) {
        return;
      }
      // a Kreis-level variable may list a town by its 8-digit key (Aachen, 05334002)
      Regionalcode.Ebene ebene =
          raum.code().equals("KREISE") ? Regionalcode.Ebene.KREIS : code.ebene();
      gebiete
          .computeIfAbsent(ebene, e -> new LinkedHashSet<>())
          .add(code.code() + " " + raum.auspraegungLabel().strip());
      Optional<Gemeindeschluessel> ags = gebiet.kommuneFuer(code);
      if (ags.isEmpty()) {
        return;
      }
      for (GenesisMerkmal m : w.merkmale()) {
        if (m == raum || z.auswahl().containsKey(m.code()) || istDimension(z, m.code())) {
          if (m != raum && z.auswahl().containsKey(m.code())) {
            auspraegungen.computeIfAbsent(m.code(), k -> new LinkedHashSet<>()).add(auspraegung(m));
          }
          continue;
        }
        if (m.insgesamt()) {
          mitInsgesamt.add(m.code());
        } else {
          auspraegungen.computeIfAbsent(m.code(), k -> new LinkedHashSet<>()).add(auspraegung(m));
        }
      }
    }

    private static boolean istDimension(Importzuordnung z, String merkmal) {
      return z.dimensionen().stream().anyMatch(d -> d.merkmal().equals(merkmal));
    }

    private static String auspraegung(GenesisMerkmal m) {
      if (m.insgesamt()) {
        return "Insgesamt";
      }
      String label = m.auspraegungLabel().strip();
      return m.auspraegungCode() + (label.isEmpty() ? "" : " (" + label + ")");
    }

    Befund anderesWertmerkmal(Importzuordnung z) {
      return new Befund(
          Ursache.ANDERES_WERTMERKMAL,
          "die Datei hat kein Wertmerkmal "
              + z.wertmerkmal()
              + "; sie hat "
              + liste(
                  wertmerkmale.entrySet().stream()
                      .map(e -> e.getKey() + " (" + e.getValue() + ")")
                      .toList()),
          ImmutableMap.copyOf(wertmerkmale),
          ImmutableMap.of());
    }

    Befund ohneKommune(Importzuordnung z) {
      if (gebiete.isEmpty()) {
        return Befund.nur(
            Ursache.KEIN_KOMMUNEBEZUG,
            "die Werte von "
                + z.wertmerkmal()
                + " haben kein regionales Merkmal (erkannt werden "
                + String.join(", ", Importzuordnung.REGIONALMERKMALE)
                + " und GEO…); die Datei hat die Merkmale "
                + liste(
                    merkmalsnamen.entrySet().stream()
                        .map(e -> e.getKey() + " (" + e.getValue() + ")")
                        .toList()));
      }
      List<String> ebenen = new ArrayList<>();
      for (Map.Entry<Regionalcode.Ebene, Set<String>> e : gebiete.entrySet()) {
        ebenen.add(ebene(e.getKey()) + ": " + liste(List.copyOf(e.getValue())));
      }
      return Befund.nur(
          Ursache.KEIN_KOMMUNEBEZUG,
          "die Datei enthält für "
              + z.wertmerkmal()
              + " nur Werte für "
              + String.join("; ", ebenen)
              + ", keine für einen Kreis oder eine Gemeinde");
    }

    Befund anderesGebiet(Importzuordnung z, Gebietsauswahl gebiet) {
      Set<String> kreise = gebiete.getOrDefault(Regionalcode.Ebene.KREIS, Set.of());
      Set<String> gemeinden = gebiete.getOrDefault(Regionalcode.Ebene.GEMEINDE, Set.of());
      Optional<Gemeindeschluessel> eine = gebiet.einzelneKommune();
      StringBuilder b = new StringBuilder("die Datei enthält ");
      if (gemeinden.isEmpty()) {
        b.append("nur Kreise und kreisfreie Städte (")
            .append(kreise.size())
            .append(", z. B. ")
            .append(liste(List.copyOf(kreise).subList(0, Math.min(3, kreise.size()))))
            .append(")");
      } else if (kreise.isEmpty()) {
        b.append(gemeinden.size())
            .append(gemeinden.size() == 1 ? " Gemeinde (" : " Gemeinden (z. B. ")
            .append(liste(List.copyOf(gemeinden).subList(0, Math.min(3, gemeinden.size()))))
            .append(")");
      } else {
        b.append(kreise.size())
            .append(" Kreise und kreisfreie Städte und ")
            .append(gemeinden.size())
            .append(gemeinden.size() == 1 ? " Gemeinde" : " Gemeinden");
      }
      b.append(" für ").append(z.wertmerkmal()).append("; ").append(gesucht(gebiet));
      if (eine.isPresent() && !eine.get().kreisebene() && gemeinden.isEmpty()) {
        b.append(" ist eine kreisangehörige Gemeinde und nicht darunter");
      } else {
        b.append(" ist nicht darunter");
      }
      return Befund.nur(Ursache.ANDERES_GEBIET, b.toString());
    }

    Befund andereAuspraegung(Importzuordnung z, Gebietsauswahl gebiet) {
      ImmutableMap.Builder<String, ImmutableList<String>> im = ImmutableMap.builder();
      List<String> teile = new ArrayList<>();
      for (Map.Entry<String, Set<String>> e : auspraegungen.entrySet()) {
        String merkmal = e.getKey();
        String gewaehlt = z.auswahl().get(merkmal);
        if (gewaehlt == null && mitInsgesamt.contains(merkmal)) {
          continue; // the variable has its total: not in the way
        }
        List<String> werte = List.copyOf(e.getValue());
        im.put(merkmal, ImmutableList.copyOf(werte));
        String name = merkmalsnamen.getOrDefault(merkmal, "");
        teile.add(
            "Merkmal "
                + merkmal
                + (name.isEmpty() ? "" : " (" + name + ")")
                + (gewaehlt != null
                    ? " hat keine Ausprägung "
                        + (Importzuordnung.meintInsgesamt(gewaehlt) ? "Insgesamt" : gewaehlt)
                        + ", nur "
                    : " hat nie die Ausprägung Insgesamt, nur ")
                + liste(werte));
      }
      ImmutableMap<String, ImmutableList<String>> merkmale = im.buildOrThrow();
      if (teile.isEmpty()) {
        return Befund.nur(
            Ursache.ANDERE_AUSPRAEGUNG,
            "jeder Wert von "
                + z.wertmerkmal()
                + " für "
                + gesucht(gebiet)
                + " hat bei einem Merkmal eine andere Ausprägung als gewählt");
      }
      return new Befund(
          Ursache.ANDERE_AUSPRAEGUNG,
          "für "
              + gesucht(gebiet)
              + " gibt es keinen Wert von "
              + z.wertmerkmal()
              + ", den der Import nehmen könnte: "
              + String.join("; ", teile),
          ImmutableMap.of(),
          merkmale);
    }

    private static String ebene(Regionalcode.Ebene e) {
      switch (e) {
        case BUND:
          return "Deutschland";
        case LAND:
          return "Länder";
        case REGIERUNGSBEZIRK:
          return "Regierungsbezirke";
        case GEMEINDEVERBAND:
          return "Gemeindeverbände";
        case KREIS:
          return "Kreise";
        default:
          return "Gemeinden";
      }
    }
  }
}

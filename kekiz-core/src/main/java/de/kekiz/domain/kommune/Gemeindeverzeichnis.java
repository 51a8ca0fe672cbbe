package de.kekiz.domain.kommune;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import de.kekiz.domain.Altersspanne;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The official register of the Gemeinden and Kreise of Nordrhein-Westfalen: the 396 Gemeinden (374
 * kreisangehörige, 22 kreisfreie Städte) and 31 Kreise (the StädteRegion Aachen included), plus the
 * two Kreise dissolved in 2009, each with its real AGS, kind, Kreis and population (Zensus
 * 15.05.2022 and 31.12.2024). The data is the resource {@code nrw_kreise_gemeinden.csv} next to
 * this class; where it comes from and under which licence is said in {@code QUELLEN.md} beside it.
 *
 * <p>{@link #kommune(Gemeindeschluessel)} turns an entry into a {@link Kommune} ready to be stored,
 * so that a Kommune of NRW never has to be typed in. The list says whether an entry is a Kreis, a
 * kreisfreie Stadt or a kreisangehörige Gemeinde, but not whether a Gemeinde is a große or mittlere
 * kreisangehörige Stadt, nor who runs its Jugendamt. {@link #kommunenart(Verzeichnisgebiet)} and
 * the Kommune's Jugendamt therefore follow these rules:
 *
 * <ul>
 *   <li>the thresholds of the Gemeindeordnung applied to the Zensus 2022 population: above 60,000 a
 *       {@link Kommunenart#GROSSE_KREISANGEHOERIGE_STADT}, above 25,000 a {@link
 *       Kommunenart#MITTLERE_KREISANGEHOERIGE_STADT}, otherwise a {@link
 *       Kommunenart#KREISANGEHOERIGE_GEMEINDE}; Unna, große kreisangehörige Stadt on request below
 *       60,000 inhabitants, is set as such. A status granted on request (above 50,000 for große,
 *       above 20,000 for mittlere) cannot be read from the list otherwise;
 *   <li>the Stadt Aachen ({@code 05334002}) is a große kreisangehörige Stadt, kreisfrei by law,
 *       inside the {@link Kommunenart#STAEDTEREGION} Aachen ({@code 05334000});
 *   <li>the Jugendamt follows {@link Kommune#builder}: große and mittlere Städte are Träger of
 *       their own, the other Gemeinden are served by their Kreis. Some mittlere Städte are in
 *       reality served by their Kreis: the rule gives about 200 Jugendämter, where NRW has 186.
 *       Whoever knows better stores the Kommune with the right kind and Jugendamt.
 * </ul>
 *
 * <p>A Kommune built from the register has no Sozialräume and no programme participations; its
 * population is the list's totals for all ages ({@link #ALLE_ALTER}) on {@link #ZENSUS_2022} and,
 * where the list has one (Kreise, kreisfreie Städte, Aachen), on {@link #STICHTAG_2024}. Dissolved
 * Kreise give no Kommune. The list is read once on first use; instances are immutable and
 * thread-safe.
 */
public final class Gemeindeverzeichnis {

  /** The data file, a class-path resource next to this class. */
  public static final String DATEI = "nrw_kreise_gemeinden.csv";

  /** The reference day of the Zensus 2022. */
  public static final LocalDate ZENSUS_2022 = LocalDate.of(2022, 5, 15);

  /** The reference day of the population update the list holds. */
  public static final LocalDate STICHTAG_2024 = LocalDate.of(2024, 12, 31);

  /** All ages: the age group of the population totals of a Kommune from the register. */
  public static final Altersspanne ALLE_ALTER = Altersspanne.ab(0);

  /** The Stadt Aachen: kreisfrei by law inside the StädteRegion. */
  private static final Gemeindeschluessel AACHEN = Gemeindeschluessel.parse("05334002");

  /** The StädteRegion Aachen. */
  private static final Gemeindeschluessel STAEDTEREGION_AACHEN =
      Gemeindeschluessel.parse("05334000");

  /** Unna: große kreisangehörige Stadt on request, below the 60,000 of the Gemeindeordnung. */
  private static final Gemeindeschluessel UNNA = Gemeindeschluessel.parse("05978036");

  private static final Supplier<Gemeindeverzeichnis> NRW =
      Suppliers.memoize(() -> new Gemeindeverzeichnis(lies(DATEI)));

  private final ImmutableList<Verzeichnisgebiet> gebiete;
  private final ImmutableMap<Gemeindeschluessel, Verzeichnisgebiet> nachSchluessel;
  private final ImmutableMap<String, Verzeichnisgebiet> nachName;

  private Gemeindeverzeichnis(List<Verzeichnisgebiet> gebiete) {
    List<Verzeichnisgebiet> sortiert = new ArrayList<>(gebiete);
    sortiert.sort(Comparator.comparing(Verzeichnisgebiet::schluessel));
    this.gebiete = ImmutableList.copyOf(sortiert);
    ImmutableMap.Builder<Gemeindeschluessel, Verzeichnisgebiet> s = ImmutableMap.builder();
    ImmutableMap.Builder<String, Verzeichnisgebiet> n = ImmutableMap.builder();
    for (Verzeichnisgebiet g : this.gebiete) {
      s.put(g.schluessel(), g);
      n.put(g.name(), g);
    }
    this.nachSchluessel = s.buildOrThrow();
    this.nachName = n.buildOrThrow();
  }

  /** {@return the register of Nordrhein-Westfalen, read once from the class path} */
  public static Gemeindeverzeichnis nrw() {
    return NRW.get();
  }

  /** {@return all 429 entries (396 Gemeinden, 31 Kreise, 2 dissolved Kreise), ordered by AGS} */
  public ImmutableList<Verzeichnisgebiet> gebiete() {
    return gebiete;
  }

  /** {@return the 396 Gemeinden (374 kreisangehörige, 22 kreisfreie Städte), ordered by AGS} */
  public ImmutableList<Verzeichnisgebiet> gemeinden() {
    return gebiete.stream()
        .filter(Verzeichnisgebiet::gemeinde)
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return the 31 current Kreise (the StädteRegion Aachen included), ordered by key} */
  public ImmutableList<Verzeichnisgebiet> kreise() {
    return gebiete.stream()
        .filter(Verzeichnisgebiet::kreisebene)
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return the 2 dissolved Kreise, ordered by key} */
  public ImmutableList<Verzeichnisgebiet> aufgeloesteKreise() {
    return gebiete.stream()
        .filter(Verzeichnisgebiet::aufgeloest)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return the kreisangehörige Gemeinden of {@code kreis}, ordered by AGS; empty if it has none}
   *
   * @param kreis the Kreis's key
   */
  public ImmutableList<Verzeichnisgebiet> gemeindenIn(Kreisschluessel kreis) {
    requireNonNull(kreis, "kreis");
    return gebiete.stream()
        .filter(
            g ->
                g.art() == Verzeichnisgebiet.Art.KREISANGEHOERIGE_GEMEINDE
                    && g.kreis().equals(kreis))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return the entry with key {@code schluessel}, or empty if the register has none}
   *
   * @param schluessel the AGS; a Kreis in its form {@code 05978000}
   */
  public Optional<Verzeichnisgebiet> gebiet(Gemeindeschluessel schluessel) {
    requireNonNull(schluessel, "schluessel");
    return Optional.ofNullable(nachSchluessel.get(schluessel));
  }

  /**
   * The entry whose name is exactly {@code name} as the list writes it (e.g. {@code "Monheim am
   * Rhein, Stadt"}), or empty.
   *
   * @param name the name, exactly as the file writes it
   * @return the entry, or empty if no entry has that name
   */
  public Optional<Verzeichnisgebiet> gebietNachName(String name) {
    requireNonNull(name, "name");
    return Optional.ofNullable(nachName.get(name));
  }

  /**
   * The kind of Kommune {@code gebiet} is by the rules of the class comment; empty for a dissolved
   * Kreis.
   *
   * @param gebiet an entry of the register
   * @return the kind, or empty for a dissolved Kreis
   */
  public Optional<Kommunenart> kommunenart(Verzeichnisgebiet gebiet) {
    requireNonNull(gebiet, "gebiet");
    switch (gebiet.art()) {
      case KREISFREIE_STADT:
        return Optional.of(Kommunenart.KREISFREIE_STADT);
      case KREIS:
        return Optional.of(
            gebiet.schluessel().equals(STAEDTEREGION_AACHEN)
                ? Kommunenart.STAEDTEREGION
                : Kommunenart.KREIS);
      case KREIS_AUFGELOEST:
        return Optional.empty();
      default:
        break;
    }
    if (gebiet.schluessel().equals(AACHEN) || gebiet.schluessel().equals(UNNA)) {
      return Optional.of(Kommunenart.GROSSE_KREISANGEHOERIGE_STADT);
    }
    long einwohner = gebiet.einwohnerZensus2022() == null ? 0 : gebiet.einwohnerZensus2022();
    if (einwohner > 60_000) {
      return Optional.of(Kommunenart.GROSSE_KREISANGEHOERIGE_STADT);
    }
    if (einwohner > 25_000) {
      return Optional.of(Kommunenart.MITTLERE_KREISANGEHOERIGE_STADT);
    }
    return Optional.of(Kommunenart.KREISANGEHOERIGE_GEMEINDE);
  }

  /**
   * The Kommune with key {@code schluessel} as the register gives it (see the class comment), or
   * empty if the key is not in the register or names a dissolved Kreis.
   *
   * @param schluessel the AGS; a Kreis in its form {@code 05978000}
   * @return the Kommune, never saved, or empty
   */
  public Optional<Kommune> kommune(Gemeindeschluessel schluessel) {
    return gebiet(schluessel).flatMap(this::kommune);
  }

  /**
   * {@return {@link #kommune(Verzeichnisgebiet, Kommunenart)} with the kind of the class comment,
   * or empty for a dissolved Kreis}
   *
   * @param gebiet an entry of the register
   */
  public Optional<Kommune> kommune(Verzeichnisgebiet gebiet) {
    return kommunenart(gebiet).map(art -> kommune(gebiet, art));
  }

  /**
   * A Kommune of kind {@code art} for {@code gebiet}: its {@link Verzeichnisgebiet#kurzname()}, the
   * Kreis and Jugendamt that {@link Kommune#builder} gives the kind (the Stadt Aachen kreisfrei
   * with its own Jugendamt), and the population totals of the list. No Sozialräume, no programme
   * participations.
   *
   * @param gebiet an entry of the register
   * @param art the kind of Kommune to make of it
   * @return the Kommune, never saved
   * @throws IllegalArgumentException if {@code gebiet} is a dissolved Kreis
   * @throws de.kekiz.domain.RegelverstossException if the kind does not fit the key (a Kreis as a
   *     Gemeinde)
   */
  public Kommune kommune(Verzeichnisgebiet gebiet, Kommunenart art) {
    requireNonNull(gebiet, "gebiet");
    requireNonNull(art, "art");
    if (gebiet.aufgeloest()) {
      throw new IllegalArgumentException(
          "Kreis "
              + gebiet.schluessel()
              + " "
              + gebiet.name()
              + " was dissolved: it is no Kommune");
    }
    Kommune.Builder b = Kommune.builder(gebiet.schluessel(), gebiet.kurzname(), art);
    if (gebiet.schluessel().equals(AACHEN)) {
      b.kreisfrei(true).jugendamt(AACHEN);
    }
    gebiet
        .zensus2022()
        .ifPresent(n -> b.bevoelkerungsstand(Bevoelkerungsstand.of(ZENSUS_2022, ALLE_ALTER, n)));
    gebiet
        .fortschreibung2024()
        .ifPresent(n -> b.bevoelkerungsstand(Bevoelkerungsstand.of(STICHTAG_2024, ALLE_ALTER, n)));
    return b.build();
  }

  // ---------------------------------------------------------------- reading the list

  private static List<Verzeichnisgebiet> lies(String datei) {
    String text;
    try (InputStream in = Gemeindeverzeichnis.class.getResourceAsStream(datei)) {
      if (in == null) {
        throw new IllegalStateException("the register '" + datei + "' is not on the class path");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the register '" + datei + "'", e);
    }
    String[] zeilen = text.split("\r?\n");
    List<String> kopf = felder(zeilen[0], 1);
    Map<String, Integer> spalte = new HashMap<>();
    for (int i = 0; i < kopf.size(); i++) {
      spalte.put(kopf.get(i).strip(), i);
    }
    List<Verzeichnisgebiet> gebiete = new ArrayList<>();
    for (int z = 1; z < zeilen.length; z++) {
      if (zeilen[z].isBlank()) {
        continue;
      }
      List<String> f = felder(zeilen[z], z + 1);
      if (f.size() != kopf.size()) {
        throw new IllegalStateException(
            datei + " line " + (z + 1) + " has " + f.size() + " fields, the header " + kopf.size());
      }
      String ags = feld(f, spalte, "ags");
      gebiete.add(
          new Verzeichnisgebiet(
              ags.length() == 5
                  ? Kreisschluessel.parse(ags).alsGemeindeschluessel()
                  : Gemeindeschluessel.parse(ags),
              optional(f, spalte, "ars") == null
                  ? null
                  : Regionalschluessel.parse(feld(f, spalte, "ars")),
              feld(f, spalte, "name"),
              Verzeichnisgebiet.Art.parse(feld(f, spalte, "kind")),
              Kreisschluessel.parse(feld(f, spalte, "kreis")),
              zahl(f, spalte, "population_zensus_2022_05_15"),
              zahl(f, spalte, "population_2024_12_31"),
              optional(f, spalte, "remark")));
    }
    return gebiete;
  }

  private static String feld(List<String> f, Map<String, Integer> spalte, String name) {
    Integer i = spalte.get(name);
    if (i == null) {
      throw new IllegalStateException("the register has no column '" + name + "'");
    }
    return f.get(i);
  }

  private static @Nullable String optional(
      List<String> f, Map<String, Integer> spalte, String name) {
    String wert = feld(f, spalte, name);
    return wert.isEmpty() ? null : wert;
  }

  private static @Nullable Long zahl(List<String> f, Map<String, Integer> spalte, String name) {
    String wert = optional(f, spalte, name);
    return wert == null ? null : Long.parseLong(wert.strip());
  }

  /** The fields of one line: separated by commas, a field may be quoted with doubled quotes. */
  private static List<String> felder(String zeile, int nummer) {
    List<String> felder = new ArrayList<>();
    StringBuilder feld = new StringBuilder();
    boolean zitat = false;
    for (int i = 0; i < zeile.length(); i++) {
      char c = zeile.charAt(i);
      if (zitat) {
        if (c == '"' && i + 1 < zeile.length() && zeile.charAt(i + 1) == '"') {
          feld.append('"');
          i++;
        } else if (c == '"') {
          zitat = false;
        } else {
          feld.append(c);
        }
      } else if (c == '"' && feld.length() == 0) {
        zitat = true;
      } else if (c == ',') {
        felder.add(feld.toString());
        feld.setLength(0);
      } else {
        feld.append(c);
      }
    }
    if (zitat) {
      throw new IllegalStateException(DATEI + " line " + nummer + ": a quote is not closed");
    }
    felder.add(feld.toString());
    return felder;
  }
}

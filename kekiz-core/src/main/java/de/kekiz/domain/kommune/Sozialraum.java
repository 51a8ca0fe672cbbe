package de.kekiz.domain.kommune;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.Zeitraum;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * One boundary version (Gebietsstand) of a Sozialraum: a district of a Kommune used for planning
 * and monitoring. When a boundary changes, the Kommune gets a new version with the same {@link
 * #id()}, the next {@link #gebietsstand()} and its own {@link #gueltigkeit()}; data collected for
 * the old boundary stays tied to the old version through its {@link SozialraumRef}.
 *
 * <p>Rules, each reported as a {@link RegelverstossException} with the code given:
 *
 * <ul>
 *   <li>{@code sozialraum.uebergeordnet-selbst}: a Sozialraum is not its own parent;
 *   <li>{@code sozialraum.uebergeordnet-andere-kommune}: the parent lies in the same Kommune;
 *   <li>{@code sozialraum.bevoelkerung-doppelt}: at most one population figure per reference date
 *       and age group;
 *   <li>{@code sozialraum.stichtag-ausserhalb-gueltigkeit}: every reference date lies inside {@link
 *       #gueltigkeit()}.
 * </ul>
 *
 * <p>Rules across versions and across Sozialräume (versions must not overlap, the parent must
 * exist) are checked by the {@link Kommune}. The population figures keep their order. {@link
 * #toString()} is a short summary that leaves out the geometry and the figures. Immutable and
 * thread-safe.
 *
 * @param id the Sozialraum across its versions
 * @param gebietsstand the number of this boundary version, from 1
 * @param name the name, not blank, e.g. {@code "Neustadt-Nord"}
 * @param ebene the level in the hierarchy
 * @param uebergeordnet the parent Sozialraum, or {@code null} for a top-level one
 * @param gueltigkeit the days this boundary version is valid
 * @param geometrie a GeoJSON geometry object as text (must start with '{'), or {@code null}
 * @param bevoelkerung the population figures of this version
 */
public record Sozialraum(
    SozialraumId id,
    int gebietsstand,
    String name,
    Sozialraumebene ebene,
    @Nullable SozialraumId uebergeordnet,
    Zeitraum gueltigkeit,
    @Nullable String geometrie,
    List<Bevoelkerungsstand> bevoelkerung) {

  /**
   * @param id the Sozialraum across its versions
   * @param gebietsstand the number of this boundary version, from 1
   * @param name the name, not blank
   * @param ebene the level in the hierarchy
   * @param uebergeordnet the parent Sozialraum, or {@code null} for a top-level one
   * @param gueltigkeit the days this boundary version is valid
   * @param geometrie a GeoJSON geometry object as text, or {@code null}
   * @param bevoelkerung the population figures of this version; copied
   * @throws IllegalArgumentException if the Gebietsstand is below 1, the name blank or the geometry
   *     does not start with '{'
   * @throws RegelverstossException if a rule of the class comment is broken
   */
  public Sozialraum {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(ebene, "ebene");
    requireNonNull(gueltigkeit, "gueltigkeit");
    bevoelkerung = ImmutableList.copyOf(requireNonNull(bevoelkerung, "bevoelkerung"));
    if (gebietsstand < 1) {
      throw new IllegalArgumentException(
          "Gebietsstand of Sozialraum " + id + " needs a number from 1, got " + gebietsstand);
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException(
          "Sozialraum " + id + " needs a name that is not blank, got '" + name + "'");
    }
    if (geometrie != null && !geometrie.startsWith("{")) {
      throw new IllegalArgumentException(
          "Geometrie of Sozialraum "
              + id
              + " needs a GeoJSON geometry object starting with '{',"
              + " got '"
              + anfang(geometrie)
              + "'");
    }
    String gegenstand = "Sozialraum " + id + "@" + gebietsstand;
    if (uebergeordnet != null) {
      RegelverstossException.pruefe(
          !uebergeordnet.equals(id),
          "sozialraum.uebergeordnet-selbst",
          gegenstand,
          "a Sozialraum cannot be its own parent, got uebergeordnet " + uebergeordnet);
      RegelverstossException.pruefe(
          uebergeordnet.kommune().equals(id.kommune()),
          "sozialraum.uebergeordnet-andere-kommune",
          gegenstand,
          "the parent must lie in Kommune "
              + id.kommune()
              + ", got uebergeordnet "
              + uebergeordnet);
    }
    Bevoelkerung.pruefeEindeutig(bevoelkerung, "sozialraum.bevoelkerung-doppelt", gegenstand);
    for (Bevoelkerungsstand b : bevoelkerung) {
      RegelverstossException.pruefe(
          gueltigkeit.enthaelt(b.stichtag()),
          "sozialraum.stichtag-ausserhalb-gueltigkeit",
          gegenstand,
          "population figure for " + b.stichtag() + " lies outside the validity " + gueltigkeit);
    }
  }

  /**
   * A version without parent, geometry or population figures; add them with the {@code with…}
   * methods.
   *
   * @param id the Sozialraum across its versions
   * @param gebietsstand the number of this boundary version, from 1
   * @param name the name, not blank
   * @param ebene the level in the hierarchy
   * @param gueltigkeit the days this boundary version is valid
   * @return the version
   * @throws IllegalArgumentException if the Gebietsstand is below 1 or the name blank
   */
  public static Sozialraum of(
      SozialraumId id, int gebietsstand, String name, Sozialraumebene ebene, Zeitraum gueltigkeit) {
    return new Sozialraum(id, gebietsstand, name, ebene, null, gueltigkeit, null, List.of());
  }

  /**
   * {@return a copy with the parent {@code uebergeordnet}}
   *
   * @param uebergeordnet the parent Sozialraum, or {@code null} for a top-level one
   * @throws RegelverstossException if a rule of the class comment is broken (e.g. the parent is the
   *     Sozialraum itself)
   */
  public Sozialraum withUebergeordnet(@Nullable SozialraumId uebergeordnet) {
    return new Sozialraum(
        id, gebietsstand, name, ebene, uebergeordnet, gueltigkeit, geometrie, bevoelkerung);
  }

  /**
   * {@return a copy with the geometry {@code geometrie}}
   *
   * @param geometrie a GeoJSON geometry object as text (starting with '{'), or {@code null} for
   *     none
   * @throws IllegalArgumentException if the geometry does not start with '{'
   */
  public Sozialraum withGeometrie(@Nullable String geometrie) {
    return new Sozialraum(
        id, gebietsstand, name, ebene, uebergeordnet, gueltigkeit, geometrie, bevoelkerung);
  }

  /**
   * {@return a copy with the population figures replaced by {@code bevoelkerung}}
   *
   * @param bevoelkerung the population figures of this version
   * @throws RegelverstossException if a rule of the class comment is broken (e.g. a figure twice)
   */
  public Sozialraum withBevoelkerung(List<Bevoelkerungsstand> bevoelkerung) {
    return new Sozialraum(
        id, gebietsstand, name, ebene, uebergeordnet, gueltigkeit, geometrie, bevoelkerung);
  }

  /**
   * {@return a copy with {@code stand} added to the population figures}
   *
   * @param stand the figure to add
   * @throws RegelverstossException if a rule of the class comment is broken (e.g. a figure for the
   *     same date and age group is there already)
   */
  public Sozialraum withBevoelkerungsstand(Bevoelkerungsstand stand) {
    requireNonNull(stand, "stand");
    return withBevoelkerung(
        ImmutableList.<Bevoelkerungsstand>builder().addAll(bevoelkerung).add(stand).build());
  }

  /** {@return a reference to this boundary version} */
  public SozialraumRef ref() {
    return new SozialraumRef(id, gebietsstand);
  }

  /** {@return the Kommune this Sozialraum lies in} */
  public Gemeindeschluessel kommune() {
    return id.kommune();
  }

  /** {@return the parent Sozialraum, or empty for a top-level one} */
  public Optional<SozialraumId> elternraum() {
    return Optional.ofNullable(uebergeordnet);
  }

  /**
   * {@return whether this boundary version is valid on {@code tag}}
   *
   * @param tag the day asked about
   */
  public boolean gueltigAm(LocalDate tag) {
    return gueltigkeit.enthaelt(tag);
  }

  /**
   * The number of inhabitants aged {@code altersgruppe} on {@code stichtag}.
   *
   * <p>Rule: the result is the sum over recorded age groups of that date that lie inside {@code
   * altersgruppe} and together cover each of its ages exactly once (they partition it). If several
   * such sets exist, the one with the fewest groups is used, so a figure recorded for {@code
   * altersgruppe} itself is returned as it is. Empty if nothing is recorded for the date or the
   * recorded groups do not partition {@code altersgruppe} (a gap, or only groups that reach beyond
   * it): a sum that silently misses ages would be wrong.
   *
   * @param stichtag the reference date
   * @param altersgruppe the ages asked about
   * @return the number of inhabitants, or empty if the figures do not give it
   */
  public OptionalLong einwohner(LocalDate stichtag, Altersspanne altersgruppe) {
    requireNonNull(stichtag, "stichtag");
    requireNonNull(altersgruppe, "altersgruppe");
    return Bevoelkerung.einwohner(bevoelkerung, stichtag, altersgruppe);
  }

  /** {@return the reference dates with population figures, sorted} */
  public ImmutableSortedSet<LocalDate> stichtage() {
    return Bevoelkerung.stichtage(bevoelkerung);
  }

  /** Returns e.g. {@code Sozialraum 05315000:101@1 Altstadt-Süd (STADTTEIL, 2020-01-01..)}. */
  @Override
  public String toString() {
    return "Sozialraum " + ref() + " " + name + " (" + ebene + ", " + gueltigkeit + ")";
  }

  private static String anfang(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}

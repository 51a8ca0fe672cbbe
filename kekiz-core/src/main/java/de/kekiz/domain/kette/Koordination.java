package de.kekiz.domain.kette;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Sets;
import de.kekiz.domain.Stellenanteil;
import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.internal.Pruefung;
import de.kekiz.domain.kommune.Finanzierungsquelle;
import de.kekiz.domain.kommune.Programm;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One coordination post of the Präventionskette, with its share of a full position, its funding and
 * the period it exists. A chain can have several posts: Ahlen's existing coordination and the half
 * post funded by the programme for the project's duration are two posts, not a total of 0.5.
 *
 * <p>The share may be unknown ({@code null}: the source names the post but not its size). A post
 * without recorded validity counts as existing on every day ({@link Zeitraum#gilt}). Immutable and
 * thread-safe.
 *
 * @param stelle the post, e.g. {@code Koordination Präventionskette}
 * @param anteil its share of a full position, or {@code null} if not known
 * @param angesiedeltBei where it sits, e.g. {@code Fachbereich Jugend, Soziales und Integration}
 * @param finanzierung where its money comes from, in the enum's order; empty if not known
 * @param programm the programme that funds it, or {@code null} if none or not known
 * @param gueltigkeit when the post exists, or {@code null} if not recorded
 */
public record Koordination(
    String stelle,
    @Nullable Stellenanteil anteil,
    String angesiedeltBei,
    Set<Finanzierungsquelle> finanzierung,
    @Nullable Programm programm,
    @Nullable Zeitraum gueltigkeit) {

  /**
   * @param stelle the post, not blank
   * @param anteil its share of a full position, or {@code null} if not known
   * @param angesiedeltBei where it sits, not blank
   * @param finanzierung where its money comes from; stored in the enum's order
   * @param programm the programme that funds it, or {@code null}
   * @param gueltigkeit when the post exists, or {@code null} if not recorded
   * @throws IllegalArgumentException if a text is blank
   */
  public Koordination {
    Pruefung.text(stelle, "Koordination stelle");
    Pruefung.text(angesiedeltBei, "Koordination angesiedeltBei");
    finanzierung = Sets.immutableEnumSet(requireNonNull(finanzierung, "finanzierung"));
  }

  /**
   * A post of known share without recorded funding or validity.
   *
   * @param stelle the post, not blank
   * @param anteil its share of a full position
   * @param angesiedeltBei where it sits, not blank
   * @throws IllegalArgumentException if a text is blank
   * @throws NullPointerException if {@code anteil} is {@code null}
   */
  public Koordination(String stelle, Stellenanteil anteil, String angesiedeltBei) {
    this(stelle, requireNonNull(anteil, "anteil"), angesiedeltBei, Set.of(), null, null);
  }

  /**
   * {@return whether the post exists on {@code tag} (always, if no validity is recorded)}
   *
   * @param tag the day asked about
   */
  public boolean gueltigAm(LocalDate tag) {
    return Zeitraum.gilt(gueltigkeit, tag);
  }

  /**
   * {@return whether the post's funding is recorded (any source, the Kommune's own budget
   * included)}
   */
  public boolean finanziert() {
    return !finanzierung.isEmpty();
  }

  /**
   * {@return the same post funded from {@code quellen} by {@code programm}}
   *
   * @param quellen where its money comes from; empty if not known
   * @param programm the programme that funds it, or {@code null} if none or not known
   */
  public Koordination withFinanzierung(
      Set<Finanzierungsquelle> quellen, @Nullable Programm programm) {
    return new Koordination(stelle, anteil, angesiedeltBei, quellen, programm, gueltigkeit);
  }

  /**
   * {@return the same post existing during {@code gueltigkeit}}
   *
   * @param gueltigkeit the validity, or {@code null} for none recorded
   */
  public Koordination withGueltigkeit(@Nullable Zeitraum gueltigkeit) {
    return new Koordination(stelle, anteil, angesiedeltBei, finanzierung, programm, gueltigkeit);
  }
}

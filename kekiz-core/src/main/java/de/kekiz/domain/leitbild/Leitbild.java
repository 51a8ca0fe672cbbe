package de.kekiz.domain.leitbild;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A Kommune's Leitbild (mission statement) in one Fassung, as adopted by its council: the
 * Präventionsleitlinien it takes up and its Leitziele → Handlungsziele → Zielwerte.
 *
 * <p>Rules, each with its {@link RegelverstossException#regel() rule code}:
 *
 * <ul>
 *   <li>{@code leitbild.leitziel-key-doppelt}: Leitziel keys are unique;
 *   <li>{@code leitbild.handlungsziel-key-doppelt}: Handlungsziel keys are unique across all
 *       Leitziele (inside one Leitziel {@link Leitziel} checks them already);
 *   <li>{@code leitbild.zielwert-fremder-sozialraum}: a Zielwert's Sozialraum lies in this Kommune;
 *   <li>{@code leitbild.zielwert-frist-vor-beschluss}: no Zielwert's Frist lies before the council
 *       decision (the same day is allowed).
 * </ul>
 *
 * <p>Leitziel keys and Handlungsziel keys are two separate name spaces. {@link #revision()} is set
 * by repositories (0 = never saved) and takes no part in the rules.
 *
 * <p>{@link #equals(Object)} and {@link #hashCode()} compare the <em>full</em> state, including
 * {@link #revision()}, so that round trips through a database or JSON can be proven with {@code
 * equals}; compare {@link #id()} to ask whether two objects are the same Fassung. Immutable and
 * thread-safe.
 */
public final class Leitbild {
  private final Gemeindeschluessel kommune;
  private final int fassung;
  private final String titel;
  private final @Nullable LocalDate beschlossenAm;
  private final @Nullable String gremium;
  private final ImmutableSet<Praeventionsleitlinie> leitlinien;
  private final ImmutableList<Leitziel> leitziele;
  private final long revision;

  private Leitbild(Builder b) {
    this.kommune = requireNonNull(b.kommune, "kommune");
    this.fassung = new LeitbildId(kommune, b.fassung).fassung();
    this.titel = Pruefung.text(b.titel, "Leitbild titel");
    this.beschlossenAm = b.beschlossenAm;
    this.gremium = Pruefung.optionalText(b.gremium, "Leitbild gremium");
    this.leitlinien = Sets.immutableEnumSet(b.leitlinien);
    this.leitziele = ImmutableList.copyOf(b.leitziele);
    if (b.revision < 0) {
      throw new IllegalArgumentException(
          "revision of Leitbild " + id() + " must not be negative, got " + b.revision);
    }
    this.revision = b.revision;
    pruefeRegeln();
  }

  private void pruefeRegeln() {
    String gegenstand = "Leitbild " + id();
    Set<String> leitzielKeys = new HashSet<>();
    Map<String, String> handlungszielKeys = new HashMap<>();
    for (Leitziel l : leitziele) {
      RegelverstossException.pruefe(
          leitzielKeys.add(l.key()),
          "leitbild.leitziel-key-doppelt",
          gegenstand,
          "Leitziel key '" + l.key() + "' is used twice");
      for (Handlungsziel h : l.handlungsziele()) {
        String vorher = handlungszielKeys.putIfAbsent(h.key(), l.key());
        RegelverstossException.pruefe(
            vorher == null,
            "leitbild.handlungsziel-key-doppelt",
            gegenstand,
            "Handlungsziel key '"
                + h.key()
                + "' is used in Leitziel '"
                + vorher
                + "' and in Leitziel '"
                + l.key()
                + "'");
        for (Zielwert z : h.zielwerte()) {
          RegelverstossException.pruefe(
              z.sozialraum() == null || z.sozialraum().kommune().equals(kommune),
              "leitbild.zielwert-fremder-sozialraum",
              gegenstand,
              "Zielwert for '"
                  + z.indikator()
                  + "' in Handlungsziel '"
                  + h.key()
                  + "' is set for Sozialraum '"
                  + z.sozialraum()
                  + "', which does not lie in "
                  + kommune);
          RegelverstossException.pruefe(
              beschlossenAm == null || !z.frist().isBefore(beschlossenAm),
              "leitbild.zielwert-frist-vor-beschluss",
              gegenstand,
              "Zielwert for '"
                  + z.indikator()
                  + "' in Handlungsziel '"
                  + h.key()
                  + "' has Frist "
                  + z.frist()
                  + ", before the council decision of "
                  + beschlossenAm);
        }
      }
    }
  }

  /**
   * {@return a builder of a Leitbild of {@code kommune} in Fassung {@code fassung} titled {@code
   * titel}}
   *
   * @param kommune the Kommune whose Leitbild it is
   * @param fassung the version number, from 1 (checked by {@link Builder#build()})
   * @param titel the title, not blank (checked by {@link Builder#build()})
   */
  public static Builder builder(Gemeindeschluessel kommune, int fassung, String titel) {
    return new Builder(kommune, fassung, titel);
  }

  /** {@return a builder holding this Leitbild's state, to derive a changed copy} */
  public Builder toBuilder() {
    Builder b = new Builder(kommune, fassung, titel);
    b.beschlossenAm = beschlossenAm;
    b.gremium = gremium;
    b.leitlinien.addAll(leitlinien);
    b.leitziele.addAll(leitziele);
    b.revision = revision;
    return b;
  }

  /** {@return the identity: Kommune and Fassung} */
  public LeitbildId id() {
    return new LeitbildId(kommune, fassung);
  }

  /** {@return the Kommune whose Leitbild this is} */
  public Gemeindeschluessel kommune() {
    return kommune;
  }

  /** {@return the version number of the Leitbild, from 1} */
  public int fassung() {
    return fassung;
  }

  /** {@return the title, not blank} */
  public String titel() {
    return titel;
  }

  /** {@return the day of the council decision (Ratsbeschluss), or empty if not yet adopted} */
  public Optional<LocalDate> beschlossenAm() {
    return Optional.ofNullable(beschlossenAm);
  }

  /** {@return the body that adopted it (e.g. "Rat der Stadt Ahlen"), or empty if not recorded} */
  public Optional<String> gremium() {
    return Optional.ofNullable(gremium);
  }

  /** {@return the Präventionsleitlinien it takes up, in the Land's order} */
  public ImmutableSet<Praeventionsleitlinie> leitlinien() {
    return leitlinien;
  }

  /** {@return the Leitziele in the order given} */
  public ImmutableList<Leitziel> leitziele() {
    return leitziele;
  }

  /** {@return the revision set by a repository; 0 = never saved} */
  public long revision() {
    return revision;
  }

  /**
   * {@return the Leitziel with {@code key}, or empty}
   *
   * @param key the Leitziel's key
   */
  public Optional<Leitziel> leitziel(String key) {
    requireNonNull(key, "key");
    return leitziele.stream().filter(l -> l.key().equals(key)).findFirst();
  }

  /**
   * {@return the Handlungsziel with {@code key} in any Leitziel, or empty}
   *
   * @param key the Handlungsziel's key (a name space apart from the Leitziel keys)
   */
  public Optional<Handlungsziel> handlungsziel(String key) {
    requireNonNull(key, "key");
    return handlungsziele().stream().filter(h -> h.key().equals(key)).findFirst();
  }

  /** {@return all Handlungsziele, Leitziel by Leitziel, in the order given} */
  public ImmutableList<Handlungsziel> handlungsziele() {
    return leitziele.stream()
        .flatMap(l -> l.handlungsziele().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return all indicators any Handlungsziel is measured by, sorted by key, each once} */
  public ImmutableSortedSet<IndikatorKey> indikatoren() {
    return handlungsziele().stream()
        .flatMap(h -> h.indikatoren().stream())
        .collect(ImmutableSortedSet.toImmutableSortedSet(IndikatorKey::compareTo));
  }

  /** {@return all Zielwerte, Handlungsziel by Handlungsziel, in the order given} */
  public ImmutableList<Zielwert> zielwerte() {
    return handlungsziele().stream()
        .flatMap(h -> h.zielwerte().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return whether the Leitbild takes up {@code leitlinie}}
   *
   * @param leitlinie one of the Land's Präventionsleitlinien
   */
  public boolean folgt(Praeventionsleitlinie leitlinie) {
    return leitlinien.contains(leitlinie);
  }

  /**
   * A copy with {@code leitziel} added at the end, or replacing the Leitziel with the same key in
   * its place.
   *
   * @param leitziel the Leitziel to add or replace
   * @return the copy; the revision is kept
   * @throws RegelverstossException if a rule of the class comment is broken by the new Leitziel
   */
  public Leitbild withLeitziel(Leitziel leitziel) {
    requireNonNull(leitziel, "leitziel");
    Builder b = toBuilder();
    b.leitziele.clear();
    boolean ersetzt = false;
    for (Leitziel l : leitziele) {
      if (l.key().equals(leitziel.key())) {
        b.leitziele.add(leitziel);
        ersetzt = true;
      } else {
        b.leitziele.add(l);
      }
    }
    if (!ersetzt) {
      b.leitziele.add(leitziel);
    }
    return b.build();
  }

  /**
   * {@return a copy adopted on {@code am} by {@code gremium}; the revision is kept}
   *
   * @param am the day of the council decision
   * @param gremium the adopting body, not blank
   * @throws IllegalArgumentException if {@code gremium} is blank
   * @throws RegelverstossException if a Zielwert's Frist lies before {@code am}
   */
  public Leitbild withBeschluss(LocalDate am, String gremium) {
    return toBuilder().beschlossen(am, gremium).build();
  }

  /**
   * {@return a copy with revision {@code revision}; used by repositories}
   *
   * @param revision the new revision, at least 0
   * @throws IllegalArgumentException if {@code revision} is negative
   */
  public Leitbild withRevision(long revision) {
    return toBuilder().revision(revision).build();
  }

  /** Compares the full state, including {@link #revision()}. */
  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Leitbild)) {
      return false;
    }
    Leitbild other = (Leitbild) o;
    return fassung == other.fassung
        && revision == other.revision
        && kommune.equals(other.kommune)
        && titel.equals(other.titel)
        && Objects.equals(beschlossenAm, other.beschlossenAm)
        && Objects.equals(gremium, other.gremium)
        && leitlinien.equals(other.leitlinien)
        && leitziele.equals(other.leitziele);
  }

  /** Hashes the full state, including {@link #revision()}. */
  @Override
  public int hashCode() {
    return Objects.hash(
        kommune, fassung, titel, beschlossenAm, gremium, leitlinien, leitziele, revision);
  }

  /** A short summary, e.g. {@code Leitbild 05570004/1 "…" (3 Leitziele, revision 0)}. */
  @Override
  public String toString() {
    return "Leitbild "
        + id()
        + " \""
        + titel
        + "\" ("
        + leitziele.size()
        + " Leitziele, revision "
        + revision
        + ")";
  }

  /**
   * Collects the state of a {@link Leitbild}; {@link #build()} checks the rules. A method named in
   * the plural ({@code leitlinien}, {@code leitziele}) replaces all elements of its kind; a method
   * named in the singular ({@code leitlinie}, {@code leitziel}) adds one. Not thread-safe.
   */
  public static final class Builder {
    private final Gemeindeschluessel kommune;
    private final int fassung;
    private final String titel;
    private @Nullable LocalDate beschlossenAm;
    private @Nullable String gremium;
    private final Set<Praeventionsleitlinie> leitlinien = new HashSet<>();
    private final List<Leitziel> leitziele = new ArrayList<>();
    private long revision;

    private Builder(Gemeindeschluessel kommune, int fassung, String titel) {
      this.kommune = requireNonNull(kommune, "kommune");
      this.fassung = fassung;
      this.titel = requireNonNull(titel, "titel");
    }

    /**
     * Sets the council decision: the day and the adopting body.
     *
     * @param am the day of the council decision
     * @param gremium the adopting body, not blank (checked by {@link #build()})
     * @return this builder
     */
    public Builder beschlossen(LocalDate am, String gremium) {
      this.beschlossenAm = requireNonNull(am, "am");
      this.gremium = requireNonNull(gremium, "gremium");
      return this;
    }

    /**
     * Sets or clears the day of the council decision.
     *
     * @param am the day, or {@code null} for a draft not yet adopted
     * @return this builder
     */
    public Builder beschlossenAm(@Nullable LocalDate am) {
      this.beschlossenAm = am;
      return this;
    }

    /**
     * Sets or clears the adopting body.
     *
     * @param gremium the body, not blank (checked by {@link #build()}), or {@code null}
     * @return this builder
     */
    public Builder gremium(@Nullable String gremium) {
      this.gremium = gremium;
      return this;
    }

    /**
     * Replaces the Präventionsleitlinien.
     *
     * @param leitlinien the Leitlinien; one given twice is kept once
     * @return this builder
     */
    public Builder leitlinien(Praeventionsleitlinie... leitlinien) {
      return leitlinien(Arrays.asList(leitlinien));
    }

    /**
     * Replaces the Präventionsleitlinien.
     *
     * @param leitlinien the Leitlinien; one given twice is kept once
     * @return this builder
     */
    public Builder leitlinien(Collection<Praeventionsleitlinie> leitlinien) {
      List<Praeventionsleitlinie> neu = new ArrayList<>(leitlinien.size());
      for (Praeventionsleitlinie l : leitlinien) {
        neu.add(requireNonNull(l, "leitlinie"));
      }
      this.leitlinien.clear();
      this.leitlinien.addAll(neu);
      return this;
    }

    /**
     * Adds one Präventionsleitlinie; one already there is kept once.
     *
     * @param leitlinie the Leitlinie to add
     * @return this builder
     */
    public Builder leitlinie(Praeventionsleitlinie leitlinie) {
      leitlinien.add(requireNonNull(leitlinie, "leitlinie"));
      return this;
    }

    /**
     * Adds one Leitziel at the end.
     *
     * @param leitziel the Leitziel to add
     * @return this builder
     */
    public Builder leitziel(Leitziel leitziel) {
      leitziele.add(requireNonNull(leitziel, "leitziel"));
      return this;
    }

    /**
     * Replaces the Leitziele.
     *
     * @param leitziele the Leitziele, in order
     * @return this builder
     */
    public Builder leitziele(Collection<Leitziel> leitziele) {
      List<Leitziel> neu = new ArrayList<>(leitziele.size());
      for (Leitziel z : leitziele) {
        neu.add(requireNonNull(z, "leitziel"));
      }
      this.leitziele.clear();
      this.leitziele.addAll(neu);
      return this;
    }

    /**
     * Sets the revision (repositories only; default 0).
     *
     * @param revision the revision, at least 0 (checked by {@link #build()})
     * @return this builder
     */
    public Builder revision(long revision) {
      this.revision = revision;
      return this;
    }

    /**
     * Builds the Leitbild.
     *
     * @return the Leitbild
     * @throws IllegalArgumentException if a single value is malformed
     * @throws RegelverstossException if a rule listed on {@link Leitbild} is broken
     */
    public Leitbild build() {
      return new Leitbild(this);
    }
  }
}

package de.kekiz.domain.kommune;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.RegelverstossException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A Kommune (Gebietskörperschaft): a Stadt, Gemeinde, Kreis or the StädteRegion, with the Jugendamt
 * that serves it, its Sozialräume in all boundary versions, its programme participations and its
 * population. The aggregate root of this package.
 *
 * <p>Rules, each reported as a {@link RegelverstossException} with the code given. By kind:
 *
 * <ul>
 *   <li>{@code kommune.kreisfreie-stadt-nicht-kreisfrei}: a {@link Kommunenart#KREISFREIE_STADT} is
 *       kreisfrei;
 *   <li>{@code kommune.kreisebene-kreisfrei}: a {@link Kommunenart#KREIS} or {@link
 *       Kommunenart#STAEDTEREGION} is not kreisfrei;
 *   <li>{@code kommune.schluessel-nicht-000}: a kreisfreie Stadt, Kreis or StädteRegion has a key
 *       ending in {@code 000};
 *   <li>{@code kommune.kreis-nicht-erlaubt}: a kreisfreie Stadt, Kreis or StädteRegion belongs to
 *       no Kreis;
 *   <li>{@code kommune.jugendamt-nicht-eigenes}: a kreisfreie Stadt, Kreis or StädteRegion is
 *       Träger of its own Jugendamt;
 *   <li>{@code kommune.schluessel-000}: a kreisangehörige Kommune has a key whose Gemeinde part is
 *       not {@code 000};
 *   <li>{@code kommune.kreis-passt-nicht}: a kreisangehörige Kommune belongs to the Kreis its key
 *       names ({@link Gemeindeschluessel#kreis()});
 *   <li>{@code kommune.jugendamt-fremd}: a kreisangehörige Kommune is served by its own Jugendamt
 *       or by that of its Kreis (the Kreis's conventional key, e.g. {@code 05978000});
 *   <li>{@code kommune.kreisfrei-ohne-eigenes-jugendamt}: a kreisangehörige Kommune that is
 *       kreisfrei by law (Aachen in the StädteRegion Aachen) has its own Jugendamt;
 *   <li>{@code kommune.jugendamt-nicht-kreis}: a {@link Kommunenart#KREISANGEHOERIGE_GEMEINDE} is
 *       served by the Kreisjugendamt (the Kreis Unna serves Bönen).
 * </ul>
 *
 * <p>Sozialräume, population and participations:
 *
 * <ul>
 *   <li>{@code kommune.sozialraum-andere-kommune}: every Sozialraum lies in this Kommune;
 *   <li>{@code kommune.sozialraum-doppelt}: each version ({@link SozialraumRef}) occurs once;
 *   <li>{@code kommune.sozialraum-versionen-ueberlappen}: the versions of one Sozialraum do not
 *       share a day;
 *   <li>{@code kommune.sozialraum-uebergeordnet-unbekannt}: a parent is a Sozialraum of this
 *       Kommune;
 *   <li>{@code kommune.sozialraum-uebergeordnet-nicht-gueltig}: some version of the parent shares
 *       at least one day with the child version;
 *   <li>{@code kommune.sozialraum-zyklus}: following parents never leads back to the start. The
 *       check runs on the Sozialraum ids with the parents of all versions, so a cycle is rejected
 *       even if its links are valid at different times;
 *   <li>{@code kommune.bevoelkerung-doppelt}: at most one population figure per reference date and
 *       age group;
 *   <li>{@code kommune.teilnahme-ueberlappt}: two participations in the same programme (by key) and
 *       phase do not share a day.
 * </ul>
 *
 * <p>Malformed single values (a blank name, a negative revision) raise {@link
 * IllegalArgumentException}. Lists keep the order they were given in.
 *
 * <p>{@link #equals(Object)} and {@link #hashCode()} compare the full state, including {@link
 * #revision()}, so that round trips through a database or JSON can be proven with {@code equals};
 * two objects for the same Kommune at different revisions are not equal. Compare {@link #id()} for
 * identity. Immutable and thread-safe.
 */
public final class Kommune {

  private final Gemeindeschluessel schluessel;
  private final String name;
  private final Kommunenart art;
  private final boolean kreisfrei;
  private final @Nullable Kreisschluessel kreis;
  private final Gemeindeschluessel jugendamt;
  private final ImmutableList<Sozialraum> sozialraeume;
  private final ImmutableList<Programmteilnahme> teilnahmen;
  private final ImmutableList<Bevoelkerungsstand> bevoelkerung;
  private final long revision;

  private Kommune(
      Builder b, boolean kreisfrei, @Nullable Kreisschluessel kreis, Gemeindeschluessel jugendamt) {
    this.schluessel = b.schluessel;
    this.name = b.name;
    this.art = b.art;
    this.kreisfrei = kreisfrei;
    this.kreis = kreis;
    this.jugendamt = jugendamt;
    this.sozialraeume = ImmutableList.copyOf(b.sozialraeume);
    this.teilnahmen = ImmutableList.copyOf(b.teilnahmen);
    this.bevoelkerung = ImmutableList.copyOf(b.bevoelkerung);
    this.revision = b.revision;
    if (name.isBlank()) {
      throw new IllegalArgumentException(
          "Kommune " + schluessel + " needs a name that is not blank, got '" + name + "'");
    }
    if (revision < 0) {
      throw new IllegalArgumentException(
          "Kommune " + schluessel + " needs a revision of at least 0, got " + revision);
    }
    pruefeArt();
    pruefeSozialraeume();
    Bevoelkerung.pruefeEindeutig(bevoelkerung, "kommune.bevoelkerung-doppelt", gegenstand());
    pruefeTeilnahmen();
  }

  /**
   * Starts a builder. Unless set, {@code kreisfrei} is true exactly for a kreisfreie Stadt, the
   * Kreis is the one the key names for a kreisangehörige kind (none otherwise), and the Jugendamt
   * is that Kreis's for a {@link Kommunenart#KREISANGEHOERIGE_GEMEINDE} and the Kommune itself for
   * every other kind.
   *
   * @param schluessel the AGS (for a Kreis its conventional 8-digit form)
   * @param name the name, not blank (checked by {@link Builder#build()})
   * @param art the kind
   * @return the builder
   */
  public static Builder builder(Gemeindeschluessel schluessel, String name, Kommunenart art) {
    return new Builder(schluessel, name, art);
  }

  /** {@return a builder holding the full state of this Kommune, revision included} */
  public Builder toBuilder() {
    return builder(schluessel, name, art)
        .kreisfrei(kreisfrei)
        .kreis(kreis)
        .jugendamt(jugendamt)
        .sozialraeume(sozialraeume)
        .teilnahmen(teilnahmen)
        .bevoelkerung(bevoelkerung)
        .revision(revision);
  }

  // ---------------------------------------------------------------- state

  /** {@return the identity of the Kommune: its {@link #schluessel()}} */
  public Gemeindeschluessel id() {
    return schluessel;
  }

  /** {@return the Amtlicher Gemeindeschlüssel (for a Kreis its conventional 8-digit form)} */
  public Gemeindeschluessel schluessel() {
    return schluessel;
  }

  /** {@return the name, e.g. {@code "Kreis Unna"}} */
  public String name() {
    return name;
  }

  /** {@return the kind} */
  public Kommunenart art() {
    return art;
  }

  /**
   * {@return whether the Kommune is kreisfrei by law (also true for Aachen inside its
   * StädteRegion)}
   */
  public boolean kreisfrei() {
    return kreisfrei;
  }

  /**
   * {@return the Kreis the Kommune belongs to; empty for a kreisfreie Stadt, Kreis or StädteRegion}
   */
  public Optional<Kreisschluessel> kreis() {
    return Optional.ofNullable(kreis);
  }

  /** {@return the Träger of the Jugendamt that serves the Kommune: itself or its Kreis} */
  public Gemeindeschluessel jugendamt() {
    return jugendamt;
  }

  /** {@return whether the Kommune is Träger of its own Jugendamt} */
  public boolean hatEigenesJugendamt() {
    return jugendamt.equals(schluessel);
  }

  /** {@return all Sozialraum versions, in the order given} */
  public ImmutableList<Sozialraum> sozialraeume() {
    return sozialraeume;
  }

  /** {@return all programme participations, in the order given} */
  public ImmutableList<Programmteilnahme> teilnahmen() {
    return teilnahmen;
  }

  /** {@return the population figures of the whole Kommune, in the order given} */
  public ImmutableList<Bevoelkerungsstand> bevoelkerung() {
    return bevoelkerung;
  }

  /**
   * {@return the revision a repository stored: 0 means never saved}
   *
   * <p>Takes no part in the rules.
   */
  public long revision() {
    return revision;
  }

  // ---------------------------------------------------------------- queries

  /**
   * {@return the Sozialraum versions valid on {@code tag}, in the order given}
   *
   * @param tag the day asked about
   */
  public ImmutableList<Sozialraum> sozialraeumeAm(LocalDate tag) {
    requireNonNull(tag, "tag");
    return sozialraeume.stream()
        .filter(s -> s.gueltigAm(tag))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return the Sozialraum version {@code ref} points at, or empty if the Kommune has none}
   *
   * @param ref the Sozialraum and its Gebietsstand
   */
  public Optional<Sozialraum> sozialraum(SozialraumRef ref) {
    requireNonNull(ref, "ref");
    return sozialraeume.stream().filter(s -> s.ref().equals(ref)).findFirst();
  }

  /**
   * {@return all versions of Sozialraum {@code id}, ordered by validity; empty if unknown}
   *
   * @param id the Sozialraum
   */
  public ImmutableList<Sozialraum> versionen(SozialraumId id) {
    requireNonNull(id, "id");
    return sozialraeume.stream()
        .filter(s -> s.id().equals(id))
        .sorted(Comparator.comparing(Sozialraum::gueltigkeit))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return the version of Sozialraum {@code id} valid on {@code tag}, or empty if there is none}
   *
   * @param id the Sozialraum
   * @param tag the day asked about
   */
  public Optional<Sozialraum> sozialraumAm(SozialraumId id, LocalDate tag) {
    requireNonNull(id, "id");
    requireNonNull(tag, "tag");
    // versions of one id do not overlap, so at most one matches
    return sozialraeume.stream().filter(s -> s.id().equals(id) && s.gueltigAm(tag)).findFirst();
  }

  /**
   * The direct children of Sozialraum {@code id} valid on {@code tag} (the versions whose parent is
   * {@code id}), in the order given.
   *
   * @param id the parent Sozialraum
   * @param tag the day asked about
   * @return the children; empty if there are none
   */
  public ImmutableList<Sozialraum> unterraeume(SozialraumId id, LocalDate tag) {
    requireNonNull(id, "id");
    requireNonNull(tag, "tag");
    return sozialraeume.stream()
        .filter(s -> id.equals(s.uebergeordnet()) && s.gueltigAm(tag))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return the programme participations running on {@code tag}, in the order given}
   *
   * @param tag the day asked about
   */
  public ImmutableList<Programmteilnahme> teilnahmenAm(LocalDate tag) {
    requireNonNull(tag, "tag");
    return teilnahmen.stream()
        .filter(t -> t.laeuftAm(tag))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return whether the Kommune takes part in {@code programm} (compared by key) on {@code tag}}
   *
   * @param programm the programme
   * @param tag the day asked about
   */
  public boolean nimmtTeilAm(Programm programm, LocalDate tag) {
    requireNonNull(programm, "programm");
    requireNonNull(tag, "tag");
    return teilnahmen.stream()
        .anyMatch(t -> t.programm().key().equals(programm.key()) && t.laeuftAm(tag));
  }

  /**
   * The number of inhabitants of the whole Kommune aged {@code altersgruppe} on {@code stichtag},
   * by the same rule as {@link Sozialraum#einwohner(LocalDate, Altersspanne)}.
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

  /** {@return the reference dates of the Kommune-level population figures, sorted} */
  public ImmutableSortedSet<LocalDate> stichtage() {
    return Bevoelkerung.stichtage(bevoelkerung);
  }

  // ---------------------------------------------------------------- changes

  /**
   * A copy with {@code sozialraum} added, or replacing the version with the same {@link
   * Sozialraum#ref()} in its place. The revision is kept.
   *
   * @param sozialraum a version of a Sozialraum of this Kommune
   * @return the copy
   * @throws RegelverstossException if the result breaks a rule
   */
  public Kommune withSozialraum(Sozialraum sozialraum) {
    requireNonNull(sozialraum, "sozialraum");
    List<Sozialraum> neu = new ArrayList<>(sozialraeume);
    boolean ersetzt = false;
    for (int i = 0; i < neu.size(); i++) {
      if (neu.get(i).ref().equals(sozialraum.ref())) {
        neu.set(i, sozialraum);
        ersetzt = true;
        break;
      }
    }
    if (!ersetzt) {
      neu.add(sozialraum);
    }
    return toBuilder().sozialraeume(neu).build();
  }

  /**
   * A copy with {@code teilnahme} added, or replacing in its place the participation in the same
   * programme (by key) and phase that starts on the same day (to change its end, Förderungen or
   * coordination). The revision is kept.
   *
   * @param teilnahme the participation to add or replace
   * @return the copy
   * @throws RegelverstossException if the result breaks a rule
   */
  public Kommune withTeilnahme(Programmteilnahme teilnahme) {
    requireNonNull(teilnahme, "teilnahme");
    List<Programmteilnahme> neu = new ArrayList<>(teilnahmen);
    boolean ersetzt = false;
    for (int i = 0; i < neu.size(); i++) {
      Programmteilnahme alt = neu.get(i);
      if (alt.gleichePhase(teilnahme) && alt.zeitraum().von().equals(teilnahme.zeitraum().von())) {
        neu.set(i, teilnahme);
        ersetzt = true;
        break;
      }
    }
    if (!ersetzt) {
      neu.add(teilnahme);
    }
    return toBuilder().teilnahmen(neu).build();
  }

  /**
   * {@return a copy at revision {@code revision} (set by repositories)}
   *
   * @param revision the new revision, at least 0
   * @throws IllegalArgumentException if {@code revision} is negative
   */
  public Kommune withRevision(long revision) {
    return toBuilder().revision(revision).build();
  }

  // ---------------------------------------------------------------- rules

  private String gegenstand() {
    return "Kommune " + schluessel + " " + name;
  }

  private void pruefeArt() {
    String g = gegenstand();
    String bez = art.bezeichnung();
    Gemeindeschluessel kreisJugendamt = schluessel.kreis().alsGemeindeschluessel();
    switch (art) {
      case KREISFREIE_STADT:
        RegelverstossException.pruefe(
            kreisfrei,
            "kommune.kreisfreie-stadt-nicht-kreisfrei",
            g,
            "a kreisfreie Stadt must be kreisfrei, got kreisfrei=false");
        break;
      case KREIS:
      case STAEDTEREGION:
        RegelverstossException.pruefe(
            !kreisfrei,
            "kommune.kreisebene-kreisfrei",
            g,
            "a " + bez + " cannot be kreisfrei, got kreisfrei=true");
        break;
      default:
        break;
    }
    if (!art.kreisangehoerig()) {
      RegelverstossException.pruefe(
          schluessel.kreisebene(),
          "kommune.schluessel-nicht-000",
          g,
          "a " + bez + " needs a key ending in 000, got " + schluessel);
      RegelverstossException.pruefe(
          kreis == null,
          "kommune.kreis-nicht-erlaubt",
          g,
          "a " + bez + " belongs to no Kreis, got kreis " + kreis);
    } else {
      RegelverstossException.pruefe(
          !schluessel.kreisebene(),
          "kommune.schluessel-000",
          g,
          "a " + bez + " needs a key whose Gemeinde part is not 000, got " + schluessel);
      RegelverstossException.pruefe(
          schluessel.kreis().equals(kreis),
          "kommune.kreis-passt-nicht",
          g,
          "a "
              + bez
              + " belongs to Kreis "
              + schluessel.kreis()
              + " named by its key, got kreis "
              + kreis);
    }
    if (art.mussEigenesJugendamtHaben()) {
      RegelverstossException.pruefe(
          jugendamt.equals(schluessel),
          "kommune.jugendamt-nicht-eigenes",
          g,
          "a "
              + bez
              + " is Träger of its own Jugendamt "
              + schluessel
              + ", got jugendamt "
              + jugendamt);
    } else {
      RegelverstossException.pruefe(
          jugendamt.equals(schluessel) || jugendamt.equals(kreisJugendamt),
          "kommune.jugendamt-fremd",
          g,
          "the Jugendamt must be the Kommune's own ("
              + schluessel
              + ") or its Kreis's ("
              + kreisJugendamt
              + "), got jugendamt "
              + jugendamt);
      if (kreisfrei) {
        RegelverstossException.pruefe(
            jugendamt.equals(schluessel),
            "kommune.kreisfrei-ohne-eigenes-jugendamt",
            g,
            "a kreisfreie "
                + bez
                + " is Träger of its own Jugendamt "
                + schluessel
                + ", got jugendamt "
                + jugendamt);
      }
      if (!art.darfEigenesJugendamtHaben()) {
        RegelverstossException.pruefe(
            jugendamt.equals(kreisJugendamt),
            "kommune.jugendamt-nicht-kreis",
            g,
            "a "
                + bez
                + " is served by the Kreisjugendamt "
                + kreisJugendamt
                + ", got jugendamt "
                + jugendamt);
      }
    }
  }

  private void pruefeSozialraeume() {
    String g = gegenstand();
    Set<SozialraumRef> refs = new HashSet<>();
    Map<SozialraumId, List<Sozialraum>> nachId = new LinkedHashMap<>();
    for (Sozialraum s : sozialraeume) {
      RegelverstossException.pruefe(
          s.kommune().equals(schluessel),
          "kommune.sozialraum-andere-kommune",
          g,
          "Sozialraum " + s.ref() + " lies in Kommune " + s.kommune() + ", not in " + schluessel);
      RegelverstossException.pruefe(
          refs.add(s.ref()),
          "kommune.sozialraum-doppelt",
          g,
          "Sozialraum version " + s.ref() + " occurs more than once");
      nachId.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(s);
    }
    for (List<Sozialraum> versionen : nachId.values()) {
      for (int i = 0; i < versionen.size(); i++) {
        for (int j = i + 1; j < versionen.size(); j++) {
          Sozialraum a = versionen.get(i);
          Sozialraum b = versionen.get(j);
          RegelverstossException.pruefe(
              !a.gueltigkeit().ueberlappt(b.gueltigkeit()),
              "kommune.sozialraum-versionen-ueberlappen",
              g,
              "versions "
                  + a.ref()
                  + " ("
                  + a.gueltigkeit()
                  + ") and "
                  + b.ref()
                  + " ("
                  + b.gueltigkeit()
                  + ") of Sozialraum "
                  + a.id()
                  + " overlap");
        }
      }
    }
    Map<SozialraumId, SortedSet<SozialraumId>> eltern = new TreeMap<>();
    for (Sozialraum s : sozialraeume) {
      SozialraumId p = s.uebergeordnet();
      if (p == null) {
        continue;
      }
      List<Sozialraum> elternVersionen = nachId.getOrDefault(p, List.of());
      RegelverstossException.pruefe(
          !elternVersionen.isEmpty(),
          "kommune.sozialraum-uebergeordnet-unbekannt",
          g,
          "the parent " + p + " of Sozialraum " + s.ref() + " is not a Sozialraum of this Kommune");
      RegelverstossException.pruefe(
          elternVersionen.stream().anyMatch(e -> e.gueltigkeit().ueberlappt(s.gueltigkeit())),
          "kommune.sozialraum-uebergeordnet-nicht-gueltig",
          g,
          "no version of the parent "
              + p
              + " is valid during "
              + s.gueltigkeit()
              + ", the validity of Sozialraum "
              + s.ref());
      eltern.computeIfAbsent(s.id(), k -> new TreeSet<>()).add(p);
    }
    pruefeZyklen(eltern, g);
  }

  /** Depth-first search over the parent links, in sorted order so the report is stable. */
  private static void pruefeZyklen(Map<SozialraumId, SortedSet<SozialraumId>> eltern, String g) {
    Set<SozialraumId> fertig = new HashSet<>();
    for (SozialraumId start : eltern.keySet()) {
      besuche(start, eltern, new ArrayList<>(), fertig, g);
    }
  }

  private static void besuche(
      SozialraumId id,
      Map<SozialraumId, SortedSet<SozialraumId>> eltern,
      List<SozialraumId> pfad,
      Set<SozialraumId> fertig,
      String g) {
    if (fertig.contains(id)) {
      return;
    }
    int i = pfad.indexOf(id);
    if (i >= 0) {
      List<SozialraumId> zyklus = new ArrayList<>(pfad.subList(i, pfad.size()));
      zyklus.add(id);
      StringBuilder text = new StringBuilder();
      for (SozialraumId z : zyklus) {
        if (text.length() > 0) {
          text.append(" → ");
        }
        text.append(z);
      }
      throw new RegelverstossException(
          "kommune.sozialraum-zyklus", g, "the Sozialraum hierarchy has a cycle: " + text);
    }
    pfad.add(id);
    for (SozialraumId p : eltern.getOrDefault(id, new TreeSet<>())) {
      besuche(p, eltern, pfad, fertig, g);
    }
    pfad.remove(pfad.size() - 1);
    fertig.add(id);
  }

  private void pruefeTeilnahmen() {
    String g = gegenstand();
    for (int i = 0; i < teilnahmen.size(); i++) {
      for (int j = i + 1; j < teilnahmen.size(); j++) {
        Programmteilnahme a = teilnahmen.get(i);
        Programmteilnahme b = teilnahmen.get(j);
        RegelverstossException.pruefe(
            !(a.gleichePhase(b) && a.zeitraum().ueberlappt(b.zeitraum())),
            "kommune.teilnahme-ueberlappt",
            g,
            "two participations in "
                + a.programm().key()
                + "/"
                + a.phase()
                + " overlap: "
                + a.zeitraum()
                + " and "
                + b.zeitraum());
      }
    }
  }

  // ---------------------------------------------------------------- Object

  /** Compares the full state, {@link #revision()} included (see the class comment). */
  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Kommune)) {
      return false;
    }
    Kommune k = (Kommune) o;
    return kreisfrei == k.kreisfrei
        && revision == k.revision
        && schluessel.equals(k.schluessel)
        && name.equals(k.name)
        && art == k.art
        && Objects.equals(kreis, k.kreis)
        && jugendamt.equals(k.jugendamt)
        && sozialraeume.equals(k.sozialraeume)
        && teilnahmen.equals(k.teilnahmen)
        && bevoelkerung.equals(k.bevoelkerung);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        schluessel,
        name,
        art,
        kreisfrei,
        kreis,
        jugendamt,
        sozialraeume,
        teilnahmen,
        bevoelkerung,
        revision);
  }

  /** Returns e.g. {@code Kommune 05978036 Unna (große kreisangehörige Stadt, revision 0)}. */
  @Override
  public String toString() {
    return gegenstand() + " (" + art.bezeichnung() + ", revision " + revision + ")";
  }

  // ---------------------------------------------------------------- builder

  /**
   * Collects the state of a {@link Kommune}; {@link #build()} checks every rule. Singular methods
   * add one element, plural methods replace all elements of their kind. Not thread-safe.
   */
  public static final class Builder {
    private final Gemeindeschluessel schluessel;
    private final String name;
    private final Kommunenart art;
    private @Nullable Boolean kreisfrei;
    private boolean kreisGesetzt;
    private @Nullable Kreisschluessel kreis;
    private @Nullable Gemeindeschluessel jugendamt;
    private final List<Sozialraum> sozialraeume = new ArrayList<>();
    private final List<Programmteilnahme> teilnahmen = new ArrayList<>();
    private final List<Bevoelkerungsstand> bevoelkerung = new ArrayList<>();
    private long revision;

    private Builder(Gemeindeschluessel schluessel, String name, Kommunenart art) {
      this.schluessel = requireNonNull(schluessel, "schluessel");
      this.name = requireNonNull(name, "name");
      this.art = requireNonNull(art, "art");
    }

    /**
     * Sets whether the Kommune is kreisfrei by law.
     *
     * @param kreisfrei whether it is kreisfrei
     * @return this builder
     */
    public Builder kreisfrei(boolean kreisfrei) {
      this.kreisfrei = kreisfrei;
      return this;
    }

    /**
     * Sets the Kreis the Kommune belongs to.
     *
     * @param kreis the Kreis, or {@code null} for none
     * @return this builder
     */
    public Builder kreis(@Nullable Kreisschluessel kreis) {
      this.kreisGesetzt = true;
      this.kreis = kreis;
      return this;
    }

    /**
     * Sets the Träger of the Jugendamt that serves the Kommune.
     *
     * @param jugendamt the key of the Kommune itself or of its Kreis
     * @return this builder
     */
    public Builder jugendamt(Gemeindeschluessel jugendamt) {
      this.jugendamt = requireNonNull(jugendamt, "jugendamt");
      return this;
    }

    /**
     * Adds one Sozialraum version at the end.
     *
     * @param sozialraum the version
     * @return this builder
     */
    public Builder sozialraum(Sozialraum sozialraum) {
      sozialraeume.add(requireNonNull(sozialraum, "sozialraum"));
      return this;
    }

    /**
     * Replaces all Sozialraum versions.
     *
     * @param sozialraeume the versions, in order
     * @return this builder
     */
    public Builder sozialraeume(Collection<Sozialraum> sozialraeume) {
      List<Sozialraum> kopie = ImmutableList.copyOf(sozialraeume);
      this.sozialraeume.clear();
      this.sozialraeume.addAll(kopie);
      return this;
    }

    /**
     * Adds one programme participation at the end.
     *
     * @param teilnahme the participation
     * @return this builder
     */
    public Builder teilnahme(Programmteilnahme teilnahme) {
      teilnahmen.add(requireNonNull(teilnahme, "teilnahme"));
      return this;
    }

    /**
     * Replaces all programme participations.
     *
     * @param teilnahmen the participations, in order
     * @return this builder
     */
    public Builder teilnahmen(Collection<Programmteilnahme> teilnahmen) {
      List<Programmteilnahme> kopie = ImmutableList.copyOf(teilnahmen);
      this.teilnahmen.clear();
      this.teilnahmen.addAll(kopie);
      return this;
    }

    /**
     * Adds one population figure of the whole Kommune at the end.
     *
     * @param stand the figure
     * @return this builder
     */
    public Builder bevoelkerungsstand(Bevoelkerungsstand stand) {
      bevoelkerung.add(requireNonNull(stand, "stand"));
      return this;
    }

    /**
     * Replaces all population figures of the whole Kommune.
     *
     * @param bevoelkerung the figures, in order
     * @return this builder
     */
    public Builder bevoelkerung(Collection<Bevoelkerungsstand> bevoelkerung) {
      List<Bevoelkerungsstand> kopie = ImmutableList.copyOf(bevoelkerung);
      this.bevoelkerung.clear();
      this.bevoelkerung.addAll(kopie);
      return this;
    }

    /**
     * Sets the revision (0 = never saved).
     *
     * @param revision the revision, at least 0 (checked by {@link #build()})
     * @return this builder
     */
    public Builder revision(long revision) {
      this.revision = revision;
      return this;
    }

    /**
     * Builds the Kommune.
     *
     * @return the Kommune
     * @throws IllegalArgumentException if the name is blank or the revision negative
     * @throws RegelverstossException if a rule of the class comment is broken
     */
    public Kommune build() {
      Boolean f = kreisfrei;
      boolean frei = f != null ? f : art == Kommunenart.KREISFREIE_STADT;
      Kreisschluessel k = kreisGesetzt ? kreis : art.kreisangehoerig() ? schluessel.kreis() : null;
      Gemeindeschluessel j = jugendamt;
      if (j == null) {
        j =
            art.darfEigenesJugendamtHaben()
                ? schluessel
                : (k != null ? k : schluessel.kreis()).alsGemeindeschluessel();
      }
      return new Kommune(this, frei, k, j);
    }
  }
}

package de.kekiz.domain.angebot;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Sets;
import de.kekiz.domain.AkteurId;
import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.internal.Pruefung;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.SozialraumId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * An offer of a Präventionskette: a Familiencafé, a Kita–Grundschule Kooperationskalender, a
 * Hebammensprechstunde. Shaped after the Open Referral HSDS 3.0 {@code service}: the Träger is the
 * {@code organization}, {@link Standort}e are {@code location}s, {@link Zeitplan}e are {@code
 * schedule}s, the Sozialräume are the {@code service_area}s, {@link Kostenoption}en the {@code
 * cost_option}s, {@code finanzierung} the {@code funding} sources and {@link #zuletztGeprueft()}
 * the {@code assured_date}; Lebensphasen, Handlungsfelder, Übergänge and Präventionsebenen are its
 * taxonomy terms.
 *
 * <p>The Angebot names its Lebensphasen, Handlungsfelder and Übergänge by key and its Träger by
 * {@link AkteurId}; the Präventionskette that holds it checks that they exist there (this package
 * does not depend on {@code kette}).
 *
 * <p>Rules, each with its {@link RegelverstossException#regel() rule code}:
 *
 * <ul>
 *   <li>{@code angebot.ohne-sozialraum}: it serves at least one Sozialraum;
 *   <li>{@code angebot.sozialraeume-mehrerer-kommunen}: all its Sozialräume lie in one Kommune (an
 *       Angebot serves Sozialräume of its own Kommune);
 *   <li>{@code angebot.ohne-praeventionsebene}, {@code angebot.ohne-lebensphase}, {@code
 *       angebot.ohne-handlungsfeld}: at least one of each;
 *   <li>{@code angebot.standort-id-doppelt}: Standort ids are unique;
 *   <li>{@code angebot.standort-fremde-kommune}: a Standort's Sozialraum, if given, lies in the
 *       Angebot's Kommune.
 * </ul>
 *
 * <p><b>Time.</b> {@link #gueltigkeit()} says since when (and until when) the Angebot runs; an
 * Angebot without recorded validity counts as valid on every day. The {@link #status()} says how
 * things stand now; {@link #laeuftAm(LocalDate)} combines both for a day in the past: an Angebot
 * runs on a day if the day lies in its validity and it is {@link AngebotStatus#AKTIV}, or it is
 * {@link AngebotStatus#EINGESTELLT} with a validity that ends (it ran until then). Without recorded
 * validity this is exactly {@link #aktiv()}.
 *
 * <p>{@link #equals(Object)} and {@link #hashCode()} compare the full state, so that round trips
 * can be proven with {@code equals}; compare {@link #id()} to ask whether two objects are the same
 * Angebot. Immutable and thread-safe.
 */
public final class Angebot {
  private final AngebotId id;
  private final String name;
  private final String beschreibung;
  private final AkteurId traeger;
  private final ImmutableList<Standort> standorte;
  private final ImmutableList<Zeitplan> zeitplaene;
  private final @Nullable Altersspanne alter;
  private final @Nullable String zugang;
  private final ImmutableSet<Praeventionsebene> ebenen;
  private final ImmutableSortedSet<String> lebensphasen;
  private final ImmutableSortedSet<String> handlungsfelder;
  private final ImmutableSortedSet<String> uebergaenge;
  private final ImmutableSortedSet<SozialraumId> sozialraeume;
  private final @Nullable Kapazitaet kapazitaet;
  private final ImmutableList<Kostenoption> kosten;
  private final ImmutableList<String> finanzierung;
  private final AngebotStatus status;
  private final @Nullable LocalDate zuletztGeprueft;
  private final @Nullable String url;
  private final @Nullable String email;
  private final @Nullable Zeitraum gueltigkeit;

  private Angebot(Builder b) {
    this.id = b.id;
    this.name = Pruefung.text(b.name, "Angebot name");
    this.beschreibung = Pruefung.text(b.beschreibung, "Angebot beschreibung");
    this.traeger = b.traeger;
    this.standorte = ImmutableList.copyOf(b.standorte);
    this.zeitplaene = ImmutableList.copyOf(b.zeitplaene);
    this.alter = b.alter;
    this.zugang = Pruefung.optionalText(b.zugang, "Angebot zugang");
    this.ebenen = Sets.immutableEnumSet(b.ebenen);
    this.lebensphasen = keys(b.lebensphasen, "Lebensphase key");
    this.handlungsfelder = keys(b.handlungsfelder, "Handlungsfeld key");
    this.uebergaenge = keys(b.uebergaenge, "Uebergang key");
    this.sozialraeume = ImmutableSortedSet.copyOf(b.sozialraeume);
    this.kapazitaet = b.kapazitaet;
    this.kosten = ImmutableList.copyOf(b.kosten);
    this.finanzierung = ImmutableList.copyOf(b.finanzierung);
    for (String f : finanzierung) {
      Pruefung.text(f, "Angebot finanzierung");
    }
    this.status = b.status;
    this.zuletztGeprueft = b.zuletztGeprueft;
    this.url = Pruefung.url(b.url, "Angebot url");
    this.email = Pruefung.email(b.email, "Angebot email");
    this.gueltigkeit = b.gueltigkeit;
    pruefeRegeln();
  }

  private static ImmutableSortedSet<String> keys(Set<String> keys, String was) {
    for (String k : keys) {
      Pruefung.key(k, was);
    }
    return ImmutableSortedSet.copyOf(keys);
  }

  private void pruefeRegeln() {
    String gegenstand = "Angebot " + id;
    RegelverstossException.pruefe(
        !sozialraeume.isEmpty(),
        "angebot.ohne-sozialraum",
        gegenstand,
        "an Angebot must serve at least one Sozialraum of its own Kommune; '"
            + name
            + "' serves none");
    Gemeindeschluessel kommune = sozialraeume.first().kommune();
    for (SozialraumId s : sozialraeume) {
      RegelverstossException.pruefe(
          s.kommune().equals(kommune),
          "angebot.sozialraeume-mehrerer-kommunen",
          gegenstand,
          "an Angebot serves Sozialräume of one Kommune only; '"
              + s
              + "' does not lie in "
              + kommune
              + " like '"
              + sozialraeume.first()
              + "'");
    }
    RegelverstossException.pruefe(
        !ebenen.isEmpty(),
        "angebot.ohne-praeventionsebene",
        gegenstand,
        "'" + name + "' needs at least one Präventionsebene");
    RegelverstossException.pruefe(
        !lebensphasen.isEmpty(),
        "angebot.ohne-lebensphase",
        gegenstand,
        "'" + name + "' needs at least one Lebensphase");
    RegelverstossException.pruefe(
        !handlungsfelder.isEmpty(),
        "angebot.ohne-handlungsfeld",
        gegenstand,
        "'" + name + "' needs at least one Handlungsfeld");
    Set<String> standortIds = new HashSet<>();
    for (Standort s : standorte) {
      RegelverstossException.pruefe(
          standortIds.add(s.id()),
          "angebot.standort-id-doppelt",
          gegenstand,
          "Standort id '" + s.id() + "' is used twice");
      SozialraumId raum = s.sozialraum();
      RegelverstossException.pruefe(
          raum == null || raum.kommune().equals(kommune),
          "angebot.standort-fremde-kommune",
          gegenstand,
          "Standort '"
              + s.id()
              + "' lies in Sozialraum '"
              + raum
              + "', not in the Kommune "
              + kommune
              + " the Angebot serves");
    }
  }

  /**
   * {@return a builder of an Angebot {@code id} named {@code name} run by the Träger {@code
   * traeger}}
   *
   * @param id the id, unique in the Präventionskette
   * @param name the name, not blank (checked by {@link Builder#build()})
   * @param traeger the Träger, an Akteur of the Präventionskette
   */
  public static Builder builder(AngebotId id, String name, AkteurId traeger) {
    return new Builder(id, name, traeger);
  }

  /** {@return a builder holding this Angebot's state, to derive a changed copy} */
  public Builder toBuilder() {
    Builder b = new Builder(id, name, traeger);
    b.beschreibung = beschreibung;
    b.standorte.addAll(standorte);
    b.zeitplaene.addAll(zeitplaene);
    b.alter = alter;
    b.zugang = zugang;
    b.ebenen.addAll(ebenen);
    b.lebensphasen.addAll(lebensphasen);
    b.handlungsfelder.addAll(handlungsfelder);
    b.uebergaenge.addAll(uebergaenge);
    b.sozialraeume.addAll(sozialraeume);
    b.kapazitaet = kapazitaet;
    b.kosten.addAll(kosten);
    b.finanzierung.addAll(finanzierung);
    b.status = status;
    b.zuletztGeprueft = zuletztGeprueft;
    b.url = url;
    b.email = email;
    b.gueltigkeit = gueltigkeit;
    return b;
  }

  /** {@return the id, unique in the Präventionskette} */
  public AngebotId id() {
    return id;
  }

  /** {@return the name (HSDS {@code name}), not blank} */
  public String name() {
    return name;
  }

  /** {@return what the Angebot offers (HSDS {@code description}), not blank} */
  public String beschreibung() {
    return beschreibung;
  }

  /** {@return the Träger, an Akteur of the Präventionskette (HSDS {@code organization})} */
  public AkteurId traeger() {
    return traeger;
  }

  /** {@return the Kommune whose Sozialräume the Angebot serves} */
  public Gemeindeschluessel kommune() {
    return sozialraeume.first().kommune();
  }

  /** {@return where it takes place, in the order given; empty if no Standort is recorded} */
  public ImmutableList<Standort> standorte() {
    return standorte;
  }

  /**
   * {@return the Standort with {@code id}, or empty}
   *
   * @param id the Standort's id, unique within the Angebot
   */
  public Optional<Standort> standort(String id) {
    requireNonNull(id, "id");
    return standorte.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** {@return when it takes place, in the order given; empty if no Zeitplan is recorded} */
  public ImmutableList<Zeitplan> zeitplaene() {
    return zeitplaene;
  }

  /**
   * {@return the ages it addresses (HSDS {@code minimum_age/maximum_age}), or empty for all ages}
   */
  public Optional<Altersspanne> alter() {
    return Optional.ofNullable(alter);
  }

  /** {@return who may use it (HSDS {@code eligibility_description}), or empty if open to all} */
  public Optional<String> zugang() {
    return Optional.ofNullable(zugang);
  }

  /** {@return its Präventionsebenen, in the order universell, selektiv, indiziert; at least one} */
  public ImmutableSet<Praeventionsebene> ebenen() {
    return ebenen;
  }

  /** {@return the keys of the Lebensphasen it belongs to, sorted; at least one} */
  public ImmutableSortedSet<String> lebensphasen() {
    return lebensphasen;
  }

  /** {@return the keys of the Handlungsfelder it belongs to, sorted; at least one} */
  public ImmutableSortedSet<String> handlungsfelder() {
    return handlungsfelder;
  }

  /** {@return the keys of the Übergänge it bridges, sorted; may be empty} */
  public ImmutableSortedSet<String> uebergaenge() {
    return uebergaenge;
  }

  /** {@return the Sozialräume it serves (HSDS {@code service_area}), sorted; at least one} */
  public ImmutableSortedSet<SozialraumId> sozialraeume() {
    return sozialraeume;
  }

  /** {@return its places, or empty if not limited or unknown} */
  public Optional<Kapazitaet> kapazitaet() {
    return Optional.ofNullable(kapazitaet);
  }

  /** {@return its fees in the order given; empty means free of charge} */
  public ImmutableList<Kostenoption> kosten() {
    return kosten;
  }

  /**
   * {@return the sources that fund it (HSDS {@code funding.source}), in the order given; empty if
   * none is recorded}
   */
  public ImmutableList<String> finanzierung() {
    return finanzierung;
  }

  /**
   * {@return how things stand now: it runs, pauses, is closed for a while or has ended (for a day
   * in the past see the class comment)}
   */
  public AngebotStatus status() {
    return status;
  }

  /** {@return when the entry was last checked (HSDS {@code assured_date}), or empty if unknown} */
  public Optional<LocalDate> zuletztGeprueft() {
    return Optional.ofNullable(zuletztGeprueft);
  }

  /** {@return its web page, an absolute http or https URL, or empty} */
  public Optional<String> url() {
    return Optional.ofNullable(url);
  }

  /** {@return its e-mail address, or empty} */
  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  /**
   * {@return since when (and until when) it runs, or empty if not recorded (valid on every day)}
   */
  public Optional<Zeitraum> gueltigkeit() {
    return Optional.ofNullable(gueltigkeit);
  }

  /**
   * {@return whether {@code tag} lies in its validity (always, if none is recorded)}
   *
   * @param tag the day to test
   */
  public boolean gueltigAm(LocalDate tag) {
    return Zeitraum.gilt(gueltigkeit, tag);
  }

  /**
   * Whether it runs on {@code tag}: the day lies in its validity and it is {@link
   * AngebotStatus#AKTIV}, or it is {@link AngebotStatus#EINGESTELLT} with a validity that ends. An
   * Angebot {@link AngebotStatus#INAKTIV inactive} or {@link
   * AngebotStatus#VORUEBERGEHEND_GESCHLOSSEN closed for a while} now runs on no day, since the
   * model does not know since when it pauses.
   *
   * @param tag the day to test
   * @return whether the Angebot runs on {@code tag}
   */
  public boolean laeuftAm(LocalDate tag) {
    if (!gueltigAm(tag)) {
      return false;
    }
    return status == AngebotStatus.AKTIV
        || (status == AngebotStatus.EINGESTELLT && gueltigkeit != null && !gueltigkeit.offen());
  }

  /** {@return whether it has no fee} */
  public boolean kostenfrei() {
    return kosten.isEmpty();
  }

  /** {@return whether its status is {@link AngebotStatus#AKTIV}} */
  public boolean aktiv() {
    return status == AngebotStatus.AKTIV;
  }

  /**
   * {@return whether it serves {@code sozialraum}}
   *
   * @param sozialraum the Sozialraum to test
   */
  public boolean bedient(SozialraumId sozialraum) {
    return sozialraeume.contains(requireNonNull(sozialraum, "sozialraum"));
  }

  /**
   * {@return whether it bridges the Übergang with key {@code uebergang}}
   *
   * @param uebergang the Übergang's key
   */
  public boolean ueberbrueckt(String uebergang) {
    return uebergaenge.contains(requireNonNull(uebergang, "uebergang"));
  }

  /**
   * {@return a copy with status {@code status}}
   *
   * @param status the new status
   */
  public Angebot withStatus(AngebotStatus status) {
    return toBuilder().status(status).build();
  }

  /**
   * {@return a copy valid during {@code gueltigkeit}}
   *
   * @param gueltigkeit the validity, or {@code null} for none recorded (valid on every day)
   */
  public Angebot withGueltigkeit(@Nullable Zeitraum gueltigkeit) {
    return toBuilder().gueltigkeit(gueltigkeit).build();
  }

  /**
   * {@return a copy last checked on {@code tag}}
   *
   * @param tag the day the entry was checked
   */
  public Angebot withZuletztGeprueft(LocalDate tag) {
    return toBuilder().zuletztGeprueft(requireNonNull(tag, "tag")).build();
  }

  /** Compares the full state. */
  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Angebot)) {
      return false;
    }
    Angebot a = (Angebot) o;
    return id.equals(a.id)
        && name.equals(a.name)
        && beschreibung.equals(a.beschreibung)
        && traeger.equals(a.traeger)
        && standorte.equals(a.standorte)
        && zeitplaene.equals(a.zeitplaene)
        && Objects.equals(alter, a.alter)
        && Objects.equals(zugang, a.zugang)
        && ebenen.equals(a.ebenen)
        && lebensphasen.equals(a.lebensphasen)
        && handlungsfelder.equals(a.handlungsfelder)
        && uebergaenge.equals(a.uebergaenge)
        && sozialraeume.equals(a.sozialraeume)
        && Objects.equals(kapazitaet, a.kapazitaet)
        && kosten.equals(a.kosten)
        && finanzierung.equals(a.finanzierung)
        && status == a.status
        && Objects.equals(zuletztGeprueft, a.zuletztGeprueft)
        && Objects.equals(url, a.url)
        && Objects.equals(email, a.email)
        && Objects.equals(gueltigkeit, a.gueltigkeit);
  }

  /** Hashes the full state. */
  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        name,
        beschreibung,
        traeger,
        standorte,
        zeitplaene,
        alter,
        zugang,
        ebenen,
        lebensphasen,
        handlungsfelder,
        uebergaenge,
        sozialraeume,
        kapazitaet,
        kosten,
        finanzierung,
        status,
        zuletztGeprueft,
        url,
        email,
        gueltigkeit);
  }

  /** A short summary, e.g. {@code Angebot kita-gs-kalender "Kooperationskalender" (AKTIV)}. */
  @Override
  public String toString() {
    return "Angebot " + id + " \"" + name + "\" (" + status + ")";
  }

  /**
   * Collects the state of an {@link Angebot}; {@link #build()} checks the rules. A method named in
   * the plural ({@code standorte}, {@code lebensphasen}, {@code kosten}, …; {@code finanzierung}
   * for the funding sources) replaces all elements of its kind; a method named in the singular
   * ({@code standort}, {@code lebensphase}, {@code kostenoption}, {@code finanzierungsquelle}, …)
   * adds one. The status defaults to {@link AngebotStatus#AKTIV}. Not thread-safe.
   */
  public static final class Builder {
    private final AngebotId id;
    private final String name;
    private final AkteurId traeger;
    private String beschreibung = "";
    private final List<Standort> standorte = new ArrayList<>();
    private final List<Zeitplan> zeitplaene = new ArrayList<>();
    private @Nullable Altersspanne alter;
    private @Nullable String zugang;
    private final Set<Praeventionsebene> ebenen = EnumSet.noneOf(Praeventionsebene.class);
    private final Set<String> lebensphasen = new TreeSet<>();
    private final Set<String> handlungsfelder = new TreeSet<>();
    private final Set<String> uebergaenge = new TreeSet<>();
    private final Set<SozialraumId> sozialraeume = new TreeSet<>();
    private @Nullable Kapazitaet kapazitaet;
    private final List<Kostenoption> kosten = new ArrayList<>();
    private final List<String> finanzierung = new ArrayList<>();
    private AngebotStatus status = AngebotStatus.AKTIV;
    private @Nullable LocalDate zuletztGeprueft;
    private @Nullable String url;
    private @Nullable String email;
    private @Nullable Zeitraum gueltigkeit;

    private Builder(AngebotId id, String name, AkteurId traeger) {
      this.id = requireNonNull(id, "id");
      this.name = requireNonNull(name, "name");
      this.traeger = requireNonNull(traeger, "traeger");
    }

    /**
     * Sets the description (required, not blank; checked by {@link #build()}).
     *
     * @param beschreibung what the Angebot offers
     * @return this builder
     */
    public Builder beschreibung(String beschreibung) {
      this.beschreibung = requireNonNull(beschreibung, "beschreibung");
      return this;
    }

    /**
     * Replaces the Standorte.
     *
     * @param standorte the Standorte, in order, each with an id of its own (checked by {@link
     *     #build()})
     * @return this builder
     */
    public Builder standorte(Standort... standorte) {
      return standorte(Arrays.asList(standorte));
    }

    /**
     * Replaces the Standorte.
     *
     * @param standorte the Standorte, in order, each with an id of its own (checked by {@link
     *     #build()})
     * @return this builder
     */
    public Builder standorte(Collection<Standort> standorte) {
      return ersetze(this.standorte, standorte, "standort");
    }

    /**
     * Adds one Standort at the end.
     *
     * @param standort the Standort, with an id not used before (checked by {@link #build()})
     * @return this builder
     */
    public Builder standort(Standort standort) {
      standorte.add(requireNonNull(standort, "standort"));
      return this;
    }

    /**
     * Replaces the Zeitpläne.
     *
     * @param zeitplaene the Zeitpläne, in order
     * @return this builder
     */
    public Builder zeitplaene(Zeitplan... zeitplaene) {
      return ersetze(this.zeitplaene, Arrays.asList(zeitplaene), "zeitplan");
    }

    /**
     * Adds one Zeitplan at the end.
     *
     * @param zeitplan the Zeitplan
     * @return this builder
     */
    public Builder zeitplan(Zeitplan zeitplan) {
      zeitplaene.add(requireNonNull(zeitplan, "zeitplan"));
      return this;
    }

    /**
     * Sets or clears the ages addressed.
     *
     * @param alter the ages, or {@code null} for all ages
     * @return this builder
     */
    public Builder alter(@Nullable Altersspanne alter) {
      this.alter = alter;
      return this;
    }

    /**
     * Sets or clears who may use it.
     *
     * @param zugang who may use it, not blank (checked by {@link #build()}), or {@code null} if
     *     open to all
     * @return this builder
     */
    public Builder zugang(@Nullable String zugang) {
      this.zugang = zugang;
      return this;
    }

    /**
     * Replaces the Präventionsebenen.
     *
     * @param ebenen the levels; one given twice is kept once
     * @return this builder
     */
    public Builder ebenen(Praeventionsebene... ebenen) {
      return ersetze(this.ebenen, Arrays.asList(ebenen), "ebene");
    }

    /**
     * Adds one Präventionsebene; one already there is kept once.
     *
     * @param ebene the level
     * @return this builder
     */
    public Builder ebene(Praeventionsebene ebene) {
      ebenen.add(requireNonNull(ebene, "ebene"));
      return this;
    }

    /**
     * Replaces the Lebensphase keys.
     *
     * @param keys keys of Lebensphasen of the Präventionskette: 1 to 60 lower-case letters, digits
     *     or '-' (checked by {@link #build()}); one given twice is kept once
     * @return this builder
     */
    public Builder lebensphasen(String... keys) {
      return ersetze(lebensphasen, Arrays.asList(keys), "key");
    }

    /**
     * Adds one Lebensphase key; one already there is kept once.
     *
     * @param key key of a Lebensphase of the Präventionskette (checked by {@link #build()})
     * @return this builder
     */
    public Builder lebensphase(String key) {
      lebensphasen.add(requireNonNull(key, "key"));
      return this;
    }

    /**
     * Replaces the Handlungsfeld keys.
     *
     * @param keys keys of Handlungsfelder of the Präventionskette: 1 to 60 lower-case letters,
     *     digits or '-' (checked by {@link #build()}); one given twice is kept once
     * @return this builder
     */
    public Builder handlungsfelder(String... keys) {
      return ersetze(handlungsfelder, Arrays.asList(keys), "key");
    }

    /**
     * Adds one Handlungsfeld key; one already there is kept once.
     *
     * @param key key of a Handlungsfeld of the Präventionskette (checked by {@link #build()})
     * @return this builder
     */
    public Builder handlungsfeld(String key) {
      handlungsfelder.add(requireNonNull(key, "key"));
      return this;
    }

    /**
     * Replaces the keys of the Übergänge it bridges.
     *
     * @param keys keys of Übergänge of the Präventionskette: 1 to 60 lower-case letters, digits or
     *     '-' (checked by {@link #build()}); one given twice is kept once
     * @return this builder
     */
    public Builder uebergaenge(String... keys) {
      return ersetze(uebergaenge, Arrays.asList(keys), "key");
    }

    /**
     * Adds the key of one Übergang it bridges; one already there is kept once.
     *
     * @param key key of an Übergang of the Präventionskette (checked by {@link #build()})
     * @return this builder
     */
    public Builder uebergang(String key) {
      uebergaenge.add(requireNonNull(key, "key"));
      return this;
    }

    /**
     * Replaces the Sozialräume it serves.
     *
     * @param sozialraeume Sozialräume of one Kommune (checked by {@link #build()}); one given twice
     *     is kept once
     * @return this builder
     */
    public Builder sozialraeume(SozialraumId... sozialraeume) {
      return sozialraeume(Arrays.asList(sozialraeume));
    }

    /**
     * Replaces the Sozialräume it serves.
     *
     * @param sozialraeume Sozialräume of one Kommune (checked by {@link #build()}); one given twice
     *     is kept once
     * @return this builder
     */
    public Builder sozialraeume(Collection<SozialraumId> sozialraeume) {
      return ersetze(this.sozialraeume, sozialraeume, "sozialraum");
    }

    /**
     * Adds one Sozialraum it serves; one already there is kept once.
     *
     * @param sozialraum a Sozialraum of the Kommune (checked by {@link #build()})
     * @return this builder
     */
    public Builder sozialraum(SozialraumId sozialraum) {
      sozialraeume.add(requireNonNull(sozialraum, "sozialraum"));
      return this;
    }

    /** Replaces the content of {@code ziel} with {@code werte} (all or nothing on a null). */
    private <T> Builder ersetze(Collection<T> ziel, Collection<T> werte, String was) {
      List<T> kopie = new ArrayList<>(werte.size());
      for (T w : werte) {
        kopie.add(requireNonNull(w, was));
      }
      ziel.clear();
      ziel.addAll(kopie);
      return this;
    }

    /**
     * Sets or clears the capacity.
     *
     * @param kapazitaet the places, or {@code null} if not limited or unknown
     * @return this builder
     */
    public Builder kapazitaet(@Nullable Kapazitaet kapazitaet) {
      this.kapazitaet = kapazitaet;
      return this;
    }

    /**
     * Replaces the fees.
     *
     * @param kosten the fees, in order
     * @return this builder
     */
    public Builder kosten(Kostenoption... kosten) {
      return ersetze(this.kosten, Arrays.asList(kosten), "kostenoption");
    }

    /**
     * Adds one fee at the end.
     *
     * @param kostenoption the fee
     * @return this builder
     */
    public Builder kostenoption(Kostenoption kostenoption) {
      kosten.add(requireNonNull(kostenoption, "kostenoption"));
      return this;
    }

    /**
     * Replaces the funding sources.
     *
     * @param quellen the sources, in order, each not blank (checked by {@link #build()})
     * @return this builder
     */
    public Builder finanzierung(String... quellen) {
      return ersetze(finanzierung, Arrays.asList(quellen), "finanzierung");
    }

    /**
     * Adds one funding source at the end.
     *
     * @param quelle the source, not blank (checked by {@link #build()})
     * @return this builder
     */
    public Builder finanzierungsquelle(String quelle) {
      finanzierung.add(requireNonNull(quelle, "finanzierung"));
      return this;
    }

    /**
     * Sets the status (default {@link AngebotStatus#AKTIV}).
     *
     * @param status the status
     * @return this builder
     */
    public Builder status(AngebotStatus status) {
      this.status = requireNonNull(status, "status");
      return this;
    }

    /**
     * Sets or clears the day the entry was last checked.
     *
     * @param tag the day, or {@code null} if unknown
     * @return this builder
     */
    public Builder zuletztGeprueft(@Nullable LocalDate tag) {
      this.zuletztGeprueft = tag;
      return this;
    }

    /**
     * Sets or clears the web page.
     *
     * @param url an absolute http or https URL (checked by {@link #build()}), or {@code null}
     * @return this builder
     */
    public Builder url(@Nullable String url) {
      this.url = url;
      return this;
    }

    /**
     * Sets or clears the e-mail address.
     *
     * @param email an address such as {@code familienbuero@ahlen.de} (checked by {@link #build()}),
     *     or {@code null}
     * @return this builder
     */
    public Builder email(@Nullable String email) {
      this.email = email;
      return this;
    }

    /**
     * Sets or clears since when (and until when) it runs.
     *
     * @param gueltigkeit the validity, or {@code null} for none recorded (valid on every day)
     * @return this builder
     */
    public Builder gueltigkeit(@Nullable Zeitraum gueltigkeit) {
      this.gueltigkeit = gueltigkeit;
      return this;
    }

    /**
     * Builds the Angebot.
     *
     * @return the Angebot
     * @throws IllegalArgumentException if a single value is malformed
     * @throws RegelverstossException if a rule listed on {@link Angebot} is broken
     */
    public Angebot build() {
      return new Angebot(this);
    }
  }
}

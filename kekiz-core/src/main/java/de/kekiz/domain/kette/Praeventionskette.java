package de.kekiz.domain.kette;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.AkteurId;
import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.angebot.Angebot;
import de.kekiz.domain.angebot.AngebotId;
import de.kekiz.domain.angebot.AngebotStatus;
import de.kekiz.domain.angebot.Standort;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.SozialraumId;
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
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * A Kommune's Präventionskette: the Lebensphasen from pregnancy to working life, the Übergänge
 * between them, the Handlungsfelder it links, its actors and networks, its Steuerung, and the
 * Angebote placed on it. One chain per Kommune.
 *
 * <p>Rules, each with its {@link RegelverstossException#regel() rule code}:
 *
 * <ul>
 *   <li>{@code kette.ohne-lebensphase}: at least one Lebensphase;
 *   <li>keys unique per kind: {@code kette.lebensphase-key-doppelt}, {@code
 *       kette.handlungsfeld-key-doppelt}, {@code kette.uebergang-key-doppelt}, {@code
 *       kette.akteur-id-doppelt}, {@code kette.netzwerk-key-doppelt}, {@code
 *       kette.angebot-id-doppelt} (AG keys: {@code steuerung.ag-key-doppelt});
 *   <li>{@code kette.lebensphasen-ueberlappen}: no two phases share an age; {@code
 *       kette.lebensphasen-reihenfolge}: phases are listed by age (gaps are allowed);
 *   <li>{@code kette.uebergang-unbekannte-phase}: an Übergang's phases exist; {@code
 *       kette.uebergang-rueckwaerts}: it leads from an earlier to a later phase;
 *   <li>{@code kette.akteur-unbekanntes-handlungsfeld}: an Akteur's Handlungsfelder exist;
 *   <li>{@code kette.netzwerk-unbekanntes-mitglied}: Netzwerk members are Akteure;
 *   <li>{@code kette.mitglied-unbekannter-akteur}: a seat in the Steuerungsgruppe or an AG held for
 *       an actor names an Akteur; {@code kette.ag-unbekannte-lebensphase}: an AG's phases exist;
 *   <li>for every Angebot: {@code kette.angebot-fremde-kommune} (its Sozialräume lie in the chain's
 *       Kommune), {@code kette.angebot-traeger-kein-akteur} (its Träger is an Akteur), {@code
 *       kette.angebot-unbekannte-lebensphase}, {@code kette.angebot-unbekanntes-handlungsfeld},
 *       {@code kette.angebot-unbekannter-uebergang};
 *   <li>{@code kette.zielbeitrag-unbekannt}: a {@link Zielbeitrag} names an Angebot, an
 *       Arbeitsgemeinschaft or an Akteur of the chain.
 * </ul>
 *
 * <p><b>Time.</b> Angebote, Netzwerke, the Steuerungsgruppe, AGs, seats, coordination posts and
 * Zielbeiträge may carry a validity; {@link #am(LocalDate)} gives the chain as it was on a day.
 * Lebensphasen, Übergänge, Handlungsfelder and Akteure carry none: the chain's structure is the
 * same on every day.
 *
 * <p>Whether the Sozialräume of the Angebote exist in the Kommune needs the Kommune aggregate;
 * {@link #pruefeSozialraeume(Set)} checks that on request. {@link #revision()} is set by
 * repositories (0 = never saved) and takes no part in the rules.
 *
 * <p>{@link #equals(Object)} and {@link #hashCode()} compare the <em>full</em> state, including
 * {@link #revision()}, so that round trips through a database or JSON can be proven with {@code
 * equals}; compare {@link #kommune()} to ask whether two objects are the same chain. Immutable and
 * thread-safe.
 */
public final class Praeventionskette {
  private final Gemeindeschluessel kommune;
  private final ImmutableList<Lebensphase> lebensphasen;
  private final ImmutableList<Uebergang> uebergaenge;
  private final ImmutableList<Handlungsfeld> handlungsfelder;
  private final ImmutableList<Akteur> akteure;
  private final ImmutableList<Netzwerk> netzwerke;
  private final Steuerung steuerung;
  private final ImmutableList<Angebot> angebote;
  private final ImmutableList<Zielbeitrag> zielbeitraege;
  private final long revision;

  private Praeventionskette(Builder b) {
    this.kommune = b.kommune;
    this.lebensphasen = ImmutableList.copyOf(b.lebensphasen);
    this.uebergaenge =
        b.uebergaenge == null
            ? Uebergang.standard(lebensphasen)
            : ImmutableList.copyOf(b.uebergaenge);
    this.handlungsfelder = ImmutableList.copyOf(b.handlungsfelder);
    this.akteure = ImmutableList.copyOf(b.akteure);
    this.netzwerke = ImmutableList.copyOf(b.netzwerke);
    this.steuerung = b.steuerung;
    this.angebote = ImmutableList.copyOf(b.angebote);
    this.zielbeitraege = ImmutableList.copyOf(b.zielbeitraege);
    if (b.revision < 0) {
      throw new IllegalArgumentException(
          "revision of Präventionskette " + kommune + " must not be negative, got " + b.revision);
    }
    this.revision = b.revision;
    pruefeRegeln();
  }

  private String gegenstand() {
    return "Präventionskette " + kommune;
  }

  private void pruefeRegeln() {
    if (lebensphasen.isEmpty()) {
      throw new RegelverstossException(
          "kette.ohne-lebensphase", gegenstand(), "needs at least one Lebensphase, got none");
    }
    Set<String> phasen =
        eindeutig(
            lebensphasen, Lebensphase::key, "kette.lebensphase-key-doppelt", "Lebensphase key");
    Set<String> felder =
        eindeutig(
            handlungsfelder,
            Handlungsfeld::key,
            "kette.handlungsfeld-key-doppelt",
            "Handlungsfeld key");
    Set<String> uebergangKeys =
        eindeutig(uebergaenge, Uebergang::key, "kette.uebergang-key-doppelt", "Übergang key");
    Set<AkteurId> akteurIds =
        eindeutig(akteure, Akteur::id, "kette.akteur-id-doppelt", "Akteur id");
    eindeutig(netzwerke, Netzwerk::key, "kette.netzwerk-key-doppelt", "Netzwerk key");
    eindeutig(angebote, Angebot::id, "kette.angebot-id-doppelt", "Angebot id");
    pruefePhasen();
    pruefeUebergaenge();
    for (Akteur a : akteure) {
      for (String feld : a.handlungsfelder()) {
        if (!felder.contains(feld)) {
          throw new RegelverstossException(
              "kette.akteur-unbekanntes-handlungsfeld",
              gegenstand(),
              "Akteur '"
                  + a.id()
                  + "' works in Handlungsfeld '"
                  + feld
                  + "', which the chain does not have (has "
                  + felder
                  + ")");
        }
      }
    }
    for (Netzwerk n : netzwerke) {
      for (AkteurId m : n.mitglieder()) {
        if (!akteurIds.contains(m)) {
          throw new RegelverstossException(
              "kette.netzwerk-unbekanntes-mitglied",
              gegenstand(),
              "Netzwerk '"
                  + n.key()
                  + "' has member '"
                  + m
                  + "', which is not an Akteur of the chain");
        }
      }
    }
    for (Mitglied m : steuerung.alleMitglieder()) {
      AkteurId akteur = m.akteur();
      if (!(akteur == null || akteurIds.contains(akteur))) {
        throw new RegelverstossException(
            "kette.mitglied-unbekannter-akteur",
            gegenstand(),
            "the seat '"
                + m.funktion()
                + "' ("
                + m.bereich()
                + ") is held for '"
                + akteur
                + "', which is not an Akteur of the chain");
      }
    }
    for (Arbeitsgemeinschaft ag : steuerung.ags()) {
      for (String phase : ag.lebensphasen()) {
        if (!phasen.contains(phase)) {
          throw new RegelverstossException(
              "kette.ag-unbekannte-lebensphase",
              gegenstand(),
              "Arbeitsgemeinschaft '"
                  + ag.key()
                  + "' works on Lebensphase '"
                  + phase
                  + "', which the chain does not have (has "
                  + phasen
                  + ")");
        }
      }
    }
    for (Angebot a : angebote) {
      pruefeAngebot(a, phasen, felder, uebergangKeys, akteurIds);
    }
    for (Zielbeitrag z : zielbeitraege) {
      boolean bekannt =
          switch (z.art()) {
            case ANGEBOT -> angebote.stream().anyMatch(a -> a.id().wert().equals(z.beitragender()));
            case ARBEITSGEMEINSCHAFT -> steuerung.ag(z.beitragender()).isPresent();
            case AKTEUR -> akteure.stream().anyMatch(a -> a.id().wert().equals(z.beitragender()));
          };
      if (!bekannt) {
        throw new RegelverstossException(
            "kette.zielbeitrag-unbekannt",
            gegenstand(),
            "the contribution to Handlungsziel '"
                + z.handlungsziel()
                + "' names "
                + z.art().bezeichnung()
                + " '"
                + z.beitragender()
                + "', which the chain does not have");
      }
    }
  }

  private <T, K> Set<K> eindeutig(List<T> elemente, Function<T, K> key, String regel, String was) {
    Set<K> keys = new HashSet<>();
    for (T e : elemente) {
      K k = key.apply(e);
      if (!keys.add(k)) {
        throw new RegelverstossException(regel, gegenstand(), was + " '" + k + "' is used twice");
      }
    }
    return keys;
  }

  private void pruefePhasen() {
    for (int i = 0; i < lebensphasen.size(); i++) {
      Lebensphase a = lebensphasen.get(i);
      for (int j = i + 1; j < lebensphasen.size(); j++) {
        Lebensphase b = lebensphasen.get(j);
        if (a.alter().ueberlappt(b.alter())) {
          throw new RegelverstossException(
              "kette.lebensphasen-ueberlappen",
              gegenstand(),
              "Lebensphase '"
                  + a.key()
                  + "' ("
                  + a.alter()
                  + ") and '"
                  + b.key()
                  + "' ("
                  + b.alter()
                  + ") share ages");
        }
      }
      if (i > 0) {
        Lebensphase vorige = lebensphasen.get(i - 1);
        if (!(vorige.alter().von() < a.alter().von())) {
          throw new RegelverstossException(
              "kette.lebensphasen-reihenfolge",
              gegenstand(),
              "Lebensphasen must be listed by age, but '"
                  + a.key()
                  + "' ("
                  + a.alter()
                  + ") comes after '"
                  + vorige.key()
                  + "' ("
                  + vorige.alter()
                  + ")");
        }
      }
    }
  }

  private void pruefeUebergaenge() {
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < lebensphasen.size(); i++) {
      position.put(lebensphasen.get(i).key(), i);
    }
    for (Uebergang u : uebergaenge) {
      for (String phase : List.of(u.vonPhase(), u.nachPhase())) {
        if (!position.containsKey(phase)) {
          throw new RegelverstossException(
              "kette.uebergang-unbekannte-phase",
              gegenstand(),
              "Übergang '"
                  + u.key()
                  + "' refers to Lebensphase '"
                  + phase
                  + "', which the chain does not have (has "
                  + position.keySet()
                  + ")");
        }
      }
      if (!(requireNonNull(position.get(u.vonPhase()))
          < requireNonNull(position.get(u.nachPhase())))) {
        throw new RegelverstossException(
            "kette.uebergang-rueckwaerts",
            gegenstand(),
            "Übergang '"
                + u.key()
                + "' leads from the later phase '"
                + u.vonPhase()
                + "' back to the earlier phase '"
                + u.nachPhase()
                + "'");
      }
    }
  }

  private void pruefeAngebot(
      Angebot a,
      Set<String> phasen,
      Set<String> felder,
      Set<String> uebergangKeys,
      Set<AkteurId> akteurIds) {
    if (!a.kommune().equals(kommune)) {
      throw new RegelverstossException(
          "kette.angebot-fremde-kommune",
          gegenstand(),
          "Angebot '"
              + a.id()
              + "'"
              + " serves Sozialräume of "
              + a.kommune()
              + " ("
              + a.sozialraeume()
              + "), not of the chain's Kommune "
              + kommune);
    }
    if (!(akteurIds.contains(a.traeger()))) {
      throw new RegelverstossException(
          "kette.angebot-traeger-kein-akteur",
          gegenstand(),
          "Angebot '"
              + a.id()
              + "'"
              + " has the Träger '"
              + a.traeger()
              + "', which is not an Akteur of the chain");
    }
    for (String phase : a.lebensphasen()) {
      if (!phasen.contains(phase)) {
        throw new RegelverstossException(
            "kette.angebot-unbekannte-lebensphase",
            gegenstand(),
            "Angebot '"
                + a.id()
                + "'"
                + " is placed in Lebensphase '"
                + phase
                + "', which the chain does not have (has "
                + phasen
                + ")");
      }
    }
    for (String feld : a.handlungsfelder()) {
      if (!felder.contains(feld)) {
        throw new RegelverstossException(
            "kette.angebot-unbekanntes-handlungsfeld",
            gegenstand(),
            "Angebot '"
                + a.id()
                + "'"
                + " is placed in Handlungsfeld '"
                + feld
                + "', which the chain does not have (has "
                + felder
                + ")");
      }
    }
    for (String u : a.uebergaenge()) {
      if (!uebergangKeys.contains(u)) {
        throw new RegelverstossException(
            "kette.angebot-unbekannter-uebergang",
            gegenstand(),
            "Angebot '"
                + a.id()
                + "'"
                + " bridges Übergang '"
                + u
                + "', which the chain does not have (has "
                + uebergangKeys
                + ")");
      }
    }
  }

  /**
   * Starts the chain of {@code kommune} with the standard Lebensphasen, the Übergänge between them
   * and the standard Handlungsfelder; no actors, networks, Steuerung or Angebote.
   *
   * @param kommune the Kommune whose chain it is
   * @return the builder
   */
  public static Builder builder(Gemeindeschluessel kommune) {
    return new Builder(kommune);
  }

  /** {@return a builder holding this chain's state, to derive a changed copy} */
  public Builder toBuilder() {
    Builder b = new Builder(kommune);
    b.lebensphasen = new ArrayList<>(lebensphasen);
    b.uebergaenge = new ArrayList<>(uebergaenge);
    b.handlungsfelder = new ArrayList<>(handlungsfelder);
    b.akteure.addAll(akteure);
    b.netzwerke.addAll(netzwerke);
    b.steuerung = steuerung;
    b.angebote.addAll(angebote);
    b.zielbeitraege.addAll(zielbeitraege);
    b.revision = revision;
    return b;
  }

  /** {@return the Kommune whose chain this is; it identifies the chain} */
  public Gemeindeschluessel kommune() {
    return kommune;
  }

  /** {@return the Lebensphasen, ordered by age; at least one} */
  public ImmutableList<Lebensphase> lebensphasen() {
    return lebensphasen;
  }

  /** {@return the Übergänge in the order given} */
  public ImmutableList<Uebergang> uebergaenge() {
    return uebergaenge;
  }

  /** {@return the Handlungsfelder in the order given} */
  public ImmutableList<Handlungsfeld> handlungsfelder() {
    return handlungsfelder;
  }

  /** {@return the actors in the order given} */
  public ImmutableList<Akteur> akteure() {
    return akteure;
  }

  /** {@return the networks in the order given} */
  public ImmutableList<Netzwerk> netzwerke() {
    return netzwerke;
  }

  /** {@return how the chain is steered; {@link Steuerung#KEINE} if not recorded} */
  public Steuerung steuerung() {
    return steuerung;
  }

  /** {@return the Angebote in the order given} */
  public ImmutableList<Angebot> angebote() {
    return angebote;
  }

  /** {@return "who does what": the contributions to Handlungsziele, in the order given} */
  public ImmutableList<Zielbeitrag> zielbeitraege() {
    return zielbeitraege;
  }

  /**
   * {@return the contributions to the Handlungsziel {@code handlungsziel}, in the order given;
   * empty if none}
   *
   * @param handlungsziel the Handlungsziel's key, e.g. {@code 1.1}
   */
  public ImmutableList<Zielbeitrag> zielbeitraege(String handlungsziel) {
    requireNonNull(handlungsziel, "handlungsziel");
    return zielbeitraege.stream()
        .filter(z -> z.handlungsziel().equals(handlungsziel))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Since when {@code beitrag} works on its Handlungsziel: the start of its own validity, else the
   * start of the validity of the Angebot or Arbeitsgemeinschaft it names; empty if none is recorded
   * (an Akteur carries no validity).
   *
   * @param beitrag a contribution of this chain
   * @return the first day it works on the goal, or empty if not recorded
   */
  public Optional<LocalDate> seit(Zielbeitrag beitrag) {
    requireNonNull(beitrag, "beitrag");
    Zeitraum eigene = beitrag.gueltigkeit();
    if (eigene != null) {
      return Optional.of(eigene.von());
    }
    Optional<Zeitraum> geerbt =
        switch (beitrag.art()) {
          case ANGEBOT ->
              angebote.stream()
                  .filter(a -> a.id().wert().equals(beitrag.beitragender()))
                  .findFirst()
                  .flatMap(Angebot::gueltigkeit);
          case ARBEITSGEMEINSCHAFT ->
              steuerung
                  .ag(beitrag.beitragender())
                  .flatMap(ag -> Optional.ofNullable(ag.gueltigkeit()));
          case AKTEUR -> Optional.empty();
        };
    return geerbt.map(Zeitraum::von);
  }

  /** {@return the revision set by a repository; 0 = never saved} */
  public long revision() {
    return revision;
  }

  /**
   * The chain as it was on {@code tag}: the Angebote valid that day (an Angebot that ran that day
   * and is {@link AngebotStatus#EINGESTELLT} now shows as {@link AngebotStatus#AKTIV}, as it was
   * then), the Netzwerke, the Steuerung ({@link Steuerung#am(LocalDate)}) and the Zielbeiträge
   * valid that day; a Zielbeitrag whose Angebot or AG did not exist that day is left out too.
   * Lebensphasen, Übergänge, Handlungsfelder and Akteure carry no validity and stay. Parts without
   * recorded validity count as valid on every day, so a chain without any dates is returned
   * unchanged (equal).
   *
   * @param tag the day asked about
   * @return the chain of that day, with the same revision
   */
  public Praeventionskette am(LocalDate tag) {
    requireNonNull(tag, "tag");
    Builder b = toBuilder();
    b.angebote.clear();
    for (Angebot a : angebote) {
      if (!a.gueltigAm(tag)) {
        continue;
      }
      b.angebote.add(
          a.status() == AngebotStatus.EINGESTELLT && a.laeuftAm(tag)
              ? a.withStatus(AngebotStatus.AKTIV)
              : a);
    }
    b.netzwerke.clear();
    netzwerke.stream().filter(n -> n.gueltigAm(tag)).forEach(b.netzwerke::add);
    b.steuerung = steuerung.am(tag);
    Set<String> angeboteDann = new HashSet<>();
    b.angebote.forEach(a -> angeboteDann.add(a.id().wert()));
    b.zielbeitraege.clear();
    for (Zielbeitrag z : zielbeitraege) {
      boolean besteht =
          switch (z.art()) {
            case ANGEBOT -> angeboteDann.contains(z.beitragender());
            case ARBEITSGEMEINSCHAFT -> b.steuerung.ag(z.beitragender()).isPresent();
            case AKTEUR -> true;
          };
      if (besteht && z.gueltigAm(tag)) {
        b.zielbeitraege.add(z);
      }
    }
    return b.build();
  }

  /**
   * {@return the Lebensphase with {@code key}, or empty}
   *
   * @param key the phase's key, e.g. {@code kita}
   */
  public Optional<Lebensphase> lebensphase(String key) {
    requireNonNull(key, "key");
    return finde(lebensphasen, l -> l.key().equals(key));
  }

  /**
   * {@return the Handlungsfeld with {@code key}, or empty}
   *
   * @param key the field's key, e.g. {@code bildung}
   */
  public Optional<Handlungsfeld> handlungsfeld(String key) {
    requireNonNull(key, "key");
    return finde(handlungsfelder, h -> h.key().equals(key));
  }

  /**
   * {@return the Übergang with {@code key}, or empty}
   *
   * @param key the Übergang's key, e.g. {@code kita-grundschule}
   */
  public Optional<Uebergang> uebergang(String key) {
    requireNonNull(key, "key");
    return finde(uebergaenge, u -> u.key().equals(key));
  }

  /**
   * {@return the actor with {@code id}, or empty}
   *
   * @param id the actor's id
   */
  public Optional<Akteur> akteur(AkteurId id) {
    requireNonNull(id, "id");
    return finde(akteure, a -> a.id().equals(id));
  }

  /**
   * {@return the network with {@code key}, or empty}
   *
   * @param key the network's key
   */
  public Optional<Netzwerk> netzwerk(String key) {
    requireNonNull(key, "key");
    return finde(netzwerke, n -> n.key().equals(key));
  }

  /**
   * {@return the Angebot with {@code id}, or empty}
   *
   * @param id the Angebot's id
   */
  public Optional<Angebot> angebot(AngebotId id) {
    requireNonNull(id, "id");
    return finde(angebote, a -> a.id().equals(id));
  }

  private static <T> Optional<T> finde(List<T> liste, Predicate<T> bedingung) {
    return liste.stream().filter(bedingung).findFirst();
  }

  /**
   * The Angebote placed in Lebensphase {@code phase} and Handlungsfeld {@code feld}, in order;
   * empty if there are none or the keys are unknown.
   *
   * @param phase the Lebensphase's key
   * @param feld the Handlungsfeld's key
   * @return the Angebote in both
   */
  public ImmutableList<Angebot> angeboteIn(String phase, String feld) {
    requireNonNull(phase, "phase");
    requireNonNull(feld, "feld");
    return angebote.stream()
        .filter(a -> a.lebensphasen().contains(phase) && a.handlungsfelder().contains(feld))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return the Angebote that bridge the Übergang {@code uebergang}, in order, whatever their
   * status; empty if none}
   *
   * @param uebergang the Übergang's key
   */
  public ImmutableList<Angebot> angeboteAmUebergang(String uebergang) {
    requireNonNull(uebergang, "uebergang");
    return angebote.stream()
        .filter(a -> a.ueberbrueckt(uebergang))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return the Angebote run by {@code traeger}, in order; empty if none}
   *
   * @param traeger the Träger's id
   */
  public ImmutableList<Angebot> angeboteVon(AkteurId traeger) {
    requireNonNull(traeger, "traeger");
    return angebote.stream()
        .filter(a -> a.traeger().equals(traeger))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The Übergänge no active Angebot bridges, in order: where the chain has a gap (an Angebot that
   * is not {@link de.kekiz.domain.angebot.AngebotStatus#AKTIV} does not count).
   *
   * @return the open Übergänge; empty if every one is bridged
   */
  public ImmutableList<Uebergang> offeneUebergaenge() {
    return uebergaenge.stream()
        .filter(u -> angebote.stream().noneMatch(a -> a.aktiv() && a.ueberbrueckt(u.key())))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Checks that every Sozialraum an Angebot serves, and every Sozialraum a Standort lies in, is one
   * of {@code bekannte}; call it with the ids of the Kommune's Sozialräume.
   *
   * @param bekannte the ids of the Kommune's Sozialräume
   * @throws RegelverstossException {@code kette.angebot-unbekannter-sozialraum} or {@code
   *     kette.standort-unbekannter-sozialraum} naming the first unknown Sozialraum
   */
  public void pruefeSozialraeume(Set<SozialraumId> bekannte) {
    requireNonNull(bekannte, "bekannte");
    for (Angebot a : angebote) {
      for (SozialraumId s : a.sozialraeume()) {
        if (!bekannte.contains(s)) {
          throw new RegelverstossException(
              "kette.angebot-unbekannter-sozialraum",
              gegenstand(),
              "Angebot '"
                  + a.id()
                  + "' serves Sozialraum '"
                  + s
                  + "', which the Kommune does not have");
        }
      }
      for (Standort st : a.standorte()) {
        SozialraumId s = st.sozialraum();
        if (!(s == null || bekannte.contains(s))) {
          throw new RegelverstossException(
              "kette.standort-unbekannter-sozialraum",
              gegenstand(),
              "Standort '"
                  + st.id()
                  + "' of Angebot '"
                  + a.id()
                  + "' lies in Sozialraum '"
                  + s
                  + "', which the Kommune does not have");
        }
      }
    }
  }

  /**
   * A copy with {@code angebot} added at the end, or replacing the Angebot with the same id in its
   * place.
   *
   * @param angebot the Angebot to add or replace
   * @return the copy; the revision is kept
   * @throws RegelverstossException if the Angebot does not fit the chain
   */
  public Praeventionskette withAngebot(Angebot angebot) {
    requireNonNull(angebot, "angebot");
    Builder b = toBuilder();
    b.angebote.clear();
    b.angebote.addAll(ersetzt(angebote, angebot, Angebot::id));
    return b.build();
  }

  /**
   * {@return a copy without the Angebot {@code id}; an equal chain if there is none}
   *
   * @param id the Angebot's id
   * @throws RegelverstossException ({@code kette.zielbeitrag-unbekannt}) if a Zielbeitrag names the
   *     Angebot: remove that first
   */
  public Praeventionskette ohneAngebot(AngebotId id) {
    requireNonNull(id, "id");
    Builder b = toBuilder();
    b.angebote.removeIf(a -> a.id().equals(id));
    return b.build();
  }

  /**
   * A copy with {@code akteur} added at the end, or replacing the actor with the same id in its
   * place.
   *
   * @param akteur the actor to add or replace
   * @return the copy; the revision is kept
   * @throws RegelverstossException if the actor does not fit the chain
   */
  public Praeventionskette withAkteur(Akteur akteur) {
    requireNonNull(akteur, "akteur");
    Builder b = toBuilder();
    b.akteure.clear();
    b.akteure.addAll(ersetzt(akteure, akteur, Akteur::id));
    return b.build();
  }

  /**
   * A copy with {@code steuerung}.
   *
   * @param steuerung the new Steuerung, replacing the old one
   * @return the copy; the revision is kept
   * @throws RegelverstossException if the Steuerung does not fit the chain
   */
  public Praeventionskette withSteuerung(Steuerung steuerung) {
    return toBuilder().steuerung(steuerung).build();
  }

  /**
   * {@return a copy with revision {@code revision}; used by repositories}
   *
   * @param revision the new revision, at least 0
   * @throws IllegalArgumentException if {@code revision} is negative
   */
  public Praeventionskette withRevision(long revision) {
    return toBuilder().revision(revision).build();
  }

  private static <T, K> List<T> ersetzt(List<T> liste, T neu, Function<T, K> id) {
    List<T> ergebnis = new ArrayList<>(liste.size() + 1);
    boolean ersetzt = false;
    K neueId = id.apply(neu);
    for (T t : liste) {
      if (id.apply(t).equals(neueId)) {
        ergebnis.add(neu);
        ersetzt = true;
      } else {
        ergebnis.add(t);
      }
    }
    if (!ersetzt) {
      ergebnis.add(neu);
    }
    return ergebnis;
  }

  /** Compares the full state, including {@link #revision()}. */
  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Praeventionskette)) {
      return false;
    }
    Praeventionskette k = (Praeventionskette) o;
    return revision == k.revision
        && kommune.equals(k.kommune)
        && lebensphasen.equals(k.lebensphasen)
        && uebergaenge.equals(k.uebergaenge)
        && handlungsfelder.equals(k.handlungsfelder)
        && akteure.equals(k.akteure)
        && netzwerke.equals(k.netzwerke)
        && steuerung.equals(k.steuerung)
        && angebote.equals(k.angebote)
        && zielbeitraege.equals(k.zielbeitraege);
  }

  /** Hashes the full state, including {@link #revision()}. */
  @Override
  public int hashCode() {
    return Objects.hash(
        kommune,
        lebensphasen,
        uebergaenge,
        handlungsfelder,
        akteure,
        netzwerke,
        steuerung,
        angebote,
        zielbeitraege,
        revision);
  }

  /** A short summary, e.g. {@code Präventionskette 05570004 (5 Lebensphasen, 12 Akteure, …)}. */
  @Override
  public String toString() {
    return gegenstand()
        + " ("
        + lebensphasen.size()
        + " Lebensphasen, "
        + akteure.size()
        + " Akteure, "
        + angebote.size()
        + " Angebote, revision "
        + revision
        + ")";
  }

  /**
   * Collects the state of a {@link Praeventionskette}; {@link #build()} checks the rules.
   *
   * <p>A method named in the plural ({@code lebensphasen}, {@code akteure}, {@code angebote}, …)
   * replaces all elements of its kind; a method named in the singular ({@code akteur}, {@code
   * netzwerk}, {@code angebot}, {@code zielbeitrag}) adds one at the end. Lebensphasen and
   * Handlungsfelder start as the standard ones; unless set explicitly, the Übergänge are derived
   * from the Lebensphasen at {@link #build()} ({@link Uebergang#standard(List)}). Not thread-safe.
   */
  public static final class Builder {
    private final Gemeindeschluessel kommune;
    private List<Lebensphase> lebensphasen = new ArrayList<>(Lebensphase.standard());
    private @Nullable List<Uebergang> uebergaenge;
    private List<Handlungsfeld> handlungsfelder = new ArrayList<>(Handlungsfeld.standard());
    private final List<Akteur> akteure = new ArrayList<>();
    private final List<Netzwerk> netzwerke = new ArrayList<>();
    private Steuerung steuerung = Steuerung.KEINE;
    private final List<Angebot> angebote = new ArrayList<>();
    private final List<Zielbeitrag> zielbeitraege = new ArrayList<>();
    private long revision;

    private Builder(Gemeindeschluessel kommune) {
      this.kommune = requireNonNull(kommune, "kommune");
    }

    /**
     * Replaces the Lebensphasen (ordered by age).
     *
     * @param lebensphasen the phases, ordered by age
     * @return this builder
     */
    public Builder lebensphasen(Lebensphase... lebensphasen) {
      return lebensphasen(Arrays.asList(lebensphasen));
    }

    /**
     * Replaces the Lebensphasen (ordered by age).
     *
     * @param lebensphasen the phases, ordered by age
     * @return this builder
     */
    public Builder lebensphasen(Collection<Lebensphase> lebensphasen) {
      this.lebensphasen = kopie(lebensphasen, "lebensphase");
      return this;
    }

    /**
     * Replaces the Übergänge; without this call they are derived from the Lebensphasen.
     *
     * @param uebergaenge the Übergänge
     * @return this builder
     */
    public Builder uebergaenge(Uebergang... uebergaenge) {
      return uebergaenge(Arrays.asList(uebergaenge));
    }

    /**
     * Replaces the Übergänge; without this call they are derived from the Lebensphasen.
     *
     * @param uebergaenge the Übergänge
     * @return this builder
     */
    public Builder uebergaenge(Collection<Uebergang> uebergaenge) {
      this.uebergaenge = kopie(uebergaenge, "uebergang");
      return this;
    }

    /**
     * Replaces the Handlungsfelder.
     *
     * @param handlungsfelder the fields
     * @return this builder
     */
    public Builder handlungsfelder(Handlungsfeld... handlungsfelder) {
      return handlungsfelder(Arrays.asList(handlungsfelder));
    }

    /**
     * Replaces the Handlungsfelder.
     *
     * @param handlungsfelder the fields
     * @return this builder
     */
    public Builder handlungsfelder(Collection<Handlungsfeld> handlungsfelder) {
      this.handlungsfelder = kopie(handlungsfelder, "handlungsfeld");
      return this;
    }

    /**
     * Replaces the actors.
     *
     * @param akteure the actors, in order
     * @return this builder
     */
    public Builder akteure(Akteur... akteure) {
      return akteure(Arrays.asList(akteure));
    }

    /**
     * Replaces the actors.
     *
     * @param akteure the actors, in order
     * @return this builder
     */
    public Builder akteure(Collection<Akteur> akteure) {
      List<Akteur> neu = kopie(akteure, "akteur");
      this.akteure.clear();
      this.akteure.addAll(neu);
      return this;
    }

    /**
     * Adds one actor at the end.
     *
     * @param akteur the actor
     * @return this builder
     */
    public Builder akteur(Akteur akteur) {
      this.akteure.add(requireNonNull(akteur, "akteur"));
      return this;
    }

    /**
     * Replaces the networks.
     *
     * @param netzwerke the networks, in order
     * @return this builder
     */
    public Builder netzwerke(Netzwerk... netzwerke) {
      return netzwerke(Arrays.asList(netzwerke));
    }

    /**
     * Replaces the networks.
     *
     * @param netzwerke the networks, in order
     * @return this builder
     */
    public Builder netzwerke(Collection<Netzwerk> netzwerke) {
      List<Netzwerk> neu = kopie(netzwerke, "netzwerk");
      this.netzwerke.clear();
      this.netzwerke.addAll(neu);
      return this;
    }

    /**
     * Adds one network at the end.
     *
     * @param netzwerk the network
     * @return this builder
     */
    public Builder netzwerk(Netzwerk netzwerk) {
      this.netzwerke.add(requireNonNull(netzwerk, "netzwerk"));
      return this;
    }

    /**
     * Sets the Steuerung (default {@link Steuerung#KEINE}).
     *
     * @param steuerung the Steuerung
     * @return this builder
     */
    public Builder steuerung(Steuerung steuerung) {
      this.steuerung = requireNonNull(steuerung, "steuerung");
      return this;
    }

    /**
     * Replaces the Angebote.
     *
     * @param angebote the Angebote, in order
     * @return this builder
     */
    public Builder angebote(Angebot... angebote) {
      return angebote(Arrays.asList(angebote));
    }

    /**
     * Replaces the Angebote.
     *
     * @param angebote the Angebote, in order
     * @return this builder
     */
    public Builder angebote(Collection<Angebot> angebote) {
      List<Angebot> neu = kopie(angebote, "angebot");
      this.angebote.clear();
      this.angebote.addAll(neu);
      return this;
    }

    /**
     * Adds one Angebot at the end.
     *
     * @param angebot the Angebot
     * @return this builder
     */
    public Builder angebot(Angebot angebot) {
      this.angebote.add(requireNonNull(angebot, "angebot"));
      return this;
    }

    /**
     * Replaces the contributions to Handlungsziele ("who does what").
     *
     * @param zielbeitraege the contributions to Handlungsziele ("who does what"), in order
     * @return this builder
     */
    public Builder zielbeitraege(Zielbeitrag... zielbeitraege) {
      return zielbeitraege(Arrays.asList(zielbeitraege));
    }

    /**
     * Replaces the contributions to Handlungsziele ("who does what").
     *
     * @param zielbeitraege the contributions to Handlungsziele ("who does what"), in order
     * @return this builder
     */
    public Builder zielbeitraege(Collection<Zielbeitrag> zielbeitraege) {
      List<Zielbeitrag> neu = kopie(zielbeitraege, "zielbeitrag");
      this.zielbeitraege.clear();
      this.zielbeitraege.addAll(neu);
      return this;
    }

    /**
     * Adds one contribution to a Handlungsziel at the end.
     *
     * @param zielbeitrag the contribution to a Handlungsziel
     * @return this builder
     */
    public Builder zielbeitrag(Zielbeitrag zielbeitrag) {
      this.zielbeitraege.add(requireNonNull(zielbeitrag, "zielbeitrag"));
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

    private static <T> List<T> kopie(Collection<T> elemente, String was) {
      List<T> liste = new ArrayList<>(elemente.size());
      for (T e : elemente) {
        liste.add(requireNonNull(e, was));
      }
      return liste;
    }

    /**
     * Builds the chain.
     *
     * @return the chain
     * @throws IllegalArgumentException if a single value is malformed
     * @throws RegelverstossException if a rule listed on {@link Praeventionskette} is broken
     */
    public Praeventionskette build() {
      return new Praeventionskette(this);
    }
  }
}

package de.kekiz.monitoring.veroeffentlichung;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.KommuneBezug;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.kette.Handlungsfeld;
import de.kekiz.domain.kette.Koordination;
import de.kekiz.domain.kette.Mitglied;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kette.Steuerungsgruppe;
import de.kekiz.domain.kette.Uebergang;
import de.kekiz.domain.kette.Zielbeitrag;
import de.kekiz.domain.kommune.Finanzierungsquelle;
import de.kekiz.domain.leitbild.Handlungsziel;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.domain.leitbild.Praeventionsleitlinie;
import de.kekiz.monitoring.Kommunaldaten;
import de.kekiz.monitoring.Reihe;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Computes the maturity score of a Präventionskette (Reifegrad der Präventionskette) after the four
 * stages of the Qualitätskreislauf, from the model only: the Leitbild, the chain as it was on the
 * reference date ({@link Praeventionskette#am(LocalDate)}) and published figures.
 *
 * <p><b>Rules.</b> Ten criteria, each met or not, each worth one point (so the score is 0 to 10
 * points):
 *
 * <table>
 *   <caption>Criteria of the chain maturity score</caption>
 *   <tr><th>stage</th><th>criterion</th><th>met when</th></tr>
 *   <tr><td>1 Leitbild &amp; Vision</td><td>{@link Reifekriterium#LEITBILD LEITBILD}</td>
 *       <td>the Leitbild was adopted by the council on or before the reference date</td></tr>
 *   <tr><td>1</td><td>{@link Reifekriterium#LEITLINIEN LEITLINIEN}</td>
 *       <td>the Leitbild takes up at least one Präventionsleitlinie</td></tr>
 *   <tr><td>2 Steuerung &amp; Zielentwicklung</td>
 *       <td>{@link Reifekriterium#STEUERUNGSGRUPPE STEUERUNGSGRUPPE}</td>
 *       <td>the Steuerungsgruppe of that day holds seats (held that day) whose area names each of
 *       the four core fields Gesundheit, Bildung, Kinder- und Jugendhilfe and Soziales: a seat's
 *       {@code bereich} names a field when it equals the field's key or name, ignoring case
 *       ({@code Jugendhilfe} names {@code jugendhilfe})</td></tr>
 *   <tr><td>2</td><td>{@link Reifekriterium#KOORDINATION KOORDINATION}</td>
 *       <td>at least one coordination post exists that day with recorded funding ({@link
 *       Koordination#finanziert()})</td></tr>
 *   <tr><td>2</td><td>{@link Reifekriterium#HANDLUNGSZIELE HANDLUNGSZIELE}</td>
 *       <td>the Leitbild has at least one Handlungsziel and each names at least one
 *       indicator</td></tr>
 *   <tr><td>3 Zielkonkretisierung &amp; Umsetzung</td>
 *       <td>{@link Reifekriterium#ZIELWERTE ZIELWERTE}</td>
 *       <td>there is at least one Handlungsziel and each has at least one Zielwert</td></tr>
 *   <tr><td>3</td><td>{@link Reifekriterium#ZIELBEITRAEGE ZIELBEITRAEGE}</td>
 *       <td>there is at least one Handlungsziel and each has a {@link Zielbeitrag} of the chain
 *       valid that day</td></tr>
 *   <tr><td>3</td><td>{@link Reifekriterium#UEBERGAENGE UEBERGAENGE}</td>
 *       <td>the chain has at least one Übergang and an Angebot active that day bridges each</td></tr>
 *   <tr><td>4 Reflexion &amp; Neuausrichtung</td>
 *       <td>{@link Reifekriterium#MONITORING MONITORING}</td>
 *       <td>the Handlungsziele name at least one indicator and each has a published value (any
 *       area, any breakdown) of a period that ended on or before the reference date and not before
 *       the same day two years earlier</td></tr>
 *   <tr><td>4</td><td>{@link Reifekriterium#FORTSCHREIBUNG FORTSCHREIBUNG}</td>
 *       <td>the adopted Leitbild is Fassung 2 or later (revised after a review)</td></tr>
 * </table>
 *
 * <p>The stage reached is the highest stage whose criteria are all met together with those of every
 * earlier stage ({@link Reifegrad#erreichteStufe()}); a chain that misses one criterion of stage 2
 * stays at stage 1 even if it meets all of stage 3.
 *
 * <p><b>Time.</b> On a reference date the chain is taken as it was that day; parts without recorded
 * validity count on every day. The Leitbild counts from its council decision on; before that day it
 * is treated as absent for every criterion. A Leitbild without a decision date is not adopted
 * ({@code LEITBILD} not met) but its goals count on every day. Only the Leitbild given here is
 * known: an earlier Fassung that it replaced is not. {@link #stichtage(LocalDate)} gives the
 * reference dates of the development.
 *
 * <p>Only figures that may be published count ({@link Messwert#veroeffentlichbar()}); in a release
 * they are the release's published figures. Thread-safe.
 */
public final class Reiferechnung {

  /** How many reference dates the development shows at most, the report's date included. */
  public static final int HOECHSTENS_STICHTAGE = 10;

  /** How many years before the reference date a period may have ended to count as current. */
  public static final int AKTUELL_JAHRE = 2;

  /** The method in German, as a report prints it. */
  public static final String METHODE =
      "Der Reifegrad folgt den vier Stationen des Qualitätskreislaufs (Leitbild & Vision;"
          + " strategische Steuerung & Zielentwicklung; Zielkonkretisierung & Umsetzung; Reflexion"
          + " & Neuausrichtung) und wird nur aus den erfassten Daten berechnet: zehn Kriterien, je"
          + " erfülltes Kriterium ein Punkt. Erreicht ist die höchste Station, deren Kriterien"
          + " zusammen mit denen aller früheren Stationen erfüllt sind. Die Steuerungsgruppe muss"
          + " Gesundheit, Bildung, Kinder- und Jugendhilfe und Soziales vertreten; aktuell ist ein"
          + " veröffentlichter Wert, dessen Periode höchstens zwei Jahre vor dem Stichtag endete."
          + " Für frühere Stichtage gilt die Kette, wie sie an diesem Tag war; das Leitbild zählt"
          + " ab seinem Ratsbeschluss, frühere Fassungen sind nicht erfasst. Der Reifegrad misst,"
          + " was erfasst ist, nicht die Qualität der Arbeit.";

  private static final DateTimeFormatter DATUM =
      DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMANY);

  private static final List<Handlungsfeld> KERNBEREICHE =
      List.of(
          Handlungsfeld.GESUNDHEIT,
          Handlungsfeld.BILDUNG,
          Handlungsfeld.JUGENDHILFE,
          Handlungsfeld.SOZIALES);

  private final @Nullable Leitbild leitbild;
  private final @Nullable Praeventionskette kette;

  /**
   * The end days of the published periods of each indicator the Leitbild's Handlungsziele name:
   * what the monitoring criterion asks on every reference date, read from the figures once.
   */
  private final Map<IndikatorKey, NavigableSet<LocalDate>> periodenenden;

  private final Map<IndikatorKey, String> namen = new HashMap<>();

  /**
   * The validities of the chain's dated parts (Angebote, Netzwerke, the Steuerungsgruppe, AGs,
   * seats, coordination posts, Zielbeiträge): the chain of a day ({@link Praeventionskette#am})
   * depends on the day only through them.
   */
  private final List<Zeitraum> zeitraeume;

  /**
   * A calculation for one Kommune.
   *
   * @param leitbild its Leitbild, or {@code null}
   * @param kette its Präventionskette with all its dated parts (not one day's view), or {@code
   *     null}
   * @param messwerte its figures; only those that may be published count
   * @param indikatoren the indicator definitions, for the names in the reasons (a key without
   *     definition is named by its key)
   */
  public Reiferechnung(
      @Nullable Leitbild leitbild,
      @Nullable Praeventionskette kette,
      Collection<Messwert> messwerte,
      Collection<Indikator> indikatoren) {
    this(
        leitbild,
        kette,
        Periodenenden.aus(leitbild, requireNonNull(messwerte, "messwerte")),
        indikatoren);
  }

  /**
   * A calculation for one Kommune whose figures were read already into {@code enden} (for the
   * Leitbild {@code leitbild}).
   */
  Reiferechnung(
      @Nullable Leitbild leitbild,
      @Nullable Praeventionskette kette,
      Periodenenden enden,
      Collection<Indikator> indikatoren) {
    this.leitbild = leitbild;
    this.kette = kette;
    this.periodenenden = enden.enden;
    for (Indikator i : requireNonNull(indikatoren, "indikatoren")) {
      namen.merge(i.key(), i.name(), (alt, neu) -> neu);
    }
    this.zeitraeume = kette == null ? List.of() : zeitraeume(kette);
    if (leitbild != null && kette != null && !leitbild.kommune().equals(kette.kommune())) {
      throw new IllegalArgumentException(
          "Leitbild and Präventionskette must be of the same Kommune, got "
              + leitbild.kommune()
              + " and "
              + kette.kommune());
    }
  }

  /**
   * Collects, figure by figure, the end days of the published periods of each indicator a
   * Leitbild's Handlungsziele name: what {@link Reiferechnung} reads from the figures, for a caller
   * that passes over them anyway.
   */
  static final class Periodenenden {
    private final Set<IndikatorKey> gefragt = new HashSet<>();
    private final Map<IndikatorKey, NavigableSet<LocalDate>> enden = new HashMap<>();
    private @Nullable IndikatorKey zuletzt;
    private boolean gefragtZuletzt;
    private @Nullable NavigableSet<LocalDate> endenZuletzt; // of the key of the last figure
    private @Nullable Periode letzte; // the period whose end was added last to endenZuletzt

    /** For the indicators of {@code leitbild}'s Handlungsziele; none without a Leitbild. */
    Periodenenden(@Nullable Leitbild leitbild) {
      if (leitbild != null) {
        leitbild.handlungsziele().forEach(h -> gefragt.addAll(h.indikatoren()));
      }
    }

    /**
     * The periods of the figures of {@code daten} (its observations; the sums it computes do not
     * count), read by series and period for the indicators asked for only.
     */
    static Periodenenden aus(@Nullable Leitbild leitbild, Kommunaldaten daten) {
      Periodenenden e = new Periodenenden(leitbild);
      KommuneBezug kommune = new KommuneBezug(daten.kommune().id());
      for (IndikatorKey key : e.gefragt) {
        for (Reihe r : daten.reihen(key)) {
          for (Periode p : daten.perioden(r)) {
            if (veroeffentlicht(daten, r, p, kommune)) {
              e.enden.computeIfAbsent(key, k -> new TreeSet<>()).add(p.ende());
            }
          }
        }
      }
      return e;
    }

    /** Whether an observation of {@code r} in {@code p} may be published. */
    private static boolean veroeffentlicht(
        Kommunaldaten daten, Reihe r, Periode p, KommuneBezug kommune) {
      Optional<Messwert> eigener = daten.messwert(r, p, kommune);
      if (eigener.isPresent() && eigener.get().veroeffentlichbar()) {
        return true;
      }
      for (Messwert m : daten.sozialraumwerte(r, p)) {
        if (m.veroeffentlichbar()) {
          return true;
        }
      }
      return false;
    }

    static Periodenenden aus(@Nullable Leitbild leitbild, Collection<Messwert> messwerte) {
      Periodenenden e = new Periodenenden(leitbild);
      if (!e.gefragt.isEmpty()) {
        for (Messwert m : messwerte) {
          e.nimm(m);
        }
      }
      return e;
    }

    /** Takes the period of {@code m} if it is published and of an indicator asked for. */
    void nimm(Messwert m) {
      IndikatorKey key = m.indikator().key();
      if (key != zuletzt && !key.equals(zuletzt)) {
        // the figures come by indicator: look each key up once
        zuletzt = key;
        gefragtZuletzt = gefragt.contains(key);
        endenZuletzt = gefragtZuletzt ? enden.get(key) : null;
        letzte = null;
      }
      if (!gefragtZuletzt || !m.veroeffentlichbar()) {
        return;
      }
      Periode p = m.periode();
      // the figures of a period come together: add its end once, not once per area
      if (p != letzte && !p.equals(letzte)) {
        NavigableSet<LocalDate> e = endenZuletzt;
        if (e == null) {
          e = new TreeSet<>();
          enden.put(key, e);
          endenZuletzt = e;
        }
        e.add(p.ende());
        letzte = p;
      }
    }
  }

  /**
   * The development: the score on each of {@link #stichtage(LocalDate)}, with {@link #METHODE};
   * empty when there is neither Leitbild nor chain.
   *
   * @param stichtag the report's reference date, the last date of the development
   * @return the score on each reference date, oldest first
   */
  public Kettenreife verlauf(LocalDate stichtag) {
    requireNonNull(stichtag, "stichtag");
    if (leitbild == null && kette == null) {
      return new Kettenreife(METHODE, List.of());
    }
    List<Reifegrad> grade = new ArrayList<>();
    Leitbildstaende staende = new Leitbildstaende();
    Kettenstand stand = null;
    for (LocalDate tag : stichtage(stichtag)) {
      // the chain as it was that day: the one of the day before if no part began or ended between
      boolean[] gilt = new boolean[zeitraeume.size()];
      for (int i = 0; i < gilt.length; i++) {
        gilt[i] = Zeitraum.gilt(zeitraeume.get(i), tag);
      }
      if (stand == null || !Arrays.equals(gilt, stand.gilt)) {
        stand = new Kettenstand(gilt, kette == null ? null : kette.am(tag));
      }
      grade.add(bewerte(tag, stand, staende));
    }
    return new Kettenreife(METHODE, grade);
  }

  /**
   * The chain as it was on a day and the criteria that depend on it alone, for every day on which
   * the same parts were valid ({@code gilt}: for each of {@link #zeitraeume}, whether it held).
   */
  private static final class Kettenstand {
    final boolean[] gilt;
    final @Nullable Praeventionskette kette;
    final Kriteriumsergebnis steuerungsgruppe;
    final Kriteriumsergebnis koordination;
    final Kriteriumsergebnis uebergaenge;
    // ZIELBEITRAEGE with this chain, by Leitbildstand#index; made when first needed
    private final @Nullable Kriteriumsergebnis[] zielbeitraege = new Kriteriumsergebnis[2];

    Kettenstand(boolean[] gilt, @Nullable Praeventionskette kette) {
      this.gilt = gilt;
      this.kette = kette;
      this.steuerungsgruppe = Reiferechnung.steuerungsgruppe(kette);
      this.koordination = Reiferechnung.koordination(kette);
      this.uebergaenge = Reiferechnung.uebergaenge(kette);
    }

    Kriteriumsergebnis zielbeitraege(Leitbildstand l) {
      Kriteriumsergebnis z = zielbeitraege[l.index];
      if (z == null) {
        z = Reiferechnung.zielbeitraege(kette, l.ziele);
        zielbeitraege[l.index] = z;
      }
      return z;
    }
  }

  /**
   * The criteria that depend on the Leitbild in force alone, not on the day or the chain: with none
   * in force and with {@link #leitbild}, each made when first needed (for one development).
   */
  private final class Leitbildstaende {
    private final @Nullable Leitbildstand[] staende = new Leitbildstand[2];

    /** {@return the criteria with {@code lb} in force: {@code null} or {@link #leitbild}} */
    Leitbildstand von(@Nullable Leitbild lb) {
      int i = lb == null ? 0 : 1;
      Leitbildstand l = staende[i];
      if (l == null) {
        l = new Leitbildstand(lb, i);
        staende[i] = l;
      }
      return l;
    }
  }

  /** The criteria of one Leitbild in force (or none), see {@link Leitbildstaende}. */
  private final class Leitbildstand {
    final int index;
    final @Nullable Leitbild lb;
    final List<Handlungsziel> ziele;
    // LEITBILD with a Leitbild in force (without one, the reason names the day)
    final @Nullable Kriteriumsergebnis leitbild;
    final Kriteriumsergebnis leitlinien;
    final Kriteriumsergebnis handlungsziele;
    final Kriteriumsergebnis zielwerte;
    final Kriteriumsergebnis fortschreibung;

    Leitbildstand(@Nullable Leitbild lb, int index) {
      this.index = index;
      this.lb = lb;
      this.ziele = lb == null ? List.of() : lb.handlungsziele();
      this.leitbild = lb == null ? null : leitbildInKraft(lb);
      this.leitlinien = Reiferechnung.leitlinien(lb);
      this.handlungsziele = Reiferechnung.this.handlungsziele(lb, ziele);
      this.zielwerte = Reiferechnung.zielwerte(ziele);
      this.fortschreibung = Reiferechnung.fortschreibung(lb);
    }
  }

  /**
   * The reference dates of the development, oldest first: the 31 December of every year from the
   * year of the earliest date recorded in the model (the Leitbild's council decision, the start of
   * the validity of an Angebot, Netzwerk, the Steuerungsgruppe, an AG, a seat, a coordination post
   * or a Zielbeitrag) up to the year before {@code stichtag}, then {@code stichtag} itself; the
   * last {@value #HOECHSTENS_STICHTAGE} of them. With no recorded date (nothing can have changed),
   * only {@code stichtag}.
   *
   * @param stichtag the report's reference date
   * @return the reference dates, oldest first, {@code stichtag} last
   */
  public ImmutableList<LocalDate> stichtage(LocalDate stichtag) {
    requireNonNull(stichtag, "stichtag");
    Optional<LocalDate> fruehestes = erfassteDaten().min(Comparator.naturalOrder());
    List<LocalDate> tage = new ArrayList<>();
    if (fruehestes.isPresent()) {
      for (int jahr = fruehestes.get().getYear(); jahr < stichtag.getYear(); jahr++) {
        tage.add(LocalDate.of(jahr, 12, 31));
      }
    }
    tage.add(stichtag);
    return ImmutableList.copyOf(
        tage.subList(Math.max(0, tage.size() - HOECHSTENS_STICHTAGE), tage.size()));
  }

  private Stream<LocalDate> erfassteDaten() {
    Stream<LocalDate> beschluss =
        leitbild == null ? Stream.empty() : leitbild.beschlossenAm().stream();
    return Stream.concat(beschluss, zeitraeume.stream().map(Zeitraum::von));
  }

  /** The validities recorded for the parts of {@code kette} (see {@link #zeitraeume}). */
  private static List<Zeitraum> zeitraeume(Praeventionskette kette) {
    List<@Nullable Zeitraum> zeitraeume = new ArrayList<>();
    kette.angebote().forEach(a -> zeitraeume.add(a.gueltigkeit().orElse(null)));
    kette.netzwerke().forEach(n -> zeitraeume.add(n.gueltigkeit()));
    Steuerungsgruppe g = kette.steuerung().gruppe();
    if (g != null) {
      zeitraeume.add(g.gueltigkeit());
    }
    kette.steuerung().ags().forEach(a -> zeitraeume.add(a.gueltigkeit()));
    kette.steuerung().alleMitglieder().forEach(m -> zeitraeume.add(m.gueltigkeit()));
    kette.steuerung().koordinationen().forEach(k -> zeitraeume.add(k.gueltigkeit()));
    kette.zielbeitraege().forEach(z -> zeitraeume.add(z.gueltigkeit()));
    List<Zeitraum> l = new ArrayList<>(zeitraeume.size());
    for (Zeitraum z : zeitraeume) {
      if (z != null) {
        l.add(z);
      }
    }
    return l;
  }

  /**
   * The score on {@code tag}, by the rules of the class comment.
   *
   * @param tag the day of the score
   * @return the result of every criterion on that day
   */
  public Reifegrad bewerte(LocalDate tag) {
    requireNonNull(tag, "tag");
    return bewerte(
        tag,
        new Kettenstand(new boolean[0], kette == null ? null : kette.am(tag)),
        new Leitbildstaende());
  }

  /**
   * The score on {@code tag} with the chain of that day {@code stand} and the criteria of the
   * Leitbild in force from {@code staende}.
   */
  private Reifegrad bewerte(LocalDate tag, Kettenstand stand, Leitbildstaende staende) {
    Leitbild lb = leitbild;
    if (lb != null && lb.beschlossenAm().map(tag::isBefore).orElse(false)) {
      lb = null; // adopted after that day: not yet in force
    }
    Leitbildstand l = staende.von(lb);
    Kriteriumsergebnis leitbildErgebnis = l.leitbild;
    return new Reifegrad(
        tag,
        List.of(
            leitbildErgebnis == null ? leitbild(null, tag) : leitbildErgebnis,
            l.leitlinien,
            stand.steuerungsgruppe,
            stand.koordination,
            l.handlungsziele,
            l.zielwerte,
            stand.zielbeitraege(l),
            stand.uebergaenge,
            monitoring(l.ziele, tag),
            l.fortschreibung));
  }

  // ------------------------------------------------------------ stage 1

  private Kriteriumsergebnis leitbild(@Nullable Leitbild lb, LocalDate tag) {
    Reifekriterium kr = Reifekriterium.LEITBILD;
    if (lb == null) {
      return new Kriteriumsergebnis(
          kr,
          false,
          leitbild == null
              ? "Kein Leitbild erfasst."
              : "Das Leitbild „"
                  + leitbild.titel()
                  + "“ wurde erst nach dem "
                  + datum(tag)
                  + " beschlossen.");
    }
    return leitbildInKraft(lb);
  }

  /** LEITBILD with {@code lb} in force: it does not depend on the day. */
  private static Kriteriumsergebnis leitbildInKraft(Leitbild lb) {
    Reifekriterium kr = Reifekriterium.LEITBILD;
    Optional<LocalDate> am = lb.beschlossenAm();
    if (am.isEmpty()) {
      return new Kriteriumsergebnis(
          kr, false, "Das Leitbild „" + lb.titel() + "“ ist nicht als beschlossen erfasst.");
    }
    return new Kriteriumsergebnis(
        kr,
        true,
        "Leitbild „"
            + lb.titel()
            + "“ (Fassung "
            + lb.fassung()
            + ") am "
            + datum(am.get())
            + lb.gremium().map(g -> " vom Gremium „" + g + "“").orElse("")
            + " beschlossen.");
  }

  private static Kriteriumsergebnis leitlinien(@Nullable Leitbild lb) {
    Reifekriterium kr = Reifekriterium.LEITLINIEN;
    if (lb == null) {
      return new Kriteriumsergebnis(kr, false, "Kein Leitbild in Kraft.");
    }
    if (lb.leitlinien().isEmpty()) {
      return new Kriteriumsergebnis(
          kr, false, "Das Leitbild nimmt keine Präventionsleitlinie auf.");
    }
    return new Kriteriumsergebnis(
        kr,
        true,
        lb.leitlinien().size()
            + " von "
            + Praeventionsleitlinie.values().length
            + " Präventionsleitlinien aufgenommen: "
            + lb.leitlinien().stream()
                .map(Praeventionsleitlinie::bezeichnung)
                .collect(Collectors.joining(", "))
            + ".");
  }

  // ------------------------------------------------------------ stage 2

  private static Kriteriumsergebnis steuerungsgruppe(@Nullable Praeventionskette k) {
    Reifekriterium kr = Reifekriterium.STEUERUNGSGRUPPE;
    Steuerungsgruppe g = k == null ? null : k.steuerung().gruppe();
    if (g == null) {
      return new Kriteriumsergebnis(kr, false, "Keine Steuerungsgruppe.");
    }
    List<String> vertreten = new ArrayList<>();
    List<String> fehlen = new ArrayList<>();
    for (Handlungsfeld f : KERNBEREICHE) {
      boolean da = g.mitglieder().stream().anyMatch(m -> nennt(m, f));
      (da ? vertreten : fehlen).add(f.name());
    }
    return new Kriteriumsergebnis(
        kr,
        fehlen.isEmpty(),
        "Steuerungsgruppe „"
            + g.name()
            + "“ mit "
            + g.mitglieder().size()
            + (g.mitglieder().size() == 1 ? " Sitz; " : " Sitzen; ")
            + vertreten.size()
            + " von "
            + KERNBEREICHE.size()
            + " Kernbereichen vertreten"
            + (vertreten.isEmpty() ? "" : ": " + String.join(", ", vertreten))
            + (fehlen.isEmpty() ? "" : "; es fehlen: " + String.join(", ", fehlen))
            + ".");
  }

  private static boolean nennt(Mitglied m, Handlungsfeld f) {
    String bereich = m.bereich().strip();
    return bereich.equalsIgnoreCase(f.key()) || bereich.equalsIgnoreCase(f.name());
  }

  private static Kriteriumsergebnis koordination(@Nullable Praeventionskette k) {
    Reifekriterium kr = Reifekriterium.KOORDINATION;
    List<Koordination> stellen = k == null ? List.of() : k.steuerung().koordinationen();
    if (stellen.isEmpty()) {
      return new Kriteriumsergebnis(kr, false, "Keine Koordinationsstelle.");
    }
    long finanziert = stellen.stream().filter(Koordination::finanziert).count();
    return new Kriteriumsergebnis(
        kr,
        finanziert > 0,
        finanziert
            + " von "
            + stellen.size()
            + (stellen.size() == 1 ? " Koordinationsstelle" : " Koordinationsstellen")
            + " mit erfasster Finanzierung: "
            + stellen.stream().map(Reiferechnung::stelle).collect(Collectors.joining("; "))
            + ".");
  }

  /**
   * "Koordination Präventionskette (Stellenanteil 0,5; Land NRW, Europäischer Sozialfonds;
   * 01.01.2017 bis 31.12.2020)".
   */
  private static String stelle(Koordination s) {
    List<String> teile = new ArrayList<>();
    if (s.anteil() != null) {
      teile.add("Stellenanteil " + s.anteil().toString().replace('.', ','));
    }
    teile.add(
        s.finanziert()
            ? s.finanzierung().stream()
                .map(Finanzierungsquelle::bezeichnung)
                .collect(Collectors.joining(", "))
            : "ohne erfasste Finanzierung");
    Zeitraum z = s.gueltigkeit();
    if (z != null) {
      teile.add(zeitraum(z));
    }
    return s.stelle() + " (" + String.join("; ", teile) + ")";
  }

  private Kriteriumsergebnis handlungsziele(@Nullable Leitbild lb, List<Handlungsziel> ziele) {
    Reifekriterium kr = Reifekriterium.HANDLUNGSZIELE;
    if (lb == null || ziele.isEmpty()) {
      return new Kriteriumsergebnis(
          kr,
          false,
          lb == null ? "Kein Leitbild in Kraft." : "Das Leitbild hat keine Handlungsziele.");
    }
    return jedesZiel(kr, ziele, h -> !h.indikatoren().isEmpty(), "Indikator", "ohne Indikator");
  }

  // ------------------------------------------------------------ stage 3

  private static Kriteriumsergebnis zielwerte(List<Handlungsziel> ziele) {
    Reifekriterium kr = Reifekriterium.ZIELWERTE;
    if (ziele.isEmpty()) {
      return new Kriteriumsergebnis(kr, false, "Keine Handlungsziele.");
    }
    return jedesZiel(kr, ziele, h -> !h.zielwerte().isEmpty(), "Zielwert", "ohne Zielwert");
  }

  private static Kriteriumsergebnis zielbeitraege(
      @Nullable Praeventionskette k, List<Handlungsziel> ziele) {
    Reifekriterium kr = Reifekriterium.ZIELBEITRAEGE;
    if (ziele.isEmpty()) {
      return new Kriteriumsergebnis(kr, false, "Keine Handlungsziele.");
    }
    return jedesZiel(
        kr,
        ziele,
        h -> k != null && !k.zielbeitraege(h.key()).isEmpty(),
        "Zuständigkeit (Angebot, Arbeitsgemeinschaft oder Akteur)",
        "ohne");
  }

  /**
   * A criterion every Handlungsziel must meet: met if all do; the text counts them ("3 von 4
   * Handlungszielen mit Zielwert; ohne Zielwert: hz-2.") and names those that do not.
   */
  private static Kriteriumsergebnis jedesZiel(
      Reifekriterium kr,
      List<Handlungsziel> ziele,
      Predicate<Handlungsziel> erfuellt,
      String merkmal,
      String ohneText) {
    List<String> ohne =
        ziele.stream()
            .filter(erfuellt.negate())
            .map(Handlungsziel::key)
            .collect(Collectors.toList());
    return new Kriteriumsergebnis(
        kr,
        ohne.isEmpty(),
        (ziele.size() - ohne.size())
            + " von "
            + ziele.size()
            + " Handlungszielen mit "
            + merkmal
            + (ohne.isEmpty() ? "" : "; " + ohneText + ": " + String.join(", ", ohne))
            + ".");
  }

  private static Kriteriumsergebnis uebergaenge(@Nullable Praeventionskette k) {
    Reifekriterium kr = Reifekriterium.UEBERGAENGE;
    if (k == null) {
      return new Kriteriumsergebnis(kr, false, "Keine Präventionskette.");
    }
    if (k.uebergaenge().isEmpty()) {
      return new Kriteriumsergebnis(kr, false, "Die Präventionskette hat keine Übergänge.");
    }
    List<Uebergang> offen = k.offeneUebergaenge();
    List<String> ueberbrueckt =
        k.uebergaenge().stream()
            .filter(u -> !offen.contains(u))
            .map(Uebergang::name)
            .collect(Collectors.toList());
    return new Kriteriumsergebnis(
        kr,
        offen.isEmpty(),
        ueberbrueckt.size()
            + " von "
            + k.uebergaenge().size()
            + " Übergängen überbrückt"
            + (ueberbrueckt.isEmpty() ? "" : ": " + String.join(", ", ueberbrueckt))
            + (offen.isEmpty()
                ? ""
                : "; offen: "
                    + offen.stream().map(Uebergang::name).collect(Collectors.joining(", ")))
            + ".");
  }

  // ------------------------------------------------------------ stage 4

  private Kriteriumsergebnis monitoring(List<Handlungsziel> ziele, LocalDate tag) {
    Reifekriterium kr = Reifekriterium.MONITORING;
    Set<IndikatorKey> indikatoren = new LinkedHashSet<>();
    ziele.forEach(h -> indikatoren.addAll(h.indikatoren()));
    if (indikatoren.isEmpty()) {
      return new Kriteriumsergebnis(kr, false, "Die Handlungsziele nennen keine Indikatoren.");
    }
    LocalDate fruehestes = tag.minusYears(AKTUELL_JAHRE);
    List<String> aktuell = new ArrayList<>();
    List<String> nicht = new ArrayList<>();
    for (IndikatorKey i : indikatoren) {
      NavigableSet<LocalDate> enden = periodenenden.get(i);
      boolean da = enden != null && !enden.subSet(fruehestes, true, tag, true).isEmpty();
      (da ? aktuell : nicht).add(name(i));
    }
    return new Kriteriumsergebnis(
        kr,
        nicht.isEmpty(),
        aktuell.size()
            + " von "
            + indikatoren.size()
            + " Indikatoren der Handlungsziele mit veröffentlichtem Wert einer Periode, die vom "
            + datum(fruehestes)
            + " bis zum "
            + datum(tag)
            + " endete"
            + (nicht.isEmpty() ? "" : "; ohne aktuellen Wert: " + String.join(", ", nicht))
            + ".");
  }

  private static Kriteriumsergebnis fortschreibung(@Nullable Leitbild lb) {
    Reifekriterium kr = Reifekriterium.FORTSCHREIBUNG;
    if (lb == null) {
      return new Kriteriumsergebnis(kr, false, "Kein Leitbild in Kraft.");
    }
    return new Kriteriumsergebnis(
        kr,
        lb.fassung() >= 2,
        "Das Leitbild gilt in Fassung "
            + lb.fassung()
            + (lb.fassung() >= 2 ? " (fortgeschrieben)." : " (noch nicht fortgeschrieben)."));
  }

  // ------------------------------------------------------------ text

  private String name(IndikatorKey key) {
    return namen.getOrDefault(key, key.toString());
  }

  private static String datum(LocalDate tag) {
    return DATUM.format(tag);
  }

  private static String zeitraum(Zeitraum z) {
    LocalDate bis = z.bis();
    return bis == null ? "seit " + datum(z.von()) : datum(z.von()) + " bis " + datum(bis);
  }
}

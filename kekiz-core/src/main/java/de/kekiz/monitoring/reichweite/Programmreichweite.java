package de.kekiz.monitoring.reichweite;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Gemeindeverzeichnis;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Programm;
import de.kekiz.domain.kommune.Programmteilnahme;
import de.kekiz.domain.programm.Phasenteilnehmer;
import de.kekiz.domain.programm.Programmphase;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The reach of a programme phase: the share of the population counted that lives in the Gemeinden
 * the phase reaches on a date.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>A Kommune takes part if it has a {@link Programmteilnahme} of the programme (by key) and
 *       phase (any phase if none is named) running on the date; given a {@link Programmphase}, if
 *       it is one of the phase's participants or in a participant's Verbund, while {@link
 *       Reichweite#teilnehmer()} lists the participants only (the 2017 stage: 40, not 46).
 *   <li>The Gemeinden are the Kommunen given that are not themselves a Kreis or StädteRegion; each
 *       is counted once. A Gemeinde is reached if it takes part itself, or if the Träger of the
 *       Jugendamt that serves it ({@link Kommune#jugendamt()}) takes part — a Kreis in the
 *       programme reaches the Gemeinden its Kreisjugendamt serves (the Kreis Unna reaches Bönen,
 *       Fröndenberg/Ruhr and Holzwickede), not those with a Jugendamt of their own.
 *   <li>The population is whatever figure the caller gives per Gemeinde, named by {@code
 *       bezugsgroesse}: children and young people where known; where only the total population is
 *       available (the NRW key file has no under-18 figure per Gemeinde), the total serves as a
 *       proxy and must be named so — nothing is estimated here. A Gemeinde without a figure is left
 *       out of numerator and denominator and listed in {@link Reichweite#ohneZahl()}.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class Programmreichweite {
  private Programmreichweite() {}

  /**
   * The reach of {@code programm} in {@code phase} ({@code null}: any phase) on {@code stichtag}
   * over the Gemeinden of {@code kommunen}, counting {@code bevoelkerung}.
   *
   * @param kommunen the Kommunen to look at: Gemeinden and Kreise (Kreise and StädteRegionen are
   *     not counted, but they take part and reach Gemeinden); a Gemeinde given twice counts once
   * @param programm the programme, matched by key
   * @param phase the key of the phase, or {@code null} for any phase of the programme
   * @param stichtag the date a participation must be running on
   * @param bevoelkerung the population counted per Gemeinde; a Gemeinde missing here is listed in
   *     {@link Reichweite#ohneZahl()}
   * @param bezugsgroesse what {@code bevoelkerung} counts, in German (e.g. {@code "unter 18
   *     Jahre"})
   * @return the reach, with numerator, denominator and share
   * @throws IllegalArgumentException if a population figure is negative
   */
  public static Reichweite berechne(
      Collection<Kommune> kommunen,
      Programm programm,
      @Nullable String phase,
      LocalDate stichtag,
      Map<Gemeindeschluessel, Long> bevoelkerung,
      String bezugsgroesse) {
    requireNonNull(kommunen, "kommunen");
    requireNonNull(programm, "programm");
    requireNonNull(stichtag, "stichtag");
    requireNonNull(bevoelkerung, "bevoelkerung");
    requireNonNull(bezugsgroesse, "bezugsgroesse");
    Set<Gemeindeschluessel> teilnehmer = new HashSet<>();
    for (Kommune k : kommunen) {
      for (Programmteilnahme t : k.teilnahmen()) {
        if (t.programm().key().equals(programm.key())
            && (phase == null || t.phase().equals(phase))
            && t.laeuftAm(stichtag)) {
          teilnehmer.add(k.id());
        }
      }
    }
    return zaehle(
        kommunen, programm, phase, stichtag, bevoelkerung, bezugsgroesse, teilnehmer, teilnehmer);
  }

  /**
   * The reach of {@code phase} of {@code programm} over the Gemeinden of {@code kommunen}, counting
   * {@code bevoelkerung} on {@code stichtag}. The participants are the phase's ({@link
   * Programmphase#teilnehmer()}): a Kreis that took part jointly with Gemeinden of its own counts
   * once in {@link Reichweite#teilnehmer()} and reaches its Verbund's Gemeinden as well as those
   * its Kreisjugendamt serves.
   *
   * @param kommunen the Kommunen to look at: Gemeinden and Kreise (Kreise and StädteRegionen are
   *     not counted, but they reach Gemeinden); a Gemeinde given twice counts once
   * @param programm the programme the phase belongs to
   * @param phase the phase whose participants (and their Verbünde) reach Gemeinden
   * @param stichtag the date of the reach
   * @param bevoelkerung the population counted per Gemeinde; a Gemeinde missing here is listed in
   *     {@link Reichweite#ohneZahl()}
   * @param bezugsgroesse what {@code bevoelkerung} counts, in German (e.g. {@code "unter 18
   *     Jahre"})
   * @return the reach, with numerator, denominator and share
   * @throws IllegalArgumentException if a population figure is negative
   */
  public static Reichweite berechneFuerPhase(
      Collection<Kommune> kommunen,
      Programm programm,
      Programmphase phase,
      LocalDate stichtag,
      Map<Gemeindeschluessel, Long> bevoelkerung,
      String bezugsgroesse) {
    requireNonNull(kommunen, "kommunen");
    requireNonNull(programm, "programm");
    requireNonNull(phase, "phase");
    requireNonNull(stichtag, "stichtag");
    requireNonNull(bevoelkerung, "bevoelkerung");
    requireNonNull(bezugsgroesse, "bezugsgroesse");
    Set<Gemeindeschluessel> teilnehmer = new HashSet<>();
    for (Phasenteilnehmer t : phase.teilnehmer()) {
      teilnehmer.add(t.kommune());
    }
    return zaehle(
        kommunen,
        programm,
        phase.key(),
        stichtag,
        bevoelkerung,
        bezugsgroesse,
        teilnehmer,
        new HashSet<>(phase.kommunen()));
  }

  /**
   * The reach of {@code phase} counting children: the population {@code kinder} (e.g. under 18) on
   * {@code stichtag} if every Gemeinde of {@code kommunen} records it ({@link Kommune#einwohner});
   * otherwise the whole population as a named proxy, {@value #BEZUG_ERSATZ}. Children and whole
   * population are never mixed.
   *
   * @param kommunen the Kommunen to look at: Gemeinden and Kreise, as for {@link
   *     #berechneFuerPhase}
   * @param programm the programme the phase belongs to
   * @param phase the phase whose participants reach Gemeinden
   * @param stichtag the date of the reach and of the population figures
   * @param kinder the age group counted as children (e.g. under 18)
   * @return the reach; its {@link Reichweite#bezugsgroesse()} says whether children or, as a proxy,
   *     the whole population were counted
   * @throws IllegalArgumentException if a population figure is negative
   */
  public static Reichweite berechneNachKindern(
      Collection<Kommune> kommunen,
      Programm programm,
      Programmphase phase,
      LocalDate stichtag,
      Altersspanne kinder) {
    requireNonNull(kinder, "kinder");
    List<Kommune> gemeinden = kommunen.stream().filter(k -> !k.art().kreisebene()).toList();
    Map<Gemeindeschluessel, Long> kinderzahl = bevoelkerung(gemeinden, stichtag, kinder);
    boolean vollstaendig = gemeinden.stream().allMatch(k -> kinderzahl.containsKey(k.id()));
    if (vollstaendig && !gemeinden.isEmpty()) {
      return berechneFuerPhase(
          kommunen, programm, phase, stichtag, kinderzahl, "Kinder und Jugendliche, " + kinder);
    }
    return berechneFuerPhase(
        kommunen,
        programm,
        phase,
        stichtag,
        bevoelkerung(gemeinden, stichtag, Gemeindeverzeichnis.ALLE_ALTER),
        BEZUG_ERSATZ);
  }

  /** What {@link #berechneNachKindern} counts when a Gemeinde has no children's figure. */
  public static final String BEZUG_ERSATZ =
      "Einwohner insgesamt (Ersatz: nicht für jede Gemeinde ist eine Kinderzahl angegeben)";

  private static Reichweite zaehle(
      Collection<Kommune> kommunen,
      Programm programm,
      @Nullable String phase,
      LocalDate stichtag,
      Map<Gemeindeschluessel, Long> bevoelkerung,
      String bezugsgroesse,
      Set<Gemeindeschluessel> teilnehmer,
      Set<Gemeindeschluessel> erreichend) {
    long zaehler = 0;
    long nenner = 0;
    List<Gemeindeschluessel> erreicht = new ArrayList<>();
    List<Gemeindeschluessel> ohneZahl = new ArrayList<>();
    Set<Gemeindeschluessel> gezaehlt = new HashSet<>();
    for (Kommune k : kommunen) {
      if (k.art().kreisebene() || !gezaehlt.add(k.id())) {
        continue;
      }
      boolean ja = erreichend.contains(k.id()) || erreichend.contains(k.jugendamt());
      Long zahl = bevoelkerung.get(k.id());
      if (zahl == null) {
        ohneZahl.add(k.id());
        continue;
      }
      if (zahl < 0) {
        throw new IllegalArgumentException(
            "population of " + k.id() + " must not be negative, got " + zahl);
      }
      nenner = Math.addExact(nenner, zahl);
      if (ja) {
        zaehler = Math.addExact(zaehler, zahl);
        erreicht.add(k.id());
      }
    }
    erreicht.sort(null);
    ohneZahl.sort(null);
    List<Gemeindeschluessel> alle = new ArrayList<>(teilnehmer);
    alle.sort(null);
    BigDecimal anteil =
        nenner == 0
            ? null
            : BigDecimal.valueOf(zaehler)
                .multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(nenner), MathContext.DECIMAL64);
    return new Reichweite(
        programm,
        phase,
        stichtag,
        bezugsgroesse,
        zaehler,
        nenner,
        anteil,
        alle,
        erreicht,
        ohneZahl);
  }

  /**
   * The Kommune-level population of {@code altersgruppe} on {@code stichtag} of each Kommune of
   * {@code kommunen} that records one ({@link Kommune#einwohner}); the others are left out.
   *
   * @param kommunen the Kommunen whose population is read
   * @param stichtag the date of the population figures
   * @param altersgruppe the age group counted
   * @return the population per Kommune, in the order of {@code kommunen}, without the Kommunen that
   *     record no figure (a Kommune given twice counts once)
   */
  public static ImmutableMap<Gemeindeschluessel, Long> bevoelkerung(
      Collection<Kommune> kommunen, LocalDate stichtag, Altersspanne altersgruppe) {
    ImmutableMap.Builder<Gemeindeschluessel, Long> b = ImmutableMap.builder();
    Set<Gemeindeschluessel> gesehen = new HashSet<>();
    for (Kommune k : kommunen) {
      OptionalLong e = k.einwohner(stichtag, altersgruppe);
      if (e.isPresent() && gesehen.add(k.id())) {
        b.put(k.id(), e.getAsLong());
      }
    }
    return b.buildOrThrow();
  }
}

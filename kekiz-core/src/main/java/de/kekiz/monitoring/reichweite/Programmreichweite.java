package de.kekiz.monitoring.reichweite;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Programm;
import de.kekiz.domain.kommune.Programmteilnahme;
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
 *       phase (any phase if none is named) running on the date.
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
    long zaehler = 0;
    long nenner = 0;
    List<Gemeindeschluessel> erreicht = new ArrayList<>();
    List<Gemeindeschluessel> ohneZahl = new ArrayList<>();
    Set<Gemeindeschluessel> gezaehlt = new HashSet<>();
    for (Kommune k : kommunen) {
      if (k.art().kreisebene() || !gezaehlt.add(k.id())) {
        continue;
      }
      boolean ja = teilnehmer.contains(k.id()) || teilnehmer.contains(k.jugendamt());
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

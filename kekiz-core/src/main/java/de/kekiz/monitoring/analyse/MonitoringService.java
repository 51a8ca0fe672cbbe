package de.kekiz.monitoring.analyse;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Sozialraumebene;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.monitoring.Gebietsaggregation;
import de.kekiz.monitoring.Kommunaldaten;
import de.kekiz.monitoring.Referenzwerte;
import de.kekiz.port.IndikatorRepository;
import de.kekiz.port.KommuneRepository;
import de.kekiz.port.LeitbildRepository;
import de.kekiz.port.MesswertRepository;
import de.kekiz.port.PraeventionsketteRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The monitoring over the ports: loads one Kommune at a time (its aggregate, its Messwerte as a
 * stream, the Leitbild in force today, its Präventionskette), analyses it and lets it go, so that a
 * whole Land fits in a small heap.
 *
 * <p>A Land-wide run is two passes over the Kommunen: {@link #aggregiere} sums the Gemeinden to
 * their Kreise and the Land, then {@link #analysiere(Gemeindeschluessel, Referenzwerte)} compares
 * each Kommune's Sozialräume with those sums. Failures of the storage arrive as the ports' {@link
 * de.kekiz.port.PersistenzException}; broken data as {@link
 * de.kekiz.domain.RegelverstossException}. Thread-safe if the repositories are.
 */
public final class MonitoringService {

  private final KommuneRepository kommunen;
  private final IndikatorRepository indikatoren;
  private final MesswertRepository messwerte;
  private final LeitbildRepository leitbilder;
  private final PraeventionsketteRepository ketten;
  private final Clock clock;
  private final Kommunalanalyse analyse;
  private final @Nullable Sozialraumebene hauptgliederung;

  /**
   * A service over the given ports, analysing as {@code auftrag} asks with today from {@code
   * clock}; Kommunen are summed over their Sozialräume without a parent.
   *
   * @param kommunen where the Kommunen are read from
   * @param indikatoren where the indicator definitions are read from
   * @param messwerte where the Messwerte are read from, one Kommune at a time
   * @param leitbilder where the Leitbild in force is read from
   * @param ketten where the Präventionskette is read from
   * @param clock the clock that says what day today is
   * @param auftrag what to analyse and with which settings
   */
  public MonitoringService(
      KommuneRepository kommunen,
      IndikatorRepository indikatoren,
      MesswertRepository messwerte,
      LeitbildRepository leitbilder,
      PraeventionsketteRepository ketten,
      Clock clock,
      Analyseauftrag auftrag) {
    this(kommunen, indikatoren, messwerte, leitbilder, ketten, clock, auftrag, null);
  }

  /**
   * A service as above that sums each Kommune over its Sozialräume of level {@code hauptgliederung}
   * ({@code null}: those without a parent).
   *
   * @param kommunen where the Kommunen are read from
   * @param indikatoren where the indicator definitions are read from
   * @param messwerte where the Messwerte are read from, one Kommune at a time
   * @param leitbilder where the Leitbild in force is read from
   * @param ketten where the Präventionskette is read from
   * @param clock the clock that says what day today is
   * @param auftrag what to analyse and with which settings
   * @param hauptgliederung the level a Kommune is summed over, or {@code null} for the Sozialräume
   *     without a parent
   */
  public MonitoringService(
      KommuneRepository kommunen,
      IndikatorRepository indikatoren,
      MesswertRepository messwerte,
      LeitbildRepository leitbilder,
      PraeventionsketteRepository ketten,
      Clock clock,
      Analyseauftrag auftrag,
      @Nullable Sozialraumebene hauptgliederung) {
    this.kommunen = requireNonNull(kommunen, "kommunen");
    this.indikatoren = requireNonNull(indikatoren, "indikatoren");
    this.messwerte = requireNonNull(messwerte, "messwerte");
    this.leitbilder = requireNonNull(leitbilder, "leitbilder");
    this.ketten = requireNonNull(ketten, "ketten");
    this.clock = requireNonNull(clock, "clock");
    this.analyse = new Kommunalanalyse(clock, requireNonNull(auftrag, "auftrag"));
    this.hauptgliederung = hauptgliederung;
  }

  /**
   * The observations of Kommune {@code kommune}, checked, indexed and protected ({@link
   * Kommunaldaten}); empty if it is unknown.
   *
   * @param kommune the Kommune's key
   * @return the Kommune's data, or empty if no Kommune with this key is stored
   * @throws de.kekiz.domain.RegelverstossException if a stored Messwert breaks a rule of {@link
   *     Kommunaldaten}
   */
  public Optional<Kommunaldaten> daten(Gemeindeschluessel kommune) {
    return daten(kommune, true);
  }

  private Optional<Kommunaldaten> daten(Gemeindeschluessel kommune, boolean schuetzen) {
    Optional<Kommune> k = kommunen.findById(requireNonNull(kommune, "kommune"));
    if (k.isEmpty()) {
      return Optional.empty();
    }
    List<Indikator> definitionen = indikatoren.findAll();
    Kommunaldaten.Builder b =
        Kommunaldaten.builder(k.get(), definitionen).hauptgliederung(hauptgliederung);
    if (!schuetzen) {
      b.ohneGeheimhaltung(); // only summed, never published per Kommune
    }
    try (Stream<Messwert> s = messwerte.streamByKommune(kommune)) {
      b.addAll(s.iterator());
    }
    return Optional.of(b.build());
  }

  /**
   * Sums the Gemeinden of {@code gemeinden} to their Kreise and Länder, loading one Kommune at a
   * time; every key counts as expected, so a Kommune that is not stored makes its Kreis's sums
   * missing rather than partial.
   *
   * @param gemeinden the keys of the Gemeinden to sum (a key of a Kreis or Land that is not stored
   *     is skipped)
   * @return the Kreis and Land sums, read from the Kommunen's unprotected values (see the class
   *     comment of {@link Gebietsaggregation} on protection); a Kreis with a Gemeinde that is not
   *     stored has missing sums
   * @throws de.kekiz.domain.RegelverstossException if a stored Messwert breaks a rule of {@link
   *     Kommunaldaten}
   */
  public Gebietsaggregation aggregiere(Collection<Gemeindeschluessel> gemeinden) {
    Gebietsaggregation g = new Gebietsaggregation(indikatoren.findAll());
    for (Gemeindeschluessel ags : gemeinden) {
      Optional<Kommunaldaten> d = daten(ags, false);
      if (d.isPresent()) {
        g.add(d.get());
      } else if (!ags.kreisebene()) {
        g.erwarte(List.of(ags));
      }
    }
    return g;
  }

  /**
   * The whole analysis of Kommune {@code kommune} with the Leitbild in force today and its
   * Präventionskette; empty if the Kommune is unknown.
   *
   * @param kommune the Kommune's key
   * @param referenzwerte the Kreis and Land values to compare with
   * @return the report, or empty if no Kommune with this key is stored
   * @throws de.kekiz.domain.RegelverstossException if a stored Messwert breaks a rule of {@link
   *     Kommunaldaten}
   */
  public Optional<Kommunalbericht> analysiere(
      Gemeindeschluessel kommune, Referenzwerte referenzwerte) {
    requireNonNull(referenzwerte, "referenzwerte");
    Optional<Kommunaldaten> d = daten(kommune);
    if (d.isEmpty()) {
      return Optional.empty();
    }
    LocalDate heute = LocalDate.now(clock);
    Leitbild leitbild = leitbilder.findGueltig(kommune, heute).orElse(null);
    Praeventionskette kette = ketten.findByKommune(kommune).orElse(null);
    return Optional.of(analyse.analysiere(d.get(), referenzwerte, leitbild, kette));
  }

  @Override
  public String toString() {
    return "MonitoringService " + analyse.auftrag();
  }
}

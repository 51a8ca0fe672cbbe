package de.kekiz.domain.programm;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Programmteilnahme;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One phase of a {@link Foerderprogramm} (the model phase from 2012, the first expansion stage from
 * 2017) with its participants. What the sources disagree on is kept as {@link Angaben}: the end of
 * the model phase (2015 or 2016), the number of Kommunen that joined (18 or 22).
 *
 * <p>{@link #teilnehmerzahl()} counts {@link #teilnehmer()}, so a Kreis that took part jointly with
 * its Gemeinden counts once, as the programme publishes it ("40 Kommunen"), while {@link
 * #kommunen()} lists every Kommune involved.
 *
 * <p>Rule, reported as a {@link RegelverstossException}: {@code programm.teilnehmer-doppelt} — no
 * Kommune appears twice in a phase, neither as a participant nor in a Verbund.
 *
 * <p>Immutable and thread-safe.
 *
 * @param key stable key, the same as {@link Programmteilnahme#phase()} uses, e.g. {@value
 *     Programmteilnahme#PHASE_AUSBAU_2017}: a lower-case letter followed by up to 59 lower-case
 *     letters, digits or '-'
 * @param name the phase's name, e.g. {@code "Erste Ausbaustufe"}, not blank
 * @param beginn the first day, as far as it is known (the sources give years: 1 January)
 * @param ende the last day as the sources state it; none if open or not stated
 * @param neueKommunen how many Kommunen joined in this phase, as the sources state it
 * @param teilnehmerzahlVeroeffentlicht the number of participants as published
 * @param teilnehmer the participants, in the order given
 */
public record Programmphase(
    String key,
    String name,
    LocalDate beginn,
    Angaben<LocalDate> ende,
    Angaben<Integer> neueKommunen,
    Angaben<Integer> teilnehmerzahlVeroeffentlicht,
    List<Phasenteilnehmer> teilnehmer) {

  /**
   * @param key stable key: a lower-case letter followed by up to 59 lower-case letters, digits or
   *     '-'
   * @param name the phase's name
   * @param beginn the first day, as far as it is known
   * @param ende the last day as the sources state it; none if open or not stated
   * @param neueKommunen how many Kommunen joined in this phase, as the sources state it
   * @param teilnehmerzahlVeroeffentlicht the number of participants as published
   * @param teilnehmer the participants; copied
   * @throws IllegalArgumentException if the key is malformed, the name blank, or a stated end lies
   *     before {@code beginn}
   * @throws RegelverstossException if a Kommune appears twice
   */
  public Programmphase {
    requireNonNull(key, "key");
    requireNonNull(name, "name");
    requireNonNull(beginn, "beginn");
    requireNonNull(ende, "ende");
    requireNonNull(neueKommunen, "neueKommunen");
    requireNonNull(teilnehmerzahlVeroeffentlicht, "teilnehmerzahlVeroeffentlicht");
    teilnehmer = ImmutableList.copyOf(requireNonNull(teilnehmer, "teilnehmer"));
    if (!key.matches("[a-z][a-z0-9-]{0,59}")) {
      throw new IllegalArgumentException(
          "Programmphase key needs a lower-case letter followed by up to 59 lower-case letters,"
              + " digits or '-', got '"
              + key
              + "'");
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException(
          "Programmphase " + key + " needs a name that is not blank, got '" + name + "'");
    }
    for (LocalDate e : ende.werte()) {
      if (e.isBefore(beginn)) {
        throw new IllegalArgumentException(
            "Programmphase " + key + " ends before it starts: beginn " + beginn + ", ende " + e);
      }
    }
    Map<Gemeindeschluessel, String> gesehen = new HashMap<>();
    for (Phasenteilnehmer t : teilnehmer) {
      for (Gemeindeschluessel k : t.kommunen()) {
        String vorher = gesehen.putIfAbsent(k, t.name());
        RegelverstossException.pruefe(
            vorher == null,
            "programm.teilnehmer-doppelt",
            "Programmphase " + key,
            "die Kommune "
                + k
                + " nimmt doppelt teil (bei "
                + vorher
                + " und bei "
                + t.name()
                + ")");
      }
    }
  }

  /** {@return the number of participants as the programme counts them: a Verbund counts once} */
  public int teilnehmerzahl() {
    return teilnehmer.size();
  }

  /** {@return every Kommune involved, participants and their Verbund, sorted by key} */
  public ImmutableList<Gemeindeschluessel> kommunen() {
    return teilnehmer.stream()
        .flatMap(t -> t.kommunen().stream())
        .sorted()
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * {@return the participant that stands for {@code kommune} (itself or through its Verbund), or
   * empty if the Kommune did not take part in this phase}
   *
   * @param kommune the Kommune's key
   */
  public Optional<Phasenteilnehmer> teilnehmer(Gemeindeschluessel kommune) {
    requireNonNull(kommune, "kommune");
    return teilnehmer.stream().filter(t -> t.kommunen().contains(kommune)).findFirst();
  }

  /**
   * {@return a copy with {@code neu} added at the end}
   *
   * @param neu the participant to add
   * @throws RegelverstossException if one of its Kommunen already takes part in the phase
   */
  public Programmphase withTeilnehmer(Phasenteilnehmer neu) {
    requireNonNull(neu, "neu");
    return new Programmphase(
        key,
        name,
        beginn,
        ende,
        neueKommunen,
        teilnehmerzahlVeroeffentlicht,
        ImmutableList.<Phasenteilnehmer>builder().addAll(teilnehmer).add(neu).build());
  }
}

package de.kekiz.port.inmemory;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.domain.leitbild.LeitbildId;
import de.kekiz.port.Ablagestand;
import de.kekiz.port.Benutzerkontext;
import de.kekiz.port.LeitbildRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A {@link LeitbildRepository} on the heap. Lists are immutable snapshots. Thread-safe: every call
 * is atomic.
 */
public final class InMemoryLeitbildRepository implements LeitbildRepository {

  private final Aggregatspeicher<LeitbildId, Leitbild> speicher;

  /**
   * An empty repository: replaced states are dated by the system clock (UTC) and kept as replaced
   * by {@code "in-memory"}.
   */
  public InMemoryLeitbildRepository() {
    this(Clock.systemUTC(), Benutzerkontext.fest("in-memory"));
  }

  /**
   * An empty repository whose history dates replaced states by {@code uhr} and names {@code
   * benutzer} as the one who replaced them.
   *
   * @param uhr the clock
   * @param benutzer who acts
   */
  public InMemoryLeitbildRepository(Clock uhr, Benutzerkontext benutzer) {
    speicher =
        new Aggregatspeicher<>(
            "Leitbild", Leitbild::id, Leitbild::revision, Leitbild::withRevision, uhr, benutzer);
  }

  @Override
  public List<Ablagestand<Leitbild>> findHistorie(LeitbildId id) {
    return speicher.historie(requireNonNull(id, "id"));
  }

  @Override
  public Optional<Leitbild> findById(LeitbildId id) {
    return speicher.finde(requireNonNull(id, "id"));
  }

  @Override
  public List<Leitbild> findByKommune(Gemeindeschluessel kommune) {
    requireNonNull(kommune, "kommune");
    return speicher.alle(l -> l.kommune().equals(kommune));
  }

  @Override
  public Optional<Leitbild> findGueltig(Gemeindeschluessel kommune, LocalDate stichtag) {
    requireNonNull(kommune, "kommune");
    requireNonNull(stichtag, "stichtag");
    List<Leitbild> beschlossen =
        speicher.alle(
            l ->
                l.kommune().equals(kommune)
                    && l.beschlossenAm().map(tag -> !tag.isAfter(stichtag)).orElse(false));
    // ordered by Fassung: the last one is the highest
    return beschlossen.isEmpty()
        ? Optional.empty()
        : Optional.of(beschlossen.get(beschlossen.size() - 1));
  }

  @Override
  public Leitbild save(Leitbild leitbild) {
    return speicher.speichere(requireNonNull(leitbild, "leitbild"));
  }

  @Override
  public boolean delete(LeitbildId id, long revision) {
    return speicher.loesche(requireNonNull(id, "id"), revision);
  }
}

package de.kekiz.port.inmemory;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.port.Ablagestand;
import de.kekiz.port.Benutzerkontext;
import de.kekiz.port.IndikatorRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An {@link IndikatorRepository} on the heap. Lists are immutable snapshots. Thread-safe: every
 * call is atomic.
 */
public final class InMemoryIndikatorRepository implements IndikatorRepository {

  private final Aggregatspeicher<IndikatorRef, Indikator> speicher;

  /**
   * An empty repository: replaced states are dated by the system clock (UTC) and kept as replaced
   * by {@code "in-memory"}.
   */
  public InMemoryIndikatorRepository() {
    this(Clock.systemUTC(), Benutzerkontext.fest("in-memory"));
  }

  /**
   * An empty repository whose history dates replaced states by {@code uhr} and names {@code
   * benutzer} as the one who replaced them.
   *
   * @param uhr the clock
   * @param benutzer who acts
   */
  public InMemoryIndikatorRepository(Clock uhr, Benutzerkontext benutzer) {
    speicher =
        new Aggregatspeicher<>(
            "Indikator",
            Indikator::ref,
            Indikator::revision,
            Indikator::withRevision,
            uhr,
            benutzer);
  }

  @Override
  public List<Ablagestand<Indikator>> findHistorie(IndikatorRef id) {
    return speicher.historie(requireNonNull(id, "id"));
  }

  @Override
  public Optional<Indikator> findByRef(IndikatorRef ref) {
    return speicher.finde(requireNonNull(ref, "ref"));
  }

  @Override
  public List<Indikator> findVersionen(IndikatorKey key) {
    requireNonNull(key, "key");
    return speicher.alle(i -> i.key().equals(key));
  }

  /**
   * {@inheritDoc}
   *
   * <p>Should the validities of several stored versions overlap (the port does not forbid it), the
   * highest of them is returned.
   */
  @Override
  public Optional<Indikator> findGueltig(IndikatorKey key, LocalDate stichtag) {
    requireNonNull(key, "key");
    requireNonNull(stichtag, "stichtag");
    List<Indikator> gueltig =
        speicher.alle(i -> i.key().equals(key) && i.gueltigkeit().enthaelt(stichtag));
    return gueltig.isEmpty() ? Optional.empty() : Optional.of(gueltig.get(gueltig.size() - 1));
  }

  @Override
  public List<Indikator> findAll() {
    return speicher.alle(i -> true);
  }

  @Override
  public Indikator save(Indikator indikator) {
    return speicher.speichere(requireNonNull(indikator, "indikator"));
  }

  @Override
  public boolean delete(IndikatorRef ref, long revision) {
    return speicher.loesche(requireNonNull(ref, "ref"), revision);
  }
}

package de.kekiz.port.inmemory;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.port.IndikatorRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An {@link IndikatorRepository} on the heap. Lists are immutable snapshots. Thread-safe: every
 * call is atomic.
 */
public final class InMemoryIndikatorRepository implements IndikatorRepository {

  private final Aggregatspeicher<IndikatorRef, Indikator> speicher =
      new Aggregatspeicher<>(
          "Indikator", Indikator::ref, Indikator::revision, Indikator::withRevision);

  /** An empty repository. */
  public InMemoryIndikatorRepository() {}

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

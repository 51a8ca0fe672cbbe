package de.kekiz.port.inmemory;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Kreisschluessel;
import de.kekiz.port.KommuneRepository;
import java.util.List;
import java.util.Optional;

/**
 * A {@link KommuneRepository} on the heap. Lists are immutable snapshots. Thread-safe: every call
 * is atomic.
 */
public final class InMemoryKommuneRepository implements KommuneRepository {

  private final Aggregatspeicher<Gemeindeschluessel, Kommune> speicher =
      new Aggregatspeicher<>("Kommune", Kommune::id, Kommune::revision, Kommune::withRevision);

  /** An empty repository. */
  public InMemoryKommuneRepository() {}

  @Override
  public Optional<Kommune> findById(Gemeindeschluessel schluessel) {
    return speicher.finde(requireNonNull(schluessel, "schluessel"));
  }

  @Override
  public List<Kommune> findAll() {
    return speicher.alle(k -> true);
  }

  /** Finds by key prefix, so the Kreis (key ending in {@code 000}) comes first by key order. */
  @Override
  public List<Kommune> findByKreis(Kreisschluessel kreis) {
    requireNonNull(kreis, "kreis");
    return speicher.alle(k -> kreis.enthaelt(k.schluessel()));
  }

  @Override
  public Kommune save(Kommune kommune) {
    return speicher.speichere(requireNonNull(kommune, "kommune"));
  }

  @Override
  public boolean delete(Gemeindeschluessel schluessel, long revision) {
    return speicher.loesche(requireNonNull(schluessel, "schluessel"), revision);
  }
}

package de.kekiz.port.inmemory;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.port.PraeventionsketteRepository;
import java.util.List;
import java.util.Optional;

/**
 * A {@link PraeventionsketteRepository} on the heap. Lists are immutable snapshots. Thread-safe:
 * every call is atomic.
 */
public final class InMemoryPraeventionsketteRepository implements PraeventionsketteRepository {

  private final Aggregatspeicher<Gemeindeschluessel, Praeventionskette> speicher =
      new Aggregatspeicher<>(
          "Praeventionskette",
          Praeventionskette::kommune,
          Praeventionskette::revision,
          Praeventionskette::withRevision);

  /** An empty repository. */
  public InMemoryPraeventionsketteRepository() {}

  @Override
  public Optional<Praeventionskette> findByKommune(Gemeindeschluessel kommune) {
    return speicher.finde(requireNonNull(kommune, "kommune"));
  }

  @Override
  public List<Praeventionskette> findAll() {
    return speicher.alle(k -> true);
  }

  @Override
  public Praeventionskette save(Praeventionskette kette) {
    return speicher.speichere(requireNonNull(kette, "kette"));
  }

  @Override
  public boolean delete(Gemeindeschluessel kommune, long revision) {
    return speicher.loesche(requireNonNull(kommune, "kommune"), revision);
  }
}

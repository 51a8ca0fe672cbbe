package de.kekiz.port.inmemory;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.programm.Foerderprogramm;
import de.kekiz.port.FoerderprogrammRepository;
import java.util.List;
import java.util.Optional;

/**
 * A {@link FoerderprogrammRepository} on the heap. Lists are immutable snapshots. Thread-safe:
 * every call is atomic.
 */
public final class InMemoryFoerderprogrammRepository implements FoerderprogrammRepository {

  private final Aggregatspeicher<String, Foerderprogramm> speicher =
      new Aggregatspeicher<>(
          "Foerderprogramm",
          l -> l.programm().key(),
          Foerderprogramm::revision,
          Foerderprogramm::withRevision);

  /** An empty repository. */
  public InMemoryFoerderprogrammRepository() {}

  @Override
  public Optional<Foerderprogramm> findByProgramm(String programm) {
    return speicher.finde(requireNonNull(programm, "programm"));
  }

  @Override
  public List<Foerderprogramm> findAll() {
    return speicher.alle(l -> true);
  }

  @Override
  public Foerderprogramm save(Foerderprogramm programm) {
    return speicher.speichere(requireNonNull(programm, "programm"));
  }

  @Override
  public boolean delete(String programm, long revision) {
    return speicher.loesche(requireNonNull(programm, "programm"), revision);
  }
}

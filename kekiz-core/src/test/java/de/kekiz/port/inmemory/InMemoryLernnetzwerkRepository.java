package de.kekiz.port.inmemory;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.lernnetzwerk.Lernnetzwerk;
import de.kekiz.port.LernnetzwerkRepository;
import java.util.List;
import java.util.Optional;

/**
 * A {@link LernnetzwerkRepository} on the heap. Lists are immutable snapshots. Thread-safe: every
 * call is atomic.
 */
public final class InMemoryLernnetzwerkRepository implements LernnetzwerkRepository {

  private final Aggregatspeicher<String, Lernnetzwerk> speicher =
      new Aggregatspeicher<>(
          "Lernnetzwerk",
          l -> l.programm().key(),
          Lernnetzwerk::revision,
          Lernnetzwerk::withRevision);

  /** An empty repository. */
  public InMemoryLernnetzwerkRepository() {}

  @Override
  public Optional<Lernnetzwerk> findByProgramm(String programm) {
    return speicher.finde(requireNonNull(programm, "programm"));
  }

  @Override
  public List<Lernnetzwerk> findAll() {
    return speicher.alle(l -> true);
  }

  @Override
  public Lernnetzwerk save(Lernnetzwerk lernnetzwerk) {
    return speicher.speichere(requireNonNull(lernnetzwerk, "lernnetzwerk"));
  }

  @Override
  public boolean delete(String programm, long revision) {
    return speicher.loesche(requireNonNull(programm, "programm"), revision);
  }
}

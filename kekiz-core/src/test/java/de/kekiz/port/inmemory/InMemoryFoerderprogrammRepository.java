package de.kekiz.port.inmemory;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.programm.Foerderprogramm;
import de.kekiz.port.Ablagestand;
import de.kekiz.port.Benutzerkontext;
import de.kekiz.port.FoerderprogrammRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * A {@link FoerderprogrammRepository} on the heap. Lists are immutable snapshots. Thread-safe:
 * every call is atomic.
 */
public final class InMemoryFoerderprogrammRepository implements FoerderprogrammRepository {

  private final Aggregatspeicher<String, Foerderprogramm> speicher;

  /**
   * An empty repository: replaced states are dated by the system clock (UTC) and kept as replaced
   * by {@code "in-memory"}.
   */
  public InMemoryFoerderprogrammRepository() {
    this(Clock.systemUTC(), Benutzerkontext.fest("in-memory"));
  }

  /**
   * An empty repository whose history dates replaced states by {@code uhr} and names {@code
   * benutzer} as the one who replaced them.
   *
   * @param uhr the clock
   * @param benutzer who acts
   */
  public InMemoryFoerderprogrammRepository(Clock uhr, Benutzerkontext benutzer) {
    speicher =
        new Aggregatspeicher<>(
            "Foerderprogramm",
            l -> l.programm().key(),
            Foerderprogramm::revision,
            Foerderprogramm::withRevision,
            uhr,
            benutzer);
  }

  @Override
  public List<Ablagestand<Foerderprogramm>> findHistorie(String id) {
    return speicher.historie(requireNonNull(id, "id"));
  }

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

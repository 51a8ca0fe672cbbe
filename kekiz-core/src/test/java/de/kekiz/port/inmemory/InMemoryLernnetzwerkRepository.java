package de.kekiz.port.inmemory;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.lernnetzwerk.Lernnetzwerk;
import de.kekiz.port.Ablagestand;
import de.kekiz.port.Benutzerkontext;
import de.kekiz.port.LernnetzwerkRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * A {@link LernnetzwerkRepository} on the heap. Lists are immutable snapshots. Thread-safe: every
 * call is atomic.
 */
public final class InMemoryLernnetzwerkRepository implements LernnetzwerkRepository {

  private final Aggregatspeicher<String, Lernnetzwerk> speicher;

  /**
   * An empty repository: replaced states are dated by the system clock (UTC) and kept as replaced
   * by {@code "in-memory"}.
   */
  public InMemoryLernnetzwerkRepository() {
    this(Clock.systemUTC(), Benutzerkontext.fest("in-memory"));
  }

  /**
   * An empty repository whose history dates replaced states by {@code uhr} and names {@code
   * benutzer} as the one who replaced them.
   *
   * @param uhr the clock
   * @param benutzer who acts
   */
  public InMemoryLernnetzwerkRepository(Clock uhr, Benutzerkontext benutzer) {
    speicher =
        new Aggregatspeicher<>(
            "Lernnetzwerk",
            l -> l.programm().key(),
            Lernnetzwerk::revision,
            Lernnetzwerk::withRevision,
            uhr,
            benutzer);
  }

  @Override
  public List<Ablagestand<Lernnetzwerk>> findHistorie(String id) {
    return speicher.historie(requireNonNull(id, "id"));
  }

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

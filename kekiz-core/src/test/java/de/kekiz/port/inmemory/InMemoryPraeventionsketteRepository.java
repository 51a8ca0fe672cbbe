package de.kekiz.port.inmemory;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.port.Ablagestand;
import de.kekiz.port.Benutzerkontext;
import de.kekiz.port.PraeventionsketteRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * A {@link PraeventionsketteRepository} on the heap. Lists are immutable snapshots. Thread-safe:
 * every call is atomic.
 */
public final class InMemoryPraeventionsketteRepository implements PraeventionsketteRepository {

  private final Aggregatspeicher<Gemeindeschluessel, Praeventionskette> speicher;

  /**
   * An empty repository: replaced states are dated by the system clock (UTC) and kept as replaced
   * by {@code "in-memory"}.
   */
  public InMemoryPraeventionsketteRepository() {
    this(Clock.systemUTC(), Benutzerkontext.fest("in-memory"));
  }

  /**
   * An empty repository whose history dates replaced states by {@code uhr} and names {@code
   * benutzer} as the one who replaced them.
   *
   * @param uhr the clock
   * @param benutzer who acts
   */
  public InMemoryPraeventionsketteRepository(Clock uhr, Benutzerkontext benutzer) {
    speicher =
        new Aggregatspeicher<>(
            "Praeventionskette",
            Praeventionskette::kommune,
            Praeventionskette::revision,
            Praeventionskette::withRevision,
            uhr,
            benutzer);
  }

  @Override
  public List<Ablagestand<Praeventionskette>> findHistorie(Gemeindeschluessel id) {
    return speicher.historie(requireNonNull(id, "id"));
  }

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

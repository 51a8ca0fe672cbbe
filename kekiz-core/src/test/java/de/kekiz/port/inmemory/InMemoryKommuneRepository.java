package de.kekiz.port.inmemory;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Kreisschluessel;
import de.kekiz.port.Ablagestand;
import de.kekiz.port.Benutzerkontext;
import de.kekiz.port.KommuneRepository;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * A {@link KommuneRepository} on the heap. Lists are immutable snapshots. Thread-safe: every call
 * is atomic.
 */
public final class InMemoryKommuneRepository implements KommuneRepository {

  private final Aggregatspeicher<Gemeindeschluessel, Kommune> speicher;

  /**
   * An empty repository: replaced states are dated by the system clock (UTC) and kept as replaced
   * by {@code "in-memory"}.
   */
  public InMemoryKommuneRepository() {
    this(Clock.systemUTC(), Benutzerkontext.fest("in-memory"));
  }

  /**
   * An empty repository whose history dates replaced states by {@code uhr} and names {@code
   * benutzer} as the one who replaced them.
   *
   * @param uhr the clock
   * @param benutzer who acts
   */
  public InMemoryKommuneRepository(Clock uhr, Benutzerkontext benutzer) {
    speicher =
        new Aggregatspeicher<>(
            "Kommune", Kommune::id, Kommune::revision, Kommune::withRevision, uhr, benutzer);
  }

  @Override
  public List<Ablagestand<Kommune>> findHistorie(Gemeindeschluessel id) {
    return speicher.historie(requireNonNull(id, "id"));
  }

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

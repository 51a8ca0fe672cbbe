package de.kekiz.port.kontrakt.kaputt;

import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.port.Ablagestand;
import de.kekiz.port.IndikatorRepository;
import de.kekiz.port.inmemory.InMemoryIndikatorRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Broken on purpose: takes the highest version whose validity has begun on the day as the valid
 * one, ignoring where a validity ends. Everything else is the correct in-memory adapter.
 */
final class OpenEndedIndikatorRepository implements IndikatorRepository {

  private final InMemoryIndikatorRepository richtig = new InMemoryIndikatorRepository();

  @Override
  public Optional<Indikator> findByRef(IndikatorRef ref) {
    return richtig.findByRef(ref);
  }

  @Override
  public List<Indikator> findVersionen(IndikatorKey key) {
    return richtig.findVersionen(key);
  }

  @Override
  public Optional<Indikator> findGueltig(IndikatorKey key, LocalDate stichtag) {
    Indikator gefunden = null;
    for (Indikator i : richtig.findVersionen(key)) {
      if (!i.gueltigkeit().von().isAfter(stichtag)) {
        gefunden = i;
      }
    }
    return Optional.ofNullable(gefunden);
  }

  @Override
  public List<Indikator> findAll() {
    return richtig.findAll();
  }

  @Override
  public Indikator save(Indikator indikator) {
    return richtig.save(indikator);
  }

  @Override
  public boolean delete(IndikatorRef ref, long revision) {
    return richtig.delete(ref, revision);
  }

  @Override
  public List<Ablagestand<Indikator>> findHistorie(IndikatorRef id) {
    return richtig.findHistorie(id);
  }
}

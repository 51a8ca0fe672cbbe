package de.kekiz.port.kontrakt.kaputt;

import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.domain.leitbild.LeitbildId;
import de.kekiz.port.Ablagestand;
import de.kekiz.port.LeitbildRepository;
import de.kekiz.port.inmemory.InMemoryLeitbildRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Broken on purpose: lists a Kommune's Fassungen in the order they were first saved instead of by
 * Fassung. Everything else is the correct in-memory adapter.
 */
final class UnorderedLeitbildRepository implements LeitbildRepository {

  private final InMemoryLeitbildRepository richtig = new InMemoryLeitbildRepository();
  private final List<LeitbildId> ersteSpeicherung = new ArrayList<>();

  @Override
  public Optional<Leitbild> findById(LeitbildId id) {
    return richtig.findById(id);
  }

  @Override
  public List<Leitbild> findByKommune(Gemeindeschluessel kommune) {
    return richtig.findByKommune(kommune).stream()
        .sorted(Comparator.comparingInt(l -> ersteSpeicherung.indexOf(l.id())))
        .collect(Collectors.toUnmodifiableList());
  }

  @Override
  public Optional<Leitbild> findGueltig(Gemeindeschluessel kommune, LocalDate stichtag) {
    return richtig.findGueltig(kommune, stichtag);
  }

  @Override
  public Leitbild save(Leitbild leitbild) {
    Leitbild gespeichert = richtig.save(leitbild);
    if (!ersteSpeicherung.contains(leitbild.id())) {
      ersteSpeicherung.add(leitbild.id());
    }
    return gespeichert;
  }

  @Override
  public boolean delete(LeitbildId id, long revision) {
    return richtig.delete(id, revision);
  }

  @Override
  public List<Ablagestand<Leitbild>> findHistorie(LeitbildId id) {
    return richtig.findHistorie(id);
  }
}

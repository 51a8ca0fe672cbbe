package de.kekiz.port.kontrakt.kaputt;

import de.kekiz.domain.angebot.Angebot;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.port.Ablagestand;
import de.kekiz.port.PraeventionsketteRepository;
import de.kekiz.port.inmemory.InMemoryPraeventionsketteRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Broken on purpose: stores the Angebote of a chain sorted by id, as a table read back by its
 * primary key would, instead of in the order given. Everything else is the correct in-memory
 * adapter.
 */
final class AngebotSortingPraeventionsketteRepository implements PraeventionsketteRepository {

  private final InMemoryPraeventionsketteRepository richtig =
      new InMemoryPraeventionsketteRepository();

  @Override
  public Optional<Praeventionskette> findByKommune(Gemeindeschluessel kommune) {
    return richtig.findByKommune(kommune);
  }

  @Override
  public List<Praeventionskette> findAll() {
    return richtig.findAll();
  }

  @Override
  public Praeventionskette save(Praeventionskette kette) {
    Praeventionskette sortiert = kette;
    for (Angebot a : kette.angebote()) {
      sortiert = sortiert.ohneAngebot(a.id());
    }
    for (Angebot a : kette.angebote().stream().sorted(Comparator.comparing(Angebot::id)).toList()) {
      sortiert = sortiert.withAngebot(a);
    }
    return richtig.save(sortiert);
  }

  @Override
  public boolean delete(Gemeindeschluessel kommune, long revision) {
    return richtig.delete(kommune, revision);
  }

  @Override
  public List<Ablagestand<Praeventionskette>> findHistorie(Gemeindeschluessel id) {
    return richtig.findHistorie(id);
  }
}

package de.kekiz.port.kontrakt.kaputt;

import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Kreisschluessel;
import de.kekiz.port.Ablagestand;
import de.kekiz.port.KommuneRepository;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Broken on purpose: stores every Kommune as given, never bumps the revision and never checks it;
 * deleting ignores the revision too; keeps no history of replaced states. Ordering and contents are
 * right.
 */
final class ForgetfulKommuneRepository implements KommuneRepository {

  private final TreeMap<Gemeindeschluessel, Kommune> daten = new TreeMap<>();

  @Override
  public Optional<Kommune> findById(Gemeindeschluessel schluessel) {
    return Optional.ofNullable(daten.get(schluessel));
  }

  @Override
  public List<Kommune> findAll() {
    return List.copyOf(daten.values());
  }

  @Override
  public List<Kommune> findByKreis(Kreisschluessel kreis) {
    return daten.values().stream()
        .filter(k -> kreis.enthaelt(k.schluessel()))
        .collect(Collectors.toUnmodifiableList());
  }

  @Override
  public Kommune save(Kommune kommune) {
    daten.put(kommune.id(), kommune);
    return kommune;
  }

  @Override
  public boolean delete(Gemeindeschluessel schluessel, long revision) {
    return daten.remove(schluessel) != null;
  }

  @Override
  public List<Ablagestand<Kommune>> findHistorie(Gemeindeschluessel id) {
    return List.of();
  }
}

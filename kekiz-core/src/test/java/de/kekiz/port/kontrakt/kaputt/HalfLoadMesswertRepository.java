package de.kekiz.port.kontrakt.kaputt;

import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.MesswertSchluessel;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.port.DuplikatException;
import de.kekiz.port.Duplikatregel;
import de.kekiz.port.MesswertRepository;
import de.kekiz.port.inmemory.InMemoryMesswertRepository;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Broken on purpose: writes each Messwert of a load as soon as it is read, like an adapter that
 * commits row by row, so a load that fails keeps the part before the failure. It reports duplicates
 * with the right key and position; everything else is the correct in-memory adapter.
 */
final class HalfLoadMesswertRepository implements MesswertRepository {

  private final InMemoryMesswertRepository richtig = new InMemoryMesswertRepository();

  @Override
  public long saveAll(Iterator<Messwert> messwerte, Duplikatregel regel) {
    long position = 0;
    while (messwerte.hasNext()) {
      Messwert m = messwerte.next();
      position++;
      try {
        richtig.saveAll(List.of(m), regel);
      } catch (DuplikatException e) {
        throw new DuplikatException(m.schluessel(), position);
      }
    }
    return position;
  }

  @Override
  public Stream<Messwert> streamByKommune(Gemeindeschluessel kommune) {
    return richtig.streamByKommune(kommune);
  }

  @Override
  public List<Messwert> findByKommuneAndIndikator(
      Gemeindeschluessel kommune, IndikatorKey indikator) {
    return richtig.findByKommuneAndIndikator(kommune, indikator);
  }

  @Override
  public Optional<Messwert> find(MesswertSchluessel schluessel) {
    return richtig.find(schluessel);
  }

  @Override
  public long count(Gemeindeschluessel kommune) {
    return richtig.count(kommune);
  }

  @Override
  public long deleteByKommune(Gemeindeschluessel kommune) {
    return richtig.deleteByKommune(kommune);
  }
}

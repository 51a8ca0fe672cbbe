package de.kekiz.port.inmemory;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.MesswertSchluessel;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.port.DuplikatException;
import de.kekiz.port.Duplikatregel;
import de.kekiz.port.MesswertRepository;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A {@link MesswertRepository} on the heap: per Kommune a map sorted by {@link MesswertSchluessel}.
 *
 * <p>A load first collects the whole input and checks it for duplicates, then applies it, so a
 * failing input or a rejected duplicate leaves the repository as it was. Thread-safe: every call is
 * atomic and holds the repository's lock, a load while it reads its input; readers get immutable
 * snapshots, so a stream never sees half a load and needs no closing.
 */
public final class InMemoryMesswertRepository implements MesswertRepository {

  private final Map<Gemeindeschluessel, TreeMap<MesswertSchluessel, Messwert>> daten =
      new HashMap<>();

  /** An empty repository. */
  public InMemoryMesswertRepository() {}

  /**
   * {@inheritDoc}
   *
   * <p>An exception thrown by {@code messwerte} reaches the caller unchanged; a {@code null}
   * element is a {@link NullPointerException} naming its position. Nothing is stored in either
   * case.
   */
  @Override
  public synchronized long saveAll(Iterator<Messwert> messwerte, Duplikatregel regel) {
    requireNonNull(messwerte, "messwerte");
    requireNonNull(regel, "regel");
    Map<MesswertSchluessel, Messwert> ladung = new LinkedHashMap<>();
    long position = 0;
    while (messwerte.hasNext()) {
      Messwert m = messwerte.next();
      position++;
      if (m == null) {
        throw new NullPointerException("Messwert at position " + position + " of the load is null");
      }
      MesswertSchluessel schluessel = m.schluessel();
      if (regel == Duplikatregel.ABLEHNEN
          && (ladung.containsKey(schluessel) || gespeichert(schluessel).isPresent())) {
        throw new DuplikatException(schluessel, position);
      }
      ladung.put(schluessel, m);
    }
    for (Map.Entry<MesswertSchluessel, Messwert> e : ladung.entrySet()) {
      daten
          .computeIfAbsent(e.getKey().raum().kommune(), k -> new TreeMap<>())
          .put(e.getKey(), e.getValue());
    }
    return position;
  }

  /** Streams an immutable snapshot taken when called; closing it is not needed, but harmless. */
  @Override
  public synchronized Stream<Messwert> streamByKommune(Gemeindeschluessel kommune) {
    return schnappschuss(requireNonNull(kommune, "kommune")).stream();
  }

  @Override
  public synchronized List<Messwert> findByKommuneAndIndikator(
      Gemeindeschluessel kommune, IndikatorKey indikator) {
    requireNonNull(kommune, "kommune");
    requireNonNull(indikator, "indikator");
    TreeMap<MesswertSchluessel, Messwert> werte = daten.get(kommune);
    return werte == null
        ? ImmutableList.of()
        : werte.values().stream()
            .filter(m -> m.indikator().key().equals(indikator))
            .collect(ImmutableList.toImmutableList());
  }

  @Override
  public synchronized Optional<Messwert> find(MesswertSchluessel schluessel) {
    return gespeichert(requireNonNull(schluessel, "schluessel"));
  }

  @Override
  public synchronized long count(Gemeindeschluessel kommune) {
    TreeMap<MesswertSchluessel, Messwert> werte = daten.get(requireNonNull(kommune, "kommune"));
    return werte == null ? 0 : werte.size();
  }

  @Override
  public synchronized long deleteByKommune(Gemeindeschluessel kommune) {
    TreeMap<MesswertSchluessel, Messwert> werte = daten.remove(requireNonNull(kommune, "kommune"));
    return werte == null ? 0 : werte.size();
  }

  private Optional<Messwert> gespeichert(MesswertSchluessel schluessel) {
    TreeMap<MesswertSchluessel, Messwert> werte = daten.get(schluessel.raum().kommune());
    return werte == null ? Optional.empty() : Optional.ofNullable(werte.get(schluessel));
  }

  private ImmutableList<Messwert> schnappschuss(Gemeindeschluessel kommune) {
    TreeMap<MesswertSchluessel, Messwert> werte = daten.get(kommune);
    return werte == null ? ImmutableList.of() : ImmutableList.copyOf(werte.values());
  }
}

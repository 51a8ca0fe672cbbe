package de.kekiz.port.inmemory;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.port.Ablagestand;
import de.kekiz.port.Benutzerkontext;
import de.kekiz.port.VersionskonfliktException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * Aggregates of one kind in a map sorted by id, with optimistic versioning and the history of
 * replaced states ({@link Ablagestand}): each save of a stored aggregate and each delete keeps the
 * state it replaced, with the time from the clock and the user from the context. Every method holds
 * the object's lock, so each call is atomic and sees the state the previous one left.
 *
 * @param <I> the id, whose natural order is the order of lists
 * @param <T> the aggregate root
 */
final class Aggregatspeicher<I extends Comparable<? super I>, T> {

  private final String aggregat;
  private final Function<T, I> id;
  private final ToLongFunction<T> revision;
  private final BiFunction<T, Long, T> mitRevision;
  private final Clock uhr;
  private final Benutzerkontext benutzer;
  private final TreeMap<I, T> daten = new TreeMap<>();
  private final Map<I, List<Ablagestand<T>>> historie = new HashMap<>();

  /**
   * @param aggregat the aggregate's name in a {@link VersionskonfliktException}, e.g. {@code
   *     "Kommune"}
   * @param id reads the id
   * @param revision reads the revision
   * @param mitRevision a copy with another revision
   * @param uhr the clock that dates a replaced state
   * @param benutzer who replaces a state
   */
  Aggregatspeicher(
      String aggregat,
      Function<T, I> id,
      ToLongFunction<T> revision,
      BiFunction<T, Long, T> mitRevision,
      Clock uhr,
      Benutzerkontext benutzer) {
    this.aggregat = requireNonNull(aggregat, "aggregat");
    this.id = requireNonNull(id, "id");
    this.revision = requireNonNull(revision, "revision");
    this.mitRevision = requireNonNull(mitRevision, "mitRevision");
    this.uhr = requireNonNull(uhr, "uhr");
    this.benutzer = requireNonNull(benutzer, "benutzer");
  }

  /** The states of the aggregate {@code schluessel} that were replaced, oldest first. */
  synchronized ImmutableList<Ablagestand<T>> historie(I schluessel) {
    return ImmutableList.copyOf(historie.getOrDefault(requireNonNull(schluessel, "id"), List.of()));
  }

  private void bewahre(I schluessel, T alt, boolean geloescht) {
    historie
        .computeIfAbsent(schluessel, k -> new ArrayList<>())
        .add(
            new Ablagestand<>(
                alt, revision.applyAsLong(alt), uhr.instant(), benutzer.benutzer(), geloescht));
  }

  /** The aggregate with id {@code schluessel}, or empty. */
  synchronized Optional<T> finde(I schluessel) {
    return Optional.ofNullable(daten.get(requireNonNull(schluessel, "id")));
  }

  /** Every aggregate that satisfies {@code filter}, ordered by id. */
  synchronized ImmutableList<T> alle(Predicate<? super T> filter) {
    return daten.values().stream().filter(filter).collect(ImmutableList.toImmutableList());
  }

  /**
   * Stores {@code neu} with the stored revision + 1 if its revision is the stored one (0 when
   * nothing is stored).
   *
   * @throws VersionskonfliktException otherwise, storing nothing
   */
  synchronized T speichere(T neu) {
    requireNonNull(neu, "neu");
    I schluessel = id.apply(neu);
    long erwartet = revision.applyAsLong(neu);
    long gespeichert = gespeicherteRevision(schluessel);
    if (erwartet != gespeichert) {
      throw new VersionskonfliktException(aggregat, schluessel.toString(), erwartet, gespeichert);
    }
    T gespeichertesAggregat = mitRevision.apply(neu, gespeichert + 1);
    T alt = daten.get(schluessel);
    if (alt != null) {
      bewahre(schluessel, alt, false);
    }
    daten.put(schluessel, gespeichertesAggregat);
    return gespeichertesAggregat;
  }

  /**
   * Deletes the aggregate stored under {@code schluessel} with revision {@code erwartet}.
   *
   * @return false if nothing is stored under {@code schluessel}
   * @throws VersionskonfliktException if it is stored with another revision
   */
  synchronized boolean loesche(I schluessel, long erwartet) {
    requireNonNull(schluessel, "id");
    if (!daten.containsKey(schluessel)) {
      return false;
    }
    long gespeichert = gespeicherteRevision(schluessel);
    if (erwartet != gespeichert) {
      throw new VersionskonfliktException(aggregat, schluessel.toString(), erwartet, gespeichert);
    }
    bewahre(schluessel, daten.remove(schluessel), true);
    return true;
  }

  private long gespeicherteRevision(I schluessel) {
    T alt = daten.get(schluessel);
    return alt == null ? 0 : revision.applyAsLong(alt);
  }
}

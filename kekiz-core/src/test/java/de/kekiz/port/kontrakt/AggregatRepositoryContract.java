package de.kekiz.port.kontrakt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.kekiz.port.Ablagestand;
import de.kekiz.port.VersionskonfliktException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The part of every aggregate repository's contract that does not depend on the aggregate:
 * not-found, round trip, optimistic versioning, deletion and the history of replaced states. Each
 * port's contract class extends it and adds what is special to its port.
 *
 * @param <T> the aggregate root
 * @param <I> its id
 */
public abstract class AggregatRepositoryContract<T, I> {

  /** Stores {@code aggregat}. */
  protected abstract T speichere(T aggregat);

  /** Loads the aggregate with {@code id}. */
  protected abstract Optional<T> lade(I id);

  /** Deletes; returns false if nothing was stored. */
  protected abstract boolean loesche(I id, long revision);

  /** The earlier stored states of the aggregate {@code id}, oldest first. */
  protected abstract List<Ablagestand<T>> historie(I id);

  /** The id of {@code aggregat}. */
  protected abstract I id(T aggregat);

  /** The revision of {@code aggregat}. */
  protected abstract long revision(T aggregat);

  /** {@code aggregat} with another revision. */
  protected abstract T mitRevision(T aggregat, long revision);

  /**
   * A changed copy of {@code aggregat}: same id and revision, different content; applied again to
   * its own result it changes the content again.
   */
  protected abstract T geaendert(T aggregat);

  /**
   * Unsaved aggregates (revision 0) with pairwise different ids, at least three, rich in content:
   * umlauts, optional parts present and absent. The first is the richest.
   */
  protected abstract List<T> beispiele();

  /** The aggregate's name in messages, e.g. {@code "Kommune"}. */
  protected abstract String aggregatName();

  @Nested
  @DisplayName("finding")
  class Finden {

    @Test
    @DisplayName("an empty repository finds nothing and throws nothing")
    void leer() {
      for (T t : beispiele()) {
        assertEquals(Optional.empty(), lade(id(t)));
      }
    }

    @Test
    @DisplayName("a saved aggregate loads back equal, every field included")
    void rundreise() {
      for (T t : beispiele()) {
        T gespeichert = speichere(t);
        assertEquals(Optional.of(gespeichert), lade(id(t)));
        assertEquals(
            mitRevision(t, revision(gespeichert)),
            gespeichert,
            "save changes nothing but the revision");
      }
    }
  }

  @Nested
  @DisplayName("optimistic versioning")
  class Versionierung {

    @Test
    @DisplayName("the first save gives revision 1, each further save one more")
    void revisionZaehlt() {
      T t = beispiele().get(0);
      T eins = speichere(t);
      assertEquals(1, revision(eins));
      T zwei = speichere(geaendert(eins));
      assertEquals(2, revision(zwei));
      assertEquals(Optional.of(zwei), lade(id(t)));
    }

    @Test
    @DisplayName(
        "a save from a stale revision fails with a VersionskonfliktException and changes nothing")
    void veralteteRevision() {
      T t = beispiele().get(0);
      T eins = speichere(t);
      T zwei = speichere(geaendert(eins));
      VersionskonfliktException k =
          assertThrows(
              VersionskonfliktException.class, () -> speichere(geaendert(geaendert(eins))));
      assertEquals(aggregatName(), k.aggregat());
      assertEquals(id(t).toString(), k.id());
      assertEquals(1, k.erwartet());
      assertEquals(2, k.gespeichert());
      assertEquals(Optional.of(zwei), lade(id(t)), "the stored aggregate is unchanged");
    }

    @Test
    @DisplayName("two edits of the same revision: the second one fails")
    void zweiBearbeiter() {
      T eins = speichere(beispiele().get(0));
      T a = geaendert(eins);
      T b = geaendert(geaendert(eins));
      speichere(a);
      assertThrows(VersionskonfliktException.class, () -> speichere(b));
      assertEquals(2, revision(lade(id(eins)).orElseThrow()));
    }

    @Test
    @DisplayName("saving a revision > 0 that was never stored is a conflict")
    void nieGespeichert() {
      T t = mitRevision(beispiele().get(1), 7);
      VersionskonfliktException k =
          assertThrows(VersionskonfliktException.class, () -> speichere(t));
      assertEquals(7, k.erwartet());
      assertEquals(0, k.gespeichert());
      assertEquals(Optional.empty(), lade(id(t)));
    }

    @Test
    @DisplayName(
        "creating an aggregate whose id is already stored (revision 0 again) is a conflict")
    void zweimalNeu() {
      T t = beispiele().get(0);
      T eins = speichere(t);
      VersionskonfliktException k =
          assertThrows(VersionskonfliktException.class, () -> speichere(geaendert(t)));
      assertEquals(aggregatName(), k.aggregat());
      assertEquals(id(t).toString(), k.id());
      assertEquals(0, k.erwartet());
      assertEquals(1, k.gespeichert());
      assertEquals(Optional.of(eins), lade(id(t)), "the stored aggregate is unchanged");
    }

    @Test
    @DisplayName("a conflict leaves the other aggregates alone")
    void andereUnberuehrt() {
      T a = speichere(beispiele().get(0));
      T b = speichere(beispiele().get(1));
      assertThrows(VersionskonfliktException.class, () -> speichere(mitRevision(geaendert(a), 5)));
      assertEquals(Optional.of(a), lade(id(a)));
      assertEquals(Optional.of(b), lade(id(b)));
    }
  }

  @Nested
  @DisplayName("deleting")
  class Loeschen {

    @Test
    @DisplayName("deletes the stored revision; afterwards nothing is found")
    void loescht() {
      T t = speichere(beispiele().get(0));
      assertTrue(loesche(id(t), revision(t)));
      assertEquals(Optional.empty(), lade(id(t)));
      assertFalse(loesche(id(t), revision(t)), "deleting twice finds nothing");
    }

    @Test
    @DisplayName("deleting with a stale revision is a conflict and deletes nothing")
    void veraltet() {
      T eins = speichere(beispiele().get(0));
      T zwei = speichere(geaendert(eins));
      VersionskonfliktException k =
          assertThrows(VersionskonfliktException.class, () -> loesche(id(eins), revision(eins)));
      assertEquals(aggregatName(), k.aggregat());
      assertEquals(id(eins).toString(), k.id());
      assertEquals(1, k.erwartet());
      assertEquals(2, k.gespeichert());
      assertEquals(Optional.of(zwei), lade(id(eins)));
    }

    @Test
    @DisplayName("deleting what was never stored returns false, whatever the revision")
    void nichtsDa() {
      T t = beispiele().get(2);
      assertFalse(loesche(id(t), 0));
      assertFalse(loesche(id(t), 3));
    }

    @Test
    @DisplayName("deleting one aggregate leaves the others alone")
    void nurDasEine() {
      T a = speichere(beispiele().get(0));
      T b = speichere(beispiele().get(1));
      assertTrue(loesche(id(a), revision(a)));
      assertEquals(Optional.of(b), lade(id(b)));
    }

    @Test
    @DisplayName("after deleting, the id can be created again from revision 0 and starts at 1")
    void neuAnlegen() {
      T t = beispiele().get(0);
      T zwei = speichere(geaendert(speichere(t)));
      assertTrue(loesche(id(t), revision(zwei)));
      T neu = speichere(t);
      assertEquals(1, revision(neu));
      assertEquals(Optional.of(neu), lade(id(t)));
    }
  }

  @Nested
  @DisplayName("history of stored states")
  class Historie {

    @Test
    @DisplayName("an aggregate never stored, or stored once, has an empty history")
    void leer() {
      T t = beispiele().get(0);
      assertEquals(List.of(), historie(id(t)));
      speichere(t);
      assertEquals(List.of(), historie(id(t)), "creating replaces nothing");
    }

    @Test
    @DisplayName("each save keeps the state it replaced, equal to what was stored, oldest first")
    void jedeSpeicherungBewahrt() {
      T eins = speichere(beispiele().get(0));
      T zwei = speichere(geaendert(eins));
      T drei = speichere(geaendert(zwei));
      List<Ablagestand<T>> h = historie(id(eins));
      assertEquals(2, h.size(), "two saves replaced two states");
      assertEquals(eins, h.get(0).inhalt(), "revision 1 reads back as it was stored");
      assertEquals(1, h.get(0).revision());
      assertEquals(zwei, h.get(1).inhalt(), "revision 2 reads back as it was stored");
      assertEquals(2, h.get(1).revision());
      assertFalse(h.get(0).geloescht());
      assertFalse(h.get(1).ersetztAm().isBefore(h.get(0).ersetztAm()), "oldest first");
      assertFalse(h.get(0).ersetztVon().isBlank());
      assertEquals(Optional.of(drei), lade(id(eins)), "the current state is not in the history");
    }

    @Test
    @DisplayName("a delete keeps the deleted state; after creating the id again both lives remain")
    void loeschenBewahrt() {
      T eins = speichere(beispiele().get(0));
      T zwei = speichere(geaendert(eins));
      assertTrue(loesche(id(eins), revision(zwei)));
      List<Ablagestand<T>> h = historie(id(eins));
      assertEquals(2, h.size());
      assertEquals(zwei, h.get(1).inhalt());
      assertTrue(h.get(1).geloescht(), "the delete is marked");
      T neu = speichere(beispiele().get(0));
      speichere(geaendert(neu));
      List<Ablagestand<T>> danach = historie(id(eins));
      assertEquals(3, danach.size());
      assertEquals(h, danach.subList(0, 2), "the first life's states stay as they were");
      assertEquals(neu, danach.get(2).inhalt());
      assertEquals(1, danach.get(2).revision());
    }

    @Test
    @DisplayName("a save or delete that fails with a VersionskonfliktException keeps nothing")
    void konfliktBewahrtNichts() {
      T eins = speichere(beispiele().get(0));
      T zwei = speichere(geaendert(eins));
      assertThrows(VersionskonfliktException.class, () -> speichere(geaendert(geaendert(eins))));
      assertThrows(VersionskonfliktException.class, () -> loesche(id(eins), revision(eins)));
      assertThrows(VersionskonfliktException.class, () -> speichere(geaendert(beispiele().get(0))));
      assertEquals(1, historie(id(zwei)).size());
    }

    @Test
    @DisplayName("the history of one aggregate holds nothing of another")
    void nurDasEigene() {
      T a = speichere(beispiele().get(0));
      T b = speichere(beispiele().get(1));
      speichere(geaendert(a));
      assertTrue(loesche(id(b), revision(b)));
      assertEquals(List.of(a), historie(id(a)).stream().map(Ablagestand::inhalt).toList());
      assertEquals(List.of(b), historie(id(b)).stream().map(Ablagestand::inhalt).toList());
      assertEquals(List.of(), historie(id(beispiele().get(2))));
    }
  }
}

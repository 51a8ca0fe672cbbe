package de.kekiz.persistence.internal;

import static de.kekiz.persistence.internal.db.Tables.AGGREGAT_HISTORIE;
import static de.kekiz.persistence.internal.db.Tables.AUDIT;
import static java.util.Objects.requireNonNull;

import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.port.Ablagestand;
import de.kekiz.port.MandantenverletzungException;
import de.kekiz.port.PersistenzException;
import de.kekiz.port.VersionskonfliktException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.UpdatableRecord;
import org.jspecify.annotations.Nullable;

/**
 * Saves and deletes one kind of aggregate stored as a root row with a revision column and child
 * rows: optimistic locking, the Mandant check, one unit of work per call and an audit entry per
 * change. A repository extends it with what is specific to its aggregate (identity, root row, child
 * rows, how to load it, how to describe a change) and delegates {@code save} and {@code delete} to
 * it.
 *
 * <p>A save of revision 0 creates the aggregate: it checks that no root row is stored, inserts the
 * root row with revision 1 and the child rows, and audits {@code ANGELEGT}. A save of revision
 * {@code n > 0} loads the stored aggregate, checks that it has revision {@code n}, updates the root
 * row to {@code n + 1} guarded by the revision, replaces the child rows and audits {@code
 * GEAENDERT} with the changes. A delete removes the root row guarded by the revision (the schema
 * removes the child rows with it) and audits {@code GELOESCHT}. A stale revision is a {@link
 * VersionskonfliktException}, also when another transaction created the same aggregate at the same
 * time.
 *
 * <p>History (transaction time): a save of revision {@code n > 0} and a delete keep the state they
 * replace in the table {@code aggregat_historie}, tied to their audit entry: the rows the loader
 * read when it loaded that state in the same transaction ({@link Zeilenabbild}). {@link #historie}
 * reads the states back through the same loader, oldest first.
 *
 * <p>An aggregate that belongs to a Kommune may be changed only within a Mandant that covers the
 * Kommune; one that belongs to no Kommune only by an unrestricted Mandant. Immutable and
 * thread-safe if the subclass is.
 *
 * @param <A> the aggregate
 * @param <K> its identity, whose {@code toString} is the audit trail's and the {@link
 *     VersionskonfliktException}'s id
 * @param <R> the record of its root table
 */
public abstract class Aggregatablage<A, K, R extends UpdatableRecord<R>> {

  private final Kontext kontext;
  private final String aggregat;
  private final Table<R> tabelle;
  private final Field<Long> revisionsspalte;

  /**
   * @param kontext the repository's context
   * @param aggregat the aggregate's name in the audit trail and in a {@link
   *     VersionskonfliktException}
   * @param tabelle the root table
   * @param revisionsspalte the root table's revision column
   */
  protected Aggregatablage(
      Kontext kontext, String aggregat, Table<R> tabelle, Field<Long> revisionsspalte) {
    this.kontext = requireNonNull(kontext, "kontext");
    this.aggregat = requireNonNull(aggregat, "aggregat");
    this.tabelle = requireNonNull(tabelle, "tabelle");
    this.revisionsspalte = requireNonNull(revisionsspalte, "revisionsspalte");
  }

  // ---------------------------------------------------------------- what a repository says

  /** The identity of {@code a}. */
  protected abstract K id(A a);

  /** The revision of {@code a}; 0 for one not stored yet. */
  protected abstract long revision(A a);

  /** {@code a} with revision {@code revision}. */
  protected abstract A mitRevision(A a, long revision);

  /**
   * The aggregate {@code id} as the German genitive of an error message, after "Speichern " or
   * "Löschen ": {@code der Kommune 05570004}.
   */
  protected abstract String bezeichnung(K id);

  /** The Kommune the aggregate {@code id} belongs to, or null if it belongs to none. */
  protected abstract @Nullable Gemeindeschluessel kommune(K id);

  /** The condition that selects the root row of the aggregate {@code id}. */
  protected abstract Condition wurzelBedingung(K id);

  /** A new root record for {@code a} with revision {@code revision}. */
  protected abstract R wurzel(DSLContext ctx, A a, long revision);

  /** The stored aggregate {@code id}, read in the transaction of {@code ctx}. */
  protected abstract Optional<A> lade(DSLContext ctx, K id);

  /** Deletes the child rows of the aggregate {@code id}; nothing for an aggregate without. */
  protected void loescheKinder(DSLContext ctx, K id) {}

  /** Inserts the child rows of {@code a}; nothing for an aggregate without. */
  protected void schreibeKinder(DSLContext ctx, A a) {}

  /**
   * What changed from {@code alt} to {@code neu} for the audit trail; {@code alt} is null when
   * {@code neu} was created.
   */
  protected abstract String aenderungen(@Nullable A alt, A neu);

  // ---------------------------------------------------------------- what it does

  /**
   * Saves {@code a} all or nothing.
   *
   * @return {@code a} with its new revision
   * @throws VersionskonfliktException if the stored revision is not the revision of {@code a}
   * @throws MandantenverletzungException if the Mandant may not change {@code a}
   * @throws PersistenzException if the database fails
   */
  public final A save(A a) {
    K id = id(a);
    String gegenstand = "Speichern " + bezeichnung(id);
    pruefeMandant(id, gegenstand);
    try {
      return kontext.schreibe(gegenstand, ctx -> speichere(ctx, a, id));
    } catch (PersistenzException e) {
      throw Schreiben.konfliktBeiGleichzeitigemAnlegen(
          e,
          revision(a),
          aggregat,
          id.toString(),
          () -> kontext.lese(gegenstand, ctx -> gespeicherteRevision(ctx, id)));
    }
  }

  /**
   * Deletes the aggregate {@code id} if it is stored with revision {@code revision}.
   *
   * @return whether it was stored
   * @throws VersionskonfliktException if it is stored with another revision
   * @throws MandantenverletzungException if the Mandant may not change it
   * @throws PersistenzException if the database fails
   */
  public final boolean delete(K id, long revision) {
    String gegenstand = "Löschen " + bezeichnung(id);
    pruefeMandant(id, gegenstand);
    return kontext.schreibe(
        gegenstand,
        ctx -> {
          Condition bedingung = wurzelBedingung(id);
          Zeilenabbild<Optional<A>> alt = Zeilenabbild.nimmAuf(ctx, c -> lade(c, id));
          int n =
              ctx.deleteFrom(tabelle).where(bedingung).and(revisionsspalte.eq(revision)).execute();
          if (n == 0) {
            long gespeichert = Schreiben.revision(ctx, tabelle, revisionsspalte, bedingung);
            if (gespeichert == 0) {
              return false;
            }
            throw new VersionskonfliktException(aggregat, id.toString(), revision, gespeichert);
          }
          long eintrag =
              kontext.auditiere(
                  ctx,
                  aggregat,
                  id.toString(),
                  kommune(id),
                  "GELOESCHT",
                  revision,
                  null,
                  "deleted");
          bewahre(ctx, eintrag, id, revision, alt.dokument());
          return true;
        });
  }

  private A speichere(DSLContext ctx, A a, K id) {
    String kennung = id.toString();
    Condition bedingung = wurzelBedingung(id);
    long revision = revision(a);
    A alt = null;
    String altesDokument = null;
    if (revision == 0) {
      Schreiben.pruefeNeu(ctx, tabelle, revisionsspalte, bedingung, aggregat, kennung);
      ctx.insertInto(tabelle).set(wurzel(ctx, a, 1)).execute();
    } else {
      Zeilenabbild<Optional<A>> aufnahme = Zeilenabbild.nimmAuf(ctx, c -> lade(c, id));
      alt = aufnahme.wert().orElse(null);
      altesDokument = aufnahme.dokument();
      Schreiben.pruefeRevision(alt == null ? 0 : revision(alt), revision, aggregat, kennung);
      Schreiben.aktualisiere(
          ctx,
          tabelle,
          revisionsspalte,
          bedingung,
          wurzel(ctx, a, revision + 1),
          revision,
          aggregat,
          kennung);
      loescheKinder(ctx, id);
    }
    schreibeKinder(ctx, a);
    A neu = mitRevision(a, revision + 1);
    long eintrag =
        kontext.auditiere(
            ctx,
            aggregat,
            kennung,
            kommune(id),
            alt == null ? "ANGELEGT" : "GEAENDERT",
            alt == null ? null : revision,
            revision + 1,
            aenderungen(alt, neu));
    if (alt != null && altesDokument != null) {
      bewahre(ctx, eintrag, id, revision, altesDokument);
    }
    return neu;
  }

  /** Keeps the state {@code dokument} of {@code id}, stored as {@code revision}, with its entry. */
  private void bewahre(DSLContext ctx, long eintrag, K id, long revision, String dokument) {
    ctx.insertInto(AGGREGAT_HISTORIE)
        .set(AGGREGAT_HISTORIE.AUDIT_ID, eintrag)
        .set(AGGREGAT_HISTORIE.AGGREGAT, aggregat)
        .set(AGGREGAT_HISTORIE.KENNUNG, id.toString())
        .set(AGGREGAT_HISTORIE.REVISION, revision)
        .set(AGGREGAT_HISTORIE.INHALT, dokument)
        .execute();
  }

  /**
   * The earlier stored states of the aggregate {@code id}, oldest first; empty for an aggregate of
   * a Kommune outside the Mandant (as every other read).
   *
   * @param id the aggregate
   * @return its replaced and deleted states
   * @throws PersistenzException if the database fails or a stored state cannot be read back
   */
  public final List<Ablagestand<A>> historie(K id) {
    Gemeindeschluessel kommune = kommune(id);
    if (kommune != null && !kontext.mandant().umfasst(kommune)) {
      return List.of();
    }
    String gegenstand = "Laden der Historie " + bezeichnung(id);
    return kontext.lese(
        gegenstand,
        ctx -> {
          List<Ablagestand<A>> staende = new ArrayList<>();
          for (Record r :
              ctx.select(
                      AGGREGAT_HISTORIE.INHALT,
                      AGGREGAT_HISTORIE.REVISION,
                      AUDIT.ZEITPUNKT,
                      AUDIT.BENUTZER,
                      AUDIT.AKTION)
                  .from(AGGREGAT_HISTORIE)
                  .join(AUDIT)
                  .on(AUDIT.ID.eq(AGGREGAT_HISTORIE.AUDIT_ID))
                  .where(
                      AGGREGAT_HISTORIE.AGGREGAT.eq(aggregat),
                      AGGREGAT_HISTORIE.KENNUNG.eq(id.toString()))
                  .orderBy(AGGREGAT_HISTORIE.AUDIT_ID)
                  .fetch()) {
            A inhalt =
                Zeilenabbild.spieleAb(ctx, r.get(AGGREGAT_HISTORIE.INHALT), c -> lade(c, id))
                    .orElseThrow(
                        () ->
                            new PersistenzException(
                                gegenstand,
                                new IllegalStateException(
                                    "der gespeicherte Stand der Revision "
                                        + r.get(AGGREGAT_HISTORIE.REVISION)
                                        + " enthält keine Wurzelzeile")));
            staende.add(
                new Ablagestand<>(
                    inhalt,
                    revision(inhalt),
                    r.get(AUDIT.ZEITPUNKT).toInstant(),
                    r.get(AUDIT.BENUTZER),
                    "GELOESCHT".equals(r.get(AUDIT.AKTION))));
          }
          return staende;
        });
  }

  private long gespeicherteRevision(DSLContext ctx, K id) {
    return Schreiben.revision(ctx, tabelle, revisionsspalte, wurzelBedingung(id));
  }

  private void pruefeMandant(K id, String gegenstand) {
    Gemeindeschluessel kommune = kommune(id);
    if (kommune != null) {
      kontext.pruefeMandant(kommune, gegenstand);
    } else if (!kontext.mandant().uneingeschraenkt()) {
      throw new MandantenverletzungException(kontext.mandant().toString(), gegenstand);
    }
  }
}

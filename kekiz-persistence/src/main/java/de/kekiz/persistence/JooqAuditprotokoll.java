package de.kekiz.persistence;

import static de.kekiz.persistence.internal.db.Tables.AUDIT;
import static java.util.Objects.requireNonNull;

import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.persistence.internal.Kontext;
import de.kekiz.persistence.internal.db.tables.records.AuditRecord;
import java.util.List;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * Reads the audit trail the repositories write: who changed what, when. Entries are written in the
 * transaction of the change, so a change that is rolled back leaves no entry. Under a restricted
 * {@link Mandant} only the entries of its Kommunen are visible (entries of Indikator definitions
 * and of loads spanning several Kommunen belong to no Kommune and are not). Obtain it from {@link
 * KekizPersistenz#auditprotokoll()}; thread-safe.
 */
public final class JooqAuditprotokoll {

  private final Kontext kontext;

  JooqAuditprotokoll(Kontext kontext) {
    this.kontext = requireNonNull(kontext, "kontext");
  }

  /** {@return every visible entry, oldest first} */
  public List<Auditeintrag> eintraege() {
    return lade(DSL.noCondition());
  }

  /**
   * The visible entries about one aggregate.
   *
   * @param aggregat the kind of data, as {@link Auditeintrag#aggregat()} names it, e.g. {@code
   *     Kommune}
   * @param kennung the aggregate's id in text form, as {@link Auditeintrag#kennung()} holds it,
   *     e.g. {@code 05570004}
   * @return the entries, oldest first; empty if there are none
   */
  public List<Auditeintrag> eintraege(String aggregat, String kennung) {
    requireNonNull(aggregat, "aggregat");
    requireNonNull(kennung, "kennung");
    return lade(AUDIT.AGGREGAT.eq(aggregat).and(AUDIT.KENNUNG.eq(kennung)));
  }

  /**
   * {@return the visible entries about the data of {@code kommune}, oldest first}
   *
   * @param kommune the Kommune whose data the entries are about
   */
  public List<Auditeintrag> eintraege(Gemeindeschluessel kommune) {
    requireNonNull(kommune, "kommune");
    return lade(AUDIT.KOMMUNE.eq(kommune.wert()));
  }

  private List<Auditeintrag> lade(Condition bedingung) {
    Condition sichtbar =
        kontext.mandant().uneingeschraenkt()
            ? DSL.noCondition()
            : AUDIT.KOMMUNE.isNotNull().and(kontext.mandantBedingung(AUDIT.KOMMUNE));
    return kontext.lese(
        "Lesen des Auditprotokolls",
        ctx ->
            ctx.selectFrom(AUDIT)
                .where(bedingung)
                .and(sichtbar)
                .orderBy(AUDIT.ID)
                .fetch(JooqAuditprotokoll::eintrag));
  }

  private static Auditeintrag eintrag(AuditRecord r) {
    return new Auditeintrag(
        r.getId(),
        r.getZeitpunkt().toInstant(),
        r.getBenutzer(),
        r.getAggregat(),
        r.getKennung(),
        r.getKommune() == null ? null : Gemeindeschluessel.parse(r.getKommune()),
        r.getAktion(),
        r.getRevisionVorher(),
        r.getRevisionNachher(),
        r.getAenderung());
  }
}

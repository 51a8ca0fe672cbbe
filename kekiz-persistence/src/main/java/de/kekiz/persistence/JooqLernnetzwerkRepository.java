package de.kekiz.persistence;

import static de.kekiz.persistence.internal.db.Tables.LERNNETZWERK;
import static de.kekiz.persistence.internal.db.Tables.LERNNETZWERKTREFFEN;
import static de.kekiz.persistence.internal.db.Tables.LERNNETZWERK_ARBEITSGRUPPE;
import static de.kekiz.persistence.internal.db.Tables.LERNNETZWERK_BEITRAG;
import static de.kekiz.persistence.internal.db.Tables.LERNNETZWERK_BELEG;
import static java.util.Objects.requireNonNull;

import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Programm;
import de.kekiz.domain.lernnetzwerk.Arbeitsgruppe;
import de.kekiz.domain.lernnetzwerk.Beitrag;
import de.kekiz.domain.lernnetzwerk.Lernnetzwerk;
import de.kekiz.domain.lernnetzwerk.Lernnetzwerktreffen;
import de.kekiz.domain.lernnetzwerk.Praxisart;
import de.kekiz.domain.lernnetzwerk.Praxisbezug;
import de.kekiz.domain.lernnetzwerk.Termin;
import de.kekiz.domain.programm.Beleg;
import de.kekiz.persistence.internal.Aenderungen;
import de.kekiz.persistence.internal.Aggregatablage;
import de.kekiz.persistence.internal.Kontext;
import de.kekiz.persistence.internal.Listen;
import de.kekiz.persistence.internal.Schreiben;
import de.kekiz.persistence.internal.db.tables.records.LernnetzwerkArbeitsgruppeRecord;
import de.kekiz.persistence.internal.db.tables.records.LernnetzwerkBeitragRecord;
import de.kekiz.persistence.internal.db.tables.records.LernnetzwerkBelegRecord;
import de.kekiz.persistence.internal.db.tables.records.LernnetzwerkRecord;
import de.kekiz.persistence.internal.db.tables.records.LernnetzwerktreffenRecord;
import de.kekiz.port.Ablagestand;
import de.kekiz.port.LernnetzwerkRepository;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * {@link LernnetzwerkRepository} on jOOQ: a Lernnetzwerk is stored in the tables {@code
 * lernnetzwerk} (the root, one row per programme), {@code lernnetzwerktreffen}, {@code
 * lernnetzwerk_arbeitsgruppe}, {@code lernnetzwerk_beitrag} and {@code lernnetzwerk_beleg}; loading
 * any number of them takes six queries. A Lernnetzwerk belongs to a programme, not to a Kommune: a
 * repository opened for a restricted {@link Mandant} reads every Lernnetzwerk and refuses every
 * change with {@link de.kekiz.port.MandantenverletzungException}. Obtain it from {@link
 * KekizPersistenz#lernnetzwerke()}; thread-safe.
 */
public final class JooqLernnetzwerkRepository implements LernnetzwerkRepository {

  static final String AGGREGAT = "Lernnetzwerk";

  /** The {@code ag_pos} of a contribution given to all participants. */
  private static final int PLENUM = -1;

  private final Kontext kontext;
  private final Ablage ablage;

  JooqLernnetzwerkRepository(Kontext kontext) {
    this.kontext = requireNonNull(kontext, "kontext");
    this.ablage = new Ablage();
  }

  @Override
  public Optional<Lernnetzwerk> findByProgramm(String programm) {
    requireNonNull(programm, "programm");
    return kontext.lese("Laden des Lernnetzwerks " + programm, ctx -> lade(ctx, programm)).stream()
        .findFirst();
  }

  @Override
  public List<Lernnetzwerk> findAll() {
    return kontext.lese("Laden aller Lernnetzwerke", ctx -> lade(ctx, null));
  }

  /**
   * {@inheritDoc}
   *
   * @throws de.kekiz.port.MandantenverletzungException if the repository is opened for a restricted
   *     Mandant
   */
  @Override
  public Lernnetzwerk save(Lernnetzwerk lernnetzwerk) {
    requireNonNull(lernnetzwerk, "lernnetzwerk");
    return ablage.save(lernnetzwerk);
  }

  /**
   * {@inheritDoc}
   *
   * @throws de.kekiz.port.MandantenverletzungException if the repository is opened for a restricted
   *     Mandant
   */
  @Override
  public boolean delete(String programm, long revision) {
    requireNonNull(programm, "programm");
    return ablage.delete(programm, revision);
  }

  /**
   * {@inheritDoc} Programme data belong to no Kommune: every Mandant reads their history.
   *
   * @throws de.kekiz.port.PersistenzException if the database fails or a stored state cannot be
   *     read back
   */
  @Override
  public List<Ablagestand<Lernnetzwerk>> findHistorie(String id) {
    requireNonNull(id, "id");
    return ablage.historie(id);
  }

  // ---------------------------------------------------------------- writing

  /** How a Lernnetzwerk is written: the root row {@code lernnetzwerk} and four child tables. */
  private final class Ablage extends Aggregatablage<Lernnetzwerk, String, LernnetzwerkRecord> {

    Ablage() {
      super(kontext, AGGREGAT, LERNNETZWERK, LERNNETZWERK.REVISION);
    }

    @Override
    protected String id(Lernnetzwerk l) {
      return l.programm().key();
    }

    @Override
    protected long revision(Lernnetzwerk l) {
      return l.revision();
    }

    @Override
    protected Lernnetzwerk mitRevision(Lernnetzwerk l, long revision) {
      return l.withRevision(revision);
    }

    @Override
    protected String bezeichnung(String programm) {
      return "des Lernnetzwerks " + programm;
    }

    @Override
    protected @Nullable Gemeindeschluessel kommune(String programm) {
      return null;
    }

    @Override
    protected Condition wurzelBedingung(String programm) {
      return LERNNETZWERK.PROGRAMM.eq(programm);
    }

    @Override
    protected LernnetzwerkRecord wurzel(DSLContext ctx, Lernnetzwerk l, long revision) {
      LernnetzwerkRecord r = ctx.newRecord(LERNNETZWERK);
      r.setProgramm(l.programm().key());
      r.setProgrammName(l.programm().name());
      r.setRevision(revision);
      return r;
    }

    @Override
    protected Optional<Lernnetzwerk> lade(DSLContext ctx, String programm) {
      return JooqLernnetzwerkRepository.this.lade(ctx, programm).stream().findFirst();
    }

    @Override
    protected void loescheKinder(DSLContext ctx, String programm) {
      ctx.deleteFrom(LERNNETZWERK_BELEG).where(LERNNETZWERK_BELEG.PROGRAMM.eq(programm)).execute();
      ctx.deleteFrom(LERNNETZWERK_BEITRAG)
          .where(LERNNETZWERK_BEITRAG.PROGRAMM.eq(programm))
          .execute();
      ctx.deleteFrom(LERNNETZWERK_ARBEITSGRUPPE)
          .where(LERNNETZWERK_ARBEITSGRUPPE.PROGRAMM.eq(programm))
          .execute();
      ctx.deleteFrom(LERNNETZWERKTREFFEN)
          .where(LERNNETZWERKTREFFEN.PROGRAMM.eq(programm))
          .execute();
    }

    @Override
    protected void schreibeKinder(DSLContext ctx, Lernnetzwerk l) {
      String p = l.programm().key();
      List<LernnetzwerktreffenRecord> treffen = new ArrayList<>();
      List<LernnetzwerkArbeitsgruppeRecord> arbeitsgruppen = new ArrayList<>();
      List<LernnetzwerkBeitragRecord> beitraege = new ArrayList<>();
      List<LernnetzwerkBelegRecord> belege = new ArrayList<>();
      for (Lernnetzwerktreffen t : l.treffen()) {
        int nummer = t.nummer();
        LernnetzwerktreffenRecord r = ctx.newRecord(LERNNETZWERKTREFFEN);
        r.setProgramm(p);
        r.setNummer(nummer);
        Month monat = t.termin().monat();
        r.setTerminJahr(t.termin().jahr());
        r.setTerminMonat(monat == null ? null : monat.getValue());
        r.setTerminTag(t.termin().tag());
        r.setOrt(t.ort());
        Gemeindeschluessel gastgeber = t.gastgeber();
        r.setGastgeber(gastgeber == null ? null : gastgeber.wert());
        r.setMotto(t.motto());
        r.setTeilnehmerzahl(t.teilnehmerzahl());
        r.setTeilnehmer(Listen.verbinde(t.teilnehmer(), Gemeindeschluessel::wert));
        r.setArbeitsgruppenzahl(t.arbeitsgruppenzahl());
        treffen.add(r);
        for (int i = 0; i < t.plenum().size(); i++) {
          beitraege.add(beitrag(ctx, p, nummer, PLENUM, i, t.plenum().get(i)));
        }
        for (int a = 0; a < t.arbeitsgruppen().size(); a++) {
          Arbeitsgruppe ag = t.arbeitsgruppen().get(a);
          LernnetzwerkArbeitsgruppeRecord ar = ctx.newRecord(LERNNETZWERK_ARBEITSGRUPPE);
          ar.setProgramm(p);
          ar.setNummer(nummer);
          ar.setPos(a);
          ar.setThema(ag.thema());
          arbeitsgruppen.add(ar);
          for (int i = 0; i < ag.beitraege().size(); i++) {
            beitraege.add(beitrag(ctx, p, nummer, a, i, ag.beitraege().get(i)));
          }
        }
        for (int i = 0; i < t.belege().size(); i++) {
          LernnetzwerkBelegRecord br = ctx.newRecord(LERNNETZWERK_BELEG);
          br.setProgramm(p);
          br.setNummer(nummer);
          br.setPos(i);
          br.setQuelle(t.belege().get(i).quelle());
          belege.add(br);
        }
      }
      Schreiben.einfuegen(ctx, treffen);
      Schreiben.einfuegen(ctx, arbeitsgruppen);
      Schreiben.einfuegen(ctx, beitraege);
      Schreiben.einfuegen(ctx, belege);
    }

    private LernnetzwerkBeitragRecord beitrag(
        DSLContext ctx, String programm, int nummer, int agPos, int pos, Beitrag b) {
      LernnetzwerkBeitragRecord r = ctx.newRecord(LERNNETZWERK_BEITRAG);
      r.setProgramm(programm);
      r.setNummer(nummer);
      r.setAgPos(agPos);
      r.setPos(pos);
      r.setKommune(b.kommune().wert());
      r.setTitel(b.titel());
      r.setPraxisart(b.bezug().art().name());
      r.setVerweis(b.bezug().verweis());
      r.setBeleg(b.beleg().quelle());
      return r;
    }

    @Override
    protected String aenderungen(@Nullable Lernnetzwerk alt, Lernnetzwerk neu) {
      if (alt == null) {
        return "created: '"
            + neu.programm().name()
            + "', "
            + neu.treffen().size()
            + " Lernnetzwerktreffen, "
            + neu.praxiskatalog().size()
            + " Beiträge";
      }
      return new Aenderungen()
          .feld("programm", alt.programm().name(), neu.programm().name())
          .liste("treffen", alt.treffen(), neu.treffen(), t -> String.valueOf(t.nummer()))
          .text();
    }
  }

  // ---------------------------------------------------------------- reading

  /** The Lernnetzwerk of {@code programm}, or every one if null, ordered by programme key. */
  private List<Lernnetzwerk> lade(DSLContext ctx, @Nullable String programm) {
    for (int versuch = 1; ; versuch++) {
      Result<LernnetzwerkRecord> wurzeln =
          ctx.selectFrom(LERNNETZWERK)
              .where(auswahl(LERNNETZWERK.PROGRAMM, programm))
              .orderBy(LERNNETZWERK.PROGRAMM)
              .fetch();
      if (wurzeln.isEmpty()) {
        return List.of();
      }
      Map<String, List<LernnetzwerktreffenRecord>> treffen =
          Schreiben.gruppiere(
              ctx.selectFrom(LERNNETZWERKTREFFEN)
                  .where(auswahl(LERNNETZWERKTREFFEN.PROGRAMM, programm))
                  .orderBy(LERNNETZWERKTREFFEN.PROGRAMM, LERNNETZWERKTREFFEN.NUMMER)
                  .fetch(),
              LernnetzwerktreffenRecord::getProgramm);
      Map<String, List<LernnetzwerkArbeitsgruppeRecord>> arbeitsgruppen =
          Schreiben.gruppiere(
              ctx.selectFrom(LERNNETZWERK_ARBEITSGRUPPE)
                  .where(auswahl(LERNNETZWERK_ARBEITSGRUPPE.PROGRAMM, programm))
                  .orderBy(
                      LERNNETZWERK_ARBEITSGRUPPE.PROGRAMM,
                      LERNNETZWERK_ARBEITSGRUPPE.NUMMER,
                      LERNNETZWERK_ARBEITSGRUPPE.POS)
                  .fetch(),
              r -> r.getProgramm() + "/" + r.getNummer());
      Map<String, List<LernnetzwerkBeitragRecord>> beitraege =
          Schreiben.gruppiere(
              ctx.selectFrom(LERNNETZWERK_BEITRAG)
                  .where(auswahl(LERNNETZWERK_BEITRAG.PROGRAMM, programm))
                  .orderBy(
                      LERNNETZWERK_BEITRAG.PROGRAMM,
                      LERNNETZWERK_BEITRAG.NUMMER,
                      LERNNETZWERK_BEITRAG.AG_POS,
                      LERNNETZWERK_BEITRAG.POS)
                  .fetch(),
              r -> r.getProgramm() + "/" + r.getNummer() + "/" + r.getAgPos());
      Map<String, List<LernnetzwerkBelegRecord>> belege =
          Schreiben.gruppiere(
              ctx.selectFrom(LERNNETZWERK_BELEG)
                  .where(auswahl(LERNNETZWERK_BELEG.PROGRAMM, programm))
                  .orderBy(
                      LERNNETZWERK_BELEG.PROGRAMM,
                      LERNNETZWERK_BELEG.NUMMER,
                      LERNNETZWERK_BELEG.POS)
                  .fetch(),
              r -> r.getProgramm() + "/" + r.getNummer());
      // a save between the queries above changes a revision: read again
      Map<String, Long> revisionen = new HashMap<>();
      for (Record2<String, Long> r :
          ctx.select(LERNNETZWERK.PROGRAMM, LERNNETZWERK.REVISION)
              .from(LERNNETZWERK)
              .where(auswahl(LERNNETZWERK.PROGRAMM, programm))
              .fetch()) {
        revisionen.put(r.value1(), r.value2());
      }
      if (!Schreiben.unveraendert(wurzeln, LERNNETZWERK.PROGRAMM, LERNNETZWERK.REVISION, revisionen)
          && versuch < Schreiben.LESEVERSUCHE) {
        continue;
      }
      List<Lernnetzwerk> ergebnis = new ArrayList<>();
      for (LernnetzwerkRecord w : wurzeln) {
        List<Lernnetzwerktreffen> liste = new ArrayList<>();
        for (LernnetzwerktreffenRecord t : treffen.getOrDefault(w.getProgramm(), List.of())) {
          liste.add(treffen(t, arbeitsgruppen, beitraege, belege));
        }
        ergebnis.add(
            new Lernnetzwerk(
                Programm.of(w.getProgramm(), w.getProgrammName()), liste, w.getRevision()));
      }
      return ergebnis;
    }
  }

  private static Condition auswahl(Field<String> programmSpalte, @Nullable String programm) {
    return programm == null ? DSL.noCondition() : programmSpalte.eq(programm);
  }

  private static Lernnetzwerktreffen treffen(
      LernnetzwerktreffenRecord t,
      Map<String, List<LernnetzwerkArbeitsgruppeRecord>> arbeitsgruppen,
      Map<String, List<LernnetzwerkBeitragRecord>> beitraege,
      Map<String, List<LernnetzwerkBelegRecord>> belege) {
    String schluessel = t.getProgramm() + "/" + t.getNummer();
    List<Arbeitsgruppe> ags = new ArrayList<>();
    for (LernnetzwerkArbeitsgruppeRecord a : arbeitsgruppen.getOrDefault(schluessel, List.of())) {
      ags.add(new Arbeitsgruppe(a.getThema(), beitraege(beitraege, schluessel + "/" + a.getPos())));
    }
    Integer monat = t.getTerminMonat();
    String gastgeber = t.getGastgeber();
    return new Lernnetzwerktreffen(
        t.getNummer(),
        new Termin(t.getTerminJahr(), monat == null ? null : Month.of(monat), t.getTerminTag()),
        t.getOrt(),
        gastgeber == null ? null : Gemeindeschluessel.parse(gastgeber),
        t.getMotto(),
        t.getTeilnehmerzahl(),
        Listen.teile(t.getTeilnehmer(), Gemeindeschluessel::parse),
        t.getArbeitsgruppenzahl(),
        ags,
        beitraege(beitraege, schluessel + "/" + PLENUM),
        belege.getOrDefault(schluessel, List.of()).stream()
            .map(b -> Beleg.of(b.getQuelle()))
            .toList());
  }

  private static List<Beitrag> beitraege(
      Map<String, List<LernnetzwerkBeitragRecord>> beitraege, String schluessel) {
    List<Beitrag> liste = new ArrayList<>();
    for (LernnetzwerkBeitragRecord b : beitraege.getOrDefault(schluessel, List.of())) {
      liste.add(
          Beitrag.of(
              Gemeindeschluessel.parse(b.getKommune()),
              b.getTitel(),
              new Praxisbezug(Praxisart.valueOf(b.getPraxisart()), b.getVerweis()),
              Beleg.of(b.getBeleg())));
    }
    return liste;
  }
}

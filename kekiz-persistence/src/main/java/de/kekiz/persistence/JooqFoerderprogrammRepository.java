package de.kekiz.persistence;

import static de.kekiz.persistence.internal.db.Tables.FOERDERPROGRAMM;
import static de.kekiz.persistence.internal.db.Tables.HAUSHALTSANSATZ;
import static de.kekiz.persistence.internal.db.Tables.PHASENTEILNEHMER;
import static de.kekiz.persistence.internal.db.Tables.PROGRAMMAKTEUR;
import static de.kekiz.persistence.internal.db.Tables.PROGRAMMPHASE;
import static de.kekiz.persistence.internal.db.Tables.PROGRAMMPHASE_ANGABE;
import static java.util.Objects.requireNonNull;

import de.kekiz.domain.Geldbetrag;
import de.kekiz.domain.kommune.Finanzierungsquelle;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Programm;
import de.kekiz.domain.programm.Angabe;
import de.kekiz.domain.programm.Angaben;
import de.kekiz.domain.programm.Beleg;
import de.kekiz.domain.programm.Foerderprogramm;
import de.kekiz.domain.programm.Haushaltsansatz;
import de.kekiz.domain.programm.Phasenteilnehmer;
import de.kekiz.domain.programm.Programmakteur;
import de.kekiz.domain.programm.Programmphase;
import de.kekiz.domain.programm.Programmrolle;
import de.kekiz.persistence.internal.Aenderungen;
import de.kekiz.persistence.internal.Aggregatablage;
import de.kekiz.persistence.internal.Kontext;
import de.kekiz.persistence.internal.Listen;
import de.kekiz.persistence.internal.Schreiben;
import de.kekiz.persistence.internal.db.tables.records.FoerderprogrammRecord;
import de.kekiz.persistence.internal.db.tables.records.HaushaltsansatzRecord;
import de.kekiz.persistence.internal.db.tables.records.PhasenteilnehmerRecord;
import de.kekiz.persistence.internal.db.tables.records.ProgrammakteurRecord;
import de.kekiz.persistence.internal.db.tables.records.ProgrammphaseAngabeRecord;
import de.kekiz.persistence.internal.db.tables.records.ProgrammphaseRecord;
import de.kekiz.port.Ablagestand;
import de.kekiz.port.FoerderprogrammRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Result;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * {@link FoerderprogrammRepository} on jOOQ: a Foerderprogramm is stored in the tables {@code
 * foerderprogramm} (the root, one row per programme key), {@code programmphase}, {@code
 * programmphase_angabe} (every value a source states about a phase, with its source), {@code
 * phasenteilnehmer}, {@code programmakteur} and {@code haushaltsansatz}; loading any number of them
 * takes seven queries. A Foerderprogramm belongs to no Kommune: a repository opened for a
 * restricted {@link Mandant} reads every one and refuses every change with {@link
 * de.kekiz.port.MandantenverletzungException}. Obtain it from {@link
 * KekizPersistenz#foerderprogramme()}; thread-safe.
 */
public final class JooqFoerderprogrammRepository implements FoerderprogrammRepository {

  static final String AGGREGAT = "Foerderprogramm";

  private static final String ENDE = "ENDE";
  private static final String NEUE_KOMMUNEN = "NEUE_KOMMUNEN";
  private static final String TEILNEHMERZAHL = "TEILNEHMERZAHL";

  private final Kontext kontext;
  private final Ablage ablage;

  JooqFoerderprogrammRepository(Kontext kontext) {
    this.kontext = requireNonNull(kontext, "kontext");
    this.ablage = new Ablage();
  }

  @Override
  public Optional<Foerderprogramm> findByProgramm(String programm) {
    requireNonNull(programm, "programm");
    return kontext
        .lese("Laden des Förderprogramms " + programm, ctx -> lade(ctx, programm))
        .stream()
        .findFirst();
  }

  @Override
  public List<Foerderprogramm> findAll() {
    return kontext.lese("Laden aller Förderprogramme", ctx -> lade(ctx, null));
  }

  /**
   * {@inheritDoc}
   *
   * @throws de.kekiz.port.MandantenverletzungException if the repository is opened for a restricted
   *     Mandant
   */
  @Override
  public Foerderprogramm save(Foerderprogramm programm) {
    requireNonNull(programm, "programm");
    return ablage.save(programm);
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
  public List<Ablagestand<Foerderprogramm>> findHistorie(String id) {
    requireNonNull(id, "id");
    return ablage.historie(id);
  }

  // ---------------------------------------------------------------- writing

  /** How a Foerderprogramm is written: the root row and five child tables. */
  private final class Ablage
      extends Aggregatablage<Foerderprogramm, String, FoerderprogrammRecord> {

    Ablage() {
      super(kontext, AGGREGAT, FOERDERPROGRAMM, FOERDERPROGRAMM.REVISION);
    }

    @Override
    protected String id(Foerderprogramm f) {
      return f.programm().key();
    }

    @Override
    protected long revision(Foerderprogramm f) {
      return f.revision();
    }

    @Override
    protected Foerderprogramm mitRevision(Foerderprogramm f, long revision) {
      return f.withRevision(revision);
    }

    @Override
    protected String bezeichnung(String programm) {
      return "des Förderprogramms " + programm;
    }

    @Override
    protected @Nullable Gemeindeschluessel kommune(String programm) {
      return null;
    }

    @Override
    protected Condition wurzelBedingung(String programm) {
      return FOERDERPROGRAMM.PROGRAMM.eq(programm);
    }

    @Override
    protected FoerderprogrammRecord wurzel(DSLContext ctx, Foerderprogramm f, long revision) {
      FoerderprogrammRecord r = ctx.newRecord(FOERDERPROGRAMM);
      r.setProgramm(f.programm().key());
      r.setProgrammName(f.programm().name());
      r.setRevision(revision);
      return r;
    }

    @Override
    protected Optional<Foerderprogramm> lade(DSLContext ctx, String programm) {
      return JooqFoerderprogrammRepository.this.lade(ctx, programm).stream().findFirst();
    }

    @Override
    protected void loescheKinder(DSLContext ctx, String programm) {
      ctx.deleteFrom(HAUSHALTSANSATZ).where(HAUSHALTSANSATZ.PROGRAMM.eq(programm)).execute();
      ctx.deleteFrom(PROGRAMMAKTEUR).where(PROGRAMMAKTEUR.PROGRAMM.eq(programm)).execute();
      ctx.deleteFrom(PHASENTEILNEHMER).where(PHASENTEILNEHMER.PROGRAMM.eq(programm)).execute();
      ctx.deleteFrom(PROGRAMMPHASE_ANGABE)
          .where(PROGRAMMPHASE_ANGABE.PROGRAMM.eq(programm))
          .execute();
      ctx.deleteFrom(PROGRAMMPHASE).where(PROGRAMMPHASE.PROGRAMM.eq(programm)).execute();
    }

    @Override
    protected void schreibeKinder(DSLContext ctx, Foerderprogramm f) {
      String p = f.programm().key();
      List<ProgrammphaseRecord> phasen = new ArrayList<>();
      List<ProgrammphaseAngabeRecord> angaben = new ArrayList<>();
      List<PhasenteilnehmerRecord> teilnehmer = new ArrayList<>();
      for (int i = 0; i < f.phasen().size(); i++) {
        Programmphase ph = f.phasen().get(i);
        ProgrammphaseRecord r = ctx.newRecord(PROGRAMMPHASE);
        r.setProgramm(p);
        r.setPos(i);
        r.setKennung(ph.key());
        r.setName(ph.name());
        r.setBeginn(ph.beginn());
        phasen.add(r);
        int phase = i;
        angaben(ctx, p, phase, ENDE, ph.ende(), (a, d) -> a.setDatum(d), angaben);
        angaben(ctx, p, phase, NEUE_KOMMUNEN, ph.neueKommunen(), (a, z) -> a.setZahl(z), angaben);
        angaben(
            ctx,
            p,
            phase,
            TEILNEHMERZAHL,
            ph.teilnehmerzahlVeroeffentlicht(),
            (a, z) -> a.setZahl(z),
            angaben);
        for (int j = 0; j < ph.teilnehmer().size(); j++) {
          Phasenteilnehmer t = ph.teilnehmer().get(j);
          PhasenteilnehmerRecord tr = ctx.newRecord(PHASENTEILNEHMER);
          tr.setProgramm(p);
          tr.setPhasePos(i);
          tr.setPos(j);
          tr.setKommune(t.kommune().wert());
          tr.setName(t.name());
          tr.setVerbund(Listen.verbinde(t.verbund(), Gemeindeschluessel::wert));
          teilnehmer.add(tr);
        }
      }
      List<ProgrammakteurRecord> akteure = new ArrayList<>();
      for (int i = 0; i < f.akteure().size(); i++) {
        Programmakteur a = f.akteure().get(i);
        ProgrammakteurRecord r = ctx.newRecord(PROGRAMMAKTEUR);
        r.setProgramm(p);
        r.setPos(i);
        r.setName(a.name());
        r.setRolle(a.rolle().name());
        r.setBeleg(a.beleg().quelle());
        akteure.add(r);
      }
      List<HaushaltsansatzRecord> haushalt = new ArrayList<>();
      for (int i = 0; i < f.haushalt().size(); i++) {
        Haushaltsansatz h = f.haushalt().get(i);
        HaushaltsansatzRecord r = ctx.newRecord(HAUSHALTSANSATZ);
        r.setProgramm(p);
        r.setPos(i);
        r.setJahr(h.jahr());
        r.setQuellen(Listen.verbinde(h.quellen(), Finanzierungsquelle::name));
        r.setBetrag(h.betrag().euro());
        r.setBeleg(h.beleg().quelle());
        haushalt.add(r);
      }
      Schreiben.einfuegen(ctx, phasen);
      Schreiben.einfuegen(ctx, angaben);
      Schreiben.einfuegen(ctx, teilnehmer);
      Schreiben.einfuegen(ctx, akteure);
      Schreiben.einfuegen(ctx, haushalt);
    }

    private <T> void angaben(
        DSLContext ctx,
        String programm,
        int phase,
        String feld,
        Angaben<T> werte,
        BiConsumer<ProgrammphaseAngabeRecord, T> wert,
        List<ProgrammphaseAngabeRecord> ziel) {
      for (int i = 0; i < werte.angaben().size(); i++) {
        Angabe<T> a = werte.angaben().get(i);
        ProgrammphaseAngabeRecord r = ctx.newRecord(PROGRAMMPHASE_ANGABE);
        r.setProgramm(programm);
        r.setPhasePos(phase);
        r.setFeld(feld);
        r.setPos(i);
        wert.accept(r, a.wert());
        r.setBeleg(a.beleg().quelle());
        ziel.add(r);
      }
    }

    @Override
    protected String aenderungen(@Nullable Foerderprogramm alt, Foerderprogramm neu) {
      if (alt == null) {
        return "created: '"
            + neu.programm().name()
            + "', "
            + neu.phasen().size()
            + " Programmphasen, "
            + neu.akteure().size()
            + " Programmakteure, "
            + neu.haushalt().size()
            + " Haushaltsansätze";
      }
      return new Aenderungen()
          .feld("programm", alt.programm().name(), neu.programm().name())
          .liste("phasen", alt.phasen(), neu.phasen(), Programmphase::key)
          .liste("akteure", alt.akteure(), neu.akteure(), Programmakteur::name)
          .liste("haushalt", alt.haushalt(), neu.haushalt(), h -> h.jahr() + " " + h.quellen())
          .text();
    }
  }

  // ---------------------------------------------------------------- reading

  /** The Foerderprogramm {@code programm}, or every one if null, ordered by programme key. */
  private List<Foerderprogramm> lade(DSLContext ctx, @Nullable String programm) {
    for (int versuch = 1; ; versuch++) {
      Result<FoerderprogrammRecord> wurzeln =
          ctx.selectFrom(FOERDERPROGRAMM)
              .where(auswahl(FOERDERPROGRAMM.PROGRAMM, programm))
              .orderBy(FOERDERPROGRAMM.PROGRAMM)
              .fetch();
      if (wurzeln.isEmpty()) {
        return List.of();
      }
      Map<String, List<ProgrammphaseRecord>> phasen =
          Schreiben.gruppiere(
              ctx.selectFrom(PROGRAMMPHASE)
                  .where(auswahl(PROGRAMMPHASE.PROGRAMM, programm))
                  .orderBy(PROGRAMMPHASE.PROGRAMM, PROGRAMMPHASE.POS)
                  .fetch(),
              ProgrammphaseRecord::getProgramm);
      Map<String, List<ProgrammphaseAngabeRecord>> angaben =
          Schreiben.gruppiere(
              ctx.selectFrom(PROGRAMMPHASE_ANGABE)
                  .where(auswahl(PROGRAMMPHASE_ANGABE.PROGRAMM, programm))
                  .orderBy(
                      PROGRAMMPHASE_ANGABE.PROGRAMM,
                      PROGRAMMPHASE_ANGABE.PHASE_POS,
                      PROGRAMMPHASE_ANGABE.FELD,
                      PROGRAMMPHASE_ANGABE.POS)
                  .fetch(),
              r -> r.getProgramm() + "/" + r.getPhasePos() + "/" + r.getFeld());
      Map<String, List<PhasenteilnehmerRecord>> teilnehmer =
          Schreiben.gruppiere(
              ctx.selectFrom(PHASENTEILNEHMER)
                  .where(auswahl(PHASENTEILNEHMER.PROGRAMM, programm))
                  .orderBy(
                      PHASENTEILNEHMER.PROGRAMM, PHASENTEILNEHMER.PHASE_POS, PHASENTEILNEHMER.POS)
                  .fetch(),
              r -> r.getProgramm() + "/" + r.getPhasePos());
      Map<String, List<ProgrammakteurRecord>> akteure =
          Schreiben.gruppiere(
              ctx.selectFrom(PROGRAMMAKTEUR)
                  .where(auswahl(PROGRAMMAKTEUR.PROGRAMM, programm))
                  .orderBy(PROGRAMMAKTEUR.PROGRAMM, PROGRAMMAKTEUR.POS)
                  .fetch(),
              ProgrammakteurRecord::getProgramm);
      Map<String, List<HaushaltsansatzRecord>> haushalt =
          Schreiben.gruppiere(
              ctx.selectFrom(HAUSHALTSANSATZ)
                  .where(auswahl(HAUSHALTSANSATZ.PROGRAMM, programm))
                  .orderBy(HAUSHALTSANSATZ.PROGRAMM, HAUSHALTSANSATZ.POS)
                  .fetch(),
              HaushaltsansatzRecord::getProgramm);
      // a save between the queries above changes a revision: read again
      Map<String, Long> revisionen = new HashMap<>();
      for (Record2<String, Long> r :
          ctx.select(FOERDERPROGRAMM.PROGRAMM, FOERDERPROGRAMM.REVISION)
              .from(FOERDERPROGRAMM)
              .where(auswahl(FOERDERPROGRAMM.PROGRAMM, programm))
              .fetch()) {
        revisionen.put(r.value1(), r.value2());
      }
      if (!Schreiben.unveraendert(
              wurzeln, FOERDERPROGRAMM.PROGRAMM, FOERDERPROGRAMM.REVISION, revisionen)
          && versuch < Schreiben.LESEVERSUCHE) {
        continue;
      }
      List<Foerderprogramm> ergebnis = new ArrayList<>();
      for (FoerderprogrammRecord w : wurzeln) {
        String p = w.getProgramm();
        List<Programmphase> liste = new ArrayList<>();
        for (ProgrammphaseRecord ph : phasen.getOrDefault(p, List.of())) {
          String s = p + "/" + ph.getPos();
          liste.add(
              new Programmphase(
                  ph.getKennung(),
                  ph.getName(),
                  ph.getBeginn(),
                  angaben(angaben, s + "/" + ENDE, ProgrammphaseAngabeRecord::getDatum),
                  angaben(angaben, s + "/" + NEUE_KOMMUNEN, ProgrammphaseAngabeRecord::getZahl),
                  angaben(angaben, s + "/" + TEILNEHMERZAHL, ProgrammphaseAngabeRecord::getZahl),
                  teilnehmer.getOrDefault(s, List.of()).stream()
                      .map(
                          t ->
                              new Phasenteilnehmer(
                                  Gemeindeschluessel.parse(t.getKommune()),
                                  t.getName(),
                                  new HashSet<>(
                                      Listen.teile(t.getVerbund(), Gemeindeschluessel::parse))))
                      .toList()));
        }
        ergebnis.add(
            new Foerderprogramm(
                Programm.of(p, w.getProgrammName()),
                liste,
                akteure.getOrDefault(p, List.of()).stream()
                    .map(
                        a ->
                            Programmakteur.of(
                                a.getName(),
                                Programmrolle.valueOf(a.getRolle()),
                                Beleg.of(a.getBeleg())))
                    .toList(),
                haushalt.getOrDefault(p, List.of()).stream()
                    .map(
                        h ->
                            new Haushaltsansatz(
                                h.getJahr(),
                                new HashSet<>(
                                    Listen.teile(h.getQuellen(), Finanzierungsquelle::valueOf)),
                                new Geldbetrag(h.getBetrag()),
                                Beleg.of(h.getBeleg())))
                    .toList(),
                w.getRevision()));
      }
      return ergebnis;
    }
  }

  private static Condition auswahl(Field<String> programmSpalte, @Nullable String programm) {
    return programm == null ? DSL.noCondition() : programmSpalte.eq(programm);
  }

  /** The statements stored under {@code schluessel}, each value read by {@code wert}. */
  private static <T> Angaben<T> angaben(
      Map<String, List<ProgrammphaseAngabeRecord>> angaben,
      String schluessel,
      Function<ProgrammphaseAngabeRecord, @Nullable T> wert) {
    List<Angabe<T>> liste = new ArrayList<>();
    for (ProgrammphaseAngabeRecord a : angaben.getOrDefault(schluessel, List.of())) {
      T w = wert.apply(a);
      if (w == null) {
        throw new IllegalStateException(
            "programmphase_angabe " + schluessel + " Zeile " + a.getPos() + " hat keinen Wert");
      }
      liste.add(Angabe.of(w, Beleg.of(a.getBeleg())));
    }
    return new Angaben<>(liste);
  }
}

package de.kekiz.persistence;

import static de.kekiz.persistence.internal.db.Tables.BEVOELKERUNG;
import static de.kekiz.persistence.internal.db.Tables.FOERDERUNG;
import static de.kekiz.persistence.internal.db.Tables.KOMMUNE;
import static de.kekiz.persistence.internal.db.Tables.SOZIALRAUM;
import static de.kekiz.persistence.internal.db.Tables.TEILNAHME;
import static java.util.Objects.requireNonNull;

import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.Geldbetrag;
import de.kekiz.domain.Stellenanteil;
import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.kommune.Bevoelkerungsstand;
import de.kekiz.domain.kommune.Finanzierungsquelle;
import de.kekiz.domain.kommune.Foerderung;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Kommunenart;
import de.kekiz.domain.kommune.Kreisschluessel;
import de.kekiz.domain.kommune.Programm;
import de.kekiz.domain.kommune.Programmteilnahme;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.kommune.Sozialraumebene;
import de.kekiz.persistence.internal.Aenderungen;
import de.kekiz.persistence.internal.Aggregatablage;
import de.kekiz.persistence.internal.Kontext;
import de.kekiz.persistence.internal.Schreiben;
import de.kekiz.persistence.internal.db.tables.records.BevoelkerungRecord;
import de.kekiz.persistence.internal.db.tables.records.FoerderungRecord;
import de.kekiz.persistence.internal.db.tables.records.KommuneRecord;
import de.kekiz.persistence.internal.db.tables.records.SozialraumRecord;
import de.kekiz.persistence.internal.db.tables.records.TeilnahmeRecord;
import de.kekiz.port.Ablagestand;
import de.kekiz.port.KommuneRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Result;
import org.jspecify.annotations.Nullable;

/**
 * {@link KommuneRepository} on jOOQ: a Kommune is stored in the tables {@code kommune}, {@code
 * sozialraum}, {@code bevoelkerung}, {@code teilnahme} and {@code foerderung}.
 *
 * <p>Loading any number of Kommunen takes six queries (the root rows, four child tables, and a
 * check of the revisions that repeats the load if a concurrent save committed in between, so a
 * loaded Kommune is never a mix of two revisions). A save writes the root row guarded by the
 * revision, replaces the child rows in batches and writes an audit entry, all in one transaction.
 * Obtain it from {@link KekizPersistenz#kommunen()}; thread-safe.
 */
public final class JooqKommuneRepository implements KommuneRepository {

  static final String AGGREGAT = "Kommune";

  private final Kontext kontext;
  private final Ablage ablage;

  JooqKommuneRepository(Kontext kontext) {
    this.kontext = requireNonNull(kontext, "kontext");
    this.ablage = new Ablage();
  }

  /** {@inheritDoc} Empty also for a Kommune outside the repository's Mandant. */
  @Override
  public Optional<Kommune> findById(Gemeindeschluessel schluessel) {
    requireNonNull(schluessel, "schluessel");
    if (!kontext.mandant().umfasst(schluessel)) {
      return Optional.empty();
    }
    return kontext
        .lese("Laden der Kommune " + schluessel, ctx -> lade(ctx, f -> f.eq(schluessel.wert())))
        .stream()
        .findFirst();
  }

  /** {@inheritDoc} Only the Kommunen of the repository's Mandant. */
  @Override
  public List<Kommune> findAll() {
    return kontext.lese("Laden aller Kommunen", ctx -> lade(ctx, kontext::mandantBedingung));
  }

  /** {@inheritDoc} Only the Kommunen of the repository's Mandant. */
  @Override
  public List<Kommune> findByKreis(Kreisschluessel kreis) {
    requireNonNull(kreis, "kreis");
    return kontext.lese(
        "Laden der Kommunen des Kreises " + kreis,
        ctx -> lade(ctx, f -> f.startsWith(kreis.wert()).and(kontext.mandantBedingung(f))));
  }

  /**
   * {@inheritDoc}
   *
   * @throws de.kekiz.port.MandantenverletzungException if the Kommune is outside the repository's
   *     Mandant
   */
  @Override
  public Kommune save(Kommune kommune) {
    requireNonNull(kommune, "kommune");
    return ablage.save(kommune);
  }

  /**
   * {@inheritDoc}
   *
   * @throws de.kekiz.port.MandantenverletzungException if the Kommune is outside the repository's
   *     Mandant
   */
  @Override
  public boolean delete(Gemeindeschluessel schluessel, long revision) {
    requireNonNull(schluessel, "schluessel");
    return ablage.delete(schluessel, revision);
  }

  /**
   * {@inheritDoc} Empty also for an aggregate of a Kommune outside the repository's Mandant.
   *
   * @throws de.kekiz.port.PersistenzException if the database fails or a stored state cannot be
   *     read back
   */
  @Override
  public List<Ablagestand<Kommune>> findHistorie(Gemeindeschluessel id) {
    requireNonNull(id, "id");
    return ablage.historie(id);
  }

  // ---------------------------------------------------------------- writing

  /** How a Kommune is written: the root row {@code kommune} and four child tables. */
  private final class Ablage extends Aggregatablage<Kommune, Gemeindeschluessel, KommuneRecord> {

    Ablage() {
      super(kontext, AGGREGAT, KOMMUNE, KOMMUNE.REVISION);
    }

    @Override
    protected Gemeindeschluessel id(Kommune k) {
      return k.schluessel();
    }

    @Override
    protected long revision(Kommune k) {
      return k.revision();
    }

    @Override
    protected Kommune mitRevision(Kommune k, long revision) {
      return k.withRevision(revision);
    }

    @Override
    protected String bezeichnung(Gemeindeschluessel id) {
      return "der Kommune " + id;
    }

    @Override
    protected Gemeindeschluessel kommune(Gemeindeschluessel id) {
      return id;
    }

    @Override
    protected Condition wurzelBedingung(Gemeindeschluessel id) {
      return KOMMUNE.SCHLUESSEL.eq(id.wert());
    }

    @Override
    protected KommuneRecord wurzel(DSLContext ctx, Kommune k, long revision) {
      KommuneRecord r = ctx.newRecord(KOMMUNE);
      r.setSchluessel(k.schluessel().wert());
      r.setName(k.name());
      r.setArt(k.art().name());
      r.setKreisfrei(k.kreisfrei());
      r.setKreis(k.kreis().map(Kreisschluessel::wert).orElse(null));
      r.setJugendamt(k.jugendamt().wert());
      r.setRevision(revision);
      return r;
    }

    @Override
    protected Optional<Kommune> lade(DSLContext ctx, Gemeindeschluessel id) {
      return JooqKommuneRepository.this.lade(ctx, f -> f.eq(id.wert())).stream().findFirst();
    }

    @Override
    protected void loescheKinder(DSLContext ctx, Gemeindeschluessel id) {
      ctx.deleteFrom(FOERDERUNG).where(FOERDERUNG.KOMMUNE.eq(id.wert())).execute();
      ctx.deleteFrom(TEILNAHME).where(TEILNAHME.KOMMUNE.eq(id.wert())).execute();
      ctx.deleteFrom(BEVOELKERUNG).where(BEVOELKERUNG.KOMMUNE.eq(id.wert())).execute();
      ctx.deleteFrom(SOZIALRAUM).where(SOZIALRAUM.KOMMUNE.eq(id.wert())).execute();
    }

    @Override
    protected void schreibeKinder(DSLContext ctx, Kommune k) {
      String kommune = k.schluessel().wert();
      List<SozialraumRecord> raeume = new ArrayList<>();
      List<BevoelkerungRecord> bevoelkerung = new ArrayList<>();
      List<TeilnahmeRecord> teilnahmen = new ArrayList<>();
      List<FoerderungRecord> foerderungen = new ArrayList<>();
      bevoelkerung(ctx, kommune, "", 0, k.bevoelkerung(), bevoelkerung);
      for (int i = 0; i < k.sozialraeume().size(); i++) {
        Sozialraum s = k.sozialraeume().get(i);
        SozialraumRecord r = ctx.newRecord(SOZIALRAUM);
        r.setKommune(kommune);
        r.setPos(i);
        r.setCode(s.id().code());
        r.setGebietsstand(s.gebietsstand());
        r.setName(s.name());
        r.setEbene(s.ebene().name());
        r.setUebergeordnetCode(s.uebergeordnet() == null ? null : s.uebergeordnet().code());
        r.setGueltigVon(s.gueltigkeit().von());
        r.setGueltigBis(s.gueltigkeit().bis());
        r.setGeometrie(s.geometrie());
        raeume.add(r);
        bevoelkerung(ctx, kommune, s.id().code(), s.gebietsstand(), s.bevoelkerung(), bevoelkerung);
      }
      for (int i = 0; i < k.teilnahmen().size(); i++) {
        Programmteilnahme t = k.teilnahmen().get(i);
        TeilnahmeRecord r = ctx.newRecord(TEILNAHME);
        r.setKommune(kommune);
        r.setPos(i);
        r.setProgramm(t.programm().key());
        r.setProgrammName(t.programm().name());
        r.setPhase(t.phase());
        r.setVon(t.zeitraum().von());
        r.setBis(t.zeitraum().bis());
        r.setKoordination(t.koordination() == null ? null : t.koordination().anteil());
        teilnahmen.add(r);
        for (int j = 0; j < t.foerderungen().size(); j++) {
          Foerderung f = t.foerderungen().get(j);
          FoerderungRecord fr = ctx.newRecord(FOERDERUNG);
          fr.setKommune(kommune);
          fr.setTeilnahmePos(i);
          fr.setPos(j);
          fr.setJahr(f.jahr());
          fr.setQuelle(f.quelle().name());
          fr.setBetrag(f.betrag().euro());
          foerderungen.add(fr);
        }
      }
      Schreiben.einfuegen(ctx, raeume);
      Schreiben.einfuegen(ctx, bevoelkerung);
      Schreiben.einfuegen(ctx, teilnahmen);
      Schreiben.einfuegen(ctx, foerderungen);
    }

    @Override
    protected String aenderungen(@Nullable Kommune alt, Kommune neu) {
      if (alt == null) {
        return "created: "
            + neu.name()
            + " ("
            + neu.art().name()
            + "), "
            + neu.sozialraeume().size()
            + " Sozialraum versions, "
            + neu.teilnahmen().size()
            + " Teilnahmen, "
            + neu.bevoelkerung().size()
            + " population figures";
      }
      return new Aenderungen()
          .feld("name", alt.name(), neu.name())
          .feld("art", alt.art(), neu.art())
          .feld("kreisfrei", alt.kreisfrei(), neu.kreisfrei())
          .feld("kreis", alt.kreis(), neu.kreis())
          .feld("jugendamt", alt.jugendamt(), neu.jugendamt())
          .liste("sozialraeume", alt.sozialraeume(), neu.sozialraeume(), Sozialraum::ref)
          .liste(
              "teilnahmen",
              alt.teilnahmen(),
              neu.teilnahmen(),
              t -> t.programm().key() + "/" + t.phase() + "/" + t.zeitraum().von())
          .liste(
              "bevoelkerung",
              alt.bevoelkerung(),
              neu.bevoelkerung(),
              b -> b.stichtag() + " " + b.altersgruppe())
          .text();
    }
  }

  private static void bevoelkerung(
      DSLContext ctx,
      String kommune,
      String code,
      int gebietsstand,
      List<Bevoelkerungsstand> staende,
      List<BevoelkerungRecord> ziel) {
    for (int i = 0; i < staende.size(); i++) {
      Bevoelkerungsstand b = staende.get(i);
      BevoelkerungRecord r = ctx.newRecord(BEVOELKERUNG);
      r.setKommune(kommune);
      r.setSozialraumCode(code);
      r.setGebietsstand(gebietsstand);
      r.setPos(i);
      r.setStichtag(b.stichtag());
      r.setAlterVon(b.altersgruppe().von());
      r.setAlterBis(b.altersgruppe().bis());
      r.setAnzahl(b.anzahl());
      ziel.add(r);
    }
  }

  // ---------------------------------------------------------------- reading

  /**
   * Loads the Kommunen whose key satisfies {@code auswahl} (applied to each table's Kommune
   * column), ordered by key, in six queries; repeats if a save committed meanwhile.
   */
  private List<Kommune> lade(DSLContext ctx, Function<Field<String>, Condition> auswahl) {
    for (int versuch = 1; ; versuch++) {
      Result<KommuneRecord> wurzeln =
          ctx.selectFrom(KOMMUNE)
              .where(auswahl.apply(KOMMUNE.SCHLUESSEL))
              .orderBy(KOMMUNE.SCHLUESSEL)
              .fetch();
      if (wurzeln.isEmpty()) {
        return List.of();
      }
      Map<String, List<SozialraumRecord>> raeume =
          Schreiben.gruppiere(
              ctx.selectFrom(SOZIALRAUM)
                  .where(auswahl.apply(SOZIALRAUM.KOMMUNE))
                  .orderBy(SOZIALRAUM.KOMMUNE, SOZIALRAUM.POS)
                  .fetch(),
              SozialraumRecord::getKommune);
      Map<String, List<BevoelkerungRecord>> bevoelkerung =
          Schreiben.gruppiere(
              ctx.selectFrom(BEVOELKERUNG)
                  .where(auswahl.apply(BEVOELKERUNG.KOMMUNE))
                  .orderBy(
                      BEVOELKERUNG.KOMMUNE,
                      BEVOELKERUNG.SOZIALRAUM_CODE,
                      BEVOELKERUNG.GEBIETSSTAND,
                      BEVOELKERUNG.POS)
                  .fetch(),
              r -> r.getKommune() + ":" + r.getSozialraumCode() + "@" + r.getGebietsstand());
      Map<String, List<TeilnahmeRecord>> teilnahmen =
          Schreiben.gruppiere(
              ctx.selectFrom(TEILNAHME)
                  .where(auswahl.apply(TEILNAHME.KOMMUNE))
                  .orderBy(TEILNAHME.KOMMUNE, TEILNAHME.POS)
                  .fetch(),
              TeilnahmeRecord::getKommune);
      Map<String, List<FoerderungRecord>> foerderungen =
          Schreiben.gruppiere(
              ctx.selectFrom(FOERDERUNG)
                  .where(auswahl.apply(FOERDERUNG.KOMMUNE))
                  .orderBy(FOERDERUNG.KOMMUNE, FOERDERUNG.TEILNAHME_POS, FOERDERUNG.POS)
                  .fetch(),
              r -> r.getKommune() + "/" + r.getTeilnahmePos());
      Map<String, Long> revisionen = new HashMap<>();
      for (Record2<String, Long> r :
          ctx.select(KOMMUNE.SCHLUESSEL, KOMMUNE.REVISION)
              .from(KOMMUNE)
              .where(auswahl.apply(KOMMUNE.SCHLUESSEL))
              .fetch()) {
        revisionen.put(r.value1(), r.value2());
      }
      if (!Schreiben.unveraendert(wurzeln, KOMMUNE.SCHLUESSEL, KOMMUNE.REVISION, revisionen)
          && versuch < Schreiben.LESEVERSUCHE) {
        continue;
      }
      List<Kommune> ergebnis = new ArrayList<>(wurzeln.size());
      for (KommuneRecord w : wurzeln) {
        ergebnis.add(kommune(w, raeume, bevoelkerung, teilnahmen, foerderungen));
      }
      return ergebnis;
    }
  }

  private static Kommune kommune(
      KommuneRecord w,
      Map<String, List<SozialraumRecord>> raeume,
      Map<String, List<BevoelkerungRecord>> bevoelkerung,
      Map<String, List<TeilnahmeRecord>> teilnahmen,
      Map<String, List<FoerderungRecord>> foerderungen) {
    String kommune = w.getSchluessel();
    Gemeindeschluessel ags = Gemeindeschluessel.parse(kommune);
    List<Sozialraum> sozialraeume = new ArrayList<>();
    for (SozialraumRecord r : raeume.getOrDefault(kommune, List.of())) {
      String code = r.getUebergeordnetCode();
      sozialraeume.add(
          new Sozialraum(
              SozialraumId.of(ags, r.getCode()),
              r.getGebietsstand(),
              r.getName(),
              Sozialraumebene.valueOf(r.getEbene()),
              code == null ? null : SozialraumId.of(ags, code),
              new Zeitraum(r.getGueltigVon(), r.getGueltigBis()),
              r.getGeometrie(),
              staende(bevoelkerung.get(kommune + ":" + r.getCode() + "@" + r.getGebietsstand()))));
    }
    List<Programmteilnahme> liste = new ArrayList<>();
    for (TeilnahmeRecord t : teilnahmen.getOrDefault(kommune, List.of())) {
      List<Foerderung> geld = new ArrayList<>();
      for (FoerderungRecord f : foerderungen.getOrDefault(kommune + "/" + t.getPos(), List.of())) {
        geld.add(
            new Foerderung(
                f.getJahr(),
                Finanzierungsquelle.valueOf(f.getQuelle()),
                new Geldbetrag(f.getBetrag())));
      }
      liste.add(
          new Programmteilnahme(
              new Programm(t.getProgramm(), t.getProgrammName()),
              t.getPhase(),
              new Zeitraum(t.getVon(), t.getBis()),
              geld,
              t.getKoordination() == null ? null : new Stellenanteil(t.getKoordination())));
    }
    return Kommune.builder(ags, w.getName(), Kommunenart.valueOf(w.getArt()))
        .kreisfrei(w.getKreisfrei())
        .kreis(w.getKreis() == null ? null : new Kreisschluessel(w.getKreis()))
        .jugendamt(Gemeindeschluessel.parse(w.getJugendamt()))
        .sozialraeume(sozialraeume)
        .teilnahmen(liste)
        .bevoelkerung(staende(bevoelkerung.get(kommune + ":@0")))
        .revision(w.getRevision())
        .build();
  }

  private static List<Bevoelkerungsstand> staende(@Nullable List<BevoelkerungRecord> zeilen) {
    List<Bevoelkerungsstand> ergebnis = new ArrayList<>();
    if (zeilen != null) {
      for (BevoelkerungRecord r : zeilen) {
        ergebnis.add(
            new Bevoelkerungsstand(
                r.getStichtag(),
                new Altersspanne(r.getAlterVon(), r.getAlterBis()),
                r.getAnzahl()));
      }
    }
    return ergebnis;
  }
}

package de.kekiz.persistence;

import static de.kekiz.persistence.internal.db.Tables.INDIKATOR;
import static java.util.Objects.requireNonNull;

import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Periodizitaet;
import de.kekiz.domain.indikator.Polaritaet;
import de.kekiz.domain.indikator.RaeumlicheEbene;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.persistence.internal.Aenderungen;
import de.kekiz.persistence.internal.Aggregatablage;
import de.kekiz.persistence.internal.Kontext;
import de.kekiz.persistence.internal.Listen;
import de.kekiz.persistence.internal.db.tables.records.IndikatorRecord;
import de.kekiz.port.Ablagestand;
import de.kekiz.port.IndikatorRepository;
import de.kekiz.port.MandantenverletzungException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/**
 * {@link IndikatorRepository} on jOOQ: one row of the table {@code indikator} per version of a
 * definition. Definitions belong to no Kommune: a repository opened for a restricted {@link
 * Mandant} reads them all and refuses every change with {@link MandantenverletzungException}.
 * Obtain it from {@link KekizPersistenz#indikatoren()}; thread-safe.
 */
public final class JooqIndikatorRepository implements IndikatorRepository {

  static final String AGGREGAT = "Indikator";

  private final Kontext kontext;
  private final Ablage ablage;

  JooqIndikatorRepository(Kontext kontext) {
    this.kontext = requireNonNull(kontext, "kontext");
    this.ablage = new Ablage();
  }

  @Override
  public Optional<Indikator> findByRef(IndikatorRef ref) {
    requireNonNull(ref, "ref");
    return kontext.lese("Laden des Indikators " + ref, ctx -> lade(ctx, id(ref))).stream()
        .findFirst();
  }

  @Override
  public List<Indikator> findVersionen(IndikatorKey key) {
    requireNonNull(key, "key");
    return kontext.lese(
        "Laden der Versionen des Indikators " + key,
        ctx -> lade(ctx, INDIKATOR.SCHLUESSEL.eq(key.wert())));
  }

  /**
   * {@inheritDoc} If validities overlap (the domain does not forbid it), the highest version wins.
   */
  @Override
  public Optional<Indikator> findGueltig(IndikatorKey key, LocalDate stichtag) {
    requireNonNull(key, "key");
    requireNonNull(stichtag, "stichtag");
    List<Indikator> gueltige =
        kontext.lese(
            "Laden des am "
                + stichtag.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))
                + " gültigen Indikators "
                + key,
            ctx ->
                lade(
                    ctx,
                    INDIKATOR
                        .SCHLUESSEL
                        .eq(key.wert())
                        .and(INDIKATOR.GUELTIG_VON.le(stichtag))
                        .and(
                            INDIKATOR
                                .GUELTIG_BIS
                                .isNull()
                                .or(INDIKATOR.GUELTIG_BIS.ge(stichtag)))));
    return gueltige.isEmpty() ? Optional.empty() : Optional.of(gueltige.get(gueltige.size() - 1));
  }

  @Override
  public List<Indikator> findAll() {
    return kontext.lese(
        "Laden aller Indikatoren", ctx -> lade(ctx, org.jooq.impl.DSL.noCondition()));
  }

  /**
   * {@inheritDoc}
   *
   * @throws MandantenverletzungException if the repository is opened for a restricted Mandant
   */
  @Override
  public Indikator save(Indikator indikator) {
    requireNonNull(indikator, "indikator");
    return ablage.save(indikator);
  }

  /**
   * {@inheritDoc}
   *
   * @throws MandantenverletzungException if the repository is opened for a restricted Mandant
   */
  @Override
  public boolean delete(IndikatorRef ref, long revision) {
    requireNonNull(ref, "ref");
    return ablage.delete(ref, revision);
  }

  /**
   * {@inheritDoc} Indicator definitions belong to no Kommune: every Mandant reads their history.
   *
   * @throws de.kekiz.port.PersistenzException if the database fails or a stored state cannot be
   *     read back
   */
  @Override
  public List<Ablagestand<Indikator>> findHistorie(IndikatorRef id) {
    requireNonNull(id, "id");
    return ablage.historie(id);
  }

  private static Condition id(IndikatorRef ref) {
    return INDIKATOR
        .SCHLUESSEL
        .eq(ref.key().wert())
        .and(INDIKATOR.INDIKATOR_VERSION.eq(ref.version()));
  }

  /**
   * How an Indikator is written: one row of {@code indikator} per version, no child rows; it
   * belongs to no Kommune, so only an unrestricted Mandant may change it.
   */
  private final class Ablage extends Aggregatablage<Indikator, IndikatorRef, IndikatorRecord> {

    Ablage() {
      super(kontext, AGGREGAT, INDIKATOR, INDIKATOR.REVISION);
    }

    @Override
    protected IndikatorRef id(Indikator i) {
      return i.ref();
    }

    @Override
    protected long revision(Indikator i) {
      return i.revision();
    }

    @Override
    protected Indikator mitRevision(Indikator i, long revision) {
      return i.withRevision(revision);
    }

    @Override
    protected String bezeichnung(IndikatorRef ref) {
      return "des Indikators " + ref;
    }

    @Override
    protected @Nullable Gemeindeschluessel kommune(IndikatorRef ref) {
      return null;
    }

    @Override
    protected Condition wurzelBedingung(IndikatorRef ref) {
      return JooqIndikatorRepository.id(ref);
    }

    @Override
    protected IndikatorRecord wurzel(DSLContext ctx, Indikator i, long revision) {
      IndikatorRecord r = ctx.newRecord(INDIKATOR);
      r.setSchluessel(i.key().wert());
      r.setIndikatorVersion(i.version());
      r.setGueltigVon(i.gueltigkeit().von());
      r.setGueltigBis(i.gueltigkeit().bis());
      r.setName(i.name());
      r.setZaehlerDefinition(i.zaehlerDefinition());
      r.setNennerDefinition(i.nennerDefinition().orElse(null));
      r.setFaktor(i.faktor());
      r.setEinheit(i.einheit());
      r.setAnteil(i.anteil());
      r.setPolaritaet(i.polaritaet().name());
      r.setQuelle(i.quelle());
      r.setEbene(i.ebene().name());
      r.setPeriodizitaet(i.periodizitaet().name());
      r.setStichtag(i.stichtag().map(MonthDay::toString).orElse(null));
      r.setDimensionen(Listen.verbinde(i.dimensionen(), Function.identity()));
      r.setAenderungshinweis(i.aenderungshinweis().orElse(null));
      r.setNachkommastellen(i.nachkommastellen());
      r.setSynthetisch(i.synthetisch());
      r.setRevision(revision);
      return r;
    }

    @Override
    protected Optional<Indikator> lade(DSLContext ctx, IndikatorRef ref) {
      return JooqIndikatorRepository.this.lade(ctx, JooqIndikatorRepository.id(ref)).stream()
          .findFirst();
    }

    @Override
    protected String aenderungen(@Nullable Indikator alt, Indikator neu) {
      if (alt == null) {
        return "created: " + neu.name() + ", valid " + neu.gueltigkeit();
      }
      return new Aenderungen()
          .feld("gueltigkeit", alt.gueltigkeit(), neu.gueltigkeit())
          .feld("name", alt.name(), neu.name())
          .feld("zaehlerDefinition", alt.zaehlerDefinition(), neu.zaehlerDefinition())
          .feld("nennerDefinition", alt.nennerDefinition(), neu.nennerDefinition())
          .feld("faktor", alt.faktor().toPlainString(), neu.faktor().toPlainString())
          .feld("einheit", alt.einheit(), neu.einheit())
          .feld("anteil", alt.anteil(), neu.anteil())
          .feld("polaritaet", alt.polaritaet(), neu.polaritaet())
          .feld("quelle", alt.quelle(), neu.quelle())
          .feld("ebene", alt.ebene(), neu.ebene())
          .feld("periodizitaet", alt.periodizitaet(), neu.periodizitaet())
          .feld("stichtag", alt.stichtag(), neu.stichtag())
          .feld("dimensionen", alt.dimensionen(), neu.dimensionen())
          .feld("aenderungshinweis", alt.aenderungshinweis(), neu.aenderungshinweis())
          .feld("nachkommastellen", alt.nachkommastellen(), neu.nachkommastellen())
          .feld("synthetisch", alt.synthetisch(), neu.synthetisch())
          .text();
    }
  }

  private List<Indikator> lade(DSLContext ctx, Condition bedingung) {
    return ctx.selectFrom(INDIKATOR)
        .where(bedingung)
        .orderBy(kontext.javaOrdnung(INDIKATOR.SCHLUESSEL), INDIKATOR.INDIKATOR_VERSION)
        .fetch(JooqIndikatorRepository::indikator);
  }

  private static Indikator indikator(IndikatorRecord r) {
    String stichtag = r.getStichtag();
    return Indikator.builder(IndikatorKey.of(r.getSchluessel()), r.getIndikatorVersion())
        .gueltigkeit(new Zeitraum(r.getGueltigVon(), r.getGueltigBis()))
        .name(r.getName())
        .zaehlerDefinition(r.getZaehlerDefinition())
        .nennerDefinition(r.getNennerDefinition())
        .faktor(r.getFaktor())
        .einheit(r.getEinheit())
        .anteil(r.getAnteil())
        .polaritaet(Polaritaet.valueOf(r.getPolaritaet()))
        .quelle(r.getQuelle())
        .ebene(RaeumlicheEbene.valueOf(r.getEbene()))
        .periodizitaet(Periodizitaet.valueOf(r.getPeriodizitaet()))
        .stichtag(stichtag == null ? null : MonthDay.parse(stichtag))
        .dimensionen(Listen.teile(r.getDimensionen(), Function.identity()))
        .aenderungshinweis(r.getAenderungshinweis())
        .nachkommastellen(r.getNachkommastellen())
        .synthetisch(r.getSynthetisch())
        .revision(r.getRevision())
        .build();
  }
}

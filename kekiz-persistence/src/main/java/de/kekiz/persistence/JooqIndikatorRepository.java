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
import de.kekiz.persistence.internal.Aenderungen;
import de.kekiz.persistence.internal.Kontext;
import de.kekiz.persistence.internal.Listen;
import de.kekiz.persistence.internal.Schreiben;
import de.kekiz.persistence.internal.db.tables.records.IndikatorRecord;
import de.kekiz.port.IndikatorRepository;
import de.kekiz.port.MandantVerletzung;
import de.kekiz.port.PersistenzException;
import de.kekiz.port.Versionskonflikt;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;

/**
 * {@link IndikatorRepository} on jOOQ: one row of the table {@code indikator} per version of a
 * definition. Definitions belong to no Kommune: a repository opened for a restricted {@link
 * Mandant} reads them all and refuses every change with {@link MandantVerletzung}. Obtain it from
 * {@link KekizPersistenz#indikatoren()}; thread-safe.
 */
public final class JooqIndikatorRepository implements IndikatorRepository {

  static final String AGGREGAT = "Indikator";

  private final Kontext kontext;

  JooqIndikatorRepository(Kontext kontext) {
    this.kontext = requireNonNull(kontext, "kontext");
  }

  @Override
  public Optional<Indikator> findByRef(IndikatorRef ref) {
    requireNonNull(ref, "ref");
    return kontext
        .lese("loading Indikator " + ref, ctx -> lade(ctx, id(ref)))
        .stream()
        .findFirst();
  }

  @Override
  public List<Indikator> findVersionen(IndikatorKey key) {
    requireNonNull(key, "key");
    return kontext.lese(
        "loading the versions of Indikator " + key,
        ctx -> lade(ctx, INDIKATOR.SCHLUESSEL.eq(key.wert())));
  }

  /** {@inheritDoc} If validities overlap (the domain does not forbid it), the highest version wins. */
  @Override
  public Optional<Indikator> findGueltig(IndikatorKey key, LocalDate stichtag) {
    requireNonNull(key, "key");
    requireNonNull(stichtag, "stichtag");
    List<Indikator> gueltige =
        kontext.lese(
            "loading Indikator " + key + " valid on " + stichtag,
            ctx ->
                lade(
                    ctx,
                    INDIKATOR
                        .SCHLUESSEL
                        .eq(key.wert())
                        .and(INDIKATOR.GUELTIG_VON.le(stichtag))
                        .and(INDIKATOR.GUELTIG_BIS.isNull().or(INDIKATOR.GUELTIG_BIS.ge(stichtag)))));
    return gueltige.isEmpty() ? Optional.empty() : Optional.of(gueltige.get(gueltige.size() - 1));
  }

  @Override
  public List<Indikator> findAll() {
    return kontext.lese("loading all Indikatoren", ctx -> lade(ctx, org.jooq.impl.DSL.noCondition()));
  }

  /**
   * {@inheritDoc}
   *
   * @throws MandantVerletzung if the repository is opened for a restricted Mandant
   */
  @Override
  public Indikator save(Indikator indikator) {
    requireNonNull(indikator, "indikator");
    IndikatorRef ref = indikator.ref();
    String gegenstand = "saving Indikator " + ref;
    pruefeMandant(gegenstand);
    try {
      return kontext.schreibe(gegenstand, ctx -> speichere(ctx, indikator));
    } catch (PersistenzException e) {
      throw Schreiben.konfliktBeiGleichzeitigemAnlegen(
          e,
          indikator.revision(),
          AGGREGAT,
          ref.toString(),
          () ->
              kontext.lese(
                  gegenstand,
                  ctx -> Schreiben.revision(ctx, INDIKATOR, INDIKATOR.REVISION, id(ref))));
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws MandantVerletzung if the repository is opened for a restricted Mandant
   */
  @Override
  public boolean delete(IndikatorRef ref, long revision) {
    requireNonNull(ref, "ref");
    String gegenstand = "deleting Indikator " + ref;
    pruefeMandant(gegenstand);
    return kontext.schreibe(
        gegenstand,
        ctx -> {
          int n =
              ctx.deleteFrom(INDIKATOR).where(id(ref)).and(INDIKATOR.REVISION.eq(revision)).execute();
          if (n == 0) {
            long gespeichert = Schreiben.revision(ctx, INDIKATOR, INDIKATOR.REVISION, id(ref));
            if (gespeichert == 0) {
              return false;
            }
            throw new Versionskonflikt(AGGREGAT, ref.toString(), revision, gespeichert);
          }
          kontext.auditiere(
              ctx, AGGREGAT, ref.toString(), null, "GELOESCHT", revision, null, "deleted");
          return true;
        });
  }

  private void pruefeMandant(String gegenstand) {
    if (!kontext.mandant().uneingeschraenkt()) {
      throw new MandantVerletzung(kontext.mandant().toString(), gegenstand);
    }
  }

  private static Condition id(IndikatorRef ref) {
    return INDIKATOR.SCHLUESSEL.eq(ref.key().wert()).and(INDIKATOR.INDIKATOR_VERSION.eq(ref.version()));
  }

  private Indikator speichere(DSLContext ctx, Indikator indikator) {
    IndikatorRef ref = indikator.ref();
    String kennung = ref.toString();
    long revision = indikator.revision();
    Indikator alt = null;
    if (revision == 0) {
      Schreiben.pruefeNeu(ctx, INDIKATOR, INDIKATOR.REVISION, id(ref), AGGREGAT, kennung);
      ctx.insertInto(INDIKATOR).set(zeile(ctx, indikator, 1)).execute();
    } else {
      alt = lade(ctx, id(ref)).stream().findFirst().orElse(null);
      Schreiben.pruefeRevision(alt == null ? 0 : alt.revision(), revision, AGGREGAT, kennung);
      Schreiben.aktualisiere(
          ctx, INDIKATOR, INDIKATOR.REVISION, id(ref), zeile(ctx, indikator, revision + 1),
          revision, AGGREGAT, kennung);
    }
    Indikator neu = indikator.withRevision(revision + 1);
    kontext.auditiere(
        ctx,
        AGGREGAT,
        kennung,
        null,
        alt == null ? "ANGELEGT" : "GEAENDERT",
        alt == null ? null : revision,
        revision + 1,
        aenderungen(alt, neu));
    return neu;
  }

  private static String aenderungen(@Nullable Indikator alt, Indikator neu) {
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
        .text();
  }

  private static IndikatorRecord zeile(DSLContext ctx, Indikator i, long revision) {
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
    r.setRevision(revision);
    return r;
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
        .revision(r.getRevision())
        .build();
  }
}

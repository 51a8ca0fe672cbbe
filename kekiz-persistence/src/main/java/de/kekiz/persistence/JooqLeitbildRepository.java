package de.kekiz.persistence;

import static de.kekiz.persistence.internal.db.Tables.HANDLUNGSZIEL;
import static de.kekiz.persistence.internal.db.Tables.LEITBILD;
import static de.kekiz.persistence.internal.db.Tables.LEITZIEL;
import static de.kekiz.persistence.internal.db.Tables.ZIELWERT;
import static java.util.Objects.requireNonNull;

import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.leitbild.Handlungsziel;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.domain.leitbild.LeitbildId;
import de.kekiz.domain.leitbild.Leitziel;
import de.kekiz.domain.leitbild.Praeventionsleitlinie;
import de.kekiz.domain.leitbild.Zielrichtung;
import de.kekiz.domain.leitbild.Zielwert;
import de.kekiz.persistence.internal.Aenderungen;
import de.kekiz.persistence.internal.Aggregatablage;
import de.kekiz.persistence.internal.Kontext;
import de.kekiz.persistence.internal.Listen;
import de.kekiz.persistence.internal.Schreiben;
import de.kekiz.persistence.internal.db.tables.records.HandlungszielRecord;
import de.kekiz.persistence.internal.db.tables.records.LeitbildRecord;
import de.kekiz.persistence.internal.db.tables.records.LeitzielRecord;
import de.kekiz.persistence.internal.db.tables.records.ZielwertRecord;
import de.kekiz.port.Ablagestand;
import de.kekiz.port.LeitbildRepository;
import java.time.LocalDate;
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
import org.jspecify.annotations.Nullable;

/**
 * {@link LeitbildRepository} on jOOQ: a Leitbild is stored in the tables {@code leitbild}, {@code
 * leitziel}, {@code handlungsziel} and {@code zielwert}; loading any number of Fassungen takes five
 * queries. Obtain it from {@link KekizPersistenz#leitbilder()}; thread-safe.
 */
public final class JooqLeitbildRepository implements LeitbildRepository {

  static final String AGGREGAT = "Leitbild";

  private final Kontext kontext;
  private final Ablage ablage;

  JooqLeitbildRepository(Kontext kontext) {
    this.kontext = requireNonNull(kontext, "kontext");
    this.ablage = new Ablage();
  }

  /** {@inheritDoc} Empty also for a Leitbild outside the repository's Mandant. */
  @Override
  public Optional<Leitbild> findById(LeitbildId id) {
    requireNonNull(id, "id");
    if (!kontext.mandant().umfasst(id.kommune())) {
      return Optional.empty();
    }
    return kontext
        .lese("Laden des Leitbilds " + id, ctx -> lade(ctx, id.kommune(), id.fassung()))
        .stream()
        .findFirst();
  }

  /** {@inheritDoc} Empty also for a Kommune outside the repository's Mandant. */
  @Override
  public List<Leitbild> findByKommune(Gemeindeschluessel kommune) {
    requireNonNull(kommune, "kommune");
    if (!kontext.mandant().umfasst(kommune)) {
      return List.of();
    }
    return kontext.lese(
        "Laden der Leitbilder der Kommune " + kommune, ctx -> lade(ctx, kommune, null));
  }

  /** {@inheritDoc} Empty also for a Kommune outside the repository's Mandant. */
  @Override
  public Optional<Leitbild> findGueltig(Gemeindeschluessel kommune, LocalDate stichtag) {
    requireNonNull(stichtag, "stichtag");
    Leitbild gueltig = null;
    for (Leitbild l : findByKommune(kommune)) {
      LocalDate am = l.beschlossenAm().orElse(null);
      if (am != null && !am.isAfter(stichtag)) {
        gueltig = l;
      }
    }
    return Optional.ofNullable(gueltig);
  }

  /**
   * {@inheritDoc}
   *
   * @throws de.kekiz.port.MandantenverletzungException if the Leitbild's Kommune is outside the
   *     repository's Mandant
   */
  @Override
  public Leitbild save(Leitbild leitbild) {
    requireNonNull(leitbild, "leitbild");
    return ablage.save(leitbild);
  }

  /**
   * {@inheritDoc}
   *
   * @throws de.kekiz.port.MandantenverletzungException if the Leitbild's Kommune is outside the
   *     repository's Mandant
   */
  @Override
  public boolean delete(LeitbildId id, long revision) {
    requireNonNull(id, "id");
    return ablage.delete(id, revision);
  }

  /**
   * {@inheritDoc} Empty also for an aggregate of a Kommune outside the repository's Mandant.
   *
   * @throws de.kekiz.port.PersistenzException if the database fails or a stored state cannot be
   *     read back
   */
  @Override
  public List<Ablagestand<Leitbild>> findHistorie(LeitbildId id) {
    requireNonNull(id, "id");
    return ablage.historie(id);
  }

  // ---------------------------------------------------------------- writing

  /** How a Leitbild is written: the root row {@code leitbild} and three child tables. */
  private final class Ablage extends Aggregatablage<Leitbild, LeitbildId, LeitbildRecord> {

    Ablage() {
      super(kontext, AGGREGAT, LEITBILD, LEITBILD.REVISION);
    }

    @Override
    protected LeitbildId id(Leitbild l) {
      return l.id();
    }

    @Override
    protected long revision(Leitbild l) {
      return l.revision();
    }

    @Override
    protected Leitbild mitRevision(Leitbild l, long revision) {
      return l.withRevision(revision);
    }

    @Override
    protected String bezeichnung(LeitbildId id) {
      return "des Leitbilds " + id;
    }

    @Override
    protected Gemeindeschluessel kommune(LeitbildId id) {
      return id.kommune();
    }

    @Override
    protected Condition wurzelBedingung(LeitbildId id) {
      return LEITBILD.KOMMUNE.eq(id.kommune().wert()).and(LEITBILD.FASSUNG.eq(id.fassung()));
    }

    @Override
    protected LeitbildRecord wurzel(DSLContext ctx, Leitbild l, long revision) {
      LeitbildRecord r = ctx.newRecord(LEITBILD);
      r.setKommune(l.kommune().wert());
      r.setFassung(l.fassung());
      r.setTitel(l.titel());
      r.setBeschlossenAm(l.beschlossenAm().orElse(null));
      r.setGremium(l.gremium().orElse(null));
      r.setLeitlinien(Listen.verbinde(l.leitlinien(), Praeventionsleitlinie::name));
      r.setRevision(revision);
      return r;
    }

    @Override
    protected Optional<Leitbild> lade(DSLContext ctx, LeitbildId id) {
      return JooqLeitbildRepository.this.lade(ctx, id.kommune(), id.fassung()).stream().findFirst();
    }

    @Override
    protected void loescheKinder(DSLContext ctx, LeitbildId id) {
      String k = id.kommune().wert();
      ctx.deleteFrom(ZIELWERT)
          .where(ZIELWERT.KOMMUNE.eq(k), ZIELWERT.FASSUNG.eq(id.fassung()))
          .execute();
      ctx.deleteFrom(HANDLUNGSZIEL)
          .where(HANDLUNGSZIEL.KOMMUNE.eq(k), HANDLUNGSZIEL.FASSUNG.eq(id.fassung()))
          .execute();
      ctx.deleteFrom(LEITZIEL)
          .where(LEITZIEL.KOMMUNE.eq(k), LEITZIEL.FASSUNG.eq(id.fassung()))
          .execute();
    }

    @Override
    protected void schreibeKinder(DSLContext ctx, Leitbild l) {
      String k = l.kommune().wert();
      int fassung = l.fassung();
      List<LeitzielRecord> leitziele = new ArrayList<>();
      List<HandlungszielRecord> handlungsziele = new ArrayList<>();
      List<ZielwertRecord> zielwerte = new ArrayList<>();
      for (int i = 0; i < l.leitziele().size(); i++) {
        Leitziel z = l.leitziele().get(i);
        LeitzielRecord r = ctx.newRecord(LEITZIEL);
        r.setKommune(k);
        r.setFassung(fassung);
        r.setPos(i);
        r.setKennung(z.key());
        r.setTitel(z.titel());
        r.setBeschreibung(z.beschreibung());
        leitziele.add(r);
        for (int j = 0; j < z.handlungsziele().size(); j++) {
          Handlungsziel h = z.handlungsziele().get(j);
          HandlungszielRecord hr = ctx.newRecord(HANDLUNGSZIEL);
          hr.setKommune(k);
          hr.setFassung(fassung);
          hr.setLeitzielPos(i);
          hr.setPos(j);
          hr.setKennung(h.key());
          hr.setTitel(h.titel());
          hr.setIndikatoren(Listen.verbinde(h.indikatoren(), IndikatorKey::wert));
          handlungsziele.add(hr);
          for (int n = 0; n < h.zielwerte().size(); n++) {
            Zielwert w = h.zielwerte().get(n);
            ZielwertRecord zr = ctx.newRecord(ZIELWERT);
            zr.setKommune(k);
            zr.setFassung(fassung);
            zr.setLeitzielPos(i);
            zr.setHandlungszielPos(j);
            zr.setPos(n);
            zr.setIndikator(w.indikator().wert());
            zr.setWert(w.wert());
            zr.setRichtung(w.richtung().name());
            zr.setFrist(w.frist());
            zr.setSozialraum(w.sozialraum() == null ? null : w.sozialraum().toString());
            zr.setAusgangswert(w.ausgangswert());
            zielwerte.add(zr);
          }
        }
      }
      Schreiben.einfuegen(ctx, leitziele);
      Schreiben.einfuegen(ctx, handlungsziele);
      Schreiben.einfuegen(ctx, zielwerte);
    }

    @Override
    protected String aenderungen(@Nullable Leitbild alt, Leitbild neu) {
      if (alt == null) {
        return "created: '"
            + neu.titel()
            + "', "
            + neu.leitziele().size()
            + " Leitziele, "
            + neu.handlungsziele().size()
            + " Handlungsziele, "
            + neu.zielwerte().size()
            + " Zielwerte";
      }
      return new Aenderungen()
          .feld("titel", alt.titel(), neu.titel())
          .feld("beschlossenAm", alt.beschlossenAm(), neu.beschlossenAm())
          .feld("gremium", alt.gremium(), neu.gremium())
          .feld("leitlinien", alt.leitlinien(), neu.leitlinien())
          .liste("leitziele", alt.leitziele(), neu.leitziele(), Leitziel::key)
          .liste("handlungsziele", alt.handlungsziele(), neu.handlungsziele(), Handlungsziel::key)
          .text();
    }
  }

  // ---------------------------------------------------------------- reading

  /** The Fassungen of {@code kommune} ({@code fassung} only, unless null), ordered by Fassung. */
  private List<Leitbild> lade(
      DSLContext ctx, Gemeindeschluessel kommune, @Nullable Integer fassung) {
    for (int versuch = 1; ; versuch++) {
      Result<LeitbildRecord> wurzeln =
          ctx.selectFrom(LEITBILD)
              .where(auswahl(LEITBILD.KOMMUNE, LEITBILD.FASSUNG, kommune, fassung))
              .orderBy(LEITBILD.FASSUNG)
              .fetch();
      if (wurzeln.isEmpty()) {
        return List.of();
      }
      Map<String, List<LeitzielRecord>> leitziele =
          Schreiben.gruppiere(
              ctx.selectFrom(LEITZIEL)
                  .where(auswahl(LEITZIEL.KOMMUNE, LEITZIEL.FASSUNG, kommune, fassung))
                  .orderBy(LEITZIEL.FASSUNG, LEITZIEL.POS)
                  .fetch(),
              r -> String.valueOf(r.getFassung()));
      Map<String, List<HandlungszielRecord>> handlungsziele =
          Schreiben.gruppiere(
              ctx.selectFrom(HANDLUNGSZIEL)
                  .where(auswahl(HANDLUNGSZIEL.KOMMUNE, HANDLUNGSZIEL.FASSUNG, kommune, fassung))
                  .orderBy(HANDLUNGSZIEL.FASSUNG, HANDLUNGSZIEL.LEITZIEL_POS, HANDLUNGSZIEL.POS)
                  .fetch(),
              r -> r.getFassung() + "/" + r.getLeitzielPos());
      Map<String, List<ZielwertRecord>> zielwerte =
          Schreiben.gruppiere(
              ctx.selectFrom(ZIELWERT)
                  .where(auswahl(ZIELWERT.KOMMUNE, ZIELWERT.FASSUNG, kommune, fassung))
                  .orderBy(
                      ZIELWERT.FASSUNG,
                      ZIELWERT.LEITZIEL_POS,
                      ZIELWERT.HANDLUNGSZIEL_POS,
                      ZIELWERT.POS)
                  .fetch(),
              r -> r.getFassung() + "/" + r.getLeitzielPos() + "/" + r.getHandlungszielPos());
      Map<String, Long> revisionen = new HashMap<>();
      for (Record2<Integer, Long> r :
          ctx.select(LEITBILD.FASSUNG, LEITBILD.REVISION)
              .from(LEITBILD)
              .where(auswahl(LEITBILD.KOMMUNE, LEITBILD.FASSUNG, kommune, fassung))
              .fetch()) {
        revisionen.put(String.valueOf(r.value1()), r.value2());
      }
      Map<String, Long> gelesen = new HashMap<>();
      for (LeitbildRecord w : wurzeln) {
        gelesen.put(String.valueOf(w.getFassung()), w.getRevision());
      }
      if (!gelesen.equals(revisionen) && versuch < Schreiben.LESEVERSUCHE) {
        continue;
      }
      List<Leitbild> ergebnis = new ArrayList<>();
      for (LeitbildRecord w : wurzeln) {
        ergebnis.add(leitbild(w, leitziele, handlungsziele, zielwerte));
      }
      return ergebnis;
    }
  }

  private static Condition auswahl(
      Field<String> kommuneSpalte,
      Field<Integer> fassungSpalte,
      Gemeindeschluessel kommune,
      @Nullable Integer fassung) {
    Condition c = kommuneSpalte.eq(kommune.wert());
    return fassung == null ? c : c.and(fassungSpalte.eq(fassung));
  }

  private static Leitbild leitbild(
      LeitbildRecord w,
      Map<String, List<LeitzielRecord>> leitziele,
      Map<String, List<HandlungszielRecord>> handlungsziele,
      Map<String, List<ZielwertRecord>> zielwerte) {
    Gemeindeschluessel kommune = Gemeindeschluessel.parse(w.getKommune());
    int fassung = w.getFassung();
    List<Leitziel> ziele = new ArrayList<>();
    for (LeitzielRecord z : leitziele.getOrDefault(String.valueOf(fassung), List.of())) {
      List<Handlungsziel> hz = new ArrayList<>();
      for (HandlungszielRecord h :
          handlungsziele.getOrDefault(fassung + "/" + z.getPos(), List.of())) {
        List<Zielwert> werte = new ArrayList<>();
        for (ZielwertRecord zw :
            zielwerte.getOrDefault(fassung + "/" + z.getPos() + "/" + h.getPos(), List.of())) {
          werte.add(
              new Zielwert(
                  IndikatorKey.of(zw.getIndikator()),
                  zw.getWert(),
                  Zielrichtung.valueOf(zw.getRichtung()),
                  zw.getFrist(),
                  zw.getSozialraum() == null ? null : SozialraumId.parse(zw.getSozialraum()),
                  zw.getAusgangswert()));
        }
        hz.add(
            new Handlungsziel(
                h.getKennung(),
                h.getTitel(),
                Listen.teile(h.getIndikatoren(), IndikatorKey::of),
                werte));
      }
      ziele.add(new Leitziel(z.getKennung(), z.getTitel(), z.getBeschreibung(), hz));
    }
    return Leitbild.builder(kommune, fassung, w.getTitel())
        .beschlossenAm(w.getBeschlossenAm())
        .gremium(w.getGremium())
        .leitlinien(Listen.teile(w.getLeitlinien(), Praeventionsleitlinie::valueOf))
        .leitziele(ziele)
        .revision(w.getRevision())
        .build();
  }
}

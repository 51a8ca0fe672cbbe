package de.kekiz.persistence;

import static de.kekiz.persistence.internal.db.Tables.AKTEUR;
import static de.kekiz.persistence.internal.db.Tables.ANGEBOT;
import static de.kekiz.persistence.internal.db.Tables.ANGEBOT_MERKMAL;
import static de.kekiz.persistence.internal.db.Tables.ANGEBOT_TERMIN;
import static de.kekiz.persistence.internal.db.Tables.KETTE;
import static de.kekiz.persistence.internal.db.Tables.KETTE_BAUSTEIN;
import static de.kekiz.persistence.internal.db.Tables.KETTE_KOORDINATION;
import static de.kekiz.persistence.internal.db.Tables.KETTE_ZIELBEITRAG;
import static de.kekiz.persistence.internal.db.Tables.MITGLIED;
import static de.kekiz.persistence.internal.db.Tables.STANDORT;
import static java.util.Objects.requireNonNull;

import de.kekiz.domain.AkteurId;
import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.Geldbetrag;
import de.kekiz.domain.Stellenanteil;
import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.angebot.Adresse;
import de.kekiz.domain.angebot.Angebot;
import de.kekiz.domain.angebot.AngebotId;
import de.kekiz.domain.angebot.AngebotStatus;
import de.kekiz.domain.angebot.Kapazitaet;
import de.kekiz.domain.angebot.Koordinate;
import de.kekiz.domain.angebot.Kostenoption;
import de.kekiz.domain.angebot.Praeventionsebene;
import de.kekiz.domain.angebot.Standort;
import de.kekiz.domain.angebot.Standortart;
import de.kekiz.domain.angebot.Zeitplan;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.kette.Akteur;
import de.kekiz.domain.kette.Akteursart;
import de.kekiz.domain.kette.Arbeitsgemeinschaft;
import de.kekiz.domain.kette.Beitragsart;
import de.kekiz.domain.kette.Handlungsfeld;
import de.kekiz.domain.kette.Koordination;
import de.kekiz.domain.kette.Lebensphase;
import de.kekiz.domain.kette.Mitglied;
import de.kekiz.domain.kette.Netzwerk;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kette.Steuerung;
import de.kekiz.domain.kette.Steuerungsgruppe;
import de.kekiz.domain.kette.Uebergang;
import de.kekiz.domain.kette.Zielbeitrag;
import de.kekiz.domain.kommune.Finanzierungsquelle;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Programm;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.persistence.internal.Aenderungen;
import de.kekiz.persistence.internal.Aggregatablage;
import de.kekiz.persistence.internal.Kontext;
import de.kekiz.persistence.internal.Listen;
import de.kekiz.persistence.internal.Schreiben;
import de.kekiz.persistence.internal.db.tables.records.AkteurRecord;
import de.kekiz.persistence.internal.db.tables.records.AngebotMerkmalRecord;
import de.kekiz.persistence.internal.db.tables.records.AngebotRecord;
import de.kekiz.persistence.internal.db.tables.records.AngebotTerminRecord;
import de.kekiz.persistence.internal.db.tables.records.KetteBausteinRecord;
import de.kekiz.persistence.internal.db.tables.records.KetteKoordinationRecord;
import de.kekiz.persistence.internal.db.tables.records.KetteRecord;
import de.kekiz.persistence.internal.db.tables.records.KetteZielbeitragRecord;
import de.kekiz.persistence.internal.db.tables.records.MitgliedRecord;
import de.kekiz.persistence.internal.db.tables.records.StandortRecord;
import de.kekiz.port.Ablagestand;
import de.kekiz.port.PraeventionsketteRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Result;
import org.jooq.TableRecord;
import org.jspecify.annotations.Nullable;

/**
 * {@link PraeventionsketteRepository} on jOOQ: a chain is stored in the tables {@code kette} (with
 * its Steuerung), {@code kette_baustein} (Lebensphasen, Übergänge, Handlungsfelder, Netzwerke,
 * Arbeitsgemeinschaften), {@code akteur}, {@code mitglied}, {@code kette_koordination} (every
 * coordination post), {@code angebot}, {@code angebot_merkmal}, {@code standort} and {@code
 * angebot_termin} (Zeitpläne and Kostenoptionen). Validity periods are stored as two date columns
 * {@code gueltig_von}, {@code gueltig_bis} with the part they belong to (the Steuerungsgruppe's in
 * {@code kette}); the columns {@code kette.koordination_*} of version 4 are no longer used. The
 * Zielbeiträge are in {@code kette_zielbeitrag}, an Übergang's indicators in {@code
 * kette_baustein.zuordnung}.
 *
 * <p>Loading a chain, whatever the number of its Angebote, takes eleven queries: one per table and
 * a check of the revisions that repeats the load if a concurrent save committed in between. A save
 * replaces the child rows with one JDBC batch per table. Obtain it from {@link
 * KekizPersistenz#praeventionsketten()}; thread-safe.
 */
public final class JooqPraeventionsketteRepository implements PraeventionsketteRepository {

  static final String AGGREGAT = "Praeventionskette";

  private static final int STEUERUNGSGRUPPE = -1;
  private static final String LEBENSPHASE = "LEBENSPHASE";
  private static final String UEBERGANG = "UEBERGANG";
  private static final String HANDLUNGSFELD = "HANDLUNGSFELD";
  private static final String NETZWERK = "NETZWERK";
  private static final String AG = "AG";
  private static final String EBENE = "EBENE";
  private static final String SOZIALRAUM = "SOZIALRAUM";
  private static final String FINANZIERUNG = "FINANZIERUNG";
  private static final String ZEITPLAN = "ZEITPLAN";
  private static final String KOSTEN = "KOSTEN";

  private final Kontext kontext;
  private final Ablage ablage;

  JooqPraeventionsketteRepository(Kontext kontext) {
    this.kontext = requireNonNull(kontext, "kontext");
    this.ablage = new Ablage();
  }

  /** {@inheritDoc} Empty also for a Kommune outside the repository's Mandant. */
  @Override
  public Optional<Praeventionskette> findByKommune(Gemeindeschluessel kommune) {
    requireNonNull(kommune, "kommune");
    if (!kontext.mandant().umfasst(kommune)) {
      return Optional.empty();
    }
    return kontext
        .lese(
            "Laden der Präventionskette der Kommune " + kommune,
            ctx -> lade(ctx, f -> f.eq(kommune.wert())))
        .stream()
        .findFirst();
  }

  /** {@inheritDoc} Only the chains of the repository's Mandant. */
  @Override
  public List<Praeventionskette> findAll() {
    return kontext.lese(
        "Laden aller Präventionsketten", ctx -> lade(ctx, kontext::mandantBedingung));
  }

  /**
   * {@inheritDoc}
   *
   * @throws de.kekiz.port.MandantenverletzungException if the chain's Kommune is outside the
   *     repository's Mandant
   */
  @Override
  public Praeventionskette save(Praeventionskette kette) {
    requireNonNull(kette, "kette");
    return ablage.save(kette);
  }

  /**
   * {@inheritDoc}
   *
   * @throws de.kekiz.port.MandantenverletzungException if the Kommune is outside the repository's
   *     Mandant
   */
  @Override
  public boolean delete(Gemeindeschluessel kommune, long revision) {
    requireNonNull(kommune, "kommune");
    return ablage.delete(kommune, revision);
  }

  /**
   * {@inheritDoc} Empty also for an aggregate of a Kommune outside the repository's Mandant.
   *
   * @throws de.kekiz.port.PersistenzException if the database fails or a stored state cannot be
   *     read back
   */
  @Override
  public List<Ablagestand<Praeventionskette>> findHistorie(Gemeindeschluessel id) {
    requireNonNull(id, "id");
    return ablage.historie(id);
  }

  // ---------------------------------------------------------------- writing

  /** How a chain is written: the root row {@code kette} and seven child tables. */
  private final class Ablage
      extends Aggregatablage<Praeventionskette, Gemeindeschluessel, KetteRecord> {

    Ablage() {
      super(kontext, AGGREGAT, KETTE, KETTE.REVISION);
    }

    @Override
    protected Gemeindeschluessel id(Praeventionskette k) {
      return k.kommune();
    }

    @Override
    protected long revision(Praeventionskette k) {
      return k.revision();
    }

    @Override
    protected Praeventionskette mitRevision(Praeventionskette k, long revision) {
      return k.toBuilder().revision(revision).build();
    }

    @Override
    protected String bezeichnung(Gemeindeschluessel kommune) {
      return "der Präventionskette der Kommune " + kommune;
    }

    @Override
    protected Gemeindeschluessel kommune(Gemeindeschluessel kommune) {
      return kommune;
    }

    @Override
    protected Condition wurzelBedingung(Gemeindeschluessel kommune) {
      return KETTE.KOMMUNE.eq(kommune.wert());
    }

    @Override
    protected KetteRecord wurzel(DSLContext ctx, Praeventionskette k, long revision) {
      KetteRecord r = ctx.newRecord(KETTE);
      r.setKommune(k.kommune().wert());
      Steuerung s = k.steuerung();
      Steuerungsgruppe g = s.gruppe();
      r.setGruppeName(g == null ? null : g.name());
      Zeitraum z = g == null ? null : g.gueltigkeit();
      r.setGruppeGueltigVon(z == null ? null : z.von());
      r.setGruppeGueltigBis(z == null ? null : z.bis());
      r.setKoordinationStelle(null);
      r.setKoordinationAnteil(null);
      r.setKoordinationAngesiedeltBei(null);
      r.setRevision(revision);
      return r;
    }

    @Override
    protected Optional<Praeventionskette> lade(DSLContext ctx, Gemeindeschluessel kommune) {
      return JooqPraeventionsketteRepository.this.lade(ctx, f -> f.eq(kommune.wert())).stream()
          .findFirst();
    }

    @Override
    protected void loescheKinder(DSLContext ctx, Gemeindeschluessel kommune) {
      String k = kommune.wert();
      ctx.deleteFrom(ANGEBOT_MERKMAL).where(ANGEBOT_MERKMAL.KOMMUNE.eq(k)).execute();
      ctx.deleteFrom(ANGEBOT_TERMIN).where(ANGEBOT_TERMIN.KOMMUNE.eq(k)).execute();
      ctx.deleteFrom(STANDORT).where(STANDORT.KOMMUNE.eq(k)).execute();
      ctx.deleteFrom(ANGEBOT).where(ANGEBOT.KOMMUNE.eq(k)).execute();
      ctx.deleteFrom(MITGLIED).where(MITGLIED.KOMMUNE.eq(k)).execute();
      ctx.deleteFrom(KETTE_KOORDINATION).where(KETTE_KOORDINATION.KOMMUNE.eq(k)).execute();
      ctx.deleteFrom(KETTE_ZIELBEITRAG).where(KETTE_ZIELBEITRAG.KOMMUNE.eq(k)).execute();
      ctx.deleteFrom(AKTEUR).where(AKTEUR.KOMMUNE.eq(k)).execute();
      ctx.deleteFrom(KETTE_BAUSTEIN).where(KETTE_BAUSTEIN.KOMMUNE.eq(k)).execute();
    }

    @Override
    protected void schreibeKinder(DSLContext ctx, Praeventionskette k) {
      String kommune = k.kommune().wert();
      List<KetteBausteinRecord> bausteine = new ArrayList<>();
      for (int i = 0; i < k.lebensphasen().size(); i++) {
        Lebensphase p = k.lebensphasen().get(i);
        KetteBausteinRecord r = baustein(ctx, kommune, LEBENSPHASE, i, p.key(), p.name());
        r.setAlterVon(p.alter().von());
        r.setAlterBis(p.alter().bis());
        bausteine.add(r);
      }
      for (int i = 0; i < k.uebergaenge().size(); i++) {
        Uebergang u = k.uebergaenge().get(i);
        KetteBausteinRecord r = baustein(ctx, kommune, UEBERGANG, i, u.key(), u.name());
        r.setVonPhase(u.vonPhase());
        r.setNachPhase(u.nachPhase());
        r.setZuordnung(Listen.verbinde(u.indikatoren(), IndikatorKey::wert));
        bausteine.add(r);
      }
      for (int i = 0; i < k.handlungsfelder().size(); i++) {
        Handlungsfeld h = k.handlungsfelder().get(i);
        bausteine.add(baustein(ctx, kommune, HANDLUNGSFELD, i, h.key(), h.name()));
      }
      for (int i = 0; i < k.netzwerke().size(); i++) {
        Netzwerk n = k.netzwerke().get(i);
        KetteBausteinRecord r = baustein(ctx, kommune, NETZWERK, i, n.key(), n.name());
        r.setZuordnung(Listen.verbinde(n.mitglieder(), AkteurId::wert));
        gueltigkeit(n.gueltigkeit(), r::setGueltigVon, r::setGueltigBis);
        bausteine.add(r);
      }
      List<MitgliedRecord> mitglieder = new ArrayList<>();
      Steuerung s = k.steuerung();
      if (s.gruppe() != null) {
        mitglieder(ctx, kommune, STEUERUNGSGRUPPE, s.gruppe().mitglieder(), mitglieder);
      }
      for (int i = 0; i < s.ags().size(); i++) {
        Arbeitsgemeinschaft ag = s.ags().get(i);
        KetteBausteinRecord r = baustein(ctx, kommune, AG, i, ag.key(), ag.name());
        r.setZuordnung(Listen.verbinde(ag.lebensphasen(), Function.identity()));
        gueltigkeit(ag.gueltigkeit(), r::setGueltigVon, r::setGueltigBis);
        bausteine.add(r);
        mitglieder(ctx, kommune, i, ag.mitglieder(), mitglieder);
      }
      List<KetteKoordinationRecord> koordinationen = new ArrayList<>();
      for (int i = 0; i < s.koordinationen().size(); i++) {
        Koordination ko = s.koordinationen().get(i);
        KetteKoordinationRecord r = ctx.newRecord(KETTE_KOORDINATION);
        r.setKommune(kommune);
        r.setPos(i);
        r.setStelle(ko.stelle());
        Stellenanteil anteil = ko.anteil();
        r.setAnteil(anteil == null ? null : anteil.anteil());
        r.setAngesiedeltBei(ko.angesiedeltBei());
        r.setFinanzierung(Listen.verbinde(ko.finanzierung(), Finanzierungsquelle::name));
        Programm programm = ko.programm();
        r.setProgramm(programm == null ? null : programm.key());
        r.setProgrammName(programm == null ? null : programm.name());
        gueltigkeit(ko.gueltigkeit(), r::setGueltigVon, r::setGueltigBis);
        koordinationen.add(r);
      }
      List<KetteZielbeitragRecord> zielbeitraege = new ArrayList<>();
      for (int i = 0; i < k.zielbeitraege().size(); i++) {
        Zielbeitrag z = k.zielbeitraege().get(i);
        KetteZielbeitragRecord r = ctx.newRecord(KETTE_ZIELBEITRAG);
        r.setKommune(kommune);
        r.setPos(i);
        r.setHandlungsziel(z.handlungsziel());
        r.setArt(z.art().name());
        r.setBeitragender(z.beitragender());
        r.setAufgabe(z.aufgabe());
        gueltigkeit(z.gueltigkeit(), r::setGueltigVon, r::setGueltigBis);
        zielbeitraege.add(r);
      }
      List<AkteurRecord> akteure = new ArrayList<>();
      for (int i = 0; i < k.akteure().size(); i++) {
        Akteur a = k.akteure().get(i);
        AkteurRecord r = ctx.newRecord(AKTEUR);
        r.setKommune(kommune);
        r.setPos(i);
        r.setId(a.id().wert());
        r.setName(a.name());
        r.setArt(a.art().name());
        r.setHandlungsfelder(Listen.verbinde(a.handlungsfelder(), Function.identity()));
        r.setUrl(a.url());
        r.setEmail(a.email());
        akteure.add(r);
      }
      List<AngebotRecord> angebote = new ArrayList<>();
      List<AngebotMerkmalRecord> merkmale = new ArrayList<>();
      List<StandortRecord> standorte = new ArrayList<>();
      List<AngebotTerminRecord> termine = new ArrayList<>();
      for (int i = 0; i < k.angebote().size(); i++) {
        Angebot a = k.angebote().get(i);
        angebote.add(angebot(ctx, kommune, i, a));
        merkmale(ctx, kommune, i, EBENE, a.ebenen(), Praeventionsebene::name, merkmale);
        merkmale(ctx, kommune, i, LEBENSPHASE, a.lebensphasen(), Function.identity(), merkmale);
        merkmale(
            ctx, kommune, i, HANDLUNGSFELD, a.handlungsfelder(), Function.identity(), merkmale);
        merkmale(ctx, kommune, i, UEBERGANG, a.uebergaenge(), Function.identity(), merkmale);
        merkmale(ctx, kommune, i, SOZIALRAUM, a.sozialraeume(), SozialraumId::toString, merkmale);
        merkmale(ctx, kommune, i, FINANZIERUNG, a.finanzierung(), Function.identity(), merkmale);
        for (int j = 0; j < a.standorte().size(); j++) {
          standorte.add(standort(ctx, kommune, i, j, a.standorte().get(j)));
        }
        for (int j = 0; j < a.zeitplaene().size(); j++) {
          Zeitplan z = a.zeitplaene().get(j);
          AngebotTerminRecord r = termin(ctx, kommune, i, ZEITPLAN, j);
          r.setRrule(z.rrule());
          r.setVon(z.von());
          r.setBis(z.bis());
          r.setBeschreibung(z.beschreibung());
          termine.add(r);
        }
        for (int j = 0; j < a.kosten().size(); j++) {
          Kostenoption o = a.kosten().get(j);
          AngebotTerminRecord r = termin(ctx, kommune, i, KOSTEN, j);
          r.setBetrag(o.betrag().euro());
          r.setEinheit(o.einheit());
          r.setBeschreibung(o.beschreibung());
          termine.add(r);
        }
      }
      Schreiben.einfuegen(ctx, bausteine);
      Schreiben.einfuegen(ctx, akteure);
      Schreiben.einfuegen(ctx, mitglieder);
      Schreiben.einfuegen(ctx, koordinationen);
      Schreiben.einfuegen(ctx, zielbeitraege);
      Schreiben.einfuegen(ctx, angebote);
      Schreiben.einfuegen(ctx, merkmale);
      Schreiben.einfuegen(ctx, standorte);
      Schreiben.einfuegen(ctx, termine);
    }

    @Override
    protected String aenderungen(@Nullable Praeventionskette alt, Praeventionskette neu) {
      if (alt == null) {
        return "created: "
            + neu.lebensphasen().size()
            + " Lebensphasen, "
            + neu.akteure().size()
            + " Akteure, "
            + neu.netzwerke().size()
            + " Netzwerke, "
            + neu.angebote().size()
            + " Angebote";
      }
      return new Aenderungen()
          .liste("lebensphasen", alt.lebensphasen(), neu.lebensphasen(), Lebensphase::key)
          .liste("uebergaenge", alt.uebergaenge(), neu.uebergaenge(), Uebergang::key)
          .liste(
              "handlungsfelder", alt.handlungsfelder(), neu.handlungsfelder(), Handlungsfeld::key)
          .liste("akteure", alt.akteure(), neu.akteure(), Akteur::id)
          .liste("netzwerke", alt.netzwerke(), neu.netzwerke(), Netzwerk::key)
          .feld("steuerung", alt.steuerung(), neu.steuerung())
          .liste("angebote", alt.angebote(), neu.angebote(), Angebot::id)
          .text();
    }
  }

  private static KetteBausteinRecord baustein(
      DSLContext ctx, String kommune, String art, int pos, String kennung, String name) {
    KetteBausteinRecord r = ctx.newRecord(KETTE_BAUSTEIN);
    r.setKommune(kommune);
    r.setArt(art);
    r.setPos(pos);
    r.setKennung(kennung);
    r.setName(name);
    r.setAlterVon(null);
    r.setAlterBis(null);
    r.setVonPhase(null);
    r.setNachPhase(null);
    r.setZuordnung(null);
    r.setGueltigVon(null);
    r.setGueltigBis(null);
    return r;
  }

  /** Writes {@code z} (or nothing recorded: both null) through the two setters. */
  private static void gueltigkeit(
      @Nullable Zeitraum z, Consumer<@Nullable LocalDate> von, Consumer<@Nullable LocalDate> bis) {
    von.accept(z == null ? null : z.von());
    bis.accept(z == null ? null : z.bis());
  }

  /** The period stored as {@code von} and {@code bis}; null if none is recorded. */
  private static @Nullable Zeitraum gueltigkeit(@Nullable LocalDate von, @Nullable LocalDate bis) {
    return von == null ? null : new Zeitraum(von, bis);
  }

  private static void mitglieder(
      DSLContext ctx, String kommune, int agPos, List<Mitglied> liste, List<MitgliedRecord> ziel) {
    for (int j = 0; j < liste.size(); j++) {
      Mitglied m = liste.get(j);
      MitgliedRecord r = ctx.newRecord(MITGLIED);
      r.setKommune(kommune);
      r.setAgPos(agPos);
      r.setPos(j);
      r.setFunktion(m.funktion());
      r.setBereich(m.bereich());
      r.setAkteur(m.akteur() == null ? null : m.akteur().wert());
      gueltigkeit(m.gueltigkeit(), r::setGueltigVon, r::setGueltigBis);
      ziel.add(r);
    }
  }

  private static AngebotRecord angebot(DSLContext ctx, String kommune, int pos, Angebot a) {
    AngebotRecord r = ctx.newRecord(ANGEBOT);
    r.setKommune(kommune);
    r.setPos(pos);
    r.setId(a.id().wert());
    r.setName(a.name());
    r.setBeschreibung(a.beschreibung());
    r.setTraeger(a.traeger().wert());
    Altersspanne alter = a.alter().orElse(null);
    r.setAlterVon(alter == null ? null : alter.von());
    r.setAlterBis(alter == null ? null : alter.bis());
    r.setZugang(a.zugang().orElse(null));
    gueltigkeit(a.gueltigkeit().orElse(null), r::setGueltigVon, r::setGueltigBis);
    Kapazitaet k = a.kapazitaet().orElse(null);
    r.setKapazitaetPlaetze(k == null ? null : k.plaetze());
    r.setKapazitaetFrei(k == null ? null : k.freiePlaetze());
    r.setKapazitaetEinheit(k == null ? null : k.einheit());
    r.setStatus(a.status().name());
    r.setZuletztGeprueft(a.zuletztGeprueft().orElse(null));
    r.setUrl(a.url().orElse(null));
    r.setEmail(a.email().orElse(null));
    return r;
  }

  private static <T> void merkmale(
      DSLContext ctx,
      String kommune,
      int angebotPos,
      String merkmal,
      Iterable<T> werte,
      Function<T, String> text,
      List<AngebotMerkmalRecord> ziel) {
    int pos = 0;
    for (T w : werte) {
      AngebotMerkmalRecord r = ctx.newRecord(ANGEBOT_MERKMAL);
      r.setKommune(kommune);
      r.setAngebotPos(angebotPos);
      r.setMerkmal(merkmal);
      r.setPos(pos++);
      r.setWert(text.apply(w));
      ziel.add(r);
    }
  }

  private static StandortRecord standort(
      DSLContext ctx, String kommune, int angebotPos, int pos, Standort s) {
    StandortRecord r = ctx.newRecord(STANDORT);
    r.setKommune(kommune);
    r.setAngebotPos(angebotPos);
    r.setPos(pos);
    r.setId(s.id());
    r.setName(s.name());
    r.setArt(s.art().name());
    Adresse a = s.adresse();
    r.setStrasse(a == null ? null : a.strasse());
    r.setPostleitzahl(a == null ? null : a.postleitzahl());
    r.setOrt(a == null ? null : a.ort());
    Koordinate k = s.koordinate();
    r.setBreite(k == null ? null : k.breite());
    r.setLaenge(k == null ? null : k.laenge());
    r.setSozialraum(s.sozialraum() == null ? null : s.sozialraum().toString());
    return r;
  }

  private static AngebotTerminRecord termin(
      DSLContext ctx, String kommune, int angebotPos, String art, int pos) {
    AngebotTerminRecord r = ctx.newRecord(ANGEBOT_TERMIN);
    r.setKommune(kommune);
    r.setAngebotPos(angebotPos);
    r.setArt(art);
    r.setPos(pos);
    r.setRrule(null);
    r.setVon(null);
    r.setBis(null);
    r.setBetrag(null);
    r.setEinheit(null);
    r.setBeschreibung(null);
    return r;
  }

  // ---------------------------------------------------------------- reading

  private List<Praeventionskette> lade(DSLContext ctx, Function<Field<String>, Condition> auswahl) {
    for (int versuch = 1; ; versuch++) {
      Result<KetteRecord> wurzeln =
          ctx.selectFrom(KETTE).where(auswahl.apply(KETTE.KOMMUNE)).orderBy(KETTE.KOMMUNE).fetch();
      if (wurzeln.isEmpty()) {
        return List.of();
      }
      Teile t = new Teile();
      t.bausteine =
          Schreiben.gruppiere(
              ctx.selectFrom(KETTE_BAUSTEIN)
                  .where(auswahl.apply(KETTE_BAUSTEIN.KOMMUNE))
                  .orderBy(KETTE_BAUSTEIN.KOMMUNE, KETTE_BAUSTEIN.ART, KETTE_BAUSTEIN.POS)
                  .fetch(),
              r -> r.getKommune() + "/" + r.getArt());
      t.koordinationen =
          Schreiben.gruppiere(
              ctx.selectFrom(KETTE_KOORDINATION)
                  .where(auswahl.apply(KETTE_KOORDINATION.KOMMUNE))
                  .orderBy(KETTE_KOORDINATION.KOMMUNE, KETTE_KOORDINATION.POS)
                  .fetch(),
              KetteKoordinationRecord::getKommune);
      t.zielbeitraege =
          Schreiben.gruppiere(
              ctx.selectFrom(KETTE_ZIELBEITRAG)
                  .where(auswahl.apply(KETTE_ZIELBEITRAG.KOMMUNE))
                  .orderBy(KETTE_ZIELBEITRAG.KOMMUNE, KETTE_ZIELBEITRAG.POS)
                  .fetch(),
              KetteZielbeitragRecord::getKommune);
      t.akteure =
          Schreiben.gruppiere(
              ctx.selectFrom(AKTEUR)
                  .where(auswahl.apply(AKTEUR.KOMMUNE))
                  .orderBy(AKTEUR.KOMMUNE, AKTEUR.POS)
                  .fetch(),
              AkteurRecord::getKommune);
      t.mitglieder =
          Schreiben.gruppiere(
              ctx.selectFrom(MITGLIED)
                  .where(auswahl.apply(MITGLIED.KOMMUNE))
                  .orderBy(MITGLIED.KOMMUNE, MITGLIED.AG_POS, MITGLIED.POS)
                  .fetch(),
              r -> r.getKommune() + "/" + r.getAgPos());
      t.angebote =
          Schreiben.gruppiere(
              ctx.selectFrom(ANGEBOT)
                  .where(auswahl.apply(ANGEBOT.KOMMUNE))
                  .orderBy(ANGEBOT.KOMMUNE, ANGEBOT.POS)
                  .fetch(),
              AngebotRecord::getKommune);
      t.merkmale =
          Schreiben.gruppiere(
              ctx.selectFrom(ANGEBOT_MERKMAL)
                  .where(auswahl.apply(ANGEBOT_MERKMAL.KOMMUNE))
                  .orderBy(
                      ANGEBOT_MERKMAL.KOMMUNE,
                      ANGEBOT_MERKMAL.ANGEBOT_POS,
                      ANGEBOT_MERKMAL.MERKMAL,
                      ANGEBOT_MERKMAL.POS)
                  .fetch(),
              r -> r.getKommune() + "/" + r.getAngebotPos() + "/" + r.getMerkmal());
      t.standorte =
          Schreiben.gruppiere(
              ctx.selectFrom(STANDORT)
                  .where(auswahl.apply(STANDORT.KOMMUNE))
                  .orderBy(STANDORT.KOMMUNE, STANDORT.ANGEBOT_POS, STANDORT.POS)
                  .fetch(),
              r -> r.getKommune() + "/" + r.getAngebotPos());
      t.termine =
          Schreiben.gruppiere(
              ctx.selectFrom(ANGEBOT_TERMIN)
                  .where(auswahl.apply(ANGEBOT_TERMIN.KOMMUNE))
                  .orderBy(
                      ANGEBOT_TERMIN.KOMMUNE,
                      ANGEBOT_TERMIN.ANGEBOT_POS,
                      ANGEBOT_TERMIN.ART,
                      ANGEBOT_TERMIN.POS)
                  .fetch(),
              r -> r.getKommune() + "/" + r.getAngebotPos() + "/" + r.getArt());
      Map<String, Long> revisionen = new HashMap<>();
      for (Record2<String, Long> r :
          ctx.select(KETTE.KOMMUNE, KETTE.REVISION)
              .from(KETTE)
              .where(auswahl.apply(KETTE.KOMMUNE))
              .fetch()) {
        revisionen.put(r.value1(), r.value2());
      }
      if (!Schreiben.unveraendert(wurzeln, KETTE.KOMMUNE, KETTE.REVISION, revisionen)
          && versuch < Schreiben.LESEVERSUCHE) {
        continue;
      }
      List<Praeventionskette> ergebnis = new ArrayList<>();
      for (KetteRecord w : wurzeln) {
        ergebnis.add(kette(w, t));
      }
      return ergebnis;
    }
  }

  /** The child rows of the loaded chains, grouped. */
  private static final class Teile {
    Map<String, List<KetteBausteinRecord>> bausteine = Map.of();
    Map<String, List<AkteurRecord>> akteure = Map.of();
    Map<String, List<MitgliedRecord>> mitglieder = Map.of();
    Map<String, List<KetteKoordinationRecord>> koordinationen = Map.of();
    Map<String, List<KetteZielbeitragRecord>> zielbeitraege = Map.of();
    Map<String, List<AngebotRecord>> angebote = Map.of();
    Map<String, List<AngebotMerkmalRecord>> merkmale = Map.of();
    Map<String, List<StandortRecord>> standorte = Map.of();
    Map<String, List<AngebotTerminRecord>> termine = Map.of();

    <R extends TableRecord<?>> List<R> von(Map<String, List<R>> gruppen, String schluessel) {
      return gruppen.getOrDefault(schluessel, List.of());
    }
  }

  private static Praeventionskette kette(KetteRecord w, Teile t) {
    String k = w.getKommune();
    Gemeindeschluessel kommune = Gemeindeschluessel.parse(k);
    List<Lebensphase> phasen = new ArrayList<>();
    for (KetteBausteinRecord r : t.von(t.bausteine, k + "/" + LEBENSPHASE)) {
      phasen.add(
          new Lebensphase(
              r.getKennung(), r.getName(), new Altersspanne(r.getAlterVon(), r.getAlterBis())));
    }
    List<Uebergang> uebergaenge = new ArrayList<>();
    for (KetteBausteinRecord r : t.von(t.bausteine, k + "/" + UEBERGANG)) {
      uebergaenge.add(
          new Uebergang(
              r.getKennung(),
              r.getName(),
              r.getVonPhase(),
              r.getNachPhase(),
              r.getZuordnung() == null
                  ? List.of()
                  : Listen.teile(r.getZuordnung(), IndikatorKey::of)));
    }
    List<Handlungsfeld> felder = new ArrayList<>();
    for (KetteBausteinRecord r : t.von(t.bausteine, k + "/" + HANDLUNGSFELD)) {
      felder.add(new Handlungsfeld(r.getKennung(), r.getName()));
    }
    List<Netzwerk> netzwerke = new ArrayList<>();
    for (KetteBausteinRecord r : t.von(t.bausteine, k + "/" + NETZWERK)) {
      netzwerke.add(
          new Netzwerk(
              r.getKennung(),
              r.getName(),
              new java.util.LinkedHashSet<>(Listen.teile(r.getZuordnung(), AkteurId::of)),
              gueltigkeit(r.getGueltigVon(), r.getGueltigBis())));
    }
    List<Arbeitsgemeinschaft> ags = new ArrayList<>();
    for (KetteBausteinRecord r : t.von(t.bausteine, k + "/" + AG)) {
      ags.add(
          new Arbeitsgemeinschaft(
              r.getKennung(),
              r.getName(),
              new java.util.LinkedHashSet<>(Listen.teile(r.getZuordnung(), Function.identity())),
              mitglieder(t.von(t.mitglieder, k + "/" + r.getPos())),
              gueltigkeit(r.getGueltigVon(), r.getGueltigBis())));
    }
    List<Akteur> akteure = new ArrayList<>();
    for (AkteurRecord r : t.von(t.akteure, k)) {
      akteure.add(
          new Akteur(
              AkteurId.of(r.getId()),
              r.getName(),
              Akteursart.valueOf(r.getArt()),
              new java.util.LinkedHashSet<>(
                  Listen.teile(r.getHandlungsfelder(), Function.identity())),
              r.getUrl(),
              r.getEmail()));
    }
    Steuerungsgruppe gruppe =
        w.getGruppeName() == null
            ? null
            : new Steuerungsgruppe(
                w.getGruppeName(),
                mitglieder(t.von(t.mitglieder, k + "/" + STEUERUNGSGRUPPE)),
                gueltigkeit(w.getGruppeGueltigVon(), w.getGruppeGueltigBis()));
    List<Koordination> koordinationen = new ArrayList<>();
    for (KetteKoordinationRecord r : t.von(t.koordinationen, k)) {
      String programm = r.getProgramm();
      String programmName = r.getProgrammName();
      koordinationen.add(
          new Koordination(
              r.getStelle(),
              r.getAnteil() == null ? null : new Stellenanteil(r.getAnteil()),
              r.getAngesiedeltBei(),
              new HashSet<>(Listen.teile(r.getFinanzierung(), Finanzierungsquelle::valueOf)),
              programm == null || programmName == null ? null : Programm.of(programm, programmName),
              gueltigkeit(r.getGueltigVon(), r.getGueltigBis())));
    }
    List<Angebot> angebote = new ArrayList<>();
    for (AngebotRecord r : t.von(t.angebote, k)) {
      angebote.add(angebot(r, t, k));
    }
    Praeventionskette.Builder b =
        Praeventionskette.builder(kommune)
            .lebensphasen(phasen)
            .uebergaenge(uebergaenge)
            .handlungsfelder(felder)
            .akteure(akteure)
            .netzwerke(netzwerke.toArray(new Netzwerk[0]))
            .steuerung(new Steuerung(gruppe, ags, koordinationen))
            .angebote(angebote)
            .zielbeitraege(zielbeitraege(t.von(t.zielbeitraege, k)))
            .revision(w.getRevision());
    return b.build();
  }

  private static List<Zielbeitrag> zielbeitraege(List<KetteZielbeitragRecord> zeilen) {
    List<Zielbeitrag> ergebnis = new ArrayList<>();
    for (KetteZielbeitragRecord r : zeilen) {
      ergebnis.add(
          new Zielbeitrag(
              r.getHandlungsziel(),
              Beitragsart.valueOf(r.getArt()),
              r.getBeitragender(),
              r.getAufgabe(),
              gueltigkeit(r.getGueltigVon(), r.getGueltigBis())));
    }
    return ergebnis;
  }

  private static List<Mitglied> mitglieder(List<MitgliedRecord> zeilen) {
    List<Mitglied> ergebnis = new ArrayList<>();
    for (MitgliedRecord r : zeilen) {
      ergebnis.add(
          new Mitglied(
              r.getFunktion(),
              r.getBereich(),
              r.getAkteur() == null ? null : AkteurId.of(r.getAkteur()),
              gueltigkeit(r.getGueltigVon(), r.getGueltigBis())));
    }
    return ergebnis;
  }

  private static Angebot angebot(AngebotRecord r, Teile t, String k) {
    String a = k + "/" + r.getPos();
    Angebot.Builder b =
        Angebot.builder(AngebotId.of(r.getId()), r.getName(), AkteurId.of(r.getTraeger()))
            .beschreibung(r.getBeschreibung())
            .alter(
                r.getAlterVon() == null ? null : new Altersspanne(r.getAlterVon(), r.getAlterBis()))
            .zugang(r.getZugang())
            .gueltigkeit(gueltigkeit(r.getGueltigVon(), r.getGueltigBis()))
            .kapazitaet(
                r.getKapazitaetPlaetze() == null
                    ? null
                    : new Kapazitaet(
                        r.getKapazitaetPlaetze(), r.getKapazitaetFrei(), r.getKapazitaetEinheit()))
            .status(AngebotStatus.valueOf(r.getStatus()))
            .zuletztGeprueft(r.getZuletztGeprueft())
            .url(r.getUrl())
            .email(r.getEmail())
            .ebenen(
                werte(t, a, EBENE).stream()
                    .map(Praeventionsebene::valueOf)
                    .toArray(Praeventionsebene[]::new))
            .lebensphasen(werte(t, a, LEBENSPHASE).toArray(new String[0]))
            .handlungsfelder(werte(t, a, HANDLUNGSFELD).toArray(new String[0]))
            .uebergaenge(werte(t, a, UEBERGANG).toArray(new String[0]))
            .sozialraeume(werte(t, a, SOZIALRAUM).stream().map(SozialraumId::parse).toList())
            .finanzierung(werte(t, a, FINANZIERUNG).toArray(new String[0]));
    List<Standort> standorte = new ArrayList<>();
    for (StandortRecord s : t.von(t.standorte, a)) {
      standorte.add(
          new Standort(
              s.getId(),
              s.getName(),
              Standortart.valueOf(s.getArt()),
              s.getStrasse() == null
                  ? null
                  : new Adresse(s.getStrasse(), s.getPostleitzahl(), s.getOrt()),
              s.getBreite() == null ? null : new Koordinate(s.getBreite(), s.getLaenge()),
              s.getSozialraum() == null ? null : SozialraumId.parse(s.getSozialraum())));
    }
    b.standorte(standorte);
    for (AngebotTerminRecord z : t.von(t.termine, a + "/" + ZEITPLAN)) {
      b.zeitplan(new Zeitplan(z.getRrule(), z.getVon(), z.getBis(), z.getBeschreibung()));
    }
    for (AngebotTerminRecord o : t.von(t.termine, a + "/" + KOSTEN)) {
      b.kostenoption(
          new Kostenoption(new Geldbetrag(o.getBetrag()), o.getEinheit(), o.getBeschreibung()));
    }
    return b.build();
  }

  private static List<String> werte(Teile t, String angebot, String merkmal) {
    List<String> ergebnis = new ArrayList<>();
    for (AngebotMerkmalRecord r : t.von(t.merkmale, angebot + "/" + merkmal)) {
      ergebnis.add(r.getWert());
    }
    return ergebnis;
  }
}

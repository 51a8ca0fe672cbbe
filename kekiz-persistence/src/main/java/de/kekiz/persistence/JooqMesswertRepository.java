package de.kekiz.persistence;

import static de.kekiz.persistence.internal.db.Tables.AUDIT;
import static de.kekiz.persistence.internal.db.Tables.MESSREIHE;
import static de.kekiz.persistence.internal.db.Tables.MESSREIHE_ZAEHLER;
import static de.kekiz.persistence.internal.db.Tables.MESSWERT;
import static de.kekiz.persistence.internal.db.Tables.MESSWERT_HISTORIE;
import static java.util.Objects.requireNonNull;

import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.MesswertSchluessel;
import de.kekiz.domain.indikator.ObsStatus;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.persistence.internal.Kontext;
import de.kekiz.persistence.internal.Messreihe;
import de.kekiz.persistence.internal.MesswertLader;
import de.kekiz.persistence.internal.MesswertZeile;
import de.kekiz.port.Duplikatregel;
import de.kekiz.port.MesswertRepository;
import de.kekiz.port.PersistenzException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Record7;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * {@link MesswertRepository} on jOOQ: one row of the table {@code messwert} per Messwert, keyed by
 * its Kommune, the id of its Messreihe (table {@code messreihe}: indicator version, area version
 * and breakdown, numbered per Kommune) and its period (see the migration scripts).
 *
 * <p>Bulk loads ({@link #saveAll(Iterator, Duplikatregel)}) stream: at most one batch of Messwerte
 * ({@link KekizPersistenz.Builder#stapelgroesse(int)}) and the Messreihen of the Kommunen it writes
 * are held at a time; on PostgreSQL the batches flow through one {@code COPY FROM STDIN}. A load is
 * all or nothing. Each load writes one audit entry, and every row it stores names that entry
 * (column {@code lauf}); the previous values of Messwerte it replaces (and of Messwerte deleted by
 * {@link #deleteByKommune}) are kept in the table {@code messwert_historie} with the entry's id.
 * Two loads that write the same Kommune take turns (see {@code messreihe_zaehler}).
 *
 * <p>Reads stream through a database cursor with the configured fetch size ({@link
 * KekizPersistenz.Builder#abrufgroesse(int)}), Kommune by Kommune: the Kommune's Messreihen are
 * read once, the database sorts the rows by indicator, area and period start, and the rows of one
 * indicator, area and period start are put into the exact order of {@link MesswertSchluessel} in
 * memory. Obtain it from {@link KekizPersistenz#messwerte()}; thread-safe.
 */
public final class JooqMesswertRepository implements MesswertRepository {

  private final Kontext kontext;

  JooqMesswertRepository(Kontext kontext) {
    this.kontext = requireNonNull(kontext, "kontext");
  }

  /**
   * {@inheritDoc}
   *
   * @throws de.kekiz.port.MandantenverletzungException naming the row if a Messwert lies outside
   *     the repository's Mandant (nothing is stored)
   * @throws de.kekiz.port.PersistenzException naming the row that the database refused
   * @throws NullPointerException naming the position of a null element
   */
  @Override
  public long saveAll(Iterator<Messwert> messwerte, Duplikatregel regel) {
    requireNonNull(messwerte, "messwerte");
    requireNonNull(regel, "regel");
    return kontext.schreibe(
        "Speichern der Messwerte", ctx -> new MesswertLader(kontext, ctx, regel).lade(messwerte));
  }

  /** {@inheritDoc} Empty for a Kommune outside the repository's Mandant. */
  @Override
  public Stream<Messwert> streamByKommune(Gemeindeschluessel kommune) {
    requireNonNull(kommune, "kommune");
    if (!kontext.mandant().umfasst(kommune)) {
      return Stream.empty();
    }
    return strom(kommune, null);
  }

  /** {@inheritDoc} Empty for a Kommune outside the repository's Mandant. */
  @Override
  public List<Messwert> findByKommuneAndIndikator(
      Gemeindeschluessel kommune, IndikatorKey indikator) {
    requireNonNull(kommune, "kommune");
    requireNonNull(indikator, "indikator");
    if (!kontext.mandant().umfasst(kommune)) {
      return List.of();
    }
    try (Stream<Messwert> s = strom(kommune, indikator)) {
      return s.collect(Collectors.toList());
    }
  }

  /** {@inheritDoc} Empty for a Messwert outside the repository's Mandant. */
  @Override
  public Optional<Messwert> find(MesswertSchluessel schluessel) {
    requireNonNull(schluessel, "schluessel");
    if (!kontext.mandant().umfasst(schluessel.raum().kommune())) {
      return Optional.empty();
    }
    Messreihe reihe =
        new Messreihe(schluessel.indikator(), schluessel.raum(), schluessel.aufschluesselung());
    String kommune = schluessel.raum().kommune().wert();
    return kontext.lese(
        "Laden des Messwerts " + schluessel,
        ctx -> {
          Record2<Integer, Integer> gefunden =
              ctx.select(MESSREIHE_ZAEHLER.NUMMER, MESSREIHE.ID)
                  .from(MESSREIHE)
                  .join(MESSREIHE_ZAEHLER)
                  .on(MESSREIHE_ZAEHLER.KOMMUNE.eq(MESSREIHE.KOMMUNE))
                  .where(MESSREIHE.KOMMUNE.eq(kommune))
                  .and(MESSREIHE.INDIKATOR.eq(reihe.indikator().key().wert()))
                  .and(MESSREIHE.INDIKATOR_VERSION.eq(reihe.indikator().version()))
                  .and(MESSREIHE.SOZIALRAUM_CODE.eq(reihe.sozialraumCode()))
                  .and(MESSREIHE.GEBIETSSTAND.eq(reihe.gebietsstand()))
                  .and(MESSREIHE.AUFSCHLUESSELUNG.eq(reihe.aufschluesselung().toString()))
                  .fetchOne();
          if (gefunden == null) {
            return Optional.<Messwert>empty();
          }
          long s =
              MesswertZeile.schluessel(gefunden.value1(), gefunden.value2(), schluessel.periode());
          return ctx.select(
                  MESSWERT.ZAEHLER_MILLIONSTEL,
                  MESSWERT.NENNER_MILLIONSTEL,
                  MESSWERT.ZAEHLER_EXAKT,
                  MESSWERT.NENNER_EXAKT,
                  MESSWERT.OBS_STATUS,
                  MESSWERT.CONF_STATUS)
              .from(MESSWERT)
              .where(MESSWERT.KOMMUNE.eq(kommune))
              .and(MESSWERT.SCHLUESSEL.eq(s))
              .fetchOptional()
              .map(
                  r ->
                      new Messwert(
                          schluessel.indikator(),
                          schluessel.raum(),
                          schluessel.periode(),
                          schluessel.aufschluesselung(),
                          zahl(r.value1(), r.value3()),
                          zahl(r.value2(), r.value4()),
                          ObsStatus.valueOf(r.value5()),
                          ConfStatus.valueOf(r.value6())));
        });
  }

  /** The number of a row: its millionths if stored so, else its exact value, else null. */
  private static @Nullable BigDecimal zahl(@Nullable Long millionstel, @Nullable BigDecimal exakt) {
    return millionstel != null ? MesswertZeile.ausMillionsteln(millionstel) : exakt;
  }

  /** {@inheritDoc} 0 for a Kommune outside the repository's Mandant. */
  @Override
  public long count(Gemeindeschluessel kommune) {
    requireNonNull(kommune, "kommune");
    if (!kontext.mandant().umfasst(kommune)) {
      return 0;
    }
    return kontext.lese(
        "Zählen der Messwerte der Kommune " + kommune,
        ctx -> {
          Condition vonKommune = vonKommune(ctx, kommune);
          return vonKommune == null ? 0L : (long) ctx.fetchCount(MESSWERT, vonKommune);
        });
  }

  /**
   * The rows of {@code kommune} in {@code messwert}: its key range, which H2 stores its rows by,
   * and the column PostgreSQL partitions by; null if the Kommune never stored a Messwert.
   */
  private static @Nullable Condition vonKommune(DSLContext ctx, Gemeindeschluessel kommune) {
    Integer nummer =
        ctx.select(MESSREIHE_ZAEHLER.NUMMER)
            .from(MESSREIHE_ZAEHLER)
            .where(MESSREIHE_ZAEHLER.KOMMUNE.eq(kommune.wert()))
            .fetchOne(MESSREIHE_ZAEHLER.NUMMER);
    if (nummer == null) {
      return null;
    }
    long basis = MesswertZeile.basis(nummer);
    return MESSWERT
        .KOMMUNE
        .eq(kommune.wert())
        .and(MESSWERT.SCHLUESSEL.between(basis, MesswertZeile.basis(nummer + 1) - 1));
  }

  /**
   * {@inheritDoc} The deleted values are kept in {@code messwert_historie} with the audit entry.
   *
   * @throws de.kekiz.port.MandantenverletzungException if the Kommune is outside the repository's
   *     Mandant
   */
  @Override
  public long deleteByKommune(Gemeindeschluessel kommune) {
    requireNonNull(kommune, "kommune");
    String gegenstand = "Löschen der Messwerte der Kommune " + kommune;
    kontext.pruefeMandant(kommune, gegenstand);
    return kontext.schreibe(
        gegenstand,
        ctx -> {
          Condition vonKommune = vonKommune(ctx, kommune);
          if (vonKommune == null || ctx.fetchCount(MESSWERT, vonKommune) == 0) {
            return 0L;
          }
          long lauf =
              kontext.auditiere(
                  ctx,
                  MesswertLader.AGGREGAT,
                  kommune.wert(),
                  kommune,
                  "GELOESCHT",
                  null,
                  null,
                  "deleting");
          List<Field<?>> ziel = new ArrayList<>();
          ziel.add(MESSWERT_HISTORIE.AUDIT_ID);
          List<Field<?>> quelle = new ArrayList<>();
          quelle.add(DSL.inline(lauf));
          for (Field<?> f : MesswertZeile.SPALTEN) {
            ziel.add(MESSWERT_HISTORIE.field(f.getName()));
            quelle.add(f);
          }
          ctx.insertInto(MESSWERT_HISTORIE)
              .columns(ziel)
              .select(DSL.select(quelle).from(MESSWERT).where(vonKommune))
              .execute();
          long n = ctx.deleteFrom(MESSWERT).where(vonKommune).execute();
          ctx.update(AUDIT)
              .set(
                  AUDIT.AENDERUNG,
                  "deleted " + n + " Messwerte (previous values kept in" + " messwert_historie)")
              .where(AUDIT.ID.eq(lauf))
              .execute();
          return n;
        });
  }

  // ---------------------------------------------------------------- reading

  private Stream<Messwert> strom(Gemeindeschluessel kommune, @Nullable IndikatorKey indikator) {
    Condition reihenBedingung = MESSREIHE.KOMMUNE.eq(kommune.wert());
    if (indikator != null) {
      reihenBedingung = reihenBedingung.and(MESSREIHE.INDIKATOR.eq(indikator.wert()));
    }
    Condition reihenAuswahl = reihenBedingung;
    String gegenstand = "Lesen der Messwerte der Kommune " + kommune + " als Stream";
    return kontext.strom(
        gegenstand,
        ctx -> {
          Integer nummer =
              ctx.select(MESSREIHE_ZAEHLER.NUMMER)
                  .from(MESSREIHE_ZAEHLER)
                  .where(MESSREIHE_ZAEHLER.KOMMUNE.eq(kommune.wert()))
                  .fetchOne(MESSREIHE_ZAEHLER.NUMMER);
          if (nummer == null) {
            return Kontext.Zeilen.leer(); // the Kommune never stored a Messwert
          }
          long basis = MesswertZeile.basis(nummer);
          // each Messreihe's rows are the key range from basis + id × 2^20
          String bereich =
              " BETWEEN ? + CAST(r.id AS BIGINT) * "
                  + MesswertZeile.PERIODEN
                  + " AND ? + CAST(r.id AS BIGINT) * "
                  + MesswertZeile.PERIODEN
                  + " + "
                  + (MesswertZeile.PERIODEN - 1);
          String spalten =
              "m.schluessel, m.zaehler_millionstel, m.nenner_millionstel, m.zaehler_exakt,"
                  + " m.nenner_exakt, m.obs_status, m.conf_status";
          String sql;
          List<Object> werte = new ArrayList<>();
          if (kontext.datenbank() == Datenbank.POSTGRESQL) {
            // the Kommune's Messreihen sorted, each one's rows by the primary key: PostgreSQL
            // sorts the few Messreihen, not the many rows (a nested loop keeps their order)
            String i =
                ctx.render(kontext.javaOrdnung(DSL.field(DSL.name("indikator"), String.class)));
            String c =
                ctx.render(
                    kontext.javaOrdnung(DSL.field(DSL.name("sozialraum_code"), String.class)));
            sql =
                "SELECT "
                    + spalten
                    + " FROM (SELECT id, "
                    + i
                    + " AS i, indikator_version AS v, "
                    + c
                    + " AS c, gebietsstand AS g FROM "
                    + ctx.render(MESSREIHE)
                    + " WHERE kommune = ?"
                    + (indikator == null ? "" : " AND indikator = ?")
                    + " ORDER BY i, v, c, g OFFSET 0) r CROSS JOIN LATERAL (SELECT * FROM "
                    + ctx.render(MESSWERT)
                    + " w WHERE w.kommune = ? AND w.schluessel"
                    + bereich
                    + " OFFSET 0) m ORDER BY r.i, r.v, r.c, r.g";
            werte.add(kommune.wert());
            if (indikator != null) {
              werte.add(indikator.wert());
            }
            werte.add(kommune.wert());
          } else {
            // the rows of the Kommune's Messreihen in the order of messreihe's unique key, which
            // H2 can follow from that key's index instead of sorting
            sql =
                "SELECT "
                    + spalten
                    + " FROM "
                    + ctx.render(MESSREIHE)
                    + " r JOIN "
                    + ctx.render(MESSWERT)
                    + " m ON m.schluessel"
                    + bereich
                    + " WHERE r.kommune = ?"
                    + (indikator == null ? "" : " AND r.indikator = ?")
                    + " ORDER BY r.kommune, r.indikator, r.indikator_version, r.sozialraum_code,"
                    + " r.gebietsstand";
          }
          werte.add(basis);
          werte.add(basis);
          if (kontext.datenbank() != Datenbank.POSTGRESQL) {
            werte.add(kommune.wert());
            if (indikator != null) {
              werte.add(indikator.wert());
            }
          }
          Connection c = ctx.configuration().connectionProvider().acquire();
          PreparedStatement ps = null;
          ResultSet rs;
          try {
            ps = c.prepareStatement(sql);
            for (int i = 0; i < werte.size(); i++) {
              ps.setObject(i + 1, werte.get(i));
            }
            ps.setFetchSize(kontext.abrufgroesse());
            rs = ps.executeQuery();
          } catch (SQLException e) {
            schliesse(ps, null);
            throw new PersistenzException(gegenstand, e);
          }
          PreparedStatement anweisung = ps;
          MesswertZeile zeile = new MesswertZeile();
          // read after the rows' query: Messreihen are only ever added, so every one its rows
          // name is there
          Messreihen reihen;
          try {
            reihen = Messreihen.lies(ctx, reihenAuswahl, zeile);
          } catch (RuntimeException e) {
            schliesse(anweisung, rs);
            throw e;
          }
          Iterator<Messwert> roh =
              new Iterator<>() {
                private @Nullable Boolean vorhanden;

                @Override
                public boolean hasNext() {
                  if (vorhanden == null) {
                    try {
                      vorhanden = rs.next();
                    } catch (SQLException e) {
                      throw new PersistenzException(gegenstand, e);
                    }
                  }
                  return vorhanden;
                }

                @Override
                public Messwert next() {
                  if (!hasNext()) {
                    throw new NoSuchElementException();
                  }
                  vorhanden = null;
                  try {
                    long schluessel = rs.getLong(1);
                    return zeile.messwert(
                        reihen.mitId(kommune, MesswertZeile.reihe(schluessel)), rs, 1);
                  } catch (SQLException e) {
                    throw new PersistenzException(gegenstand, e);
                  }
                }
              };
          Gruppenordnung geordnet = new Gruppenordnung(roh);
          return new Kontext.Zeilen<Messwert>() {
            @Override
            public boolean hasNext() {
              return geordnet.hasNext();
            }

            @Override
            public Messwert next() {
              return geordnet.next();
            }

            @Override
            public void close() {
              schliesse(anweisung, rs);
            }
          };
        });
  }

  /** The Messreihen of one Kommune by id (ids are numbered from 1 per Kommune, so an array). */
  private static final class Messreihen {
    private final Messreihe[] nachId;

    private Messreihen(Messreihe[] nachId) {
      this.nachId = nachId;
    }

    static Messreihen lies(DSLContext ctx, Condition auswahl, MesswertZeile zeile) {
      Map<Integer, Messreihe> gelesen = new HashMap<>();
      int hoechste = 0;
      for (Record7<Integer, String, String, Integer, String, Integer, String> r :
          ctx.select(
                  MESSREIHE.ID,
                  MESSREIHE.KOMMUNE,
                  MESSREIHE.INDIKATOR,
                  MESSREIHE.INDIKATOR_VERSION,
                  MESSREIHE.SOZIALRAUM_CODE,
                  MESSREIHE.GEBIETSSTAND,
                  MESSREIHE.AUFSCHLUESSELUNG)
              .from(MESSREIHE)
              .where(auswahl)
              .fetch()) {
        gelesen.put(
            r.value1(),
            zeile.reihe(r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7()));
        hoechste = Math.max(hoechste, r.value1());
      }
      Messreihe[] nachId = new Messreihe[hoechste + 1];
      gelesen.forEach((id, reihe) -> nachId[id] = reihe);
      return new Messreihen(nachId);
    }

    Messreihe mitId(Gemeindeschluessel kommune, int id) {
      Messreihe r = id >= 0 && id < nachId.length ? nachId[id] : null;
      if (r == null) {
        throw new IllegalStateException(
            "ein gespeicherter Messwert der Kommune "
                + kommune
                + " nennt die Messreihe "
                + id
                + ", die nicht gespeichert ist");
      }
      return r;
    }
  }

  private static void schliesse(@Nullable PreparedStatement ps, @Nullable ResultSet rs) {
    try {
      if (rs != null) {
        rs.close();
      }
      if (ps != null) {
        ps.close();
      }
    } catch (SQLException e) {
      throw new PersistenzException("Schließen eines Streams von Messwerten", e);
    }
  }

  /**
   * Puts rows that the database delivered grouped by indicator version and area (the rows of one
   * group in any order) into the exact order of {@link MesswertSchluessel}: each group is sorted in
   * memory, one at a time.
   */
  private static final class Gruppenordnung implements Iterator<Messwert> {
    private static final Comparator<Messwert> ORDNUNG = Comparator.comparing(Messwert::schluessel);

    private final Iterator<Messwert> roh;
    private final List<Messwert> gruppe = new ArrayList<>();
    private int naechste;
    private @Nullable Messwert vorgriff;

    Gruppenordnung(Iterator<Messwert> roh) {
      this.roh = roh;
    }

    @Override
    public boolean hasNext() {
      if (naechste < gruppe.size()) {
        return true;
      }
      gruppe.clear();
      naechste = 0;
      Messwert erster = vorgriff;
      vorgriff = null;
      if (erster == null) {
        if (!roh.hasNext()) {
          return false;
        }
        erster = roh.next();
      }
      gruppe.add(erster);
      while (roh.hasNext()) {
        Messwert m = roh.next();
        if (m.indikator().equals(erster.indikator()) && m.raum().equals(erster.raum())) {
          gruppe.add(m);
        } else {
          vorgriff = m;
          break;
        }
      }
      if (gruppe.size() > 1) {
        gruppe.sort(ORDNUNG);
      }
      return true;
    }

    @Override
    public Messwert next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return gruppe.get(naechste++);
    }
  }
}

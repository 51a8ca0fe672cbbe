package de.kekiz.persistence;

import static de.kekiz.persistence.internal.db.Tables.AUDIT;
import static de.kekiz.persistence.internal.db.Tables.MESSWERT;
import static de.kekiz.persistence.internal.db.Tables.MESSWERT_HISTORIE;
import static java.util.Objects.requireNonNull;

import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.MesswertSchluessel;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.persistence.internal.Kontext;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.Condition;
import org.jooq.ResultQuery;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record12;
import org.jooq.SelectSelectStep;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * {@link MesswertRepository} on jOOQ: one row of the table {@code messwert} per Messwert, keyed by
 * its {@link MesswertSchluessel} (see the migration script for the columns).
 *
 * <p>Bulk loads ({@link #speichere(Iterator, Duplikatregel)}) stream: at most one batch of Messwerte
 * ({@link KekizPersistenz.Builder#stapelgroesse(int)}) is held at a time; on PostgreSQL each batch
 * is one {@code COPY FROM STDIN}. A load is all or nothing. Each load writes one audit entry; the
 * previous values of Messwerte it replaces (and of Messwerte deleted by {@link #deleteByKommune})
 * are kept in the table {@code messwert_historie} with the entry's id.
 *
 * <p>Reads stream through a database cursor with the configured fetch size ({@link
 * KekizPersistenz.Builder#abrufgroesse(int)}), Kommune by Kommune; the database sorts by
 * indicator, area and period start, and the rows of one indicator, area and period start are put
 * into the exact order of {@link MesswertSchluessel} in memory. Obtain it from {@link
 * KekizPersistenz#messwerte()}; thread-safe.
 */
public final class JooqMesswertRepository implements MesswertRepository {

  private final Kontext kontext;

  JooqMesswertRepository(Kontext kontext) {
    this.kontext = requireNonNull(kontext, "kontext");
  }

  /**
   * {@inheritDoc}
   *
   * @throws de.kekiz.port.MandantVerletzung naming the row if a Messwert lies outside the
   *     repository's Mandant (nothing is stored)
   * @throws de.kekiz.port.PersistenzException naming the row that the database refused
   * @throws NullPointerException naming the position of a null element
   */
  @Override
  public long speichere(Iterator<Messwert> messwerte, Duplikatregel regel) {
    requireNonNull(messwerte, "messwerte");
    requireNonNull(regel, "regel");
    return kontext.schreibe(
        "storing Messwerte", ctx -> new MesswertLader(kontext, ctx, regel).lade(messwerte));
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
    return kontext.lese(
        "loading Messwert " + schluessel,
        ctx -> {
          MesswertZeile zeile = new MesswertZeile();
          return auswahl(ctx)
              .from(MESSWERT)
              .where(MesswertZeile.schluessel(schluessel))
              .fetchOptional()
              .map(zeile::lies);
        });
  }

  /** {@inheritDoc} 0 for a Kommune outside the repository's Mandant. */
  @Override
  public long count(Gemeindeschluessel kommune) {
    requireNonNull(kommune, "kommune");
    if (!kontext.mandant().umfasst(kommune)) {
      return 0;
    }
    return kontext.lese(
        "counting the Messwerte of " + kommune,
        ctx -> (long) ctx.fetchCount(MESSWERT, MESSWERT.KOMMUNE.eq(kommune.wert())));
  }

  /**
   * {@inheritDoc} The deleted values are kept in {@code messwert_historie} with the audit entry.
   *
   * @throws de.kekiz.port.MandantVerletzung if the Kommune is outside the repository's Mandant
   */
  @Override
  public long deleteByKommune(Gemeindeschluessel kommune) {
    requireNonNull(kommune, "kommune");
    String gegenstand = "deleting the Messwerte of " + kommune;
    kontext.pruefeMandant(kommune, gegenstand);
    return kontext.schreibe(
        gegenstand,
        ctx -> {
          Condition vonKommune = MESSWERT.KOMMUNE.eq(kommune.wert());
          if (ctx.fetchCount(MESSWERT, vonKommune) == 0) {
            return 0L;
          }
          long lauf =
              kontext.auditiere(
                  ctx, MesswertLader.AGGREGAT, kommune.wert(), kommune, "GELOESCHT", null, null,
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
              .set(AUDIT.AENDERUNG, "deleted " + n + " Messwerte (previous values kept in"
                  + " messwert_historie)")
              .where(AUDIT.ID.eq(lauf))
              .execute();
          return n;
        });
  }

  // ---------------------------------------------------------------- reading

  private static SelectSelectStep<
          Record12<
              String,
              String,
              Integer,
              String,
              Integer,
              LocalDate,
              String,
              String,
              BigDecimal,
              BigDecimal,
              String,
              String>>
      auswahl(DSLContext ctx) {
    return ctx.select(
        MESSWERT.KOMMUNE,
        MESSWERT.INDIKATOR,
        MESSWERT.INDIKATOR_VERSION,
        MESSWERT.SOZIALRAUM_CODE,
        MESSWERT.GEBIETSSTAND,
        MESSWERT.PERIODE_BEGINN,
        MESSWERT.PERIODE_ART,
        MESSWERT.AUFSCHLUESSELUNG,
        MESSWERT.ZAEHLER,
        MESSWERT.NENNER,
        MESSWERT.OBS_STATUS,
        MESSWERT.CONF_STATUS);
  }

  private Stream<Messwert> strom(Gemeindeschluessel kommune, @Nullable IndikatorKey indikator) {
    Condition bedingung = MESSWERT.KOMMUNE.eq(kommune.wert());
    if (indikator != null) {
      bedingung = bedingung.and(MESSWERT.INDIKATOR.eq(indikator.wert()));
    }
    Condition auswahl = bedingung;
    String gegenstand = "streaming the Messwerte of " + kommune;
    return kontext.strom(
        gegenstand,
        ctx -> {
          // rendered by jOOQ, read with plain JDBC: millions of rows map faster without records
          ResultQuery<?> abfrage =
              auswahl(ctx)
                  .from(MESSWERT)
                  .where(auswahl)
                  .orderBy(
                      kontext.javaOrdnung(MESSWERT.INDIKATOR),
                      MESSWERT.INDIKATOR_VERSION,
                      kontext.javaOrdnung(MESSWERT.SOZIALRAUM_CODE),
                      MESSWERT.GEBIETSSTAND,
                      MESSWERT.PERIODE_BEGINN);
          Connection c = ctx.configuration().connectionProvider().acquire();
          PreparedStatement ps = null;
          ResultSet rs;
          try {
            ps = c.prepareStatement(ctx.render(abfrage));
            List<Object> werte = ctx.extractBindValues(abfrage);
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
                    return zeile.lies(rs);
                  } catch (SQLException e) {
                    throw new PersistenzException(gegenstand, e);
                  }
                }
              };
          Fensterordnung geordnet = new Fensterordnung(roh);
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

  private static void schliesse(@Nullable PreparedStatement ps, @Nullable ResultSet rs) {
    try {
      if (rs != null) {
        rs.close();
      }
      if (ps != null) {
        ps.close();
      }
    } catch (SQLException e) {
      throw new PersistenzException("closing a stream of Messwerte", e);
    }
  }

  /**
   * Puts rows that the database delivered ordered by indicator, area and period start into the
   * exact order of {@link MesswertSchluessel}: only rows with equal indicator, area and period
   * start (differing in the kind of period and the breakdown) are sorted, in memory.
   */
  private static final class Fensterordnung implements Iterator<Messwert> {
    private static final Comparator<Messwert> ORDNUNG = Comparator.comparing(Messwert::schluessel);

    private final Iterator<Messwert> roh;
    private final List<Messwert> fenster = new ArrayList<>();
    private int naechste;
    private @Nullable Messwert vorgriff;

    Fensterordnung(Iterator<Messwert> roh) {
      this.roh = roh;
    }

    @Override
    public boolean hasNext() {
      if (naechste < fenster.size()) {
        return true;
      }
      fenster.clear();
      naechste = 0;
      Messwert erster = vorgriff;
      vorgriff = null;
      if (erster == null) {
        if (!roh.hasNext()) {
          return false;
        }
        erster = roh.next();
      }
      fenster.add(erster);
      while (roh.hasNext()) {
        Messwert m = roh.next();
        if (m.indikator().equals(erster.indikator())
            && m.raum().equals(erster.raum())
            && m.periode().beginn().equals(erster.periode().beginn())) {
          fenster.add(m);
        } else {
          vorgriff = m;
          break;
        }
      }
      if (fenster.size() > 1) {
        fenster.sort(ORDNUNG);
      }
      return true;
    }

    @Override
    public Messwert next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return fenster.get(naechste++);
    }
  }
}

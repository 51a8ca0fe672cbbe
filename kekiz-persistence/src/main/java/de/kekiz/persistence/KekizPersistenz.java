package de.kekiz.persistence;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.persistence.internal.FlywayStille;
import de.kekiz.persistence.internal.JooqStille;
import de.kekiz.persistence.internal.Kontext;
import de.kekiz.port.Benutzerkontext;
import de.kekiz.port.PersistenzException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.logging.LogFactory;
import org.jooq.ConnectionProvider;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.MappedSchema;
import org.jooq.conf.MappedTable;
import org.jooq.conf.ParamCastMode;
import org.jooq.conf.RenderMapping;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jspecify.annotations.Nullable;

/**
 * The entry point of the storage adapter: configured once with the host's database, it hands out
 * the repositories for every port of the core.
 *
 * <pre>{@code
 * KekizPersistenz persistenz = KekizPersistenz.builder()
 *     .dataSource(hostDataSource)                 // or .dslContext(hostDsl)
 *     .schema("fachverfahren")                    // optional: the host's schema
 *     .tabellenpraefix("kekiz_")                  // optional: kekiz_kommune, kekiz_messwert, …
 *     .transaktion(Transaktionsmodus.DES_AUFRUFERS)
 *     .benutzerkontext(() -> security.currentUser())
 *     .uhr(clock)
 *     .build();                                   // migrates with Flyway unless migrationen(false)
 * KommuneRepository kommunen = persistenz.kommunen();
 * MesswertRepository ahlensMesswerte = persistenz.fuer(Mandant.kommune(ahlen)).messwerte();
 * }</pre>
 *
 * <p>The database (H2 or PostgreSQL) is recognised from the connection. The adapter creates no
 * connection pool, starts no thread and keeps no global state: it borrows a connection from the
 * host for each call and gives it back before returning (a stream holds its connection until it is
 * closed). Immutable and thread-safe.
 */
public final class KekizPersistenz {

  /**
   * The location of the migrations on the class path (not Flyway's default, so a host's Flyway
   * never picks them up).
   */
  static final String MIGRATIONSORT = "de/kekiz/persistence/db/migration";

  /** The migration scripts in the order they run. */
  static final ImmutableList<String> SKRIPTE =
      ImmutableList.of(
          "V1__kekiz_schema.sql",
          "V2__kompakte_messwerte.sql",
          "V3__indikator_genauigkeit.sql",
          "V4__programm_und_lernnetzwerk.sql",
          "V5__kette_zeitraeume.sql",
          "V6__aggregat_historie.sql",
          "V7__messwert_millionstel.sql");

  private static final Pattern BEZEICHNER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");
  private static final Pattern PRAEFIX = Pattern.compile("([a-z][a-z0-9_]{0,29})?");

  static {
    // jOOQ's logo and tip of the day stay out of the host's log (see there)
    JooqStille.logoUndTippsAus();
  }

  private final Kontext kontext;
  private final @Nullable DataSource dataSource;
  private final @Nullable String schema;
  private final String praefix;
  private final @Nullable String historientabelle;
  private final boolean grossschreibung;

  private KekizPersistenz(
      Kontext kontext,
      @Nullable DataSource dataSource,
      @Nullable String schema,
      String praefix,
      @Nullable String historientabelle,
      boolean grossschreibung) {
    this.kontext = kontext;
    this.dataSource = dataSource;
    this.schema = schema;
    this.praefix = praefix;
    this.historientabelle = historientabelle;
    this.grossschreibung = grossschreibung;
  }

  /**
   * Starts the configuration.
   *
   * @return a builder with the defaults named at each of its methods
   */
  public static Builder builder() {
    return new Builder();
  }

  // ---------------------------------------------------------------- repositories

  /** {@return the repository of Kommunen, restricted to this instance's {@link #mandant()}} */
  public JooqKommuneRepository kommunen() {
    return new JooqKommuneRepository(kontext);
  }

  /** {@return the repository of Leitbilder, restricted to this instance's {@link #mandant()}} */
  public JooqLeitbildRepository leitbilder() {
    return new JooqLeitbildRepository(kontext);
  }

  /**
   * {@return the repository of Präventionsketten, restricted to this instance's {@link #mandant()}}
   */
  public JooqPraeventionsketteRepository praeventionsketten() {
    return new JooqPraeventionsketteRepository(kontext);
  }

  /**
   * {@return the repository of Indikator definitions} Definitions are shared by all Kommunen: under
   * a restricted {@link #mandant()} it reads them all but refuses to change them.
   */
  public JooqIndikatorRepository indikatoren() {
    return new JooqIndikatorRepository(kontext);
  }

  /**
   * {@return the repository of Foerderprogramme} A Foerderprogramm belongs to no Kommune: under a
   * restricted {@link #mandant()} it reads them all but refuses to change them.
   */
  public JooqFoerderprogrammRepository foerderprogramme() {
    return new JooqFoerderprogrammRepository(kontext);
  }

  /**
   * {@return the repository of Lernnetzwerke} A Lernnetzwerk belongs to a programme, not to a
   * Kommune: under a restricted {@link #mandant()} it reads them all but refuses to change them.
   */
  public JooqLernnetzwerkRepository lernnetzwerke() {
    return new JooqLernnetzwerkRepository(kontext);
  }

  /** {@return the repository of Messwerte, restricted to this instance's {@link #mandant()}} */
  public JooqMesswertRepository messwerte() {
    return new JooqMesswertRepository(kontext);
  }

  /** {@return the audit trail, restricted to this instance's {@link #mandant()}} */
  public JooqAuditprotokoll auditprotokoll() {
    return new JooqAuditprotokoll(kontext);
  }

  /**
   * {@return the same configuration for another Mandant: repositories that see and change only
   * {@code mandant}'s data} Cheap: shares everything but the Mandant.
   *
   * @param mandant whose data the new instance's repositories see and change
   */
  public KekizPersistenz fuer(Mandant mandant) {
    requireNonNull(mandant, "mandant");
    return new KekizPersistenz(
        kontext.withMandant(mandant),
        dataSource,
        schema,
        praefix,
        historientabelle,
        grossschreibung);
  }

  /**
   * {@return the Mandant whose data the repositories see ({@link Mandant#alle()} unless
   * restricted)}
   */
  public Mandant mandant() {
    return kontext.mandant();
  }

  /** {@return the database recognised from the connection} */
  public Datenbank datenbank() {
    return kontext.datenbank();
  }

  /** {@return the table-name prefix, possibly empty} */
  public String tabellenpraefix() {
    return praefix;
  }

  /** {@return the schema the tables live in, or empty for the connection's current schema} */
  public Optional<String> schema() {
    return Optional.ofNullable(schema);
  }

  // ---------------------------------------------------------------- migrations

  /**
   * Brings the schema up to date with Flyway, recording the migrations in this instance's own
   * history table; a schema that already holds other tables (the host's) is fine.
   *
   * <p>Flyway commits its own transactions, so the migration refuses a connection that arrives
   * outside auto-commit mode (the connection of a transaction the caller runs) rather than commit
   * the caller's work. On H2, whose DDL is not transactional, a failed first migration removes the
   * tables it created, so that a retry starts afresh.
   *
   * <p>Flyway's lines reach the host's log at INFO only when scripts are applied; on an up-to-date
   * schema, which Flyway only validates, they come at DEBUG (warnings and errors keep their level).
   *
   * @throws IllegalStateException if the instance was built from a {@code DSLContext} whose
   *     connections do not come from a {@code DataSource}, or if the DataSource hands out a
   *     connection inside a transaction
   * @throws PersistenzException if a migration fails
   */
  public void migriere() {
    migriere(null);
  }

  /**
   * Like {@link #migriere()}, but only up to the script of version {@code bisVersion} (all if
   * null): for tests of a migration, which need the schema as an earlier version left it.
   */
  void migriere(@Nullable String bisVersion) {
    DataSource ds = dataSource;
    if (ds == null) {
      throw new IllegalStateException(
          "kekiz: die Migration braucht eine DataSource, diese KekizPersistenz wurde aber aus"
              + " einem DSLContext auf einer einzelnen Verbindung gebaut: geben Sie auch die"
              + " DataSource an oder führen Sie migrationsskripte() mit Ihrem eigenen"
              + " Migrationswerkzeug aus");
    }
    @Nullable String imKatalog =
        schema == null
            ? null
            : grossschreibung ? schema.toUpperCase(Locale.ROOT) : schema.toLowerCase(Locale.ROOT);
    Tabellen vorher = Tabellen.lies(ds, imKatalog);
    String historie = historientabelle(vorher);
    FluentConfiguration konfiguration =
        Flyway.configure(KekizPersistenz.class.getClassLoader())
            .dataSource(ds)
            .locations("classpath:" + MIGRATIONSORT)
            .table(historie)
            .placeholders(platzhalter(kontext.datenbank(), praefix))
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .cleanDisabled(true);
    if (imKatalog != null) {
      konfiguration = konfiguration.schemas(imKatalog).defaultSchema(imKatalog);
    }
    if (bisVersion != null) {
      konfiguration = konfiguration.target(bisVersion);
    }
    try {
      // Flyway logs at INFO whenever it runs; an up-to-date schema is validated with its log at
      // DEBUG (FlywayStille), and only a migration that applies scripts logs at INFO as usual.
      // Flyway's log configuration is global (each new Flyway sets it): afterwards it is back at
      // Flyway's default, as a build left it before.
      Flyway leise = konfiguration.loggers(FlywayStille.NAME).load();
      if (leise.info().pending().length == 0) {
        leise.migrate();
      } else {
        konfiguration.loggers("auto").load().migrate();
      }
    } catch (FlywayException e) {
      if (kontext.datenbank() == Datenbank.H2 && !vorher.enthaelt(historie)) {
        vorher.entferneNeue(ds, e);
      }
      throw new PersistenzException("Migrieren des kekiz-Schemas", e);
    } finally {
      // Flyway's defaults (loggers "auto"), without a reference to the host's DataSource
      LogFactory.setConfiguration(Flyway.configure(KekizPersistenz.class.getClassLoader()));
    }
  }

  /** The prefix whose history table earlier versions shared with prefix "": its name. */
  private static final String ALTES_PRAEFIX = "kekiz_";

  /**
   * The history table: the configured one, else the prefix followed by {@code flyway_history}.
   * Earlier versions named the history table of prefix "" {@code kekiz_flyway_history}, the name
   * prefix {@code kekiz_} uses: a schema that holds that table but no table of prefix {@code
   * kekiz_} keeps it for prefix "", and prefix {@code kekiz_} then needs a name of its own.
   */
  private String historientabelle(Tabellen vorhanden) {
    if (historientabelle != null) {
      return historientabelle;
    }
    String alt = ALTES_PRAEFIX + "flyway_history";
    boolean altesOhnePraefix =
        vorhanden.enthaelt(alt) && !vorhanden.enthaelt(ALTES_PRAEFIX + "kommune");
    if (praefix.isEmpty()) {
      return altesOhnePraefix && !vorhanden.enthaelt("flyway_history") ? alt : "flyway_history";
    }
    if (praefix.equals(ALTES_PRAEFIX) && altesOhnePraefix) {
      throw new IllegalStateException(
          "kekiz: die Tabelle "
              + alt
              + " im Schema "
              + vorhanden.schema()
              + " ist die"
              + " Flyway-Historie einer Installation ohne Tabellenpräfix (so hieß sie in"
              + " früheren Versionen); die Installation mit Präfix "
              + ALTES_PRAEFIX
              + " kann sie nicht"
              + " mitbenutzen. Nichts wurde migriert. Geben Sie ihr mit"
              + " flywayHistorientabelle(\"kekiz_migrationen\") eine eigene.");
    }
    return praefix + "flyway_history";
  }

  /** The tables of one schema as a connection sees them, before a migration. */
  private record Tabellen(String schema, ImmutableList<String> namen) {

    /**
     * Reads the tables of {@code imKatalog} (the connection's current schema if null).
     *
     * @throws IllegalStateException if the connection is inside a transaction of the caller
     */
    static Tabellen lies(DataSource ds, @Nullable String imKatalog) {
      try (Connection c = ds.getConnection()) {
        if (!c.getAutoCommit()) {
          throw new IllegalStateException(
              "kekiz: die Migration braucht eine Verbindung außerhalb einer Transaktion"
                  + " (Auto-Commit an), die DataSource gab aber eine ohne Auto-Commit, also die"
                  + " Verbindung einer laufenden Transaktion des Aufrufers, die Flyway"
                  + " festschreiben würde. Nichts wurde migriert. Bauen Sie KekizPersistenz"
                  + " außerhalb dieser Transaktion oder mit migrationen(false).");
        }
        String s = imKatalog != null ? imKatalog : c.getSchema();
        ImmutableList.Builder<String> namen = ImmutableList.builder();
        try (java.sql.ResultSet r = c.getMetaData().getTables(null, s, "%", null)) {
          while (r.next()) {
            namen.add(r.getString("TABLE_NAME"));
          }
        }
        return new Tabellen(s, namen.build());
      } catch (SQLException e) {
        throw new PersistenzException("Lesen der Tabellen vor der Migration", e);
      }
    }

    /** Whether a table of this name exists, in any case. */
    boolean enthaelt(String tabelle) {
      return namen.stream().anyMatch(n -> n.equalsIgnoreCase(tabelle));
    }

    /**
     * Drops every table of the schema that did not exist before, keeping the host's: what a failed
     * first migration left on a database without transactional DDL.
     */
    void entferneNeue(DataSource ds, Exception grund) {
      Tabellen danach = lies(ds, schema);
      try (Connection c = ds.getConnection();
          java.sql.Statement st = c.createStatement()) {
        for (String n : danach.namen()) {
          if (!namen.contains(n)) {
            st.execute("DROP TABLE IF EXISTS \"" + schema + "\".\"" + n + "\" CASCADE");
          }
        }
      } catch (SQLException | RuntimeException e) {
        grund.addSuppressed(e);
      }
    }
  }

  /**
   * {@return the migration scripts for this instance's database and table-name prefix, for a host
   * that runs its own migration tool: run them in this order, in the schema the instance uses}
   */
  public ImmutableList<Migrationsskript> migrationsskripte() {
    return migrationsskripte(kontext.datenbank(), praefix);
  }

  /**
   * {@return the migration scripts for {@code datenbank} with table names prefixed by {@code
   * praefix}, without a connection: for a host that runs its own migration tool before it builds a
   * {@code KekizPersistenz} with {@link Builder#migrationen(boolean) migrationen(false)}}
   *
   * @param datenbank the database the scripts are written for (H2 or PostgreSQL)
   * @param praefix a table-name prefix (lower-case letters, digits, '_'; may be empty)
   * @throws IllegalArgumentException quoting a malformed prefix
   */
  public static ImmutableList<Migrationsskript> migrationsskripte(
      Datenbank datenbank, String praefix) {
    requireNonNull(datenbank, "datenbank");
    pruefePraefix(praefix);
    ImmutableList.Builder<Migrationsskript> skripte = ImmutableList.builder();
    for (String name : SKRIPTE) {
      String sql = lies(MIGRATIONSORT + "/" + name);
      for (Map.Entry<String, String> p : platzhalter(datenbank, praefix).entrySet()) {
        sql = sql.replace("${" + p.getKey() + "}", p.getValue());
      }
      skripte.add(new Migrationsskript(name, sql));
    }
    return skripte.build();
  }

  /**
   * The values of the scripts' placeholders: the table-name prefix, the exact decimal type, the
   * text type without length limit, and what starts a line only PostgreSQL runs (nothing there, a
   * line comment on H2).
   */
  private static Map<String, String> platzhalter(Datenbank datenbank, String praefix) {
    return Map.of(
        "kekiz_praefix",
        praefix,
        "kekiz_dezimal",
        datenbank.dezimaltyp(),
        "kekiz_langtext",
        datenbank == Datenbank.POSTGRESQL ? "TEXT" : "CHARACTER LARGE OBJECT",
        "kekiz_nur_postgresql",
        datenbank == Datenbank.POSTGRESQL ? "" : "--");
  }

  private static String lies(String ressource) {
    try (InputStream in = KekizPersistenz.class.getClassLoader().getResourceAsStream(ressource)) {
      if (in == null) {
        throw new IllegalStateException(
            "das Migrationsskript " + ressource + " fehlt im Klassenpfad");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(
          "das Migrationsskript " + ressource + " lässt sich nicht lesen", e);
    }
  }

  private static void pruefePraefix(String praefix) {
    requireNonNull(praefix, "praefix");
    if (!PRAEFIX.matcher(praefix).matches()) {
      throw new IllegalArgumentException(
          "'"
              + praefix
              + "' ist kein Tabellenpräfix: erlaubt sind ein Kleinbuchstabe und bis zu 29 weitere"
              + " Kleinbuchstaben, Ziffern oder '_' (oder nichts)");
    }
  }

  /**
   * Returns e.g. {@code KekizPersistenz[POSTGRESQL, schema fachverfahren, prefix kekiz_, all
   * Kommunen]}.
   */
  @Override
  public String toString() {
    return "KekizPersistenz["
        + kontext.datenbank()
        + ", schema "
        + (schema == null ? "(current)" : schema)
        + ", prefix "
        + (praefix.isEmpty() ? "(none)" : praefix)
        + ", "
        + kontext.modus()
        + ", "
        + kontext.mandant()
        + "]";
  }

  // ---------------------------------------------------------------- builder

  /** Collects the configuration; {@link #build()} checks it. Not thread-safe. */
  public static final class Builder {
    private @Nullable DataSource dataSource;
    private @Nullable DSLContext dslContext;
    private @Nullable String schema;
    private String praefix = "";
    private @Nullable String historientabelle;
    private boolean migrationen = true;
    private Transaktionsmodus modus = Transaktionsmodus.EIGENE;
    private Clock uhr = Clock.systemUTC();
    private Benutzerkontext benutzerkontext = Benutzerkontext.fest("unbekannt");
    private Mandant mandant = Mandant.alle();
    private int abrufgroesse = 1000;
    private int stapelgroesse = 5000;

    private Builder() {}

    /**
     * The host's DataSource: the adapter borrows a connection per call and creates no pool.
     *
     * @param dataSource the host's DataSource (also the one migrations run on)
     * @return this builder
     */
    public Builder dataSource(DataSource dataSource) {
      this.dataSource = requireNonNull(dataSource, "dataSource");
      return this;
    }

    /**
     * The host's jOOQ context: its connections (and, in mode {@link Transaktionsmodus#EIGENE}, its
     * transaction provider and listeners) are used, with the adapter's own settings.
     *
     * @param dslContext the host's jOOQ context
     * @return this builder
     */
    public Builder dslContext(DSLContext dslContext) {
      this.dslContext = requireNonNull(dslContext, "dslContext");
      return this;
    }

    /**
     * The schema the tables live in (default: the connection's current schema): letters, digits and
     * '_', taken as an unquoted identifier (upper case on H2, lower case on PostgreSQL).
     *
     * @param schema the schema's name, e.g. {@code fachverfahren}
     * @return this builder
     * @throws IllegalArgumentException quoting a name that is not such an identifier
     */
    public Builder schema(String schema) {
      requireNonNull(schema, "schema");
      if (!BEZEICHNER.matcher(schema).matches()) {
        throw new IllegalArgumentException(
            "'"
                + schema
                + "' ist kein Schemaname: erlaubt sind ein Buchstabe oder '_' und bis zu 62"
                + " weitere Buchstaben, Ziffern oder '_'");
      }
      this.schema = schema;
      return this;
    }

    /**
     * A prefix for every table name, e.g. {@code kekiz_} (default: none): a lower-case letter
     * followed by up to 29 lower-case letters, digits or '_'.
     *
     * @param praefix the prefix, or {@code ""} for none
     * @return this builder
     * @throws IllegalArgumentException quoting a malformed prefix
     */
    public Builder tabellenpraefix(String praefix) {
      pruefePraefix(praefix);
      this.praefix = praefix;
      return this;
    }

    /**
     * The name of the adapter's own Flyway history table (default: the prefix followed by {@code
     * flyway_history}, so that every prefix has its own; without a prefix {@code flyway_history},
     * or {@code kekiz_flyway_history} where an earlier version created it under that name).
     *
     * @param tabelle the table's name, an unquoted identifier like the schema's
     * @return this builder
     * @throws IllegalArgumentException quoting a name that is not such an identifier
     */
    public Builder flywayHistorientabelle(String tabelle) {
      requireNonNull(tabelle, "tabelle");
      if (!BEZEICHNER.matcher(tabelle).matches()) {
        throw new IllegalArgumentException(
            "'"
                + tabelle
                + "' ist kein Name für die Historientabelle: erlaubt sind ein Buchstabe oder '_'"
                + " und bis zu 62 weitere Buchstaben, Ziffern oder '_'");
      }
      this.historientabelle = tabelle;
      return this;
    }

    /**
     * Whether {@link #build()} migrates the schema with Flyway (default true); false for a host
     * that runs {@link KekizPersistenz#migrationsskripte()} with its own tool. Flyway commits its
     * own transactions: with a DataSource bound to the host's running transaction ({@link
     * Transaktionsmodus#DES_AUFRUFERS}) migrate beforehand, outside that transaction, or pass
     * false.
     *
     * @param migrationen true to migrate on {@link #build()}, false to leave the schema alone
     * @return this builder
     */
    public Builder migrationen(boolean migrationen) {
      this.migrationen = migrationen;
      return this;
    }

    /**
     * Whether each change runs in a transaction of its own (default) or in the caller's.
     *
     * @param modus {@link Transaktionsmodus#EIGENE} or {@link Transaktionsmodus#DES_AUFRUFERS}
     * @return this builder
     */
    public Builder transaktion(Transaktionsmodus modus) {
      this.modus = requireNonNull(modus, "modus");
      return this;
    }

    /**
     * The clock for the audit trail (default: the system clock in UTC).
     *
     * @param uhr the clock that stamps each audit entry
     * @return this builder
     */
    public Builder uhr(Clock uhr) {
      this.uhr = requireNonNull(uhr, "uhr");
      return this;
    }

    /**
     * Who acts, for the audit trail (default: always {@code unbekannt}).
     *
     * @param benutzerkontext asked for the acting user at each change
     * @return this builder
     */
    public Builder benutzerkontext(Benutzerkontext benutzerkontext) {
      this.benutzerkontext = requireNonNull(benutzerkontext, "benutzerkontext");
      return this;
    }

    /**
     * The Mandant of the repositories (default {@link Mandant#alle()}); see also {@link
     * KekizPersistenz#fuer}.
     *
     * @param mandant whose data the repositories see and change
     * @return this builder
     */
    public Builder mandant(Mandant mandant) {
      this.mandant = requireNonNull(mandant, "mandant");
      return this;
    }

    /**
     * Rows fetched per round trip by streamed reads (default 1000).
     *
     * @param zeilen the fetch size, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code zeilen} is below 1
     */
    public Builder abrufgroesse(int zeilen) {
      if (zeilen < 1) {
        throw new IllegalArgumentException(
            "abrufgroesse braucht mindestens 1 Zeile, nicht " + zeilen);
      }
      this.abrufgroesse = zeilen;
      return this;
    }

    /**
     * Rows a bulk load reads, looks up and writes together (default 5000): one JDBC batch on H2; on
     * PostgreSQL the batches flow through one COPY command, which the load ends only where it must
     * run other statements.
     *
     * @param zeilen the batch size, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code zeilen} is below 1
     */
    public Builder stapelgroesse(int zeilen) {
      if (zeilen < 1) {
        throw new IllegalArgumentException(
            "stapelgroesse braucht mindestens 1 Zeile, nicht " + zeilen);
      }
      this.stapelgroesse = zeilen;
      return this;
    }

    /**
     * Recognises the database (one connection is borrowed and given back; the first build in a JVM
     * borrows a second for jOOQ's check of the database version, see {@code JooqStille}), and
     * migrates the schema unless {@link #migrationen(boolean) migrationen(false)}.
     *
     * @return the configured adapter
     * @throws IllegalStateException if neither a DataSource nor a DSLContext was given
     * @throws IllegalArgumentException if the database is neither H2 nor PostgreSQL
     * @throws PersistenzException if the database cannot be reached or a migration fails
     */
    public KekizPersistenz build() {
      DSLContext basis = dslContext;
      DataSource ds = dataSource;
      if (basis == null && ds == null) {
        throw new IllegalStateException(
            "KekizPersistenz braucht eine DataSource oder einen DSLContext");
      }
      if (ds == null) {
        ConnectionProvider anbieter = requireNonNull(basis).configuration().connectionProvider();
        if (anbieter instanceof DataSourceConnectionProvider d) {
          ds = d.dataSource();
        }
      }
      Datenbank datenbank;
      boolean gross;
      boolean javaOrdnung;
      try {
        Erkennung e = basis != null ? basis.connectionResult(Builder::erkenne) : erkenneUeber(ds);
        datenbank = e.datenbank();
        gross = e.grossschreibung();
        javaOrdnung = e.ordnetWieJava();
      } catch (org.jooq.exception.DataAccessException | SQLException e) {
        throw new PersistenzException("Erkennen der Datenbank", e);
      }
      SQLDialect dialekt = datenbank == Datenbank.H2 ? SQLDialect.H2 : SQLDialect.POSTGRES;
      Settings settings = einstellungen(datenbank, schema, praefix);
      DSLContext dsl =
          basis != null
              ? basis.configuration().derive(settings).derive(dialekt).dsl()
              : DSL.using(requireNonNull(ds, "dataSource"), dialekt, settings);
      try {
        // jOOQ's one INFO line per JVM on the database version stays out of the host's log
        JooqStille.versionszeileAus(dsl);
      } catch (org.jooq.exception.DataAccessException e) {
        throw new PersistenzException("Erkennen der Datenbank", e);
      }
      Kontext kontext =
          new Kontext(
              dsl,
              datenbank,
              modus,
              uhr,
              benutzerkontext,
              mandant,
              abrufgroesse,
              stapelgroesse,
              javaOrdnung);
      KekizPersistenz p =
          new KekizPersistenz(kontext, ds, schema, praefix, historientabelle, gross);
      if (migrationen) {
        p.migriere();
      }
      return p;
    }

    private record Erkennung(Datenbank datenbank, boolean grossschreibung, boolean ordnetWieJava) {}

    private static Erkennung erkenneUeber(@Nullable DataSource ds) throws SQLException {
      try (Connection c = requireNonNull(ds, "dataSource").getConnection()) {
        return erkenne(c);
      }
    }

    private static Erkennung erkenne(Connection c) throws SQLException {
      DatabaseMetaData md = c.getMetaData();
      String produkt = md.getDatabaseProductName();
      Datenbank db;
      if ("H2".equalsIgnoreCase(produkt)) {
        db = Datenbank.H2;
      } else if ("PostgreSQL".equalsIgnoreCase(produkt)) {
        db = Datenbank.POSTGRESQL;
      } else {
        throw new IllegalArgumentException(
            "kekiz-persistence unterstützt H2 und PostgreSQL, nicht die Datenbank '"
                + produkt
                + "'");
      }
      return new Erkennung(db, faltetGross(c), db == Datenbank.H2 || ordnetBinaer(c));
    }

    /**
     * Whether the PostgreSQL database's default collation orders text by code point (C, POSIX,
     * C.UTF-8 of libc): then ORDER BY needs no {@code COLLATE "C"} and can follow the primary key.
     */
    private static boolean ordnetBinaer(Connection c) throws SQLException {
      try (java.sql.Statement s = c.createStatement();
          java.sql.ResultSet r =
              s.executeQuery("SELECT * FROM pg_database WHERE datname = current_database()")) {
        if (!r.next()) {
          return false;
        }
        java.sql.ResultSetMetaData md = r.getMetaData();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          if (md.getColumnName(i).equals("datlocprovider") && !"c".equals(r.getString(i))) {
            return false; // ICU or builtin provider: do not guess
          }
        }
        String kollation = r.getString("datcollate");
        return java.util.Set.of("C", "POSIX", "C.UTF-8", "C.utf8").contains(kollation);
      }
    }

    /**
     * Whether the database folds unquoted identifiers to upper case (H2 unless {@code
     * DATABASE_TO_LOWER}), asked by a query rather than the metadata, which H2 does not adjust to
     * its settings.
     */
    private static boolean faltetGross(Connection c) throws SQLException {
      try (java.sql.Statement s = c.createStatement();
          java.sql.ResultSet r = s.executeQuery("SELECT 1 AS kekiz_probe")) {
        return "KEKIZ_PROBE".equals(r.getMetaData().getColumnLabel(1));
      }
    }

    private static Settings einstellungen(
        Datenbank datenbank, @Nullable String schema, String praefix) {
      // H2 would cut a bound decimal cast to NUMERIC to scale 0: never cast there. PostgreSQL
      // needs jOOQ's casts for values it binds as text (timestamps with time zone).
      Settings s =
          new Settings()
              .withRenderQuotedNames(RenderQuotedNames.NEVER)
              .withParamCastMode(
                  datenbank == Datenbank.H2 ? ParamCastMode.NEVER : ParamCastMode.DEFAULT)
              .withExecuteLogging(false)
              .withRenderCatalog(false);
      if (schema != null || !praefix.isEmpty()) {
        MappedSchema abbildung = new MappedSchema().withInput("");
        if (schema != null) {
          abbildung = abbildung.withOutput(schema);
        }
        if (!praefix.isEmpty()) {
          abbildung =
              abbildung.withTables(
                  new MappedTable()
                      .withInputExpression(Pattern.compile("(.+)"))
                      .withOutput(praefix + "$1"));
        }
        s = s.withRenderMapping(new RenderMapping().withSchemata(abbildung));
      }
      return s;
    }
  }
}

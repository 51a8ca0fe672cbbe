package de.kekiz.persistence.spring;

import de.kekiz.persistence.Transaktionsmodus;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The properties {@code kekiz.persistenz.*} of the Spring Boot auto-configuration; every one is
 * optional.
 *
 * @param schema the schema of kekiz's tables ({@code kekiz.persistenz.schema}; default: the
 *     connection's current schema)
 * @param praefix the table-name prefix ({@code kekiz.persistenz.praefix}, e.g. {@code kekiz_};
 *     default: none)
 * @param benutzer the user named in the audit trail when the host defines no {@code
 *     Benutzerkontext} bean ({@code kekiz.persistenz.benutzer}; default {@code unbekannt})
 * @param transaktion {@code des-aufrufers} (default: join Spring's transaction) or {@code eigene}
 *     ({@code kekiz.persistenz.transaktion})
 * @param migrationen whether kekiz migrates its tables at start ({@code
 *     kekiz.persistenz.migrationen}; default true)
 */
@ConfigurationProperties("kekiz.persistenz")
public record KekizEigenschaften(
    @Nullable String schema,
    @Nullable String praefix,
    @Nullable String benutzer,
    @Nullable Transaktionsmodus transaktion,
    @Nullable Boolean migrationen) {}

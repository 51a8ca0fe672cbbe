package de.kekiz.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Validates JSON against a JSON Schema (draft 2020-12) on the test classpath with the networknt
 * validator, with format assertions ({@code uuid}, {@code email}, {@code uri}, {@code date}) on.
 */
public final class SchemaPruefung {
  private SchemaPruefung() {}

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          b ->
              b.schemaRegistryConfig(
                  SchemaRegistryConfig.builder()
                      .formatAssertionsEnabled(true)
                      .locale(Locale.ROOT)
                      .build()));

  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  /**
   * The errors of {@code json} against the schema at {@code ort}, e.g. {@code
   * classpath:de/kekiz/reporting/json/kekiz.schema.json#/$defs/Kommune}; empty if it is valid.
   */
  public static List<String> fehler(String ort, JsonNode json) {
    Schema schema = SCHEMAS.computeIfAbsent(ort, o -> REGISTRY.getSchema(SchemaLocation.of(o)));
    return schema.validate(json).stream().map(Error::toString).toList();
  }
}

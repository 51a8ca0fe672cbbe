/**
 * The kekiz JSON format: {@link de.kekiz.reporting.json.KekizJacksonModule}, a Jackson module for
 * every domain type of kekiz-core, registered through {@code META-INF/services}.
 *
 * <p>The format is described in {@code FORMAT.md} and, for machines, in the JSON Schema {@code
 * kekiz.schema.json} (draft 2020-12), both in this package's resources. It is stable: fields are
 * only ever added, and a change that is not compatible gets a new {@link
 * de.kekiz.reporting.json.KekizJacksonModule#FORMATVERSION}.
 */
@NullMarked
package de.kekiz.reporting.json;

import org.jspecify.annotations.NullMarked;

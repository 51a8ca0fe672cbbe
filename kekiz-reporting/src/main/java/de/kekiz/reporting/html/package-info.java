/**
 * {@code bericht.html}: the Monitoringbericht as one self-contained HTML file.
 *
 * <p>{@link de.kekiz.reporting.html.HtmlBerichtWriter} writes inline CSS and inline SVG charts (a
 * time series per indicator, bars per Sozialraum, a choropleth map of the Sozialindex when the
 * Sozialräume carry GeoJSON geometry), accessible tables (caption, {@code th scope}), print styles
 * and German number and date formats. Every text from the data is escaped, and a
 * Content-Security-Policy forbids the browser to load anything. The output is also well-formed XML,
 * so the PDF format can lay out the very same document.
 */
@NullMarked
package de.kekiz.reporting.html;

import org.jspecify.annotations.NullMarked;

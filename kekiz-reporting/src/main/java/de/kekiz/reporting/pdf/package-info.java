/**
 * {@code bericht.pdf}: the Monitoringbericht as PDF, laid out by openhtmltopdf from the very HTML
 * document of {@link de.kekiz.reporting.html.HtmlBerichtWriter}.
 *
 * <p>The charts stay vector graphics: {@link de.kekiz.reporting.pdf.PdfBerichtWriter} brings its
 * own small SVG renderer for the subset of SVG the HTML writer produces, so no SVG library is
 * needed. Nothing is loaded from outside: every external resource is refused.
 */
@NullMarked
package de.kekiz.reporting.pdf;

import org.jspecify.annotations.NullMarked;

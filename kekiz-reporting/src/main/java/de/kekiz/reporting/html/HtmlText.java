package de.kekiz.reporting.html;

/**
 * Escaping for HTML text and attribute values, and locale-free coordinates for SVG. The output is
 * valid both as HTML and as XML (only {@code &amp; &lt; &gt; &quot; &#39;} are used).
 */
final class HtmlText {

  private HtmlText() {}

  /** Appends {@code text} escaped for text content and double-quoted attribute values. */
  static StringBuilder esc(StringBuilder out, String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if ((c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F)) {
            // control characters are not allowed in XML 1.0; a tab has no glyph in the PDF's font
            out.append(' ');
          } else if (Character.getType(c) == Character.FORMAT || c == '\u2028' || c == '\u2029') {
            // bidirectional overrides and isolates, zero-width characters: they would reorder
            // or hide text, so they are dropped
          } else if (Character.isSurrogate(c)
              && !(Character.isHighSurrogate(c)
                  && i + 1 < n
                  && Character.isLowSurrogate(text.charAt(i + 1)))
              && !(Character.isLowSurrogate(c)
                  && i > 0
                  && Character.isHighSurrogate(text.charAt(i - 1)))) {
            out.append('\uFFFD'); // a lone surrogate cannot be written as UTF-8
          } else if (c == '\uFFFE' || c == '\uFFFF') {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out;
  }

  /** {@code text} escaped (see {@link #esc(StringBuilder, String)}). */
  /** Appends {@code text}, escaped, as a row's header cell ({@code <th scope="row">}). */
  static StringBuilder zeilenkopf(StringBuilder out, String text) {
    out.append("<th scope=\"row\">");
    return esc(out, text).append("</th>");
  }

  /** Appends {@code text}, escaped, as a table cell. */
  static StringBuilder zelle(StringBuilder out, String text) {
    out.append("<td>");
    return esc(out, text).append("</td>");
  }

  /** Appends {@code text}, escaped, as a right-aligned number cell ({@code class="z"}). */
  static StringBuilder zahlzelle(StringBuilder out, String text) {
    out.append("<td class=\"z\">");
    return esc(out, text).append("</td>");
  }

  /** Appends {@code text}, escaped, as a paragraph. */
  static StringBuilder absatz(StringBuilder out, String text) {
    out.append("<p>");
    return esc(out, text).append("</p>");
  }

  static String esc(String text) {
    return esc(new StringBuilder(text.length() + 16), text).toString();
  }

  /** Appends {@code v} rounded to one decimal place with a point, e.g. {@code 12.3}. */
  static StringBuilder zahl(StringBuilder out, double v) {
    long zehntel = Math.round(v * 10);
    if (zehntel < 0) {
      out.append('-');
      zehntel = -zehntel;
    }
    out.append(zehntel / 10);
    long rest = zehntel % 10;
    if (rest != 0) {
      out.append('.').append(rest);
    }
    return out;
  }

  /**
   * An id for an HTML element made of {@code prefix} and the ASCII letters, digits and hyphens of
   * {@code key}.
   */
  static String id(String prefix, String key) {
    StringBuilder s = new StringBuilder(prefix);
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      s.append(
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'
              ? c
              : '-');
    }
    return s.toString();
  }
}

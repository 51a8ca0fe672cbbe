package de.kekiz.monitoring.geheimhaltung;

import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Sozialraum;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The areas a Kommune's observations may refer to, numbered once per call: 0 is the Kommune, {@code
 * i + 1} its {@code i}-th Sozialraum version. Lets every observation be looked up once, after which
 * tables work with numbers.
 */
final class Raumverzeichnis {

  final Kommune kommune;
  private final Map<Raumbezug, Integer> nummer;

  /** Per number the Sozialraum version, {@code null} for the Kommune. */
  final @Nullable Sozialraum[] version;

  private Raumverzeichnis(Kommune kommune, Map<Raumbezug, Integer> nummer, Sozialraum[] version) {
    this.kommune = kommune;
    this.nummer = nummer;
    this.version = version;
  }

  static Raumverzeichnis von(Kommune kommune) {
    List<Sozialraum> s = kommune.sozialraeume();
    Map<Raumbezug, Integer> nummer = new HashMap<>(2 * s.size() + 2);
    Sozialraum[] version = new Sozialraum[s.size() + 1];
    nummer.put(Raumbezug.of(kommune.schluessel()), 0);
    for (int i = 0; i < s.size(); i++) {
      nummer.put(Raumbezug.of(s.get(i).ref()), i + 1);
      version[i + 1] = s.get(i);
    }
    return new Raumverzeichnis(kommune, nummer, version);
  }

  /** The number of areas (the Kommune and all Sozialraum versions). */
  int groesse() {
    return version.length;
  }

  /**
   * The number of the area of {@code m}.
   *
   * @throws RegelverstossException {@code geheimhaltung.fremde-kommune} if it lies in another
   *     Kommune, {@code geheimhaltung.sozialraum-unbekannt} if the Kommune has no such Sozialraum
   *     version
   */
  int nummer(Messwert m) {
    Integer i = nummer.get(m.raum());
    if (i != null) {
      return i;
    }
    if (!m.raum().kommune().equals(kommune.schluessel())) {
      throw new RegelverstossException(
          "geheimhaltung.fremde-kommune",
          "Messwert " + m.schluessel(),
          "the observation lies in Kommune "
              + m.raum().kommune()
              + ", not in "
              + kommune.schluessel());
    }
    throw new RegelverstossException(
        "geheimhaltung.sozialraum-unbekannt",
        "Messwert " + m.schluessel(),
        "Kommune " + kommune.schluessel() + " has no Sozialraum version " + m.raum());
  }

  /** The validity of area {@code i}, or {@code null} for the Kommune (always valid). */
  @Nullable Zeitraum gueltigkeit(int i) {
    Sozialraum s = version[i];
    return s == null ? null : s.gueltigkeit();
  }
}

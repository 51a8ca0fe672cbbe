package de.kekiz.importe;

import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kreisschluessel;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The test files under {@code src/test/resources/genesis} and common keys. */
final class Testdateien {
  private Testdateien() {}

  static final Gemeindeschluessel KOELN = Gemeindeschluessel.parse("05315000");
  static final Gemeindeschluessel KREIS_UNNA = Gemeindeschluessel.parse("05978000");
  static final Gemeindeschluessel STADT_UNNA = Gemeindeschluessel.parse("05978036");
  static final Kreisschluessel UNNA = Kreisschluessel.parse("05978");

  /** The GENESIS test file {@code name}. */
  static Path genesis(String name) {
    URL url = Testdateien.class.getResource("/genesis/" + name);
    if (url == null) {
      throw new IllegalStateException("test file genesis/" + name + " is missing");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Options for one Kommune, all or nothing. */
  static Importoptionen fuer(Gemeindeschluessel kommune) {
    return Importoptionen.standard().withGebiet(Gebietsauswahl.kommune(kommune));
  }
}

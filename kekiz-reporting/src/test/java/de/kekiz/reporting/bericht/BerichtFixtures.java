package de.kekiz.reporting.bericht;

import de.kekiz.domain.indikator.ConfStatus;
import de.kekiz.monitoring.geheimhaltung.Geheimhaltungsregeln;
import de.kekiz.monitoring.veroeffentlichung.Berichtsdaten;
import de.kekiz.monitoring.veroeffentlichung.Berichtsteil;
import de.kekiz.monitoring.veroeffentlichung.Veroeffentlichungsauftrag;
import java.time.LocalDate;
import java.util.List;

/**
 * Object mother for reports: the small Ahlen release of {@link Berichtsdaten} (four Sozialräume,
 * five indicators, two values a careless source delivers with their numbers although they are
 * suppressed) as a {@link Monitoringbericht}.
 */
public final class BerichtFixtures {

  public static final LocalDate STICHTAG = Berichtsdaten.STICHTAG;
  public static final LocalDate ERSTELLT = Berichtsdaten.ERSTELLT;

  /** The suppressed numbers as German text: no document may contain them. */
  public static final List<String> GESPERRTE_ZAHLEN = Berichtsdaten.GESPERRTE_ZAHLEN;

  /** A Sozialraum name that breaks unescaped HTML. */
  public static final String BOESER_NAME = Berichtsdaten.BOESER_NAME;

  private BerichtFixtures() {}

  /** The report of {@code teil}, made on {@link #ERSTELLT}, with the standard note. */
  public static Monitoringbericht bericht(Berichtsteil teil) {
    return Monitoringbericht.builder(teil)
        .erstelltAm(ERSTELLT)
        .datenschutzhinweis(Monitoringbericht.datenschutzhinweis(Geheimhaltungsregeln.standard()))
        .build();
  }

  /** The small report with both values suppressed. */
  public static Monitoringbericht ahlen() {
    return bericht(Berichtsdaten.ahlen(Berichtsdaten.auftrag()));
  }

  /** The small report protected by {@code auftrag}. */
  public static Monitoringbericht ahlen(Veroeffentlichungsauftrag auftrag) {
    return bericht(Berichtsdaten.ahlen(auftrag));
  }

  /** The same report with both values publishable: a control for tests that search the output. */
  public static Monitoringbericht ahlenOhneSperre() {
    return bericht(
        Berichtsdaten.ahlen(
            "Süd/Ost",
            "Leitbild Präventionskette Ahlen",
            ConfStatus.F,
            ConfStatus.F,
            Berichtsdaten.auftrag()));
  }

  /**
   * The small report with markup and ampersands in a Sozialraum name, the title and the Leitbild.
   */
  public static Monitoringbericht mitBoesenNamen() {
    return Monitoringbericht.builder(
            Berichtsdaten.ahlen(
                BOESER_NAME,
                "Leitbild \"Ahlen\" & 'Co' <b>fett</b>",
                ConfStatus.A,
                ConfStatus.D,
                Berichtsdaten.auftrag()))
        .titel("Bericht <script>alert('Titel')</script> & mehr")
        .erstelltAm(ERSTELLT)
        .build();
  }
}

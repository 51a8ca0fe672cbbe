package de.kekiz.reporting.bericht;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.angebot.Angebot;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.monitoring.geheimhaltung.Geheimhaltungsregeln;
import de.kekiz.monitoring.veroeffentlichung.Berichtsteil;
import de.kekiz.monitoring.veroeffentlichung.Handlungsbedarf;
import de.kekiz.monitoring.veroeffentlichung.Indikatorauswertung;
import de.kekiz.monitoring.veroeffentlichung.Lueckenanalyse;
import de.kekiz.monitoring.veroeffentlichung.Mehrjahreswert;
import de.kekiz.monitoring.veroeffentlichung.Schutzverfahren;
import de.kekiz.monitoring.veroeffentlichung.Sozialindex;
import de.kekiz.monitoring.veroeffentlichung.Veroeffentlichungsauftrag;
import de.kekiz.monitoring.veroeffentlichung.Zielstatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The monitoring report of one Kommune (or a Kreis with its Gemeinden) at a reference date: the
 * model every format renders.
 *
 * <p>A report is a projection of one {@link Berichtsteil} of a release, which the core computed and
 * protected ({@link de.kekiz.monitoring.veroeffentlichung.Veroeffentlichungsrechnung}): the
 * figures, the table per indicator with rank, distance and trend, the Sozialindex, the ranking by
 * need, the goal status and the gap analysis. The report adds only what is presentation: a title,
 * the day it was made and the data-protection note. It computes nothing, so every format shows
 * exactly what the core published. {@link #equals(Object)} compares the full state.
 *
 * <pre>{@code
 * Veroeffentlichung v = monitoring.veroeffentliche(List.of(koeln), Veroeffentlichungsauftrag.am(stichtag));
 * Monitoringbericht bericht = Monitoringbericht.builder(v.teile().get(0))
 *     .erstelltAm(LocalDate.now(clock))
 *     .datenschutzhinweis(Monitoringbericht.datenschutzhinweis(v.auftrag().regeln()))
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Monitoringbericht {

  /** The data-protection note used unless the builder is given another. */
  public static final String STANDARD_DATENSCHUTZHINWEIS =
      "Dieser Bericht zeigt Werte für kleine Gebiete. Damit keine Familie erkennbar wird, sind"
          + " kleine Fallzahlen gesperrt (primäre Geheimhaltung) und, wo ein gesperrter Wert"
          + " sonst aus Summen zurückgerechnet werden könnte, weitere Werte (sekundäre"
          + " Geheimhaltung). Gesperrte Werte erscheinen in keinem Format als Zahl und gehen in"
          + " keine Rangfolge, keinen Trend und keinen Index ein.";

  /** The note every page, sheet and file of an internal report carries. */
  public static final String DIENSTGEBRAUCH =
      "Nur für den Dienstgebrauch – ungeschützte Werte, nicht zur Veröffentlichung";

  private final String titel;
  private final LocalDate erstelltAm;
  private final String datenschutzhinweis;
  private final Berichtsteil teil;

  private Monitoringbericht(Builder b) {
    this.teil = b.teil;
    this.titel = b.titel != null ? b.titel : "Monitoringbericht " + b.teil.kommune().name();
    this.erstelltAm = b.erstelltAm != null ? b.erstelltAm : b.teil.stichtag();
    this.datenschutzhinweis = b.datenschutzhinweis;
    if (titel.isBlank()) {
      throw new IllegalArgumentException("a report needs a title, got '" + titel + "'");
    }
  }

  /**
   * {@return a data-protection note that states the rules the Messwerte were protected by, e.g.
   * "Werte mit weniger als 3 Fällen …"; for {@link Builder#datenschutzhinweis(String)}}
   *
   * @param regeln the suppression rules the release applied
   */
  public static String datenschutzhinweis(Geheimhaltungsregeln regeln) {
    requireNonNull(regeln, "regeln");
    StringBuilder s =
        new StringBuilder(
            "Dieser Bericht zeigt Werte für kleine Gebiete. Damit keine Familie erkennbar wird, ");
    List<String> regelTexte = new ArrayList<>();
    if (regeln.mindestZaehler() > 0) {
      regelTexte.add(
          "Werte mit weniger als "
              + regeln.mindestZaehler()
              + " Fällen"
              + (regeln.nullGeheim() ? " (auch 0)" : " (außer 0)"));
    }
    if (regeln.mindestNenner() > 1) {
      regelTexte.add("Quoten mit einer Bezugsgröße unter " + regeln.mindestNenner());
    }
    regeln
        .dominanzregel()
        .ifPresent(
            d ->
                regelTexte.add(
                    "Werte, zu denen "
                        + d.anzahl()
                        + (d.anzahl() == 1 ? " Beitragender" : " Beitragende")
                        + " mehr als "
                        + d.prozent()
                        + " % beitragen"));
    if (regelTexte.isEmpty()) {
      s.append("werden gesperrte Werte nicht gezeigt");
    } else {
      s.append("sind ")
          .append(String.join(", ", regelTexte))
          .append(" gesperrt (primäre Geheimhaltung)");
    }
    s.append(
        ", und weitere Werte, wo ein gesperrter sonst aus Summen zurückgerechnet werden könnte"
            + " (sekundäre Geheimhaltung).");
    regeln
        .rundungsregel()
        .ifPresent(
            r ->
                s.append(" Veröffentlichte Fallzahlen sind auf Vielfache von ")
                    .append(r.basis())
                    .append(" gerundet."));
    s.append(
        " Gesperrte Werte erscheinen in keinem Format als Zahl und gehen in keine Rangfolge,"
            + " keinen Trend und keinen Index ein.");
    return s.toString();
  }

  /**
   * {@return the data-protection note of a release protected as {@code auftrag} asks: the rules of
   * the suppression with the pooled and parent figures it shows, or what the Cell-Key-Verfahren
   * does to the figures, or the warning of an internal report}
   *
   * @param auftrag the order the release was made by
   */
  public static String datenschutzhinweis(Veroeffentlichungsauftrag auftrag) {
    requireNonNull(auftrag, "auftrag");
    switch (auftrag.verfahren()) {
      case INTERN:
        return DIENSTGEBRAUCH
            + ". Die Werte sind nicht gegen die Erkennbarkeit kleiner Gruppen"
            + " geschützt und dürfen den Dienstgebrauch nicht verlassen.";
      case CELL_KEY:
        var p = requireNonNull(auftrag.cellKey()).parameter();
        return "Dieser Bericht zeigt Werte für kleine Gebiete. Damit keine Familie erkennbar wird,"
            + " sind alle Fallzahlen mit dem Cell-Key-Verfahren der statistischen Ämter leicht"
            + " überlagert: jede um höchstens "
            + p.maximaleAbweichung()
            + " verändert, 0 bleibt"
            + " 0, und Werte von 1 bis "
            + p.sperrbereich()
            + " erscheinen nicht. Dieselbe Zahl ist"
            + " in jeder Tabelle gleich überlagert; Summen und Quoten gehen deshalb nicht genau"
            + " auf.";
      default:
        StringBuilder s = new StringBuilder(datenschutzhinweis(auftrag.regeln()));
        if (auftrag.poolperioden() > 1) {
          s.append(" Wo der Wert einer Periode gesperrt ist, steht der über die letzten ")
              .append(auftrag.poolperioden())
              .append(" Perioden zusammengefasste Wert (Zeichen z), wenn er nichts verrät.");
        }
        if (auftrag.vergroeberung()) {
          s.append(
              " Wo der Wert eines Sozialraums gesperrt ist, steht der Wert des"
                  + " übergeordneten Gebiets (Zeichen g).");
        }
        return s.toString();
    }
  }

  /**
   * Starts the report of {@code teil}.
   *
   * @param teil the part of a release the report presents
   * @return a builder with the default title, date and note
   */
  public static Builder builder(Berichtsteil teil) {
    return new Builder(teil);
  }

  /**
   * A builder holding this report's settings, to derive a changed copy.
   *
   * @return a new builder; changing it leaves this report alone
   */
  public Builder toBuilder() {
    return builder(teil).titel(titel).erstelltAm(erstelltAm).datenschutzhinweis(datenschutzhinweis);
  }

  // ---------------------------------------------------------------- presentation

  /** {@return the title, e.g. {@code "Monitoringbericht Köln"}} */
  public String titel() {
    return titel;
  }

  /** {@return the day the report was made (by default the reference date)} */
  public LocalDate erstelltAm() {
    return erstelltAm;
  }

  /** {@return the data-protection note} */
  public String datenschutzhinweis() {
    return datenschutzhinweis;
  }

  /** {@return the part of the release this report presents} */
  public Berichtsteil teil() {
    return teil;
  }

  // ---------------------------------------------------------------- the core's result

  /** {@return the Kommune (or Kreis) the report is about} */
  public Kommune kommune() {
    return teil.kommune();
  }

  /**
   * For a Kreis: its Gemeinden in the release; empty otherwise.
   *
   * @return the Gemeinden of a Kreis, in the release's order; empty for a Kommune
   */
  public ImmutableList<Kommune> gemeinden() {
    return ImmutableList.copyOf(teil.gemeinden());
  }

  /** {@return the reference date: Sozialräume, participations and goals are read for this day} */
  public LocalDate stichtag() {
    return teil.stichtag();
  }

  /** {@return how the release protects small numbers} */
  public Schutzverfahren verfahren() {
    return teil.verfahren();
  }

  /** {@return whether the report holds unprotected figures for internal use only} */
  public boolean intern() {
    return !teil.verfahren().oeffentlich();
  }

  /** {@return the Leitbild as published, or empty} */
  public Optional<Leitbild> leitbild() {
    return teil.leitbildWert();
  }

  /** {@return the Präventionskette, or empty} */
  public Optional<Praeventionskette> kette() {
    return teil.ketteWert();
  }

  /** {@return the Angebote of the Präventionskette, in its order; empty without chain} */
  public ImmutableList<Angebot> angebote() {
    return teil.kette() == null ? ImmutableList.of() : requireNonNull(teil.kette()).angebote();
  }

  /**
   * {@return whether the report shows synthetic example data ({@link
   * Berichtsteil#beispieldaten()}): then every format marks it with {@link
   * Berichtsteil#BEISPIELDATEN}}
   */
  public boolean beispieldaten() {
    return teil.beispieldaten();
  }

  /** {@return the indicator definitions, sorted by key and version} */
  public ImmutableList<Indikator> indikatoren() {
    return ImmutableList.copyOf(teil.indikatoren());
  }

  /** {@return every published figure, each suppressed one without numerator and denominator} */
  public ImmutableList<Messwert> messwerte() {
    return ImmutableList.copyOf(teil.messwerte());
  }

  /** {@return the pooled figures shown in place of suppressed single ones} */
  public ImmutableList<Mehrjahreswert> mehrjahreswerte() {
    return ImmutableList.copyOf(teil.mehrjahreswerte());
  }

  /** {@return the trend window of the trends and Zielerreichung, in periods} */
  public int trendperioden() {
    return teil.trendperioden();
  }

  /** {@return the status of every Zielwert of the Leitbild, in the Leitbild's order} */
  public ImmutableList<Zielstatus> ziele() {
    return ImmutableList.copyOf(teil.ziele());
  }

  /** {@return one table per indicator with observations, by indicator key} */
  public ImmutableList<Indikatorauswertung> auswertungen() {
    return ImmutableList.copyOf(teil.auswertungen());
  }

  /**
   * {@return the table of indicator {@code key}, or empty}
   *
   * @param key the indicator's key
   */
  public Optional<Indikatorauswertung> auswertung(IndikatorKey key) {
    requireNonNull(key, "key");
    return teil.auswertungen().stream().filter(a -> a.indikator().key().equals(key)).findFirst();
  }

  /** {@return the Sozialindex, or empty if too few publishable values exist for one} */
  public Optional<Sozialindex> sozialindex() {
    return teil.sozialindexWert();
  }

  /** {@return the areas ranked by need (greatest first); empty without Sozialindex} */
  public ImmutableList<Handlungsbedarf> handlungsbedarf() {
    return ImmutableList.copyOf(teil.handlungsbedarf());
  }

  /** {@return the gap analysis of the Präventionskette, or empty without chain} */
  public Optional<Lueckenanalyse> luecken() {
    return teil.lueckenWert();
  }

  /** {@return the number of suppressed figures (CONF_STATUS other than {@code F})} */
  public long gesperrteMesswerte() {
    return teil.messwerte().stream().filter(m -> !m.confStatus().veroeffentlichbar()).count();
  }

  // ---------------------------------------------------------------- Object

  /** Compares the full state. */
  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Monitoringbericht)) {
      return false;
    }
    Monitoringbericht b = (Monitoringbericht) o;
    return titel.equals(b.titel)
        && erstelltAm.equals(b.erstelltAm)
        && datenschutzhinweis.equals(b.datenschutzhinweis)
        && teil.equals(b.teil);
  }

  @Override
  public int hashCode() {
    return Objects.hash(titel, erstelltAm, teil.kommune().id(), teil.stichtag());
  }

  /** A short summary, e.g. {@code Monitoringbericht 05315000 Köln 2024-12-31 (50 Indikatoren)}. */
  @Override
  public String toString() {
    return "Monitoringbericht "
        + teil.kommune().schluessel()
        + " "
        + teil.kommune().name()
        + " "
        + teil.stichtag()
        + " ("
        + teil.auswertungen().size()
        + " Indikatoren, "
        + teil.messwerte().size()
        + " Messwerte)";
  }

  // ---------------------------------------------------------------- builder

  /** Sets the presentation of a report of one {@link Berichtsteil}. Not thread-safe. */
  public static final class Builder {
    private final Berichtsteil teil;
    private @Nullable String titel;
    private @Nullable LocalDate erstelltAm;
    private String datenschutzhinweis = STANDARD_DATENSCHUTZHINWEIS;

    private Builder(Berichtsteil teil) {
      this.teil = requireNonNull(teil, "teil");
    }

    /**
     * Sets the title (default {@code "Monitoringbericht <Name>"}).
     *
     * @param titel the title, not blank
     * @return this builder
     */
    public Builder titel(String titel) {
      this.titel = requireNonNull(titel, "titel");
      return this;
    }

    /**
     * Sets the day the report is made (default: the reference date); take it from a Clock.
     *
     * @param erstelltAm the day the report is made
     * @return this builder
     */
    public Builder erstelltAm(LocalDate erstelltAm) {
      this.erstelltAm = requireNonNull(erstelltAm, "erstelltAm");
      return this;
    }

    /**
     * Sets the data-protection note.
     *
     * @param text the note, e.g. from {@link
     *     Monitoringbericht#datenschutzhinweis(Veroeffentlichungsauftrag)}
     * @return this builder
     */
    public Builder datenschutzhinweis(String text) {
      this.datenschutzhinweis = requireNonNull(text, "text");
      return this;
    }

    /**
     * Builds the report.
     *
     * @throws IllegalArgumentException if the title is blank
     * @return the report, immutable
     */
    public Monitoringbericht build() {
      return new Monitoringbericht(this);
    }
  }
}

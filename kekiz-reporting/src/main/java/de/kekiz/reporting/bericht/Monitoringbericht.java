package de.kekiz.reporting.bericht;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import de.kekiz.domain.Regelverstoss;
import de.kekiz.domain.angebot.Angebot;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.IndikatorRef;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.MesswertSchluessel;
import de.kekiz.domain.indikator.SozialraumBezug;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Sozialraumebene;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.monitoring.geheimhaltung.Geheimhaltungsregeln;
import de.kekiz.reporting.bericht.internal.Auswertung;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The monitoring report of one Kommune (or a Kreis with its Gemeinden) at a reference date: the
 * model every format renders.
 *
 * <p>The report holds its inputs (Kommune, Gemeinden, Leitbild, Präventionskette, indicator
 * definitions, Messwerte) and the sections computed from them when it is built: the status of
 * every Zielwert ({@link #ziele()}), one table per indicator ({@link #auswertungen()}), the
 * {@link #sozialindex()} with the {@link #handlungsbedarf()} ranking and the gap analysis of the
 * chain ({@link #luecken()}). Where the tables show the Sozialräume of one Kommune, rank, distance
 * to the Kommune, trend, Sozialindex (with Stufen), Handlungsbedarf (with its driving
 * indicators), Zielerreichung and the Brennpunkte of the gap analysis come from the monitoring's
 * {@link de.kekiz.monitoring.analyse.Kommunalanalyse} (with the reference date as "today"); for the
 * Gemeinden of a Kreis the report computes simpler figures itself. The sections are a function of
 * the inputs, so two reports built from equal inputs are equal; {@link #equals(Object)} compares
 * the full state.
 *
 * <p>Small numbers: give the builder Messwerte protected by {@link
 * de.kekiz.monitoring.geheimhaltung.Geheimhaltung#schuetze(List, Kommune, Geheimhaltungsregeln)}
 * (which marks CONF_STATUS {@code A} and {@code D}) and the matching {@link
 * #datenschutzhinweis(Geheimhaltungsregeln)}. As a second line of defence, {@link Builder#build()}
 * removes numerator and denominator from every Messwert whose CONF_STATUS is not {@code F} before
 * anything else sees it. So the report holds no suppressed number, and no format can print one.
 *
 * <p>Rules, each reported as a {@link Regelverstoss} with the code given:
 *
 * <ul>
 *   <li>{@code bericht.leitbild-andere-kommune}, {@code bericht.kette-andere-kommune}: Leitbild
 *       and Präventionskette belong to the report's Kommune;
 *   <li>{@code bericht.gemeinde-nicht-im-kreis}: a Gemeinde of the report belongs to the Kreis
 *       the report is about;
 *   <li>{@code bericht.messwert-fremdes-gebiet}: every Messwert is about the Kommune, one of its
 *       Sozialräume or one of the report's Gemeinden;
 *   <li>{@code bericht.indikator-fehlt}: every Messwert's indicator version is among the
 *       definitions;
 *   <li>{@code bericht.messwert-doppelt}: no two Messwerte share their key;
 *   <li>and every rule of {@link Indikator#pruefe(Messwert)}.
 * </ul>
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

  private final String titel;
  private final Kommune kommune;
  private final ImmutableList<Kommune> gemeinden;
  private final LocalDate stichtag;
  private final LocalDate erstelltAm;
  private final @Nullable Leitbild leitbild;
  private final @Nullable Praeventionskette kette;
  private final ImmutableList<Indikator> indikatoren;
  private final ImmutableList<Messwert> messwerte;
  private final ImmutableSortedSet<IndikatorKey> sozialindexIndikatoren;
  private final String datenschutzhinweis;
  private final @Nullable Sozialraumebene ebene;
  private final int trendperioden;

  private final ImmutableList<Zielstatus> ziele;
  private final ImmutableList<Indikatorauswertung> auswertungen;
  private final @Nullable Sozialindex sozialindex;
  private final ImmutableList<Handlungsbedarf> handlungsbedarf;
  private final @Nullable Lueckenanalyse luecken;

  private Monitoringbericht(Builder b) {
    this.titel = b.titel != null ? b.titel : "Monitoringbericht " + b.kommune.name();
    this.kommune = b.kommune;
    this.gemeinden = ImmutableList.copyOf(b.gemeinden);
    this.stichtag = b.stichtag;
    this.erstelltAm = b.erstelltAm != null ? b.erstelltAm : b.stichtag;
    this.leitbild = b.leitbild;
    this.kette = b.kette;
    this.indikatoren =
        ImmutableList.sortedCopyOf(
            Comparator.comparing(Indikator::key).thenComparingInt(Indikator::version),
            b.indikatoren);
    this.messwerte = ImmutableList.copyOf(geschuetzt(b.messwerte));
    this.sozialindexIndikatoren = ImmutableSortedSet.copyOf(b.sozialindexIndikatoren);
    this.datenschutzhinweis = b.datenschutzhinweis;
    this.ebene = b.ebene;
    this.trendperioden = b.trendperioden;
    if (titel.isBlank()) {
      throw new IllegalArgumentException("a report needs a title, got '" + titel + "'");
    }
    pruefe();

    Auswertung.Abschnitte a =
        new Auswertung(kommune, gemeinden, stichtag, indikatoren, messwerte, ebene)
            .abschnitte(indikatoren, messwerte, leitbild, kette, sozialindexIndikatoren, trendperioden);
    this.auswertungen = a.auswertungen();
    this.ziele = a.ziele();
    this.sozialindex = a.sozialindex();
    this.handlungsbedarf = a.handlungsbedarf();
    this.luecken = a.luecken();
  }

  /**
   * A data-protection note that states the rules the Messwerte were protected by, e.g. "Werte
   * mit weniger als 3 Fällen …"; for {@link Builder#datenschutzhinweis(String)}.
   */
  public static String datenschutzhinweis(Geheimhaltungsregeln regeln) {
    requireNonNull(regeln, "regeln");
    StringBuilder s = new StringBuilder("Dieser Bericht zeigt Werte für kleine Gebiete. Damit keine Familie erkennbar wird, ");
    List<String> regelTexte = new ArrayList<>();
    if (regeln.mindestZaehler() > 0) {
      regelTexte.add("Werte mit weniger als " + regeln.mindestZaehler() + " Fällen"
          + (regeln.nullGeheim() ? " (auch 0)" : " (außer 0)"));
    }
    if (regeln.mindestNenner() > 1) {
      regelTexte.add("Quoten mit einer Bezugsgröße unter " + regeln.mindestNenner());
    }
    regeln.dominanzregel().ifPresent(d -> regelTexte.add("Werte, zu denen " + d.anzahl()
        + (d.anzahl() == 1 ? " Beitragender" : " Beitragende") + " mehr als " + d.prozent() + " % beitragen"));
    if (regelTexte.isEmpty()) {
      s.append("werden gesperrte Werte nicht gezeigt");
    } else {
      s.append("sind ").append(String.join(", ", regelTexte)).append(" gesperrt (primäre Geheimhaltung)");
    }
    s.append(", und weitere Werte, wo ein gesperrter sonst aus Summen zurückgerechnet werden könnte"
        + " (sekundäre Geheimhaltung).");
    regeln.rundungsregel().ifPresent(r -> s.append(" Veröffentlichte Fallzahlen sind auf Vielfache von ")
        .append(r.basis()).append(" gerundet."));
    s.append(" Gesperrte Werte erscheinen in keinem Format als Zahl und gehen in keine Rangfolge,"
        + " keinen Trend und keinen Index ein.");
    return s.toString();
  }

  /** Starts a report of {@code kommune} at reference date {@code stichtag}. */
  public static Builder builder(Kommune kommune, LocalDate stichtag) {
    return new Builder(kommune, stichtag);
  }

  /** A builder holding this report's inputs, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b =
        builder(kommune, stichtag)
            .titel(titel)
            .erstelltAm(erstelltAm)
            .gemeinden(gemeinden)
            .indikatoren(indikatoren)
            .messwerte(messwerte)
            .sozialindexIndikatoren(sozialindexIndikatoren)
            .datenschutzhinweis(datenschutzhinweis);
    b.leitbild = leitbild;
    b.kette = kette;
    b.ebene = ebene;
    b.trendperioden = trendperioden;
    return b;
  }

  private static List<Messwert> geschuetzt(List<Messwert> messwerte) {
    List<Messwert> ergebnis = new ArrayList<>(messwerte.size());
    for (Messwert m : messwerte) {
      if (!m.confStatus().veroeffentlichbar() && (m.zaehler() != null || m.nenner() != null)) {
        ergebnis.add(m.withWerten(null, null));
      } else {
        ergebnis.add(m);
      }
    }
    return ergebnis;
  }

  private void pruefe() {
    String g = "Monitoringbericht " + kommune.schluessel() + " " + stichtag;
    if (leitbild != null) {
      Regelverstoss.pruefe(
          leitbild.kommune().equals(kommune.schluessel()),
          "bericht.leitbild-andere-kommune",
          g,
          "the Leitbild must be one of Kommune " + kommune.schluessel() + ", got one of "
              + leitbild.kommune());
    }
    if (kette != null) {
      Regelverstoss.pruefe(
          kette.kommune().equals(kommune.schluessel()),
          "bericht.kette-andere-kommune",
          g,
          "the Präventionskette must be one of Kommune " + kommune.schluessel()
              + ", got one of " + kette.kommune());
    }
    Set<Gemeindeschluessel> gebiete = new HashSet<>();
    gebiete.add(kommune.schluessel());
    for (Kommune gemeinde : gemeinden) {
      Regelverstoss.pruefe(
          kommune.art().kreisebene()
              && gemeinde.kreis().map(k -> k.equals(kommune.schluessel().kreis())).orElse(false),
          "bericht.gemeinde-nicht-im-kreis",
          g,
          "a Gemeinde of the report must belong to the Kreis " + kommune.schluessel()
              + ", got " + gemeinde.schluessel() + " " + gemeinde.name());
      gebiete.add(gemeinde.schluessel());
    }
    Map<IndikatorRef, Indikator> definitionen = new HashMap<>();
    for (Indikator i : indikatoren) {
      definitionen.put(i.ref(), i);
    }
    Set<MesswertSchluessel> schluessel = new HashSet<>();
    for (Messwert m : messwerte) {
      boolean bekannt = gebiete.contains(m.raum().kommune());
      if (bekannt && m.raum() instanceof SozialraumBezug s) {
        bekannt =
            gemeindeOderKommune(s.kommune()).flatMap(k -> k.sozialraum(s.sozialraum())).isPresent();
      }
      Regelverstoss.pruefe(
          bekannt,
          "bericht.messwert-fremdes-gebiet",
          g,
          "a Messwert must be about Kommune " + kommune.schluessel()
              + ", its Sozialräume or the report's Gemeinden, got " + m.raum());
      Indikator i = definitionen.get(m.indikator());
      Regelverstoss.pruefe(
          i != null,
          "bericht.indikator-fehlt",
          g,
          "the definition of " + m.indikator() + " is missing for the Messwert " + m);
      requireNonNull(i).pruefe(m);
      Regelverstoss.pruefe(
          schluessel.add(m.schluessel()),
          "bericht.messwert-doppelt",
          g,
          "two Messwerte share the key " + m.schluessel());
    }
  }

  private Optional<Kommune> gemeindeOderKommune(Gemeindeschluessel schluessel) {
    if (kommune.schluessel().equals(schluessel)) {
      return Optional.of(kommune);
    }
    return gemeinden.stream().filter(k -> k.schluessel().equals(schluessel)).findFirst();
  }

  // ---------------------------------------------------------------- inputs

  /** The title, e.g. {@code "Monitoringbericht Köln"}. */
  public String titel() {
    return titel;
  }

  /** The Kommune (or Kreis) the report is about. */
  public Kommune kommune() {
    return kommune;
  }

  /** For a Kreis: the Gemeinden reported on; empty otherwise. */
  public ImmutableList<Kommune> gemeinden() {
    return gemeinden;
  }

  /** The reference date: Sozialräume, participations and goals are read for this day. */
  public LocalDate stichtag() {
    return stichtag;
  }

  /** The day the report was made (by default the reference date). */
  public LocalDate erstelltAm() {
    return erstelltAm;
  }

  /** The Leitbild, or empty. */
  public Optional<Leitbild> leitbild() {
    return Optional.ofNullable(leitbild);
  }

  /** The Präventionskette, or empty. */
  public Optional<Praeventionskette> kette() {
    return Optional.ofNullable(kette);
  }

  /** The Angebote of the Präventionskette, in its order; empty without chain. */
  public ImmutableList<Angebot> angebote() {
    return kette == null ? ImmutableList.of() : kette.angebote();
  }

  /** The indicator definitions, sorted by key and version. */
  public ImmutableList<Indikator> indikatoren() {
    return indikatoren;
  }

  /**
   * The Messwerte in the order given, each suppressed one without numerator and denominator.
   */
  public ImmutableList<Messwert> messwerte() {
    return messwerte;
  }

  /** The indicators chosen for the Sozialindex; empty means chosen automatically. */
  public ImmutableSortedSet<IndikatorKey> sozialindexIndikatoren() {
    return sozialindexIndikatoren;
  }

  /** The data-protection note. */
  public String datenschutzhinweis() {
    return datenschutzhinweis;
  }

  /** The trend window of the monitoring's trends and Zielerreichung, in periods. */
  public int trendperioden() {
    return trendperioden;
  }

  /** The level of Sozialräume the tables show, or empty if chosen per indicator. */
  public Optional<Sozialraumebene> ebene() {
    return Optional.ofNullable(ebene);
  }

  // ---------------------------------------------------------------- sections

  /** The status of every Zielwert of the Leitbild, in the Leitbild's order. */
  public ImmutableList<Zielstatus> ziele() {
    return ziele;
  }

  /** One table per indicator with observations, by indicator key. */
  public ImmutableList<Indikatorauswertung> auswertungen() {
    return auswertungen;
  }

  /** The table of indicator {@code key}, or empty. */
  public Optional<Indikatorauswertung> auswertung(IndikatorKey key) {
    requireNonNull(key, "key");
    return auswertungen.stream().filter(a -> a.indikator().key().equals(key)).findFirst();
  }

  /** The Sozialindex, or empty if too few publishable values exist for one. */
  public Optional<Sozialindex> sozialindex() {
    return Optional.ofNullable(sozialindex);
  }

  /** The areas ranked by need (greatest first); empty without Sozialindex. */
  public ImmutableList<Handlungsbedarf> handlungsbedarf() {
    return handlungsbedarf;
  }

  /** The gap analysis of the Präventionskette, or empty without chain. */
  public Optional<Lueckenanalyse> luecken() {
    return Optional.ofNullable(luecken);
  }

  /** The number of suppressed Messwerte (CONF_STATUS other than {@code F}). */
  public long gesperrteMesswerte() {
    return messwerte.stream().filter(m -> !m.confStatus().veroeffentlichbar()).count();
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
        && kommune.equals(b.kommune)
        && gemeinden.equals(b.gemeinden)
        && stichtag.equals(b.stichtag)
        && erstelltAm.equals(b.erstelltAm)
        && Objects.equals(leitbild, b.leitbild)
        && Objects.equals(kette, b.kette)
        && indikatoren.equals(b.indikatoren)
        && messwerte.equals(b.messwerte)
        && sozialindexIndikatoren.equals(b.sozialindexIndikatoren)
        && datenschutzhinweis.equals(b.datenschutzhinweis)
        && Objects.equals(ebene, b.ebene)
        && trendperioden == b.trendperioden
        && ziele.equals(b.ziele)
        && auswertungen.equals(b.auswertungen)
        && Objects.equals(sozialindex, b.sozialindex)
        && handlungsbedarf.equals(b.handlungsbedarf)
        && Objects.equals(luecken, b.luecken);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        titel, kommune.id(), stichtag, erstelltAm, indikatoren.size(), messwerte.size());
  }

  /** A short summary, e.g. {@code Monitoringbericht 05315000 Köln 2024-12-31 (50 Indikatoren)}. */
  @Override
  public String toString() {
    return "Monitoringbericht " + kommune.schluessel() + " " + kommune.name() + " " + stichtag
        + " (" + auswertungen.size() + " Indikatoren, " + messwerte.size() + " Messwerte)";
  }

  // ---------------------------------------------------------------- builder

  /**
   * Collects the inputs of a {@link Monitoringbericht}; {@link #build()} checks them and computes
   * the sections. Plural methods replace, singular ones add. Not thread-safe.
   */
  public static final class Builder {
    private final Kommune kommune;
    private final LocalDate stichtag;
    private @Nullable String titel;
    private @Nullable LocalDate erstelltAm;
    private final List<Kommune> gemeinden = new ArrayList<>();
    private @Nullable Leitbild leitbild;
    private @Nullable Praeventionskette kette;
    private final List<Indikator> indikatoren = new ArrayList<>();
    private final List<Messwert> messwerte = new ArrayList<>();
    private final Set<IndikatorKey> sozialindexIndikatoren = new LinkedHashSet<>();
    private String datenschutzhinweis = STANDARD_DATENSCHUTZHINWEIS;
    private @Nullable Sozialraumebene ebene;
    private int trendperioden = 5;

    private Builder(Kommune kommune, LocalDate stichtag) {
      this.kommune = requireNonNull(kommune, "kommune");
      this.stichtag = requireNonNull(stichtag, "stichtag");
    }

    /** Sets the title (default {@code "Monitoringbericht <Name>"}). */
    public Builder titel(String titel) {
      this.titel = requireNonNull(titel, "titel");
      return this;
    }

    /** Sets the day the report is made (default: the reference date); take it from a Clock. */
    public Builder erstelltAm(LocalDate erstelltAm) {
      this.erstelltAm = requireNonNull(erstelltAm, "erstelltAm");
      return this;
    }

    /** Replaces the Gemeinden a Kreis report covers. */
    public Builder gemeinden(Collection<Kommune> gemeinden) {
      List<Kommune> kopie = ImmutableList.copyOf(gemeinden);
      this.gemeinden.clear();
      this.gemeinden.addAll(kopie);
      return this;
    }

    /** Sets the Leitbild. */
    public Builder leitbild(Leitbild leitbild) {
      this.leitbild = requireNonNull(leitbild, "leitbild");
      return this;
    }

    /** Sets the Präventionskette (its Angebote are the report's Angebote). */
    public Builder kette(Praeventionskette kette) {
      this.kette = requireNonNull(kette, "kette");
      return this;
    }

    /** Adds one indicator definition (one version). */
    public Builder indikator(Indikator indikator) {
      indikatoren.add(requireNonNull(indikator, "indikator"));
      return this;
    }

    /** Replaces the indicator definitions (all versions the Messwerte refer to). */
    public Builder indikatoren(Collection<Indikator> indikatoren) {
      List<Indikator> kopie = ImmutableList.copyOf(indikatoren);
      this.indikatoren.clear();
      this.indikatoren.addAll(kopie);
      return this;
    }

    /** Replaces the Messwerte (already marked by the small-number protection). */
    public Builder messwerte(Collection<Messwert> messwerte) {
      List<Messwert> kopie = ImmutableList.copyOf(messwerte);
      this.messwerte.clear();
      this.messwerte.addAll(kopie);
      return this;
    }

    /** Replaces the indicators of the Sozialindex (empty: chosen automatically). */
    public Builder sozialindexIndikatoren(Collection<IndikatorKey> keys) {
      List<IndikatorKey> kopie = ImmutableList.copyOf(keys);
      this.sozialindexIndikatoren.clear();
      this.sozialindexIndikatoren.addAll(kopie);
      return this;
    }

    /** Sets the data-protection note. */
    public Builder datenschutzhinweis(String text) {
      this.datenschutzhinweis = requireNonNull(text, "text");
      return this;
    }

    /**
     * Sets the level of Sozialräume the tables show, e.g. {@link Sozialraumebene#STADTTEIL}
     * ({@code null}, the default: per indicator the level with the most areas).
     */
    public Builder ebene(@Nullable Sozialraumebene ebene) {
      this.ebene = ebene;
      return this;
    }

    /**
     * Sets the trend window in periods (default 5, as the monitoring's standard analysis).
     *
     * @throws IllegalArgumentException if below 2
     */
    public Builder trendperioden(int perioden) {
      if (perioden < 2) {
        throw new IllegalArgumentException("a trend needs at least 2 periods, got " + perioden);
      }
      this.trendperioden = perioden;
      return this;
    }

    /**
     * Builds the report and computes its sections.
     *
     * @throws IllegalArgumentException if the title is blank
     * @throws Regelverstoss if a rule of the class comment is broken
     */
    public Monitoringbericht build() {
      return new Monitoringbericht(this);
    }
  }
}

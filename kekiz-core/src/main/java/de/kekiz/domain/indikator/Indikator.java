package de.kekiz.domain.indikator;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.Zeitraum;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * One version of an indicator definition (aggregate root): what is counted, against what, with
 * which factor, where it comes from, how often and at which spatial level. Definitions change (the
 * 2016 revision of the SGB-II statistic changed the numerator), so each change is a new version
 * with its own {@link #gueltigkeit()}; observations point at the version they were computed by
 * through {@link IndikatorRef}.
 *
 * <p>A value is {@code zaehler / nenner × faktor} (factor 100 for a percentage, 1,000 or 10,000 for
 * a rate), or the numerator itself for an indicator without denominator; see {@link
 * #wert(Messwert)}.
 *
 * <p>Rules of the definition (each a {@link RegelverstossException} with this rule code):
 *
 * <ul>
 *   <li>{@code indikator.anteil-ohne-nenner}: a share ({@link #anteil()}) needs a denominator
 *       definition;
 *   <li>{@code indikator.faktor-ohne-nenner}: an indicator without denominator has factor 1 (its
 *       value is the numerator itself);
 *   <li>{@code indikator.stichtag-bei-unterjaehriger-periodizitaet}: a reference day ({@link
 *       #stichtag()}) is given only for yearly or school-year periods, the only ones that hold
 *       every day of the year;
 *   <li>{@code indikator.aenderungshinweis-fehlt}: a version after the first says what changed.
 * </ul>
 *
 * <p>Rules an observation must meet are listed at {@link #pruefe(Messwert)}. The spatial level
 * {@link #ebene()} documents what the source delivers; observations at other levels (a Kommune's
 * total, a Kommune's own small-area evaluation) are not rejected.
 *
 * <p>{@code equals} and {@code hashCode} compare the full state, {@link #revision()} included, so
 * that round trips (database, JSON) can be proven with {@code equals}. Immutable and thread-safe.
 */
public final class Indikator {

  private final IndikatorKey key;
  private final int version;
  private final Zeitraum gueltigkeit;
  private final String name;
  private final String zaehlerDefinition;
  private final @Nullable String nennerDefinition;
  private final BigDecimal faktor;
  private final String einheit;
  private final boolean anteil;
  private final Polaritaet polaritaet;
  private final String quelle;
  private final RaeumlicheEbene ebene;
  private final Periodizitaet periodizitaet;
  private final @Nullable MonthDay stichtag;
  private final ImmutableSortedSet<String> dimensionen;
  private final @Nullable String aenderungshinweis;
  private final int nachkommastellen;
  private final boolean synthetisch;
  private final long revision;
  private final IndikatorRef ref;
  // the factor as a long for the quick division (see Dezimal64), or 0
  private final long faktorGanz;
  // the validity in months (see Periode#beginnMonatIndex): a period's first day lies in it iff
  // the period's first month lies from ersterMonat to letzterMonat
  private final long ersterMonat;
  private final long letzterMonat;

  private Indikator(Builder b) {
    this.key = requireNonNull(b.key, "key");
    this.ref = new IndikatorRef(key, b.version);
    this.version = b.version;
    this.gueltigkeit = requireNonNull(b.gueltigkeit, "gueltigkeit");
    this.name = text("name", b.name);
    this.zaehlerDefinition = text("zaehlerDefinition", b.zaehlerDefinition);
    this.nennerDefinition =
        b.nennerDefinition == null ? null : text("nennerDefinition", b.nennerDefinition);
    this.faktor = faktor(requireNonNull(b.faktor, "faktor"));
    this.faktorGanz = Dezimal64.ganzerFaktor(faktor);
    LocalDate von = gueltigkeit.von();
    LocalDate bis = gueltigkeit.bis();
    // a first day of a month on or after von; on or before bis
    this.ersterMonat = monat(von) + (von.getDayOfMonth() == 1 ? 0 : 1);
    this.letzterMonat = bis == null ? Long.MAX_VALUE : monat(bis);
    this.einheit = text("einheit", b.einheit);
    this.anteil = b.anteil;
    this.polaritaet = requireNonNull(b.polaritaet, "polaritaet");
    this.quelle = text("quelle", b.quelle);
    this.ebene = requireNonNull(b.ebene, "ebene");
    this.periodizitaet = requireNonNull(b.periodizitaet, "periodizitaet");
    this.stichtag = b.stichtag;
    for (String d : b.dimensionen) {
      Aufschluesselung.pruefeDimension(d);
    }
    this.dimensionen = ImmutableSortedSet.copyOf(b.dimensionen);
    this.aenderungshinweis =
        b.aenderungshinweis == null ? null : text("aenderungshinweis", b.aenderungshinweis);
    this.nachkommastellen =
        b.nachkommastellen == null
            ? standardNachkommastellen(nennerDefinition != null, faktor)
            : b.nachkommastellen;
    if (nachkommastellen < 0 || nachkommastellen > MAX_NACHKOMMASTELLEN) {
      throw new IllegalArgumentException(
          "nachkommastellen of Indikator "
              + ref
              + " needs a number from 0 to "
              + MAX_NACHKOMMASTELLEN
              + ", got "
              + nachkommastellen);
    }
    this.synthetisch = b.synthetisch;
    if (b.revision < 0) {
      throw new IllegalArgumentException(
          "revision of Indikator " + ref + " must not be negative, got " + b.revision);
    }
    this.revision = b.revision;

    String gegenstand = "Indikator " + ref;
    RegelverstossException.pruefe(
        !anteil || nennerDefinition != null,
        "indikator.anteil-ohne-nenner",
        gegenstand,
        "a share needs a denominator definition, got anteil=true and no nennerDefinition");
    RegelverstossException.pruefe(
        nennerDefinition != null || faktor.compareTo(BigDecimal.ONE) == 0,
        "indikator.faktor-ohne-nenner",
        gegenstand,
        "an indicator without denominator has factor 1 (its value is the numerator), got faktor "
            + faktor.toPlainString());
    RegelverstossException.pruefe(
        stichtag == null
            || periodizitaet == Periodizitaet.JAEHRLICH
            || periodizitaet == Periodizitaet.SCHULJAHR,
        "indikator.stichtag-bei-unterjaehriger-periodizitaet",
        gegenstand,
        "a reference day needs yearly or school-year periods, got stichtag "
            + stichtag
            + " with periodicity "
            + periodizitaet);
    RegelverstossException.pruefe(
        version == 1 || aenderungshinweis != null,
        "indikator.aenderungshinweis-fehlt",
        gegenstand,
        "version "
            + version
            + " needs an aenderungshinweis saying what changed against version "
            + (version - 1));
  }

  private static long monat(LocalDate tag) {
    return tag.getYear() * 12L + tag.getMonthValue() - 1;
  }

  /** Whether the first day of {@code periode} lies in {@link #gueltigkeit()}. */
  private boolean beginntInGueltigkeit(Periode periode) {
    long m = periode.beginnMonatIndex();
    return m >= ersterMonat && m <= letzterMonat;
  }

  private String text(String feld, @Nullable String wert) {
    requireNonNull(wert, feld);
    if (wert.isBlank()) {
      throw new IllegalArgumentException(
          feld + " of Indikator " + ref + " must not be blank, got '" + wert + "'");
    }
    return wert;
  }

  private BigDecimal faktor(BigDecimal wert) {
    if (wert.signum() <= 0) {
      throw new IllegalArgumentException(
          "faktor of Indikator " + ref + " must be greater than 0, got " + wert.toPlainString());
    }
    BigDecimal stripped = wert.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** The largest declared precision: {@value} decimal places. */
  public static final int MAX_NACHKOMMASTELLEN = 6;

  /**
   * The precision an indicator gets when its definition declares none: 0 decimal places for an
   * absolute number (no denominator), 2 for a plain ratio (factor 1), 1 for a percentage or a rate
   * (factor 100, 1,000, 10,000, …).
   *
   * @param mitNenner whether the indicator has a denominator
   * @param faktor the factor the ratio is multiplied by
   * @return the number of decimal places: 0, 1 or 2
   */
  public static int standardNachkommastellen(boolean mitNenner, BigDecimal faktor) {
    requireNonNull(faktor, "faktor");
    if (!mitNenner) {
      return 0;
    }
    return faktor.compareTo(BigDecimal.ONE) == 0 ? 2 : 1;
  }

  /**
   * {@return a builder for version {@code version} of indicator {@code key}}
   *
   * @param key the indicator's key
   * @param version the version of the definition, from 1
   * @throws IllegalArgumentException if {@code version} is below 1
   */
  public static Builder builder(IndikatorKey key, int version) {
    return new Builder(key, version);
  }

  /**
   * {@return a builder holding this definition's state, to derive a changed copy or the next
   * version}
   */
  public Builder toBuilder() {
    Builder b = new Builder(key, version);
    b.gueltigkeit = gueltigkeit;
    b.name = name;
    b.zaehlerDefinition = zaehlerDefinition;
    b.nennerDefinition = nennerDefinition;
    b.faktor = faktor;
    b.einheit = einheit;
    b.anteil = anteil;
    b.polaritaet = polaritaet;
    b.quelle = quelle;
    b.ebene = ebene;
    b.periodizitaet = periodizitaet;
    b.stichtag = stichtag;
    b.dimensionen.addAll(dimensionen);
    b.aenderungshinweis = aenderungshinweis;
    b.nachkommastellen = nachkommastellen;
    b.synthetisch = synthetisch;
    b.revision = revision;
    return b;
  }

  /** {@return the indicator's stable key across versions} */
  public IndikatorKey key() {
    return key;
  }

  /** {@return the version of the definition, from 1} */
  public int version() {
    return version;
  }

  /** {@return key and version, e.g. {@code sgb2-quote-u15@2}} */
  public IndikatorRef ref() {
    return ref;
  }

  /**
   * {@return the days this version applies to: a period belongs to it if the period's first day
   * does}
   */
  public Zeitraum gueltigkeit() {
    return gueltigkeit;
  }

  /** {@return the German name, e.g. "SGB-II-Quote unter 15 Jahren"} */
  public String name() {
    return name;
  }

  /** {@return what the numerator counts, in German} */
  public String zaehlerDefinition() {
    return zaehlerDefinition;
  }

  /**
   * {@return what the denominator counts, in German, or empty for an absolute indicator without
   * denominator}
   */
  public Optional<String> nennerDefinition() {
    return Optional.ofNullable(nennerDefinition);
  }

  /** {@return whether the indicator has a denominator} */
  public boolean hatNenner() {
    return nennerDefinition != null;
  }

  /**
   * The factor the ratio is multiplied by: 100 for a percentage, 1,000 or 10,000 for a rate, 1
   * otherwise. Held without trailing zeros ({@code 100.0} becomes {@code 100}).
   *
   * @return the factor, greater than 0
   */
  public BigDecimal faktor() {
    return faktor;
  }

  /** {@return the unit of the value, e.g. {@code %} or {@code je 10.000 unter 21-Jährige}} */
  public String einheit() {
    return einheit;
  }

  /**
   * Whether the numerator counts a subset of the denominator (a share): then a numerator is never
   * negative and never greater than its denominator.
   *
   * @return whether the indicator is a share
   */
  public boolean anteil() {
    return anteil;
  }

  /** {@return which direction of the value is desirable} */
  public Polaritaet polaritaet() {
    return polaritaet;
  }

  /** {@return where the data comes from, e.g. "Statistik der Bundesagentur für Arbeit"} */
  public String quelle() {
    return quelle;
  }

  /** {@return the spatial level the source delivers} */
  public RaeumlicheEbene ebene() {
    return ebene;
  }

  /** {@return which kind of period the values refer to} */
  public Periodizitaet periodizitaet() {
    return periodizitaet;
  }

  /**
   * {@return the reference day within each period (e.g. 1 March), or empty if the source has none}
   */
  public Optional<MonthDay> stichtag() {
    return Optional.ofNullable(stichtag);
  }

  /**
   * The reference date within {@code periode}, or empty if the indicator has no reference day.
   *
   * @param periode a period of this indicator's kind
   * @return the reference date, or empty
   * @throws IllegalArgumentException if {@code periode} holds no such day (a period of another kind
   *     than {@link #periodizitaet()})
   */
  public Optional<LocalDate> stichtag(Periode periode) {
    requireNonNull(periode, "periode");
    return stichtag == null ? Optional.empty() : Optional.of(periode.stichtag(stichtag));
  }

  /** {@return the breakdown dimensions observations may use, sorted; empty if none} */
  public ImmutableSortedSet<String> dimensionen() {
    return dimensionen;
  }

  /**
   * {@return what changed against the previous version, or empty (always present from version 2)}
   */
  public Optional<String> aenderungshinweis() {
    return Optional.ofNullable(aenderungshinweis);
  }

  /**
   * The declared precision: how many decimal places a published value of this indicator has. Every
   * report rounds the value half-up to it (tables, charts, CSV); numerator and denominator stay
   * exact. Without a declaration {@link #standardNachkommastellen(boolean, BigDecimal)}.
   *
   * @return the number of decimal places, 0 to {@value #MAX_NACHKOMMASTELLEN}
   */
  public int nachkommastellen() {
    return nachkommastellen;
  }

  /**
   * {@code wert} rounded half-up to {@link #nachkommastellen()} decimal places: the one rounding
   * rule for every figure of this indicator a reader sees.
   *
   * @param wert a value of this indicator, e.g. from {@link #wert(Messwert)}
   * @return the rounded value, with exactly {@link #nachkommastellen()} decimal places
   */
  public BigDecimal gerundet(BigDecimal wert) {
    return requireNonNull(wert, "wert").setScale(nachkommastellen, RoundingMode.HALF_UP);
  }

  /**
   * Whether the values of this definition are synthetic example data (Beispieldaten), generated
   * rather than measured; {@link #quelle()} then says after whose pattern. Every report of such
   * values is marked "Beispieldaten – Werte synthetisch".
   *
   * @return whether the values are synthetic
   */
  public boolean synthetisch() {
    return synthetisch;
  }

  /**
   * What the value is, for a reader, composed only of labelled parts so that no definition text is
   * spliced into another's sentence: e.g. {@code "Zähler: Kinder mit Befund. Nenner: Untersuchte
   * Kinder. Wert = Zähler ÷ Nenner × 100"}, or {@code "Gezählt: Gemeinden des Kreises"} for an
   * indicator without denominator.
   *
   * @return the German definition text
   */
  public String definition() {
    if (nennerDefinition == null) {
      return "Gezählt: " + ohnePunkt(zaehlerDefinition);
    }
    return "Zähler: "
        + ohnePunkt(zaehlerDefinition)
        + ". Nenner: "
        + ohnePunkt(nennerDefinition)
        + ". Wert = Zähler ÷ Nenner"
        + (faktor.compareTo(BigDecimal.ONE) == 0 ? "" : " × " + faktorDeutsch());
  }

  private static String ohnePunkt(String text) {
    String t = text.strip();
    return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
  }

  private String faktorDeutsch() {
    String ganz = faktor.toBigInteger().toString();
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < ganz.length(); i++) {
      if (i > 0 && (ganz.length() - i) % 3 == 0) {
        s.append('.');
      }
      s.append(ganz.charAt(i));
    }
    BigDecimal rest = faktor.subtract(new BigDecimal(faktor.toBigInteger()));
    if (rest.signum() != 0) {
      s.append(',').append(rest.toPlainString().substring(2));
    }
    return s.toString();
  }

  /**
   * {@return the persistence revision: 0 if never saved; set by repositories, not a domain
   * property}
   */
  public long revision() {
    return revision;
  }

  /**
   * {@return whether observations for {@code periode} belong to this version: its kind is {@link
   * #periodizitaet()} and its first day lies in {@link #gueltigkeit()}}
   *
   * @param periode the period of the observations
   */
  public boolean gilt(Periode periode) {
    return periode.art() == periodizitaet && beginntInGueltigkeit(periode);
  }

  /**
   * Checks that {@code messwert} is an observation of this indicator version.
   *
   * <p>Throws a {@link RegelverstossException} with rule code
   *
   * <ul>
   *   <li>{@code messwert.anderer-indikator} if it points at another indicator or version;
   *   <li>{@code messwert.periode-passt-nicht-zur-periodizitaet} if its period's kind differs from
   *       {@link #periodizitaet()} ("a period must fit the indicator's periodicity");
   *   <li>{@code messwert.periode-ausserhalb-gueltigkeit} if its period starts outside {@link
   *       #gueltigkeit()};
   *   <li>{@code messwert.dimension-nicht-deklariert} if its breakdown uses a dimension not in
   *       {@link #dimensionen()};
   *   <li>{@code messwert.nenner-ohne-definition} if it has a denominator but the indicator has
   *       none;
   *   <li>{@code messwert.nenner-fehlt} if it has a numerator but no denominator while the
   *       indicator has one;
   *   <li>{@code messwert.anteil-negativ} if the indicator is a share and the numerator is
   *       negative;
   *   <li>{@code messwert.zaehler-groesser-als-nenner} if the indicator is a share and the
   *       numerator exceeds the denominator ("a value of a share cannot exceed its denominator").
   * </ul>
   *
   * <p>Checks are done in this order; only the first broken rule is reported. No text work is done
   * unless a rule is broken.
   *
   * @param messwert the observation to check
   * @throws RegelverstossException naming the observation's {@link MesswertSchluessel} and the
   *     values
   */
  public void pruefe(Messwert messwert) {
    requireNonNull(messwert, "messwert");
    IndikatorRef andere = messwert.indikator();
    if (andere != ref && !andere.equals(ref)) {
      throw verstoss(
          messwert,
          "messwert.anderer-indikator",
          "it belongs to indicator " + messwert.indikator() + ", checked against " + ref);
    }
    Periode periode = messwert.periode();
    if (periode.art() != periodizitaet) {
      throw verstoss(
          messwert,
          "messwert.periode-passt-nicht-zur-periodizitaet",
          "a period must fit the indicator's periodicity: period "
              + periode
              + " is "
              + periode.art()
              + ", indicator "
              + ref
              + " is "
              + periodizitaet);
    }
    if (!beginntInGueltigkeit(periode)) {
      throw verstoss(
          messwert,
          "messwert.periode-ausserhalb-gueltigkeit",
          "a period must start inside the validity of the indicator version: period "
              + periode
              + " starts "
              + periode.beginn()
              + ", "
              + ref
              + " is valid "
              + gueltigkeit);
    }
    Aufschluesselung aufschluesselung = messwert.aufschluesselung();
    for (String dimension :
        aufschluesselung.istInsgesamt() ? List.<String>of() : aufschluesselung.dimensionen()) {
      if (!dimensionen.contains(dimension)) {
        throw verstoss(
            messwert,
            "messwert.dimension-nicht-deklariert",
            "a breakdown may only use dimensions the indicator declares: '"
                + dimension
                + "' is not among "
                + dimensionen
                + " of "
                + ref);
      }
    }
    BigDecimal zaehler = messwert.zaehler();
    BigDecimal nenner = messwert.nenner();
    if (nenner != null && nennerDefinition == null) {
      throw verstoss(
          messwert,
          "messwert.nenner-ohne-definition",
          "indicator " + ref + " has no denominator, got nenner " + nenner.toPlainString());
    }
    if (nenner == null && zaehler != null && nennerDefinition != null) {
      throw verstoss(
          messwert,
          "messwert.nenner-fehlt",
          "a value of indicator "
              + ref
              + " needs its denominator ("
              + nennerDefinition
              + "), got zaehler "
              + zaehler.toPlainString()
              + " without nenner");
    }
    if (anteil && zaehler != null) {
      if (zaehler.signum() < 0) {
        throw verstoss(
            messwert,
            "messwert.anteil-negativ",
            "a value of a share cannot be negative, got zaehler " + zaehler.toPlainString());
      }
      if (nenner != null && zaehler.compareTo(nenner) > 0) {
        throw verstoss(
            messwert,
            "messwert.zaehler-groesser-als-nenner",
            "a value of a share cannot exceed its denominator, got zaehler "
                + zaehler.toPlainString()
                + " > nenner "
                + nenner.toPlainString());
      }
    }
  }

  private static RegelverstossException verstoss(Messwert messwert, String regel, String detail) {
    return new RegelverstossException(regel, "Messwert " + messwert.schluessel(), detail);
  }

  /**
   * The value of an observation: {@code zaehler × faktor / nenner}, or the numerator itself for an
   * indicator without denominator; empty if the observation has no numerator.
   *
   * <p>The numerator is multiplied by the factor exactly, then divided by the denominator with
   * {@link MathContext#DECIMAL64}: 16 significant digits, rounded half-even. Thus {@code 1234 /
   * 5678 × 100} gives {@code 21.73300457907714}; an exact quotient keeps its natural scale ({@code
   * 1 / 4 × 100} gives {@code 25}). Compare results with {@code compareTo}, not {@code equals}. The
   * value of a suppressed observation is returned too: use {@link
   * #veroeffentlichbarerWert(Messwert)} for output.
   *
   * @param messwert an observation of this indicator version
   * @return the value in {@link #einheit()}, unrounded, or empty without a numerator
   * @throws RegelverstossException if the observation does not fit this indicator, see {@link
   *     #pruefe(Messwert)}
   */
  public Optional<BigDecimal> wert(Messwert messwert) {
    pruefe(messwert);
    return Optional.ofNullable(wertOhnePruefung(messwert));
  }

  /**
   * The value as {@link #wert(Messwert)} computes it, for an observation that was checked against
   * this definition already (as every observation of a {@code Kommunaldaten} is when it is added,
   * or was before its data were declared checked): the check is not made again. An observation that
   * does not fit this definition gets a meaningless value, not an error; when in doubt, call {@link
   * #wert(Messwert)}. Returns {@code null} rather than an empty {@code Optional}: it is read once
   * per figure on the publication's hot path, where every temporary object counts.
   *
   * @param messwert an observation of this indicator version, checked by {@link #pruefe}
   * @return the value, or {@code null} if the observation has no numerator
   */
  public @Nullable BigDecimal wertOhnePruefung(Messwert messwert) {
    BigDecimal zaehler = messwert.zaehler();
    if (zaehler == null) {
      return null;
    }
    BigDecimal nenner = messwert.nenner();
    if (nenner == null) {
      return zaehler;
    }
    return Dezimal64.teile(zaehler, faktor, faktorGanz, nenner);
  }

  /**
   * The value as {@link #wert(Messwert)} computes it, but empty unless the observation may be
   * published (CONF_STATUS F): a suppressed value is absent in every output, never 0.
   *
   * @param messwert an observation of this indicator version
   * @return the value, or empty if it is missing or may not be published
   * @throws RegelverstossException if the observation does not fit this indicator
   */
  public Optional<BigDecimal> veroeffentlichbarerWert(Messwert messwert) {
    Optional<BigDecimal> wert = wert(messwert);
    return messwert.confStatus().veroeffentlichbar() ? wert : Optional.empty();
  }

  /**
   * {@return this definition with another validity, e.g. to close it when the next version starts}
   *
   * @param gueltigkeit the days the version applies to
   */
  public Indikator withGueltigkeit(Zeitraum gueltigkeit) {
    return toBuilder().gueltigkeit(gueltigkeit).build();
  }

  /**
   * {@return this definition with persistence revision {@code revision}}
   *
   * @param revision the new revision, at least 0
   * @throws IllegalArgumentException if {@code revision} is negative
   */
  public Indikator withRevision(long revision) {
    return toBuilder().revision(revision).build();
  }

  /** Compares the full state, {@link #revision()} included. */
  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Indikator)) {
      return false;
    }
    Indikator i = (Indikator) o;
    return version == i.version
        && anteil == i.anteil
        && revision == i.revision
        && key.equals(i.key)
        && gueltigkeit.equals(i.gueltigkeit)
        && name.equals(i.name)
        && zaehlerDefinition.equals(i.zaehlerDefinition)
        && Objects.equals(nennerDefinition, i.nennerDefinition)
        && faktor.equals(i.faktor)
        && einheit.equals(i.einheit)
        && polaritaet == i.polaritaet
        && quelle.equals(i.quelle)
        && ebene == i.ebene
        && periodizitaet == i.periodizitaet
        && Objects.equals(stichtag, i.stichtag)
        && dimensionen.equals(i.dimensionen)
        && Objects.equals(aenderungshinweis, i.aenderungshinweis)
        && nachkommastellen == i.nachkommastellen
        && synthetisch == i.synthetisch;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        key,
        version,
        gueltigkeit,
        name,
        zaehlerDefinition,
        nennerDefinition,
        faktor,
        einheit,
        anteil,
        polaritaet,
        quelle,
        ebene,
        periodizitaet,
        stichtag,
        dimensionen,
        aenderungshinweis,
        nachkommastellen,
        synthetisch,
        revision);
  }

  /** A short form for logs, e.g. {@code Indikator sgb2-quote-u15@2 "…" 2016-01-01..}. */
  @Override
  public String toString() {
    return "Indikator " + ref + " \"" + name + "\" " + gueltigkeit;
  }

  /**
   * Builds an {@link Indikator}. Required: {@code gueltigkeit}, {@code name}, {@code
   * zaehlerDefinition}, {@code einheit}, {@code polaritaet}, {@code quelle}, {@code ebene}, {@code
   * periodizitaet}. Defaults: no denominator, factor 1, not a share, no reference day, no
   * dimensions, no change note, {@link Indikator#standardNachkommastellen the standard precision},
   * not synthetic, revision 0. {@code dimensionen} replaces the dimensions, {@code dimension} adds
   * one.
   */
  public static final class Builder {
    private final IndikatorKey key;
    private final int version;
    private @Nullable Zeitraum gueltigkeit;
    private @Nullable String name;
    private @Nullable String zaehlerDefinition;
    private @Nullable String nennerDefinition;
    private BigDecimal faktor = BigDecimal.ONE;
    private @Nullable String einheit;
    private boolean anteil;
    private @Nullable Polaritaet polaritaet;
    private @Nullable String quelle;
    private @Nullable RaeumlicheEbene ebene;
    private @Nullable Periodizitaet periodizitaet;
    private @Nullable MonthDay stichtag;
    private final Set<String> dimensionen = new TreeSet<>();
    private @Nullable String aenderungshinweis;
    private @Nullable Integer nachkommastellen;
    private boolean synthetisch;
    private long revision;

    private Builder(IndikatorKey key, int version) {
      this.key = requireNonNull(key, "key");
      if (version < 1) {
        throw new IllegalArgumentException(
            "version of indicator " + key + " needs a number from 1, got " + version);
      }
      this.version = version;
    }

    /**
     * Sets the days this version applies to (required).
     *
     * @param gueltigkeit the validity
     * @return this builder
     */
    public Builder gueltigkeit(Zeitraum gueltigkeit) {
      this.gueltigkeit = requireNonNull(gueltigkeit, "gueltigkeit");
      return this;
    }

    /**
     * Sets the German name (required, not blank).
     *
     * @param name the name, e.g. "SGB-II-Quote unter 15 Jahren"
     * @return this builder
     */
    public Builder name(String name) {
      this.name = requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets what the numerator counts (required, not blank).
     *
     * @param zaehlerDefinition the German text
     * @return this builder
     */
    public Builder zaehlerDefinition(String zaehlerDefinition) {
      this.zaehlerDefinition = requireNonNull(zaehlerDefinition, "zaehlerDefinition");
      return this;
    }

    /**
     * Sets or clears what the denominator counts.
     *
     * @param nennerDefinition the German text, or {@code null} for an absolute indicator
     * @return this builder
     */
    public Builder nennerDefinition(@Nullable String nennerDefinition) {
      this.nennerDefinition = nennerDefinition;
      return this;
    }

    /**
     * Sets the factor (default 1).
     *
     * @param faktor the factor, greater than 0 (checked by {@link #build()})
     * @return this builder
     */
    public Builder faktor(BigDecimal faktor) {
      this.faktor = requireNonNull(faktor, "faktor");
      return this;
    }

    /**
     * Sets the factor as a whole number (default 1).
     *
     * @param faktor the factor, e.g. 100 or 10000; greater than 0 (checked by {@link #build()})
     * @return this builder
     */
    public Builder faktor(long faktor) {
      return faktor(BigDecimal.valueOf(faktor));
    }

    /**
     * Sets the unit of the value (required, not blank).
     *
     * @param einheit the unit, e.g. {@code %}
     * @return this builder
     */
    public Builder einheit(String einheit) {
      this.einheit = requireNonNull(einheit, "einheit");
      return this;
    }

    /**
     * Sets whether the numerator is a subset of the denominator (default false).
     *
     * @param anteil whether the indicator is a share
     * @return this builder
     */
    public Builder anteil(boolean anteil) {
      this.anteil = anteil;
      return this;
    }

    /**
     * Sets which direction of the value is desirable (required).
     *
     * @param polaritaet the polarity
     * @return this builder
     */
    public Builder polaritaet(Polaritaet polaritaet) {
      this.polaritaet = requireNonNull(polaritaet, "polaritaet");
      return this;
    }

    /**
     * Sets where the data comes from (required, not blank).
     *
     * @param quelle the source
     * @return this builder
     */
    public Builder quelle(String quelle) {
      this.quelle = requireNonNull(quelle, "quelle");
      return this;
    }

    /**
     * Sets the spatial level the source delivers (required).
     *
     * @param ebene the level
     * @return this builder
     */
    public Builder ebene(RaeumlicheEbene ebene) {
      this.ebene = requireNonNull(ebene, "ebene");
      return this;
    }

    /**
     * Sets which kind of period the values refer to (required).
     *
     * @param periodizitaet the kind of period
     * @return this builder
     */
    public Builder periodizitaet(Periodizitaet periodizitaet) {
      this.periodizitaet = requireNonNull(periodizitaet, "periodizitaet");
      return this;
    }

    /**
     * Sets or clears the reference day within each period.
     *
     * @param stichtag month and day, or {@code null} for none
     * @return this builder
     */
    public Builder stichtag(@Nullable MonthDay stichtag) {
      this.stichtag = stichtag;
      return this;
    }

    /**
     * Replaces the breakdown dimensions.
     *
     * @param dimensionen the dimensions, e.g. {@value Aufschluesselung#ALTERSGRUPPE}; one given
     *     twice is kept once
     * @return this builder
     */
    public Builder dimensionen(String... dimensionen) {
      return dimensionen(Arrays.asList(dimensionen));
    }

    /**
     * Replaces the breakdown dimensions.
     *
     * @param dimensionen the dimensions, e.g. {@value Aufschluesselung#ALTERSGRUPPE}; one given
     *     twice is kept once
     * @return this builder
     */
    public Builder dimensionen(Collection<String> dimensionen) {
      requireNonNull(dimensionen, "dimensionen");
      List<String> neu = new ArrayList<>(dimensionen.size());
      for (String d : dimensionen) {
        neu.add(requireNonNull(d, "dimension"));
      }
      this.dimensionen.clear();
      this.dimensionen.addAll(neu);
      return this;
    }

    /**
     * Adds one breakdown dimension; one already there is kept once.
     *
     * @param dimension the dimension, e.g. {@value Aufschluesselung#GESCHLECHT}
     * @return this builder
     */
    public Builder dimension(String dimension) {
      this.dimensionen.add(requireNonNull(dimension, "dimension"));
      return this;
    }

    /**
     * Sets or clears what changed against the previous version.
     *
     * @param aenderungshinweis the German note, or {@code null} for none (allowed for version 1
     *     only)
     * @return this builder
     */
    public Builder aenderungshinweis(@Nullable String aenderungshinweis) {
      this.aenderungshinweis = aenderungshinweis;
      return this;
    }

    /**
     * The declared precision, 0 to {@value Indikator#MAX_NACHKOMMASTELLEN} decimal places; {@code
     * null} (the default) for {@link Indikator#standardNachkommastellen the standard precision}.
     *
     * @param nachkommastellen the number of decimal places, or {@code null}
     * @return this builder
     */
    public Builder nachkommastellen(@Nullable Integer nachkommastellen) {
      this.nachkommastellen = nachkommastellen;
      return this;
    }

    /**
     * Sets whether the values are synthetic example data (default false).
     *
     * @param synthetisch whether the values are synthetic
     * @return this builder
     */
    public Builder synthetisch(boolean synthetisch) {
      this.synthetisch = synthetisch;
      return this;
    }

    /**
     * Sets the persistence revision (default 0).
     *
     * @param revision the revision, at least 0 (checked by {@link #build()})
     * @return this builder
     */
    public Builder revision(long revision) {
      this.revision = revision;
      return this;
    }

    /**
     * Builds the definition.
     *
     * @return the definition
     * @throws NullPointerException naming a required part that is missing
     * @throws IllegalArgumentException quoting a malformed part (blank text, factor ≤ 0, invalid
     *     dimension, precision outside 0 to {@value Indikator#MAX_NACHKOMMASTELLEN}, negative
     *     revision)
     * @throws RegelverstossException if the parts do not fit together (see the class comment)
     */
    public Indikator build() {
      return new Indikator(this);
    }
  }
}

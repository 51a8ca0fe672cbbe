package de.kekiz.monitoring.geheimhaltung;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;

/**
 * The Cell Key Method ("Cell-Key-Methode"), with which the statistical offices of Bund and Länder
 * protect counts since the Zensus 2022: every count is published with a small noise taken from a
 * perturbation table ({@link Ueberlagerungstabelle}) by the cell's key ({@link Zellschluessel}), so
 * the same cell always gets the same noise and almost every cell can be published.
 *
 * <pre>{@code
 * CellKeyVerfahren ckm = CellKeyVerfahren.of(Ueberlagerungsparameter.standard(), geheimnis);
 * long veroeffentlicht = ckm.ueberlagere("seu-adipositas|05978008|2015/16|Z", 4);
 * }</pre>
 *
 * <h2>Which variant: cell keys from the cell's identity</h2>
 *
 * <p>In the published method each record of the micro data carries a random key and a cell's key is
 * the sum of its records' keys modulo 1. kekiz has no micro data, only counts, so the key of a cell
 * is derived from its identity instead: the first 4 bytes (big-endian) of {@code
 * HMAC-SHA256(geheimnis, UTF-8 bytes of the identity)}, read as a fraction of {@code 2^32}. What
 * follows:
 *
 * <ul>
 *   <li>The same cell gets the same noise in every table of every release made with the same
 *       secret, and for the same original value. A total and its parts each get their own key and
 *       noise, independently; so <b>published tables do not add up</b>, and a publication must say
 *       so (the Zensus 2022 writes: "Einige Fallzahlen werden daher gegenüber ihrem Originalwert
 *       leicht verändert ausgewiesen. Dies hat zur Folge, dass sich die ausgewiesenen Einzelwerte
 *       in der Tabelle nicht notwendigerweise zu den ausgewiesenen Summen addieren.").
 *   <li>The identity must name <em>what is counted</em>, canonically, and never where it is shown:
 *       indicator, period, area by its official key, breakdown, and the role (numerator,
 *       denominator). A count that appears in two tables (a Gemeinde as a Sozialraum of its Kreis
 *       and as a Kommune of its own; a denominator shared by several rates) must get the same
 *       identity in both. Two identities for one count give two independent noises, and an observer
 *       who sees both narrows the original down (each published value lies within {@code D} of it);
 *       with a few of them the original is pinned.
 *   <li>Whoever knows the secret can recompute every key, hence every noise, and in general the
 *       original values: the secret must be kept secret (not in the repository, not in a report,
 *       not in a log) and random (at least {@value #MINDESTLAENGE_GEHEIMNIS} bytes; 32 bytes from
 *       {@code SecureRandom} are recommended). It must also be kept for as long as figures are
 *       published: a new secret draws every noise anew, and two releases of the same cells with
 *       different secrets let an observer average the noise out.
 *   <li>A corrected original value keeps its key, so its noise is drawn at the same place of the
 *       new value's row (with micro data, the key would change with the records).
 * </ul>
 *
 * <p>The table, the quantisation and what kekiz does differently from the published method are
 * described at {@link Ueberlagerungstabelle} and in {@code doc-files/cell-key-methode.md}.
 * Immutable and thread-safe (the secret is absorbed into the HMAC state at construction, not kept
 * as such and never exposed); {@link #ueberlagere(String, long)} takes one HMAC and a table lookup,
 * {@code O(log D)}.
 */
public final class CellKeyVerfahren {

  /** The smallest accepted length of the secret in bytes (128 bits). */
  public static final int MINDESTLAENGE_GEHEIMNIS = 16;

  private final Ueberlagerungstabelle tabelle;
  private final HmacSha256 hmac;

  private CellKeyVerfahren(Ueberlagerungstabelle tabelle, HmacSha256 hmac) {
    this.tabelle = tabelle;
    this.hmac = hmac;
  }

  /**
   * The method with the table built from {@code parameter} and the Kommune's {@code geheimnis}
   * (absorbed at once; the caller may clear its array afterwards).
   *
   * @param parameter the parameters of the perturbation table
   * @param geheimnis the Kommune's secret key of the HMAC, at least {@value
   *     #MINDESTLAENGE_GEHEIMNIS} bytes
   * @return the method
   * @throws IllegalArgumentException if the secret is shorter than {@value
   *     #MINDESTLAENGE_GEHEIMNIS} bytes, naming its length (not its content)
   */
  public static CellKeyVerfahren of(Ueberlagerungsparameter parameter, byte[] geheimnis) {
    requireNonNull(parameter, "parameter");
    requireNonNull(geheimnis, "geheimnis");
    if (geheimnis.length < MINDESTLAENGE_GEHEIMNIS) {
      throw new IllegalArgumentException(
          "the Cell Key Method needs a secret of at least "
              + MINDESTLAENGE_GEHEIMNIS
              + " bytes, got "
              + geheimnis.length
              + " bytes");
    }
    return new CellKeyVerfahren(Ueberlagerungstabelle.of(parameter), new HmacSha256(geheimnis));
  }

  /** {@return the perturbation table built from {@link #parameter()}} */
  public Ueberlagerungstabelle tabelle() {
    return tabelle;
  }

  /** {@return the parameters of the perturbation table} */
  public Ueberlagerungsparameter parameter() {
    return tabelle.parameter();
  }

  /**
   * The key of the cell {@code zellidentitaet}: the first 32 bits of its HMAC-SHA256.
   *
   * @param zellidentitaet the cell's identity, the same text for the same cell in every release
   * @return the cell's key
   */
  public Zellschluessel schluessel(String zellidentitaet) {
    requireNonNull(zellidentitaet, "zellidentitaet");
    byte[] mac = hmac.mac(zellidentitaet.getBytes(StandardCharsets.UTF_8));
    long k =
        ((mac[0] & 0xffL) << 24)
            | ((mac[1] & 0xffL) << 16)
            | ((mac[2] & 0xffL) << 8)
            | (mac[3] & 0xffL);
    return new Zellschluessel(k);
  }

  /**
   * The published value of the count {@code wert} of the cell {@code zellidentitaet}: {@code wert}
   * plus the noise its key selects; 0 for 0, never in the blocked range, at most {@code D} away.
   *
   * @param zellidentitaet the cell's identity, the same text for the same cell in every release
   * @param wert the original count, at least 0
   * @return the perturbed count
   * @throws IllegalArgumentException if {@code wert} is negative, quoting it
   */
  public long ueberlagere(String zellidentitaet, long wert) {
    requireNonNull(zellidentitaet, "zellidentitaet");
    pruefeZaehlwert(zellidentitaet, wert);
    return tabelle.ueberlagere(wert, schluessel(zellidentitaet));
  }

  /**
   * As {@link #ueberlagere(String, long)}, with the original, the key and the published value.
   *
   * @param zellidentitaet the cell's identity, the same text for the same cell in every release
   * @param wert the original count, at least 0
   * @return the perturbation with the original, the key and the perturbed count
   * @throws IllegalArgumentException if {@code wert} is negative, quoting it
   */
  public Ueberlagerung ueberlagerung(String zellidentitaet, long wert) {
    requireNonNull(zellidentitaet, "zellidentitaet");
    pruefeZaehlwert(zellidentitaet, wert);
    Zellschluessel k = schluessel(zellidentitaet);
    return new Ueberlagerung(zellidentitaet, wert, k, tabelle.ueberlagere(wert, k));
  }

  /**
   * A rate or share {@code zaehler / nenner}: numerator and denominator are perturbed as the cells
   * they are, each with the key of its own identity, and the published numerator is limited to the
   * published denominator (see {@link Quotenueberlagerung}). The denominator's identity names the
   * population it counts (e.g. the school entrants of an area and year), so that it gets the same
   * noise in every rate that shares it.
   *
   * @param zaehlerIdentitaet the numerator cell's identity
   * @param zaehler the original numerator, at least 0 and at most {@code nenner}
   * @param nennerIdentitaet the denominator cell's identity, the population it counts
   * @param nenner the original denominator, at least 0
   * @return both perturbations and the published numerator and denominator
   * @throws IllegalArgumentException if a count is negative, the numerator exceeds the denominator,
   *     or both identities are equal, quoting them
   */
  public Quotenueberlagerung ueberlagereQuote(
      String zaehlerIdentitaet, long zaehler, String nennerIdentitaet, long nenner) {
    requireNonNull(zaehlerIdentitaet, "zaehlerIdentitaet");
    requireNonNull(nennerIdentitaet, "nennerIdentitaet");
    return new Quotenueberlagerung(
        ueberlagerung(zaehlerIdentitaet, zaehler), ueberlagerung(nennerIdentitaet, nenner));
  }

  /** {@code CellKeyVerfahren[D=4, V=2, js=2]}; the secret is never shown. */
  @Override
  public String toString() {
    return "CellKeyVerfahren[" + tabelle.parameter() + "]";
  }

  private static void pruefeZaehlwert(String zellidentitaet, long wert) {
    if (wert < 0) {
      throw new IllegalArgumentException(
          "the Cell Key Method perturbs counts, which are at least 0, got "
              + wert
              + " for '"
              + zellidentitaet
              + "'");
    }
  }
}

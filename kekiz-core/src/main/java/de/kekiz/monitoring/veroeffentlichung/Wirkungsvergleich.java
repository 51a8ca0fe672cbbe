package de.kekiz.monitoring.veroeffentlichung;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.Polaritaet;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One effect comparison: how an indicator developed in the Sozialräume where a measure began at a
 * date, against comparable Sozialräume without it (difference in differences). Either it carries
 * the four group shares ({@code werte}) or the reason it could not be made ({@code
 * nichtAuswertbar}), never both. It describes a development, not its cause. Immutable and
 * thread-safe.
 *
 * @param art whether the measure is an Angebot or a bridged Übergang
 * @param schluessel the Angebot's id or the Übergang's key
 * @param massnahme the name of the Angebot or Übergang
 * @param handlungsziel for an Angebot the key of the Handlungsziel it works on; {@code null} for an
 *     Übergang
 * @param beginn the day the measure began (from the chain's validity periods)
 * @param indikator the indicator compared
 * @param indikatorname its name
 * @param polaritaet which direction of it is desirable
 * @param mitMassnahme the Sozialräume with the measure, in the Kommune's order
 * @param vergleichsgruppe the comparison group, in the Kommune's order
 * @param werte the group shares, or {@code null} if the comparison could not be made
 * @param nichtAuswertbar why the comparison could not be made (German), or {@code null}
 */
public record Wirkungsvergleich(
    Massnahmenart art,
    String schluessel,
    String massnahme,
    @Nullable String handlungsziel,
    LocalDate beginn,
    IndikatorKey indikator,
    String indikatorname,
    Polaritaet polaritaet,
    List<Berichtsgebiet> mitMassnahme,
    List<Berichtsgebiet> vergleichsgruppe,
    @Nullable Gruppenvergleich werte,
    @Nullable String nichtAuswertbar) {

  /**
   * Checks that exactly one of values and reason is given, and copies the lists.
   *
   * @param art whether the measure is an Angebot or a bridged Übergang
   * @param schluessel the Angebot's id or the Übergang's key
   * @param massnahme the name of the Angebot or Übergang
   * @param handlungsziel for an Angebot the key of the Handlungsziel it works on; {@code null} for
   *     an Übergang
   * @param beginn the day the measure began (from the chain's validity periods)
   * @param indikator the indicator compared
   * @param indikatorname its name
   * @param polaritaet which direction of it is desirable
   * @param mitMassnahme the Sozialräume with the measure, in the Kommune's order
   * @param vergleichsgruppe the comparison group, in the Kommune's order
   * @param werte the group shares, or {@code null} if the comparison could not be made
   * @param nichtAuswertbar why the comparison could not be made (German), or {@code null}
   * @throws IllegalArgumentException unless exactly one of values and reason is given
   */
  public Wirkungsvergleich {
    requireNonNull(art, "art");
    requireNonNull(schluessel, "schluessel");
    requireNonNull(massnahme, "massnahme");
    requireNonNull(beginn, "beginn");
    requireNonNull(indikator, "indikator");
    requireNonNull(indikatorname, "indikatorname");
    requireNonNull(polaritaet, "polaritaet");
    mitMassnahme = ImmutableList.copyOf(requireNonNull(mitMassnahme, "mitMassnahme"));
    vergleichsgruppe = ImmutableList.copyOf(requireNonNull(vergleichsgruppe, "vergleichsgruppe"));
    if ((werte == null) == (nichtAuswertbar == null)) {
      throw new IllegalArgumentException(
          "an effect comparison of "
              + schluessel
              + " on "
              + indikator
              + " has either values or the reason it has none, got "
              + (werte == null ? "neither" : "both"));
    }
    if (nichtAuswertbar != null && nichtAuswertbar.isBlank()) {
      throw new IllegalArgumentException("the reason of " + schluessel + " cannot be blank");
    }
  }

  /** {@return whether the comparison could be made} */
  public boolean auswertbar() {
    return werte != null;
  }

  /** {@return the group shares, or empty if the comparison could not be made} */
  public Optional<Gruppenvergleich> werteWert() {
    return Optional.ofNullable(werte);
  }

  /** {@return why the comparison could not be made, in German, or empty if it could} */
  public Optional<String> grund() {
    return Optional.ofNullable(nichtAuswertbar);
  }

  /**
   * What the comparison shows: the side of 0 on which the interval of the difference in differences
   * lies, read with the indicator's polarity.
   *
   * @return the finding
   */
  public Befund befund() {
    if (werte == null) {
      return Befund.NICHT_AUSWERTBAR;
    }
    Konfidenzintervall k = werte.intervall();
    if (!k.ueberNull() && !k.unterNull()) {
      return Befund.KEIN_UNTERSCHIED;
    }
    return switch (polaritaet) {
      case HOEHER_IST_BESSER -> k.ueberNull() ? Befund.GUENSTIGER : Befund.UNGUENSTIGER;
      case HOEHER_IST_SCHLECHTER -> k.unterNull() ? Befund.GUENSTIGER : Befund.UNGUENSTIGER;
      case NEUTRAL -> Befund.UNTERSCHIED_OHNE_WERTUNG;
    };
  }
}

package de.kekiz.domain.lernnetzwerk;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.programm.Beleg;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * One meeting of the Lernnetzwerk: its number, date as far as reported, place, host, motto, the
 * participating Kommunen, the Arbeitsgruppen and the contributions given to all ({@link
 * #plenum()}). Counts a source states without naming everyone ("40 Kommunen", "vier
 * Arbeitsgruppen") are kept as counts next to the Kommunen and Arbeitsgruppen it does name.
 *
 * <p>Rules, each reported as a {@link RegelverstossException} with the code given:
 *
 * <ul>
 *   <li>{@code lernnetzwerk.teilnehmer-doppelt}: a Kommune is named once among the participants;
 *   <li>{@code lernnetzwerk.gastgeber-ohne-teilnahme}: the host is among the participants;
 *   <li>{@code lernnetzwerk.beitrag-ohne-teilnahme}: every contributing Kommune is among the
 *       participants;
 *   <li>{@code lernnetzwerk.mehr-teilnehmer-als-angegeben}: no more participants are named than the
 *       stated count;
 *   <li>{@code lernnetzwerk.mehr-arbeitsgruppen-als-angegeben}: no more Arbeitsgruppen are
 *       described than the stated count.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 *
 * @param nummer the meeting's number (the 17th: 17), at least 1
 * @param termin the day, as far as reported
 * @param ort the place, or {@code null} if not reported
 * @param gastgeber the host Kommune, or {@code null} if not reported
 * @param motto the motto, or {@code null} if none is reported
 * @param teilnehmerzahl how many Kommunen took part as reported, or {@code null} if not reported
 * @param teilnehmer the participating Kommunen the sources name, sorted
 * @param arbeitsgruppenzahl how many Arbeitsgruppen met as reported, or {@code null} if not
 *     reported
 * @param arbeitsgruppen the Arbeitsgruppen the sources describe, in the order given
 * @param plenum the contributions given to all participants, in the order given
 * @param belege the sources of what is recorded here
 */
public record Lernnetzwerktreffen(
    int nummer,
    Termin termin,
    @Nullable String ort,
    @Nullable Gemeindeschluessel gastgeber,
    @Nullable String motto,
    @Nullable Integer teilnehmerzahl,
    List<Gemeindeschluessel> teilnehmer,
    @Nullable Integer arbeitsgruppenzahl,
    List<Arbeitsgruppe> arbeitsgruppen,
    List<Beitrag> plenum,
    List<Beleg> belege) {

  /**
   * @param nummer the meeting's number, at least 1
   * @param termin the day, as far as reported
   * @param ort the place, or {@code null} if not reported
   * @param gastgeber the host Kommune, or {@code null} if not reported
   * @param motto the motto, or {@code null} if none is reported
   * @param teilnehmerzahl how many Kommunen took part as reported, or {@code null}
   * @param teilnehmer the participating Kommunen the sources name; stored sorted
   * @param arbeitsgruppenzahl how many Arbeitsgruppen met as reported, or {@code null}
   * @param arbeitsgruppen the Arbeitsgruppen the sources describe
   * @param plenum the contributions given to all participants
   * @param belege the sources of what is recorded here
   * @throws IllegalArgumentException if the number or a count is below 1 or a text is blank
   * @throws RegelverstossException if a rule of the class comment is broken
   */
  public Lernnetzwerktreffen {
    requireNonNull(termin, "termin");
    teilnehmer = ImmutableList.sortedCopyOf(requireNonNull(teilnehmer, "teilnehmer"));
    arbeitsgruppen = ImmutableList.copyOf(requireNonNull(arbeitsgruppen, "arbeitsgruppen"));
    plenum = ImmutableList.copyOf(requireNonNull(plenum, "plenum"));
    belege = ImmutableList.copyOf(requireNonNull(belege, "belege"));
    if (nummer < 1) {
      throw new IllegalArgumentException(
          "Lernnetzwerktreffen needs a number of at least 1, got " + nummer);
    }
    pruefeZahl("teilnehmerzahl", teilnehmerzahl, nummer);
    pruefeZahl("arbeitsgruppenzahl", arbeitsgruppenzahl, nummer);
    pruefeText("ort", ort, nummer);
    pruefeText("motto", motto, nummer);
    String gegenstand = nummer + ". Lernnetzwerktreffen";
    Set<Gemeindeschluessel> dabei = new HashSet<>();
    for (Gemeindeschluessel k : teilnehmer) {
      RegelverstossException.pruefe(
          dabei.add(k),
          "lernnetzwerk.teilnehmer-doppelt",
          gegenstand,
          "die Kommune " + k + " ist mehrfach als Teilnehmerin genannt");
    }
    RegelverstossException.pruefe(
        gastgeber == null || dabei.contains(gastgeber),
        "lernnetzwerk.gastgeber-ohne-teilnahme",
        gegenstand,
        "die gastgebende Kommune " + gastgeber + " ist nicht unter den Teilnehmenden");
    Stream.concat(plenum.stream(), arbeitsgruppen.stream().flatMap(a -> a.beitraege().stream()))
        .forEach(
            b ->
                RegelverstossException.pruefe(
                    dabei.contains(b.kommune()),
                    "lernnetzwerk.beitrag-ohne-teilnahme",
                    gegenstand,
                    "der Beitrag '"
                        + b.titel()
                        + "' kommt von der Kommune "
                        + b.kommune()
                        + ", die nicht unter den Teilnehmenden ist"));
    RegelverstossException.pruefe(
        teilnehmerzahl == null || teilnehmer.size() <= teilnehmerzahl,
        "lernnetzwerk.mehr-teilnehmer-als-angegeben",
        gegenstand,
        teilnehmer.size() + " Kommunen sind genannt, angegeben sind nur " + teilnehmerzahl);
    RegelverstossException.pruefe(
        arbeitsgruppenzahl == null || arbeitsgruppen.size() <= arbeitsgruppenzahl,
        "lernnetzwerk.mehr-arbeitsgruppen-als-angegeben",
        gegenstand,
        arbeitsgruppen.size()
            + " Arbeitsgruppen sind beschrieben, angegeben sind nur "
            + arbeitsgruppenzahl);
  }

  private static void pruefeZahl(String feld, @Nullable Integer zahl, int nummer) {
    if (zahl != null && zahl < 1) {
      throw new IllegalArgumentException(
          "Lernnetzwerktreffen " + nummer + " needs " + feld + " of at least 1, got " + zahl);
    }
  }

  private static void pruefeText(String feld, @Nullable String text, int nummer) {
    if (text != null && text.isBlank()) {
      throw new IllegalArgumentException(
          "Lernnetzwerktreffen " + nummer + " needs " + feld + " that is not blank, or none");
    }
  }

  /**
   * {@return every contribution: the plenum's first, then the Arbeitsgruppen's, in the order given}
   */
  public ImmutableList<Beitrag> beitraege() {
    return Stream.concat(
            plenum.stream(), arbeitsgruppen.stream().flatMap(a -> a.beitraege().stream()))
        .collect(ImmutableList.toImmutableList());
  }
}

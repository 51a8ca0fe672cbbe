package de.kekiz.domain.lernnetzwerk;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Programm;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Lernnetzwerk of a programme: its meetings, ordered by number, and the catalogue of the
 * practice the Kommunen shared in them.
 *
 * <p>Rule, reported as a {@link RegelverstossException}: {@code lernnetzwerk.treffennummer-doppelt}
 * — meeting numbers are unique.
 *
 * <p>A repository stores one Lernnetzwerk per programme and counts its {@link #revision()};
 * equality includes the revision, so round trips through a database or JSON can be proven with
 * {@code equals}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param programm the programme whose Kommunen meet; its key identifies the Lernnetzwerk
 * @param treffen the meetings, sorted by number
 * @param revision the revision a repository stored: 0 means never saved
 */
public record Lernnetzwerk(Programm programm, List<Lernnetzwerktreffen> treffen, long revision) {

  /**
   * @param programm the programme whose Kommunen meet
   * @param treffen the meetings in any order; stored sorted by number
   * @param revision the revision a repository stored: 0 means never saved
   * @throws IllegalArgumentException if the revision is negative
   * @throws RegelverstossException if two meetings have the same number
   */
  public Lernnetzwerk {
    requireNonNull(programm, "programm");
    if (revision < 0) {
      throw new IllegalArgumentException(
          "Lernnetzwerk " + programm.key() + " needs a revision of at least 0, got " + revision);
    }
    List<Lernnetzwerktreffen> sortiert = new ArrayList<>(requireNonNull(treffen, "treffen"));
    sortiert.sort(Comparator.comparingInt(Lernnetzwerktreffen::nummer));
    Set<Integer> nummern = new HashSet<>();
    for (Lernnetzwerktreffen t : sortiert) {
      RegelverstossException.pruefe(
          nummern.add(t.nummer()),
          "lernnetzwerk.treffennummer-doppelt",
          "Lernnetzwerk " + programm.key(),
          "das " + t.nummer() + ". Lernnetzwerktreffen ist mehrfach angegeben");
    }
    treffen = ImmutableList.copyOf(sortiert);
  }

  /**
   * A Lernnetzwerk with {@code treffen}, never saved (revision 0).
   *
   * @param programm the programme whose Kommunen meet
   * @param treffen the meetings in any order; stored sorted by number
   * @throws RegelverstossException if two meetings have the same number
   */
  public Lernnetzwerk(Programm programm, List<Lernnetzwerktreffen> treffen) {
    this(programm, treffen, 0);
  }

  /**
   * {@return a Lernnetzwerk without meetings, never saved}
   *
   * @param programm the programme whose Kommunen meet
   */
  public static Lernnetzwerk of(Programm programm) {
    return new Lernnetzwerk(programm, List.of());
  }

  /**
   * {@return a copy with {@code neu} added among the meetings by its number; the revision is kept}
   *
   * @param neu the meeting to add
   * @throws RegelverstossException if a meeting with the same number is there already
   */
  public Lernnetzwerk withTreffen(Lernnetzwerktreffen neu) {
    requireNonNull(neu, "neu");
    return new Lernnetzwerk(
        programm,
        ImmutableList.<Lernnetzwerktreffen>builder().addAll(treffen).add(neu).build(),
        revision);
  }

  /**
   * {@return a copy at revision {@code revision} (set by repositories)}
   *
   * @param revision the new revision, at least 0
   * @throws IllegalArgumentException if {@code revision} is negative
   */
  public Lernnetzwerk withRevision(long revision) {
    return new Lernnetzwerk(programm, treffen, revision);
  }

  /**
   * {@return the meeting with number {@code nummer}, or empty if there is none}
   *
   * @param nummer the meeting's number (the 17th: 17)
   */
  public Optional<Lernnetzwerktreffen> treffen(int nummer) {
    return treffen.stream().filter(t -> t.nummer() == nummer).findFirst();
  }

  /**
   * The catalogue of shared practice: every contribution of every meeting, by meeting number,
   * within a meeting the plenum's first.
   *
   * @return the entries; empty if no meeting records a contribution
   */
  public ImmutableList<Praxisbeispiel> praxiskatalog() {
    ImmutableList.Builder<Praxisbeispiel> b = ImmutableList.builder();
    for (Lernnetzwerktreffen t : treffen) {
      for (Beitrag p : t.plenum()) {
        b.add(new Praxisbeispiel(t.nummer(), false, p));
      }
      for (Arbeitsgruppe a : t.arbeitsgruppen()) {
        for (Beitrag p : a.beitraege()) {
          b.add(new Praxisbeispiel(t.nummer(), true, p));
        }
      }
    }
    return b.build();
  }

  /**
   * {@return the catalogue's entries presented by {@code kommune}, in the catalogue's order}
   *
   * @param kommune the presenting Kommune
   */
  public ImmutableList<Praxisbeispiel> praxiskatalog(Gemeindeschluessel kommune) {
    requireNonNull(kommune, "kommune");
    return praxiskatalog().stream()
        .filter(p -> p.kommune().equals(kommune))
        .collect(ImmutableList.toImmutableList());
  }
}

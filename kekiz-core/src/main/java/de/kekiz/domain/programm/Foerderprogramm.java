package de.kekiz.domain.programm;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import de.kekiz.domain.Geldbetrag;
import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.kommune.Finanzierungsquelle;
import de.kekiz.domain.kommune.Programm;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A Land programme as a whole: its phases with their participants, its budget by year and source,
 * and the organisations that run, coordinate and research it. {@link #programm()} is the key and
 * name a {@link de.kekiz.domain.kommune.Programmteilnahme} refers to.
 *
 * <p>Budget sums are exact ({@link Geldbetrag}). Where only the joint sum of several sources is
 * published, the share of one of them is not known: {@link #haushalt(int, Finanzierungsquelle)} is
 * then empty rather than a guess.
 *
 * <p>Rules, each reported as a {@link RegelverstossException} with the code given:
 *
 * <ul>
 *   <li>{@code programm.phase-doppelt}: phase keys are unique;
 *   <li>{@code programm.haushalt-doppelt}: a source appears in at most one Haushaltsansatz per year
 *       (otherwise the sum would count money twice).
 * </ul>
 *
 * <p>A repository stores one Foerderprogramm per programme key and counts its {@link #revision()};
 * equality includes the revision, so round trips through a database or JSON can be proven with
 * {@code equals}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param programm the programme's key and name; the key identifies the Foerderprogramm
 * @param phasen the phases, in the order given
 * @param akteure the organisations with a role, in the order given
 * @param haushalt the budget, in the order given
 * @param revision the revision a repository stored: 0 means never saved
 */
public record Foerderprogramm(
    Programm programm,
    List<Programmphase> phasen,
    List<Programmakteur> akteure,
    List<Haushaltsansatz> haushalt,
    long revision) {

  /**
   * @param programm the programme's key and name
   * @param phasen the phases; copied
   * @param akteure the organisations with a role; copied
   * @param haushalt the budget; copied
   * @param revision the revision a repository stored: 0 means never saved
   * @throws IllegalArgumentException if the revision is negative
   * @throws RegelverstossException if a rule of the class comment is broken
   */
  public Foerderprogramm {
    requireNonNull(programm, "programm");
    if (revision < 0) {
      throw new IllegalArgumentException(
          "Foerderprogramm " + programm.key() + " needs a revision of at least 0, got " + revision);
    }
    phasen = ImmutableList.copyOf(requireNonNull(phasen, "phasen"));
    akteure = ImmutableList.copyOf(requireNonNull(akteure, "akteure"));
    haushalt = ImmutableList.copyOf(requireNonNull(haushalt, "haushalt"));
    String gegenstand = "Förderprogramm " + programm.key();
    Set<String> keys = new HashSet<>();
    for (Programmphase p : phasen) {
      RegelverstossException.pruefe(
          keys.add(p.key()),
          "programm.phase-doppelt",
          gegenstand,
          "die Phase '" + p.key() + "' ist mehrfach angegeben");
    }
    Set<String> jahrUndQuelle = new HashSet<>();
    for (Haushaltsansatz a : haushalt) {
      for (Finanzierungsquelle q : a.quellen()) {
        RegelverstossException.pruefe(
            jahrUndQuelle.add(a.jahr() + "/" + q),
            "programm.haushalt-doppelt",
            gegenstand,
            "für "
                + a.jahr()
                + " ist die Quelle "
                + q.bezeichnung()
                + " in mehr als einem Haushaltsansatz angegeben");
      }
    }
  }

  /**
   * A Foerderprogramm never saved (revision 0).
   *
   * @param programm the programme's key and name
   * @param phasen the phases, in the order given
   * @param akteure the organisations with a role, in the order given
   * @param haushalt the budget, in the order given
   * @throws RegelverstossException if a rule of the class comment is broken
   */
  public Foerderprogramm(
      Programm programm,
      List<Programmphase> phasen,
      List<Programmakteur> akteure,
      List<Haushaltsansatz> haushalt) {
    this(programm, phasen, akteure, haushalt, 0);
  }

  /**
   * {@return a programme with its key and name only, never saved; add the rest with the {@code
   * with…} methods}
   *
   * @param programm the programme's key and name
   */
  public static Foerderprogramm of(Programm programm) {
    return new Foerderprogramm(programm, List.of(), List.of(), List.of());
  }

  /**
   * {@return a copy at revision {@code revision} (set by repositories)}
   *
   * @param revision the new revision, at least 0
   * @throws IllegalArgumentException if {@code revision} is negative
   */
  public Foerderprogramm withRevision(long revision) {
    return new Foerderprogramm(programm, phasen, akteure, haushalt, revision);
  }

  /**
   * {@return a copy with {@code phase} added at the end; the revision is kept}
   *
   * @param phase the phase to add
   * @throws RegelverstossException if a phase with the same key is there already
   */
  public Foerderprogramm withPhase(Programmphase phase) {
    requireNonNull(phase, "phase");
    return new Foerderprogramm(
        programm,
        ImmutableList.<Programmphase>builder().addAll(phasen).add(phase).build(),
        akteure,
        haushalt,
        revision);
  }

  /**
   * {@return a copy with {@code akteur} added at the end; the revision is kept}
   *
   * @param akteur the organisation to add
   */
  public Foerderprogramm withAkteur(Programmakteur akteur) {
    requireNonNull(akteur, "akteur");
    return new Foerderprogramm(
        programm,
        phasen,
        ImmutableList.<Programmakteur>builder().addAll(akteure).add(akteur).build(),
        haushalt,
        revision);
  }

  /**
   * {@return a copy with {@code ansatz} added at the end; the revision is kept}
   *
   * @param ansatz the budget line to add
   * @throws RegelverstossException if one of its sources already has a Haushaltsansatz in its year
   */
  public Foerderprogramm withHaushaltsansatz(Haushaltsansatz ansatz) {
    requireNonNull(ansatz, "ansatz");
    return new Foerderprogramm(
        programm,
        phasen,
        akteure,
        ImmutableList.<Haushaltsansatz>builder().addAll(haushalt).add(ansatz).build(),
        revision);
  }

  /**
   * {@return the phase with key {@code key}, or empty if there is none}
   *
   * @param key the phase's key, e.g. {@value
   *     de.kekiz.domain.kommune.Programmteilnahme#PHASE_AUSBAU_2017}
   */
  public Optional<Programmphase> phase(String key) {
    requireNonNull(key, "key");
    return phasen.stream().filter(p -> p.key().equals(key)).findFirst();
  }

  /**
   * {@return the organisations in {@code rolle}, in the order given; empty if none}
   *
   * @param rolle the role asked about
   */
  public ImmutableList<Programmakteur> akteure(Programmrolle rolle) {
    requireNonNull(rolle, "rolle");
    return akteure.stream()
        .filter(a -> a.rolle() == rolle)
        .collect(ImmutableList.toImmutableList());
  }

  /** {@return the years with a budget, sorted; empty if no budget is recorded} */
  public ImmutableSortedSet<Integer> haushaltsjahre() {
    return haushalt.stream()
        .map(Haushaltsansatz::jahr)
        .collect(ImmutableSortedSet.toImmutableSortedSet(Integer::compare));
  }

  /**
   * {@return the whole budget of {@code jahr}, every source; {@link Geldbetrag#NULL} if none}
   *
   * @param jahr the calendar year
   */
  public Geldbetrag haushalt(int jahr) {
    Geldbetrag summe = Geldbetrag.NULL;
    for (Haushaltsansatz a : haushalt) {
      if (a.jahr() == jahr) {
        summe = summe.plus(a.betrag());
      }
    }
    return summe;
  }

  /**
   * The budget of {@code jahr} from {@code quelle}: {@link Geldbetrag#NULL} if it gives nothing
   * that year, empty if its money that year is part of a joint sum whose split is not known.
   *
   * @param jahr the calendar year
   * @param quelle the source of the money
   * @return the amount, or empty if it is not known
   */
  public Optional<Geldbetrag> haushalt(int jahr, Finanzierungsquelle quelle) {
    requireNonNull(quelle, "quelle");
    Geldbetrag summe = Geldbetrag.NULL;
    for (Haushaltsansatz a : haushalt) {
      if (a.jahr() == jahr && a.quellen().contains(quelle)) {
        if (a.gemeinsam()) {
          return Optional.empty();
        }
        summe = summe.plus(a.betrag());
      }
    }
    return Optional.of(summe);
  }

  /**
   * The budget from {@code quelle} over every year: empty if in some year its money is part of a
   * joint sum whose split is not known.
   *
   * @param quelle the source of the money
   * @return the sum over every year with a budget, or empty if it is not known
   */
  public Optional<Geldbetrag> haushalt(Finanzierungsquelle quelle) {
    Geldbetrag summe = Geldbetrag.NULL;
    for (int jahr : haushaltsjahre()) {
      Optional<Geldbetrag> imJahr = haushalt(jahr, quelle);
      if (imJahr.isEmpty()) {
        return Optional.empty();
      }
      summe = summe.plus(imJahr.get());
    }
    return Optional.of(summe);
  }
}

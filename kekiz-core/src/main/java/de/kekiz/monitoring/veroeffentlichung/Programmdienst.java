package de.kekiz.monitoring.veroeffentlichung;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.lernnetzwerk.Lernnetzwerk;
import de.kekiz.domain.lernnetzwerk.Lernnetzwerktreffen;
import de.kekiz.domain.programm.Foerderprogramm;
import de.kekiz.domain.programm.Programmphase;
import de.kekiz.port.FoerderprogrammRepository;
import de.kekiz.port.IndikatorRepository;
import de.kekiz.port.KommuneRepository;
import de.kekiz.port.LeitbildRepository;
import de.kekiz.port.LernnetzwerkRepository;
import de.kekiz.port.MesswertRepository;
import de.kekiz.port.PraeventionsketteRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The programme report over the ports: loads the programme, its Lernnetzwerk and the Kommunen, has
 * {@link Veroeffentlichungsdienst} compute one release of every Kommune of the programme's current
 * phase (and every Kommune presenting practice) whose model is stored — the same release a run of
 * their own reports would make, with its protection — and computes the report with {@link
 * Programmrechnung}. Failures of the storage arrive as the ports' {@link
 * de.kekiz.port.PersistenzException}. Thread-safe if the repositories are.
 */
public final class Programmdienst {

  private final KommuneRepository kommunen;
  private final LeitbildRepository leitbilder;
  private final PraeventionsketteRepository ketten;
  private final FoerderprogrammRepository programme;
  private final LernnetzwerkRepository lernnetzwerke;
  private final Veroeffentlichungsdienst veroeffentlichung;

  /**
   * A service over the given ports.
   *
   * @param kommunen the stored Kommunen
   * @param indikatoren the indicator definitions
   * @param messwerte the Messwerte
   * @param leitbilder the Leitbilder
   * @param ketten the Präventionsketten
   * @param programme the programmes
   * @param lernnetzwerke the programmes' Lernnetzwerke
   */
  public Programmdienst(
      KommuneRepository kommunen,
      IndikatorRepository indikatoren,
      MesswertRepository messwerte,
      LeitbildRepository leitbilder,
      PraeventionsketteRepository ketten,
      FoerderprogrammRepository programme,
      LernnetzwerkRepository lernnetzwerke) {
    this.kommunen = requireNonNull(kommunen, "kommunen");
    this.leitbilder = requireNonNull(leitbilder, "leitbilder");
    this.ketten = requireNonNull(ketten, "ketten");
    this.programme = requireNonNull(programme, "programme");
    this.lernnetzwerke = requireNonNull(lernnetzwerke, "lernnetzwerke");
    this.veroeffentlichung =
        new Veroeffentlichungsdienst(kommunen, indikatoren, messwerte, leitbilder, ketten);
  }

  /**
   * The programme report of the programme with key {@code programm}.
   *
   * @param programm the programme's key
   * @param verzeichnis the Kommunen of the area the reach is counted in (e.g. every Gemeinde and
   *     Kreis of the Land from a register); a stored Kommune of the same key takes its place
   * @param auftrag the order: reference date and protection of the release
   * @return the programme's release, or empty if no programme with that key is stored
   */
  public Optional<Programmveroeffentlichung> veroeffentliche(
      String programm, Collection<Kommune> verzeichnis, Veroeffentlichungsauftrag auftrag) {
    requireNonNull(programm, "programm");
    requireNonNull(verzeichnis, "verzeichnis");
    requireNonNull(auftrag, "auftrag");
    Optional<Foerderprogramm> gefunden = programme.findByProgramm(programm);
    if (gefunden.isEmpty()) {
      return Optional.empty();
    }
    Foerderprogramm p = gefunden.get();
    Lernnetzwerk ln = lernnetzwerke.findByProgramm(programm).orElse(null);
    Map<Gemeindeschluessel, Kommune> gebiet = new LinkedHashMap<>();
    for (Kommune k : verzeichnis) {
      gebiet.put(k.schluessel(), k);
    }
    for (Kommune k : kommunen.findAll()) {
      gebiet.put(k.schluessel(), k);
    }
    Set<Gemeindeschluessel> gefragt = new TreeSet<>();
    Programmrechnung.aktuellePhase(p, auftrag.stichtag())
        .map(Programmphase::kommunen)
        .ifPresent(gefragt::addAll);
    if (ln != null) {
      for (Lernnetzwerktreffen t : ln.treffen()) {
        t.beitraege().forEach(b -> gefragt.add(b.kommune()));
      }
    }
    List<Gemeindeschluessel> mitModell = new ArrayList<>();
    for (Gemeindeschluessel k : gefragt) {
      if (kommunen.findById(k).isPresent()
          && (ketten.findByKommune(k).isPresent()
              || leitbilder.findGueltig(k, auftrag.stichtag()).isPresent())) {
        mitModell.add(k);
      }
    }
    Veroeffentlichung v =
        mitModell.isEmpty()
            ? new Veroeffentlichung(auftrag, List.of())
            : veroeffentlichung.veroeffentliche(mitModell, auftrag);
    return Optional.of(new Programmrechnung(auftrag).berechne(p, ln, gebiet.values(), v));
  }

  /** {@return the keys of every stored programme, sorted} */
  public List<String> programme() {
    return programme.findAll().stream().map(f -> f.programm().key()).sorted().toList();
  }

  @Override
  public String toString() {
    return "Programmdienst";
  }
}

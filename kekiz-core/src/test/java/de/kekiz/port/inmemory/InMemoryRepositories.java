package de.kekiz.port.inmemory;

/**
 * One empty in-memory repository per port, for a test or an example that needs them all. Each
 * holder has its own repositories; nothing is shared between holders.
 */
public final class InMemoryRepositories {

  private final InMemoryKommuneRepository kommunen = new InMemoryKommuneRepository();
  private final InMemoryLeitbildRepository leitbilder = new InMemoryLeitbildRepository();
  private final InMemoryPraeventionsketteRepository ketten =
      new InMemoryPraeventionsketteRepository();
  private final InMemoryIndikatorRepository indikatoren = new InMemoryIndikatorRepository();
  private final InMemoryMesswertRepository messwerte = new InMemoryMesswertRepository();
  private final InMemoryLernnetzwerkRepository lernnetzwerke = new InMemoryLernnetzwerkRepository();
  private final InMemoryFoerderprogrammRepository foerderprogramme =
      new InMemoryFoerderprogrammRepository();

  /** Creates one empty repository per port. */
  public InMemoryRepositories() {}

  /** The Kommunen. */
  public InMemoryKommuneRepository kommunen() {
    return kommunen;
  }

  /** The Leitbilder. */
  public InMemoryLeitbildRepository leitbilder() {
    return leitbilder;
  }

  /** The Präventionsketten. */
  public InMemoryPraeventionsketteRepository ketten() {
    return ketten;
  }

  /** The indicator definitions. */
  public InMemoryIndikatorRepository indikatoren() {
    return indikatoren;
  }

  /** The Messwerte. */
  public InMemoryMesswertRepository messwerte() {
    return messwerte;
  }

  /** The Lernnetzwerke. */
  public InMemoryLernnetzwerkRepository lernnetzwerke() {
    return lernnetzwerke;
  }

  /** The Foerderprogramme. */
  public InMemoryFoerderprogrammRepository foerderprogramme() {
    return foerderprogramme;
  }
}

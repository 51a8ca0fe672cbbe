package de.kekiz.monitoring.veroeffentlichung;

import static java.util.Objects.requireNonNull;

import de.kekiz.domain.angebot.Angebot;
import de.kekiz.domain.angebot.AngebotId;
import de.kekiz.domain.indikator.Aufschluesselung;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.indikator.Messwert;
import de.kekiz.domain.indikator.Periode;
import de.kekiz.domain.indikator.Polaritaet;
import de.kekiz.domain.indikator.Raumbezug;
import de.kekiz.domain.indikator.SozialraumBezug;
import de.kekiz.domain.kette.Beitragsart;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kette.Uebergang;
import de.kekiz.domain.kette.Zielbeitrag;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.kommune.SozialraumRef;
import de.kekiz.domain.kommune.Sozialraumebene;
import de.kekiz.domain.leitbild.Handlungsziel;
import de.kekiz.domain.leitbild.Leitbild;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Computes the effect monitoring of one report ({@link Wirkungsmonitoring}) from the release's
 * published figures only: a suppressed figure makes a comparison "nicht auswertbar", never a
 * guessed one. The rules are those of {@link #METHODE}; the arithmetic is {@link
 * Gruppenvergleich}'s.
 */
final class Wirkungsrechnung {

  /** The method as the report prints it. */
  static final String METHODE =
      "Wirkungsvergleich als Differenz der Differenzen: Für ein Angebot mit Beginn, das an einem"
          + " Handlungsziel arbeitet (Zielbeitrag), und für einen Übergang mit eigenen Indikatoren"
          + " wird die Entwicklung eines Anteils in den Sozialräumen mit der Maßnahme mit der in"
          + " vergleichbaren Sozialräumen ohne sie verglichen. Beginn: der Beginn des Zielbeitrags,"
          + " sonst der des Angebots (beim Übergang das früheste Angebot, das ihn überbrückt; dessen"
          + " Sozialräume bilden die Gruppe mit Maßnahme). Vergleichsgruppe: alle Sozialräume der"
          + " Berichtsebene, die keines der Angebote der Maßnahme je versorgt hat und deren Stufe im"
          + " Sozialindex dieses Berichts gleich der Stufe eines Sozialraums mit Maßnahme ist oder"
          + " höchstens eine Stufe davon abweicht. Vorher: die letzte Periode, die vor dem Beginn"
          + " endet; nachher: die neueste Periode, die nach dem Beginn anfängt. Je Gruppe und"
          + " Periode werden die veröffentlichten Zähler und Nenner summiert; ist darin ein Wert"
          + " gesperrt oder fehlt er, hat ein Gebiet einen anderen Gebietsstand oder der Indikator"
          + " eine andere Version als vorher, oder fiele eine Gruppensumme unter die Geheimhaltung,"
          + " ist der Vergleich nicht auswertbar. 95-%-Konfidenzintervalle: Wilson für jeden"
          + " Anteil, Newcombe (Methode 10) für eine Veränderung, dieselbe Konstruktion über alle"
          + " vier Wilson-Intervalle (MOVER nach Zou und Donner) für die Differenz der Differenzen."
          + " Grenzen: Die Intervalle behandeln die vier Anteile als unabhängige Stichproben;"
          + " gleiche Gebiete in zwei Jahrgängen und die Ähnlichkeit von Kindern eines Gebiets"
          + " bleiben unberücksichtigt, das Intervall ist daher eher zu eng. Der Vergleich setzt"
          + " voraus, dass sich beide Gruppen ohne die Maßnahme gleich entwickelt hätten; die Stufe"
          + " im Sozialindex stammt aus dem Stichtag, nicht aus der Zeit vor dem Beginn. Er zeigt"
          + " einen Unterschied in der Entwicklung, keine Ursache: Andere Angebote, Zuzüge oder"
          + " Änderungen der Erhebung können ihn ebenso erklären.";

  private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.uuuu");

  private final Veroeffentlichungsauftrag auftrag;
  private final Map<IndikatorKey, Indikator> neueste = new HashMap<>();

  Wirkungsrechnung(Veroeffentlichungsauftrag auftrag, Collection<Indikator> indikatoren) {
    this.auftrag = auftrag;
    for (Indikator i : indikatoren) {
      neueste.merge(i.key(), i, (a, b) -> a.version() >= b.version() ? a : b);
    }
  }

  /**
   * The effect monitoring of {@code kommune}, with the chain as it was on the reference date taken
   * from {@code kette}.
   *
   * @param kette the whole chain with its validity periods (not only the reference day's), or
   *     {@code null}
   * @param leitbild the Leitbild in force, or {@code null}
   * @param veroeffentlicht the figures as the release publishes them
   * @param index the report's Sozialindex, or {@code null}
   * @param ebene the level of the report's tables, or {@code null}
   * @param gebiete the names the report prints for an area
   */
  Wirkungsmonitoring berechne(
      Kommune kommune,
      @Nullable Praeventionskette kette,
      @Nullable Leitbild leitbild,
      List<Messwert> veroeffentlicht,
      @Nullable Sozialindex index,
      @Nullable Sozialraumebene ebene,
      Function<Raumbezug, Berichtsgebiet> gebiete) {
    return berechne(
        kommune,
        kette,
        kette == null ? null : kette.am(auftrag.stichtag()),
        leitbild,
        veroeffentlicht,
        index,
        ebene,
        gebiete);
  }

  /**
   * The effect monitoring of {@code kommune}.
   *
   * @param kette the whole chain with its validity periods (not only the reference day's), or
   *     {@code null}
   * @param dann the chain as it was on the reference date ({@code kette.am(stichtag)}), or {@code
   *     null} without chain
   * @param leitbild the Leitbild in force, or {@code null}
   * @param veroeffentlicht the figures as the release publishes them
   * @param index the report's Sozialindex, or {@code null}
   * @param ebene the level of the report's tables, or {@code null}
   * @param gebiete the names the report prints for an area
   */
  Wirkungsmonitoring berechne(
      Kommune kommune,
      @Nullable Praeventionskette kette,
      @Nullable Praeventionskette dann,
      @Nullable Leitbild leitbild,
      List<Messwert> veroeffentlicht,
      @Nullable Sozialindex index,
      @Nullable Sozialraumebene ebene,
      Function<Raumbezug, Berichtsgebiet> gebiete) {
    if (kette == null || dann == null) {
      return new Wirkungsmonitoring(METHODE, List.of(), List.of());
    }
    LocalDate stichtag = auftrag.stichtag();
    Lage lage = new Lage(kommune, veroeffentlicht, index, ebene, gebiete);
    List<Wirkungsvergleich> vergleiche = new ArrayList<>();
    Set<List<String>> gesehen = new HashSet<>();
    for (Zielbeitrag z : dann.zielbeitraege()) {
      if (z.art() != Beitragsart.ANGEBOT || leitbild == null) {
        continue;
      }
      Optional<LocalDate> seit = kette.seit(z);
      Optional<Handlungsziel> hz = leitbild.handlungsziel(z.handlungsziel());
      Optional<Angebot> a = dann.angebot(AngebotId.of(z.beitragender()));
      if (seit.isEmpty() || seit.get().isAfter(stichtag) || hz.isEmpty() || a.isEmpty()) {
        continue; // undated, not begun, or a goal this Leitbild does not hold: nothing to compare
      }
      Set<SozialraumId> raeume = new LinkedHashSet<>(a.get().sozialraeume());
      for (IndikatorKey key : hz.get().indikatoren()) {
        if (gesehen.add(List.of(a.get().id().wert(), key.toString()))) {
          vergleiche.add(
              vergleiche(
                  lage,
                  Massnahmenart.ANGEBOT,
                  a.get().id().wert(),
                  a.get().name(),
                  hz.get().key(),
                  seit.get(),
                  key,
                  raeume,
                  raeume));
        }
      }
    }
    List<Uebergangsmessung> messungen = new ArrayList<>();
    for (Uebergang u : dann.uebergaenge()) {
      messungen.add(messung(lage, kette, dann, u));
    }
    return new Wirkungsmonitoring(METHODE, vergleiche, messungen);
  }

  /**
   * The measurement of Übergang {@code u}: its bridging Angebote valid on the reference date, the
   * earliest recorded beginning among them, the Sozialräume of those that began that day as the
   * group with the measure, and every Sozialraum any bridging Angebote ever served kept out of the
   * comparison group.
   */
  private Uebergangsmessung messung(
      Lage lage, Praeventionskette kette, Praeventionskette dann, Uebergang u) {
    List<Angebot> heute = dann.angeboteAmUebergang(u.key());
    int aktiv = (int) heute.stream().filter(Angebot::aktiv).count();
    List<Wirkungsvergleich> vergleiche = new ArrayList<>();
    LocalDate beginn = null;
    for (Angebot a : heute) {
      Optional<LocalDate> von = a.gueltigkeit().map(z -> z.von());
      if (von.isPresent()
          && !von.get().isAfter(auftrag.stichtag())
          && (beginn == null || von.get().isBefore(beginn))) {
        beginn = von.get();
      }
    }
    if (u.gemessen() && beginn != null) {
      Set<SozialraumId> mit = new LinkedHashSet<>();
      List<String> namen = new ArrayList<>();
      for (Angebot a : heute) {
        if (a.gueltigkeit().map(z -> z.von()).filter(beginn::equals).isPresent()) {
          mit.addAll(a.sozialraeume());
          namen.add(a.name());
        }
      }
      Set<SozialraumId> nie = new HashSet<>();
      for (Angebot a : kette.angeboteAmUebergang(u.key())) {
        nie.addAll(a.sozialraeume());
      }
      for (IndikatorKey key : u.indikatoren()) {
        vergleiche.add(
            vergleiche(
                lage,
                Massnahmenart.UEBERGANG,
                u.key(),
                u.name() + " (" + String.join(", ", namen) + ")",
                null,
                beginn,
                key,
                mit,
                nie));
      }
    }
    return new Uebergangsmessung(u.key(), u.name(), u.indikatoren(), aktiv, vergleiche);
  }

  /** The comparison of indicator {@code key} for one measure. */
  private Wirkungsvergleich vergleiche(
      Lage lage,
      Massnahmenart art,
      String schluessel,
      String name,
      @Nullable String handlungsziel,
      LocalDate beginn,
      IndikatorKey key,
      Set<SozialraumId> mit,
      Set<SozialraumId> ausgeschlossen) {
    Indikator def = neueste.get(key);
    String indikatorname = def == null ? key.toString() : def.name();
    Polaritaet polaritaet = def == null ? Polaritaet.NEUTRAL : def.polaritaet();
    List<Sozialraum> mitRaeume = new ArrayList<>();
    List<Sozialraum> ohneRaeume = new ArrayList<>();
    String grund = lage.gruppen(mit, ausgeschlossen, mitRaeume, ohneRaeume);
    List<Berichtsgebiet> mitGebiete = lage.gebiete(mitRaeume);
    List<Berichtsgebiet> ohneGebiete = lage.gebiete(ohneRaeume);
    Gruppenvergleich werte = null;
    if (grund == null) {
      if (def == null) {
        grund = "Der Indikator " + key + " ist nicht beschrieben.";
      } else if (!def.anteil() || !def.hatNenner()) {
        grund = "Der Indikator ist kein Anteil mit Zähler und Nenner.";
      }
    }
    if (grund == null) {
      Auswahl auswahl = new Auswahl();
      grund = lage.werte(key, beginn, mitRaeume, ohneRaeume, auswahl);
      if (grund == null) {
        werte =
            new Gruppenvergleich(
                requireNonNull(auswahl.vorher),
                requireNonNull(auswahl.nachher), // set when no reason
                auswahl.gruppen[0],
                auswahl.gruppen[1],
                auswahl.gruppen[2],
                auswahl.gruppen[3]);
      }
    }
    return new Wirkungsvergleich(
        art,
        schluessel,
        name,
        handlungsziel,
        beginn,
        key,
        indikatorname,
        polaritaet,
        mitGebiete,
        ohneGebiete,
        werte,
        grund);
  }

  /**
   * The chosen periods and the four group sums (mit vorher, mit nachher, ohne vorher, ohne
   * nachher).
   */
  private static final class Auswahl {
    @Nullable Periode vorher;
    @Nullable Periode nachher;
    final Gruppenwert[] gruppen = new Gruppenwert[4];
  }

  /** What a report knows: its areas, their Stufen and its published figures. */
  private final class Lage {
    private final Kommune kommune;
    private final @Nullable Sozialraumebene ebene;
    private final Function<Raumbezug, Berichtsgebiet> gebiete;
    private final @Nullable Map<SozialraumId, Integer> stufen;
    private final List<Messwert> veroeffentlicht;
    // published totals per indicator key, Sozialraum id and period, for the keys asked for
    private final Map<IndikatorKey, Map<SozialraumId, Map<Periode, Messwert>>> figuren =
        new HashMap<>();

    Lage(
        Kommune kommune,
        List<Messwert> veroeffentlicht,
        @Nullable Sozialindex index,
        @Nullable Sozialraumebene ebene,
        Function<Raumbezug, Berichtsgebiet> gebiete) {
      this.kommune = kommune;
      this.ebene = ebene;
      this.gebiete = gebiete;
      if (index == null) {
        this.stufen = null;
      } else {
        Map<SozialraumId, Integer> s = new HashMap<>();
        for (Sozialindexwert w : index.werte()) {
          if (w.klasse() != null && w.gebiet().raum() instanceof SozialraumBezug b) {
            s.put(b.sozialraum().id(), w.klasse());
          }
        }
        this.stufen = s;
      }
      this.veroeffentlicht = veroeffentlicht;
    }

    /**
     * The published totals of indicator {@code key} by Sozialraum id and period, indexed when a
     * comparison first asks for the key: a release compares few of its indicators.
     */
    private Map<SozialraumId, Map<Periode, Messwert>> figuren(IndikatorKey key) {
      Map<SozialraumId, Map<Periode, Messwert>> jeRaum = figuren.get(key);
      if (jeRaum != null) {
        return jeRaum;
      }
      jeRaum = new HashMap<>();
      for (Messwert m : veroeffentlicht) {
        if (m.raum() instanceof SozialraumBezug b
            && m.indikator().key().equals(key)
            && m.aufschluesselung().equals(Aufschluesselung.INSGESAMT)) {
          jeRaum.computeIfAbsent(b.sozialraum().id(), k -> new HashMap<>()).put(m.periode(), m);
        }
      }
      figuren.put(key, jeRaum);
      return jeRaum;
    }

    /**
     * Fills the group with the measure (Sozialräume of the report's level among {@code mit}) and
     * the comparison group; returns why there is none, or {@code null}.
     */
    @Nullable String gruppen(
        Set<SozialraumId> mit,
        Set<SozialraumId> ausgeschlossen,
        List<Sozialraum> mitRaeume,
        List<Sozialraum> ohneRaeume) {
      if (mit.isEmpty()) {
        return "Die Maßnahme ist keinem Sozialraum zugeordnet (stadtweit): Es gibt keine Gebiete"
            + " ohne sie.";
      }
      List<Sozialraum> ebenenRaeume = new ArrayList<>();
      for (Sozialraum s : kommune.sozialraeumeAm(auftrag.stichtag())) {
        if (s.ebene() == ebene) {
          ebenenRaeume.add(s);
        }
      }
      for (Sozialraum s : ebenenRaeume) {
        if (mit.contains(s.id())) {
          mitRaeume.add(s);
        }
      }
      if (mitRaeume.isEmpty()) {
        return "Keiner der Sozialräume der Maßnahme liegt auf der Ebene der Berichtstabellen.";
      }
      if (stufen == null) {
        return "Ohne Sozialindex lässt sich keine Vergleichsgruppe wählen.";
      }
      Set<Integer> mitStufen = new TreeSet<>();
      for (Sozialraum s : mitRaeume) {
        Integer st = stufen.get(s.id());
        if (st == null) {
          return s.name()
              + " hat keine Stufe im Sozialindex: Es lässt sich keine vergleichbare"
              + " Gruppe wählen.";
        }
        mitStufen.add(st);
      }
      for (Sozialraum s : ebenenRaeume) {
        Integer st = stufen.get(s.id());
        if (ausgeschlossen.contains(s.id()) || mit.contains(s.id()) || st == null) {
          continue;
        }
        if (mitStufen.stream().anyMatch(t -> Math.abs(t - st) <= 1)) {
          ohneRaeume.add(s);
        }
      }
      if (ohneRaeume.isEmpty()) {
        return "Kein Sozialraum ohne die Maßnahme hat dieselbe oder eine benachbarte Stufe im"
            + " Sozialindex.";
      }
      return null;
    }

    List<Berichtsgebiet> gebiete(List<Sozialraum> raeume) {
      List<Berichtsgebiet> l = new ArrayList<>();
      for (Sozialraum s : raeume) {
        l.add(gebiete.apply(new SozialraumBezug(s.ref())));
      }
      return l;
    }

    /**
     * Chooses the periods and sums the groups' published figures into {@code auswahl}; returns why
     * that is not possible, or {@code null}.
     */
    @Nullable String werte(
        IndikatorKey key,
        LocalDate beginn,
        List<Sozialraum> mit,
        List<Sozialraum> ohne,
        Auswahl auswahl) {
      Map<SozialraumId, Map<Periode, Messwert>> jeRaum = figuren(key);
      TreeSet<Periode> perioden = new TreeSet<>();
      for (List<Sozialraum> gruppe : List.of(mit, ohne)) {
        for (Sozialraum s : gruppe) {
          perioden.addAll(jeRaum.getOrDefault(s.id(), Map.of()).keySet());
        }
      }
      Periode vorher = null;
      Periode nachher = null;
      for (Periode p : perioden) {
        if (p.ende().isBefore(beginn)) {
          vorher = p;
        }
        if (!p.beginn().isBefore(beginn)) {
          nachher = p;
        }
      }
      String tag = DATUM.format(beginn);
      if (vorher == null) {
        return "Es gibt keine Periode, die vor dem Beginn am " + tag + " endet.";
      }
      if (nachher == null) {
        return "Es gibt noch keine Periode, die nach dem Beginn am " + tag + " anfängt.";
      }
      auswahl.vorher = vorher;
      auswahl.nachher = nachher;
      List<String> probleme = new ArrayList<>();
      int i = 0;
      for (List<Sozialraum> gruppe : List.of(mit, ohne)) {
        Map<SozialraumId, Messwert> vorherWerte = new HashMap<>();
        for (Periode p : List.of(vorher, nachher)) {
          long z = 0;
          long n = 0;
          for (Sozialraum s : gruppe) {
            Messwert m = jeRaum.getOrDefault(s.id(), Map.of()).get(p);
            String ort = s.name() + " " + p;
            if (m == null) {
              probleme.add(ort + ": kein Wert");
              continue;
            }
            if (!m.veroeffentlichbar() || !m.hatWert() || m.nenner() == null) {
              probleme.add(ort + ": gesperrt");
              continue;
            }
            Messwert frueher = vorherWerte.put(s.id(), m);
            if (frueher != null && !frueher.raum().equals(m.raum())) {
              probleme.add(
                  s.name()
                      + ": Gebietsstand "
                      + gebietsstand(frueher)
                      + " vorher, "
                      + gebietsstand(m)
                      + " nachher");
              continue;
            }
            if (frueher != null && !frueher.indikator().equals(m.indikator())) {
              probleme.add(
                  s.name()
                      + ": Indikatorversion "
                      + frueher.indikator().version()
                      + " vorher, "
                      + m.indikator().version()
                      + " nachher");
              continue;
            }
            Long zz = ganz(m.zaehler());
            Long nn = ganz(m.nenner());
            if (zz == null || nn == null) {
              probleme.add(ort + ": keine ganzzahligen Fallzahlen");
              continue;
            }
            z += zz;
            n += nn;
          }
          if (probleme.isEmpty()) {
            if (n < 1 || z > n) {
              probleme.add(
                  "Gruppe "
                      + (i < 2 ? "mit" : "ohne")
                      + " Maßnahme "
                      + p
                      + ": kein Anteil ("
                      + z
                      + " von "
                      + n
                      + ")");
            } else if (auftrag.verfahren() != Schutzverfahren.INTERN
                && auftrag.regeln().primaer(z, n)) {
              probleme.add(
                  "Gruppe "
                      + (i < 2 ? "mit" : "ohne")
                      + " Maßnahme "
                      + p
                      + ": die zusammengefasste Fallzahl fiele unter die Geheimhaltung");
            } else {
              auswahl.gruppen[i] = new Gruppenwert(z, n);
            }
          }
          i++;
        }
      }
      if (!probleme.isEmpty()) {
        return "Nicht aus veröffentlichten Werten auswertbar: " + String.join("; ", probleme) + ".";
      }
      return null;
    }
  }

  private static int gebietsstand(Messwert m) {
    SozialraumRef r = ((SozialraumBezug) m.raum()).sozialraum();
    return r.gebietsstand();
  }

  /** {@code x} as a long if it is a whole number, else {@code null}. */
  private static @Nullable Long ganz(@Nullable BigDecimal x) {
    if (x == null) {
      return null;
    }
    try {
      return x.stripTrailingZeros().longValueExact();
    } catch (ArithmeticException e) {
      return null;
    }
  }
}

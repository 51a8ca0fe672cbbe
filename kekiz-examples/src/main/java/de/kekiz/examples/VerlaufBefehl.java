package de.kekiz.examples;

import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.importe.Anzeigetext;
import de.kekiz.persistence.KekizPersistenz;
import de.kekiz.port.Ablagestand;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code kekiz verlauf --kommune AGS}: the stored history of a Kommune: its current revision and
 * every earlier stored state of the Kommune, its Präventionskette and its Leitbilder, with when and
 * by whom each was replaced or deleted (the transaction-time history of {@link
 * de.kekiz.port.Ablagehistorie}). It only reads. A Leitbild that is deleted no longer belongs to
 * the Kommune's current Leitbilder and is not listed.
 */
@Command(
    name = "verlauf",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Zeigt die gespeicherten früheren Fassungen einer Kommune, ihrer Präventionskette und ihrer"
          + " Leitbilder: welche Revision wann und von wem ersetzt oder gelöscht wurde und was sie"
          + " enthielt. Ändert nichts.",
      "",
      "Beispiel:",
      "  kekiz verlauf --kommune 05170008"
    })
final class VerlaufBefehl implements Callable<Integer> {

  /** Times of the history in German notation, in the time zone of the programme's Kommunen. */
  private static final DateTimeFormatter ZEIT =
      DateTimeFormatter.ofPattern("dd.MM.uuuu 'um' HH:mm:ss").withZone(ZoneId.of("Europe/Berlin"));

  private final Umgebung umgebung;

  @Mixin GemeinsameOptionen gemeinsam = new GemeinsameOptionen();

  @Mixin KommuneOption kommune = new KommuneOption();

  VerlaufBefehl(Umgebung umgebung) {
    this.umgebung = umgebung;
  }

  @Override
  public Integer call() throws Exception {
    Gemeindeschluessel ags = kommune.ags();
    String text;
    try (Datenbankzugang db = gemeinsam.oeffneVorhandene(umgebung)) {
      db.verwerfeBeimSchliessen();
      text = db.lesend(() -> verlauf(db.persistenz(), ags, db.beschreibung()));
    }
    PrintWriter out = umgebung.out();
    out.print(text);
    out.flush();
    return Hauptprogramm.OK;
  }

  private static String verlauf(KekizPersistenz p, Gemeindeschluessel ags, String datenbank) {
    Optional<Kommune> k = p.kommunen().findById(ags);
    List<Ablagestand<Kommune>> kommuneStaende = p.kommunen().findHistorie(ags);
    if (k.isEmpty() && kommuneStaende.isEmpty()) {
      throw new Abbruch(
          "Kommune " + ags + " ist in der " + datenbank + " nicht gespeichert und war es nie");
    }
    StringBuilder b = new StringBuilder();
    // a deleted Kommune is named as it was last stored
    String name =
        k.map(Kommune::name)
            .orElseGet(() -> kommuneStaende.get(kommuneStaende.size() - 1).inhalt().name());
    b.append("Verlauf von ")
        .append(Anzeigetext.sichtbar(name))
        .append(" (")
        .append(ags)
        .append(") in der ")
        .append(datenbank)
        .append(":\n");
    int frueher = 0;
    frueher +=
        abschnitt(
            b,
            "Kommune",
            k.map(Kommune::revision).orElse(null),
            k.orElse(null),
            kommuneStaende,
            VerlaufBefehl::inhalt,
            VerlaufBefehl::merkmale);
    Optional<Praeventionskette> kette = p.praeventionsketten().findByKommune(ags);
    frueher +=
        abschnitt(
            b,
            "Präventionskette",
            kette.map(Praeventionskette::revision).orElse(null),
            kette.orElse(null),
            p.praeventionsketten().findHistorie(ags),
            VerlaufBefehl::inhalt,
            VerlaufBefehl::merkmale);
    List<Leitbild> leitbilder = p.leitbilder().findByKommune(ags);
    for (Leitbild l : leitbilder) {
      frueher +=
          abschnitt(
              b,
              "Leitbild, Fassung " + l.fassung(),
              l.revision(),
              l,
              p.leitbilder().findHistorie(l.id()),
              VerlaufBefehl::inhalt,
              VerlaufBefehl::merkmale);
    }
    if (leitbilder.isEmpty()) {
      b.append("\nLeitbild: keines gespeichert\n");
    }
    b.append('\n')
        .append(
            frueher == 0
                ? "Keine frühere Fassung gespeichert: alles ist so, wie es zuerst gespeichert wurde."
                : Anzeigetext.anzahl(frueher, "frühere Fassung", "frühere Fassungen")
                    + " gespeichert.")
        .append('\n');
    return b.toString();
  }

  /**
   * Writes one aggregate's section: its current state, then each earlier one with what the state
   * after it changed; returns the number of earlier states.
   */
  private static <T> int abschnitt(
      StringBuilder b,
      String titel,
      @Nullable Long revision,
      @Nullable T aktuell,
      List<Ablagestand<T>> staende,
      Function<T, String> inhalt,
      Function<T, Merkmale> merkmale) {
    b.append('\n').append(titel).append('\n');
    if (revision == null && staende.isEmpty()) {
      b.append("  nicht gespeichert\n");
      return 0;
    }
    if (revision == null) {
      b.append("  derzeit nicht gespeichert (gelöscht)\n");
    } else {
      b.append("  aktuell: Revision ")
          .append(revision)
          .append(": ")
          .append(inhalt.apply(Objects.requireNonNull(aktuell, "aktuell")))
          .append('\n');
    }
    if (staende.isEmpty()) {
      b.append("  keine frühere Fassung\n");
    }
    // newest first, as a reader looks back
    for (int i = staende.size() - 1; i >= 0; i--) {
      Ablagestand<T> s = staende.get(i);
      b.append("  Revision ")
          .append(s.revision())
          .append(s.geloescht() ? ", gelöscht am " : ", ersetzt am ")
          .append(ZEIT.format(s.ersetztAm()))
          .append(" von ")
          .append(Anzeigetext.sichtbar(s.ersetztVon()))
          .append(": ")
          .append(inhalt.apply(s.inhalt()))
          .append('\n');
      // what the next state changed: the next earlier state kept, or the current one; a delete
      // ends a life, and the state after it is a new one
      T danach = i + 1 < staende.size() ? staende.get(i + 1).inhalt() : aktuell;
      if (!s.geloescht() && danach != null) {
        b.append("    danach geändert: ")
            .append(merkmale.apply(s.inhalt()).unterschied(merkmale.apply(danach)))
            .append('\n');
      }
    }
    return staende.size();
  }

  /**
   * What this overview compares of a state: named single values (name, kind, title) and named sets
   * of keys (Sozialräume, Angebote, goals), each in the order it is shown.
   */
  private static final class Merkmale {
    private final Map<String, String> werte = new LinkedHashMap<>();
    private final Map<String, SortedSet<String>> mengen = new LinkedHashMap<>();

    Merkmale wert(String name, @Nullable Object wert) {
      werte.put(name, wert == null ? "—" : Anzeigetext.sichtbar(wert.toString()));
      return this;
    }

    Merkmale menge(String name, Collection<?> elemente) {
      SortedSet<String> m = new TreeSet<>();
      elemente.forEach(e -> m.add(Anzeigetext.sichtbar(e.toString())));
      mengen.put(name, m);
      return this;
    }

    /** {@return what {@code neu} changed against this state, in German} */
    String unterschied(Merkmale neu) {
      List<String> teile = new ArrayList<>();
      werte.forEach(
          (name, alt) -> {
            String n = neu.werte.get(name);
            if (!alt.equals(n)) {
              teile.add(name + " „" + alt + "“ → „" + n + "“");
            }
          });
      mengen.forEach(
          (name, alt) -> {
            SortedSet<String> n = Objects.requireNonNull(neu.mengen.get(name), name);
            List<String> dazu = n.stream().filter(e -> !alt.contains(e)).toList();
            List<String> weg = alt.stream().filter(e -> !n.contains(e)).toList();
            if (!dazu.isEmpty() || !weg.isEmpty()) {
              teile.add(
                  name
                      + (dazu.isEmpty() ? "" : " + " + String.join(", ", dazu))
                      + (weg.isEmpty() ? "" : " − " + String.join(", ", weg)));
            }
          });
      return teile.isEmpty()
          ? "nur in Angaben, die diese Übersicht nicht vergleicht"
          : String.join("; ", teile);
    }
  }

  private static Merkmale merkmale(Kommune k) {
    return new Merkmale()
        .wert("Name", k.name())
        .wert("Art", k.art().bezeichnung())
        .wert("Jugendamt", k.jugendamt())
        .menge("Sozialräume", k.sozialraeume().stream().map(s -> s.ref()).toList())
        .menge("Bevölkerungsstände", bevoelkerungsstaende(k));
  }

  /** The dates of the population figures of {@code k} and of its Sozialräume, German notation. */
  private static List<String> bevoelkerungsstaende(Kommune k) {
    SortedSet<LocalDate> tage = new TreeSet<>();
    k.bevoelkerung().forEach(b -> tage.add(b.stichtag()));
    k.sozialraeume().forEach(s -> tage.addAll(s.stichtage()));
    return tage.stream().map(Anzeigetext::datum).toList();
  }

  private static Merkmale merkmale(Praeventionskette k) {
    return new Merkmale()
        .menge("Angebote", k.angebote().stream().map(a -> a.id()).toList())
        .menge("Übergänge", k.uebergaenge().stream().map(u -> u.key()).toList());
  }

  private static Merkmale merkmale(Leitbild l) {
    return new Merkmale()
        .wert("Titel", l.titel())
        .wert("beschlossen am", l.beschlossenAm().map(Anzeigetext::datum).orElse(null))
        .menge("Leitziele", l.leitziele().stream().map(z -> z.key()).toList())
        .menge("Handlungsziele", l.handlungsziele().stream().map(h -> h.key()).toList())
        .menge(
            "Zielwerte",
            l.zielwerte().stream()
                .map(
                    z ->
                        z.indikator()
                            + (z.sozialraum() == null ? "" : " in " + z.sozialraum())
                            + " bis "
                            + Anzeigetext.datum(z.frist()))
                .toList());
  }

  private static String inhalt(Kommune k) {
    return Anzeigetext.sichtbar(k.name()) + ", " + k.art().bezeichnung() + ", " + sozialraeume(k);
  }

  /** The Sozialräume of {@code k}, and their versions where a boundary changed. */
  private static String sozialraeume(Kommune k) {
    long raeume = k.sozialraeume().stream().map(s -> s.id()).distinct().count();
    int staende = k.sozialraeume().size();
    return Anzeigetext.anzahl(raeume, "Sozialraum", "Sozialräume")
        + (staende == raeume
            ? ""
            : " (" + Anzeigetext.anzahl(staende, "Gebietsstand", "Gebietsstände") + ")");
  }

  private static String inhalt(Praeventionskette k) {
    return Anzeigetext.anzahl(k.angebote().size(), "Angebot", "Angebote")
        + ", "
        + Anzeigetext.anzahl(k.uebergaenge().size(), "Übergang", "Übergänge");
  }

  private static String inhalt(Leitbild l) {
    return Anzeigetext.sichtbar(l.titel())
        + ", Fassung "
        + l.fassung()
        + ", "
        + Anzeigetext.anzahl(l.leitziele().size(), "Leitziel", "Leitziele")
        + ", "
        + Anzeigetext.anzahl(l.zielwerte().size(), "Zielwert", "Zielwerte");
  }
}

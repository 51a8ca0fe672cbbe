package de.kekiz.examples;

import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.importe.Anzeigetext;
import de.kekiz.persistence.KekizPersistenz;
import de.kekiz.port.Ablagestand;
import java.io.PrintWriter;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
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
    try (Datenbankzugang db = gemeinsam.oeffne(umgebung)) {
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
            k.map(VerlaufBefehl::inhalt).orElse(null),
            kommuneStaende,
            VerlaufBefehl::inhalt);
    Optional<Praeventionskette> kette = p.praeventionsketten().findByKommune(ags);
    frueher +=
        abschnitt(
            b,
            "Präventionskette",
            kette.map(Praeventionskette::revision).orElse(null),
            kette.map(VerlaufBefehl::inhalt).orElse(null),
            p.praeventionsketten().findHistorie(ags),
            VerlaufBefehl::inhalt);
    List<Leitbild> leitbilder = p.leitbilder().findByKommune(ags);
    for (Leitbild l : leitbilder) {
      frueher +=
          abschnitt(
              b,
              "Leitbild " + l.id(),
              l.revision(),
              inhalt(l),
              p.leitbilder().findHistorie(l.id()),
              VerlaufBefehl::inhalt);
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

  /** Writes one aggregate's section; returns the number of its earlier states. */
  private static <T> int abschnitt(
      StringBuilder b,
      String titel,
      @Nullable Long revision,
      @Nullable String aktuell,
      List<Ablagestand<T>> staende,
      Function<T, String> inhalt) {
    b.append('\n').append(titel).append('\n');
    if (revision == null && staende.isEmpty()) {
      b.append("  nicht gespeichert\n");
      return 0;
    }
    if (revision == null) {
      b.append("  derzeit nicht gespeichert (gelöscht)\n");
    } else {
      b.append("  aktuell: Revision ").append(revision).append(": ").append(aktuell).append('\n');
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
    }
    return staende.size();
  }

  private static String inhalt(Kommune k) {
    return Anzeigetext.sichtbar(k.name())
        + ", "
        + k.art().bezeichnung()
        + ", "
        + Anzeigetext.anzahl(k.sozialraeume().size(), "Sozialraum", "Sozialräume");
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

package de.kekiz.importe;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.kommune.Bevoelkerungsstand;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.SozialraumId;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Takes the Sozialräume a file describes ({@link Sozialraumangabe}) into a Kommune, keeping every
 * boundary version: a Sozialraum that is new gets Gebietsstand 1; a changed boundary, name, level
 * or parent becomes a <em>new</em> Gebietsstand valid from its own first day, and the version
 * before it ends the day before; a version is never overwritten, so data collected for an old
 * boundary stays tied to it. The same description again changes nothing (an import can be
 * repeated). Sozialräume the file does not name stay as they are; one is ended by giving its last
 * day ({@code gueltig_bis}).
 *
 * <p>Refused, each with the line and column of the description: a changed boundary on the first day
 * of a stored version (that would overwrite it), a version that starts before the newest stored one
 * (history is not rewritten), an end that would leave population figures of the old version outside
 * its validity, a parent that is neither in the file nor stored, and anything else the {@link
 * Kommune} rejects. With any error, nothing is taken. Instances hold no state.
 */
public final class Gebietsstaende {

  private Gebietsstaende() {}

  /**
   * What taking a file into a Kommune gave.
   *
   * @param kommune the Kommune with the file's Sozialräume (the one given if there are errors)
   * @param neu the Sozialräume new to the Kommune
   * @param neueGebietsstaende the new boundary versions of Sozialräume it had
   * @param beendet the versions whose validity the file ended
   * @param unveraendert the descriptions the Kommune held already
   * @param fehler the errors; if any, nothing was taken
   */
  public record Uebernahme(
      Kommune kommune,
      int neu,
      int neueGebietsstaende,
      int beendet,
      int unveraendert,
      ImmutableList<Importfehler> fehler) {
    /**
     * Creates the value; each component is as the record comment describes it.
     *
     * @param kommune the Kommune with the file's Sozialräume (the one given if there are errors)
     * @param neu the Sozialräume new to the Kommune
     * @param neueGebietsstaende the new boundary versions of Sozialräume it had
     * @param beendet the versions whose validity the file ended
     * @param unveraendert the descriptions the Kommune held already
     * @param fehler the errors; if any, nothing was taken
     */
    public Uebernahme {
      requireNonNull(kommune, "kommune");
      fehler = ImmutableList.copyOf(fehler);
    }

    /** {@return whether the Kommune changed} */
    public boolean geaendert() {
      return fehler.isEmpty() && neu + neueGebietsstaende + beendet > 0;
    }
  }

  /**
   * Takes {@code angaben}, read from {@code datei}, into {@code kommune}.
   *
   * @param kommune the Kommune whose Sozialräume the file describes
   * @param datei the file the entries were read from (for the errors)
   * @param angaben the Sozialräume as read from the file
   * @return the Kommune with the file's Sozialräume, or the errors
   */
  public static Uebernahme uebernimm(Kommune kommune, Path datei, List<Sozialraumangabe> angaben) {
    requireNonNull(kommune, "kommune");
    requireNonNull(datei, "datei");
    List<Importfehler> fehler = new ArrayList<>();
    List<Sozialraum> raeume = new ArrayList<>(kommune.sozialraeume());
    Map<String, List<Sozialraumangabe>> nachSchluessel = new LinkedHashMap<>();
    for (Sozialraumangabe a : angaben) {
      nachSchluessel.computeIfAbsent(a.schluessel(), k -> new ArrayList<>()).add(a);
    }
    Set<String> bekannt = new HashSet<>(nachSchluessel.keySet());
    kommune.sozialraeume().forEach(s -> bekannt.add(s.id().code()));
    int neu = 0;
    int neueStaende = 0;
    int beendet = 0;
    int unveraendert = 0;
    for (Map.Entry<String, List<Sozialraumangabe>> e : nachSchluessel.entrySet()) {
      SozialraumId id = SozialraumId.of(kommune.schluessel(), e.getKey());
      List<Sozialraumangabe> liste = new ArrayList<>(e.getValue());
      liste.sort(Comparator.comparing(Sozialraumangabe::ab));
      for (Sozialraumangabe a : liste) {
        if (a.uebergeordnet() != null && !bekannt.contains(a.uebergeordnet())) {
          fehler.add(
              fehler(
                  datei,
                  a,
                  "der übergeordnete Sozialraum '"
                      + a.uebergeordnet()
                      + "' steht weder in der Datei noch bei "
                      + kommune.name()));
          continue;
        }
        List<Sozialraum> versionen = versionen(raeume, id);
        Sozialraum gleicherBeginn =
            versionen.stream()
                .filter(v -> v.gueltigkeit().von().equals(a.ab()))
                .findFirst()
                .orElse(null);
        Sozialraum neueste = versionen.isEmpty() ? null : versionen.get(versionen.size() - 1);
        // the same boundaries as the newest version continue it, unless that version ended
        // before the feature starts: then the feature is a new Gebietsstand (a redrawn
        // Sozialraum whose change the file has no geometry for, told apart by its dates)
        boolean fortsetzung =
            neueste != null
                && a.gleicheGrenzen(neueste)
                && (neueste.gueltigkeit().bis() == null
                    || !neueste.gueltigkeit().bis().isBefore(a.ab()));
        if (gleicherBeginn != null || fortsetzung) {
          Sozialraum v = gleicherBeginn != null ? gleicherBeginn : requireNonNull(neueste);
          if (!a.gleicheGrenzen(v)) {
            fehler.add(
                fehler(
                    datei,
                    a,
                    "Gebietsstand "
                        + v.gebietsstand()
                        + " von '"
                        + a.schluessel()
                        + "' gilt schon ab "
                        + Anzeigetext.datum(a.ab())
                        + ", mit anderen Grenzen, anderem Namen, anderer Ebene oder anderem"
                        + " übergeordneten Sozialraum; ein Gebietsstand wird nicht überschrieben:"
                        + " eine neue Grenze braucht einen neuen ersten Gültigkeitstag"));
          } else if (a.bis() != null && !a.bis().equals(v.gueltigkeit().bis())) {
            String grund = endePasst(v, a.bis());
            if (grund != null) {
              fehler.add(fehler(datei, a, grund));
            } else {
              ersetze(raeume, v, mitGueltigkeit(v, new Zeitraum(v.gueltigkeit().von(), a.bis())));
              beendet++;
            }
          } else {
            unveraendert++;
          }
          continue;
        }
        if (neueste != null && !a.ab().isAfter(neueste.gueltigkeit().von())) {
          fehler.add(
              fehler(
                  datei,
                  a,
                  "der Gebietsstand ab "
                      + Anzeigetext.datum(a.ab())
                      + " liegt vor dem neuesten"
                      + " gespeicherten Gebietsstand "
                      + neueste.gebietsstand()
                      + " von '"
                      + a.schluessel()
                      + "' (ab "
                      + Anzeigetext.datum(neueste.gueltigkeit().von())
                      + "); frühere Gebietsstände lassen sich nicht nachtragen"));
          continue;
        }
        if (neueste != null
            && (neueste.gueltigkeit().bis() == null
                || !neueste.gueltigkeit().bis().isBefore(a.ab()))) {
          LocalDate ende = a.ab().minusDays(1);
          String grund = endePasst(neueste, ende);
          if (grund != null) {
            fehler.add(fehler(datei, a, grund));
            continue;
          }
          ersetze(
              raeume,
              neueste,
              mitGueltigkeit(neueste, new Zeitraum(neueste.gueltigkeit().von(), ende)));
        }
        int stand = versionen.stream().mapToInt(Sozialraum::gebietsstand).max().orElse(0) + 1;
        raeume.add(
            new Sozialraum(
                id,
                stand,
                a.name(),
                a.ebene(),
                a.uebergeordnet() == null
                    ? null
                    : SozialraumId.of(kommune.schluessel(), a.uebergeordnet()),
                new Zeitraum(a.ab(), a.bis()),
                a.geometrie(),
                List.of()));
        if (stand == 1) {
          neu++;
        } else {
          neueStaende++;
        }
      }
    }
    Kommune ergebnis = kommune;
    if (fehler.isEmpty()) {
      try {
        ergebnis = kommune.toBuilder().sozialraeume(raeume).build();
      } catch (RegelverstossException | IllegalArgumentException x) {
        Sozialraumangabe erste = angaben.isEmpty() ? null : angaben.get(0);
        fehler.add(
            new Importfehler(
                datei,
                null,
                erste == null ? 1 : erste.zeile(),
                0,
                "",
                "",
                "die Sozialräume passen so nicht zu "
                    + kommune.name()
                    + ": "
                    + Importfehler.abgelehnt(x)));
        ergebnis = kommune;
      }
    }
    return new Uebernahme(
        fehler.isEmpty() ? ergebnis : kommune,
        fehler.isEmpty() ? neu : 0,
        fehler.isEmpty() ? neueStaende : 0,
        fehler.isEmpty() ? beendet : 0,
        fehler.isEmpty() ? unveraendert : 0,
        ImmutableList.copyOf(fehler));
  }

  private static List<Sozialraum> versionen(List<Sozialraum> raeume, SozialraumId id) {
    List<Sozialraum> v = new ArrayList<>();
    for (Sozialraum s : raeume) {
      if (s.id().equals(id)) {
        v.add(s);
      }
    }
    v.sort(Comparator.comparing((Sozialraum s) -> s.gueltigkeit().von()));
    return v;
  }

  /** Why {@code v} cannot end on {@code ende}: population figures after it; else null. */
  private static @Nullable String endePasst(Sozialraum v, LocalDate ende) {
    if (ende.isBefore(v.gueltigkeit().von())) {
      return "Gebietsstand "
          + v.gebietsstand()
          + " von '"
          + v.id().code()
          + "' beginnt erst am "
          + Anzeigetext.datum(v.gueltigkeit().von())
          + " und kann nicht am "
          + Anzeigetext.datum(ende)
          + " enden";
    }
    for (Bevoelkerungsstand b : v.bevoelkerung()) {
      if (b.stichtag().isAfter(ende)) {
        return "Gebietsstand "
            + v.gebietsstand()
            + " von '"
            + v.id().code()
            + "' hat Bevölkerungszahlen zum "
            + Anzeigetext.datum(b.stichtag())
            + "; er kann nicht am "
            + Anzeigetext.datum(ende)
            + " enden";
      }
    }
    return null;
  }

  private static Sozialraum mitGueltigkeit(Sozialraum s, Zeitraum gueltigkeit) {
    return new Sozialraum(
        s.id(),
        s.gebietsstand(),
        s.name(),
        s.ebene(),
        s.uebergeordnet(),
        gueltigkeit,
        s.geometrie(),
        s.bevoelkerung());
  }

  private static void ersetze(List<Sozialraum> raeume, Sozialraum alt, Sozialraum neu) {
    for (int i = 0; i < raeume.size(); i++) {
      if (raeume.get(i).ref().equals(alt.ref())) {
        raeume.set(i, neu);
        return;
      }
    }
    throw new IllegalStateException("no version " + alt.ref());
  }

  private static Importfehler fehler(Path datei, Sozialraumangabe a, String grund) {
    return new Importfehler(datei, null, a.zeile(), a.spalte(), "", a.schluessel(), grund);
  }
}

package de.kekiz.examples;

import de.kekiz.domain.RegelverstossException;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Gemeindeverzeichnis;
import de.kekiz.domain.kommune.Kommune;
import de.kekiz.domain.kommune.Kommunenart;
import de.kekiz.importe.Anzeigetext;
import de.kekiz.port.KommuneRepository;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code kekiz kommune --kommune AGS [--name NAME] [--art ART] [--jugendamt eigenes|kreis]}:
 * creates a Kommune in the database, or changes its name, kind or Jugendamt. A Kommune of NRW comes
 * from the {@link Gemeindeverzeichnis} (name and kind may be corrected); one of another Land needs
 * name and kind. Running it again with the same values changes nothing and says so.
 */
@Command(
    name = "kommune",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Legt eine Kommune in der Datenbank an oder ändert Name, Art oder Jugendamt einer"
          + " gespeicherten. Eine Kommune aus Nordrhein-Westfalen kommt aus dem eingebauten"
          + " Gemeindeverzeichnis (Name und Art lassen sich berichtigen); eine Kommune eines"
          + " anderen Landes braucht --name und --art. Sozialräume, Bevölkerung und Programme"
          + " bleiben.",
      "",
      "Beispiele:",
      "  kekiz kommune --kommune 02000000 --name Hamburg --art kreisfreie-stadt",
      "  kekiz kommune --kommune 05978020 --jugendamt kreis"
    })
final class KommuneBefehl implements Callable<Integer> {

  private final Umgebung umgebung;

  @Spec @Nullable CommandSpec spec;

  @Mixin GemeinsameOptionen gemeinsam = new GemeinsameOptionen();

  @Mixin KommuneOption kommune = new KommuneOption();

  @Option(names = "--name", paramLabel = "NAME", description = "Name der Kommune, z. B. Hamburg.")
  @Nullable String name;

  @Option(
      names = "--art",
      paramLabel = "ART",
      description =
          "Art der Kommune: kreisfreie-stadt, kreis, staedteregion, grosse-kreisangehoerige-stadt,"
              + " mittlere-kreisangehoerige-stadt oder kreisangehoerige-gemeinde.")
  @Nullable String art;

  @Option(
      names = "--jugendamt",
      paramLabel = "TRAEGER",
      description =
          "Wer das Jugendamt trägt: eigenes (die Kommune) oder kreis (ihr Kreis); Vorgabe: wie"
              + " bisher, für eine neue Kommune nach ihrer Art.")
  @Nullable String jugendamt;

  KommuneBefehl(Umgebung umgebung) {
    this.umgebung = umgebung;
  }

  @Override
  public Integer call() throws Exception {
    Gemeindeschluessel ags = kommune.ags();
    Kommunenart gewuenschteArt = art == null ? null : art(art);
    if (name != null && name.isBlank()) {
      throw fehler("--name braucht einen Namen");
    }
    if (jugendamt != null && !jugendamt.equals("eigenes") && !jugendamt.equals("kreis")) {
      throw fehler(
          "--jugendamt braucht eigenes oder kreis, nicht '"
              + Anzeigetext.sichtbar(jugendamt)
              + "'");
    }
    String meldung;
    try (Datenbankzugang db = gemeinsam.oeffne(umgebung)) {
      db.verwerfeBeimSchliessen(); // unless something is stored
      Ergebnis e = db.imTransaktion(() -> lege(db, ags, gewuenschteArt));
      meldung = e.meldung();
      if (e.gespeichert()) {
        db.uebernimmBeimSchliessen();
      }
    }
    umgebung.out().println(meldung);
    return Hauptprogramm.OK;
  }

  private record Ergebnis(String meldung, boolean gespeichert) {}

  private Ergebnis lege(Datenbankzugang db, Gemeindeschluessel ags, @Nullable Kommunenart neueArt) {
    KommuneRepository kommunen = db.persistenz().kommunen();
    Optional<Kommune> gespeichert = kommunen.findById(ags);
    Kommune basis = gespeichert.or(() -> Gemeindeverzeichnis.nrw().kommune(ags)).orElse(null);
    if (basis == null && (name == null || neueArt == null)) {
      throw new Abbruch(
          "Kommune "
              + ags
              + " ist weder in der "
              + db.beschreibung()
              + " noch im Gemeindeverzeichnis NRW: bitte "
              + (name == null && neueArt == null
                  ? "--name und --art"
                  : name == null ? "auch --name" : "auch --art")
              + " angeben, z. B. --name Hamburg --art kreisfreie-stadt");
    }
    Kommune neu;
    try {
      neu = baue(ags, basis, neueArt);
    } catch (RegelverstossException | IllegalArgumentException e) {
      throw new Abbruch("Kommune " + ags + " kann so nicht angelegt werden: " + e.getMessage());
    }
    if (gespeichert.isPresent() && gespeichert.get().equals(neu)) {
      return new Ergebnis(
          "Kommune " + beschreibe(neu) + " ist schon so gespeichert; nichts geändert.", false);
    }
    kommunen.save(neu);
    String woher =
        gespeichert.isPresent()
            ? "geändert"
            : basis != null ? "aus dem Gemeindeverzeichnis NRW angelegt" : "angelegt";
    return new Ergebnis("Kommune " + beschreibe(neu) + " " + woher + ".", true);
  }

  private Kommune baue(
      Gemeindeschluessel ags, @Nullable Kommune basis, @Nullable Kommunenart neueArt) {
    String n = name != null ? name.strip() : Objects.requireNonNull(basis).name();
    Kommunenart a = neueArt != null ? neueArt : Objects.requireNonNull(basis).art();
    Kommune.Builder b = Kommune.builder(ags, n, a);
    if (basis != null) {
      b.sozialraeume(basis.sozialraeume())
          .teilnahmen(basis.teilnahmen())
          .bevoelkerung(basis.bevoelkerung())
          .revision(basis.revision());
      if (a == basis.art()) {
        b.kreisfrei(basis.kreisfrei())
            .kreis(basis.kreis().orElse(null))
            .jugendamt(basis.jugendamt());
      }
    }
    if ("eigenes".equals(jugendamt)) {
      b.jugendamt(ags);
    } else if ("kreis".equals(jugendamt)) {
      b.jugendamt(ags.kreis().alsGemeindeschluessel());
    }
    return b.build();
  }

  private static String beschreibe(Kommune k) {
    return Anzeigetext.sichtbar(k.name())
        + " ("
        + k.schluessel()
        + ", "
        + k.art().bezeichnung()
        + ", Jugendamt: "
        + (k.hatEigenesJugendamt() ? "eigenes" : "des Kreises " + k.jugendamt())
        + ")";
  }

  private Kommunenart art(String text) {
    try {
      return Hauptprogramm.aufzaehlung(Kommunenart.class, text);
    } catch (IllegalArgumentException e) {
      throw fehler("--art " + e.getMessage());
    }
  }

  private ParameterException fehler(String nachricht) {
    return new ParameterException(Objects.requireNonNull(spec, "spec").commandLine(), nachricht);
  }
}

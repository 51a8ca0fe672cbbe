package de.kekiz.domain.kette;

import static de.kekiz.domain.kette.KetteFixtures.AHLEN;
import static de.kekiz.domain.kette.KetteFixtures.FAMILIENZENTRUM;
import static de.kekiz.domain.kette.KetteFixtures.JUGENDAMT;
import static de.kekiz.domain.kette.RegelAssert.verletzt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.kekiz.domain.AkteurId;
import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.angebot.Angebot;
import de.kekiz.domain.angebot.AngebotFixtures;
import de.kekiz.domain.angebot.AngebotId;
import de.kekiz.domain.angebot.AngebotStatus;
import de.kekiz.domain.angebot.Praeventionsebene;
import de.kekiz.domain.angebot.Standort;
import de.kekiz.domain.kommune.SozialraumId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("Praeventionskette")
class PraeventionsketteTest {
  private static final Set<SozialraumId> AHLENS_SOZIALRAEUME =
      Set.of(
          AngebotFixtures.INNENSTADT,
          AngebotFixtures.SUED_OST,
          AngebotFixtures.NORD,
          AngebotFixtures.VORHELM);

  @Nested
  @DisplayName("of Ahlen")
  class Ahlen {
    private final Praeventionskette kette = KetteFixtures.ahlen();

    @Test
    @DisplayName("starts with the standard phases, transitions and fields")
    void standard() {
      assertThat(kette.kommune()).isEqualTo(AHLEN);
      assertThat(kette.lebensphasen()).isEqualTo(Lebensphase.standard());
      assertThat(kette.uebergaenge()).isEqualTo(Uebergang.standard(Lebensphase.standard()));
      assertThat(kette.handlungsfelder()).isEqualTo(Handlungsfeld.standard());
      assertThat(kette.revision()).isZero();
    }

    @Test
    @DisplayName("finds its parts by key")
    void nachschlagen() {
      assertThat(kette.lebensphase("kita")).contains(Lebensphase.KITA);
      assertThat(kette.lebensphase("krippe")).isEmpty();
      assertThat(kette.handlungsfeld("sport")).contains(Handlungsfeld.SPORT);
      assertThat(kette.handlungsfeld("kultur")).isEmpty();
      assertThat(kette.uebergang("kita-grundschule"))
          .hasValueSatisfying(u -> assertThat(u.name()).isEqualTo("Kita → Grundschule"));
      assertThat(kette.uebergang("kita-beruf")).isEmpty();
      assertThat(kette.akteur(JUGENDAMT))
          .hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("Stadt Ahlen – Jugendamt"));
      assertThat(kette.akteur(AkteurId.of("polizei"))).isEmpty();
      assertThat(kette.netzwerk("fruehe-hilfen")).contains(KetteFixtures.fruehHilfen());
      assertThat(kette.netzwerk("sport")).isEmpty();
      assertThat(kette.angebot(AngebotFixtures.KALENDER))
          .contains(AngebotFixtures.kooperationskalender());
      assertThat(kette.angebot(AngebotId.of("gibt-es-nicht"))).isEmpty();
    }

    @Test
    @DisplayName("has four AGs and half a coordinator post in its Steuerung")
    void steuerung() {
      assertThat(kette.steuerung().ags()).hasSize(4);
      assertThat(kette.steuerung().koordination()).isEqualTo(KetteFixtures.koordination());
      assertThat(kette.steuerung().gruppe()).isEqualTo(KetteFixtures.steuerungsgruppe());
    }

    @Test
    @DisplayName("lists the Angebote of a phase and a field")
    void angeboteIn() {
      assertThat(kette.angeboteIn("kita", "jugendhilfe"))
          .extracting(Angebot::id)
          .containsExactly(AngebotFixtures.KALENDER, AngebotFixtures.FAMILIENCAFE);
      assertThat(kette.angeboteIn("kita", "bildung"))
          .extracting(Angebot::id)
          .containsExactly(AngebotFixtures.KALENDER);
      assertThat(kette.angeboteIn("schule-beruf", "arbeit")).isEmpty();
      assertThat(kette.angeboteIn("krippe", "bildung")).isEmpty();
    }

    @Test
    @DisplayName("lists the Angebote of a Träger")
    void angeboteVon() {
      assertThat(kette.angeboteVon(FAMILIENZENTRUM))
          .extracting(Angebot::id)
          .containsExactly(AngebotFixtures.FAMILIENCAFE);
      assertThat(kette.angeboteVon(KetteFixtures.JOBCENTER)).isEmpty();
    }

    @Test
    @DisplayName("has the Übergang kita → grundschule bridged by the Kooperationskalender")
    void kitaGrundschule() {
      assertThat(kette.angeboteAmUebergang("kita-grundschule"))
          .containsExactly(AngebotFixtures.kooperationskalender());
      assertThat(kette.offeneUebergaenge())
          .extracting(Uebergang::key)
          .containsExactly(
              "grundschule-weiterfuehrende-schule", "weiterfuehrende-schule-schule-beruf");
    }

    @Test
    @DisplayName("counts an Übergang as open again when its only Angebot is not active")
    void offenBeiInaktivem() {
      Praeventionskette k =
          kette.withAngebot(
              AngebotFixtures.kooperationskalender()
                  .withStatus(AngebotStatus.VORUEBERGEHEND_GESCHLOSSEN));
      assertThat(k.offeneUebergaenge()).extracting(Uebergang::key).contains("kita-grundschule");
    }

    @Test
    @DisplayName("has a short summary as text")
    void text() {
      assertThat(kette)
          .hasToString(
              "Präventionskette 05570004 (5 Lebensphasen, 9 Akteure, 3 Angebote, revision 0)");
    }
  }

  @Nested
  @DisplayName("Lebensphasen")
  class Lebensphasen {
    @Test
    @DisplayName("may be custom: a chain that covers only ages 0-10 works")
    void eigenePhasen() {
      Lebensphase fruehe =
          Lebensphase.of("fruehe-kindheit", "Frühe Kindheit", Altersspanne.of(0, 2));
      Lebensphase kita = Lebensphase.of("kita", "Kita", Altersspanne.of(3, 5));
      Lebensphase schule = Lebensphase.of("grundschule", "Grundschule", Altersspanne.of(6, 10));
      Angebot kalender = AngebotFixtures.kooperationskalender();
      Praeventionskette k =
          Praeventionskette.builder(AHLEN)
              .lebensphasen(fruehe, kita, schule)
              .handlungsfelder(Handlungsfeld.BILDUNG, Handlungsfeld.JUGENDHILFE)
              .akteure(Akteur.of(JUGENDAMT, "Jugendamt", Akteursart.JUGENDAMT, "jugendhilfe"))
              .angebote(kalender)
              .build();
      assertThat(k.lebensphasen()).containsExactly(fruehe, kita, schule);
      assertThat(k.uebergaenge())
          .extracting(Uebergang::key, Uebergang::name)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("fruehe-kindheit-kita", "Frühe Kindheit → Kita"),
              org.assertj.core.groups.Tuple.tuple("kita-grundschule", "Kita → Grundschule"));
      assertThat(k.angeboteAmUebergang("kita-grundschule")).containsExactly(kalender);
      assertThat(k.offeneUebergaenge())
          .extracting(Uebergang::key)
          .containsExactly("fruehe-kindheit-kita");
    }

    @Test
    @DisplayName("may leave gaps between ages")
    void luecke() {
      Praeventionskette k =
          Praeventionskette.builder(AHLEN)
              .lebensphasen(Lebensphase.KITA, Lebensphase.WEITERFUEHRENDE_SCHULE)
              .build();
      assertThat(k.uebergaenge())
          .extracting(Uebergang::key)
          .containsExactly("kita-weiterfuehrende-schule");
    }

    @Test
    @DisplayName("rejects overlapping phases")
    void ueberlappend() {
      Lebensphase u3 = Lebensphase.of("u3", "Unter drei", Altersspanne.unter(3));
      verletzt(
          () ->
              Praeventionskette.builder(AHLEN)
                  .lebensphasen(Lebensphase.SCHWANGERSCHAFT_GEBURT, u3)
                  .build(),
          "kette.lebensphasen-ueberlappen",
          "'schwangerschaft-geburt' (0-0)",
          "'u3' (0-2)",
          "Präventionskette 05570004");
      Lebensphase ab10 = Lebensphase.of("jugend", "Jugend", Altersspanne.ab(10));
      verletzt(
          () ->
              Praeventionskette.builder(AHLEN)
                  .lebensphasen(Lebensphase.KITA, ab10, Lebensphase.SCHULE_BERUF)
                  .build(),
          "kette.lebensphasen-ueberlappen",
          "'jugend' (10+)",
          "'schule-beruf' (16-24)");
    }

    @Test
    @DisplayName("rejects phases not listed by age")
    void reihenfolge() {
      verletzt(
          () ->
              Praeventionskette.builder(AHLEN)
                  .lebensphasen(Lebensphase.GRUNDSCHULE, Lebensphase.KITA)
                  .uebergaenge()
                  .build(),
          "kette.lebensphasen-reihenfolge",
          "'kita' (1-5)",
          "'grundschule' (6-9)");
    }

    @Test
    @DisplayName("rejects a chain without phases")
    void keine() {
      verletzt(
          () -> Praeventionskette.builder(AHLEN).lebensphasen(List.of()).build(),
          "kette.ohne-lebensphase",
          "Präventionskette 05570004");
    }

    @Test
    @DisplayName("rejects two phases with the same key")
    void keyDoppelt() {
      verletzt(
          () ->
              Praeventionskette.builder(AHLEN)
                  .lebensphasen(
                      Lebensphase.KITA,
                      Lebensphase.of("kita", "Schulkinder", Altersspanne.of(6, 9)))
                  .uebergaenge()
                  .build(),
          "kette.lebensphase-key-doppelt",
          "'kita'");
    }
  }

  @Nested
  @DisplayName("Übergänge")
  class Uebergaenge {
    @Test
    @DisplayName("may skip phases if they lead forward")
    void ueberspringen() {
      Uebergang kitaWeiter =
          Uebergang.zwischen(Lebensphase.KITA, Lebensphase.WEITERFUEHRENDE_SCHULE);
      Praeventionskette k = Praeventionskette.builder(AHLEN).uebergaenge(kitaWeiter).build();
      assertThat(k.uebergaenge()).containsExactly(kitaWeiter);
    }

    @Test
    @DisplayName("reject an Übergang from a later to an earlier phase")
    void rueckwaerts() {
      verletzt(
          () ->
              Praeventionskette.builder(AHLEN)
                  .uebergaenge(
                      Uebergang.of("grundschule-kita", "Grundschule → Kita", "grundschule", "kita"))
                  .build(),
          "kette.uebergang-rueckwaerts",
          "'grundschule-kita'",
          "'grundschule'",
          "'kita'");
    }

    @Test
    @DisplayName("reject an Übergang to a phase the chain does not have")
    void unbekanntePhase() {
      verletzt(
          () ->
              Praeventionskette.builder(AHLEN)
                  .lebensphasen(
                      Lebensphase.SCHWANGERSCHAFT_GEBURT, Lebensphase.KITA, Lebensphase.GRUNDSCHULE)
                  .uebergaenge(
                      Uebergang.zwischen(
                          Lebensphase.GRUNDSCHULE, Lebensphase.WEITERFUEHRENDE_SCHULE))
                  .build(),
          "kette.uebergang-unbekannte-phase",
          "'weiterfuehrende-schule'");
    }

    @Test
    @DisplayName("reject standard Übergänge kept after the phases were replaced")
    void veralteteStandarduebergaenge() {
      Praeventionskette standard = Praeventionskette.builder(AHLEN).build();
      verletzt(
          () ->
              standard.toBuilder().lebensphasen(Lebensphase.KITA, Lebensphase.GRUNDSCHULE).build(),
          "kette.uebergang-unbekannte-phase",
          "'schwangerschaft-geburt'");
    }

    @Test
    @DisplayName("reject two Übergänge with the same key")
    void keyDoppelt() {
      Uebergang u = Uebergang.zwischen(Lebensphase.KITA, Lebensphase.GRUNDSCHULE);
      verletzt(
          () -> Praeventionskette.builder(AHLEN).uebergaenge(u, u).build(),
          "kette.uebergang-key-doppelt",
          "'kita-grundschule'");
    }

    @Test
    @DisplayName("may be none")
    void keine() {
      assertThat(Praeventionskette.builder(AHLEN).uebergaenge().build().uebergaenge()).isEmpty();
    }
  }

  @Nested
  @DisplayName("Handlungsfelder and Akteure")
  class Akteure {
    @Test
    @DisplayName("reject two Handlungsfelder with the same key")
    void feldDoppelt() {
      verletzt(
          () ->
              Praeventionskette.builder(AHLEN)
                  .handlungsfelder(
                      Handlungsfeld.SPORT, Handlungsfeld.of("sport", "Sport und Bewegung"))
                  .build(),
          "kette.handlungsfeld-key-doppelt",
          "'sport'");
    }

    @Test
    @DisplayName("reject two Akteure with the same id")
    void akteurDoppelt() {
      verletzt(
          () ->
              KetteFixtures.ahlenBuilder()
                  .akteur(Akteur.of(JUGENDAMT, "Jugendamt", Akteursart.JUGENDAMT))
                  .build(),
          "kette.akteur-id-doppelt",
          "'ahlen-jugendamt'");
    }

    @Test
    @DisplayName("reject an Akteur working in a Handlungsfeld the chain does not have")
    void akteurFeld() {
      verletzt(
          () ->
              KetteFixtures.ahlenBuilder()
                  .akteur(
                      Akteur.of(
                          AkteurId.of("musikschule"), "Musikschule", Akteursart.SONSTIGE, "kultur"))
                  .build(),
          "kette.akteur-unbekanntes-handlungsfeld",
          "'musikschule'",
          "'kultur'");
    }

    @Test
    @DisplayName("withAkteur replaces the Akteur with the same id in its place, or adds it")
    void withAkteur() {
      Praeventionskette k = KetteFixtures.ahlen();
      Akteur neu =
          Akteur.of(
              JUGENDAMT, "Stadt Ahlen – Fachbereich Jugend", Akteursart.JUGENDAMT, "jugendhilfe");
      Praeventionskette ersetzt = k.withAkteur(neu);
      assertThat(ersetzt.akteure()).hasSameSizeAs(k.akteure());
      assertThat(ersetzt.akteure().get(0)).isEqualTo(neu);
      Akteur polizei =
          Akteur.of(
              AkteurId.of("polizei-warendorf"),
              "Kreispolizeibehörde Warendorf",
              Akteursart.POLIZEI);
      assertThat(k.withAkteur(polizei).akteure()).endsWith(polizei).hasSize(k.akteure().size() + 1);
    }
  }

  @Nested
  @DisplayName("Netzwerke and Steuerung")
  class Netzwerke {
    @Test
    @DisplayName("reject a Netzwerk member that is not an Akteur")
    void netzwerkMitglied() {
      verletzt(
          () ->
              KetteFixtures.ahlenBuilder()
                  .netzwerk(
                      Netzwerk.of(
                          "kinderschutz",
                          "Netzwerk Kinderschutz",
                          JUGENDAMT,
                          AkteurId.of("kinderschutzbund")))
                  .build(),
          "kette.netzwerk-unbekanntes-mitglied",
          "'kinderschutz'",
          "'kinderschutzbund'");
    }

    @Test
    @DisplayName("reject two Netzwerke with the same key")
    void netzwerkDoppelt() {
      verletzt(
          () -> KetteFixtures.ahlenBuilder().netzwerk(KetteFixtures.fruehHilfen()).build(),
          "kette.netzwerk-key-doppelt",
          "'fruehe-hilfen'");
    }

    @Test
    @DisplayName("reject a Steuerungsgruppe seat held for an unknown actor")
    void gruppenSitz() {
      Steuerungsgruppe g =
          new Steuerungsgruppe(
              "Steuerungsgruppe",
              List.of(Mitglied.fuer("Leitung", "Polizei", AkteurId.of("polizei-warendorf"))));
      verletzt(
          () -> KetteFixtures.ahlen().withSteuerung(new Steuerung(g, List.of(), List.of())),
          "kette.mitglied-unbekannter-akteur",
          "'polizei-warendorf'",
          "'Leitung'");
    }

    @Test
    @DisplayName("reject an AG seat held for an unknown actor")
    void agSitz() {
      Arbeitsgemeinschaft ag =
          new Arbeitsgemeinschaft(
              "ag-sport",
              "AG Bewegung",
              Set.of("grundschule"),
              List.of(Mitglied.fuer("Vorsitz", "Sport", AkteurId.of("tus-ahlen"))));
      verletzt(
          () -> KetteFixtures.ahlen().withSteuerung(new Steuerung(null, List.of(ag), List.of())),
          "kette.mitglied-unbekannter-akteur",
          "'tus-ahlen'");
    }

    @Test
    @DisplayName("reject an AG on a phase the chain does not have")
    void agPhase() {
      Arbeitsgemeinschaft ag =
          new Arbeitsgemeinschaft("ag-krippe", "AG Krippe", Set.of("krippe"), List.of());
      verletzt(
          () -> KetteFixtures.ahlen().withSteuerung(new Steuerung(null, List.of(ag), List.of())),
          "kette.ag-unbekannte-lebensphase",
          "'ag-krippe'",
          "'krippe'");
    }

    @Test
    @DisplayName("accept a chain without any Steuerung yet")
    void ohneSteuerung() {
      assertThat(KetteFixtures.ahlen().withSteuerung(Steuerung.KEINE).steuerung())
          .isEqualTo(Steuerung.KEINE);
    }
  }

  @Nested
  @DisplayName("Angebote")
  class Angebote {
    private final Praeventionskette kette = KetteFixtures.ahlen();

    @Test
    @DisplayName("reject an Angebot of another Kommune")
    void fremdeKommune() {
      Angebot inBruehl =
          Angebot.builder(
                  AngebotId.of("familiencafe-bruehl"), "Familiencafé Brühl", FAMILIENZENTRUM)
              .beschreibung("Offener Treff")
              .ebenen(Praeventionsebene.UNIVERSELL)
              .lebensphasen("kita")
              .handlungsfelder("jugendhilfe")
              .sozialraeume(AngebotFixtures.BRUEHL_MITTE)
              .build();
      assertThat(inBruehl.kommune()).isEqualTo(KetteFixtures.BRUEHL);
      verletzt(
          () -> kette.withAngebot(inBruehl),
          "kette.angebot-fremde-kommune",
          "'familiencafe-bruehl'",
          "05362012",
          "05570004");
    }

    @Test
    @DisplayName("reject an Angebot whose Träger is not an Akteur")
    void traeger() {
      Angebot a = AngebotFixtures.familiencafe();
      Angebot fremderTraeger =
          Angebot.builder(a.id(), a.name(), AkteurId.of("awo-ahlen"))
              .beschreibung(a.beschreibung())
              .ebenen(Praeventionsebene.SELEKTIV)
              .lebensphasen("kita")
              .handlungsfelder("soziales")
              .sozialraeume(AngebotFixtures.SUED_OST)
              .build();
      verletzt(
          () -> kette.withAngebot(fremderTraeger),
          "kette.angebot-traeger-kein-akteur",
          "'awo-ahlen'",
          "'familiencafe-sued-ost'");
    }

    @Test
    @DisplayName("reject an Angebot in a Lebensphase the chain does not have")
    void phase() {
      verletzt(
          () ->
              kette.withAngebot(
                  AngebotFixtures.familiencafeBuilder().lebensphase("krippe").build()),
          "kette.angebot-unbekannte-lebensphase",
          "'krippe'",
          "'familiencafe-sued-ost'");
    }

    @Test
    @DisplayName("reject an Angebot in a Handlungsfeld the chain does not have")
    void feld() {
      verletzt(
          () ->
              kette.withAngebot(
                  AngebotFixtures.familiencafeBuilder().handlungsfeld("kultur").build()),
          "kette.angebot-unbekanntes-handlungsfeld",
          "'kultur'");
    }

    @Test
    @DisplayName("reject an Angebot on an Übergang the chain does not have")
    void uebergang() {
      verletzt(
          () ->
              kette.withAngebot(
                  AngebotFixtures.familiencafeBuilder()
                      .uebergang("kita-weiterfuehrende-schule")
                      .build()),
          "kette.angebot-unbekannter-uebergang",
          "'kita-weiterfuehrende-schule'");
    }

    @Test
    @DisplayName("reject an Angebot of the standard chain in a chain with custom phases")
    void eigenePhasen() {
      verletzt(
          () ->
              Praeventionskette.builder(AHLEN)
                  .lebensphasen(
                      Lebensphase.of("fruehe-kindheit", "Frühe Kindheit", Altersspanne.of(0, 5)),
                      Lebensphase.GRUNDSCHULE)
                  .akteure(KetteFixtures.akteure())
                  .angebote(AngebotFixtures.kooperationskalender())
                  .build(),
          "kette.angebot-unbekannte-lebensphase",
          "'kita'");
    }

    @Test
    @DisplayName("reject two Angebote with the same id")
    void doppelt() {
      verletzt(
          () -> KetteFixtures.ahlenBuilder().angebot(AngebotFixtures.familiencafe()).build(),
          "kette.angebot-id-doppelt",
          "'familiencafe-sued-ost'");
    }

    @Test
    @DisplayName("withAngebot replaces the Angebot with the same id in its place")
    void withAngebotErsetzt() {
      Angebot geaendert =
          AngebotFixtures.familiencafeBuilder()
              .ebene(Praeventionsebene.INDIZIERT)
              .build()
              .withStatus(AngebotStatus.VORUEBERGEHEND_GESCHLOSSEN);
      Praeventionskette k = kette.withAngebot(geaendert);
      assertThat(k.angebote()).hasSize(3);
      assertThat(k.angebote().get(1)).isEqualTo(geaendert);
      assertThat(k.angebot(AngebotFixtures.FAMILIENCAFE)).contains(geaendert);
      assertThat(k.angebote())
          .extracting(Angebot::id)
          .isEqualTo(kette.angebote().stream().map(Angebot::id).toList());
    }

    @Test
    @DisplayName("withAngebot adds a new id at the end")
    void withAngebotFuegtAn() {
      Angebot elternkurs =
          Angebot.builder(
                  AngebotId.of("elternkurs-starke-eltern"),
                  "Elternkurs „Starke Eltern – Starke Kinder“",
                  FAMILIENZENTRUM)
              .beschreibung(
                  "Kurs des Kinderschutzbundes für Eltern von Kindern im Kita- und"
                      + " Grundschulalter.")
              .ebenen(Praeventionsebene.UNIVERSELL)
              .lebensphasen("kita", "grundschule")
              .handlungsfelder("jugendhilfe")
              .sozialraeume(AngebotFixtures.NORD)
              .build();
      Praeventionskette k = kette.withAngebot(elternkurs);
      assertThat(k.angebote()).hasSize(4).endsWith(elternkurs);
      assertThat(kette.angebote()).hasSize(3);
    }

    @Test
    @DisplayName("ohneAngebot removes the Angebot, and leaves an equal chain for an unknown id")
    void ohneAngebot() {
      Praeventionskette k = kette.ohneAngebot(AngebotFixtures.FAMILIENCAFE);
      assertThat(k.angebote())
          .extracting(Angebot::id)
          .containsExactly(AngebotFixtures.KALENDER, AngebotFixtures.HEBAMMENSPRECHSTUNDE);
      assertThat(kette.ohneAngebot(AngebotId.of("gibt-es-nicht"))).isEqualTo(kette);
      assertThat(k.withAngebot(AngebotFixtures.familiencafe()).angebote()).hasSize(3);
    }

    @Test
    @DisplayName("pruefeSozialraeume accepts Sozialräume the Kommune has")
    void sozialraeumeBekannt() {
      kette.pruefeSozialraeume(AHLENS_SOZIALRAEUME);
      Praeventionskette.builder(AHLEN).build().pruefeSozialraeume(Set.of());
    }

    @Test
    @DisplayName("pruefeSozialraeume rejects a served Sozialraum the Kommune does not have")
    void sozialraumUnbekannt() {
      Set<SozialraumId> ohneVorhelm = new java.util.HashSet<>(AHLENS_SOZIALRAEUME);
      ohneVorhelm.remove(AngebotFixtures.VORHELM);
      verletzt(
          () -> kette.pruefeSozialraeume(ohneVorhelm),
          "kette.angebot-unbekannter-sozialraum",
          "'05570004:vorhelm'",
          "'kita-gs-kooperationskalender'");
    }

    @Test
    @DisplayName("pruefeSozialraeume rejects a Standort in a Sozialraum the Kommune does not have")
    void standortUnbekannt() {
      SozialraumId dolberg = SozialraumId.of(AHLEN, "dolberg");
      Standort treff = Standort.virtuell("treff", "Treffpunkt Dolberg").imSozialraum(dolberg);
      Praeventionskette k =
          kette.withAngebot(AngebotFixtures.familiencafeBuilder().standort(treff).build());
      verletzt(
          () -> k.pruefeSozialraeume(AHLENS_SOZIALRAEUME),
          "kette.standort-unbekannter-sozialraum",
          "'treff'",
          "'05570004:dolberg'");
    }
  }

  @Nested
  @DisplayName("copies and equality")
  class Kopien {
    @Test
    @DisplayName("compare the full state, including the revision")
    void gleichheit() {
      Praeventionskette a = KetteFixtures.ahlen();
      Praeventionskette b = KetteFixtures.ahlen();
      assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
      assertThat(a.withRevision(2)).isNotEqualTo(a).isEqualTo(b.withRevision(2));
      assertThat(a.withRevision(2).revision()).isEqualTo(2);
      assertThat(a.ohneAngebot(AngebotFixtures.KALENDER)).isNotEqualTo(a);
    }

    @Test
    @DisplayName("rebuild an equal chain from toBuilder")
    void toBuilder() {
      Praeventionskette a = KetteFixtures.ahlen().withRevision(4);
      assertThat(a.toBuilder().build()).isEqualTo(a);
      Praeventionskette eigen =
          Praeventionskette.builder(AHLEN)
              .lebensphasen(Lebensphase.KITA, Lebensphase.GRUNDSCHULE)
              .uebergaenge()
              .build();
      assertThat(eigen.toBuilder().build()).isEqualTo(eigen);
    }

    @Test
    @DisplayName("reject a negative revision, quoting it")
    void revision() {
      assertThatThrownBy(() -> KetteFixtures.ahlen().withRevision(-1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("-1");
    }
  }
}

package de.kekiz.importe;

import static org.assertj.core.api.Assertions.assertThat;

import de.kekiz.domain.AkteurId;
import de.kekiz.domain.Altersspanne;
import de.kekiz.domain.Zeitraum;
import de.kekiz.domain.angebot.Angebot;
import de.kekiz.domain.angebot.AngebotFixtures;
import de.kekiz.domain.angebot.AngebotId;
import de.kekiz.domain.angebot.AngebotStatus;
import de.kekiz.domain.angebot.Kapazitaet;
import de.kekiz.domain.angebot.Praeventionsebene;
import de.kekiz.domain.angebot.Zeitplan;
import de.kekiz.domain.indikator.Indikator;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.kette.KetteFixtures;
import de.kekiz.domain.kette.Mitglied;
import de.kekiz.domain.kette.Netzwerk;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kette.Steuerung;
import de.kekiz.domain.kette.Steuerungsgruppe;
import de.kekiz.domain.kette.Uebergang;
import de.kekiz.domain.kette.Zielbeitrag;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.Sozialraum;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.fixtures.Beispielkommune;
import de.kekiz.fixtures.KekizFixtures;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The planning workbook: the Präventionskette and the Angebote sheets")
class ArbeitsmappeKetteTest {

  static final Gemeindeschluessel AHLEN = KetteFixtures.AHLEN;
  static final Beispielkommune BEISPIEL = KekizFixtures.ahlen();

  @TempDir Path ordner;

  /** Ahlen's chain with every part the workbook carries: dates, programmes, seats, Zeitpläne. */
  static Praeventionskette volleKette() {
    Praeventionskette k = BEISPIEL.kette();
    Steuerung s = k.steuerung();
    Steuerungsgruppe g = Objects.requireNonNull(s.gruppe());
    List<Mitglied> sitze = new ArrayList<>(g.mitglieder());
    sitze.add(
        Mitglied.of("Vertretung der Kitas", "Bildung")
            .withGueltigkeit(Zeitraum.of(LocalDate.of(2018, 1, 1), LocalDate.of(2022, 7, 31))));
    Angebot kalender = k.angebot(AngebotFixtures.KALENDER).orElseThrow();
    Angebot erweitert =
        kalender.toBuilder()
            .zeitplan(
                new Zeitplan(
                    "FREQ=MONTHLY;BYDAY=-1FR",
                    LocalTime.of(9, 30),
                    LocalTime.of(11, 0),
                    "nicht in den Ferien"))
            .kapazitaet(new Kapazitaet(20, 3, "Familien"))
            .alter(Altersspanne.of(3, 6))
            .gueltigkeit(Zeitraum.ab(LocalDate.of(2017, 8, 1)))
            .build();
    Praeventionskette.Builder b = k.toBuilder();
    String ziel = BEISPIEL.leitbild().handlungsziele().get(0).key();
    b.zielbeitraege(
        Zielbeitrag.angebot(ziel, AngebotFixtures.KALENDER).withAufgabe("plant die Termine"),
        Zielbeitrag.arbeitsgemeinschaft(ziel, s.ags().get(0).key())
            .withGueltigkeit(Zeitraum.of(LocalDate.of(2018, 1, 1), LocalDate.of(2021, 6, 30))),
        Zielbeitrag.akteur(ziel, KetteFixtures.JUGENDAMT));
    if (k.netzwerke().isEmpty()) {
      b.netzwerke(
          KetteFixtures.fruehHilfen().withGueltigkeit(Zeitraum.ab(LocalDate.of(2012, 3, 1))));
    }
    return b.steuerung(
            new Steuerung(
                new Steuerungsgruppe(g.name(), sitze, Zeitraum.ab(LocalDate.of(2016, 6, 1))),
                s.ags(),
                List.of(
                    KetteFixtures.bestehendeKoordination(), KetteFixtures.projektkoordination())))
        .build()
        .withAngebot(erweitert);
  }

  static List<IndikatorKey> katalog() {
    return BEISPIEL.indikatoren().stream().map(Indikator::key).distinct().toList();
  }

  static List<SozialraumId> raeume() {
    return BEISPIEL.kommune().sozialraeume().stream().map(Sozialraum::id).toList();
  }

  private static List<String> fehler(Leseergebnis<?> e) {
    return e.fehler().stream().map(Importfehler::toString).toList();
  }

  @Nested
  @DisplayName("round trip")
  class Rundreise {

    @Test
    @DisplayName("Leitbild, chain and Angebote written and read back are equal, written again same")
    void gleich() throws IOException {
      Praeventionskette kette = volleKette();
      assertThat(kette.netzwerke()).isNotEmpty();
      assertThat(kette.zielbeitraege()).isNotEmpty();
      assertThat(kette.angebote()).hasSizeGreaterThan(10);
      Path erst = ordner.resolve("erst.xlsx");
      Path zweit = ordner.resolve("zweit.xlsx");
      new ArbeitsmappeSchreiber()
          .schreibe(erst, Arbeitsmappe.of(AHLEN, BEISPIEL.leitbild(), kette), katalog());

      Leseergebnis<Arbeitsmappe> e =
          new ArbeitsmappeLeser()
              .withIndikatoren(katalog())
              .withSozialraeumen(raeume())
              .lese(erst, AHLEN);

      assertThat(fehler(e)).isEmpty();
      Arbeitsmappe m = e.objekte().get(0);
      assertThat(m.leitbild()).isEqualTo(BEISPIEL.leitbild());
      assertThat(m.mitKette()).isTrue();
      assertThat(m.mitAngeboten()).isTrue();
      Praeventionskette gelesen = Objects.requireNonNull(m.kette());
      assertThat(gelesen.akteure()).isEqualTo(kette.akteure());
      assertThat(gelesen.steuerung()).isEqualTo(kette.steuerung());
      assertThat(gelesen.angebote()).isEqualTo(kette.angebote());
      assertThat(gelesen).isEqualTo(kette);
      new ArbeitsmappeSchreiber().schreibe(zweit, m, katalog());
      assertThat(teile(zweit)).isEqualTo(teile(erst));
    }

    @Test
    @DisplayName(
        "a chain with its own phases, a measured Übergang and no Angebote reads back equal")
    void eigenePhasen() {
      Praeventionskette kette =
          Praeventionskette.builder(AHLEN)
              .lebensphasen(
                  de.kekiz.domain.kette.Lebensphase.of("familie", "Familie", Altersspanne.of(0, 2)),
                  de.kekiz.domain.kette.Lebensphase.of("kita", "Kita", Altersspanne.of(3, 5)),
                  de.kekiz.domain.kette.Lebensphase.of("schule", "Schule", Altersspanne.ab(6)))
              .uebergaenge(
                  Uebergang.of("familie-kita", "Familie → Kita", "familie", "kita")
                      .withIndikatoren(IndikatorKey.of("betreuungsquote-u3")))
              .akteure(KetteFixtures.akteure())
              .netzwerke(
                  new Netzwerk(
                      "fruehe-hilfen",
                      "Frühe Hilfen",
                      java.util.Set.of(KetteFixtures.JUGENDAMT),
                      Zeitraum.of(LocalDate.of(2015, 1, 1), LocalDate.of(2024, 12, 31))))
              .zielbeitraege(
                  Zielbeitrag.akteur("1.1", KetteFixtures.JUGENDAMT)
                      .withAufgabe("lädt ein")
                      .withGueltigkeit(Zeitraum.ab(LocalDate.of(2020, 1, 1))))
              .build();
      Path datei = ordner.resolve("kette.xlsx");
      new ArbeitsmappeSchreiber()
          .schreibe(datei, new Arbeitsmappe(AHLEN, null, kette, true, false), List.of());

      Leseergebnis<Arbeitsmappe> e = new ArbeitsmappeLeser().lese(datei, AHLEN);

      assertThat(fehler(e)).isEmpty();
      Arbeitsmappe m = e.objekte().get(0);
      assertThat(m.leitbild()).isNull();
      assertThat(m.mitAngeboten()).isFalse();
      assertThat(m.kette()).isEqualTo(kette);
    }
  }

  @Nested
  @DisplayName("parts left empty")
  class Teile {

    @Test
    @DisplayName("Angebote alone go into the stored chain; the chain alone keeps stored Angebote")
    void ergaenzt() {
      Praeventionskette gespeichert = BEISPIEL.kette();
      Angebot neu =
          Angebot.builder(AngebotId.of("babylotsen"), "Babylotsen", KetteFixtures.JUGENDAMT)
              .beschreibung("Lotsinnen in der Geburtsklinik")
              .sozialraeume(AngebotFixtures.NORD)
              .ebenen(Praeventionsebene.SELEKTIV)
              .lebensphasen("schwangerschaft-geburt")
              .handlungsfelder("gesundheit")
              .status(AngebotStatus.INAKTIV)
              .build();
      Praeventionskette nurNeu = gespeichert.toBuilder().build().withAngebot(neu);
      Path angebote = ordner.resolve("angebote.xlsx");
      new ArbeitsmappeSchreiber()
          .schreibe(angebote, new Arbeitsmappe(AHLEN, null, nurNeu, false, true), List.of());
      Path kette = ordner.resolve("kette.xlsx");
      new ArbeitsmappeSchreiber()
          .schreibe(kette, new Arbeitsmappe(AHLEN, null, gespeichert, true, false), List.of());

      Arbeitsmappe mitAngeboten =
          new ArbeitsmappeLeser().withKette(gespeichert).lese(angebote, AHLEN).objekte().get(0);
      Arbeitsmappe mitKette =
          new ArbeitsmappeLeser().withKette(nurNeu).lese(kette, AHLEN).objekte().get(0);

      assertThat(mitAngeboten.mitKette()).isFalse();
      assertThat(mitAngeboten.kette()).isEqualTo(nurNeu);
      assertThat(mitKette.mitAngeboten()).isFalse();
      assertThat(Objects.requireNonNull(mitKette.kette()).angebote()).contains(neu);
      assertThat(mitKette.kette()).isEqualTo(nurNeu);
    }

    @Test
    @DisplayName("a chain whose actors drop a stored Angebot's Träger is refused")
    void passtNicht() throws IOException {
      Path datei =
          mappe(
              "ohne-traeger.xlsx",
              Map.of(
                  Arbeitsmappenblatt.AKTEURE,
                  List.of(List.of("ahlen-jugendamt", "Jugendamt Ahlen", "Jugendamt"))));

      Leseergebnis<Arbeitsmappe> e =
          new ArbeitsmappeLeser().withKette(BEISPIEL.kette()).lese(datei, AHLEN);

      assertThat(e.objekte()).isEmpty();
      assertThat(fehler(e))
          .singleElement()
          .asString()
          .startsWith(
              datei
                  + " [Lebensphasen], Zeile 1: die gespeicherten Angebote passen nicht zur"
                  + " Präventionskette der Mappe (")
          .contains("kette.angebot-traeger-kein-akteur")
          .endsWith("); die Mappe braucht dann beide Teile");
    }
  }

  @Nested
  @DisplayName("a good file typed by hand")
  class Gut {

    @Test
    @DisplayName("reads an Angebot with text numbers, a postcode as number and a time as text")
    void handschrift() throws IOException {
      Path datei =
          mappe(
              "gut.xlsx",
              Map.of(
                  Arbeitsmappenblatt.AKTEURE,
                  List.of(List.of("fz", "Familienzentrum", "familienzentrum")),
                  Arbeitsmappenblatt.ANGEBOTE,
                  List.of(
                      List.of(
                          "elterncafe",
                          "Elterncafé",
                          "Treff für Eltern",
                          "fz",
                          "",
                          "0",
                          "3",
                          "",
                          "12",
                          "",
                          "Familien",
                          "01.09.2024")),
                  Arbeitsmappenblatt.STANDORTE,
                  List.of(
                      List.of(
                          "elterncafe",
                          "fz",
                          "Familienzentrum",
                          "Ort",
                          "Südstraße 41",
                          1067,
                          "Dresden",
                          "51,05",
                          "13,74")),
                  Arbeitsmappenblatt.ZEITPLAENE,
                  List.of(List.of("elterncafe", "FREQ=WEEKLY;BYDAY=TU", "9:00", "11:30")),
                  Arbeitsmappenblatt.KOSTEN,
                  List.of(List.of("elterncafe", "1,50", "Besuch")),
                  Arbeitsmappenblatt.ZUORDNUNGEN,
                  List.of(
                      List.of("Angebot", "elterncafe", "Sozialraum", "nord"),
                      List.of("Angebot", "elterncafe", "Präventionsebene", "Universell"),
                      List.of("Angebot", "elterncafe", "Lebensphase", "kita"),
                      List.of("Angebot", "elterncafe", "Handlungsfeld", "jugendhilfe"))));

      Leseergebnis<Arbeitsmappe> e = new ArbeitsmappeLeser().lese(datei, AHLEN);

      assertThat(fehler(e)).isEmpty();
      Angebot a = Objects.requireNonNull(e.objekte().get(0).kette()).angebote().get(0);
      assertThat(a.status()).isEqualTo(AngebotStatus.AKTIV);
      assertThat(a.alter()).contains(Altersspanne.of(0, 3));
      assertThat(a.kapazitaet()).contains(Kapazitaet.of(12, "Familien"));
      assertThat(a.gueltigkeit()).contains(Zeitraum.ab(LocalDate.of(2024, 9, 1)));
      assertThat(a.standorte().get(0).adresse().postleitzahl()).isEqualTo("01067");
      assertThat(a.zeitplaene().get(0).von()).isEqualTo(LocalTime.of(9, 0));
      assertThat(a.kosten().get(0).betrag().euro()).isEqualByComparingTo("1.50");
      assertThat(a.sozialraeume()).containsExactly(AngebotFixtures.NORD);
      assertThat(a.traeger()).isEqualTo(AkteurId.of("fz"));
    }
  }

  @Nested
  @DisplayName("a bad file")
  class Schlecht {

    @Test
    @DisplayName("names every error of the chain's sheets with sheet, row, column and value")
    void kette() throws IOException {
      Map<Arbeitsmappenblatt, List<List<Object>>> daten = new LinkedHashMap<>();
      daten.put(
          Arbeitsmappenblatt.LEBENSPHASEN,
          List.of(
              List.of("kita", "Kita", 1, 5),
              List.of("Schule", "Schule", 6, 9),
              List.of("baby", "Baby", 0, 0),
              List.of("jugend", "Jugend", "zehn")));
      daten.put(
          Arbeitsmappenblatt.UEBERGAENGE,
          List.of(List.of("kita-baby", "Kita → Baby", "kita", "baby")));
      daten.put(Arbeitsmappenblatt.HANDLUNGSFELDER, List.of(List.of("bildung", "")));
      daten.put(
          Arbeitsmappenblatt.AKTEURE,
          List.of(
              List.of("ja", "Jugendamt", "Amt", "www.ahlen.de", "ja(at)ahlen.de"),
              List.of("ja", "Nochmal", "Jugendamt")));
      daten.put(
          Arbeitsmappenblatt.NETZWERKE,
          List.of(List.of("fh", "Frühe Hilfen", "01.01.2020", "31.12.2019")));
      daten.put(
          Arbeitsmappenblatt.GREMIEN,
          List.of(
              List.of("sg", "Steuerungsgruppe", "Lenkung"),
              List.of("sg2", "Steuerungsgruppe", "Noch eine"),
              List.of("ag", "Beirat", "AG")));
      daten.put(
          Arbeitsmappenblatt.SITZE,
          List.of(List.of("xy", "Leitung", "Jugend"), List.of("sg", "Leitung", "Jugend", "zz")));
      daten.put(
          Arbeitsmappenblatt.KOORDINATION,
          List.of(List.of("k1", "Koordination", "0", "Jugendamt", "kekiz")));
      daten.put(
          Arbeitsmappenblatt.ZUORDNUNGEN,
          List.of(
              List.of("Akteur", "ja", "Handlungsfeld", "sport"),
              List.of("Netzwerk", "fh", "Sozialraum", "nord"),
              List.of("Koordination", "k1", "Finanzierung", "Lotto"),
              List.of("Gremium", "ag9", "Lebensphase", "kita"),
              List.of("Kette", "x", "Wert", "y")));
      daten.put(
          Arbeitsmappenblatt.ZIELBEITRAEGE,
          List.of(List.of("1.1", "Akteur", "niemand"), List.of("1 1", "Verein", "ja")));
      Path datei = mappe("schlecht.xlsx", daten);

      Leseergebnis<Arbeitsmappe> e = new ArbeitsmappeLeser().lese(datei, AHLEN);

      assertThat(e.objekte()).isEmpty();
      String d = datei + " [";
      assertThat(fehler(e))
          .containsExactly(
              d
                  + "Zuordnungen], Zeile 3, Spalte C (Merkmal), Wert 'Sozialraum': ein Netzwerk hat"
                  + " hier nur Mitglied",
              d
                  + "Zuordnungen], Zeile 6, Spalte A (Teil), Wert 'Kette': erwartet einen Wert aus"
                  + " der Liste: Übergang; Akteur; Netzwerk; Gremium; Koordination; Angebot",
              d
                  + "Zuordnungen], Zeile 6, Spalte C (Merkmal), Wert 'Wert': erwartet einen Wert aus"
                  + " der Liste: Indikator; Handlungsfeld; Mitglied; Lebensphase; Finanzierung;"
                  + " Sozialraum; Präventionsebene; Übergang",
              d
                  + "Lebensphasen], Zeile 3, Spalte A (Lebensphase), Wert 'Schule': erwartet einen"
                  + " Schlüssel aus 1 bis 60 Kleinbuchstaben, Ziffern oder '-', der mit einem"
                  + " Buchstaben oder einer Ziffer beginnt (z. B. kita)",
              d
                  + "Lebensphasen], Zeile 4, Spalte C (Alter von), Wert '0': die Lebensphasen stehen"
                  + " nach dem Alter geordnet; diese beginnt nicht nach der Lebensphase kita"
                  + " (Zeile 2)",
              d
                  + "Lebensphasen], Zeile 5, Spalte C (Alter von), Wert 'zehn': erwartet eine Zahl,"
                  + " z. B. 12,5",
              d
                  + "Übergänge], Zeile 2, Spalte D (Nach Lebensphase), Wert 'baby': keine"
                  + " Lebensphase der Präventionskette (kita)",
              d
                  + "Handlungsfelder], Zeile 2, Spalte B (Name), Wert '': fehlt; die Spalte ist"
                  + " Pflicht",
              d
                  + "Akteure], Zeile 2, Spalte C (Art), Wert 'Amt': erwartet einen Wert aus der"
                  + " Liste: Kita; Familienzentrum; Schule; Sportverein; Jugendamt; Allgemeiner"
                  + " Sozialer Dienst (ASD); Ärztin/Arzt; Hebamme; Geburtsklinik; Gesundheitsamt;"
                  + " Polizei; Jobcenter; Freier Träger; Kinderschutzbund; Schuldnerberatung;"
                  + " Beratungsstelle; Kommunalverwaltung; Sonstige",
              d
                  + "Akteure], Zeile 2, Spalte D (URL), Wert 'www.ahlen.de': erwartet eine"
                  + " Webadresse mit http:// oder https://",
              d
                  + "Akteure], Zeile 2, Spalte E (E-Mail), Wert 'ja(at)ahlen.de': erwartet eine"
                  + " E-Mail-Adresse wie name@beispiel.de",
              d
                  + "Zuordnungen], Zeile 2, Spalte D (Wert), Wert 'sport': kein Handlungsfeld der"
                  + " Präventionskette (keines ohne Fehler)",
              d
                  + "Akteure], Zeile 3, Spalte A (Akteur), Wert 'ja': der Schlüssel steht schon in"
                  + " Zeile 2",
              d
                  + "Netzwerke], Zeile 2, Spalte D (Gültig bis), Wert '31.12.2019': liegt vor"
                  + " 'Gültig ab' (01.01.2020)",
              d
                  + "Gremien], Zeile 3, Spalte B (Art), Wert 'Steuerungsgruppe': die"
                  + " Präventionskette hat eine Steuerungsgruppe; sie steht schon darüber",
              d
                  + "Gremien], Zeile 4, Spalte B (Art), Wert 'Beirat': erwartet Steuerungsgruppe"
                  + " oder Arbeitsgemeinschaft",
              d
                  + "Zuordnungen], Zeile 5, Spalte B (Schlüssel), Wert 'ag9': dieser Schlüssel steht"
                  + " nicht auf dem Blatt Gremien (als Arbeitsgemeinschaft)",
              d
                  + "Sitze], Zeile 2, Spalte A (Gremium), Wert 'xy': dieses Gremium steht nicht auf"
                  + " dem Blatt Gremien",
              d
                  + "Sitze], Zeile 3, Spalte D (Akteur), Wert 'zz': kein Akteur der"
                  + " Präventionskette (Blatt Akteure)",
              d
                  + "Koordination], Zeile 2, Spalte C (Stellenanteil), Wert '0': erwartet einen"
                  + " Anteil einer vollen Stelle über 0 und höchstens 50, z. B. 0,5",
              d
                  + "Koordination], Zeile 2, Spalte F (Programmname), Wert '': fehlt; zum Programm"
                  + " gehört sein Name",
              d
                  + "Zuordnungen], Zeile 4, Spalte D (Wert), Wert 'Lotto': erwartet eine"
                  + " Finanzierungsquelle: Land NRW; Europäischer Sozialfonds; Bund; Eigenmittel;"
                  + " Stiftung; sonstige",
              d
                  + "Zielbeiträge], Zeile 2, Spalte C (Beitragender), Wert 'niemand': kein Akteur"
                  + " (Blatt Akteure) der Präventionskette",
              d
                  + "Zielbeiträge], Zeile 3, Spalte A (Handlungsziel), Wert '1 1': erwartet eine"
                  + " Kennung aus 1 bis 60 Buchstaben, Ziffern, '.', '_' oder '-'",
              d
                  + "Zielbeiträge], Zeile 3, Spalte B (Art), Wert 'Verein': erwartet einen Wert aus"
                  + " der Liste: Angebot; Arbeitsgemeinschaft; Akteur");
    }

    @Test
    @DisplayName("names every error of the Angebote's sheets with sheet, row, column and value")
    void angebote() throws IOException {
      Map<Arbeitsmappenblatt, List<List<Object>>> daten = new LinkedHashMap<>();
      daten.put(
          Arbeitsmappenblatt.ANGEBOTE,
          List.of(
              List.of("cafe", "Café", "Treff", "fz-regenbogen", "offen", "6", "3", "", "", "2", ""),
              List.of("leer", "Leer", "Ohne Zuordnung", "ahlen-jugendamt"),
              List.of("x", "X", "", "niemand", "", "", "", "", "", "", "", "", "", "", "ftp://x")));
      daten.put(
          Arbeitsmappenblatt.STANDORTE,
          List.of(
              List.of("cafe", "s1", "Treff", "Ort", "Weg 1", "123", "Ahlen"),
              List.of("cafe", "s2", "Online", "digital", "", "", "", "91", "7"),
              List.of("fehlt", "s3", "Ort", "irgendwo")));
      daten.put(
          Arbeitsmappenblatt.ZEITPLAENE,
          List.of(List.of("cafe", "RRULE:FREQ=WEEKLY", "mittags", "10:00")));
      daten.put(Arbeitsmappenblatt.KOSTEN, List.of(List.of("cafe", "-2", "Besuch")));
      daten.put(
          Arbeitsmappenblatt.ZUORDNUNGEN,
          List.of(
              List.of("Angebot", "cafe", "Sozialraum", "mars"),
              List.of("Angebot", "cafe", "Lebensphase", "rente"),
              List.of("Angebot", "cafe", "Präventionsebene", "tertiär"),
              List.of("Angebot", "cafe", "Lebensphase", "rente")));
      Path datei = mappe("angebote.xlsx", daten);

      Leseergebnis<Arbeitsmappe> e =
          new ArbeitsmappeLeser()
              .withKette(BEISPIEL.kette())
              .withSozialraeumen(raeume())
              .lese(datei, AHLEN);

      assertThat(e.objekte()).isEmpty();
      String d = datei + " [";
      assertThat(fehler(e))
          .containsExactly(
              d
                  + "Zuordnungen], Zeile 5, Spalte D (Wert), Wert 'rente': diese Zuordnung steht"
                  + " schon in Zeile 3",
              d
                  + "Angebote], Zeile 2, Spalte E (Status), Wert 'offen': erwartet einen Wert aus der"
                  + " Liste: aktiv; inaktiv; eingestellt; vorübergehend geschlossen",
              d + "Angebote], Zeile 2, Spalte G (Alter bis), Wert '3': liegt unter 'Alter von' (6)",
              d
                  + "Angebote], Zeile 2, Spalte J (Freie Plätze), Wert '2': freie Plätze gibt es nur"
                  + " mit Plätzen und Platzeinheit",
              d
                  + "Angebote], Zeile 4, Spalte C (Beschreibung), Wert '': fehlt; die Spalte ist"
                  + " Pflicht",
              d
                  + "Angebote], Zeile 4, Spalte D (Träger), Wert 'niemand': kein Akteur der"
                  + " Präventionskette (Blatt Akteure)",
              d
                  + "Angebote], Zeile 4, Spalte O (URL), Wert 'ftp://x': erwartet eine Webadresse"
                  + " mit http:// oder https://",
              d
                  + "Standorte], Zeile 2, Spalte F (PLZ), Wert '123': erwartet eine Postleitzahl aus"
                  + " 5 Ziffern",
              d
                  + "Standorte], Zeile 3, Spalte H (Breite), Wert '91': erwartet eine Breite von -90"
                  + " bis 90 und eine Länge von -180 bis 180",
              d
                  + "Standorte], Zeile 4, Spalte A (Angebot), Wert 'fehlt': dieses Angebot steht"
                  + " nicht auf dem Blatt Angebote",
              d
                  + "Standorte], Zeile 4, Spalte D (Art), Wert 'irgendwo': erwartet einen Wert aus"
                  + " der Liste: Ort; Postanschrift; digital",
              d
                  + "Zeitpläne], Zeile 2, Spalte C (Von), Wert 'mittags': erwartet eine Uhrzeit, z."
                  + " B. 09:30",
              d
                  + "Zeitpläne], Zeile 2, Spalte B (Regel), Wert 'RRULE:FREQ=WEEKLY': erwartet eine"
                  + " Wiederholungsregel nach RFC 5545 ohne 'RRULE:', z. B. FREQ=WEEKLY;BYDAY=MO",
              d
                  + "Kosten], Zeile 2, Spalte B (Betrag), Wert '-2': erwartet einen Betrag in Euro,"
                  + " nicht negativ, höchstens 2 Nachkommastellen",
              d
                  + "Zuordnungen], Zeile 2, Spalte D (Wert), Wert 'mars': die Kommune 05570004 hat"
                  + " diesen Sozialraum nicht",
              d
                  + "Zuordnungen], Zeile 3, Spalte D (Wert), Wert 'rente': keine Lebensphase der"
                  + " Präventionskette (schwangerschaft-geburt, kita, grundschule,"
                  + " weiterfuehrende-schule, schule-beruf)",
              d
                  + "Zuordnungen], Zeile 4, Spalte D (Wert), Wert 'tertiär': erwartet universell,"
                  + " selektiv oder indiziert",
              d
                  + "Angebote], Zeile 3, Spalte A (Angebot), Wert 'leer': das Angebot braucht"
                  + " mindestens einen Sozialraum (Blatt Zuordnungen, Teil Angebot, Schlüssel"
                  + " leer)");
    }
  }

  /** A workbook with every sheet and header of the template, Kommune Ahlen, and {@code daten}. */
  private Path mappe(String name, Map<Arbeitsmappenblatt, List<List<Object>>> daten)
      throws IOException {
    Path datei = ordner.resolve(name);
    try (OutputStream out = Files.newOutputStream(datei)) {
      Workbook wb = new Workbook(out, "test", "1.0");
      for (Arbeitsmappenblatt b : Arbeitsmappenblatt.values()) {
        Worksheet ws = wb.newWorksheet(b.blattname());
        List<List<Object>> zeilen = new ArrayList<>();
        zeilen.add(List.copyOf(b.spalten()));
        if (b == Arbeitsmappenblatt.LEITBILD) {
          zeilen.add(List.of(AHLEN.toString()));
        }
        zeilen.addAll(daten.getOrDefault(b, List.of()));
        for (int r = 0; r < zeilen.size(); r++) {
          for (int c = 0; c < zeilen.get(r).size(); c++) {
            Object v = zeilen.get(r).get(c);
            if (v instanceof String s) {
              ws.value(r, c, s);
            } else if (v instanceof Number n) {
              ws.value(r, c, n);
            }
          }
        }
      }
      wb.finish();
    }
    return datei;
  }

  /** Every part of an XLSX file but {@code docProps/core.xml} (the moment of writing). */
  static Map<String, String> teile(Path datei) throws IOException {
    Map<String, String> teile = new TreeMap<>();
    try (ZipFile zip = new ZipFile(datei.toFile())) {
      for (var e : Collections.list(zip.entries())) {
        if (!e.getName().equals("docProps/core.xml")) {
          teile.put(
              e.getName(),
              new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    return teile;
  }
}

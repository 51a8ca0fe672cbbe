package de.kekiz.importe;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import de.kekiz.domain.KekizException;
import de.kekiz.domain.indikator.IndikatorKey;
import de.kekiz.domain.kette.Praeventionskette;
import de.kekiz.domain.kommune.Gemeindeschluessel;
import de.kekiz.domain.kommune.SozialraumId;
import de.kekiz.domain.leitbild.Handlungsziel;
import de.kekiz.domain.leitbild.Leitbild;
import de.kekiz.domain.leitbild.Leitziel;
import de.kekiz.domain.leitbild.Praeventionsleitlinie;
import de.kekiz.domain.leitbild.Zielrichtung;
import de.kekiz.domain.leitbild.Zielwert;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * Reads a filled planning workbook (Arbeitsmappe, as {@link ArbeitsmappeSchreiber} writes it) into
 * an {@link Arbeitsmappe} of a Kommune with up to three parts: the Leitbild (Fassung, title and
 * council decision, Präventionsleitlinien, Leitziele, Handlungsziele, their indicators and
 * Zielwerte), the Präventionskette (Lebensphasen, Übergänge, Handlungsfelder, Akteure, Netzwerke,
 * Steuerungsgruppe, AGs and seats, coordination posts, Zielbeiträge) and its Angebote (with
 * Standorte, Zeitpläne, Kosten). A part whose sheets are empty is not part of the workbook; the
 * chain it returns takes what the workbook lacks from the stored chain ({@link #withKette}). The
 * sheets and rules are described in {@code FORMAT.md}, section 12.
 *
 * <p>All or nothing: a workbook with any error gives every error and nothing else. Each error names
 * the file, the sheet, the row and the column as Excel shows them, the column's header, the value
 * and what was expected. Checked are: every sheet and header as the template has them, required
 * cells, numbers, dates, keys, the code lists, references between the sheets, keys used twice, the
 * Kommune, a Frist before the council decision, the rules of the chain and the Angebote, and — if
 * the reader was given them ({@link #withIndikatoren}, {@link #withSozialraeumen}) — that
 * indicators and Sozialräume are known. Empty rows are skipped. Numbers may be number cells or text
 * with a decimal comma or point; dates may be date cells or text ({@code 31.12.2025}, {@code
 * 2025-12-31}).
 *
 * <p>Only a file that cannot be read as a workbook at all raises an {@link
 * UnlesbareDateiException}. Leitbild and chain read have revision 0; storing them is the caller's
 * business. Instances are immutable and may be shared.
 */
public final class ArbeitsmappeLeser {

  private final @Nullable ImmutableSet<IndikatorKey> indikatoren;
  private final @Nullable ImmutableSet<SozialraumId> sozialraeume;
  private final @Nullable Praeventionskette gespeichert;

  /** A reader that does not check indicators and Sozialräume against a list. */
  public ArbeitsmappeLeser() {
    this(null, null, null);
  }

  private ArbeitsmappeLeser(
      @Nullable ImmutableSet<IndikatorKey> indikatoren,
      @Nullable ImmutableSet<SozialraumId> sozialraeume,
      @Nullable Praeventionskette gespeichert) {
    this.indikatoren = indikatoren;
    this.sozialraeume = sozialraeume;
    this.gespeichert = gespeichert;
  }

  /**
   * This reader, accepting only the indicators {@code bekannte}.
   *
   * @param bekannte the keys of the indicators the workbook may name
   * @return a reader like this one with that list
   */
  public ArbeitsmappeLeser withIndikatoren(Collection<IndikatorKey> bekannte) {
    return new ArbeitsmappeLeser(ImmutableSet.copyOf(bekannte), sozialraeume, gespeichert);
  }

  /**
   * This reader, accepting only the Sozialräume {@code bekannte} (Zielwerte, Angebote).
   *
   * @param bekannte the Sozialräume of the Kommune that the workbook may name
   * @return a reader like this one with that list
   */
  public ArbeitsmappeLeser withSozialraeumen(Collection<SozialraumId> bekannte) {
    return new ArbeitsmappeLeser(indikatoren, ImmutableSet.copyOf(bekannte), gespeichert);
  }

  /**
   * This reader, completing a workbook with {@code kette}, the Kommune's stored chain: a workbook
   * with Angebote but without the chain's sheets puts them into this chain's structure, and one
   * with the chain but without Angebote keeps this chain's Angebote. Without it, the standard chain
   * ({@link Praeventionskette#builder}) stands in.
   *
   * @param kette the Kommune's stored Präventionskette
   * @return a reader like this one completing with that chain
   */
  public ArbeitsmappeLeser withKette(Praeventionskette kette) {
    return new ArbeitsmappeLeser(indikatoren, sozialraeume, requireNonNull(kette, "kette"));
  }

  /**
   * Reads the Leitbild, the Präventionskette and the Angebote of {@code kommune} from {@code
   * datei}, as far as the workbook holds them.
   *
   * @param datei the XLSX workbook
   * @param kommune the Kommune the workbook belongs to
   * @return the workbook's parts, or every error (also for a workbook that holds nothing)
   * @throws UnlesbareDateiException if the file is missing or no readable XLSX workbook
   */
  public Leseergebnis<Arbeitsmappe> lese(Path datei, Gemeindeschluessel kommune) {
    requireNonNull(datei, "datei");
    requireNonNull(kommune, "kommune");
    if (!Files.isRegularFile(datei)) {
      throw new UnlesbareDateiException(datei, "die Datei gibt es nicht");
    }
    XlsxPruefung.pruefe(datei, Importgrenzen.standard());
    Map<Arbeitsmappenblatt, List<Row>> zeilen = new EnumMap<>(Arbeitsmappenblatt.class);
    List<Importfehler> fehler = new ArrayList<>();
    try (ReadableWorkbook mappe = new ReadableWorkbook(datei.toFile())) {
      for (Arbeitsmappenblatt b : Arbeitsmappenblatt.values()) {
        Sheet sheet = mappe.findSheet(b.blattname()).orElse(null);
        if (sheet == null) {
          fehler.add(
              new Importfehler(
                  datei,
                  b.blattname(),
                  1,
                  0,
                  "",
                  "",
                  "das Blatt fehlt; die Mappe braucht die Blätter "
                      + Stream.of(Arbeitsmappenblatt.values())
                          .map(Arbeitsmappenblatt::blattname)
                          .collect(Collectors.joining(", "))
                      + " (kekiz arbeitsmappe --vorlage schreibt sie)"));
          continue;
        }
        try (Stream<Row> s = sheet.openStream()) {
          zeilen.put(b, s.toList());
        }
      }
    } catch (IOException | UncheckedIOException | ExcelReaderException e) {
      throw new UnlesbareDateiException(
          datei,
          "sie kann nicht als XLSX-Datei gelesen werden (" + e.getClass().getSimpleName() + ")",
          e);
    } catch (RuntimeException e) {
      if (e instanceof UnlesbareDateiException) {
        throw e;
      }
      throw new UnlesbareDateiException(
          datei, "sie ist keine gültige XLSX-Datei (" + e.getClass().getSimpleName() + ")", e);
    }
    Lauf lauf = new Lauf(datei, kommune, fehler);
    Arbeitsmappe m = lauf.lies(zeilen);
    return m != null && fehler.isEmpty()
        ? Leseergebnis.gut(datei, List.of(m))
        : Leseergebnis.fehlerhaft(datei, fehler);
  }

  /** One Handlungsziel as its rows give it, with the row that names it. */
  private static final class Ziel {
    final String leitziel;
    final String key;
    final String titel;
    final List<IndikatorKey> indikatoren = new ArrayList<>();
    final List<Zielwert> zielwerte = new ArrayList<>();

    Ziel(String leitziel, String key, String titel) {
      this.leitziel = leitziel;
      this.key = key;
      this.titel = titel;
    }
  }

  /** The reading of one workbook; collects its errors. */
  private final class Lauf {
    private final Path datei;
    private final Gemeindeschluessel kommune;
    private final List<Importfehler> fehler;
    private @Nullable LocalDate beschluss;

    Lauf(Path datei, Gemeindeschluessel kommune, List<Importfehler> fehler) {
      this.datei = datei;
      this.kommune = kommune;
      this.fehler = fehler;
    }

    @Nullable Arbeitsmappe lies(Map<Arbeitsmappenblatt, List<Row>> zeilen) {
      Map<Arbeitsmappenblatt, List<Mappenzeile>> daten = new EnumMap<>(Arbeitsmappenblatt.class);
      for (Map.Entry<Arbeitsmappenblatt, List<Row>> e : zeilen.entrySet()) {
        daten.put(e.getKey(), datenzeilen(e.getKey(), e.getValue()));
      }
      List<Mappenzeile> kopfzeilen = daten.getOrDefault(Arbeitsmappenblatt.LEITBILD, List.of());
      boolean kommuneGeprueft = kommune(kopfzeilen);
      boolean mitLeitbild =
          kopfzeilen.size() > 1
              || kopfzeilen.stream().anyMatch(this::nichtNurKommune)
              || Stream.of(
                      Arbeitsmappenblatt.LEITLINIEN,
                      Arbeitsmappenblatt.LEITZIELE,
                      Arbeitsmappenblatt.HANDLUNGSZIELE,
                      Arbeitsmappenblatt.INDIKATOREN,
                      Arbeitsmappenblatt.ZIELWERTE)
                  .anyMatch(b -> !daten.getOrDefault(b, List.of()).isEmpty());
      Leitbild leitbild = mitLeitbild ? leitbild(daten) : null;
      Kettenleser kette =
          new Kettenleser(
              datei,
              kommune,
              fehler,
              daten,
              indikatoren,
              sozialraeume,
              gespeichert,
              leitbild == null
                  ? null
                  : leitbild.handlungsziele().stream().map(Handlungsziel::key).toList());
      Praeventionskette k = kette.lies();
      if (!fehler.isEmpty() || !kommuneGeprueft) {
        return null;
      }
      if (!mitLeitbild && k == null) {
        fehler.add(
            new Importfehler(
                datei,
                Arbeitsmappenblatt.LEITBILD.blattname(),
                2,
                0,
                "",
                "",
                "die Mappe ist leer: weder Leitbild noch Präventionskette noch Angebote"
                    + " eingetragen; nichts zu speichern"));
        return null;
      }
      return new Arbeitsmappe(kommune, leitbild, k, kette.mitKette(), kette.mitAngeboten());
    }

    private boolean nichtNurKommune(Mappenzeile z) {
      for (int c = 2; c <= Arbeitsmappenblatt.LEITBILD.spalten().size(); c++) {
        if (!z.text(c).isEmpty()) {
          return true;
        }
      }
      return false;
    }

    /** Checks the Kommune of the sheet Leitbild; false if it is missing or another one. */
    private boolean kommune(List<Mappenzeile> zeilen) {
      if (zeilen.isEmpty()) {
        fehler.add(
            new Importfehler(
                datei,
                Arbeitsmappenblatt.LEITBILD.blattname(),
                2,
                1,
                Arbeitsmappenblatt.LEITBILD.spalte(1),
                "",
                "fehlt; erwartet den Gemeindeschlüssel " + kommune));
        return false;
      }
      Mappenzeile z = zeilen.get(0);
      String ags = z.text(1);
      if (z.istZahl(1) && ags.matches("[0-9]{1,7}")) {
        ags = "0".repeat(8 - ags.length()) + ags; // a number cell lost the leading zero
      }
      if (ags.isEmpty()) {
        z.fehler(1, "fehlt; erwartet den Gemeindeschlüssel " + kommune);
        return false;
      } else if (!ags.equals(kommune.toString())) {
        z.fehler(1, "die Mappe gehört zu einer anderen Kommune; eingelesen wird für " + kommune);
        return false;
      }
      return true;
    }

    private @Nullable Leitbild leitbild(Map<Arbeitsmappenblatt, List<Mappenzeile>> daten) {
      int vorher = fehler.size();
      Leitbild.Builder kopf = kopf(daten.getOrDefault(Arbeitsmappenblatt.LEITBILD, List.of()));
      Set<Praeventionsleitlinie> leitlinien =
          leitlinien(daten.getOrDefault(Arbeitsmappenblatt.LEITLINIEN, List.of()));
      Map<String, Leitziel> leitziele =
          leitziele(daten.getOrDefault(Arbeitsmappenblatt.LEITZIELE, List.of()));
      Map<String, Ziel> ziele =
          handlungsziele(
              daten.getOrDefault(Arbeitsmappenblatt.HANDLUNGSZIELE, List.of()), leitziele);
      indikatoren(daten.getOrDefault(Arbeitsmappenblatt.INDIKATOREN, List.of()), ziele);
      zielwerte(daten.getOrDefault(Arbeitsmappenblatt.ZIELWERTE, List.of()), ziele, beschluss);
      if (kopf == null || fehler.size() > vorher) {
        return null;
      }
      kopf.leitlinien(leitlinien);
      for (Leitziel lz : leitziele.values()) {
        List<Handlungsziel> hz = new ArrayList<>();
        for (Ziel z : ziele.values()) {
          if (z.leitziel.equals(lz.key())) {
            hz.add(new Handlungsziel(z.key, z.titel, z.indikatoren, z.zielwerte));
          }
        }
        kopf.leitziel(new Leitziel(lz.key(), lz.titel(), lz.beschreibung(), hz));
      }
      try {
        return kopf.build();
      } catch (KekizException | IllegalArgumentException e) {
        // every rule of the Leitbild is checked row by row above; this is a safety net
        fehler.add(
            new Importfehler(
                datei,
                Arbeitsmappenblatt.LEITBILD.blattname(),
                2,
                0,
                "",
                "",
                "das Leitbild " + Importfehler.abgelehnt(e)));
        return null;
      }
    }

    /** The data rows of a sheet, after checking its header; empty rows are left out. */
    private List<Mappenzeile> datenzeilen(Arbeitsmappenblatt b, List<Row> rows) {
      List<Mappenzeile> ergebnis = new ArrayList<>();
      if (rows.isEmpty() || rows.get(0).getRowNum() != 1) {
        fehler.add(
            new Importfehler(
                datei,
                b.blattname(),
                1,
                0,
                "",
                "",
                "die Kopfzeile fehlt; erwartet werden die Spalten "
                    + String.join(", ", b.spalten())));
        return ergebnis;
      }
      Mappenzeile kopf = new Mappenzeile(datei, b, rows.get(0), fehler);
      boolean kopfGut = true;
      for (int c = 1; c <= b.spalten().size(); c++) {
        if (!kopf.text(c).equals(b.spalte(c))) {
          kopf.fehler(c, "erwartet die Spaltenüberschrift '" + b.spalte(c) + "'");
          kopfGut = false;
        }
      }
      if (!kopfGut) {
        return ergebnis;
      }
      for (Row r : rows.subList(1, rows.size())) {
        Mappenzeile z = new Mappenzeile(datei, b, r, fehler);
        if (!z.leer()) {
          ergebnis.add(z);
        }
      }
      return ergebnis;
    }

    private Leitbild.@Nullable Builder kopf(List<Mappenzeile> zeilen) {
      if (zeilen.isEmpty()) {
        fehler.add(
            new Importfehler(
                datei,
                Arbeitsmappenblatt.LEITBILD.blattname(),
                2,
                0,
                "",
                "",
                "kein Leitbild eingetragen: erwartet eine Zeile mit Kommune, Fassung und Titel"));
        return null;
      }
      for (Mappenzeile weitere : zeilen.subList(1, zeilen.size())) {
        weitere.fehler(0, "die Mappe hält ein Leitbild; erwartet nur eine Zeile (Zeile 2)");
      }
      Mappenzeile z = zeilen.get(0);
      int vorher = fehler.size();
      BigDecimal fassung = z.zahl(2, true);
      if (fassung != null && (fassung.signum() <= 0 || !istGanz(fassung))) {
        z.fehler(2, "erwartet eine ganze Zahl ab 1");
      }
      String titel = z.pflicht(3);
      LocalDate am = z.datum(4, false);
      String gremium = z.text(5);
      beschluss = am;
      if (fehler.size() > vorher || fassung == null || titel == null) {
        return null;
      }
      int f;
      try {
        f = fassung.intValueExact();
      } catch (ArithmeticException e) {
        z.fehler(2, "erwartet eine ganze Zahl ab 1");
        return null;
      }
      return Leitbild.builder(kommune, f, titel)
          .beschlossenAm(am)
          .gremium(gremium.isEmpty() ? null : gremium);
    }

    private Set<Praeventionsleitlinie> leitlinien(List<Mappenzeile> zeilen) {
      Set<Praeventionsleitlinie> ergebnis = new HashSet<>();
      Map<Praeventionsleitlinie, Long> gesehen = new HashMap<>();
      for (Mappenzeile z : zeilen) {
        String t = z.text(1);
        Praeventionsleitlinie l = null;
        for (Praeventionsleitlinie p : Praeventionsleitlinie.values()) {
          if (p.bezeichnung().equalsIgnoreCase(t) || p.name().equalsIgnoreCase(t)) {
            l = p;
          }
        }
        if (l == null) {
          z.fehler(
              1,
              "keine Präventionsleitlinie; erwartet eine aus der Liste: "
                  + Stream.of(Praeventionsleitlinie.values())
                      .map(Praeventionsleitlinie::bezeichnung)
                      .collect(Collectors.joining("; ")));
          continue;
        }
        Long frueher = gesehen.putIfAbsent(l, z.nummer());
        if (frueher != null) {
          z.fehler(1, "die Leitlinie steht schon in Zeile " + frueher);
        }
        ergebnis.add(l);
      }
      return ergebnis;
    }

    private Map<String, Leitziel> leitziele(List<Mappenzeile> zeilen) {
      Map<String, Leitziel> ergebnis = new LinkedHashMap<>();
      Map<String, Long> gesehen = new HashMap<>();
      for (Mappenzeile z : zeilen) {
        String key = z.pflicht(1);
        String titel = z.pflicht(2);
        String beschreibung = z.text(3);
        if (key == null || titel == null) {
          continue;
        }
        Long frueher = gesehen.putIfAbsent(key, z.nummer());
        if (frueher != null) {
          z.fehler(1, "das Leitziel steht schon in Zeile " + frueher);
          continue;
        }
        try {
          ergebnis.put(
              key,
              new Leitziel(key, titel, beschreibung.isEmpty() ? null : beschreibung, List.of()));
        } catch (IllegalArgumentException e) {
          z.fehler(1, SCHLUESSEL);
        }
      }
      return ergebnis;
    }

    private Map<String, Ziel> handlungsziele(
        List<Mappenzeile> zeilen, Map<String, Leitziel> leitziele) {
      Map<String, Ziel> ergebnis = new LinkedHashMap<>();
      Map<String, Long> gesehen = new HashMap<>();
      for (Mappenzeile z : zeilen) {
        String leitziel = z.pflicht(1);
        String key = z.pflicht(2);
        String titel = z.pflicht(3);
        if (leitziel != null && !leitziele.containsKey(leitziel)) {
          z.fehler(1, "dieses Leitziel steht nicht auf dem Blatt Leitziele");
        }
        if (leitziel == null || key == null || titel == null) {
          continue;
        }
        Long frueher = gesehen.putIfAbsent(key, z.nummer());
        if (frueher != null) {
          z.fehler(2, "das Handlungsziel steht schon in Zeile " + frueher);
          continue;
        }
        try {
          Handlungsziel.of(key, titel); // the domain's check of the key
          ergebnis.put(key, new Ziel(leitziel, key, titel));
        } catch (IllegalArgumentException e) {
          z.fehler(2, SCHLUESSEL);
        }
      }
      return ergebnis;
    }

    private void indikatoren(List<Mappenzeile> zeilen, Map<String, Ziel> ziele) {
      Map<List<Object>, Long> gesehen = new HashMap<>();
      for (Mappenzeile z : zeilen) {
        Ziel ziel = ziel(z, ziele);
        IndikatorKey i = indikator(z, 2);
        if (ziel == null || i == null) {
          continue;
        }
        Long frueher = gesehen.putIfAbsent(List.of(ziel.key, i), z.nummer());
        if (frueher != null) {
          z.fehler(2, "der Indikator steht für dieses Handlungsziel schon in Zeile " + frueher);
          continue;
        }
        ziel.indikatoren.add(i);
      }
    }

    private void zielwerte(
        List<Mappenzeile> zeilen, Map<String, Ziel> ziele, @Nullable LocalDate beschluss) {
      Map<List<Object>, Long> gesehen = new HashMap<>();
      for (Mappenzeile z : zeilen) {
        int vorher = fehler.size();
        Ziel ziel = ziel(z, ziele);
        IndikatorKey i = indikator(z, 2);
        if (ziel != null && i != null && !ziel.indikatoren.contains(i)) {
          z.fehler(
              2,
              "der Indikator steht auf dem Blatt Indikatoren nicht beim Handlungsziel "
                  + ziel.key
                  + "; ein Zielwert gilt einem Indikator, an dem das Ziel gemessen wird");
        }
        Zielrichtung richtung = richtung(z);
        BigDecimal wert = z.zahl(4, true);
        LocalDate frist = z.datum(5, true);
        if (frist != null && beschluss != null && frist.isBefore(beschluss)) {
          z.fehler(
              5,
              "die Frist liegt vor dem Beschluss des Leitbilds am " + Anzeigetext.datum(beschluss));
        }
        SozialraumId raum = sozialraum(z);
        BigDecimal ausgangswert = z.zahl(7, false);
        if (fehler.size() > vorher
            || ziel == null
            || i == null
            || richtung == null
            || wert == null
            || frist == null) {
          continue;
        }
        Long frueher =
            gesehen.putIfAbsent(
                List.of(ziel.key, i, raum == null ? "" : raum.code(), frist), z.nummer());
        if (frueher != null) {
          z.fehler(
              2,
              "für dieses Handlungsziel, diesen Indikator, "
                  + (raum == null ? "die ganze Kommune" : "diesen Sozialraum")
                  + " und diese Frist steht schon ein Zielwert in Zeile "
                  + frueher);
          continue;
        }
        ziel.zielwerte.add(new Zielwert(i, wert, richtung, frist, raum, ausgangswert));
      }
    }

    private @Nullable Ziel ziel(Mappenzeile z, Map<String, Ziel> ziele) {
      String key = z.pflicht(1);
      if (key == null) {
        return null;
      }
      Ziel ziel = ziele.get(key);
      if (ziel == null) {
        z.fehler(1, "dieses Handlungsziel steht nicht auf dem Blatt Handlungsziele");
      }
      return ziel;
    }

    private @Nullable Zielrichtung richtung(Mappenzeile z) {
      String t = z.pflicht(3);
      if (t == null) {
        return null;
      }
      for (Zielrichtung r : Zielrichtung.values()) {
        if (r.bezeichnung().equalsIgnoreCase(t) || r.name().equalsIgnoreCase(t)) {
          return r;
        }
      }
      z.fehler(3, "erwartet mindestens oder höchstens");
      return null;
    }

    private @Nullable SozialraumId sozialraum(Mappenzeile z) {
      String code = z.text(6);
      if (code.isEmpty()) {
        return null;
      }
      SozialraumId id;
      try {
        id = SozialraumId.of(kommune, code);
      } catch (IllegalArgumentException e) {
        z.fehler(
            6, "erwartet den Schlüssel eines Sozialraums (Buchstaben a-z, Ziffern, '-', '_', '.')");
        return null;
      }
      if (sozialraeume != null && !sozialraeume.contains(id)) {
        z.fehler(6, "die Kommune " + kommune + " hat diesen Sozialraum nicht");
        return null;
      }
      return id;
    }

    @Nullable IndikatorKey indikator(Mappenzeile z, int spalte) {
      String t = z.pflicht(spalte);
      if (t == null) {
        return null;
      }
      IndikatorKey i;
      try {
        i = IndikatorKey.of(t);
      } catch (IllegalArgumentException e) {
        z.fehler(
            spalte,
            "erwartet den Schlüssel eines Indikators (Kleinbuchstaben, Ziffern und '-', z. B."
                + " sgb2-quote-u15)");
        return null;
      }
      if (indikatoren != null && !indikatoren.contains(i)) {
        z.fehler(spalte, "kekiz kennt diesen Indikator nicht (erst kekiz indikatoren)");
        return null;
      }
      return i;
    }
  }

  private static final String SCHLUESSEL =
      "erwartet einen Schlüssel aus 1 bis 60 Buchstaben, Ziffern, '.', '_' oder '-', der mit"
          + " einem Buchstaben oder einer Ziffer beginnt";

  private static boolean istGanz(BigDecimal z) {
    return z.stripTrailingZeros().scale() <= 0;
  }
}

package de.kekiz.importe;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Checks an XLSX workbook before the reader opens it, streaming, in bounded memory: that it is an
 * intact ZIP container (every part's CRC-32 and size as its directory says), that it unpacks to no
 * more than the limits allow (in all, per part by ratio, number of parts, and its shared texts),
 * and that its sheets name only cells Excel can have (columns A to XFD, rows 1 to 1,048,576), hold
 * no more rows than allowed and no document type declaration. A workbook that breaks one is refused
 * with an {@link UnlesbareDateiException} naming the part and the place.
 */
final class XlsxPruefung {

  /** The most bytes the shared texts of a workbook may unpack to (they are held in memory). */
  static final long GEMEINSAME_TEXTE_HOECHSTENS = 128L << 20;

  private final Path datei;
  private final Importgrenzen grenzen;

  private XlsxPruefung(Path datei, Importgrenzen grenzen) {
    this.datei = datei;
    this.grenzen = grenzen;
  }

  /**
   * Checks {@code datei} against {@code grenzen}.
   *
   * @throws UnlesbareDateiException if the workbook is damaged or breaks a limit
   */
  static void pruefe(Path datei, Importgrenzen grenzen) {
    new XlsxPruefung(datei, grenzen).pruefe();
  }

  private void pruefe() {
    List<String> blaetter = new ArrayList<>();
    try (ZipFile zip = new ZipFile(datei.toFile())) {
      int teile = 0;
      long gesamt = 0;
      Enumeration<? extends ZipEntry> e = zip.entries();
      while (e.hasMoreElements()) {
        ZipEntry t = e.nextElement();
        if (++teile > grenzen.xlsxTeile()) {
          throw fehler("sie hat mehr als " + grenzen.xlsxTeile() + " Teile");
        }
        gesamt += pruefeTeil(zip, t, grenzen.xlsxEntpacktGesamt() - gesamt);
        String name = t.getName();
        if (name.startsWith("xl/worksheets/") && name.endsWith(".xml")) {
          blaetter.add(name);
        }
      }
      for (String blatt : blaetter) {
        pruefeBlatt(zip, zip.getEntry(blatt));
      }
    } catch (ZipException e) {
      throw new UnlesbareDateiException(
          datei, "sie ist keine intakte XLSX-Datei (ZIP-Container beschädigt)", e);
    } catch (IOException e) {
      throw new UnlesbareDateiException(
          datei,
          "sie kann nicht als XLSX-Datei gelesen werden (" + e.getClass().getSimpleName() + ")",
          e);
    }
  }

  /** Unpacks one part, checking size, ratio and CRC; returns its size. */
  private long pruefeTeil(ZipFile zip, ZipEntry t, long rest) throws IOException {
    String name = Anzeigetext.sichtbar(t.getName());
    long angegeben = t.getSize();
    long gepackt = Math.max(1, t.getCompressedSize());
    long grenze = rest;
    if (t.getName().equals("xl/sharedStrings.xml")) {
      grenze = Math.min(grenze, GEMEINSAME_TEXTE_HOECHSTENS);
    }
    CRC32 crc = new CRC32();
    long gelesen = 0;
    try (InputStream in = zip.getInputStream(t)) {
      byte[] puffer = new byte[1 << 16];
      int n;
      while ((n = in.read(puffer)) > 0) {
        gelesen += n;
        if (gelesen > grenze) {
          throw fehler(
              "ihr Teil '"
                  + name
                  + "' entpackt zu mehr als "
                  + grenze
                  + " Bytes (zu groß;"
                  + " eine ZIP-Bombe?)");
        }
        if (gelesen > Importgrenzen.XLSX_KLEINER_TEIL
            && gelesen / gepackt > grenzen.xlsxVerhaeltnis()) {
          throw fehler(
              "ihr Teil '"
                  + name
                  + "' entpackt auf mehr als das "
                  + grenzen.xlsxVerhaeltnis()
                  + "-fache seiner gepackten Größe (eine ZIP-Bombe?)");
        }
        crc.update(puffer, 0, n);
      }
    }
    if (angegeben >= 0 && angegeben != gelesen) {
      throw fehler(
          "ihr Teil '"
              + name
              + "' hat "
              + gelesen
              + " statt "
              + angegeben
              + " Bytes"
              + " (ZIP-Container beschädigt)");
    }
    if (t.getCrc() >= 0 && t.getCrc() != crc.getValue()) {
      throw fehler(
          "die Prüfsumme (CRC-32) ihres Teils '"
              + name
              + "' stimmt nicht: die Datei ist"
              + " beschädigt");
    }
    return gelesen;
  }

  private void pruefeBlatt(ZipFile zip, ZipEntry t) throws IOException {
    String name = Anzeigetext.sichtbar(t.getName());
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    long zeilen = 0;
    try (InputStream in = zip.getInputStream(t)) {
      XMLStreamReader r = f.createXMLStreamReader(in);
      try {
        while (r.hasNext()) {
          int art = r.next();
          if (art == XMLStreamConstants.DTD) {
            throw fehler("ihr Blatt '" + name + "' enthält eine Dokumenttyp-Deklaration");
          }
          if (art != XMLStreamConstants.START_ELEMENT) {
            continue;
          }
          String element = r.getLocalName();
          if (element.equals("row")) {
            if (++zeilen > grenzen.zeilenProDatei() + 1) {
              throw fehler(
                  "ihr Blatt '"
                      + name
                      + "' hat mehr als "
                      + grenzen.zeilenProDatei()
                      + " Datenzeilen; bitte in mehrere Dateien aufteilen");
            }
            String nr = r.getAttributeValue(null, "r");
            if (nr != null && zeilennummer(nr) < 0) {
              throw fehler(
                  "ihr Blatt '"
                      + name
                      + "' nennt die Zeile '"
                      + Anzeigetext.sichtbar(nr)
                      + "', die es nicht geben kann (Zeilen 1 bis "
                      + Importgrenzen.XLSX_ZEILEN
                      + ")");
            }
          } else if (element.equals("c")) {
            String bezug = r.getAttributeValue(null, "r");
            if (bezug != null && !gueltigerZellbezug(bezug)) {
              throw fehler(
                  "ihr Blatt '"
                      + name
                      + "', Zeile "
                      + zeilen
                      + ", nennt die Zelle '"
                      + Anzeigetext.sichtbar(bezug)
                      + "', die es nicht geben kann (Spalten A bis"
                      + " XFD, Zeilen 1 bis "
                      + Importgrenzen.XLSX_ZEILEN
                      + ")");
            }
          }
        }
      } finally {
        r.close();
      }
    } catch (XMLStreamException e) {
      throw fehler(
          "ihr Blatt '"
              + name
              + "' ist kein gültiges XML"
              + (e.getLocation() == null
                  ? ""
                  : " (Zeile "
                      + e.getLocation().getLineNumber()
                      + ", Spalte "
                      + e.getLocation().getColumnNumber()
                      + ")"));
    }
  }

  /** The row number of {@code text}, or -1 if it is none Excel can have. */
  private static long zeilennummer(String text) {
    if (text.isEmpty() || text.length() > 7) {
      return -1;
    }
    long n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n >= 1 && n <= Importgrenzen.XLSX_ZEILEN ? n : -1;
  }

  /** Whether {@code bezug} is a cell such as {@code B7} within A1:XFD1048576. */
  static boolean gueltigerZellbezug(String bezug) {
    int i = 0;
    long spalte = 0;
    while (i < bezug.length() && i < 4) {
      char c = bezug.charAt(i);
      if (c < 'A' || c > 'Z') {
        break;
      }
      spalte = spalte * 26 + (c - 'A' + 1);
      i++;
    }
    if (i == 0 || spalte > Importgrenzen.XLSX_SPALTEN) {
      return false;
    }
    return zeilennummer(bezug.substring(i)) > 0;
  }

  private UnlesbareDateiException fehler(String grund) {
    return new UnlesbareDateiException(datei, grund);
  }
}

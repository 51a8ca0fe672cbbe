#!/usr/bin/env bash
# Checks the report files with the real readers (not part of the ordinary test run):
#
#   kekiz-reporting/src/test/scripts/leser-pruefen.sh
#
# 1. builds the modules (tests skipped) and writes every format of three example reports with
#    de.kekiz.reporting.BerichtSchreiben into kekiz-reporting/target/leser/{koeln,ahlen,boese}
#    (Köln: 86 Stadtteile, 50 indicators, 10 years; Ahlen: two suppressed values; boese: markup
#    and ampersands in names);
# 2. installs the readers with apt-get if they are missing (chromium, poppler-utils,
#    libreoffice-calc, python3-jsonschema; needs root);
# 3. checks each folder:
#    - bericht.html: headless Chromium renders it to a PNG screenshot with no console message,
#      no refused load (Content-Security-Policy) and no script error in its log;
#    - bericht.pdf: pdftoppm turns every page into a PNG (as many as pdfinfo counts);
#    - bericht.xlsx: LibreOffice converts every sheet to CSV; every value of every indicator
#      sheet equals the value in bericht.json (suppressed cells are "." in both senses);
#    - messwerte.csv: Python's csv module reads it back: one row per Messwert of bericht.json,
#      suppressed rows without numbers;
#    - messwerte.sdmx.csv: SDMX-CSV 2.0 header and one row per Messwert;
#    - angebote.hsds.json: valid against the official HSDS 3.0 schema (hsds-pruefen.sh);
#    - bericht.json: format and version, and no number in a suppressed Messwert.
# The screenshots stay in target/leser/*/bericht.png (Köln: the first 8000 px of the page).
# Exit code 0 only if every check passes.
set -euo pipefail

modul="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
wurzel="$(cd "$modul/.." && pwd)"
ziel="$modul/target/leser"

echo "== Bauen und Berichte schreiben" >&2
(cd "$wurzel" && ./mvnw -B -q -pl kekiz-reporting -am package -DskipTests \
  org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.outputFile=target/benchmark.cp -Dmdep.includeScope=test >&2)
rm -rf "$ziel"
CP="$modul/target/test-classes:$modul/target/classes:$(cat "$modul/target/benchmark.cp")"
java -Djava.util.logging.config.file=/dev/null -cp "$CP" de.kekiz.reporting.BerichtSchreiben \
  koeln "$ziel/koeln" ahlen "$ziel/ahlen" boese "$ziel/boese" >/dev/null

fehlt=()
command -v chromium >/dev/null || fehlt+=(chromium)
command -v pdftoppm >/dev/null || fehlt+=(poppler-utils)
command -v libreoffice >/dev/null || fehlt+=(libreoffice-calc)
python3 -c 'import jsonschema' 2>/dev/null || fehlt+=(python3-jsonschema)
if [ "${#fehlt[@]}" -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "== Installiere ${fehlt[*]}" >&2
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${fehlt[@]}" >&2
  else
    echo "Es fehlen: ${fehlt[*]} (als root installiert das Skript sie mit apt-get)" >&2
    exit 2
  fi
fi

fehler=0
for bericht in koeln ahlen boese; do
  dir="$ziel/$bericht"
  echo "== $bericht" >&2

  # --- HTML in Chromium
  profil="$(mktemp -d)"
  log="$dir/chromium.log"
  timeout 300 chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --user-data-dir="$profil" \
    --enable-logging=stderr --v=0 --window-size="1000,$([ "$bericht" = koeln ] && echo 8000 || echo 1600)" --hide-scrollbars \
    --screenshot="$dir/bericht.png" "file://$dir/bericht.html" 2>"$log" >/dev/null || true
  rm -rf "$profil"
  if [ ! -s "$dir/bericht.png" ]; then
    echo "FEHLER html: kein Screenshot" >&2; fehler=1
  elif grep -E 'CONSOLE|Refused to|Uncaught|net::ERR' "$log" >&2; then
    echo "FEHLER html: Meldungen im Chromium-Log $log" >&2; fehler=1
  else
    echo "ok   html: Screenshot $(stat -c %s "$dir/bericht.png") Bytes, keine Konsolenmeldung" >&2
  fi

  # --- PDF with pdftoppm
  seiten="$(pdfinfo "$dir/bericht.pdf" | awk '/^Pages:/ {print $2}')"
  mkdir -p "$dir/pdf-seiten"
  if pdftoppm -r 30 -png "$dir/bericht.pdf" "$dir/pdf-seiten/seite" \
      && [ "$(ls "$dir/pdf-seiten" | wc -l)" -eq "$seiten" ] && [ "$seiten" -gt 0 ]; then
    echo "ok   pdf: $seiten Seiten als PNG" >&2
  else
    echo "FEHLER pdf: pdftoppm ($seiten Seiten laut pdfinfo)" >&2; fehler=1
  fi

  # --- XLSX in LibreOffice
  mkdir -p "$dir/xlsx-csv"
  lo_profil="$(mktemp -d)"
  (cd "$dir/xlsx-csv" && timeout 600 libreoffice -env:UserInstallation="file://$lo_profil" --headless \
    --convert-to 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1' \
    "$dir/bericht.xlsx" >/dev/null 2>&1) || true
  rm -rf "$lo_profil"

  # --- the rest in Python: XLSX values against bericht.json, CSV, SDMX-CSV, JSON
  if ! python3 - "$dir" <<'PY'
import csv, json, pathlib, sys
from decimal import Decimal
d = pathlib.Path(sys.argv[1])
b = json.loads((d / "bericht.json").read_text(encoding="utf-8"))
assert b["format"] == "kekiz-monitoringbericht" and b["formatversion"] == "1.0", "bericht.json: Format"
messwerte = b["messwerte"]
for m in messwerte:
    if m.get("confStatus", "F") != "F":
        assert m.get("zaehler") is None and m.get("nenner") is None, f"bericht.json: gesperrter Messwert mit Zahl {m}"
print(f"ok   json: {len(messwerte)} Messwerte, gesperrte ohne Zahl", file=sys.stderr)

# XLSX (as LibreOffice read it) against the tables of bericht.json
n_werte = 0
for a in b["abschnitte"]["auswertungen"]:
    key = a["indikator"]["key"]
    blatt = d / "xlsx-csv" / f"bericht-{key[:31]}.csv"
    zeilen = list(csv.reader(blatt.open(encoding="utf-8")))
    daten = {z[1]: z for z in zeilen[3:] if len(z) > 1}
    for reihe in [a["kommune"]] + a["gebiete"]:
        z = daten[reihe["gebiet"]["raum"]]
        for i, zelle in enumerate(reihe["werte"]):
            text = z[2 + i]
            if zelle["confStatus"] != "F":
                assert text == ".", f"xlsx {key} {reihe['gebiet']['name']}: gesperrt, aber '{text}'"
            elif zelle["wert"] is None:
                assert text == "x", f"xlsx {key} {reihe['gebiet']['name']}: fehlend, aber '{text}'"
            else:
                assert abs(Decimal(text) - Decimal(str(zelle["wert"]))) < Decimal("1e-9"), \
                    f"xlsx {key} {reihe['gebiet']['name']} Spalte {i}: {text} statt {zelle['wert']}"
                n_werte += 1
print(f"ok   xlsx: LibreOffice liest {len(b['abschnitte']['auswertungen'])} Indikatorblätter, {n_werte} Werte gleich bericht.json", file=sys.stderr)

# messwerte.csv: German Excel CSV, read back by Python's csv module
text = (d / "messwerte.csv").read_bytes()
assert text.startswith(b"\xef\xbb\xbf"), "messwerte.csv: BOM fehlt"
zeilen = list(csv.reader(text.decode("utf-8-sig").splitlines(), delimiter=";"))
kopf, rows = zeilen[0], zeilen[1:]
assert len(rows) == len(messwerte), f"messwerte.csv: {len(rows)} Zeilen statt {len(messwerte)}"
sp = {n: i for i, n in enumerate(kopf)}
gesperrt = [r for r in rows if r[sp["CONF_STATUS"]] != "F"]
assert all(r[sp["Zähler"]] == "." and r[sp["Nenner"]] == "." and r[sp["Wert"]] == "." for r in gesperrt), "messwerte.csv: gesperrte Zahl"
print(f"ok   csv: {len(rows)} Zeilen zurückgelesen, {len(gesperrt)} gesperrt ohne Zahl", file=sys.stderr)

# messwerte.sdmx.csv
zeilen = list(csv.reader((d / "messwerte.sdmx.csv").read_text(encoding="utf-8").splitlines()))
kopf = zeilen[0]
assert kopf[:3] == ["STRUCTURE", "STRUCTURE_ID", "ACTION"], f"sdmx: Kopf {kopf[:3]}"
for spalte in ["TIME_PERIOD", "OBS_VALUE", "OBS_STATUS", "CONF_STATUS"]:
    assert spalte in kopf, f"sdmx: Spalte {spalte} fehlt"
assert len(zeilen) - 1 == len(messwerte), f"sdmx: {len(zeilen) - 1} Zeilen statt {len(messwerte)}"
i_wert, i_conf = kopf.index("OBS_VALUE"), kopf.index("CONF_STATUS")
assert all(z[i_wert] == "" for z in zeilen[1:] if z[i_conf] != "F"), "sdmx: gesperrter OBS_VALUE"
print(f"ok   sdmx: {len(zeilen) - 1} Beobachtungen, gesperrte ohne OBS_VALUE", file=sys.stderr)
PY
  then
    fehler=1
  fi

  # --- HSDS with the official schema
  if "$modul/src/test/scripts/hsds-pruefen.sh" "$dir/angebote.hsds.json" >&2; then
    echo "ok   hsds: gültig nach dem HSDS-3.0-Schema" >&2
  else
    echo "FEHLER hsds" >&2; fehler=1
  fi
done

if [ "$fehler" -ne 0 ]; then
  echo "== Nicht alle Prüfungen bestanden" >&2
  exit 1
fi
echo "== Alle Leser zufrieden" >&2

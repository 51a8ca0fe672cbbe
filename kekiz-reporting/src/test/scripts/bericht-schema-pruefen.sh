#!/usr/bin/env bash
# Validates the JSON report documents against kekiz.schema.json (draft 2020-12) with Python's
# jsonschema (Debian's python3-jsonschema), a second reader next to the networknt validator of
# BerichtSchemaTest. CI runs it after `./mvnw -B verify`:
#
#   kekiz-reporting/src/test/scripts/bericht-schema-pruefen.sh [DOKUMENT.json ...]
#
# Without arguments it checks what the tests wrote into kekiz-reporting/target: the demo's three
# reports (demo-berichte/{koeln,ahlen,kreis-unna}/bericht.json, written by BerichtWriter) and every
# document of bericht-schema/ (BerichtSchemaTest: the fixtures with every kind of cell, the internal
# mode, the variants with the optional parts, the programme reports); a missing one fails. Each
# document is checked against the definition its "format" names (Monitoringbericht or
# Programmbericht), with format assertions on. First a counter-check: a copy of a report with a cell
# of an unknown art must be refused, so a reader that accepts everything cannot pass.
# Installs python3-jsonschema with apt-get if it is missing (needs root) and runs Debian's Python.
# Exit code 0 only if every document is valid.
set -euo pipefail

modul="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
schema="$modul/src/main/resources/de/kekiz/reporting/json/kekiz.schema.json"

# Debian's interpreter, so that Debian's python3-jsonschema is the reader (not one of pip's)
py=python3
[ -x /usr/bin/python3 ] && py=/usr/bin/python3
if ! "$py" -c 'import jsonschema' 2>/dev/null; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "bericht-schema: installiere python3-jsonschema ..." >&2
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-jsonschema >&2
  else
    echo "bericht-schema: Pythons jsonschema fehlt; bitte python3-jsonschema installieren" >&2
    exit 2
  fi
fi

if [ "$#" -eq 0 ]; then
  pflicht=1
  set -- "$modul"/target/demo-berichte/{koeln,ahlen,kreis-unna}/bericht.json
  shopt -s nullglob
  set -- "$@" "$modul"/target/bericht-schema/*.json
  shopt -u nullglob
else
  pflicht=0
fi

"$py" - "$schema" "$pflicht" "$@" <<'PY'
import copy
import json
import pathlib
import sys

import jsonschema

schema_datei = pathlib.Path(sys.argv[1])
pflicht = sys.argv[2] == "1"
dateien = [pathlib.Path(p) for p in sys.argv[3:]]
schema = json.loads(schema_datei.read_text(encoding="utf-8"))
klasse = jsonschema.Draft202012Validator
klasse.check_schema(schema)

DEFINITIONEN = {
    "kekiz-monitoringbericht": "Monitoringbericht",
    "kekiz-programmbericht": "Programmbericht",
}


def pruefer(definition):
    # the whole schema with a reference to the definition at its root: no resolver needed
    wurzel = dict(schema)
    wurzel["$ref"] = "#/$defs/" + definition
    return klasse(wurzel, format_checker=klasse.FORMAT_CHECKER)


PRUEFER = {f: pruefer(d) for f, d in DEFINITIONEN.items()}


def zellen(n):
    if isinstance(n, dict):
        if "art" in n and "confStatus" in n:
            yield n
        for w in n.values():
            yield from zellen(w)
    elif isinstance(n, list):
        for w in n:
            yield from zellen(w)


fehlend = [d for d in dateien if not d.is_file()]
if fehlend:
    for d in fehlend:
        print(f"bericht-schema: Dokument fehlt: {d} (zuerst ./mvnw -B verify ausführen)")
    sys.exit(1)
if not dateien:
    print("bericht-schema: keine Dokumente angegeben")
    sys.exit(1)

gueltig = ungueltig = 0
je_definition = {d: 0 for d in DEFINITIONEN.values()}
arten = set()
gegenprobe = None
for datei in dateien:
    try:
        dok = json.loads(datei.read_text(encoding="utf-8"))
    except ValueError as e:
        print(f"UNGÜLTIG {datei}: kein JSON ({e})")
        ungueltig += 1
        continue
    fmt = dok.get("format") if isinstance(dok, dict) else None
    if fmt not in PRUEFER:
        print(f"UNGÜLTIG {datei}: unbekanntes Format {fmt!r}, erwartet {sorted(PRUEFER)}")
        ungueltig += 1
        continue
    fehler = sorted(PRUEFER[fmt].iter_errors(dok), key=lambda e: list(map(str, e.absolute_path)))
    z = list(zellen(dok))
    if fehler:
        ungueltig += 1
        print(f"UNGÜLTIG {datei} ({DEFINITIONEN[fmt]}): {len(fehler)} Fehler")
        for e in fehler[:10]:
            ort = "/" + "/".join(str(t) for t in e.absolute_path)
            print(f"  {ort}: {e.message[:300]}")
    else:
        gueltig += 1
        je_definition[DEFINITIONEN[fmt]] += 1
        arten.update(c["art"] for c in z)
        print(f"gültig   {datei.parent.name}/{datei.name} ({DEFINITIONEN[fmt]}, {len(z)} Zellen)")
    if gegenprobe is None and fmt == "kekiz-monitoringbericht" and z:
        gegenprobe = copy.deepcopy(dok)
        next(zellen(gegenprobe))["art"] = "GESCHAETZT"

# counter-check: a cell of an unknown kind must be refused
if gegenprobe is None:
    print("bericht-schema: keine Gegenprobe möglich (kein Bericht mit Zellen)")
    sys.exit(1)
if not list(PRUEFER["kekiz-monitoringbericht"].iter_errors(gegenprobe)):
    print("bericht-schema: Gegenprobe fehlgeschlagen: eine Zelle der Art 'GESCHAETZT' wurde angenommen")
    sys.exit(1)

try:
    from importlib.metadata import version
    v = version("jsonschema")
except Exception:
    v = "?"
print(f"bericht-schema: {gueltig} von {len(dateien)} Dokumenten gültig "
      f"({je_definition['Monitoringbericht']} Monitoringberichte, "
      f"{je_definition['Programmbericht']} Programmberichte) gegen {schema_datei.name} "
      f"(Entwurf 2020-12, Formate geprüft) mit Pythons jsonschema {v}; "
      f"Zellarten: {', '.join(sorted(arten)) or 'keine'}; "
      f"Gegenprobe (unbekannte Zellart) abgelehnt")
if pflicht and not all(je_definition.values()):
    print("bericht-schema: es fehlt ein Monitoringbericht oder ein Programmbericht")
    sys.exit(1)
sys.exit(1 if ungueltig else 0)
PY

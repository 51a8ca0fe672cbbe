#!/usr/bin/env bash
# Validates angebote.hsds.json files against the official HSDS 3.0 JSON Schema (draft 2020-12)
# with Python's jsonschema, a second validator next to the networknt one in the Java tests.
#
#   kekiz-reporting/src/test/scripts/hsds-pruefen.sh [angebote.hsds.json ...]
#
# Without arguments it first writes the example file of HsdsAngebotWriterTest
# (kekiz-reporting/target/hsds-beispiel/angebote.hsds.json) with Maven and checks that one.
# Installs python3-jsonschema with apt-get if it is missing (needs root). Not part of the
# ordinary test run. Exit code 0 only if every service of every file is valid.
set -euo pipefail

modul="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
wurzel="$(cd "$modul/.." && pwd)"
schemas="$modul/src/test/resources/de/kekiz/reporting/hsds/schema"

if [ "$#" -eq 0 ]; then
  echo "hsds-pruefen: writing the example file with Maven ..." >&2
  (cd "$wurzel" && ./mvnw -B -q -pl kekiz-reporting -am test \
      -Dtest=HsdsAngebotWriterTest -Dsurefire.failIfNoSpecifiedTests=false >&2)
  set -- "$modul/target/hsds-beispiel/angebote.hsds.json"
fi

if ! python3 -c 'import jsonschema' 2>/dev/null; then
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "hsds-pruefen: installing python3-jsonschema ..." >&2
    apt-get update -qq >&2 && apt-get install -y -qq python3-jsonschema >&2
  else
    echo "hsds-pruefen: Python jsonschema is missing; install python3-jsonschema" >&2
    exit 2
  fi
fi

python3 - "$schemas" "$@" <<'PY'
import json
import pathlib
import sys
import warnings

import jsonschema

schemas = pathlib.Path(sys.argv[1])
dateien = [pathlib.Path(p) for p in sys.argv[2:]]
basis = schemas.resolve().as_uri() + "/"
inhalte = {basis + p.name: json.loads(p.read_text(encoding="utf-8"))
           for p in sorted(schemas.glob("*.json"))}
service = inhalte[basis + "service.json"]
klasse = jsonschema.Draft202012Validator
formate = klasse.FORMAT_CHECKER

try:  # jsonschema >= 4.18
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012
    registry = Registry().with_resources(
        (uri, Resource.from_contents(s, default_specification=DRAFT202012))
        for uri, s in inhalte.items())
    validator = klasse({"$ref": basis + "service.json"}, registry=registry,
                       format_checker=formate)
except ImportError:  # older jsonschema, e.g. Debian's python3-jsonschema
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        resolver = jsonschema.RefResolver(basis + "service.json", service, store=inhalte)
        validator = klasse(service, resolver=resolver, format_checker=formate)

gut = schlecht = 0
for datei in dateien:
    services = json.loads(datei.read_text(encoding="utf-8"))
    if not isinstance(services, list):
        print(f"{datei}: needs a JSON array of HSDS services")
        schlecht += 1
        continue
    for i, s in enumerate(services):
        fehler = sorted(validator.iter_errors(s), key=lambda e: list(e.absolute_path))
        if fehler:
            schlecht += 1
            for e in fehler:
                ort = "/".join(str(t) for t in e.absolute_path)
                print(f"{datei} [{i}] {s.get('name')!r} /{ort}: {e.message}")
        else:
            gut += 1
try:
    from importlib.metadata import version
    v = version("jsonschema")
except Exception:  # pragma: no cover - very old Python
    v = "?"
print(f"jsonschema {v}, HSDS 3.0 service.json, formats checked: "
      f"{', '.join(f for f in ('uuid', 'email', 'uri', 'date', 'date-time') if f in formate.checkers)}",
      file=sys.stderr)
print(f"hsds: {gut} passed, {schlecht} failed")
sys.exit(1 if schlecht else 0)
PY

#!/usr/bin/env bash
# Checks the demo reports of Köln, Ahlen and Kreis Unna with the real readers:
#
#   kekiz-reporting/src/test/scripts/browser-pruefen.sh               install, then run the checks
#   kekiz-reporting/src/test/scripts/browser-pruefen.sh --installieren  install only (for CI)
#   kekiz-reporting/src/test/scripts/browser-pruefen.sh --bilder        also take the README's pictures
#
# 1. installs Debian's chromium and nodejs (with npm) with apt-get where missing (needs root);
# 2. installs playwright-core and axe-core at the versions of package-lock.json with `npm ci`
#    into kekiz-reporting/src/test/browser/node_modules (playwright-core drives the installed
#    Chromium and downloads no browser);
# 3. runs, with KEKIZ_BROWSERTEST=pflicht so that a missing reader fails instead of skipping:
#    - BrowserTest: bericht.html in Chromium: axe-core finds no WCAG 2.1 A/AA violation, the page
#      fits 1,280 px, makes no network request and logs nothing, the atlas follows a change of
#      indicator and period in map, bars, legend and table, keyboard focus on an area shows name,
#      value, kind of figure and rank, and without JavaScript every table but the atlas's shows;
#    - PdfUaTest: veraPDF's PDF/UA-1 profile passes bericht.pdf;
#    - PdfSeitenTest: every glyph of every PDF page lies inside the page box;
# 4. with --bilder: kekiz-reporting/doc/atlas-koeln.png (the atlas of Köln) and
#    kekiz-reporting/doc/pdf-seite-koeln.png (a page of Köln's PDF, pdftoppm from poppler-utils).
# Exit code 0 only if every step passes.
set -euo pipefail

modul="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
wurzel="$(cd "$modul/.." && pwd)"
browser="$modul/src/test/browser"
modus="${1:-pruefen}"

fehlt=()
command -v chromium >/dev/null || fehlt+=(chromium)
command -v node >/dev/null || fehlt+=(nodejs)
command -v npm >/dev/null || fehlt+=(npm)
[ "$modus" != --bilder ] || command -v pdftoppm >/dev/null || fehlt+=(poppler-utils)
if [ "${#fehlt[@]}" -gt 0 ]; then
  als_root=()
  [ "$(id -u)" -eq 0 ] || als_root=(sudo -n)
  if command -v apt-get >/dev/null && { [ "$(id -u)" -eq 0 ] || sudo -n true 2>/dev/null; }; then
    echo "== Installiere ${fehlt[*]}" >&2
    "${als_root[@]}" apt-get update -qq >&2
    "${als_root[@]}" env DEBIAN_FRONTEND=noninteractive \
      apt-get install -y -qq --no-install-recommends "${fehlt[@]}" >&2
  else
    echo "Es fehlen: ${fehlt[*]} (als root oder mit sudo installiert das Skript sie mit apt-get)" >&2
    exit 2
  fi
fi

echo "== npm ci in $browser" >&2
(cd "$browser" && npm ci --no-audit --no-fund --ignore-scripts >&2)
if [ "$modus" = --installieren ]; then
  exit 0
fi

echo "== BrowserTest, PdfUaTest, PdfSeitenTest" >&2
(cd "$wurzel" && KEKIZ_BROWSERTEST=pflicht ./mvnw -B -q -pl kekiz-reporting -am test \
  -Dtest='BrowserTest,PdfUaTest,PdfSeitenTest' -Dsurefire.failIfNoSpecifiedTests=false \
  -Djava.util.logging.config.file=/dev/null >&2)
echo "ok   axe-core, Atlas, 1.280 px, keine Anfrage, veraPDF PDF/UA-1, Seitenrand" >&2

if [ "$modus" = --bilder ]; then
  demo="$modul/target/demo-berichte/koeln"
  (cd "$browser" && KEKIZ_ATLAS_INDIKATOR="SGB-II" node bilder.mjs "$demo/bericht.html" \
    "$modul/doc/atlas-koeln.png")
  tmp="$(mktemp -d)"
  pdftoppm -f 7 -l 7 -r 70 -png "$demo/bericht.pdf" "$tmp/seite"
  mv "$tmp"/seite*.png "$modul/doc/pdf-seite-koeln.png"
  rm -rf "$tmp"
  echo "ok   Bilder: $modul/doc/atlas-koeln.png, $modul/doc/pdf-seite-koeln.png" >&2
fi

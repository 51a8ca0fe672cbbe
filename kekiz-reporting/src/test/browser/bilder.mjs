// Screenshots for the README, taken in Debian's Chromium (playwright-core, no browser download):
//   node bilder.mjs BERICHT.html ZIEL.png
// shows the Stadtteil names on the atlas's map, chooses the indicator whose name contains
// KEKIZ_ATLAS_INDIKATOR (if set), focuses the first area with the keyboard and takes a picture
// of the atlas alone at 1,280 px.
import { chromium } from "playwright-core";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [datei, ziel] = process.argv.slice(2);
if (!datei || !ziel) {
  console.error("Aufruf: node bilder.mjs BERICHT.html ZIEL.png");
  process.exit(2);
}
const profil = mkdtempSync(join(tmpdir(), "kekiz-chromium-"));
const kontext = await chromium.launchPersistentContext(profil, {
  executablePath: process.env.KEKIZ_CHROMIUM || "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run"],
  headless: true, viewport: { width: 1280, height: 900 }
});
try {
  const page = await kontext.newPage();
  await page.goto(pathToFileURL(resolve(datei)).href, { waitUntil: "load" });
  const wunsch = process.env.KEKIZ_ATLAS_INDIKATOR;
  if (wunsch) {
    const wert = await page.$$eval("#atlas-indikator option",
      (o, w) => (o.find((x) => x.textContent.includes(w)) || o[0]).value, wunsch);
    await page.selectOption("#atlas-indikator", wert);
  }
  await page.click("#atlas-namen");
  await page.focus("#atlas-namen");
  await page.keyboard.press("Tab");
  await page.locator("#atlas .atlas-bild").screenshot({ path: ziel });
} finally {
  await kontext.close();
  rmSync(profil, { recursive: true, force: true });
}

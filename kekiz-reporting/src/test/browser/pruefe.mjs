// Checks bericht.html files in Debian's Chromium, driven by playwright-core (no browser download):
//   node pruefe.mjs FILE...
// prints one JSON object per file on a line: axe-core's WCAG 2.1 A/AA violations, horizontal
// overflow at 1,280 px, every network request other than the file itself, the atlas before and
// after switching indicator and period, what keyboard focus on a map area shows, and the page
// with JavaScript switched off.
import { chromium } from "playwright-core";
import { readFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const axeQuelle = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const chromiumPfad = process.env.KEKIZ_CHROMIUM || "/usr/bin/chromium";
const flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run"];

async function zustand(page) {
  return page.evaluate(() => {
    const k = document.querySelector("#atlas-karte");
    return {
      sichtbar: !!document.querySelector("#atlas") && !document.querySelector("#atlas").hidden,
      karte: k ? Array.from(k.querySelectorAll("path.gebiet")).map((p) => p.getAttribute("fill")).join(",") : "",
      balken: document.querySelector("#atlas-balken") ? document.querySelector("#atlas-balken").innerHTML : "",
      tabelle: document.querySelector("#atlas-tabelle tbody") ? document.querySelector("#atlas-tabelle tbody").textContent : "",
      titel: document.querySelector("#atlas-titel") ? document.querySelector("#atlas-titel").textContent : "",
      legende: document.querySelector("#atlas-legende") ? document.querySelector("#atlas-legende").textContent : ""
    };
  });
}

async function pruefe(datei) {
  const profil = mkdtempSync(join(tmpdir(), "kekiz-chromium-"));
  const kontext = await chromium.launchPersistentContext(profil, {
    executablePath: chromiumPfad, args: flags, headless: true, viewport: { width: 1280, height: 900 }
  });
  const url = pathToFileURL(datei).href;
  const anfragen = [];
  const meldungen = [];
  kontext.on("request", (r) => { if (r.url() !== url) anfragen.push(r.url()); });
  try {
    const page = await kontext.newPage();
    page.on("console", (m) => meldungen.push(m.type() + ": " + m.text()));
    page.on("pageerror", (e) => meldungen.push("pageerror: " + e.message));
    await page.goto(url, { waitUntil: "load" });
    const ueberlauf = await page.evaluate(() => {
      const zuBreit = [];
      document.querySelectorAll("table, figure, svg, .tabelle").forEach((e) => {
        const r = e.getBoundingClientRect();
        if (r.right > document.documentElement.clientWidth + 1 || e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 0 && getComputedStyle(e).overflowX !== "visible") {
          zuBreit.push((e.id || e.tagName) + " " + Math.round(r.right));
        }
      });
      return { seite: document.documentElement.scrollWidth, fenster: document.documentElement.clientWidth, zuBreit: zuBreit.slice(0, 10) };
    });
    const vorher = await zustand(page);
    const indikatoren = await page.$$eval("#atlas-indikator option", (o) => o.map((x) => x.value));
    let nachIndikator = vorher;
    let nachPeriode = vorher;
    let fokus = "";
    if (vorher.sichtbar && indikatoren.length > 1) {
      await page.selectOption("#atlas-indikator", indikatoren[1]);
      nachIndikator = await zustand(page);
      const perioden = await page.$$eval("#atlas-periode option", (o) => o.map((x) => x.value));
      await page.selectOption("#atlas-periode", perioden[0]);
      nachPeriode = await zustand(page);
      await page.focus("#atlas-namen");
      await page.keyboard.press("Tab");
      fokus = await page.evaluate(() => (document.activeElement ? document.activeElement.getAttribute("data-gebiet") : null) + "|" + document.querySelector("#atlas-info").textContent);
    }
    await page.evaluate(axeQuelle);
    const axe = await page.evaluate(async () => {
      const r = await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, hilfe: v.help, knoten: v.nodes.length, beispiel: v.nodes.slice(0, 3).map((n) => n.target.join(" ") + " " + (n.failureSummary || "").slice(0, 200)) }));
    });
    await page.close();
    return { datei, anfragen, meldungen, ueberlauf, axe, vorher, nachIndikator, nachPeriode, fokus };
  } finally {
    await kontext.close();
    rmSync(profil, { recursive: true, force: true });
  }
}

async function ohneSkript(datei) {
  const profil = mkdtempSync(join(tmpdir(), "kekiz-chromium-"));
  const kontext = await chromium.launchPersistentContext(profil, {
    executablePath: chromiumPfad, args: flags, headless: true, javaScriptEnabled: false, viewport: { width: 1280, height: 900 }
  });
  try {
    const page = await kontext.newPage();
    await page.goto(pathToFileURL(datei).href, { waitUntil: "load" });
    return await page.evaluate(() => ({
      atlasSichtbar: !!document.querySelector("#atlas") && document.querySelector("#atlas").offsetParent !== null,
      tabellen: document.querySelectorAll("table").length,
      sichtbareTabellen: Array.from(document.querySelectorAll("table")).filter((t) => t.offsetParent !== null).length,
      text: document.body.innerText.length
    }));
  } finally {
    await kontext.close();
    rmSync(profil, { recursive: true, force: true });
  }
}

for (const datei of process.argv.slice(2)) {
  const ergebnis = await pruefe(datei);
  ergebnis.ohneJavaScript = await ohneSkript(datei);
  console.log(JSON.stringify(ergebnis));
}

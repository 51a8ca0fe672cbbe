// kekiz atlas: draws the published data of #atlas-daten; computes no figure.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var daten = JSON.parse(document.getElementById("atlas-daten").textContent);
  var atlas = document.getElementById("atlas");
  var wahlIndikator = document.getElementById("atlas-indikator");
  var wahlPeriode = document.getElementById("atlas-periode");
  var knopf = document.getElementById("atlas-namen");
  var namen = document.getElementById("atlas-namen-ebene");
  var info = document.getElementById("atlas-info");
  var legende = document.getElementById("atlas-legende");
  var balken = document.getElementById("atlas-balken");
  var titel = document.getElementById("atlas-titel");
  var tabelle = document.querySelector("#atlas-tabelle tbody");
  var flaechen = Array.prototype.slice.call(document.querySelectorAll("#atlas-karte path.gebiet"));
  var aktuell = {};

  function element(name, text) {
    var e = document.createElement(name);
    if (text !== undefined) {
      e.textContent = text;
    }
    return e;
  }

  function svgElement(name, attribute) {
    var e = document.createElementNS(SVG, name);
    Object.keys(attribute).forEach(function (k) {
      e.setAttribute(k, attribute[k]);
    });
    return e;
  }

  function farbe(klasse, klassen) {
    if (klasse === 0) {
      return "#ffffff";
    }
    var i = klassen <= 1 ? daten.farben.length - 1
      : Math.round((klasse - 1) * (daten.farben.length - 1) / (klassen - 1));
    return daten.farben[i];
  }

  function eintrag(w) {
    return {
      gebiet: w[0], name: daten.gebiete[w[0]].name, text: w[1],
      zahl: w[2] === "" ? null : parseFloat(w[2]), art: w[3], klasse: w[4], rang: w[5]
    };
  }

  function beschreibung(e) {
    return e.name + ": " + e.text + " (" + e.art + "); " + e.rang;
  }

  function zeige(e) {
    info.textContent = e ? beschreibung(e) : "";
  }

  function perioden() {
    var ind = daten.indikatoren[wahlIndikator.value];
    wahlPeriode.textContent = "";
    ind.perioden.forEach(function (p, j) {
      var o = element("option", p);
      o.value = String(j);
      wahlPeriode.appendChild(o);
    });
    wahlPeriode.value = String(ind.perioden.length - 1);
  }

  function zeichneLegende(ind, spalte) {
    legende.textContent = "";
    var liste = element("ul");
    spalte.klassen.forEach(function (text, k) {
      var li = element("li");
      var feld = element("span");
      feld.className = "feld";
      feld.style.background = farbe(k + 1, spalte.klassen.length);
      li.appendChild(feld);
      li.appendChild(document.createTextNode("Klasse " + (k + 1) + ": " + text + " " + ind.einheit));
      liste.appendChild(li);
    });
    var li = element("li");
    var feld = element("span");
    feld.className = "feld";
    feld.style.background = "#ffffff";
    li.appendChild(feld);
    li.appendChild(document.createTextNode("weiß: gesperrt (" + daten.gesperrt + ") oder kein Wert (" + daten.fehlend + ")"));
    liste.appendChild(li);
    legende.appendChild(element("p", ind.name + ", " + ind.perioden[wahlPeriode.value] + " (" + ind.polaritaet + ")"));
    legende.appendChild(liste);
  }

  function zeichneBalken(ind, eintraege) {
    balken.textContent = "";
    var sortiert = eintraege.slice().sort(function (a, b) {
      if (a.zahl === null || b.zahl === null) {
        return (a.zahl === null) - (b.zahl === null);
      }
      return b.zahl - a.zahl;
    });
    var max = 0;
    var laengste = 0;
    sortiert.forEach(function (e) {
      if (e.zahl !== null) {
        max = Math.max(max, Math.abs(e.zahl));
      }
      laengste = Math.max(laengste, e.name.length);
    });
    var links = Math.ceil(8 + laengste * 5.8);
    var plot = 200;
    var zeile = 14;
    var breite = links + plot + 70;
    var hoehe = 20 + sortiert.length * zeile;
    var svg = svgElement("svg", {
      width: breite, height: hoehe, viewBox: "0 0 " + breite + " " + hoehe, role: "img",
      "aria-label": "Balken: " + ind.name + ", " + ind.perioden[wahlPeriode.value]
    });
    svg.appendChild(svgElement("rect", {x: 0, y: 0, width: breite, height: hoehe, fill: "#ffffff"}));
    sortiert.forEach(function (e, r) {
      var y = 10 + r * zeile;
      var name = svgElement("text", {x: links - 4, y: y + zeile - 3, "text-anchor": "end", "font-size": 10, fill: "#1a1a1a"});
      name.textContent = e.name;
      svg.appendChild(name);
      if (e.zahl !== null && max > 0) {
        svg.appendChild(svgElement("rect", {
          x: links, y: y + 2, height: zeile - 4, width: Math.max(0.5, Math.abs(e.zahl) / max * plot),
          fill: farbe(e.klasse, daten.indikatoren[wahlIndikator.value].spalten[wahlPeriode.value].klassen.length),
          stroke: "#555555", "stroke-width": 0.5, "class": "balken"
        }));
      }
      var wert = svgElement("text", {x: breite - 4, y: y + zeile - 3, "text-anchor": "end", "font-size": 10, fill: "#1a1a1a"});
      wert.textContent = e.text;
      svg.appendChild(wert);
    });
    balken.appendChild(svg);
  }

  function zeichneTabelle(ind, eintraege) {
    titel.textContent = "Atlas: " + ind.name + " (" + ind.einheit + ") je Gebiet, " + ind.perioden[wahlPeriode.value];
    tabelle.textContent = "";
    eintraege.forEach(function (e) {
      var tr = element("tr");
      var th = element("th", e.name);
      th.setAttribute("scope", "row");
      tr.appendChild(th);
      var td = element("td", e.text);
      td.className = "z";
      tr.appendChild(td);
      tr.appendChild(element("td", e.art));
      tr.appendChild(element("td", e.rang));
      tabelle.appendChild(tr);
    });
  }

  function zeichne() {
    var ind = daten.indikatoren[wahlIndikator.value];
    var spalte = ind.spalten[wahlPeriode.value];
    var eintraege = spalte.werte.map(eintrag);
    aktuell = {};
    eintraege.forEach(function (e) {
      aktuell[e.gebiet] = e;
    });
    flaechen.forEach(function (f) {
      var e = aktuell[f.getAttribute("data-gebiet")];
      f.setAttribute("fill", e ? farbe(e.klasse, spalte.klassen.length) : "#ffffff");
      f.setAttribute("aria-label", e ? beschreibung(e)
        : daten.gebiete[f.getAttribute("data-gebiet")].name + ": nicht in dieser Tabelle");
    });
    zeichneLegende(ind, spalte);
    zeichneBalken(ind, eintraege);
    zeichneTabelle(ind, eintraege);
    zeige(null);
  }

  daten.indikatoren.forEach(function (ind, i) {
    var o = element("option", ind.name);
    o.value = String(i);
    wahlIndikator.appendChild(o);
  });
  wahlIndikator.addEventListener("change", function () {
    perioden();
    zeichne();
  });
  wahlPeriode.addEventListener("change", zeichne);
  knopf.addEventListener("click", function () {
    var an = knopf.getAttribute("aria-pressed") !== "true";
    knopf.setAttribute("aria-pressed", an ? "true" : "false");
    knopf.textContent = an ? "Namen auf der Karte ausblenden" : "Namen auf der Karte zeigen";
    if (namen) {
      namen.setAttribute("display", an ? "inline" : "none");
    }
  });
  flaechen.forEach(function (f) {
    var zeigen = function () {
      zeige(aktuell[f.getAttribute("data-gebiet")] || null);
    };
    f.addEventListener("mouseenter", zeigen);
    f.addEventListener("focus", zeigen);
    f.addEventListener("keydown", function (ereignis) {
      if (ereignis.key === "Escape") {
        zeige(null);
      }
    });
  });
  perioden();
  zeichne();
  atlas.removeAttribute("hidden");
}());

/* Event map: country outlines from the shipped Natural Earth file, events clustered on a grid in screen
   space, equirectangular projection in SVG, wheel zoom and drag pan. Nothing is fetched from elsewhere. */
"use strict";
(function () {
  var box = document.getElementById("map");
  if (!box) return;
  var qs = box.dataset.qs || "";
  var listBox = document.getElementById("map-list");
  var countBox = document.getElementById("map-count");
  var K = 4;                               // SVG units per degree
  var WORLD = {x: 0, y: 0, w: 360 * K, h: 180 * K};
  var view = {x: 0, y: 0, w: WORLD.w, h: WORLD.h};
  var svg = EW.el("svg", {viewBox: "0 0 " + WORLD.w + " " + WORLD.h, preserveAspectRatio: "xMidYMid meet"}, box);
  var gridLayer = EW.el("g", {}, svg), landLayer = EW.el("g", {}, svg), pointLayer = EW.el("g", {}, svg);
  var events = [];

  function px(lon) { return (lon + 180) * K; }
  function py(lat) { return (90 - lat) * K; }
  function setView(v) {
    var aspect = WORLD.w / WORLD.h;
    v.w = Math.max(8 * K, Math.min(v.w, WORLD.w * 1.2)); v.h = v.w / aspect;
    view = v;
    svg.setAttribute("viewBox", [v.x, v.y, v.w, v.h].join(" "));
    drawPoints();
  }
  function unitsPerPixel() { return view.w / (box.clientWidth || 1000); }

  function drawGrid() {
    for (var lon = -180; lon <= 180; lon += 30) EW.el("line", {x1: px(lon), x2: px(lon), y1: 0, y2: WORLD.h, "class": "grid"}, gridLayer);
    for (var lat = -60; lat <= 60; lat += 30) EW.el("line", {x1: 0, x2: WORLD.w, y1: py(lat), y2: py(lat), "class": "grid"}, gridLayer);
  }
  function ringPath(ring) {
    return ring.map(function (p, i) { return (i ? "L" : "M") + px(p[0]).toFixed(1) + " " + py(p[1]).toFixed(1); }).join("") + "Z";
  }
  function drawLand(geo) {
    (geo.features || []).forEach(function (f) {
      var g = f.geometry, polys = g.type === "Polygon" ? [g.coordinates] : g.coordinates, d = "";
      polys.forEach(function (poly) { poly.forEach(function (ring) { d += ringPath(ring); }); });
      var path = EW.el("path", {d: d, "class": "land", "fill-rule": "evenodd"}, landLayer);
      EW.el("title", {}, path).textContent = (f.properties.name || "") + (f.properties.iso ? " (" + f.properties.iso + ")" : "");
    });
  }
  function clusters() {
    var cell = 28 * unitsPerPixel(), cells = {};
    events.forEach(function (e) {
      var x = px(e.place.lon), y = py(e.place.lat);
      var key = Math.floor(x / cell) + ":" + Math.floor(y / cell);
      var c = cells[key] || (cells[key] = {sx: 0, sy: 0, items: [], places: {}});
      c.sx += x; c.sy += y; c.items.push(e);
      var name = e.place.name || e.place.text || "?";
      c.places[name] = (c.places[name] || 0) + 1;
    });
    return Object.keys(cells).map(function (k) {
      var c = cells[k], n = c.items.length;
      var top = Object.keys(c.places).sort(function (a, b) { return c.places[b] - c.places[a]; });
      return {x: c.sx / n, y: c.sy / n, items: c.items, label: top[0] + (top.length > 1 ? " +" + (top.length - 1) : "")};
    }).sort(function (a, b) { return b.items.length - a.items.length; });
  }
  function drawPoints() {
    pointLayer.textContent = "";
    var u = unitsPerPixel();
    clusters().forEach(function (c, i) {
      var n = c.items.length, r = (n === 1 ? 6 : 8 + 3 * Math.log2(n)) * u;
      var g = EW.el("g", {"class": "cl"}, pointLayer);
      var circle = EW.el("circle", {cx: c.x, cy: c.y, r: r, "class": "cluster", "data-count": n}, g);
      EW.el("title", {}, circle).textContent = c.label + ": " + n + " event" + (n === 1 ? "" : "s");
      if (n > 1) {
        var t = EW.el("text", {x: c.x, y: c.y, "class": "count"}, g);
        t.textContent = n; t.style.fontSize = (11 * u) + "px";
      }
      if (i < 20) {
        var label = EW.el("text", {x: c.x + r + 3 * u, y: c.y + 4 * u, "class": "label"}, g);
        label.textContent = c.label;
        label.setAttribute("style", "font-size: " + 12 * u + "px; paint-order: stroke; stroke: #ffffffd0; stroke-width: " + 3 * u + "px");
      }
      circle.addEventListener("click", function (ev) { ev.stopPropagation(); showList(c); });
    });
  }
  function showList(c) {
    listBox.textContent = "";
    EW.html("h2", {}, c.label + " · " + c.items.length + " event" + (c.items.length === 1 ? "" : "s"), listBox);
    var ul = EW.html("ul", {"class": "reports"}, null, listBox);
    c.items.slice(0, 200).forEach(function (e) {
      var li = EW.html("li", {}, null, ul);
      var a = EW.html("a", {href: "/events/" + encodeURIComponent(e.id)}, null, li);
      var badge = EW.html("span", {"class": "badge t-" + e.type}, e.type, a);
      badge.style.background = EW.typeColor(e.type);
      a.appendChild(document.createTextNode(" " + (e.date || "undated") + " · " +
        (EW.actorsText(e.actor) || "?") + " “" + (e.trigger ? e.trigger.text : "") + "” " + EW.actorsText(e.recipient)));
      EW.html("span", {"class": "sub"}, " · " + (e.place.name || ""), li);
    });
  }
  function fit() {
    if (!events.length) { setView({x: 0, y: 0, w: WORLD.w, h: WORLD.h}); return; }
    var xs = events.map(function (e) { return px(e.place.lon); }), ys = events.map(function (e) { return py(e.place.lat); });
    var x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs), y0 = Math.min.apply(null, ys), y1 = Math.max.apply(null, ys);
    var w = Math.max((x1 - x0) * 1.6, (y1 - y0) * 3.2, 40 * K);
    setView({x: (x0 + x1) / 2 - w / 2, y: (y0 + y1) / 2 - w / 4, w: w, h: w / 2});
  }
  // zoom and pan
  function toUnits(evt) {
    var rect = svg.getBoundingClientRect();
    return {x: view.x + (evt.clientX - rect.left) / rect.width * view.w, y: view.y + (evt.clientY - rect.top) / rect.height * view.h};
  }
  svg.addEventListener("wheel", function (evt) {
    evt.preventDefault();
    var p = toUnits(evt), f = evt.deltaY > 0 ? 1.25 : 0.8, w = view.w * f;
    setView({x: p.x - (p.x - view.x) * f, y: p.y - (p.y - view.y) * f, w: w, h: view.h * f});
  }, {passive: false});
  var drag = null;
  svg.addEventListener("pointerdown", function (evt) { drag = {x: evt.clientX, y: evt.clientY, view: view}; });
  window.addEventListener("pointerup", function () { drag = null; });
  window.addEventListener("pointermove", function (evt) {
    if (!drag) return;
    var rect = svg.getBoundingClientRect(), s = drag.view.w / rect.width;
    view = {x: drag.view.x - (evt.clientX - drag.x) * s, y: drag.view.y - (evt.clientY - drag.y) * s, w: drag.view.w, h: drag.view.h};
    svg.setAttribute("viewBox", [view.x, view.y, view.w, view.h].join(" "));
  });
  document.getElementById("map-reset").addEventListener("click", fit);

  function loadEvents(offset, acc) {
    return EW.getJSON("/api/events" + EW.join(qs, "limit=500&offset=" + offset)).then(function (body) {
      acc = acc.concat(body.items || []);
      if (body.items && body.items.length === 500 && acc.length < 5000) return loadEvents(offset + 500, acc);
      countBox.textContent = "";
      return {items: acc, total: body.total};
    });
  }
  drawGrid();
  Promise.all([EW.getJSON("/static/world.geojson"), loadEvents(0, [])]).then(function (res) {
    drawLand(res[0]);
    events = res[1].items.filter(function (e) { return e.place && e.place.lat !== null && e.place.lat !== undefined && e.place.lon !== null; });
    countBox.textContent = events.length + " placed of " + res[1].total + " event" + (res[1].total === 1 ? "" : "s");
    fit();
  }).catch(function (err) { EW.showError(listBox, err); });
})();

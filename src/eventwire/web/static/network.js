/* Actor network: nodes are entities (size = events), edges actor -> recipient by type (width = events).
   A small force layout (repulsion, springs, gravity) runs to rest before drawing; nodes link to entity pages. */
"use strict";
(function () {
  var box = document.getElementById("network");
  if (!box) return;
  var qs = box.dataset.qs || "";
  var MAX_NODES = 150, W = 1200, H = 720;

  function layout(nodes, edges) {
    var n = nodes.length, i, j;
    nodes.forEach(function (d, k) {      // start on a circle: deterministic, no overlaps
      var a = 2 * Math.PI * k / Math.max(1, n);
      d.x = W / 2 + Math.cos(a) * W * 0.3; d.y = H / 2 + Math.sin(a) * H * 0.3; d.vx = 0; d.vy = 0;
    });
    var ideal = Math.max(70, Math.min(180, Math.sqrt(W * H / Math.max(1, n)) * 0.7));
    for (var step = 0; step < 400; step++) {
      var cool = 1 - step / 400;
      for (i = 0; i < n; i++) {
        for (j = i + 1; j < n; j++) {
          var a1 = nodes[i], b1 = nodes[j], dx = a1.x - b1.x, dy = a1.y - b1.y, d2 = dx * dx + dy * dy + 0.01;
          var f = ideal * ideal / d2;
          a1.vx += dx * f * 0.05; a1.vy += dy * f * 0.05; b1.vx -= dx * f * 0.05; b1.vy -= dy * f * 0.05;
        }
      }
      edges.forEach(function (e) {
        var s = e.s, t = e.t, dx = t.x - s.x, dy = t.y - s.y, d = Math.sqrt(dx * dx + dy * dy) + 0.01;
        var f = (d - ideal) / d * 0.06;
        s.vx += dx * f; s.vy += dy * f; t.vx -= dx * f; t.vy -= dy * f;
      });
      nodes.forEach(function (d) {
        d.vx += (W / 2 - d.x) * 0.01; d.vy += (H / 2 - d.y) * 0.01;
        var v = Math.sqrt(d.vx * d.vx + d.vy * d.vy), cap = 30 * cool + 1;
        if (v > cap) { d.vx *= cap / v; d.vy *= cap / v; }
        d.x = Math.max(40, Math.min(W - 40, d.x + d.vx)); d.y = Math.max(30, Math.min(H - 30, d.y + d.vy));
        d.vx *= 0.6; d.vy *= 0.6;
      });
    }
  }

  function draw(data) {
    box.textContent = "";
    var nodes = (data.nodes || []).slice().sort(function (a, b) { return (b.events || 0) - (a.events || 0); }).slice(0, MAX_NODES);
    var byId = {};
    nodes.forEach(function (d) { byId[d.id] = d; });
    var edges = (data.edges || []).filter(function (e) { return byId[e.source] && byId[e.target]; })
      .map(function (e) { return {s: byId[e.source], t: byId[e.target], type: e.type, count: e.count}; });
    document.getElementById("net-count").textContent = nodes.length + " actors, " + edges.length + " links";
    if (!nodes.length) { EW.html("p", {"class": "muted"}, "No events with a known actor and recipient match these filters.", box); return; }
    layout(nodes, edges);
    var svg = EW.el("svg", {viewBox: "0 0 " + W + " " + H, role: "img", "aria-label": "actor network"}, box);
    var defs = EW.el("defs", {}, svg), types = {};
    edges.forEach(function (e) { types[e.type] = true; });
    Object.keys(types).forEach(function (t) {
      var m = EW.el("marker", {id: "arrow-" + t, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 5, markerHeight: 5, orient: "auto-start-reverse"}, defs);
      EW.el("path", {d: "M0,0 L10,5 L0,10 z", fill: EW.typeColor(t)}, m);
    });
    var maxEvents = Math.max.apply(null, nodes.map(function (d) { return d.events || 1; }));
    function radius(d) { return 6 + 14 * Math.sqrt((d.events || 1) / maxEvents); }
    var pairs = {};
    var edgeLayer = EW.el("g", {}, svg), nodeLayer = EW.el("g", {}, svg);
    edges.forEach(function (e) {
      var key = e.s.id + "\u0000" + e.t.id, k = pairs[key] = (pairs[key] || 0) + 1;
      var dx = e.t.x - e.s.x, dy = e.t.y - e.s.y, d = Math.sqrt(dx * dx + dy * dy) || 1;
      var bend = 0.15 + 0.12 * (k - 1);
      var mx = (e.s.x + e.t.x) / 2 - dy * bend, my = (e.s.y + e.t.y) / 2 + dx * bend;
      var rt = radius(e.t) + 3, ux = e.t.x - mx, uy = e.t.y - my, ul = Math.sqrt(ux * ux + uy * uy) || 1;
      var ex = e.t.x - ux / ul * rt, ey = e.t.y - uy / ul * rt;
      var path = EW.el("path", {d: "M" + e.s.x + "," + e.s.y + " Q" + mx + "," + my + " " + ex + "," + ey,
        "class": "edge", stroke: EW.typeColor(e.type), "stroke-width": 1.2 + 1.6 * Math.log2(1 + e.count),
        "marker-end": "url(#arrow-" + e.type + ")"}, edgeLayer);
      EW.el("title", {}, path).textContent = (e.s.name || e.s.id) + " → " + (e.t.name || e.t.id) + ": " + e.type + " × " + e.count;
    });
    nodes.forEach(function (d) {
      var a = EW.el("a", {href: "/entities/" + encodeURIComponent(d.id), "class": "node"}, nodeLayer);
      var c = EW.el("circle", {cx: d.x, cy: d.y, r: radius(d)}, a);
      EW.el("title", {}, c).textContent = (d.name || d.id) + (d.country ? " (" + d.country + (d.sector ? " " + d.sector : "") + ")" : "") + ": " + (d.events || 0) + " events";
      var right = d.x > W * 0.72;   // keep long names inside the frame
      var label = EW.el("text", {x: right ? d.x - radius(d) - 4 : d.x + radius(d) + 4, y: d.y + 4,
        "text-anchor": right ? "end" : "start"}, a);
      label.textContent = d.name || d.id;
    });
    EW.legend(document.getElementById("net-legend"), EW.TYPES.filter(function (t) { return types[t]; }));
  }
  EW.getJSON("/api/network" + EW.join(qs, "")).then(draw).catch(function (err) { EW.showError(box, err); });
})();

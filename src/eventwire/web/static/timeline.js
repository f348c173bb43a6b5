/* Overview timeline: stacked bars of events per day or week, one colour per PLOVER type. */
"use strict";
(function () {
  var box = document.getElementById("timeline");
  if (!box) return;
  var bucket = box.dataset.bucket || "day";
  var qs = box.dataset.qs || "";

  function addDays(iso, n) {
    var d = new Date(iso + "T00:00:00Z");
    d.setUTCDate(d.getUTCDate() + n);
    return d.toISOString().slice(0, 10);
  }
  function periods(rows) {
    var seen = {};
    rows.forEach(function (r) { seen[r.period] = true; });
    var list = Object.keys(seen).sort();
    var dayLike = /^\d{4}-\d{2}-\d{2}$/;
    if (list.length > 1 && dayLike.test(list[0]) && dayLike.test(list[list.length - 1])) {
      var step = bucket === "week" ? 7 : 1, full = [], p = list[0], last = list[list.length - 1];
      while (p <= last && full.length < 2000) { full.push(p); p = addDays(p, step); }
      if (full.length < 2000 && full.indexOf(last) >= 0) return full;
    }
    return list;
  }
  function draw(rows) {
    box.textContent = "";
    if (!rows.length) { EW.html("p", {"class": "muted"}, "No dated events match these filters.", box); return; }
    var cols = periods(rows), index = {}, totals = {}, types = {};
    cols.forEach(function (p, i) { index[p] = i; totals[p] = 0; });
    rows.forEach(function (r) { if (r.period in totals) { totals[r.period] += r.count; types[r.type] = true; } });
    var max = Math.max.apply(null, cols.map(function (p) { return totals[p]; })) || 1;
    var W = 1100, H = 260, left = 40, right = 10, top = 10, bottom = 40;
    var bw = (W - left - right) / cols.length;
    var svg = EW.el("svg", {viewBox: "0 0 " + W + " " + H, role: "img", "aria-label": "events per " + bucket}, box);
    var ticks = max <= 5 ? max : 5;
    for (var t = 0; t <= ticks; t++) {
      var v = Math.round(max * t / ticks), y = H - bottom - (H - top - bottom) * v / max;
      EW.el("line", {x1: left, x2: W - right, y1: y, y2: y, stroke: "#e3e7ed"}, svg);
      EW.el("text", {x: left - 6, y: y + 4, "text-anchor": "end"}, svg).textContent = v;
    }
    var base = {};
    cols.forEach(function (p) { base[p] = 0; });
    var ordered = EW.TYPES.filter(function (ty) { return types[ty]; })
      .concat(Object.keys(types).filter(function (ty) { return EW.TYPES.indexOf(ty) < 0; }));
    ordered.forEach(function (type) {
      rows.filter(function (r) { return r.type === type && r.period in index; }).forEach(function (r) {
        var x = left + index[r.period] * bw, h = (H - top - bottom) * r.count / max;
        var y = H - bottom - (H - top - bottom) * (base[r.period] + r.count) / max;
        base[r.period] += r.count;
        var link = EW.el("a", {href: linkFor(r.period, type)}, svg);
        var rect = EW.el("rect", {x: x + Math.min(1, bw * 0.1), y: y, width: Math.max(1, bw - Math.min(2, bw * 0.2)),
          height: Math.max(h, 0.5), fill: EW.typeColor(type), "class": "bar"}, link);
        EW.el("title", {}, rect).textContent = r.period + " · " + type + ": " + r.count;
      });
    });
    var every = Math.ceil(cols.length / 12);
    cols.forEach(function (p, i) {
      if (i % every) return;
      var x = left + i * bw + bw / 2;
      EW.el("line", {x1: x, x2: x, y1: H - bottom, y2: H - bottom + 4, stroke: "#9aa3b0"}, svg);
      EW.el("text", {x: x, y: H - bottom + 18, "text-anchor": "middle"}, svg).textContent = p;
    });
    EW.el("line", {x1: left, x2: W - right, y1: H - bottom, y2: H - bottom, stroke: "#9aa3b0"}, svg);
    EW.legend(document.getElementById("timeline-legend"), ordered);
  }
  function linkFor(period, type) {
    var params = new URLSearchParams(qs);
    params.set("type", type);
    if (/^\d{4}-\d{2}-\d{2}$/.test(period)) {
      params.set("since", period);
      params.set("until", bucket === "week" ? addDays(period, 6) : period);
    }
    return "/events?" + params.toString();
  }
  EW.getJSON("/api/timeline" + EW.join(qs, "bucket=" + bucket))
    .then(function (body) { draw(body.items || []); })
    .catch(function (err) { EW.showError(box, err); });
})();

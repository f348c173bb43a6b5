/* Shared helpers of the eventwire pages: no libraries, no network beyond this server. */
"use strict";
var EW = (function () {
  var SVG = "http://www.w3.org/2000/svg";
  var TYPES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
  var rootStyle = getComputedStyle(document.documentElement);
  function typeColor(type) {
    var c = rootStyle.getPropertyValue("--t-" + type).trim();
    return c || "#607d8b";
  }
  function el(name, attrs, parent) {
    var node = document.createElementNS(SVG, name);
    for (var k in attrs || {}) node.setAttribute(k, attrs[k]);
    if (parent) parent.appendChild(node);
    return node;
  }
  function html(name, attrs, text, parent) {
    var node = document.createElement(name);
    for (var k in attrs || {}) node.setAttribute(k, attrs[k]);
    if (text !== undefined && text !== null) node.textContent = text;
    if (parent) parent.appendChild(node);
    return node;
  }
  function getJSON(url) {
    return fetch(url, {headers: {Accept: "application/json"}}).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) throw new Error((body && body.error && body.error.message) || ("HTTP " + r.status));
        return body;
      });
    });
  }
  function join(qs, extra) {
    var parts = [];
    if (qs) parts.push(qs);
    if (extra) parts.push(extra);
    return parts.length ? "?" + parts.join("&") : "";
  }
  function showError(box, err) {
    box.textContent = "";
    html("p", {"class": "error"}, "Could not load: " + err.message, box);
  }
  function legend(box, types) {
    box.textContent = "";
    types.forEach(function (t) {
      var item = html("span", {}, null, box);
      var sw = html("span", {"class": "sw"}, null, item);
      sw.style.background = typeColor(t);
      item.appendChild(document.createTextNode(t));
    });
  }
  function actorsText(refs) {
    return (refs || []).map(function (r) { return r.text || r.entity || ""; }).join(", ");
  }
  return {TYPES: TYPES, typeColor: typeColor, el: el, html: html, getJSON: getJSON, join: join,
          showError: showError, legend: legend, actorsText: actorsText};
})();

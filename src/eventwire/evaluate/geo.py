"""Scorer for geoparsing gold sets: GeoWebNews (GWN), LGL and GeoVirus XML files (``shared/eval/geo``).

What counts as a gold toponym: every annotated span that carries coordinates (GWN: ``latitude``/``longitude``;
LGL: a ``gaztag``; GeoVirus: ``lat``/``lon``). Spans annotated without coordinates (LGL toponyms with no
gazetteer entry; GWN demonyms, languages, homonyms, coerced event names) are neither gold nor errors: a
prediction on them is ignored. GWN ``Non_Toponym`` spans (newspaper and university names) are not
toponyms: a prediction on one is a false positive like any other unmatched prediction.

GWN (and LGL) also mark adjectival uses of places as toponyms with coordinates ("Nigerian" in "Nigerian
officials", GWN modifierType ``Adjective``); the pipeline gives them as places of kind ``adjective``.
GeoVirus marks neither these nor places inside organisation names (kind ``modifier``), so on GeoVirus
they count as false positives; ``precision_overlap_names`` is the precision of the places of kind
``name`` alone, for that comparison. ``recall_overlap_nouns`` is the recall without GWN's adjectives.

Matching of predicted places to gold spans, one to one, by character offsets in the text as given:
``exact`` = same start and end; ``overlap`` = the spans share at least one character. Geocoding is scored
on the gold toponyms matched by overlap: ``acc161`` = share within 161 km (100 miles) of the gold point,
``median_km`` = median error. ``acc161_e2e`` = correct / all gold toponyms, a missed toponym counting as
wrong (the end-to-end figure CamCoder reports). Derived places (feature ``BDR``, a border between two
named places) are not toponyms and are not scored.

Records are made as a run makes them: each article carries its outlet as ``source`` (LGL's ``domain``, the host
of GWN's ``link`` or of GeoVirus's ``source``), and the outlet-home pass of :mod:`eventwire.homes` runs
(``outlet_second_looks`` counts the articles it analysed again). It changes LGL only: GWN has one article per
outlet, and GeoVirus's one outlet (Wikinews) writes about the whole world, so it has no home.

Gold sets disagree on where a country is: GWN and LGL use GeoNames' point for the United States (39.76,
-98.5), GeoVirus another (40, -100), the gazetteer the package's (38, -97); 161 km is less than those gaps,
so a country resolved to the right country can count as wrong. ``acc161_country_inside`` is ``acc161`` with
one change, for insight next to it: a prediction that is a country (feature PCLI) counts as right when the
gold point lies inside that country's outline (Natural Earth 1:110m, the basemap the web map ships; a
country too small for that scale keeps the distance rule). It is lenient where a gold city bears its
country's name and was resolved to the country ("Kuwait" meaning Kuwait City): rare in these sets.
"""

from __future__ import annotations

import itertools
import json
import statistics
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from spacy.language import Language

from ..homes import with_homes
from ..pipeline import analyze_articles
from ..read.article import Article
from ..records import Document
from ..stages.geo.resolve import haversine_km
from ..stages.places import default_gazetteer

ACC_KM = 161.0


@dataclass
class Gold:
    start: int
    end: int
    name: str
    lat: float | None  # None: annotated but without coordinates (ignored)
    lon: float | None
    adjective: bool = False


def _f(node: ET.Element | None, tag: str) -> str | None:
    if node is None:
        return None
    found = node.find(tag)
    return found.text if found is not None else None


def read_articles(path: Path) -> list[tuple[str, list[Gold]]]:
    """(text, gold toponyms) per article, whichever of the three formats ``path`` is in."""
    root = ET.parse(path).getroot()
    out: list[tuple[str, list[Gold]]] = []
    for art in root.iter("article"):
        text = _f(art, "text") or ""
        golds: list[Gold] = []
        for t in art.iter("toponym"):  # GWN and LGL
            start, end = int(_f(t, "start") or 0), int(_f(t, "end") or 0)
            if t.find("gaztag") is not None:  # LGL
                g = t.find("gaztag")
                lat, lon = float(_f(g, "lat") or 0), float(_f(g, "lon") or 0)
                golds.append(Gold(start, end, _f(t, "phrase") or "", lat, lon))
            elif t.find("latitude") is not None:  # GWN with coordinates
                golds.append(
                    Gold(start, end, _f(t, "extractedName") or "", float(_f(t, "latitude") or 0),
                         float(_f(t, "longitude") or 0), (_f(t, "modifierType") or "") == "Adjective")
                )  # fmt: skip
            elif (_f(t, "type") or "") != "Non_Toponym":  # annotated, no coordinates: ignored
                golds.append(Gold(start, end, _f(t, "phrase") or _f(t, "extractedName") or "", None, None))
        for loc in art.iter("location"):  # GeoVirus
            golds.append(
                Gold(int(_f(loc, "start") or 0), int(_f(loc, "end") or 0), _f(loc, "name") or "",
                     float(_f(loc, "lat") or 0), float(_f(loc, "lon") or 0))
            )  # fmt: skip
        out.append((text, [_aligned(text, g) for g in golds]))
    return out


def read_outlets(path: Path) -> list[str | None]:
    """The outlet of each article, as a run's ``source`` would name it: LGL's ``domain``, else the host of
    GWN's ``link`` or GeoVirus's ``source`` address."""
    out: list[str | None] = []
    for art in ET.parse(path).getroot().iter("article"):
        domain = _f(art, "domain")
        if not domain:
            address = _f(art, "link") or _f(art, "source") or ""
            domain = address.split("/")[2] if address.count("/") >= 2 else None
        out.append(domain.removeprefix("www.") if domain else None)
    return out


def _aligned(text: str, g: Gold) -> Gold:
    """GeoVirus offsets are one character past the name (its texts lost a leading character): a span whose
    text is not its name is moved by the smallest shift (up to 2) that makes it so."""
    if text[g.start : g.end] == g.name:
        return g
    for d in (-1, 1, -2, 2):
        if text[g.start + d : g.end + d] == g.name:
            return Gold(g.start + d, g.end + d, g.name, g.lat, g.lon, g.adjective)
    return g


def _match(golds: list[Gold], preds: list[Any], exact: bool) -> list[tuple[int, int]]:
    """One-to-one (gold index, prediction index) pairs, greedily in text order."""
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            if pi in used:
                continue
            hit = (p.start == g.start and p.end == g.end) if exact else (p.start < g.end and g.start < p.end)
            if hit:
                pairs.append((gi, pi))
                used.add(pi)
                break
    return pairs


_OUTLINES: dict[str, list[list[list[float]]]] = {}


def _outlines() -> dict[str, list[list[list[float]]]]:
    """ISO3 -> outer rings of the country's polygons, from the web map's basemap."""
    if not _OUTLINES:
        data = json.loads(resources.files("eventwire.web").joinpath("static/world.geojson").read_text("utf-8"))
        for feature in data["features"]:
            rings = [poly[0] for poly in feature["geometry"]["coordinates"]]
            _OUTLINES.setdefault(feature["properties"]["iso"], []).extend(rings)
    return _OUTLINES


def _in_ring(lon: float, lat: float, ring: list[list[float]]) -> bool:
    inside = False
    for (x1, y1), (x2, y2) in itertools.pairwise([*ring, ring[0]]):
        if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def inside_country(iso3: str | None, lat: float, lon: float) -> bool | None:
    """Whether the point lies in the country's outline; None when the basemap has no outline for it."""
    rings = _outlines().get(iso3 or "")
    if not rings:
        return None
    return any(_in_ring(lon, lat, ring) for ring in rings)


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def analyzed(path: Path, nlp: Language, limit: int | None = None, homes: bool = True) -> tuple[list[Document], int]:
    """The records of the file's articles as a run makes them, each with its outlet (``source``), and how
    many were analysed a second time with their outlet's home (see :mod:`eventwire.homes`)."""
    texts = read_articles(path)[:limit] if limit else read_articles(path)
    outlets = read_outlets(path)
    articles = [Article(text, f"{path}:{k + 1}", source=outlets[k]) for k, (text, _) in enumerate(texts)]
    docs = list(analyze_articles(articles, nlp))
    again = with_homes(articles, docs, lambda some: analyze_articles(some, nlp), default_gazetteer()) if homes else 0
    return docs, again


def score_file(path: Path, nlp: Language, limit: int | None = None, homes: bool = True) -> dict[str, Any]:
    """Recognition and resolution figures for one file, from records made as a run makes them: with the
    outlets' homes unless ``homes`` is false (``outlet_second_looks``: articles analysed again with one)."""
    articles = read_articles(path)[:limit] if limit else read_articles(path)
    docs, again = analyzed(path, nlp, limit, homes)
    n_gold = n_pred = n_nouns = 0
    tp = {"exact": 0, "overlap": 0}
    tp_nouns = 0
    n_names = tp_names = 0
    errors: list[float] = []
    country_right = 0
    for doc, (_text, golds) in zip(docs, articles, strict=True):
        preds = [p for p in doc.places if p.feature != "BDR"]
        real = [g for g in golds if g.lat is not None]
        ignored = [g for g in golds if g.lat is None]
        # Predictions on annotated spans without coordinates are neither right nor wrong.
        matched_ignored = {pi for _, pi in _match(ignored, preds, exact=False)}
        kept = [p for pi, p in enumerate(preds) if pi not in matched_ignored or _match(real, [p], False)]
        n_gold += len(real)
        n_pred += len(kept)
        n_nouns += sum(not g.adjective for g in real)
        tp["exact"] += len(_match(real, kept, exact=True))
        pairs = _match(real, kept, exact=False)
        tp["overlap"] += len(pairs)
        names = [p for p in kept if getattr(p, "kind", "name") == "name"]
        n_names += len(names)
        tp_names += len(_match(real, names, exact=False))
        for gi, pi in pairs:
            g, p = real[gi], kept[pi]
            tp_nouns += not g.adjective
            if p.lat is None or p.lon is None or g.lat is None or g.lon is None:
                errors.append(20_000.0)
            else:
                km = haversine_km(g.lat, g.lon, p.lat, p.lon)
                errors.append(km)
                inside = inside_country(p.country, g.lat, g.lon) if p.feature == "PCLI" else None
                country_right += inside if inside is not None else km <= ACC_KM
    out: dict[str, Any] = {"file": path.name, "docs": len(articles), "gold": n_gold, "predicted": n_pred}
    out["outlet_second_looks"] = again
    for mode in ("exact", "overlap"):
        prec, rec, f1 = _prf(tp[mode], n_pred, n_gold)
        out.update({f"precision_{mode}": round(prec, 4), f"recall_{mode}": round(rec, 4), f"f1_{mode}": round(f1, 4)})
    out["precision_overlap_names"] = round(tp_names / n_names, 4) if n_names else None
    out["recall_overlap_nouns"] = round(tp_nouns / n_nouns, 4) if n_nouns else None
    correct = sum(e <= ACC_KM for e in errors)
    out["geocoded"] = len(errors)
    out["acc161"] = round(correct / len(errors), 4) if errors else 0.0
    out["median_km"] = round(statistics.median(errors), 1) if errors else None
    out["acc161_e2e"] = round(correct / n_gold, 4) if n_gold else 0.0
    out["acc161_country_inside"] = round(country_right / len(errors), 4) if errors else 0.0
    return out


def score(path: Path, nlp: Language, limit: int | None = None) -> dict[str, Any]:
    """Metrics for one XML file, or per file for a directory of them (``files``)."""
    if path.is_dir():
        return {"files": {f.name: score_file(f, nlp, limit) for f in sorted(path.glob("*.xml"))}}
    return score_file(path, nlp, limit)

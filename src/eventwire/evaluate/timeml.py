"""Scorer for temporal expressions against TimeML gold (TimeBank, AQUAINT; TempEval-3 metrics).

Each ``.tml`` file holds a document creation time (the TIMEX3 with ``functionInDocument="CREATION_TIME"``,
outside the TEXT) and a TEXT element with gold TIMEX3 spans (type, value) inline. The TEXT, with its tags
taken out and its character entities decoded, is analysed exactly as given, with the creation date as
publication date; the times the product outputs are compared with the gold spans of the TEXT.

Metrics follow TempEval-3 (UzZaman et al., 2013):

* relaxed span match: a predicted and a gold span overlap (each used once, best overlap first);
* strict span match: same start and end;
* ``value_f1`` / ``type_f1``: F1 where a true positive is a relaxed match whose value (type) is equal.

``path`` is a folder of ``.tml`` files (searched recursively) or one file. The TBAQ folder holds a
``testpipeline`` folder with a single file that is a copy of a TimeBank file (a smoke test, not the
TempEval-3 platinum test set): when scoring the whole TBAQ folder it is left out so that no document counts
twice; pointed at directly, it is scored like any other folder.
"""

from __future__ import annotations

import html
import re
import time as _time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..pipeline import make_doc
from ..read.article import Article

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)((?:\s+[^>]*?)?)(/?)>")
_ATTR = re.compile(r'([A-Za-z_:]+)\s*=\s*"([^"]*)"')
_TEXT = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_DCT = re.compile(r"<TIMEX3\b([^>]*functionInDocument=\"CREATION_TIME\"[^>]*)>", re.S)

DUPLICATE_FOLDERS = ("testpipeline",)


@dataclass
class GoldTime:
    start: int
    end: int
    text: str
    type: str
    value: str | None


@dataclass
class GoldDoc:
    name: str
    text: str
    dct: str | None
    times: list[GoldTime] = field(default_factory=list)


def parse_tml(raw: str, name: str = "") -> GoldDoc:
    """The TEXT of a TimeML document without its tags, its creation date and its gold TIMEX3 spans."""
    dct: str | None = None
    m = _DCT.search(raw)
    if m:
        attrs = dict(_ATTR.findall(m.group(1)))
        value = attrs.get("value", "")
        dct = value[:10] if re.match(r"\d{4}-\d{2}-\d{2}", value) else None
    body_match = _TEXT.search(raw)
    body = body_match.group(1) if body_match else ""
    out: list[str] = []
    length = 0
    open_timex: list[tuple[int, dict[str, str]]] = []
    times: list[GoldTime] = []
    pos = 0
    for tag in _TAG.finditer(body):
        chunk = html.unescape(body[pos : tag.start()])
        out.append(chunk)
        length += len(chunk)
        pos = tag.end()
        closing, tag_name, attr_text, self_closing = tag.groups()
        if tag_name != "TIMEX3" or self_closing:
            continue
        if not closing:
            open_timex.append((length, dict(_ATTR.findall(attr_text))))
        elif open_timex:
            start, attrs = open_timex.pop()
            times.append(GoldTime(start, length, "", attrs.get("type", ""), attrs.get("value")))
    chunk = html.unescape(body[pos:])
    out.append(chunk)
    text = "".join(out)
    for t in times:
        t.text = text[t.start : t.end]
    times.sort(key=lambda t: (t.start, t.end))
    return GoldDoc(name=name, text=text, dct=dct, times=times)


def tml_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    files = sorted(path.rglob("*.tml"))
    return [f for f in files if not any(part in DUPLICATE_FOLDERS for part in f.relative_to(path).parts[:-1])]


def _times_doc(nlp: Language, article: Article) -> Doc:
    """Run the pipeline's components up to and including the times stage (later stages do not touch times)."""
    doc = make_doc(nlp, article)
    for name, proc in nlp.pipeline:
        doc = proc(doc)
        if name == "eventwire_times":
            break
    return doc


def _match(gold: list[GoldTime], pred: list[tuple[int, int, str, str | None]]) -> list[tuple[int, int]]:
    """One-to-one relaxed matching by overlap, largest overlap first."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, (ps, pe, _, _) in enumerate(pred):
            overlap = min(g.end, pe) - max(g.start, ps)
            if overlap > 0:
                pairs.append((overlap, gi, pi))
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    matched = []
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        matched.append((gi, pi))
    return matched


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 4), round(r, 4), round(f, 4)


def score_docs(docs: list[GoldDoc], nlp: Language, errors: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    n_gold = n_pred = relaxed = strict = value_ok = type_ok = 0
    for gd in docs:
        article = Article(text=gd.text, origin=gd.name, published=gd.dct, published_from="metadata")
        with nlp.memory_zone():
            doc = _times_doc(nlp, article)
            pred = [(t.start, t.end, t.type, t.value) for t in (doc._.times or [])]
        n_gold += len(gd.times)
        n_pred += len(pred)
        matched = _match(gd.times, pred)
        relaxed += len(matched)
        for gi, pi in matched:
            g, p = gd.times[gi], pred[pi]
            strict += g.start == p[0] and g.end == p[1]
            value_ok += g.value == p[3]
            type_ok += g.type == p[2]
            if errors is not None and (g.value != p[3] or g.type != p[2]):
                errors.append({"doc": gd.name, "kind": "value", "gold": [g.text, g.type, g.value],
                               "pred": [gd.text[p[0]:p[1]], p[2], p[3]], "dct": gd.dct})
        if errors is not None:
            mg = {gi for gi, _ in matched}
            mp = {pi for _, pi in matched}
            for gi, g in enumerate(gd.times):
                if gi not in mg:
                    errors.append({"doc": gd.name, "kind": "missed", "gold": [g.text, g.type, g.value],
                                   "context": gd.text[max(0, g.start - 40) : g.end + 40]})
            for pi, p in enumerate(pred):
                if pi not in mp:
                    errors.append({"doc": gd.name, "kind": "spurious", "pred": [gd.text[p[0]:p[1]], p[2], p[3]],
                                   "context": gd.text[max(0, p[0] - 40) : p[1] + 40]})
    rp, rr, rf = _prf(relaxed, n_pred, n_gold)
    _, _, sf = _prf(strict, n_pred, n_gold)
    vp, vr, vf = _prf(value_ok, n_pred, n_gold)
    _, _, tf = _prf(type_ok, n_pred, n_gold)
    return {
        "documents": len(docs),
        "gold": n_gold,
        "predicted": n_pred,
        "relaxed_matches": relaxed,
        "strict_matches": strict,
        "value_matches": value_ok,
        "type_matches": type_ok,
        "span_relaxed_p": rp,
        "span_relaxed_r": rr,
        "span_relaxed_f1": rf,
        "span_strict_f1": sf,
        "value_p": vp,
        "value_r": vr,
        "value_f1": vf,
        "type_f1": tf,
    }


def load_gold(path: Path, limit: int | None = None) -> list[GoldDoc]:
    files = tml_files(path)
    if limit is not None:
        files = files[:limit]
    return [parse_tml(f.read_text(encoding="utf-8"), name=f.name) for f in files]


def score(path: Path, nlp: Language, limit: int | None = None) -> dict[str, Any]:
    """TempEval-3 span, value and type scores of the times the pipeline outputs on the ``.tml`` files."""
    started = _time.perf_counter()
    docs = load_gold(Path(path), limit)
    result = score_docs(docs, nlp)
    result["seconds"] = round(_time.perf_counter() - started, 1)
    return result

"""Scorer for PolNeAR (attribution relations in political news; brat ``.ann`` files): who said what.

``score(path, nlp, limit)`` reads ``path/text/*.txt`` and ``path/attributions/*.ann`` (``path`` is the
``dev`` or ``train`` folder), analyses each text exactly as given (no cleaning; the publication date from
``../metadata.tsv`` when present), and compares the quotes of the pipeline with the gold attributions.

Gold: every brat event ``Attribution`` (or ``Attribution-no-source``) with its ``Source``, ``Cue`` and
``Content`` text-bound spans. A brat span may be discontinuous (``0 5;9 14``): a span is the tuple of its
fragments. A text annotated by several annotators has several ``.ann`` files; each counts as one gold
document (the prediction for the text is the same).

Prediction: the pipeline's quotes, grouped into attributions by their cue and speaker (a quote interrupted
by its cue, or continued in the next sentence, is several quotes with one cue: one attribution whose content
has several fragments; overlapping fragments are merged). PolNeAR's content of a direct quote includes its
quotation marks, so the content of a direct or partial quote is widened over the marks that enclose it (a
change of convention, computed from the text only). Source = the speaker words, cue = the cue words; a
speaker phrase with a comma-set apposition or clause ("Jane Roe, the mayor") takes the comma that closes it
("Jane Roe, the mayor, said"), as PolNeAR's sources do (again a convention computed from the text: the
speaker words of the quote stay without it); likewise a cue that introduces its quote with a colon ("said:")
takes the colon.

Matching: predicted and gold attributions of a document are paired one to one, greedily, by overlap (the
cue's character overlap counts twice, then the content's and the source's overlap ratios); a pair needs some
overlap of cue or content. Metrics, for each of source, cue and content:

- exact (the CofeNet setting): a paired attribution scores when that span is identical (same fragments);
  precision = exact pairs / predicted attributions that have the span, recall = exact pairs / gold
  attributions that have it.
- norm: the same after trimming spaces, punctuation and quotation marks at both ends of each fragment, in
  gold and prediction alike (boundary conventions aside).
- relaxed: token overlap within pairs (precision: share of predicted tokens found in the paired gold span,
  summed over pairs and divided by predicted attributions; recall likewise over gold), for insight.
"""

from __future__ import annotations

import csv
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language

from ..records import Quote

Frag = tuple[int, int]
Spans = tuple[Frag, ...]
ELEMENTS: tuple[str, ...] = ("source", "cue", "content")
_MARKS = "“”„«»\"‘’'"
_TOKEN = re.compile(r"\w+|[^\w\s]")


@dataclass
class Attribution:
    source: Spans | None
    cue: Spans | None
    content: Spans | None

    def get(self, element: str) -> Spans | None:
        value: Spans | None = getattr(self, element)
        return value


def parse_ann(text: str) -> list[Attribution]:
    """The attributions of one brat ``.ann`` file."""
    spans: dict[str, tuple[str, Spans]] = {}
    events: list[dict[str, str]] = []
    for line in text.splitlines():
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 2:
            label, _, offsets = cols[1].partition(" ")
            frags = []
            for part in offsets.split(";"):
                a, _, b = part.strip().partition(" ")
                if a.isdigit() and b.isdigit():
                    frags.append((int(a), int(b)))
            spans[cols[0]] = (label, tuple(sorted(frags)))
        elif line.startswith("E") and len(cols) >= 2:
            args = dict(a.split(":", 1) for a in cols[1].split() if ":" in a)
            events.append(args)
    out: list[Attribution] = []
    for args in events:
        if not any(k.startswith("Attribution") for k in args):
            continue

        def span(role: str, args: dict[str, str] = args) -> Spans | None:
            ref = args.get(role)
            return spans[ref][1] if ref in spans and spans[ref][1] else None

        out.append(Attribution(span("Source"), span("Cue"), span("Content")))
    return out


def _merge(frags: Iterable[Frag]) -> Spans:
    merged: list[list[int]] = []
    for a, b in sorted(frags):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    return tuple((a, b) for a, b in merged)


def _widen(text: str, start: int, end: int) -> Frag:
    """Widen a quote's content over its enclosing quotation marks (one or two characters each side: '' is a
    double mark in some archives) and the spaces inside them."""
    a, b = start, end
    while a > 0 and text[a - 1].isspace():
        a -= 1
    while b < len(text) and text[b].isspace():
        b += 1
    width = 0
    while width < 2 and a - width > 0 and b + width < len(text):
        if text[a - width - 1] in _MARKS and text[b + width] in _MARKS:
            width += 1
        else:
            break
    return (a - width, b + width) if width else (start, end)


def _source(text: str, start: int, end: int) -> Frag:
    """A speaker phrase set off by commas inside ("Jane Roe, the mayor") with the comma that closes it."""
    if "," in text[start:end] and text[end : end + 1] == ",":
        return (start, end + 1)
    return (start, end)


def _cue(text: str, start: int, end: int) -> Frag:
    """A cue with the colon that introduces its quote ("He said: ...")."""
    return (start, end + 1) if text[end : end + 1] == ":" else (start, end)


def predicted(text: str, quotes: list[Quote]) -> list[Attribution]:
    """The pipeline's quotes as attributions (grouped by cue and speaker)."""
    groups: dict[tuple[Any, ...], list[Quote]] = {}
    for q in quotes:
        cue = (q.cue.start, q.cue.end) if q.cue and q.cue.end > q.cue.start else None
        src = (q.speaker.start, q.speaker.end) if q.speaker else None
        key = (cue, src) if cue else ("quote", q.start, q.end)
        groups.setdefault(key, []).append(q)
    out = []
    for qs in groups.values():
        first = qs[0]
        said = first.cue if first.cue and first.cue.end > first.cue.start else None
        frags = [_widen(text, q.start, q.end) if q.kind != "indirect" else (q.start, q.end) for q in qs]
        out.append(
            Attribution(
                (_source(text, first.speaker.start, first.speaker.end),) if first.speaker else None,
                (_cue(text, said.start, said.end),) if said else None,
                _merge(frags),
            )
        )
    return out


def _overlap(a: Spans | None, b: Spans | None) -> int:
    if not a or not b:
        return 0
    return sum(max(0, min(x2, y2) - max(x1, y1)) for x1, x2 in a for y1, y2 in b)


def _length(a: Spans | None) -> int:
    return sum(e - s for s, e in a) if a else 0


def pair(pred: list[Attribution], gold: list[Attribution]) -> list[tuple[Attribution, Attribution]]:
    """Greedy one-to-one pairing by overlap (cue twice, then content and source overlap ratios)."""
    scored = []
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            cue, content = _overlap(p.cue, g.cue), _overlap(p.content, g.content)
            if not cue and not content:
                continue
            s = 0.0
            for el, weight in (("cue", 2.0), ("content", 1.0), ("source", 1.0)):
                ov = _overlap(p.get(el), g.get(el))
                if ov:
                    s += weight * ov / max(_length(p.get(el)), _length(g.get(el)))
            scored.append((s, i, j))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in sorted(scored, reverse=True):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((pred[i], gold[j]))
    return pairs


def normalise(text: str, spans: Spans | None) -> Spans | None:
    """Fragments without spaces, punctuation or quotation marks at their ends."""
    if not spans:
        return spans
    out = []
    for a, b in spans:
        while a < b and (text[a].isspace() or not text[a].isalnum()):
            a += 1
        while b > a and (text[b - 1].isspace() or not text[b - 1].isalnum()):
            b -= 1
        if b > a:
            out.append((a, b))
    return _merge(out) or None


def _tokens(text: str, spans: Spans | None) -> set[int]:
    if not spans:
        return set()
    return {a + m.start() for a, b in spans for m in _TOKEN.finditer(text[a:b])}


class Tally:
    """Counts for one element (source, cue or content)."""

    def __init__(self) -> None:
        self.pred = self.gold = 0
        self.exact = self.norm = 0
        self.relaxed_p = self.relaxed_r = 0.0

    def add_doc(self, text: str, preds: list[Attribution], golds: list[Attribution], element: str) -> None:
        self.pred += sum(1 for p in preds if p.get(element))
        self.gold += sum(1 for g in golds if g.get(element))

    def add_pair(self, text: str, p: Spans | None, g: Spans | None) -> None:
        if not p or not g:
            return
        self.exact += p == g
        self.norm += normalise(text, p) == normalise(text, g)
        tp, tg = _tokens(text, p), _tokens(text, g)
        if tp and tg:
            self.relaxed_p += len(tp & tg) / len(tp)
            self.relaxed_r += len(tp & tg) / len(tg)

    def metrics(self, element: str) -> dict[str, float]:
        out: dict[str, float] = {}
        for name, hits_p, hits_r in (
            ("", self.exact, self.exact),
            ("_norm", self.norm, self.norm),
            ("_relaxed", self.relaxed_p, self.relaxed_r),
        ):
            p = hits_p / self.pred if self.pred else 0.0
            r = hits_r / self.gold if self.gold else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            out[f"{element}{name}_precision"] = round(p, 4)
            out[f"{element}{name}_recall"] = round(r, 4)
            out[f"{element}{name}_f1"] = round(f, 4)
        return out


def _published(path: Path) -> dict[str, str]:
    meta = path.parent / "metadata.tsv"
    if not meta.is_file():
        return {}
    with meta.open(encoding="utf-8", newline="") as fh:
        return {row["filename"]: row["publication_date"] for row in csv.DictReader(fh, delimiter="\t")}


def gold_files(path: Path) -> dict[str, list[Path]]:
    """Text name -> its annotation files (``<name>_<annotators>.ann``)."""
    by_text: dict[str, list[Path]] = {}
    for ann in sorted((path / "attributions").glob("*.ann")):
        name = re.sub(r"_[0-9a-f]{4}$", "", ann.stem)
        if (path / "text" / f"{name}.txt").is_file():
            by_text.setdefault(name, []).append(ann)
    return by_text


def score(path: Path, nlp: Language, limit: int | None = None) -> dict[str, Any]:
    started = time.perf_counter()
    files = gold_files(path)
    names = sorted(files)[:limit] if limit is not None else sorted(files)
    dates = _published(path)
    texts = [(path / "text" / f"{n}.txt").read_text(encoding="utf-8") for n in names]
    docs = []
    for name, text in zip(names, texts, strict=True):
        doc = nlp.make_doc(text)
        doc._.published = dates.get(name)
        docs.append(doc)
    tallies = {el: Tally() for el in ELEMENTS}
    n_gold = n_pred = n_pairs = n_ann = 0
    for name, text, doc in zip(names, texts, nlp.pipe(docs, batch_size=8), strict=True):
        preds = predicted(text, list(doc._.quotes or []))
        for ann in files[name]:
            golds = parse_ann(ann.read_text(encoding="utf-8"))
            n_ann += 1
            pairs = pair(preds, golds)
            n_gold, n_pred, n_pairs = n_gold + len(golds), n_pred + len(preds), n_pairs + len(pairs)
            for el, tally in tallies.items():
                tally.add_doc(text, preds, golds, el)
                for p, g in pairs:
                    tally.add_pair(text, p.get(el), g.get(el))
    result: dict[str, Any] = {
        "documents": len(names),
        "annotation_files": n_ann,
        "gold_attributions": n_gold,
        "predicted_attributions": n_pred,
        "paired_attributions": n_pairs,
    }
    for el, tally in tallies.items():
        result.update(tally.metrics(el))
    result["seconds"] = round(time.perf_counter() - started, 1)
    return result

"""The evidence view: article text with the words behind an event marked, escaped everywhere.

Article text is untrusted input: every piece of it goes through ``markupsafe.escape``; only the ``<mark>``
tags built here are markup. Overlapping spans are cut into segments, each wrapped once with every kind
that covers it (``<mark class="trigger sentence">``), so marks never nest or cross.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from itertools import pairwise
from typing import Any

from markupsafe import Markup, escape

# Kinds in order of precedence (first is shown on top); also the legend of the event page.
KINDS: tuple[tuple[str, str], ...] = (
    ("trigger", "trigger: the word that names the event"),
    ("actor", "actor: who acts"),
    ("recipient", "recipient: on whom"),
    ("date", "date"),
    ("place", "place"),
    ("quote", "quote: the reported words"),
    ("sentence", "sentence of the event"),
)
_RANK = {kind: i for i, (kind, _) in enumerate(KINDS)}

Span = tuple[int, int, str]


def mark_text(text: str, spans: Iterable[Span]) -> Markup:
    """``text`` as escaped HTML with each span wrapped in ``<mark class="kind ...">``."""
    n = len(text)
    clean = [(max(0, s), min(n, e), k) for s, e, k in spans if isinstance(s, int) and isinstance(e, int)]
    clean = [(s, e, k) for s, e, k in clean if s < e]
    bounds = sorted({0, n, *(s for s, _, _ in clean), *(e for _, e, _ in clean)})
    out: list[str] = []
    for a, b in pairwise(bounds):
        piece = str(escape(text[a:b]))
        kinds = sorted({k for s, e, k in clean if s <= a and b <= e}, key=lambda k: _RANK.get(k, 99))
        if kinds:
            title = escape(kinds[0])
            out.append(f'<mark class="{escape(" ".join(kinds))}" title="{title}">{piece}</mark>')
        else:
            out.append(piece)
    return Markup("".join(out))


def _span(obj: Any) -> tuple[int, int] | None:
    if isinstance(obj, Mapping):
        s, e = obj.get("start"), obj.get("end")
        if isinstance(s, int) and isinstance(e, int) and e > s:
            return s, e
    return None


# Records written before events carried date offsets (date_span) spelled a counted date into date_text:
# "a day before Tuesday".
_SHIFTED_DATE = re.compile(r"^\S+ (?:day|days|week|weeks) (?:before|after) (?P<anchor>.+)$", re.I)


def _find_date(text: str, event: Mapping[str, Any], times: list[Any], sentence: tuple[int, int] | None) -> Span | None:
    """The words of the event's date in a record without date_span: a time expression of the document with
    that text, nearest the event."""
    words = event.get("date_text")
    if not words:
        return None
    shifted = _SHIFTED_DATE.match(words)
    if shifted:  # "a day before Tuesday": the date was counted from the time of the main clause
        words = shifted["anchor"]
    anchor = sentence[0] if sentence else 0
    candidates = [t for t in times if isinstance(t, Mapping) and t.get("text") == words and _span(t)]
    if candidates:
        best = min(candidates, key=lambda t: abs(int(t["start"]) - anchor))
        return int(best["start"]), int(best["end"]), "date"
    lo, hi = sentence or (0, len(text))
    at = text.find(words, lo, hi)
    if at < 0:
        at = text.find(words)
    return (at, at + len(words), "date") if at >= 0 else None


def event_spans(event: Mapping[str, Any], document: Mapping[str, Any]) -> list[Span]:
    """The evidence spans of one event (an event dict of the record) in its document (a document dict)."""
    text = str(document.get("text") or "")
    spans: list[Span] = []
    sentence = _span(event.get("sentence"))
    if sentence:
        spans.append((*sentence, "sentence"))
    trig = _span(event.get("trigger"))
    if trig:
        spans.append((*trig, "trigger"))
    for role in ("actor", "recipient"):
        for ref in event.get(role) or []:
            sp = _span(ref)
            if sp:
                spans.append((*sp, role))
    place = _span(event.get("place"))
    if place:
        spans.append((*place, "place"))
    dated = [_span(event.get(k)) for k in ("date_span", "date_shift")]
    if dated[0]:
        spans += [(*sp, "date") for sp in dated if sp]
    else:  # a record written before events carried the offsets of their date
        date = _find_date(text, event, list(document.get("times") or []), sentence)
        if date:
            spans.append(date)
    quotes = list(document.get("quotes") or [])
    q = event.get("quote")
    if isinstance(q, int) and 0 <= q < len(quotes):
        sp = _span(quotes[q])
        if sp:
            spans.append((*sp, "quote"))
    return spans


def document_spans(document: Mapping[str, Any]) -> list[Span]:
    """Spans for the document view: every event trigger, place and time of the document."""
    spans: list[Span] = []
    for ev in document.get("events") or []:
        sp = _span(ev.get("trigger")) if isinstance(ev, Mapping) else None
        if sp:
            spans.append((*sp, "trigger"))
    for name, kind in (("places", "place"), ("times", "date")):
        for item in document.get(name) or []:
            sp = _span(item)
            if sp:
                spans.append((*sp, kind))
    return spans

"""What an event is tied to besides its roles: the time and place of its sentence, who reports it, and the
quote that carries it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from spacy.tokens import Doc, Span, Token

from ...records import Place, Reporter, TextSpan, Time
from ..geo.mentions import PLACE_NOUNS
from ..timex.lexicon import number_value

SAY = frozenset(
    [
        "say",
        "tell",
        "report",
        "announce",
        "claim",
        "state",
        "add",
        "confirm",
        "write",
        "quote",
        "cite",
        "accord",
        "insist",
        "allege",
    ]
)
LOC_PREPS = ("in", "near", "at", "outside", "inside", "around", "across", "on")
MODIFIER_DEPS = ("compound", "amod", "poss", "nmod", "npadvmod")


def _within(tok: Token, root: Token) -> bool:
    while True:
        if tok.i == root.i:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head


@dataclass(frozen=True)
class Dating:
    """An event's date: the time expression it was read from, its value, and the words that counted it
    from that time ("a day after"), if it was counted."""

    time: Time
    value: str | None
    shift: TextSpan | None = None


def event_time(doc: Doc, sent: Span, head: Token) -> Dating | None:
    """A dated time of the sentence, preferring one inside the trigger's clause."""
    times = [t for t in doc._.times or [] if sent.start_char <= t.start < sent.end_char and t.type in ("DATE", "TIME")]
    if not times:
        return None
    clause = head
    while clause.dep_ not in ("ROOT", "ccomp", "advcl", "conj") and clause.head.i != clause.i:
        clause = clause.head
    for t in times:
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is not None and _within(span.root, clause):
            return Dating(t, t.value)
    return _shifted(doc, times[0], head, clause)


_UNIT_DAYS = {"day": 1, "week": 7}
_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _shifted(doc: Doc, t: Time, head: Token, clause: Token) -> Dating:
    """The date of an event told as "N days after (before)" the dated event of the main clause ("buried
    them on Tuesday, a day after a drone struck their car": the strike was on Monday). The words that count
    the days ("a day after") are kept with the date. Other times are the sentence's own."""
    offset = _day_offset(clause) or (_day_offset(head.head) if head.head.dep_ == "prep" else None)
    if offset is None or t.value is None or not _DAY_VALUE.match(t.value):
        return Dating(t, t.value)
    days, start, end, after = offset
    shifted = date.fromisoformat(t.value) + timedelta(days=-days if after else days)
    return Dating(t, shifted.isoformat(), TextSpan(doc.text[start:end], start, end))


def _day_offset(tok: Token) -> tuple[int, int, int, bool] | None:
    """(days, start and end offsets of the counting words, whether "after") of "a day after", "two weeks
    before" introducing ``tok``'s clause or phrase: a quantity of days or weeks that modifies the clause (or
    the preposition) and its "after"."""
    link = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ in ("after", "before")), None)
    if link is None and tok.dep_ == "prep" and tok.lower_ in ("after", "before"):
        link = tok
    if link is None:
        return None
    for unit in tok.children:
        per = _UNIT_DAYS.get(unit.lemma_.lower())
        if unit.dep_ != "npadvmod" or per is None:
            continue
        count = next((c for c in unit.children if c.dep_ in ("nummod", "det")), None)
        n = number_value(count.text) if count is not None else None
        if n is not None and count is not None and n == int(n):
            words = (count, unit, link)
            start = min(w.idx for w in words)
            end = max(w.idx + len(w.text) for w in words)
            return int(n) * per, start, end, link.lower_ == "after"
    return None


def _locative_score(doc: Doc, head: Token, place: Place) -> int | None:
    """None when the place names an actor ("a U.S. attack", "Iran's forces", "Iran fired", "by Iran"), else 0, 1 in a
    locative phrase of the sentence, 3 in a locative phrase attached to the trigger."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return None
    tok = span.root
    if tok.dep_ in MODIFIER_DEPS or tok.dep_ in ("nsubj", "nsubjpass", "dobj", "agent"):
        return None
    if tok.dep_ == "pobj" and tok.head.dep_ == "agent":
        return None  # "is deeply felt by Iran": a doer, as the subject would be
    tok = _area_noun(tok)
    score = 0
    if tok.head.dep_ == "prep" and tok.head.lower_ in LOC_PREPS:
        score += 1
        if _within(tok, head) or tok.head.head.i == head.i:
            score += 2
    return score


def _area_noun(tok: Token) -> Token:
    """The noun "the town of X" hangs X on, which stands where X would in the locative phrase."""
    of = tok.head
    if tok.dep_ == "pobj" and of.lower_ == "of" and of.head.lower_ in PLACE_NOUNS:
        return of.head
    return tok


def event_place(doc: Doc, sent: Span, head: Token) -> Place | None:
    """A resolved place of the sentence, preferring one in a locative phrase attached to the trigger."""
    best: tuple[int, Place] | None = None
    for p in doc._.places or []:
        if not sent.start_char <= p.start < sent.end_char or p.kind != "name":
            continue
        score = _locative_score(doc, head, p)
        if score is not None and (best is None or score > best[0]):
            best = (score, p)
    return best[1] if best else None


def is_governed_place(doc: Doc, head: Token, place: Place | None) -> bool:
    """The place is in a locative phrase attached to the trigger ("blocked a road in Nairobi")."""
    return place is not None and _locative_score(doc, head, place) == 3


def _according_to(sent: Span) -> Span | None:
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < sent.end and tok.doc[tok.i + 1].lower_ == "to":
            to = tok.doc[tok.i + 1]
            objs = [c for c in to.children if c.dep_ == "pobj"]
            if objs:
                return tok.doc[objs[0].left_edge.i : objs[0].right_edge.i + 1]
            return tok.doc[tok.i + 2 : min(sent.end, tok.i + 7)]
    return None


def reporter(doc: Doc, sent: Span, head: Token) -> Reporter | None:
    """Who reports the event: "according to X", or the subject of a speech verb governing the trigger."""
    tok = head
    for _ in range(8):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        if tok.lemma_.lower() in SAY and tok.pos_ == "VERB":
            subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj and subj[0].pos_ != "PRON":
                s = subj[0]
                return Reporter(doc[s.left_edge.i : s.right_edge.i + 1].text)
    # "..., X said." with the trigger in the main clause
    for t in sent:
        if t.lemma_.lower() in SAY and t.pos_ == "VERB" and t.dep_ in ("parataxis", "ROOT") and t.i != head.i:
            subj = [c for c in t.children if c.dep_ == "nsubj"]
            if subj and subj[0].pos_ != "PRON" and t.i > head.i:
                s = subj[0]
                return Reporter(doc[s.left_edge.i : s.right_edge.i + 1].text)
    acc = _according_to(sent)
    if acc is not None:
        return Reporter(acc.text)
    return None


def quote_index(doc: Doc, start: int, end: int) -> int | None:
    for i, q in enumerate(doc._.quotes or []):
        if q.start <= start and end <= q.end:
            return i
    return None

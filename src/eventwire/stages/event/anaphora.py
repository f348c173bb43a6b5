"""Events that only refer back to an event the article already reported.

News retells its own events with definite nouns: after "US jets struck militia depots" comes "The day
following the bombings, ..." or "The assaults have grown more sophisticated". Such a noun names no new
event: it has no actor, recipient, place or date of its own, and an event of the same type came before it. Keeping it
would count one strike twice and show an event nobody did; it is dropped (the earlier event holds the
facts).
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...records import Event
from .acled import DELIVERY
from .lexicon import triggers

BACK_DETERMINERS = frozenset(["the", "these", "those", "such", "this", "that"])


def _refers_back(doc: Doc, e: Event) -> bool:
    span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    noun = span.root
    if noun.pos_ != "NOUN":
        return False
    return any(c.dep_ == "det" and c.lower_ in BACK_DETERMINERS for c in noun.children)


# Prepositions that date one act by another: "the day following the bombings", "since the attack".
TIME_LINKS = frozenset(["after", "following", "before", "since"])


def _time_anchor(doc: Doc, e: Event) -> bool:
    """The trigger noun only dates the sentence's act ("The day following the bombings, ..."): the place and
    date of the sentence belong to that act, not to the noun."""
    span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in TIME_LINKS


def drop_restatements(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` (in text order) without the bare definite nouns that restate an earlier event."""
    kept: list[Event] = []
    seen: set[str] = set()
    for e in events:
        bare = not e.actor and not e.recipient and e.fatalities is None and e.injured is None
        # "In Grodno, the protests went on Monday": new; "the day after the protests, in Grodno ...": not
        bare = bare and ((e.place is None and e.date is None) or _time_anchor(doc, e))
        if bare and e.type in seen and _refers_back(doc, e):
            continue
        seen.add(e.type)
        kept.append(e)
    return kept


def _attack_noun_actor(doc: Doc, e: Event) -> bool:
    """The event's only actor is a definite attack noun ("The bombing also killed ..."): the doer named is
    an attack the article reported before, not a party."""
    if len(e.actor) != 1 or e.actor[0].entity is not None:
        return False
    span = doc.char_span(e.actor[0].start, e.actor[0].end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in BACK_DETERMINERS for c in root.children):
        return False
    rows = triggers().get(root.lemma_.lower(), [])
    # only a noun that names no sub-type of its own ("bombing", "attack", "strike"); "The shelling" says how
    return any(r.type == "ASSAULT" and r.pos == "NOUN" and len(r.lemmas) == 1 and r.acled is None for r in rows)


def means_from_antecedent(doc: Doc, events: list[Event]) -> None:
    """An attack told through a definite attack noun as its doer ("The bombing also killed the commander")
    is the latest attack before it whose means the article named: it takes that event's mode and ACLED
    sub-type, since the noun alone ("bombing", "attack") does not say how it was delivered."""
    latest: Event | None = None
    for e in events:
        if e.type == "ASSAULT" and latest is not None and _attack_noun_actor(doc, e):
            e.mode, e.acled = latest.mode, latest.acled
        if e.type == "ASSAULT" and e.acled in DELIVERY and e.status == "occurred":
            latest = e

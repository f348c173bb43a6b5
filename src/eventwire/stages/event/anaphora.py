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

BACK_DETERMINERS = frozenset(["the", "these", "those", "such", "this", "that"])


def _refers_back(doc: Doc, e: Event) -> bool:
    span = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    noun = span.root
    if noun.pos_ != "NOUN":
        return False
    return any(c.dep_ == "det" and c.lower_ in BACK_DETERMINERS for c in noun.children)


def drop_restatements(doc: Doc, events: list[Event]) -> list[Event]:
    """``events`` (in text order) without the bare definite nouns that restate an earlier event."""
    kept: list[Event] = []
    seen: set[str] = set()
    for e in events:
        bare = not e.actor and not e.recipient and e.fatalities is None and e.injured is None
        bare = bare and e.place is None and e.date is None  # "In Grodno, the protests went on Monday": new
        if bare and e.type in seen and _refers_back(doc, e):
            continue
        seen.add(e.type)
        kept.append(e)
    return kept

"""Stage ``eventwire_events``: not implemented yet; returns no records (never invented content)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Event


def extract_events(doc: Doc) -> list[Event]:
    return []


class EventsStage:
    def __call__(self, doc: Doc) -> Doc:
        doc._.events = extract_events(doc)
        return doc


@Language.factory("eventwire_events", requires=["doc._.mentions", "doc._.times", "doc._.places", "doc._.quotes"], assigns=["doc._.events"])
def make_events_stage(nlp: Language, name: str) -> EventsStage:
    return EventsStage()

"""Stage ``eventwire_actors``: mentions and canonical entities (country, sector, roles).

``extract_actors(doc)`` returns the mentions and entities of a Doc; ``actor_ref(doc, span)`` codes any span
(a subject, an object) as an :class:`~eventwire.records.ActorRef` for the events stage.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..records import MENTION_LABELS, ActorRef, Entity, Mention

_KIND = {"PERSON": "person", "ORG": "organization", "GPE": "country", "LOC": "place", "FAC": "place", "NORP": "group"}


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def extract_actors(doc: Doc) -> tuple[list[Mention], list[Entity]]:
    mentions: list[Mention] = []
    entities: dict[str, Entity] = {}
    for ent in doc.ents:
        if ent.label_ not in MENTION_LABELS:
            continue
        eid = slug(ent.text)
        if not eid:
            continue
        mentions.append(Mention(ent.start_char, ent.end_char, ent.text, ent.label_, eid))
        entities.setdefault(eid, Entity(id=eid, name=ent.text, kind=_KIND[ent.label_]))
    return mentions, list(entities.values())


def actor_ref(doc: Doc, span: Span) -> ActorRef:
    """Code a span as an actor: the entity of the mention it contains, with that entity's country and sector."""
    by_id = {e.id: e for e in doc._.entities or []}
    for m in doc._.mentions or []:
        if m.start >= span.start_char and m.end <= span.end_char and m.entity:
            ent = by_id.get(m.entity)
            return ActorRef(
                span.text, span.start_char, span.end_char, m.entity,
                ent.country if ent else None, ent.sector if ent else None,
            )  # fmt: skip
    return ActorRef(span.text, span.start_char, span.end_char)


class ActorsStage:
    def __call__(self, doc: Doc) -> Doc:
        doc._.mentions, doc._.entities = extract_actors(doc)
        return doc


@Language.factory("eventwire_actors", requires=["doc.ents"], assigns=["doc._.mentions", "doc._.entities"])
def make_actors_stage(nlp: Language, name: str) -> ActorsStage:
    return ActorsStage()

"""Stage ``eventwire_places``: not implemented yet; returns no records (never invented content)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Place


def extract_places(doc: Doc) -> list[Place]:
    return []


class PlacesStage:
    def __call__(self, doc: Doc) -> Doc:
        doc._.places = extract_places(doc)
        return doc


@Language.factory("eventwire_places", requires=["doc.ents"], assigns=["doc._.places"])
def make_places_stage(nlp: Language, name: str) -> PlacesStage:
    return PlacesStage()

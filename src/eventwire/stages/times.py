"""Stage ``eventwire_times``: not implemented yet; returns no records (never invented content)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Time


def extract_times(doc: Doc) -> list[Time]:
    return []


class TimesStage:
    def __call__(self, doc: Doc) -> Doc:
        doc._.times = extract_times(doc)
        return doc


@Language.factory("eventwire_times", requires=["doc.ents"], assigns=["doc._.times"])
def make_times_stage(nlp: Language, name: str) -> TimesStage:
    return TimesStage()

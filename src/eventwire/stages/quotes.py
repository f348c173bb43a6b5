"""Stage ``eventwire_quotes``: not implemented yet; returns no records (never invented content)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Quote


def extract_quotes(doc: Doc) -> list[Quote]:
    return []


class QuotesStage:
    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = extract_quotes(doc)
        return doc


@Language.factory("eventwire_quotes", requires=["doc._.mentions"], assigns=["doc._.quotes"])
def make_quotes_stage(nlp: Language, name: str) -> QuotesStage:
    return QuotesStage()

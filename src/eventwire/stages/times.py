"""Stage ``eventwire_times``: dates, times, durations and sets, with TIMEX3 values.

Expressions are found by the patterns of :mod:`eventwire.stages.timex.patterns` (absolute and relative dates,
weekdays resolved by the tense of their clause, quarters, durations, sets, clock times) and resolved against
the publication date ``doc._.published``. Expressions hanging on an event ("the day after the vote") keep a
None value and name their anchor words.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Time
from . import doc_text
from .timex.calendar import parse_date
from .timex.patterns import Context
from .timex.recognise import find_times


def extract_times(doc: Doc) -> list[Time]:
    ctx = Context(dct=parse_date(doc._.published), doc=doc)
    text = doc_text(doc)
    found = find_times(text, ctx)
    return [
        Time(start=f.start, end=f.end, text=text[f.start : f.end], type=f.type, value=f.value, anchor=f.anchor)
        for f in found
    ]


class TimesStage:
    def __call__(self, doc: Doc) -> Doc:
        doc._.times = extract_times(doc)
        return doc


@Language.factory("eventwire_times", requires=["doc.ents"], assigns=["doc._.times"])
def make_times_stage(nlp: Language, name: str) -> TimesStage:
    return TimesStage()

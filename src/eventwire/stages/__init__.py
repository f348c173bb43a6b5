"""The eventwire stages, one module each, named for what they produce.

Each module holds a pure function ``extract_<what>(doc, ...) -> list[record]`` that tests can call on a
hand-built Doc, and a registered spaCy component ``eventwire_<stage>`` that stores the result on ``doc._``.
"""

from collections.abc import Callable
from typing import TypeVar

from spacy.tokens import Doc, Span

_TEXT_KEY = "eventwire_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc. spaCy joins every token's text on each ``doc.text`` call, which made
    the stages that ask for it in loops spend more time there than in their own rules; a Doc's text never
    changes, so the first result is kept in its ``user_data``."""
    text = doc.user_data.get(_TEXT_KEY)
    end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    if not isinstance(text, str) or len(text) != end:  # not cached yet, or a Doc rebuilt under the same data
        text = doc.text
        doc.user_data[_TEXT_KEY] = text
    return text


def span_text(span: Span) -> str:
    """``span.text`` cut from the cached document text: spaCy joins the span's tokens on every call, and the
    events stage reads each sentence's text several times (its own, and as its neighbours' context)."""
    if not len(span):
        return span.text
    return doc_text(span.doc)[span.start_char : span.end_char]


def token_column(doc: Doc, attr: int) -> list[str]:
    """The string of one attribute (``spacy.attrs`` LOWER, LEMMA, POS, TAG, DEP) of every token, read once per
    Doc from its array and kept in its ``user_data``. Scans over every word of a document (a speech verb? the
    word "according"?) use it to pass over most words without building their Token, which costs more than the
    test itself. Rebuilt when the Doc's length no longer matches."""
    strings = doc.vocab.strings
    return per_token(doc, f"{_COLUMN_KEY}_{attr}", lambda: [strings[v] for v in doc.to_array(attr).tolist()])


_COLUMN_KEY = "eventwire_column"
T = TypeVar("T")


def per_token(doc: Doc, key: str, build: Callable[[], list[T]]) -> list[T]:
    """A list with one item per token, built once per Doc and kept in its ``user_data`` under ``key``; built
    again when the Doc's length no longer matches (a hand-built or retokenized Doc)."""
    cached = doc.user_data.get(key)
    if isinstance(cached, list) and len(cached) == len(doc):
        return cached
    made = build()
    doc.user_data[key] = made
    return made

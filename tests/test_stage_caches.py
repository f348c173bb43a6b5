"""The per-Doc shortcuts the stages read instead of spaCy's token objects give what those objects give, on
invented articles (a headline, a line break, names, quotes)."""

from __future__ import annotations

import pytest
from spacy.attrs import DEP, LEMMA, LOWER, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.actor_dictionary import fold, fold_words
from eventwire.stages import doc_text, span_text, token_column
from eventwire.stages.event.roles import _entity_around
from eventwire.stages.event.triggers import doc_keys, keys
from eventwire.stages.events import sentence_units
from eventwire.stages.quoting.speakers import _mentions

TEXT = (
    "Rebels Attack Army Base Near Aleppo\n\n"
    "The National Union for the Total Independence of Angola said on Monday that its fighters had shelled "
    "a base. “We will not stop,” commander Jane Roe told reporters in Luanda.\n"
    "Police arrested 12 protesters, according to the interior ministry."
)


@pytest.fixture(scope="module")
def doc(nlp: Language) -> Doc:
    return nlp(nlp.make_doc(TEXT))


@pytest.mark.parametrize(
    ("attr", "name"), [(LOWER, "lower_"), (LEMMA, "lemma_"), (POS, "pos_"), (TAG, "tag_"), (DEP, "dep_")]
)
def test_token_column_is_the_attribute_of_every_token(doc: Doc, attr: int, name: str) -> None:
    assert token_column(doc, attr) == [getattr(t, name) for t in doc]
    assert token_column(doc, attr) is token_column(doc, attr)  # read once


def test_token_column_is_read_again_for_a_doc_of_another_length(nlp: Language) -> None:
    doc = nlp.make_doc("Troops left.")
    doc.user_data["eventwire_column_" + str(LOWER)] = ["stale"]
    assert token_column(doc, LOWER) == ["troops", "left", "."]


def test_span_text_is_the_spans_text(doc: Doc) -> None:
    for sent in doc.sents:
        assert span_text(sent) == sent.text
    for ent in doc.ents:
        assert span_text(ent) == ent.text
    assert span_text(doc[3:3]) == doc[3:3].text
    assert doc_text(doc) == doc.text


def test_doc_keys_are_the_keys_of_every_token(doc: Doc) -> None:
    assert doc_keys(doc) == [keys(t) for t in doc]


def test_entity_around_a_token_is_its_entity_in_doc_ents(doc: Doc) -> None:
    for tok in doc:
        held = [(e.start, e.end) for e in doc.ents if e.start <= tok.i < e.end]
        assert _entity_around(tok) == (held[0] if held else None), tok.text


def test_sentence_units_cut_at_line_breaks_and_drop_blank_units(doc: Doc) -> None:
    units = sentence_units(doc)
    assert units[0].text == "Rebels Attack Army Base Near Aleppo"
    assert all("\n" not in u.text for u in units)
    assert all(any(not t.is_space for t in u) for u in units)
    assert units[-1].text == "Police arrested 12 protesters, according to the interior ministry."


def test_mentions_in_text_order_follow_a_new_list(nlp: Language) -> None:
    doc = nlp(nlp.make_doc("Jane Roe met John Doe in Paris."))
    first = _mentions(doc)
    assert [m.start for m in first] == sorted(m.start for m in doc._.mentions)
    first.clear()  # a caller's changes do not reach the kept order
    assert len(_mentions(doc)) == len(doc._.mentions)
    doc._.mentions = list(reversed(doc._.mentions))  # a new list, out of order: sorted again
    assert [m.start for m in _mentions(doc)] == sorted(m.start for m in doc._.mentions)
    doc._.mentions = doc._.mentions[1:]  # a shorter list: the order follows it
    assert len(_mentions(doc)) == len(doc._.mentions)


def test_fold_words_returns_a_fresh_list_each_time() -> None:
    words = fold_words("Qassem al-Soleimani")
    words.append("x")
    assert fold_words("Qassem al-Soleimani") == ["kasim", "sulimani"]
    assert fold("Qasem Soleimani") == "kasim sulimani"

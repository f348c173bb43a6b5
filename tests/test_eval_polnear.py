"""The PolNeAR scorer on a tiny brat set written here; the pipeline is replaced by a component that
returns fixed quotes, so the counts are known."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import eventwire.pipeline  # noqa: F401  (registers the Doc extensions)
from eventwire.evaluate.polnear import normalise, pair, parse_ann, predicted, score
from eventwire.records import Quote, Speaker, TextSpan

TEXT = "“We are ready,” Anna Berg said, “and we will win.” The council said the vote was fair.\n"
ANN = """T1\tSource 16 25\tAnna Berg
T2\tCue 26 30\tsaid
T3\tContent 0 15;32 50\t“We are ready,” “and we will win.”
T4\tAttribution 26 30\tsaid
E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3
T5\tSource 51 62\tThe council
T6\tCue 63 67\tsaid
T7\tContent 68 86\tthe vote was fair.
T8\tAttribution 63 67\tsaid
E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7
T9\tCue 0 0\t
E3\tDiscuss:T9
"""


def span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def fixed_quotes(text: str) -> list[Quote]:
    spk = Speaker("Anna Berg", *span(text, "Anna Berg"))
    cue = TextSpan("said", *span(text, "said"))
    q1 = Quote(*span(text, "We are ready,"), "We are ready,", "direct", spk, cue)
    q2 = Quote(*span(text, "and we will win."), "and we will win.", "direct", spk, cue)
    council = Speaker("The council", *span(text, "The council"))
    cue2 = TextSpan("said", text.index("said", cue.end), text.index("said", cue.end) + 4)
    q3 = Quote(*span(text, "the vote was fair"), "the vote was fair", "indirect", council, cue2)
    return [q1, q2, q3]


@Language.component("fixed_quotes_for_test")
def fixed_quotes_component(doc: Doc) -> Doc:
    doc._.quotes = fixed_quotes(doc.text)
    return doc


def test_gold_offsets_are_the_words() -> None:
    assert TEXT[0:15] == "“We are ready,”" and TEXT[32:50] == "“and we will win.”"
    assert TEXT[68:86] == "the vote was fair."


def test_parse_ann_keeps_discontinuous_spans_and_skips_other_events() -> None:
    gold = parse_ann(ANN)
    assert len(gold) == 2
    assert gold[0].content == ((0, 15), (32, 50))
    assert gold[0].source == ((16, 25),)


def test_prediction_groups_quotes_by_cue_and_widens_over_marks() -> None:
    preds = predicted(TEXT, fixed_quotes(TEXT))
    assert len(preds) == 2
    assert preds[0].content == ((0, 15), (32, 50))
    pairs = pair(preds, parse_ann(ANN))
    assert len(pairs) == 2


def test_normalise_trims_marks_and_punctuation() -> None:
    assert normalise(TEXT, ((68, 86),)) == ((68, 85),)
    assert normalise(TEXT, ((0, 15),)) == ((1, 13),)


def test_score_on_a_tiny_set(tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "story.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "story_ab12.ann").write_text(ANN, encoding="utf-8")
    nlp = spacy.blank("en")
    nlp.add_pipe("fixed_quotes_for_test")
    m = score(tmp_path, nlp)
    assert m["documents"] == 1 and m["gold_attributions"] == 2 and m["predicted_attributions"] == 2
    assert m["source_f1"] == 1.0 and m["cue_f1"] == 1.0
    # the indirect content lacks the final period: wrong under exact match, right once boundaries are trimmed
    assert m["content_precision"] == pytest.approx(0.5) and m["content_recall"] == pytest.approx(0.5)
    assert m["content_norm_f1"] == 1.0
    assert 0.5 < m["content_relaxed_f1"] < 1.0


def test_score_on_dev_subset(nlp: Language, shared: Path) -> None:
    dev = shared / "eval" / "polnear" / "dev"
    if not dev.is_dir():
        pytest.skip("no PolNeAR dev set")
    m = score(dev, nlp, limit=3)
    assert m["documents"] == 3 and m["gold_attributions"] > 0
    assert 0.0 <= m["source_f1"] <= 1.0


def test_source_with_an_apposition_takes_its_closing_comma() -> None:
    text = "Anna Berg, the mayor, said the vote was fair. Tom Lee said it was not."
    cue = TextSpan("said", *span(text, "said"))
    mayor = Speaker("Anna Berg, the mayor", *span(text, "Anna Berg, the mayor"))
    q = Quote(*span(text, "the vote was fair"), "the vote was fair", "indirect", mayor, cue)
    lee = Speaker("Tom Lee", *span(text, "Tom Lee"))
    cue2 = TextSpan("said", text.index("said", cue.end), text.index("said", cue.end) + 4)
    q2 = Quote(*span(text, "it was not"), "it was not", "indirect", lee, cue2)
    preds = predicted(text, [q, q2])
    assert preds[0].source == (span(text, "Anna Berg, the mayor,"),)
    assert preds[1].source == (span(text, "Tom Lee"),)


def test_cue_before_a_colon_takes_the_colon() -> None:
    text = "Anna Berg said: “We are ready.”"
    cue = TextSpan("said", *span(text, "said"))
    spk = Speaker("Anna Berg", *span(text, "Anna Berg"))
    q = Quote(*span(text, "We are ready."), "We are ready.", "direct", spk, cue)
    (pred,) = predicted(text, [q])
    assert pred.cue == (span(text, "said:"),)
    assert pred.content == (span(text, "“We are ready.”"),)

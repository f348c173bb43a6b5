"""The CASE 2021 scorer: label mapping, weighted F1 arithmetic, and a run on invented snippets."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from eventwire.evaluate.case2021 import LABELS, NO_CLASS, NON_ACLED, f1_table, predict, score
from eventwire.records import ACLED_SUBTYPES


def test_labels_cover_the_25_acled_subtypes() -> None:
    assert len(LABELS) == 25
    assert set(LABELS.values()) == set(ACLED_SUBTYPES)
    assert not set(NON_ACLED) & set(LABELS)


def test_weighted_f1_arithmetic() -> None:
    gold = ["A", "A", "B", "C"]
    pred = ["A", "B", "B", NO_CLASS]
    t = f1_table(gold, pred)
    # A: p=1 r=.5 f=.667 (2); B: p=.5 r=1 f=.667 (1); C: 0 (1)
    assert abs(t["weighted_f1"] - (0.6667 * 2 + 0.6667 * 1) / 4) < 1e-3
    assert abs(t["macro_f1"] - (0.6667 + 0.6667) / 3) < 1e-3
    assert t["accuracy"] == 0.5


def test_score_on_invented_snippets(tmp_path: Path, nlp: Language) -> None:
    path = tmp_path / "snippets.tsv"
    path.write_text(
        "id\tEventSnippet\tSubType\n"
        "1\tPolice arrested twelve men suspected of smuggling in the port city on Sunday.\tARREST\n"
        "2\tA drone strike hit a militant hideout in the mountains, killing three fighters.\tAIR_STRIKE\n"
        "3\tA strong earthquake shook the coastal region overnight.\tNATURAL_DISASTER\n",
        encoding="utf-8",
    )
    result = score(path, nlp)
    assert result["snippets"] == 3 and result["scored_acled_snippets"] == 2
    assert result["accuracy"] == 1.0 and result["weighted_f1"] == 1.0
    assert result["accuracy_all"] < 1.0


def test_prediction_is_the_records_own_sub_type(nlp: Language) -> None:
    # the scorer reads the pipeline's records and adds no rule: the main event's sub-type is the prediction
    text = "Thousands of teachers marched through the capital on Saturday. The march was later broken up."
    labelled = [e for e in nlp(text)._.events or [] if e.acled]
    best = max(labelled, key=lambda e: e.confidence)
    assert predict([text], nlp) == [best.acled]

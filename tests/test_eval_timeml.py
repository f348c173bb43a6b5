"""The TimeML scorer on a tiny invented .tml file."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from eventwire.evaluate.timeml import parse_tml, score, tml_files

TML = (
    '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>TEST1</DOCID>\n'
    '<DCT><TIMEX3 tid="t0" type="DATE" value="2021-07-06" temporalFunction="false" '
    'functionInDocument="CREATION_TIME">20210706</TIMEX3></DCT>\n'
    "<TEXT>\n"
    'Rebels <EVENT eid="e1" class="OCCURRENCE">attacked</EVENT> the town '
    '<TIMEX3 tid="t1" type="DATE" value="2021-07-05" functionInDocument="NONE">yesterday</TIMEX3>, '
    "&quot;killing&quot; five people. The siege had lasted "
    '<TIMEX3 tid="t2" type="DURATION" value="P3D" functionInDocument="NONE">three days</TIMEX3>. '
    'Talks <EVENT eid="e2" class="OCCURRENCE">failed</EVENT> '
    '<TIMEX3 tid="t3" type="DATE" value="2021-06" functionInDocument="NONE">last month</TIMEX3> and the army '
    '<EVENT eid="e3" class="OCCURRENCE">left</EVENT> '
    '<TIMEX3 tid="t4" type="DATE" value="2020" functionInDocument="NONE">in the spring</TIMEX3>.\n'
    "</TEXT>\n</TimeML>\n"
)


def test_parse_tml_strips_tags_and_keeps_offsets() -> None:
    gold = parse_tml(TML, "x.tml")
    assert gold.dct == "2021-07-06"
    assert '"killing"' in gold.text and "<" not in gold.text
    assert [t.text for t in gold.times] == ["yesterday", "three days", "last month", "in the spring"]
    for t in gold.times:
        assert gold.text[t.start : t.end] == t.text
    assert [t.value for t in gold.times] == ["2021-07-05", "P3D", "2021-06", "2020"]


def test_testpipeline_copy_is_left_out_of_a_folder_run(tmp_path: Path) -> None:
    (tmp_path / "TimeBank").mkdir()
    (tmp_path / "testpipeline").mkdir()
    (tmp_path / "TimeBank" / "a.tml").write_text(TML)
    (tmp_path / "testpipeline" / "a.tml").write_text(TML)
    assert [p.parent.name for p in tml_files(tmp_path)] == ["TimeBank"]
    assert len(tml_files(tmp_path / "testpipeline")) == 1


@pytest.mark.slow
def test_score_on_tiny_file(tmp_path: Path, nlp: Language) -> None:
    (tmp_path / "doc.tml").write_text(TML)
    result = score(tmp_path, nlp)
    assert result["documents"] == 1 and result["gold"] == 4
    # "in the spring" is a gold span (with a wrong value on purpose) that the stage may find as "the spring"
    # or miss; the other three are found with the gold value
    assert result["value_matches"] == 3
    assert result["span_relaxed_r"] >= 0.75
    assert result["value_f1"] == pytest.approx(
        2 * (3 / result["predicted"]) * 0.75 / ((3 / result["predicted"]) + 0.75), abs=1e-3
    )

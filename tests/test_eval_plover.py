"""The PLOVER scorer on a small invented gold file: type mapping, top-event choice, country matching."""

from __future__ import annotations

import json
from pathlib import Path

from spacy.language import Language

from eventwire.evaluate.plover import TYPE_MAP, gold_codes, score
from eventwire.records import PLOVER_TYPES


def test_old_names_map_to_2021_types() -> None:
    assert TYPE_MAP == {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
    assert set(TYPE_MAP.values()) <= set(PLOVER_TYPES)


def test_gold_codes() -> None:
    assert gold_codes([{"code": "usa"}, {"code": "JAP"}, {"actorText": "x"}]) == {"USA", "JPN"}
    assert gold_codes("") == set() and gold_codes(None) == set()


def test_score_on_invented_records(tmp_path: Path, nlp: Language) -> None:
    rows = [
        {"text": "Rebels attacked an army convoy near the border on Monday.", "event": "FIGHT", "date": "2001-05-01",
         "source": [{"code": "REB"}], "target": ""},
        {"text": "The minister accused the opposition of fraud.", "event": "DISAPPROVE", "date": "2001-05-01"},
        {"text": "The weather was mild.", "event": "AGREE", "date": "2001-05-01"},
    ]  # fmt: skip
    path = tmp_path / "records.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    result = score(path, nlp)
    assert result["records"] == 3
    assert result["confusion"]["ASSAULT"].get("ASSAULT") == 1
    assert result["confusion"]["ACCUSE"].get("ACCUSE") == 1
    assert result["confusion"]["AGREE"] == {"(none)": 1}
    assert abs(result["type_accuracy"] - 2 / 3) < 1e-3
    assert result["with_actor_code"] == 1 and result["with_recipient_code"] == 0
    assert score(path, nlp, limit=1)["records"] == 1

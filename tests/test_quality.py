"""The quality gate: every figure pinned in quality/floors.json must still be reached on ../shared/eval."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from eventwire.evaluate import evaluate

ROOT = Path(__file__).resolve().parents[1]
FLOORS: dict[str, Any] = json.loads((ROOT / "quality" / "floors.json").read_text())["runs"]


@pytest.mark.slow
@pytest.mark.parametrize("run", sorted(FLOORS))
def test_scores_stay_above_floors(run: str, nlp: Language, shared: Path) -> None:
    spec = FLOORS[run]
    metrics = evaluate(spec["dataset"], shared / "eval" / spec["path"], nlp=nlp, limit=spec.get("limit"))
    low = {k: (metrics.get(k), floor) for k, floor in spec["floors"].items() if (metrics.get(k) or 0) < floor}
    assert not low, f"{run}: below floor (got, floor): {low}"

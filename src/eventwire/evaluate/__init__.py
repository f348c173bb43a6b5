"""Scorers against public gold sets (SPEC.md section 6), one module per dataset.

Each scorer module has ``score(path: Path, nlp: Language, limit: int | None = None) -> dict`` and returns
plain JSON-able metrics. Scorers analyse the gold text exactly as given (``keep_text``), with the gold
document's date as publication date where the set has one.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

from spacy.language import Language

from ..errors import Errors, EventwireError

DATASETS: tuple[str, ...] = ("plover", "case2021", "geo", "timeml", "polnear")


def evaluate(dataset: str, path: str | Path, nlp: Language | None = None, limit: int | None = None) -> dict[str, Any]:
    """Score the pipeline on ``dataset`` read from ``path``; returns a dict of metrics."""
    if dataset not in DATASETS:
        raise EventwireError(Errors.E004.format(name=dataset, known=", ".join(DATASETS)))
    p = Path(path)
    if not p.exists():
        raise EventwireError(Errors.E003.format(path=p))
    if nlp is None:
        from ..pipeline import shared_pipeline

        nlp = shared_pipeline()
    module = importlib.import_module(f".{dataset}", __package__)
    result: dict[str, Any] = module.score(p, nlp, limit=limit)
    return {"dataset": dataset, "path": str(p), **result}

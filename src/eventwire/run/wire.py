"""Records as they cross a process boundary: plain dicts, never spaCy objects."""

from __future__ import annotations

from typing import Any

from ..read.article import Problem
from ..records import Document


def to_wire(item: Document | Problem) -> dict[str, Any]:
    if isinstance(item, Problem):
        return {"problem": [item.path, item.line, item.message, item.code]}
    return item.to_dict()


def from_wire(rec: dict[str, Any]) -> Document | Problem:
    if "problem" in rec:
        return Problem(*rec["problem"])
    return Document.from_dict(rec)

"""The event lexicons (``lexicons/event_*.tsv``): trigger rows and context-cue rows, loaded once."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

LEXICONS = Path(__file__).resolve().parents[2] / "lexicons"


@dataclass(frozen=True)
class TriggerRow:
    """One trigger: lemmas (the first anchors), part of speech, PLOVER type/mode/context, ACLED hint, weight."""

    lemmas: tuple[str, ...]
    pos: str
    type: str
    mode: str | None
    context: str | None
    acled: str | None
    weight: float


@dataclass(frozen=True)
class CueRow:
    """One context cue: lemmas, the PLOVER types it applies to, the mode and ACLED sub-type it implies."""

    lemmas: tuple[str, ...]
    types: frozenset[str]
    mode: str | None
    acled: str | None
    priority: int


def _rows(name: str) -> list[list[str]]:
    rows: list[list[str]] = []
    lines = (LEXICONS / name).read_text(encoding="utf-8").splitlines()
    header_seen = False
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        rows.append(line.split("\t"))
    return rows


def _opt(value: str) -> str | None:
    value = value.strip()
    return None if value in ("", "-") else value


@lru_cache(maxsize=1)
def triggers() -> dict[str, list[TriggerRow]]:
    """Trigger rows by anchor lemma (lower case)."""
    out: dict[str, list[TriggerRow]] = {}
    for cols in _rows("event_triggers.tsv"):
        phrase, pos, typ, mode, context, acled, weight = cols[:7]
        row = TriggerRow(tuple(phrase.lower().split()), pos, typ, _opt(mode), _opt(context), _opt(acled), float(weight))
        out.setdefault(row.lemmas[0], []).append(row)
    for rows in out.values():  # longest phrase first: "vow revenge" before "vow"
        rows.sort(key=lambda r: -len(r.lemmas))
    return out


@lru_cache(maxsize=1)
def cues() -> dict[str, list[CueRow]]:
    """Context-cue rows by anchor lemma (lower case)."""
    out: dict[str, list[CueRow]] = {}
    for cols in _rows("event_cues.tsv"):
        phrase, types, mode, acled, priority = cols[:5]
        row = CueRow(
            tuple(phrase.lower().split()),
            frozenset(t.strip() for t in types.split(",")),
            _opt(mode),
            _opt(acled),
            int(priority),
        )
        out.setdefault(row.lemmas[0], []).append(row)
    for rows in out.values():
        rows.sort(key=lambda r: -len(r.lemmas))
    return out

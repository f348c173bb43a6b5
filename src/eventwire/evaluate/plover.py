"""Scorer for PLOVER event type and actor/recipient countries against the PLOVER gold-standard records.

Each JSON line is one sentence with a gold ``event`` type, ``source`` and ``target`` actor lists (``code``:
a country or group code). The sentence is analysed exactly as given, with the record's ``date`` as
publication date. The prediction for a sentence is its highest-confidence event (no event counts wrong).

Gold types use an older PLOVER naming; they are mapped to the 16 PLOVER 2021 types following the
CAMEO-to-PLOVER table of the 2021 manual (CAMEO 09 INVESTIGATE and 11 DISAPPROVE became ACCUSE, 10 DEMAND
became REQUEST, 19 FIGHT became ASSAULT). Gold country codes that are CAMEO legacy codes are mapped to ISO
3166 alpha-3 (JAP->JPN, ITL->ITA, VTN->VNM); group codes (IGO, NGO, IMG, ISM) are kept as they are.

Metrics: ``type_accuracy``; ``actor_country_accuracy`` and ``recipient_country_accuracy`` over the gold
records that have a source (target) code: correct when a predicted actor's (recipient's) country equals any
gold code; counts; and a per-type confusion (gold type -> predicted type -> count).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from spacy.language import Language

from ..pipeline import make_doc
from ..read.article import Article
from ..records import Event

TYPE_MAP: dict[str, str] = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
CODE_MAP: dict[str, str] = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
NO_EVENT = "(none)"


def gold_codes(value: Any) -> set[str]:
    """Codes of a gold source/target field (a list of actor dicts, an empty string, or missing)."""
    if not isinstance(value, list):
        return set()
    codes = {str(a.get("code") or "").strip().upper() for a in value if isinstance(a, dict)}
    return {CODE_MAP.get(c, c) for c in codes if c}


def top_event(events: list[Event]) -> Event | None:
    return max(events, key=lambda e: e.confidence) if events else None


def read_records(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    records = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                records.append(json.loads(line))
            if limit is not None and len(records) >= limit:
                break
    return records


def predict(records: list[dict[str, Any]], nlp: Language) -> list[Event | None]:
    articles = [
        Article(text=r["text"], origin=str(r.get("id")), id=str(r.get("id")), published=r.get("date")) for r in records
    ]
    out: list[Event | None] = []
    with nlp.memory_zone():
        for doc in nlp.pipe(make_doc(nlp, a) for a in articles):
            out.append(top_event(list(doc._.events or [])))
    return out


def score(path: Path, nlp: Language, limit: int | None = None) -> dict[str, Any]:
    records = read_records(path, limit)
    predictions = predict(records, nlp)
    confusion: dict[str, Counter[str]] = {}
    correct = 0
    actor_n = actor_ok = recip_n = recip_ok = 0
    for rec, pred in zip(records, predictions, strict=True):
        gold = TYPE_MAP.get(rec["event"], rec["event"])
        got = pred.type if pred else NO_EVENT
        confusion.setdefault(gold, Counter())[got] += 1
        correct += gold == got
        src, tgt = gold_codes(rec.get("source")), gold_codes(rec.get("target"))
        if src:
            actor_n += 1
            actor_ok += bool(pred and any(a.country in src for a in pred.actor if a.country))
        if tgt:
            recip_n += 1
            recip_ok += bool(pred and any(r.country in tgt for r in pred.recipient if r.country))
    n = len(records)
    return {
        "records": n,
        "type_accuracy": round(correct / n, 4) if n else 0.0,
        "actor_country_accuracy": round(actor_ok / actor_n, 4) if actor_n else 0.0,
        "recipient_country_accuracy": round(recip_ok / recip_n, 4) if recip_n else 0.0,
        "with_actor_code": actor_n,
        "with_recipient_code": recip_n,
        "no_event": sum(1 for p in predictions if p is None),
        "type_map": dict(TYPE_MAP),
        "code_map": dict(CODE_MAP),
        "confusion": {g: dict(c.most_common()) for g, c in sorted(confusion.items())},
    }

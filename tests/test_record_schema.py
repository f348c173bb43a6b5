"""The document record validates against its JSON Schema, and every offset points at the words it claims."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from spacy.language import Language

from eventwire.pipeline import analyze_one
from eventwire.read import read_paths
from eventwire.read.article import Article
from eventwire.records import (
    ActorRef,
    Document,
    Entity,
    Event,
    Mention,
    Place,
    Quote,
    Removed,
    Reporter,
    Role,
    Speaker,
    TextSpan,
    Time,
)  # fmt: skip

SCHEMA = json.loads((Path(__file__).resolve().parents[1] / "src/eventwire/record.schema.json").read_text())


def check_offsets(rec: dict[str, Any]) -> list[str]:
    """Every span that carries text must be exactly text[start:end]."""
    text, bad = rec["text"], []

    def span(where: str, s: dict[str, Any] | None) -> None:
        if s and "text" in s and text[s["start"] : s["end"]] != s["text"]:
            bad.append(f"{where}: {s['text']!r} != {text[s['start'] : s['end']]!r}")

    for kind in ("mentions", "places", "times", "quotes"):
        for i, item in enumerate(rec[kind]):
            span(f"{kind}[{i}]", item)
    for i, q in enumerate(rec["quotes"]):
        span(f"quotes[{i}].speaker", q.get("speaker"))
        span(f"quotes[{i}].cue", q.get("cue"))
    for i, e in enumerate(rec["events"]):
        span(f"events[{i}].trigger", e["trigger"])
        for role in ("actor", "recipient"):
            for a in e[role]:
                span(f"events[{i}].{role}", a)
        span(f"events[{i}].place", e.get("place"))
        span(f"events[{i}].date_span", e.get("date_span"))
        span(f"events[{i}].date_shift", e.get("date_shift"))
        assert 0 <= e["sentence"]["start"] <= e["trigger"]["start"] < e["trigger"]["end"] <= e["sentence"]["end"]
    return bad


def test_full_record_round_trips_and_validates() -> None:
    text = 'Rebels shelled Aleppo on Monday, killing two. "We will return," the commander said.'
    doc = Document(
        id="d1", text=text, source="x.txt", title="T", published="2024-05-08", published_from="cli",
        removed=[Removed("byline", "By A. Writer")],
        mentions=[Mention(15, 21, "Aleppo", "GPE", "aleppo")],
        entities=[Entity("rebels", "rebels", "group", "SYR", "REB", ["insurgents"], [Role("member", "x")])],
        places=[Place(15, 21, "Aleppo", "Aleppo", 170063, 36.2, 37.16, "SYR", "PPLA", 0.9)],
        times=[Time(25, 31, "Monday", "DATE", "2024-05-06")],
        quotes=[Quote(47, 61, "We will return", "direct", Speaker("the commander", 64, 77, "rebels"),
                      TextSpan("said", 78, 82))],
        events=[Event("d1:e1", "ASSAULT", TextSpan("shelled", 7, 14), TextSpan(text[:45], 0, 45),
                      mode="heavy-weapons", acled="Shelling/artillery/missile attack",
                      actor=[ActorRef("Rebels", 0, 6, "rebels", "SYR", "REB")], date="2024-05-06",
                      date_text="Monday", date_span=TextSpan("Monday", 25, 31), place=None,
                      fatalities=2, reported_by=Reporter("the commander"), confidence=0.8)],
    )  # fmt: skip
    rec = doc.to_dict()
    jsonschema.validate(rec, SCHEMA)
    assert check_offsets(rec) == []
    assert Document.from_dict(json.loads(json.dumps(rec))).to_dict() == rec


def test_schema_rejects_an_unknown_event_type() -> None:
    rec = Document(id="d", text="x").to_dict()
    rec["events"] = [{"type": "EXPLODE"}]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(rec, SCHEMA)


@pytest.mark.slow
def test_sample_records_validate_with_true_offsets(nlp: Language, samples: list[Path]) -> None:
    for item in read_paths([str(p) for p in samples]):
        assert isinstance(item, Article), item
        rec = analyze_one(item, nlp).to_dict()
        jsonschema.validate(rec, SCHEMA)
        assert check_offsets(rec) == [], item.origin
        assert rec["mentions"], "the model finds named entities in a news article"


def test_record_dicts_are_those_of_dataclasses_asdict(monkeypatch: pytest.MonkeyPatch) -> None:
    """The records' own ``_as_dict`` gives what ``dataclasses.asdict`` gives, nested records and lists included,
    and shares no list with the record."""
    import dataclasses

    from eventwire import records

    text = "Troops shelled Mosul on Friday."
    doc = Document(
        id="d2", text=text, removed=[Removed("byline", "By B. Writer")],
        mentions=[Mention(15, 20, "Mosul", "GPE", "mosul")],
        entities=[Entity("troops", "troops", "group", "IRQ", "MIL", ["soldiers"], [Role("member", None)])],
        places=[Place(15, 20, "Mosul", "Mosul", 99072, 36.3, 43.1, "IRQ", "PPLA", 0.8)],
        times=[Time(24, 30, "Friday", "DATE", None, anchor="shelled")],
        quotes=[Quote(0, 6, "Troops", "indirect", Speaker("a witness", 0, 6), TextSpan("said", 0, 4))],
        events=[Event("d2:e1", "ASSAULT", TextSpan("shelled", 7, 14), TextSpan(text, 0, 31), context=["x"],
                      actor=[ActorRef("Troops", 0, 6, "troops", "IRQ", "MIL")], place=None, confidence=0.5)],
    )  # fmt: skip
    fast = doc.to_dict()
    assert fast["entities"][0]["aliases"] is not doc.entities[0].aliases
    monkeypatch.setattr(records, "_as_dict", dataclasses.asdict)
    assert json.dumps(fast) == json.dumps(doc.to_dict())

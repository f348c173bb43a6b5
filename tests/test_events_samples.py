"""Events on the sample articles of ../shared/samples (skipped when absent): the vows of revenge, the strikes,
the rocket and drone attacks, the embassy storming, the protests and the denial each come out."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from eventwire.pipeline import analyze_one
from eventwire.read.article import Article
from eventwire.records import Document, Event

PUBLISHED = {"000": "2020-01-03", "001": "2021-07-06"}


@pytest.fixture(scope="module")
def records(nlp: Language, samples: list[Path]) -> list[Document]:
    out = []
    for path in samples:
        art = Article(text=path.read_text(encoding="utf-8"), origin=str(path), published=PUBLISHED.get(path.name[:3]))
        out.append(analyze_one(art, nlp))
    return out


def all_events(records: list[Document]) -> list[Event]:
    return [e for r in records for e in r.events]


def _countries(refs: list) -> set[str]:
    return {r.country for r in refs if r.country}


def test_vows_of_revenge(records: list[Document]) -> None:
    vows = [
        e for e in all_events(records)
        if e.type == "THREATEN" and e.status == "occurred" and "revenge" in e.trigger.text.lower()
    ]  # fmt: skip
    assert len(vows) >= 2
    assert any("USA" in _countries(e.recipient) or "America" in " ".join(r.text for r in e.recipient) for e in vows)


def test_strikes(records: list[Document]) -> None:
    strikes = [e for e in all_events(records) if e.type == "ASSAULT" and e.acled == "Air/drone strike"]
    assert strikes
    assert any(e.fatalities == 4 for e in strikes)
    assert all(e.status != "occurred" or e.mode in ("aerial", "drone") for e in strikes)


def test_rockets_and_drones(records: list[Document]) -> None:
    evs = [e for e in all_events(records) if e.type == "ASSAULT"]
    assert any(e.mode == "heavy-weapons" for e in evs)
    assert any(e.mode == "drone" for e in evs)


def test_embassy_storming_and_protests(records: list[Document]) -> None:
    evs = all_events(records)
    # the embassy stormed by protesters: violence in a demonstration, aimed at the embassy
    assert any(
        e.acled == "Violent demonstration" and any("embassy" in r.text.lower() for r in e.recipient) for e in evs
    )
    assert len([e for e in evs if e.type == "PROTEST"]) >= 2


def test_denial(records: list[Document]) -> None:
    assert any(e.type == "REJECT" and "deni" in e.trigger.text.lower() for e in all_events(records))

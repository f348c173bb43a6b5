"""Invented articles for the web tests: Document records built by hand (no model), stored in a fresh store.

Offsets are computed from the words, so the texts can be edited freely. The places are real towns with
their coordinates; the people, groups and events are invented. One article carries a script tag in its
title and text to check that pages escape article text.
"""

from __future__ import annotations

from pathlib import Path

from eventwire.records import ActorRef, Document, Entity, Event, Place, Quote, Speaker, TextSpan, Time
from eventwire.store import Store

XSS = "<script>alert(1)</script>"


def _at(text: str, words: str, after: int = 0) -> tuple[int, int]:
    start = text.index(words, after)
    return start, start + len(words)


def _span(text: str, words: str, after: int = 0) -> TextSpan:
    s, e = _at(text, words, after)
    return TextSpan(words, s, e)


def _sentence(text: str, inside: str) -> TextSpan:
    pos = text.index(inside)
    start = text.rfind(". ", 0, pos)
    start = 0 if start < 0 else start + 2
    end = text.find(". ", pos)
    end = len(text) if end < 0 else end + 1
    return TextSpan(text[start:end], start, end)


def _ref(text: str, words: str, entity: str | None, country: str | None, sector: str | None) -> ActorRef:
    s, e = _at(text, words)
    return ActorRef(words, s, e, entity=entity, country=country, sector=sector)


def _place(text: str, words: str, lat: float, lon: float, country: str) -> Place:
    s, e = _at(text, words)
    return Place(s, e, words, words, lat=lat, lon=lon, country=country, feature="PPL")


def _time(text: str, words: str, value: str) -> Time:
    s, e = _at(text, words)
    return Time(s, e, words, "DATE", value)


ENTITIES = {
    "northern-front": Entity("northern-front", "Northern Front", "group", "IRQ", "REB"),
    "iraqi-army": Entity("iraqi-army", "Iraqi Army", "organization", "IRQ", "MIL"),
    "kurdistan-government": Entity(
        "kurdistan-government", "Kurdistan Regional Government", "organization", "IRQ", "GOV"
    ),
    "teachers-union": Entity("teachers-union", "Teachers Union", "organization", "IRQ", "CVL"),
    "government-of-iraq": Entity("government-of-iraq", "Government of Iraq", "country", "IRQ", "GOV"),
    "government-of-turkey": Entity("government-of-turkey", "Government of Turkey", "country", "TUR", "GOV"),
}


def shelling_report() -> Document:
    text = (
        "Fighters of the Northern Front shelled army positions near Erbil on Monday, killing three soldiers, "
        'a spokesman said. "We will answer every attack," the Kurdistan Regional Government said in a statement. '
        "The Iraqi Army said it would send reinforcements to the area."
    )
    ev = Event(
        id="doc-a-e1",
        type="ASSAULT",
        mode="shelling",
        acled="Shelling/artillery/missile attack",
        trigger=_span(text, "shelled"),
        sentence=_sentence(text, "shelled"),
        actor=[_ref(text, "Northern Front", "northern-front", "IRQ", "REB")],
        recipient=[_ref(text, "army positions", "iraqi-army", "IRQ", "MIL")],
        date="2024-03-04",
        date_text="Monday",
        place=_place(text, "Erbil", 36.19, 44.01, "IRQ"),
        fatalities=3,
        confidence=0.9,
    )
    threat = Event(
        id="doc-a-e2",
        type="THREATEN",
        trigger=_span(text, "answer"),
        sentence=_sentence(text, "answer"),
        actor=[_ref(text, "Kurdistan Regional Government", "kurdistan-government", "IRQ", "GOV")],
        recipient=[_ref(text, "Northern Front", "northern-front", "IRQ", "REB")],
        date="2024-03-04",
        status="occurred",
        quote=0,
        confidence=0.6,
    )
    q0, q1 = _at(text, "We will answer every attack,")
    quote = Quote(q0, q1, text[q0:q1], "direct",
                  speaker=Speaker("the Kurdistan Regional Government", *_at(text, "the Kurdistan Regional Government")),
                  cue=_span(text, "said in a statement"))  # fmt: skip
    mob = Event(
        id="doc-a-e3",
        type="MOBILIZE",
        trigger=_span(text, "send reinforcements"),
        sentence=_sentence(text, "reinforcements"),
        actor=[_ref(text, "The Iraqi Army", "iraqi-army", "IRQ", "MIL")],
        status="future",
        confidence=0.5,
    )
    return Document(
        id="doc-a",
        text=text,
        source="Invented Wire",
        title="Militants shell army posts near Erbil",
        published="2024-03-05",
        published_from="metadata",
        entities=[ENTITIES[k] for k in ("northern-front", "iraqi-army", "kurdistan-government")],
        places=[ev.place] if ev.place else [],
        times=[_time(text, "Monday", "2024-03-04")],
        quotes=[quote],
        events=[ev, threat, mob],
    )


def retold_report() -> Document:
    text = (
        "Three soldiers died when Northern Front militants shelled positions outside Erbil on March 4, "
        "according to local officials. The group did not comment."
    )
    ev = Event(
        id="doc-b-e1",
        type="ASSAULT",
        mode="shelling",
        acled="Shelling/artillery/missile attack",
        trigger=_span(text, "shelled"),
        sentence=_sentence(text, "shelled"),
        actor=[_ref(text, "Northern Front", "northern-front", "IRQ", "REB")],
        recipient=[_ref(text, "Three soldiers", "iraqi-army", "IRQ", "MIL")],
        date="2024-03-04",
        date_text="March 4",
        place=_place(text, "Erbil", 36.19, 44.01, "IRQ"),
        fatalities=3,
        confidence=0.8,
    )
    return Document(
        id="doc-b",
        text=text,
        source="Other Invented Daily",
        title="Three soldiers killed in shelling",
        published="2024-03-06",
        published_from="metadata",
        entities=[ENTITIES["northern-front"], ENTITIES["iraqi-army"]],
        places=[ev.place] if ev.place else [],
        times=[_time(text, "March 4", "2024-03-04")],
        events=[ev],
    )


def protest_report() -> Document:
    text = (
        "Hundreds of members of the Teachers Union protested outside the ministry in Baghdad on Sunday, "
        "demanding higher pay from the Government of Iraq. Police arrested five organisers."
    )
    protest = Event(
        id="doc-c-e1",
        type="PROTEST",
        acled="Peaceful protest",
        trigger=_span(text, "protested"),
        sentence=_sentence(text, "protested"),
        actor=[_ref(text, "Teachers Union", "teachers-union", "IRQ", "CVL")],
        recipient=[_ref(text, "Government of Iraq", "government-of-iraq", "IRQ", "GOV")],
        date="2024-03-10",
        date_text="Sunday",
        place=_place(text, "Baghdad", 33.34, 44.40, "IRQ"),
        confidence=0.85,
    )
    arrest = Event(
        id="doc-c-e2",
        type="COERCE",
        acled="Arrests",
        trigger=_span(text, "arrested"),
        sentence=_sentence(text, "arrested"),
        actor=[_ref(text, "Police", "government-of-iraq", "IRQ", "GOV")],
        recipient=[_ref(text, "five organisers", "teachers-union", "IRQ", "CVL")],
        date="2024-03-10",
        place=_place(text, "Baghdad", 33.34, 44.40, "IRQ"),
        confidence=0.7,
    )
    return Document(
        id="doc-c",
        text=text,
        source="Invented Wire",
        title="Teachers protest in Baghdad",
        published="2024-03-11",
        published_from="metadata",
        entities=[ENTITIES["teachers-union"], ENTITIES["government-of-iraq"]],
        places=[p for p in (protest.place,) if p],
        times=[_time(text, "Sunday", "2024-03-10")],
        events=[protest, arrest],
    )


def agreement_report() -> Document:
    text = (
        f"The Government of Iraq and the Government of Turkey signed a water-sharing accord in Ankara on May 2. "
        f"A reader comment pasted into the page read {XSS} and nothing else."
    )
    ev = Event(
        id="doc-d-e1",
        type="AGREE",
        acled="Agreement",
        trigger=_span(text, "signed"),
        sentence=_sentence(text, "signed"),
        actor=[_ref(text, "Government of Iraq", "government-of-iraq", "IRQ", "GOV")],
        recipient=[_ref(text, "Government of Turkey", "government-of-turkey", "TUR", "GOV")],
        date="2024-05-02",
        date_text="May 2",
        place=_place(text, "Ankara", 39.92, 32.85, "TUR"),
        confidence=0.75,
    )
    return Document(
        id="doc-d",
        text=text,
        source="Invented Wire",
        title=f"Water accord {XSS}",
        published="2024-05-03",
        published_from="metadata",
        entities=[ENTITIES["government-of-iraq"], ENTITIES["government-of-turkey"]],
        places=[ev.place] if ev.place else [],
        times=[_time(text, "May 2", "2024-05-02")],
        events=[ev],
    )


def documents() -> list[Document]:
    return [shelling_report(), retold_report(), protest_report(), agreement_report()]


def fill_store(path: Path) -> Path:
    """A store at ``path`` holding the invented articles; returns the path."""
    with Store(path) as store:
        store.add(documents())
    return path

"""Typed records: the plain data that leaves the pipeline (SPEC.md section 3).

Every record is a dataclass with ``to_dict`` and ``from_dict``; ``Document.to_dict`` gives exactly the JSON
document record of the specification. Offsets (``start``/``end``) are character offsets into
``Document.text``. Stages build these records from a spaCy ``Doc``; everything after the pipeline (linking,
the store, exports, the web interface) works on records only, so it runs the same after a Dask job.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any, TypeVar

T = TypeVar("T")

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)  # fmt: skip

ACLED_SUBTYPES: tuple[str, ...] = (
    "Armed clash", "Government regains territory", "Non-state actor overtakes territory",
    "Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED", "Grenade", "Sexual violence", "Attack",
    "Abduction/forced disappearance", "Peaceful protest", "Protest with intervention",
    "Excessive force against protesters", "Violent demonstration", "Mob violence", "Agreement",
    "Arrests", "Change to group/activity", "Disrupted weapons use", "Headquarters or base established",
    "Looting/property destruction", "Non-violent transfer of territory", "Other",
)  # fmt: skip

STATUSES: tuple[str, ...] = ("occurred", "future", "hypothetical", "negated", "denied")
MENTION_LABELS: tuple[str, ...] = ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP")
ENTITY_KINDS: tuple[str, ...] = ("person", "organization", "country", "place", "group")
REMOVED_KINDS: tuple[str, ...] = ("byline", "caption", "related", "boilerplate", "comments", "dateline")
TIME_TYPES: tuple[str, ...] = ("DATE", "TIME", "DURATION", "SET")
QUOTE_KINDS: tuple[str, ...] = ("direct", "indirect", "partial")
PUBLISHED_FROM: tuple[str, ...] = ("metadata", "html", "cli", "text", "unknown")


_LEAVES = (str, int, float, bool, type(None))
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _as_dict(record: Any) -> dict[str, Any]:
    """``dataclasses.asdict`` of a record, the same dict made with less generic work: the field names are read
    once per class and plain values (strings, numbers, None) are taken as they are instead of deep-copied
    one by one. Writing the records was a visible part of a run's time."""
    names = _FIELD_NAMES.get(type(record))
    if names is None:
        names = _FIELD_NAMES[type(record)] = tuple(f.name for f in fields(record))
    return {name: _plain(getattr(record, name)) for name in names}


def _plain(value: Any) -> Any:
    """One value of a record as ``asdict`` converts it (records, lists, tuples and dicts inside are copied)."""
    if type(value) in _LEAVES:
        return value
    if is_dataclass(value) and not isinstance(value, type):
        return _as_dict(value)
    if isinstance(value, tuple) and hasattr(value, "_fields"):
        return type(value)(*[_plain(v) for v in value])
    if isinstance(value, list | tuple):
        return type(value)(_plain(v) for v in value)
    if isinstance(value, dict):
        return type(value)((_plain(k), _plain(v)) for k, v in value.items())
    return copy.deepcopy(value)


def _build(cls: type[T], data: dict[str, Any]) -> T:
    """Build a flat dataclass from a dict, ignoring unknown keys (records may gain fields)."""
    names = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    return cls(**{k: v for k, v in data.items() if k in names})


@dataclass
class TextSpan:
    """Words of the article: a trigger, a cue, a sentence."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return _as_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TextSpan:
        return _build(cls, data)


@dataclass
class Removed:
    """A piece of junk taken out of the analysed text, and what kind of junk it was."""

    kind: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        return _as_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Removed:
        return _build(cls, data)


@dataclass
class Mention:
    """A named-entity mention in the text, linked to an entity id where one was resolved."""

    start: int
    end: int
    text: str
    label: str
    entity: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return _as_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mention:
        return _build(cls, data)


@dataclass
class Role:
    role: str
    of: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return _as_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Role:
        return _build(cls, data)


@dataclass
class Entity:
    """A canonical actor or place: one per real-world referent in a document, with a stable id."""

    id: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        d = _as_dict(self)
        d["roles"] = [r.to_dict() for r in self.roles]
        return d

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Entity:
        e = _build(cls, data)
        e.roles = [Role.from_dict(r) for r in data.get("roles") or []]
        e.aliases = list(data.get("aliases") or [])
        return e


@dataclass
class Place:
    """A toponym in the text resolved to a gazetteer entry."""

    start: int
    end: int
    text: str
    name: str
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    feature: str | None = None
    score: float | None = None
    # How the words use the place: "name" (they name it: "in Mosul"), "modifier" (inside an organisation's
    # name: "Kenya Airways"), "adjective" (a nationality word: "Russian diplomats"). Only names place events.
    kind: str = "name"

    def to_dict(self) -> dict[str, Any]:
        return _as_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Place:
        return _build(cls, data)


@dataclass
class Time:
    """A temporal expression with its TIMEX3 type and value resolved against the publication date."""

    start: int
    end: int
    text: str
    type: str
    value: str | None = None
    anchor: str | None = None  # the words of the event an unresolved expression hangs on ("the day after the vote")

    def to_dict(self) -> dict[str, Any]:
        return _as_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Time:
        return _build(cls, data)


@dataclass
class Speaker:
    text: str
    start: int
    end: int
    entity: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return _as_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Speaker:
        return _build(cls, data)


@dataclass
class Quote:
    """Who said what: the content span, its kind, the speaker and the cue."""

    start: int
    end: int
    text: str
    kind: str
    speaker: Speaker | None = None
    cue: TextSpan | None = None
    medium: str | None = None  # who relayed it ("according to The New York Times"), if anyone

    def to_dict(self) -> dict[str, Any]:
        d = _as_dict(self)
        d["speaker"] = self.speaker.to_dict() if self.speaker else None
        d["cue"] = self.cue.to_dict() if self.cue else None
        return d

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        q = _build(cls, data)
        q.speaker = Speaker.from_dict(data["speaker"]) if data.get("speaker") else None
        q.cue = TextSpan.from_dict(data["cue"]) if data.get("cue") else None
        return q


@dataclass
class ActorRef:
    """An actor or recipient of an event: the words, the entity, and its PLOVER country and sector."""

    text: str
    start: int
    end: int
    entity: str | None = None
    country: str | None = None
    sector: str | None = None
    kind: str | None = None  # the entity's kind (person, organization, country, ...), when it has one
    # None: the country comes from the actor's own words or entity. "place": the actor's words name no
    # country and it was taken from where the event happened, as ACLED names local actors ("Protesters (Iraq)").
    country_from: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return _as_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ActorRef:
        return _build(cls, data)


@dataclass
class Reporter:
    text: str
    entity: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return _as_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Reporter:
        return _build(cls, data)


@dataclass
class Event:
    """Who did what to whom, when, where and how (PLOVER), tied to its words in the text."""

    id: str
    type: str
    trigger: TextSpan
    sentence: TextSpan
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    acled: str | None = None
    status: str = "occurred"
    actor: list[ActorRef] = field(default_factory=list)
    recipient: list[ActorRef] = field(default_factory=list)
    date: str | None = None
    date_text: str | None = None  # the words of the time expression the date was read from ("Tuesday")
    # where those words are; and, when the date was counted from them ("a day after ... Tuesday"), the
    # words that counted it ("a day after"): the event was a day before the time named
    date_span: TextSpan | None = None
    date_shift: TextSpan | None = None
    place: Place | None = None
    fatalities: int | None = None
    injured: int | None = None
    reported_by: Reporter | None = None
    quote: int | None = None
    incident: str | None = None
    confidence: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "context": list(self.context),
            "acled": self.acled,
            "status": self.status,
            "actor": [a.to_dict() for a in self.actor],
            "recipient": [r.to_dict() for r in self.recipient],
            "date": self.date,
            "date_text": self.date_text,
            "date_span": self.date_span.to_dict() if self.date_span else None,
            "date_shift": self.date_shift.to_dict() if self.date_shift else None,
            "place": self.place.to_dict() if self.place else None,
            "fatalities": self.fatalities,
            "injured": self.injured,
            "trigger": self.trigger.to_dict(),
            "sentence": self.sentence.to_dict(),
            "reported_by": self.reported_by.to_dict() if self.reported_by else None,
            "quote": self.quote,
            "incident": self.incident,
            "confidence": self.confidence,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        e = _build(cls, data)
        e.trigger = TextSpan.from_dict(data["trigger"])
        e.sentence = TextSpan.from_dict(data["sentence"])
        e.date_span = TextSpan.from_dict(data["date_span"]) if data.get("date_span") else None
        e.date_shift = TextSpan.from_dict(data["date_shift"]) if data.get("date_shift") else None
        e.context = list(data.get("context") or [])
        e.actor = [ActorRef.from_dict(a) for a in data.get("actor") or []]
        e.recipient = [ActorRef.from_dict(a) for a in data.get("recipient") or []]
        e.place = Place.from_dict(data["place"]) if data.get("place") else None
        e.reported_by = Reporter.from_dict(data["reported_by"]) if data.get("reported_by") else None
        return e


@dataclass
class Document:
    """The document record of SPEC.md section 3: one analysed article."""

    id: str
    text: str
    source: str | None = None
    url: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None
    published_from: str = "unknown"
    language: str = "en"
    removed: list[Removed] = field(default_factory=list)
    duplicate_of: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    times: list[Time] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "url": self.url,
            "title": self.title,
            "author": self.author,
            "published": self.published,
            "published_from": self.published_from,
            "language": self.language,
            "text": self.text,
            "removed": [r.to_dict() for r in self.removed],
            "duplicate_of": self.duplicate_of,
            "mentions": [m.to_dict() for m in self.mentions],
            "entities": [e.to_dict() for e in self.entities],
            "places": [p.to_dict() for p in self.places],
            "times": [t.to_dict() for t in self.times],
            "quotes": [q.to_dict() for q in self.quotes],
            "events": [e.to_dict() for e in self.events],
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        d = _build(cls, data)
        d.removed = [Removed.from_dict(x) for x in data.get("removed") or []]
        d.mentions = [Mention.from_dict(x) for x in data.get("mentions") or []]
        d.entities = [Entity.from_dict(x) for x in data.get("entities") or []]
        d.places = [Place.from_dict(x) for x in data.get("places") or []]
        d.times = [Time.from_dict(x) for x in data.get("times") or []]
        d.quotes = [Quote.from_dict(x) for x in data.get("quotes") or []]
        d.events = [Event.from_dict(x) for x in data.get("events") or []]
        d.warnings = list(data.get("warnings") or [])
        return d

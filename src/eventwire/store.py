"""The event store: one SQLite file (WAL, one writer), full-text search on articles, R*Tree on event points.

``Store.add`` takes document records (from any runner), skips articles it already holds (by content hash),
updates articles whose analysis changed, marks near-duplicate copies and links new events to the incidents
already stored. The read methods return plain dicts, ready for JSON. The schema is documented in
``docs/schema.md``; ``datasette eventwire.db`` browses it (foreign keys, full-text search on documents).
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import quote

from .errors import Errors, EventwireError
from .link import (
    DuplicateIndex,
    Fingerprint,
    Report,
    find_duplicates,
    fingerprint,
    haversine_km,
    link_incidents,
    period,
)
from .records import ACLED_SUBTYPES, PLOVER_TYPES, STATUSES, Document, Event

SCHEMA_VERSION = 2

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT
);
CREATE TABLE IF NOT EXISTS documents (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    content_hash TEXT NOT NULL,
    analysis_hash TEXT NOT NULL,
    source TEXT,
    url TEXT,
    title TEXT,
    author TEXT,
    published TEXT,
    published_from TEXT,
    language TEXT,
    text TEXT NOT NULL,
    duplicate_of TEXT REFERENCES documents(id) ON DELETE SET NULL,
    events INTEGER NOT NULL DEFAULT 0,
    removed TEXT,
    warnings TEXT,
    record TEXT NOT NULL,
    minhash BLOB,
    lead TEXT,
    ingested TEXT NOT NULL,
    updated TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS documents_content_hash ON documents(content_hash);
CREATE INDEX IF NOT EXISTS documents_published ON documents(published);
CREATE INDEX IF NOT EXISTS documents_duplicate_of ON documents(duplicate_of);
CREATE INDEX IF NOT EXISTS documents_lead ON documents(lead);

CREATE TABLE IF NOT EXISTS entities (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT,
    country TEXT,
    sector TEXT,
    aliases TEXT,
    roles TEXT,
    events INTEGER NOT NULL DEFAULT 0,
    documents INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS entities_name ON entities(name COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS entities_events ON entities(events DESC, documents DESC);

CREATE TABLE IF NOT EXISTS mentions (
    id INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    label TEXT,
    entity TEXT REFERENCES entities(id)
);
CREATE INDEX IF NOT EXISTS mentions_document ON mentions(document_id);
CREATE INDEX IF NOT EXISTS mentions_entity ON mentions(entity);

CREATE TABLE IF NOT EXISTS places (
    id INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    name TEXT,
    geonameid INTEGER,
    lat REAL,
    lon REAL,
    country TEXT,
    feature TEXT,
    score REAL,
    kind TEXT NOT NULL DEFAULT 'name'
);
CREATE INDEX IF NOT EXISTS places_document ON places(document_id);

CREATE TABLE IF NOT EXISTS times (
    id INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    type TEXT,
    value TEXT
);
CREATE INDEX IF NOT EXISTS times_document ON times(document_id);

CREATE TABLE IF NOT EXISTS quotes (
    id INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT,
    speaker_text TEXT,
    speaker_start INTEGER,
    speaker_end INTEGER,
    speaker_entity TEXT REFERENCES entities(id),
    cue_text TEXT,
    cue_start INTEGER,
    cue_end INTEGER,
    medium TEXT
);
CREATE INDEX IF NOT EXISTS quotes_document ON quotes(document_id);
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_entity);

CREATE TABLE IF NOT EXISTS incidents (
    id TEXT PRIMARY KEY,
    type TEXT,
    mode TEXT,
    acled TEXT,
    first_event TEXT,
    date TEXT,
    period_start TEXT,
    period_end TEXT,
    place_name TEXT,
    place_country TEXT,
    lat REAL,
    lon REAL,
    fatalities INTEGER,
    injured INTEGER,
    reports INTEGER NOT NULL DEFAULT 0,
    documents INTEGER NOT NULL DEFAULT 0,
    sources INTEGER NOT NULL DEFAULT 0,
    first_reported TEXT,
    last_reported TEXT
);
CREATE INDEX IF NOT EXISTS incidents_period ON incidents(period_start);
CREATE INDEX IF NOT EXISTS incidents_type ON incidents(type);

CREATE TABLE IF NOT EXISTS events (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    type TEXT NOT NULL,
    mode TEXT,
    context TEXT,
    acled TEXT,
    status TEXT,
    date TEXT,
    date_text TEXT,
    period_start TEXT,
    period_end TEXT,
    lat REAL,
    lon REAL,
    place_name TEXT,
    place_country TEXT,
    place_geonameid INTEGER,
    fatalities INTEGER,
    injured INTEGER,
    trigger_text TEXT,
    trigger_start INTEGER,
    trigger_end INTEGER,
    sentence_start INTEGER,
    sentence_end INTEGER,
    sentence_text TEXT,
    confidence REAL,
    incident_id TEXT REFERENCES incidents(id) ON DELETE SET NULL,
    actor_text TEXT,
    actor_entity TEXT REFERENCES entities(id),
    actor_country TEXT,
    actor_sector TEXT,
    recipient_text TEXT,
    recipient_entity TEXT REFERENCES entities(id),
    recipient_country TEXT,
    recipient_sector TEXT,
    reported_by_text TEXT,
    reported_by_entity TEXT,
    quote INTEGER,
    duplicate INTEGER NOT NULL DEFAULT 0,
    json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_document ON events(document_id);
CREATE INDEX IF NOT EXISTS events_period ON events(period_start, period_end);
CREATE INDEX IF NOT EXISTS events_type ON events(type, period_start);
CREATE INDEX IF NOT EXISTS events_actor ON events(actor_entity);
CREATE INDEX IF NOT EXISTS events_recipient ON events(recipient_entity);
CREATE INDEX IF NOT EXISTS events_incident ON events(incident_id);
CREATE INDEX IF NOT EXISTS events_confidence ON events(confidence);

CREATE TABLE IF NOT EXISTS event_actors (
    id INTEGER PRIMARY KEY,
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('actor', 'recipient')),
    position INTEGER NOT NULL,
    entity TEXT REFERENCES entities(id),
    country TEXT,
    sector TEXT,
    text TEXT,
    start INTEGER,
    "end" INTEGER,
    type TEXT,
    period_start TEXT
);
CREATE INDEX IF NOT EXISTS event_actors_event ON event_actors(event_id);
CREATE INDEX IF NOT EXISTS event_actors_entity ON event_actors(entity, type, period_start);
CREATE INDEX IF NOT EXISTS event_actors_code ON event_actors(country, sector, type, period_start);

CREATE VIRTUAL TABLE IF NOT EXISTS events_rtree USING rtree(id, min_lat, max_lat, min_lon, max_lon);
CREATE TRIGGER IF NOT EXISTS events_rtree_ai AFTER INSERT ON events WHEN new.lat IS NOT NULL
    AND new.lon IS NOT NULL BEGIN
    INSERT INTO events_rtree(id, min_lat, max_lat, min_lon, max_lon)
    VALUES (new.seq, new.lat, new.lat, new.lon, new.lon);
END;
CREATE TRIGGER IF NOT EXISTS events_rtree_ad AFTER DELETE ON events BEGIN
    DELETE FROM events_rtree WHERE id = old.seq;
END;
CREATE TRIGGER IF NOT EXISTS events_rtree_au AFTER UPDATE OF lat, lon ON events BEGIN
    DELETE FROM events_rtree WHERE id = old.seq;
    INSERT INTO events_rtree(id, min_lat, max_lat, min_lon, max_lon)
    SELECT new.seq, new.lat, new.lat, new.lon, new.lon WHERE new.lat IS NOT NULL AND new.lon IS NOT NULL;
END;

CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5(title, text, content="documents", content_rowid="seq");
CREATE TRIGGER IF NOT EXISTS documents_ai AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS documents_ad AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;
CREATE TRIGGER IF NOT EXISTS documents_au AFTER UPDATE OF title, text ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
"""

FILTERS = (
    "actor", "type", "since", "until", "near", "text", "status", "acled", "country", "incident", "entity",
    "document", "include_duplicates",
)  # fmt: skip
SORTS = {
    "date": "e.period_start IS NULL, e.period_start, e.seq",
    "-date": "e.period_start IS NULL, e.period_start DESC, e.seq DESC",
    "confidence": "e.confidence IS NULL, e.confidence DESC, e.seq",
    "-confidence": "e.confidence IS NULL, e.confidence, e.seq",
}
MAX_LIMIT = 10_000
_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$")
_COUNTRY = re.compile(r"^[A-Za-z]{3}$")


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def content_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def analysis_hash(doc: Document) -> str:
    """A hash of what the pipeline said about the article, leaving out what linking sets."""
    data = doc.to_dict()
    data["duplicate_of"] = None
    for ev in data["events"]:
        ev["incident"] = None
    return hashlib.sha1(json.dumps(data, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


def _bad(option: str, value: Any, why: str) -> ValueError:
    return ValueError(Errors.E005.format(option=option, value=value, why=why))


def _period_days(value: str | None) -> tuple[str | None, str | None]:
    p = period(value)
    return (p[0].isoformat(), p[1].isoformat()) if p else (None, None)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def parse_near(near: Any) -> tuple[float, float, float]:
    """``(lat, lon, km)`` from a tuple or a ``"LAT,LON,KM"`` string; ValueError when out of range."""
    parts: list[Any]
    if isinstance(near, str):
        parts = [p.strip() for p in near.split(",")]
    elif isinstance(near, list | tuple):
        parts = list(near)
    else:
        raise _bad("near", near, "expected LAT,LON,KM")
    if len(parts) != 3:
        raise _bad("near", near, "expected LAT,LON,KM")
    try:
        lat, lon, km = (float(p) for p in parts)
    except (TypeError, ValueError):
        raise _bad("near", near, "LAT, LON and KM must be numbers") from None
    if not all(math.isfinite(x) for x in (lat, lon, km)):
        raise _bad("near", near, "LAT, LON and KM must be finite numbers")
    if not -90 <= lat <= 90 or not -180 <= lon <= 180:
        raise _bad("near", near, "latitude must be within -90..90 and longitude within -180..180")
    if not 0 < km <= 20_000:
        raise _bad("near", near, "KM must be more than 0 and at most 20000")
    return lat, lon, km


def _check_date(option: str, value: Any) -> tuple[str, str]:
    if not isinstance(value, str) or not _ISO.match(value.strip()):
        raise _bad(option, value, "expected an ISO date: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www")
    p = period(value.strip())
    if p is None:
        raise _bad(option, value, "not a calendar date")
    return p[0].isoformat(), p[1].isoformat()


def _as_list(option: str, value: Any) -> list[str]:
    if isinstance(value, str):
        items = [v.strip() for v in value.split(",") if v.strip()]
    elif isinstance(value, list | tuple | set):
        items = [str(v).strip() for v in value if str(v).strip()]
    else:
        raise _bad(option, value, "expected text")
    if not items:
        raise _bad(option, value, "empty")
    return items


def _fts_query(text: str) -> str:
    """User words as an FTS5 query: each word quoted (so punctuation never breaks the syntax), all required."""
    terms = re.findall(r"\w[\w'-]*", text)
    if not terms:
        raise _bad("text", text, "no words to search for")
    return " ".join('"' + t.replace('"', '""') + '"' for t in terms)


def _page(limit: Any, offset: Any) -> tuple[int, int]:
    try:
        lim, off = int(limit), int(offset)
    except (TypeError, ValueError):
        raise _bad("limit/offset", (limit, offset), "must be whole numbers") from None
    if not 0 <= lim <= MAX_LIMIT:
        raise _bad("limit", limit, f"must be within 0..{MAX_LIMIT}")
    if off < 0:
        raise _bad("offset", offset, "must not be negative")
    return lim, off


class Store:
    """The SQLite event store. Use as a context manager, or call :meth:`close`."""

    _dup_index: DuplicateIndex | None = None
    read_only: bool = False

    def __init__(self, path: str | Path = "eventwire.db", *, max_km: float = 50.0, read_only: bool = False) -> None:
        """Open (or create) the store at ``path``. ``read_only=True`` opens an existing file with SQLite's
        ``mode=ro`` and never writes (for the web interface); ``max_km`` is the linking distance."""
        self.path = str(path)
        self.max_km = max_km
        self.read_only = read_only
        self._lock = threading.RLock()
        try:
            if read_only:
                if not Path(self.path).is_file():
                    raise sqlite3.DatabaseError("no such file")
                uri = f"file:{quote(str(Path(self.path).resolve()))}?mode=ro"
                self.db = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=30)
                self.db.execute("PRAGMA query_only = ON")
            else:
                self.db = sqlite3.connect(self.path, check_same_thread=False, timeout=30)
            self.db.row_factory = sqlite3.Row
            self.db.create_function("haversine_km", 4, _sql_haversine, deterministic=True)
            if read_only:
                self.db.execute("SELECT count(*) FROM events").fetchone()  # an eventwire store?
            else:
                self.db.execute("PRAGMA foreign_keys = ON")
                if self.path != ":memory:":
                    self.db.execute("PRAGMA journal_mode = WAL")
                self.db.execute("PRAGMA synchronous = NORMAL")
                for table, column in (("event_actors", "period_start"), ("entities", "events"), ("places", "kind")):
                    columns = {r[1] for r in self.db.execute(f"PRAGMA table_info({table})")}
                    if columns and column not in columns:
                        raise sqlite3.DatabaseError("made by an earlier eventwire schema; ingest into a new file")
                with self.db:
                    self.db.executescript(SCHEMA)
                    self.db.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?)",
                                    (str(SCHEMA_VERSION),))  # fmt: skip
        except sqlite3.DatabaseError as exc:
            raise EventwireError(Errors.E006.format(path=self.path, why=exc)) from exc
        self._dup_index = None

    # -- lifecycle -------------------------------------------------------------------------------------
    def close(self) -> None:
        with self._lock:
            self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:  # fmt: skip
        self.close()

    # -- writing ---------------------------------------------------------------------------------------
    def _text_of(self, doc_id: str) -> str | None:
        row = self.db.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row[0] if row else None

    def _duplicates(self) -> DuplicateIndex:
        if self._dup_index is None:
            index = DuplicateIndex(text_of=self._text_of)
            for row in self.db.execute("SELECT id, minhash, lead, duplicate_of FROM documents "
                                       "WHERE minhash IS NOT NULL"):  # fmt: skip
                index.add(Fingerprint.from_bytes(row[0], row[1], row[2]), None, row[3])
            self._dup_index = index
        return self._dup_index

    def add(self, docs: Iterable[Document]) -> dict[str, int]:
        """Store document records: skip the ones held already, update changed analyses, link the rest.

        Returns counts: ``added``, ``updated``, ``unchanged``, ``duplicates`` (near-duplicate copies and exact
        copies under another id), ``events`` (events stored that count: not from copies), ``incidents``
        (incidents touched).
        """
        if self.read_only:
            raise EventwireError(Errors.E006.format(path=self.path, why="opened read-only"))
        counts = {"added": 0, "updated": 0, "unchanged": 0, "duplicates": 0, "events": 0, "incidents": 0}
        with self._lock:
            fresh: list[tuple[Document, str, str, bool]] = []  # doc, content hash, analysis hash, is_update
            seen: set[str] = set()
            for doc in docs:
                chash, ahash = content_hash(doc.text), analysis_hash(doc)
                if doc.id in seen:
                    counts["unchanged"] += 1
                    continue
                seen.add(doc.id)
                row = self.db.execute("SELECT analysis_hash, content_hash FROM documents WHERE id = ?",
                                      (doc.id,)).fetchone()  # fmt: skip
                if row is not None:
                    if row[0] == ahash and row[1] == chash:
                        counts["unchanged"] += 1
                    else:
                        fresh.append((doc, chash, ahash, True))
                    continue
                same = self.db.execute("SELECT id FROM documents WHERE content_hash = ? LIMIT 1",
                                       (chash,)).fetchone()  # fmt: skip
                if same is not None or any(f[1] == chash for f in fresh):
                    counts["duplicates"] += 1  # the same text under another id: stored once
                    continue
                fresh.append((doc, chash, ahash, False))
            if not fresh:
                return counts
            try:
                with self.db:
                    counts.update(self._write(fresh, counts))
            except BaseException:
                self._dup_index = None  # the index may hold what the rollback undid
                raise
        return counts

    def _write(self, fresh: list[tuple[Document, str, str, bool]], counts: dict[str, int]) -> dict[str, int]:
        db = self.db
        docs = [f[0] for f in fresh]
        touched: set[str] = set()
        people: set[str] = set()  # entities whose counts change
        for doc, _, _, is_update in fresh:
            people |= _entity_refs(doc)
            if is_update:
                people |= {r[0] for r in db.execute(
                    "SELECT entity FROM mentions WHERE document_id = ? AND entity IS NOT NULL UNION "
                    "SELECT a.entity FROM event_actors a JOIN events e ON e.id = a.event_id "
                    "WHERE e.document_id = ? AND a.entity IS NOT NULL", (doc.id, doc.id))}  # fmt: skip
                touched |= {r[0] for r in db.execute(
                    "SELECT DISTINCT incident_id FROM events WHERE document_id = ? AND incident_id IS NOT NULL",
                    (doc.id,))}  # fmt: skip
                for table in ("events", "mentions", "places", "times", "quotes"):
                    db.execute(f"DELETE FROM {table} WHERE document_id = ?", (doc.id,))
        find_duplicates(docs, self._duplicates())
        link_incidents(docs, self._candidates, max_km=self.max_km)
        db.execute("PRAGMA defer_foreign_keys = ON")  # a copy may come before its original in the batch
        now = _now()
        for doc, chash, ahash, is_update in sorted(fresh, key=lambda f: f[0].duplicate_of is not None):
            fp = fingerprint(doc.id, doc.text)
            self._write_entities(doc)
            values = {
                "id": doc.id, "content_hash": chash, "analysis_hash": ahash, "source": doc.source,
                "url": doc.url, "title": doc.title, "author": doc.author, "published": doc.published,
                "published_from": doc.published_from, "language": doc.language, "text": doc.text,
                "duplicate_of": doc.duplicate_of, "events": 0 if doc.duplicate_of else len(doc.events),
                "removed": _json([r.to_dict() for r in doc.removed]), "warnings": _json(doc.warnings),
                "record": _json(doc.to_dict()), "minhash": fp.to_bytes(), "lead": fp.lead, "updated": now,
            }  # fmt: skip
            if is_update:
                sets = ", ".join(f"{k} = :{k}" for k in values if k != "id")
                db.execute(f"UPDATE documents SET {sets} WHERE id = :id", values)
                counts["updated"] += 1
            else:
                values["ingested"] = now
                cols = ", ".join(values)
                db.execute(f"INSERT INTO documents ({cols}) VALUES ({', '.join(':' + k for k in values)})", values)
                counts["added"] += 1
            if doc.duplicate_of:
                counts["duplicates"] += 1
            self._write_spans(doc)
            for i, ev in enumerate(doc.events):
                if ev.incident:
                    db.execute("INSERT OR IGNORE INTO incidents(id, first_event) VALUES (?, ?)",
                               (ev.incident, ev.id))  # fmt: skip
                    touched.add(ev.incident)
                self._write_event(doc, i, ev)
            if not doc.duplicate_of:
                counts["events"] += len(doc.events)
        self._refresh_incidents(touched)
        self._refresh_entities(people)
        return {"incidents": len(touched)}

    def _write_entities(self, doc: Document) -> None:
        db = self.db
        for e in doc.entities:
            row = db.execute("SELECT aliases, country, sector FROM entities WHERE id = ?", (e.id,)).fetchone()
            if row is None:
                db.execute("INSERT INTO entities(id, name, kind, country, sector, aliases, roles) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)",
                           (e.id, e.name, e.kind, e.country, e.sector, _json(sorted(set(e.aliases))),
                            _json([r.to_dict() for r in e.roles])))  # fmt: skip
            else:
                aliases = sorted(set(json.loads(row[0] or "[]")) | set(e.aliases))
                db.execute("UPDATE entities SET aliases = ?, country = COALESCE(country, ?), "
                           "sector = COALESCE(sector, ?) WHERE id = ?",
                           (_json(aliases), e.country, e.sector, e.id))  # fmt: skip
        # ids that spans refer to without an entity record still get a row, so foreign keys hold
        refs: dict[str, str] = {}
        for m in doc.mentions:
            if m.entity:
                refs.setdefault(m.entity, m.text)
        for q in doc.quotes:
            if q.speaker and q.speaker.entity:
                refs.setdefault(q.speaker.entity, q.speaker.text)
        for ev in doc.events:
            for a in [*ev.actor, *ev.recipient]:
                if a.entity:
                    refs.setdefault(a.entity, a.text)
        for eid, text in refs.items():
            db.execute("INSERT OR IGNORE INTO entities(id, name, kind, aliases, roles) VALUES (?, ?, NULL, ?, '[]')",
                       (eid, text, _json([text])))  # fmt: skip

    def _write_spans(self, doc: Document) -> None:
        db = self.db
        db.executemany('INSERT INTO mentions(document_id, start, "end", text, label, entity) VALUES (?,?,?,?,?,?)',
                       [(doc.id, m.start, m.end, m.text, m.label, m.entity) for m in doc.mentions])  # fmt: skip
        db.executemany('INSERT INTO places(document_id, start, "end", text, name, geonameid, lat, lon, country, '
                       "feature, score, kind) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                       [(doc.id, p.start, p.end, p.text, p.name, p.geonameid, p.lat, p.lon, p.country, p.feature,
                         p.score, p.kind) for p in doc.places])  # fmt: skip
        db.executemany('INSERT INTO times(document_id, start, "end", text, type, value) VALUES (?,?,?,?,?,?)',
                       [(doc.id, t.start, t.end, t.text, t.type, t.value) for t in doc.times])  # fmt: skip
        db.executemany(
            'INSERT INTO quotes(document_id, idx, start, "end", text, kind, speaker_text, speaker_start, '
            "speaker_end, speaker_entity, cue_text, cue_start, cue_end, medium) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(doc.id, i, q.start, q.end, q.text, q.kind,
              q.speaker.text if q.speaker else None, q.speaker.start if q.speaker else None,
              q.speaker.end if q.speaker else None, q.speaker.entity if q.speaker else None,
              q.cue.text if q.cue else None, q.cue.start if q.cue else None, q.cue.end if q.cue else None,
              q.medium) for i, q in enumerate(doc.quotes)],
        )  # fmt: skip

    def _write_event(self, doc: Document, idx: int, ev: Event) -> None:
        start, end = _period_days(ev.date)
        actor = ev.actor[0] if ev.actor else None
        recip = ev.recipient[0] if ev.recipient else None
        place = ev.place
        s, e = ev.sentence.start, ev.sentence.end
        sentence_text = ev.sentence.text or doc.text[s:e]
        row = {
            "id": ev.id, "document_id": doc.id, "idx": idx, "type": ev.type, "mode": ev.mode,
            "context": _json(ev.context), "acled": ev.acled, "status": ev.status, "date": ev.date,
            "date_text": ev.date_text, "period_start": start, "period_end": end,
            "lat": place.lat if place else None, "lon": place.lon if place else None,
            "place_name": place.name if place else None, "place_country": place.country if place else None,
            "place_geonameid": place.geonameid if place else None,
            "fatalities": ev.fatalities, "injured": ev.injured, "trigger_text": ev.trigger.text,
            "trigger_start": ev.trigger.start, "trigger_end": ev.trigger.end, "sentence_start": s,
            "sentence_end": e, "sentence_text": sentence_text, "confidence": ev.confidence,
            "incident_id": ev.incident,
            "actor_text": actor.text if actor else None, "actor_entity": actor.entity if actor else None,
            "actor_country": actor.country if actor else None, "actor_sector": actor.sector if actor else None,
            "recipient_text": recip.text if recip else None, "recipient_entity": recip.entity if recip else None,
            "recipient_country": recip.country if recip else None,
            "recipient_sector": recip.sector if recip else None,
            "reported_by_text": ev.reported_by.text if ev.reported_by else None,
            "reported_by_entity": ev.reported_by.entity if ev.reported_by else None,
            "quote": ev.quote, "duplicate": 1 if doc.duplicate_of else 0, "json": _json(ev.to_dict()),
        }  # fmt: skip
        cols = ", ".join(row)
        self.db.execute(f"INSERT INTO events ({cols}) VALUES ({', '.join(':' + k for k in row)})", row)
        self.db.executemany(
            'INSERT INTO event_actors(event_id, role, position, entity, country, sector, text, start, "end", type, '
            "period_start) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [(ev.id, role, i, a.entity, a.country, a.sector, a.text, a.start, a.end, ev.type, start)
             for role, refs in (("actor", ev.actor), ("recipient", ev.recipient)) for i, a in enumerate(refs)],
        )  # fmt: skip

    def _candidates(self, rep: Report) -> Iterator[Report]:
        """Stored reports that may describe the same event as ``rep``: same type, dates that can overlap, and
        a shared participant (or, for reports that name nobody, the same day); the most recent first.

        Every way in is an index range (participant, type, start of the date) on ``event_actors`` or (type,
        day) on ``events``, so the cost follows how often a participant acts in that period, not the size of
        the store. A date covers at most a year and a season, so a stored period that overlaps ``rep``'s
        starts at most 460 days before it."""
        ev = rep.event
        start, end = _period_days(ev.date)
        if start and end:
            earliest = (date.fromisoformat(start) - timedelta(days=460)).isoformat()
            when = " AND (a.period_start IS NULL OR a.period_start BETWEEN ? AND ?)"
            when_params: list[Any] = [earliest, end]
        else:
            when, when_params = "", []
        ways: list[str] = []
        params: list[Any] = []
        for entity in sorted({r.entity for r in [*ev.actor, *ev.recipient] if r.entity}):
            ways.append("SELECT a.event_id FROM event_actors a WHERE a.entity = ? AND a.type = ?" + when)
            params += [entity, ev.type, *when_params]
        for country, sector in sorted({(r.country, r.sector) for r in [*ev.actor, *ev.recipient]
                                       if not r.entity and (r.country or r.sector)}, key=str):  # fmt: skip
            where = ["a.entity IS NULL", "a.type = ?"]
            code_params: list[Any] = [ev.type]
            for col, value in (("country", country), ("sector", sector)):
                if value is None:
                    where.append(f"a.{col} IS NULL")
                else:
                    where.append(f"a.{col} = ?")
                    code_params.append(value)
            ways.append("SELECT a.event_id FROM event_actors a WHERE " + " AND ".join(where) + when)
            params += [*code_params, *when_params]
        if start and start == end:
            ways.append("SELECT x.id FROM events x WHERE x.type = ? AND x.period_start = ? AND x.period_end = ?")
            params += [ev.type, start, end]
        if rep.duplicate_of:  # a copy: every event of its original
            ways.append("SELECT x.id FROM events x WHERE x.document_id = ? AND x.type = ?")
            params += [rep.duplicate_of, ev.type]
        if not ways:
            return
        sql = (f"WITH cand(event_id) AS ({' UNION '.join(ways)}) "
               "SELECT e.json, e.incident_id, e.document_id, d.published, d.duplicate_of FROM cand "
               "JOIN events e ON e.id = cand.event_id JOIN documents d ON d.id = e.document_id "
               "WHERE e.type = ? AND e.incident_id IS NOT NULL AND e.document_id != ?")  # fmt: skip
        params += [ev.type, rep.document_id]
        if start and end:
            sql += " AND (e.period_start IS NULL OR (e.period_start <= ? AND e.period_end >= ?))"
            params += [end, start]
        sql += " ORDER BY e.seq DESC LIMIT 500"
        for row in self.db.execute(sql, params):
            found = Event.from_dict(json.loads(row[0]))
            found.incident = row[1]
            yield Report(found, row[2], row[3], row[4])

    def _refresh_entities(self, ids: Iterable[str]) -> None:
        """Keep each entity's event and article counts (events of copies left out) for fast listings."""
        for eid in ids:
            self.db.execute(
                "UPDATE entities SET events = (SELECT count(DISTINCT a.event_id) FROM event_actors a "
                "JOIN events e ON e.id = a.event_id WHERE a.entity = :id AND e.duplicate = 0), "
                "documents = (SELECT count(DISTINCT m.document_id) FROM mentions m WHERE m.entity = :id) "
                "WHERE id = :id", {"id": eid})  # fmt: skip

    def _refresh_incidents(self, ids: Iterable[str]) -> None:
        db = self.db
        for iid in sorted(ids):
            rows = db.execute(
                "SELECT e.*, d.published, d.source, d.url FROM events e JOIN documents d ON d.id = e.document_id "
                "WHERE e.incident_id = ? ORDER BY e.duplicate, d.published IS NULL, d.published, e.seq",
                (iid,)).fetchall()  # fmt: skip
            if not rows:
                db.execute("DELETE FROM incidents WHERE id = ?", (iid,))
                continue
            counted = [r for r in rows if not r["duplicate"]]
            summary = incident_summary([dict(r) for r in counted or rows])
            summary["reports"] = len(counted)
            if not counted:  # only copies report it: it adds to no count
                summary["documents"] = summary["sources"] = 0
            summary["first_event"] = rows[0]["id"]
            sets = ", ".join(f"{k} = :{k}" for k in summary)
            db.execute(f"UPDATE incidents SET {sets} WHERE id = :iid", {**summary, "iid": iid})

    # -- filters ---------------------------------------------------------------------------------------
    def _where(self, filters: dict[str, Any]) -> tuple[str, list[Any]]:
        unknown = set(filters) - set(FILTERS)
        if unknown:
            raise _bad("filter", ", ".join(sorted(unknown)), f"unknown filter; known: {', '.join(FILTERS)}")
        clauses: list[str] = []
        params: list[Any] = []
        f = {k: v for k, v in filters.items() if v is not None and v != ""}
        if not f.get("include_duplicates"):
            clauses.append("e.duplicate = 0")
        if "actor" in f:
            needle = str(f["actor"]).strip().lower()
            if not needle:
                raise _bad("actor", f["actor"], "empty")
            clauses.append(
                "e.id IN (SELECT a.event_id FROM event_actors a LEFT JOIN entities n ON n.id = a.entity "
                "WHERE a.role = 'actor' AND (lower(a.entity) = ? OR instr(lower(a.text), ?) > 0 "
                "OR instr(lower(n.name), ?) > 0))")  # fmt: skip
            params += [needle, needle, needle]
        if "type" in f:
            types = [t.upper() for t in _as_list("type", f["type"])]
            bad = [t for t in types if t not in PLOVER_TYPES]
            if bad:
                raise _bad("type", f["type"], f"not a PLOVER type; known: {', '.join(PLOVER_TYPES)}")
            clauses.append(f"e.type IN ({', '.join('?' * len(types))})")
            params += types
        if "status" in f:
            statuses = [s.lower() for s in _as_list("status", f["status"])]
            if any(s not in STATUSES for s in statuses):
                raise _bad("status", f["status"], f"known: {', '.join(STATUSES)}")
            clauses.append(f"e.status IN ({', '.join('?' * len(statuses))})")
            params += statuses
        if "acled" in f:
            known = {a.lower(): a for a in ACLED_SUBTYPES}
            wanted = [known.get(a.lower()) for a in _as_list("acled", f["acled"]) if a]
            if not wanted or None in wanted:
                raise _bad("acled", f["acled"], "not an ACLED sub-event type")
            clauses.append(f"e.acled IN ({', '.join('?' * len(wanted))})")
            params += wanted
        if "since" in f:
            start, _ = _check_date("since", f["since"])
            clauses.append("e.period_end >= ?")
            params.append(start)
        if "until" in f:
            _, end = _check_date("until", f["until"])
            clauses.append("e.period_start <= ?")
            params.append(end)
        if "since" in f and "until" in f and _check_date("since", f["since"])[0] > _check_date("until", f["until"])[1]:
            raise _bad("since", f["since"], "after until")
        if "near" in f:
            lat, lon, km = parse_near(f["near"])
            dlat = km / 110.574
            coslat = max(math.cos(math.radians(lat)), 1e-6)
            dlon = min(180.0, km / (111.320 * coslat))
            lat0, lat1 = max(-90.0, lat - dlat), min(90.0, lat + dlat)
            lon0, lon1 = lon - dlon, lon + dlon
            if lon0 < -180 or lon1 > 180:  # the box crosses the antimeridian: test longitude by distance only
                box = "SELECT id FROM events_rtree WHERE max_lat >= ? AND min_lat <= ?"
                bparams: list[Any] = [lat0, lat1]
            else:
                box = ("SELECT id FROM events_rtree WHERE max_lat >= ? AND min_lat <= ? "
                       "AND max_lon >= ? AND min_lon <= ?")  # fmt: skip
                bparams = [lat0, lat1, lon0, lon1]
            clauses.append(f"e.seq IN ({box}) AND haversine_km(?, ?, e.lat, e.lon) <= ?")
            params += [*bparams, lat, lon, km]
        if "text" in f:
            words = re.findall(r"\w[\w'-]*", str(f["text"]).lower())
            if not words:
                raise _bad("text", f["text"], "no words to search for")
            for w in words:
                clauses.append("instr(lower(e.sentence_text), ?) > 0")
                params.append(w)
        if "country" in f:
            codes = [c.upper() for c in _as_list("country", f["country"])]
            if any(not _COUNTRY.match(c) for c in codes):
                raise _bad("country", f["country"], "expected ISO 3166-1 alpha-3 codes (IRQ) or group codes (IGO)")
            marks = ", ".join("?" * len(codes))
            clauses.append(f"(e.place_country IN ({marks}) OR e.id IN (SELECT event_id FROM event_actors "
                           f"WHERE country IN ({marks})))")  # fmt: skip
            params += codes + codes
        if "incident" in f:
            clauses.append("e.incident_id = ?")
            params.append(str(f["incident"]))
        if "entity" in f:
            clauses.append("e.id IN (SELECT event_id FROM event_actors WHERE entity = ?)")
            params.append(str(f["entity"]))
        if "document" in f:
            clauses.append("e.document_id = ?")
            params.append(str(f["document"]))
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    # -- reading: events -------------------------------------------------------------------------------
    _EVENT_COLUMNS = ("e.json, e.incident_id, e.document_id, e.duplicate, d.title AS document_title, d.published, "
                      "d.source, d.url, d.duplicate_of")  # fmt: skip

    @staticmethod
    def _event_dict(row: sqlite3.Row) -> dict[str, Any]:
        ev: dict[str, Any] = json.loads(row["json"])
        ev["incident"] = row["incident_id"]
        ev["document_id"] = row["document_id"]
        ev["document_title"] = row["document_title"]
        ev["published"] = row["published"]
        ev["source"] = row["source"]
        ev["url"] = row["url"]
        ev["duplicate"] = bool(row["duplicate"])
        return ev

    def events(self, *, limit: int = 100, offset: int = 0, sort: str = "date", **filters: Any) -> list[dict[str, Any]]:
        """Events matching the filters (see docs/schema.md), each the SPEC event record plus its article."""
        if sort not in SORTS:
            raise _bad("sort", sort, f"known: {', '.join(SORTS)}")
        lim, off = _page(limit, offset)
        where, params = self._where(filters)
        sql = (f"SELECT {self._EVENT_COLUMNS} FROM events e JOIN documents d ON d.id = e.document_id{where} "
               f"ORDER BY {SORTS[sort]} LIMIT ? OFFSET ?")  # fmt: skip
        with self._lock:
            return [self._event_dict(r) for r in self.db.execute(sql, [*params, lim, off])]

    def count_events(self, **filters: Any) -> int:
        where, params = self._where(filters)
        with self._lock:
            return int(self.db.execute(f"SELECT count(*) FROM events e{where}", params).fetchone()[0])

    def iter_events(self, *, sort: str = "date", page: int = 1000, **filters: Any) -> Iterator[dict[str, Any]]:
        """Every matching event, page by page (exports)."""
        offset = 0
        while True:
            batch = self.events(limit=page, offset=offset, sort=sort, **filters)
            yield from batch
            if len(batch) < page:
                return
            offset += page

    def event(self, event_id: str) -> dict[str, Any] | None:
        """One event with its evidence: the article's text, title and spans, and the other reports of its incident."""
        with self._lock:
            row = self.db.execute(f"SELECT {self._EVENT_COLUMNS} FROM events e JOIN documents d ON "
                                  "d.id = e.document_id WHERE e.id = ?", (event_id,)).fetchone()  # fmt: skip
            if row is None:
                return None
            ev = self._event_dict(row)
            doc = self.db.execute("SELECT * FROM documents WHERE id = ?", (ev["document_id"],)).fetchone()
            record = json.loads(doc["record"])
            ev["document"] = {
                "id": doc["id"], "title": doc["title"], "text": doc["text"], "published": doc["published"],
                "source": doc["source"], "url": doc["url"], "author": doc["author"],
                "duplicate_of": doc["duplicate_of"],
                "mentions": record.get("mentions", []), "places": record.get("places", []),
                "times": record.get("times", []), "quotes": record.get("quotes", []),
                "events": [{"id": x["id"], "type": x["type"], "trigger": x["trigger"], "sentence": x["sentence"]}
                           for x in record.get("events", [])],
            }  # fmt: skip
            ev["other_reports"] = self._reports(ev["incident"], exclude=event_id) if ev["incident"] else []
        return ev

    def _reports(self, incident_id: str, exclude: str | None = None) -> list[dict[str, Any]]:
        rows = self.db.execute(
            "SELECT e.id, e.document_id, e.type, e.status, e.date, e.date_text, e.sentence_text, e.trigger_text, "
            "e.place_name, e.lat, e.lon, e.confidence, e.duplicate, d.title, d.published, d.source, d.url "
            "FROM events e JOIN documents d ON d.id = e.document_id WHERE e.incident_id = ? "
            "ORDER BY d.published IS NULL, d.published, e.seq", (incident_id,)).fetchall()  # fmt: skip
        return [
            {"event_id": r["id"], "document_id": r["document_id"], "document_title": r["title"],
             "published": r["published"], "source": r["source"], "url": r["url"], "type": r["type"],
             "status": r["status"], "date": r["date"], "date_text": r["date_text"], "sentence": r["sentence_text"],
             "trigger": r["trigger_text"], "place": r["place_name"], "lat": r["lat"], "lon": r["lon"],
             "confidence": r["confidence"], "duplicate": bool(r["duplicate"])}
            for r in rows if r["id"] != exclude
        ]  # fmt: skip

    # -- reading: incidents ----------------------------------------------------------------------------
    def incidents(self, limit: int = 100, offset: int = 0, **filters: Any) -> list[dict[str, Any]]:
        """Incidents (linked events) with at least one report matching the filters, most reported first."""
        lim, off = _page(limit, offset)
        where, params = self._where(filters)
        sql = (f"SELECT i.* FROM incidents i WHERE i.reports > 0 AND i.id IN (SELECT e.incident_id FROM events e"
               f"{where}) ORDER BY i.reports DESC, i.period_start IS NULL, i.period_start DESC, i.id "
               "LIMIT ? OFFSET ?")  # fmt: skip
        with self._lock:
            return [dict(r) for r in self.db.execute(sql, [*params, lim, off])]

    def count_incidents(self, **filters: Any) -> int:
        where, params = self._where(filters)
        with self._lock:
            sql = "SELECT count(*) FROM incidents i WHERE i.reports > 0 AND i.id IN "
            sql += f"(SELECT e.incident_id FROM events e{where})"
            return int(self.db.execute(sql, params).fetchone()[0])

    def incident_rows(self, ids: list[str]) -> dict[str, dict[str, Any]]:
        """The ``incidents`` rows of these ids, without their reports (exports)."""
        if not ids:
            return {}
        with self._lock:
            rows = self.db.execute(f"SELECT * FROM incidents WHERE id IN ({', '.join('?' * len(ids))})", ids)
            return {r["id"]: dict(r) for r in rows}

    def incident(self, incident_id: str) -> dict[str, Any] | None:
        """All reports of an incident (article, sentence, date, source), first and last report, best date/place."""
        with self._lock:
            row = self.db.execute("SELECT * FROM incidents WHERE id = ?", (incident_id,)).fetchone()
            if row is None:
                return None
            inc = dict(row)
            reports = self._reports(incident_id)
        inc["reports_list"] = reports
        counted = [r for r in reports if not r["duplicate"]] or reports
        inc["first_report"] = counted[0] if counted else None
        inc["last_report"] = counted[-1] if counted else None
        return inc

    # -- reading: entities and documents ---------------------------------------------------------------
    def entities(self, q: str | None = None, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """Entities (name or id containing ``q``), with how many events they take part in, most active first."""
        lim, off = _page(limit, offset)
        sql = "SELECT n.* FROM entities n"
        params: list[Any] = []
        if q:
            needle = q.strip().lower()
            sql += " WHERE instr(lower(n.name), ?) > 0 OR instr(lower(n.id), ?) > 0 OR instr(lower(n.aliases), ?) > 0"
            params += [needle, needle, needle]
        sql += " ORDER BY n.events DESC, n.documents DESC, n.name LIMIT ? OFFSET ?"
        with self._lock:
            return [self._entity_dict(r) for r in self.db.execute(sql, [*params, lim, off])]

    @staticmethod
    def _entity_dict(row: sqlite3.Row) -> dict[str, Any]:
        d = dict(row)
        d["aliases"] = json.loads(d.get("aliases") or "[]")
        d["roles"] = json.loads(d.get("roles") or "[]")
        return d

    def entity_names(self, ids: Iterable[str]) -> dict[str, str]:
        """Display names of these entity ids (those the store knows)."""
        wanted = sorted(set(ids))
        if not wanted:
            return {}
        with self._lock:
            marks = ", ".join("?" * len(wanted))
            rows = self.db.execute(f"SELECT id, name FROM entities WHERE id IN ({marks})", wanted)
            return {r["id"]: r["name"] for r in rows}

    def entity(self, entity_id: str, limit: int = 100) -> dict[str, Any] | None:
        with self._lock:
            row = self.db.execute("SELECT * FROM entities WHERE id = ?", (entity_id,)).fetchone()
        if row is None:
            return None
        ent = self._entity_dict(row)
        ent["events"] = self.events(entity=entity_id, limit=limit, sort="-date")
        ent["event_count"] = self.count_events(entity=entity_id)
        return ent

    def documents(self, q: str | None = None, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """Articles (matching the full-text query ``q``, best first), without their text."""
        lim, off = _page(limit, offset)
        cols = ("d.id, d.title, d.source, d.url, d.author, d.published, d.published_from, d.language, "
                "d.duplicate_of, d.events, length(d.text) AS length, d.ingested, d.updated")  # fmt: skip
        with self._lock:
            if q:
                sql = (f"SELECT {cols}, snippet(documents_fts, 1, '[', ']', ' … ', 12) AS snippet FROM documents_fts "
                       "JOIN documents d ON d.seq = documents_fts.rowid WHERE documents_fts MATCH ? "
                       "ORDER BY rank LIMIT ? OFFSET ?")  # fmt: skip
                rows = self.db.execute(sql, (_fts_query(q), lim, off)).fetchall()
            else:
                sql = f"SELECT {cols} FROM documents d ORDER BY d.published IS NULL, d.published DESC, d.seq DESC"
                rows = self.db.execute(sql + " LIMIT ? OFFSET ?", (lim, off)).fetchall()
        return [dict(r) for r in rows]

    def count_documents(self, q: str | None = None) -> int:
        with self._lock:
            if q:
                return int(self.db.execute("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?",
                                           (_fts_query(q),)).fetchone()[0])  # fmt: skip
            return int(self.db.execute("SELECT count(*) FROM documents").fetchone()[0])

    def document(self, doc_id: str) -> Document | None:
        """The stored record, with its current links (duplicate_of, incidents)."""
        with self._lock:
            row = self.db.execute("SELECT record, duplicate_of FROM documents WHERE id = ?", (doc_id,)).fetchone()
            if row is None:
                return None
            doc = Document.from_dict(json.loads(row[0]))
            doc.duplicate_of = row[1]
            incidents = dict(self.db.execute("SELECT id, incident_id FROM events WHERE document_id = ?", (doc_id,)))
        for ev in doc.events:
            ev.incident = incidents.get(ev.id, ev.incident)
        return doc

    def holds(self, doc: Document) -> str | None:
        """What :meth:`add` would make of ``doc`` against the stored record of its id: "same" (the same text
        and analysis), "other" (the same text, another analysis: an update), or None (no such record, or
        another text)."""
        with self._lock:
            row = self.db.execute("SELECT analysis_hash, content_hash FROM documents WHERE id = ?",
                                  (doc.id,)).fetchone()  # fmt: skip
        if row is None or row[1] != content_hash(doc.text):
            return None
        return "same" if row[0] == analysis_hash(doc) else "other"

    def records_of(
        self, sources: Iterable[str], ids: Iterable[str] = (), recent: int | None = None
    ) -> Iterator[Document]:
        """The stored records of the outlets ``sources`` (not near-duplicate copies), oldest first: with
        ``recent``, only each outlet's ``recent`` latest stored records, and those of ``ids`` whatever their age."""
        wanted = set(ids)
        for source in sorted(set(sources)):
            with self._lock:
                if recent is None:
                    sql = "SELECT seq, id, record FROM documents WHERE source = ? AND duplicate_of IS NULL ORDER BY seq"
                    rows = self.db.execute(sql, (source,)).fetchall()
                else:
                    sql = ("SELECT seq, id, record FROM documents WHERE source = ? AND duplicate_of IS NULL "
                           "ORDER BY seq DESC LIMIT ?")  # fmt: skip
                    rows = self.db.execute(sql, (source, recent)).fetchall()
                    have = {row[1] for row in rows}
                    for doc_id in sorted(wanted - have):
                        row = self.db.execute("SELECT seq, id, record FROM documents WHERE id = ? AND source = ? "
                                              "AND duplicate_of IS NULL", (doc_id, source)).fetchone()  # fmt: skip
                        if row is not None:
                            rows.append(row)
                    rows.sort(key=lambda row: row[0])
            for row in rows:
                yield Document.from_dict(json.loads(row[2]))

    def search(self, text: str, limit: int = 20) -> list[dict[str, Any]]:
        """Full-text search over article titles and texts; best matches first, with a snippet."""
        return self.documents(q=text, limit=limit)

    # -- aggregates ------------------------------------------------------------------------------------
    def stats(self) -> dict[str, Any]:
        with self._lock:
            one = lambda sql: int(self.db.execute(sql).fetchone()[0])  # noqa: E731
            dates = self.db.execute(
                "SELECT min(period_start), max(period_end) FROM events WHERE duplicate = 0"
            ).fetchone()
            by_type = dict(self.db.execute("SELECT type, count(*) FROM events WHERE duplicate = 0 GROUP BY type "
                                           "ORDER BY count(*) DESC").fetchall())  # fmt: skip
            return {
                "documents": one("SELECT count(*) FROM documents"),
                "duplicates": one("SELECT count(*) FROM documents WHERE duplicate_of IS NOT NULL"),
                "events": one("SELECT count(*) FROM events WHERE duplicate = 0"),
                "incidents": one("SELECT count(*) FROM incidents WHERE reports > 0"),
                "linked_incidents": one("SELECT count(*) FROM incidents WHERE documents > 1"),
                "entities": one("SELECT count(*) FROM entities"),
                "places": one("SELECT count(*) FROM places"),
                "quotes": one("SELECT count(*) FROM quotes"),
                "first_date": dates[0],
                "last_date": dates[1],
                "event_types": by_type,
            }

    def timeline(self, bucket: str = "day", **filters: Any) -> list[dict[str, Any]]:
        """Event counts per period and type. An event counts in a bucket only when its date is at least as
        precise as the bucket (a date of ``2020`` is not placed on a day)."""
        if bucket not in ("day", "week", "month", "year"):
            raise _bad("bucket", bucket, "known: day, week, month, year")
        where, params = self._where(filters)
        extra = " AND " if where else " WHERE "
        max_span = {"day": 0, "week": 6, "month": 30, "year": 365}[bucket]
        sql = (f"SELECT e.type, e.period_start, e.period_end FROM events e{where}{extra}e.period_start IS NOT NULL "
               "AND julianday(e.period_end) - julianday(e.period_start) <= ?")  # fmt: skip
        counts: Counter[tuple[str, str]] = Counter()
        with self._lock:
            rows = self.db.execute(sql, [*params, max_span]).fetchall()
        for typ, start, end in rows:
            d = date.fromisoformat(start)
            if bucket == "day":
                key = start
            elif bucket == "week":
                y, w, _ = d.isocalendar()
                if date.fromisoformat(end).isocalendar()[:2] != (y, w):
                    continue
                key = f"{y}-W{w:02d}"
            elif bucket == "month":
                if end[:7] != start[:7]:
                    continue
                key = start[:7]
            else:
                if end[:4] != start[:4]:
                    continue
                key = start[:4]
            counts[(key, typ)] += 1
        return [{"period": p, "type": t, "count": n} for (p, t), n in sorted(counts.items())]

    def network(self, **filters: Any) -> dict[str, list[dict[str, Any]]]:
        """Actor -> recipient edges (by event type) of the matching events, and their nodes.

        A participant is its entity; one without an entity but with PLOVER codes becomes a code node
        ``COUNTRY:SECTOR`` (``RVL:CVL``), so that attacks on unnamed civilians still show.
        """
        where, params = self._where(filters)
        node = "COALESCE({t}.entity, CASE WHEN {t}.country IS NOT NULL OR {t}.sector IS NOT NULL THEN " \
               "COALESCE({t}.country, '-') || ':' || COALESCE({t}.sector, '-') END)"  # fmt: skip
        src, dst = node.format(t="a"), node.format(t="r")
        sql = (f"SELECT {src} AS source, {dst} AS target, e.type, count(DISTINCT e.id) AS n FROM events e "
               "JOIN event_actors a ON a.event_id = e.id AND a.role = 'actor' "
               f"JOIN event_actors r ON r.event_id = e.id AND r.role = 'recipient'{where}"
               f"{' AND ' if where else ' WHERE '}{src} IS NOT NULL AND {dst} IS NOT NULL "
               "GROUP BY source, target, e.type ORDER BY n DESC, source, target")  # fmt: skip
        with self._lock:
            edges = [{"source": r[0], "target": r[1], "type": r[2], "count": r[3]}
                     for r in self.db.execute(sql, params)]  # fmt: skip
            events: Counter[str] = Counter()
            for e in edges:
                events[e["source"]] += e["count"]
                if e["target"] != e["source"]:
                    events[e["target"]] += e["count"]
            nodes = []
            for nid in sorted(events):
                row = self.db.execute("SELECT name, country, sector FROM entities WHERE id = ?", (nid,)).fetchone()
                if row is not None:
                    nodes.append({"id": nid, "name": row["name"], "country": row["country"],
                                  "sector": row["sector"], "events": events[nid]})  # fmt: skip
                else:
                    country, _, sector = nid.partition(":")
                    nodes.append({"id": nid, "name": nid, "country": None if country == "-" else country,
                                  "sector": None if sector == "-" else sector, "events": events[nid]})  # fmt: skip
        return {"nodes": nodes, "edges": edges}


def _entity_refs(doc: Document) -> set[str]:
    """Every entity id an article names: its entities, mentions, speakers and event participants."""
    refs = {e.id for e in doc.entities} | {m.entity for m in doc.mentions if m.entity}
    refs |= {q.speaker.entity for q in doc.quotes if q.speaker and q.speaker.entity}
    refs |= {a.entity for ev in doc.events for a in [*ev.actor, *ev.recipient] if a.entity}
    return refs


def _sql_haversine(lat1: Any, lon1: Any, lat2: Any, lon2: Any) -> float | None:
    if None in (lat1, lon1, lat2, lon2):
        return None
    return haversine_km(float(lat1), float(lon1), float(lat2), float(lon2))


def _most_common(values: list[Any]) -> Any:
    values = [v for v in values if v is not None]
    return Counter(values).most_common(1)[0][0] if values else None


def incident_summary(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """The best-supported facts of an incident from its reports (event rows joined with their article):
    the date most reports agree with (the most precise among ties), the most reported place."""
    dates = [r["date"] for r in rows if r.get("date") and period(r["date"])]
    best_date = None
    if dates:
        support = {d: sum(1 for o in dates if _agree(d, o)) for d in set(dates)}
        best_date = max(support, key=lambda d: (support[d], _precision(d), d))
    start, end = _period_days(best_date)
    places = [(r["place_name"], r["place_country"], r["lat"], r["lon"]) for r in rows if r.get("place_name")]
    place = _most_common(places) if places else (None, None, None, None)
    published = sorted(r["published"] for r in rows if r.get("published"))
    fatalities = [r["fatalities"] for r in rows if r.get("fatalities") is not None]
    injured = [r["injured"] for r in rows if r.get("injured") is not None]
    return {
        "type": _most_common([r["type"] for r in rows]),
        "mode": _most_common([r.get("mode") for r in rows]),
        "acled": _most_common([r.get("acled") for r in rows]),
        "date": best_date, "period_start": start, "period_end": end,
        "place_name": place[0], "place_country": place[1], "lat": place[2], "lon": place[3],
        "fatalities": _most_common(fatalities) if fatalities else None,
        "injured": _most_common(injured) if injured else None,
        "documents": len({r["document_id"] for r in rows}),
        "sources": len({r.get("source") or r["document_id"] for r in rows}),
        "first_reported": published[0] if published else None,
        "last_reported": published[-1] if published else None,
    }  # fmt: skip


def _agree(a: str, b: str) -> bool:
    pa, pb = period(a), period(b)
    return bool(pa and pb and pa[0] <= pb[1] and pb[0] <= pa[1])


def _precision(value: str) -> int:
    p = period(value)
    return -(p[1] - p[0]).days if p else -10_000

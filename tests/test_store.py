"""The SQLite store on invented records: idempotent ingest, linking, duplicates, every filter, FTS, near."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from eventwire.errors import EventwireError
from eventwire.link import incident_id
from eventwire.records import Document
from eventwire.store import Store
from test_store_fixtures import (
    HILLBROOK,
    RIVERTON,
    corpus,
    doc_a,
    doc_b,
    doc_c,
    spun_copy,
    truncated_copy,
)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "eventwire.db") as s:
        s.add(corpus())
        yield s


def test_schema_is_created_with_wal_fts_and_rtree(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    Store(path).close()
    db = sqlite3.connect(path)
    names = {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
    for table in ("documents", "mentions", "entities", "events", "event_actors", "quotes", "places", "times",
                  "incidents", "documents_fts", "events_rtree"):  # fmt: skip
        assert table in names, table
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    fks = {r[2] for r in db.execute("PRAGMA foreign_key_list(events)")}
    assert {"documents", "incidents", "entities"} <= fks
    event_columns = {r[1] for r in db.execute("PRAGMA table_info(events)")}
    assert {"id", "document_id", "type", "mode", "acled", "status", "date", "date_text", "lat", "lon",
            "place_name", "place_country", "fatalities", "injured", "trigger_text", "trigger_start", "trigger_end",
            "sentence_start", "sentence_end", "confidence", "incident_id", "actor_text", "actor_entity",
            "actor_country", "actor_sector", "recipient_text", "recipient_entity", "recipient_country",
            "recipient_sector", "json"} <= event_columns  # fmt: skip


def test_add_counts_and_ingest_twice_changes_nothing(tmp_path: Path) -> None:
    with Store(tmp_path / "x.db") as s:
        first = s.add(corpus())
        assert first["added"] == 5 and first["events"] == 5 and first["duplicates"] == 0
        before = s.stats()
        again = s.add(corpus())
        assert again == {"added": 0, "updated": 0, "unchanged": 5, "duplicates": 0, "events": 0, "incidents": 0}
        assert s.stats() == before


def test_reopening_the_file_keeps_everything(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    with Store(path) as s:
        s.add(corpus())
        stats = s.stats()
    with Store(path) as s:
        assert s.stats() == stats
        assert s.add([doc_a()])["unchanged"] == 1


def test_changed_analysis_updates_never_duplicates(store: Store) -> None:
    a = doc_a()
    a.events[0].fatalities = 5
    a.events[0].confidence = 0.95
    counts = store.add([a])
    assert counts["updated"] == 1 and counts["added"] == 0
    assert store.count_events(document="doc-a") == 1
    assert store.event("doc-a:e0")["fatalities"] == 5  # type: ignore[index]
    assert store.stats()["documents"] == 5
    # still linked with the other report of the same shelling
    assert store.event("doc-a:e0")["incident"] == store.event("doc-b:e0")["incident"]  # type: ignore[index]


def test_same_text_under_another_id_is_stored_once(store: Store) -> None:
    twin = Document.from_dict({**doc_a().to_dict(), "id": "other-id"})
    counts = store.add([twin])
    assert counts["added"] == 0 and counts["duplicates"] == 1
    assert store.document("other-id") is None


def test_incremental_ingest_links_to_stored_incidents(tmp_path: Path) -> None:
    with Store(tmp_path / "x.db") as s:
        s.add([doc_a(), doc_c()])
        s.add([doc_b()])
        inc = s.event("doc-b:e0")["incident"]  # type: ignore[index]
        assert inc == s.event("doc-a:e0")["incident"] == incident_id("doc-a:e0")  # type: ignore[index]
        assert s.event("doc-c:e0")["incident"] != inc  # type: ignore[index]
        detail = s.incident(inc)
        assert detail is not None
        assert detail["reports"] == 2 and detail["documents"] == 2 and detail["sources"] == 2
        assert detail["first_reported"] == "2024-03-16" and detail["last_reported"] == "2024-03-20"
        assert detail["date"] == "2024-03-15"  # the day is more precise than the week, and both agree
        assert detail["place_name"] == "Riverton"
        assert [r["document_id"] for r in detail["reports_list"]] == ["doc-a", "doc-b"]
        assert detail["first_report"]["document_id"] == "doc-a"
        assert detail["last_report"]["sentence"].startswith("Four people were killed")


def test_copies_are_found_after_reopening_the_file(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    with Store(path) as s:
        s.add(corpus())
    with Store(path) as s:  # the duplicate index is rebuilt from the stored fingerprints
        counts = s.add([spun_copy(), truncated_copy()])
        assert counts["duplicates"] == 2 and counts["events"] == 0
        assert s.document("copy-spun").duplicate_of == "doc-a"  # type: ignore[union-attr]


def test_a_copy_before_its_original_in_one_batch(tmp_path: Path) -> None:
    original, copy_doc = doc_a(), spun_copy()
    copy_doc.published = original.published
    copy_doc.text += " Extra closing words make this version the longer one."
    with Store(tmp_path / "x.db") as s:
        counts = s.add([original, copy_doc])
        assert counts["added"] == 2 and counts["duplicates"] == 1 and counts["events"] == 1
        assert s.document("doc-a").duplicate_of == "copy-spun"  # type: ignore[union-attr]


def test_a_later_copy_joins_incidents_that_name_nobody(store: Store) -> None:
    a = doc_a()
    for ev in a.events:
        ev.actor, ev.recipient, ev.date = [], [], None
    store.add([a])  # the analysis changed: an update
    copy_doc = spun_copy()
    for ev in copy_doc.events:
        ev.actor, ev.recipient, ev.date = [], [], None
    store.add([copy_doc])
    assert store.event("copy-spun:e0")["incident"] == store.event("doc-a:e0")["incident"]  # type: ignore[index]


def test_copies_are_marked_and_add_no_events(store: Store) -> None:
    before = store.stats()
    counts = store.add([truncated_copy(), spun_copy()])
    assert counts["added"] == 2 and counts["duplicates"] == 2 and counts["events"] == 0
    after = store.stats()
    assert after["events"] == before["events"] and after["incidents"] == before["incidents"]
    assert after["duplicates"] == 2
    assert store.document("copy-trunc").duplicate_of == "doc-a"  # type: ignore[union-attr]
    assert store.document("copy-spun").duplicate_of == "doc-a"  # type: ignore[union-attr]
    assert store.count_events() == before["events"]
    assert store.count_events(include_duplicates=True) == before["events"] + 2
    inc = store.incident(store.event("doc-a:e0")["incident"])  # type: ignore[index]
    assert inc is not None and inc["reports"] == 2  # the copies joined it without counting
    assert {r["document_id"] for r in inc["reports_list"]} == {"doc-a", "doc-b", "copy-trunc", "copy-spun"}
    assert store.event("copy-spun:e0")["incident"] == inc["id"]  # type: ignore[index]


def test_events_carry_the_record_and_its_article(store: Store) -> None:
    ev = store.events(document="doc-a")[0]
    for key in ("id", "type", "mode", "context", "acled", "status", "actor", "recipient", "date", "date_text",
                "place", "fatalities", "injured", "trigger", "sentence", "reported_by", "quote", "incident",
                "confidence", "document_id", "document_title", "published", "source"):  # fmt: skip
        assert key in ev, key
    assert ev["document_title"] == "Market shelled in Riverton" and ev["published"] == "2024-03-16"
    json.dumps(ev)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, {"doc-a:e0", "doc-b:e0", "doc-c:e0", "doc-d:e0", "doc-e:e0"}),
        ({"actor": "northern-front"}, {"doc-a:e0", "doc-b:e0", "doc-c:e0", "doc-d:e0"}),
        ({"actor": "NORTHERN"}, {"doc-a:e0", "doc-b:e0", "doc-c:e0", "doc-d:e0"}),
        ({"actor": "teach"}, {"doc-e:e0"}),
        ({"actor": "civilians"}, set()),  # a recipient is not an actor
        ({"type": "PROTEST"}, {"doc-e:e0"}),
        ({"type": "assault,protest"}, {"doc-a:e0", "doc-b:e0", "doc-c:e0", "doc-d:e0", "doc-e:e0"}),
        ({"since": "2024-04"}, {"doc-c:e0"}),
        ({"since": "2024-03-14", "until": "2024-03-31"}, {"doc-a:e0", "doc-b:e0", "doc-d:e0"}),
        ({"until": "2024-03-12"}, {"doc-b:e0", "doc-e:e0"}),  # the week of doc-b may include the 12th
        ({"since": "2024-W15"}, {"doc-c:e0"}),
        ({"since": "2024"}, {"doc-a:e0", "doc-b:e0", "doc-c:e0", "doc-d:e0", "doc-e:e0"}),
        ({"near": (*RIVERTON, 10)}, {"doc-a:e0", "doc-b:e0", "doc-c:e0"}),
        ({"near": f"{HILLBROOK[0]},{HILLBROOK[1]},5"}, {"doc-e:e0"}),
        ({"near": (*RIVERTON, 40)}, {"doc-a:e0", "doc-b:e0", "doc-c:e0", "doc-e:e0"}),
        ({"text": "market"}, {"doc-a:e0", "doc-b:e0"}),
        ({"text": "harbour Port"}, {"doc-d:e0"}),
        ({"status": "occurred"}, {"doc-a:e0", "doc-b:e0", "doc-c:e0", "doc-d:e0", "doc-e:e0"}),
        ({"status": "denied"}, set()),
        ({"acled": "peaceful protest"}, {"doc-e:e0"}),
        ({"country": "rvl"}, {"doc-a:e0", "doc-b:e0", "doc-c:e0", "doc-d:e0", "doc-e:e0"}),
        ({"country": "IRQ"}, set()),
        ({"incident": incident_id("doc-a:e0")}, {"doc-a:e0", "doc-b:e0"}),
        ({"entity": "northern-front", "since": "2024-04-01"}, {"doc-c:e0"}),
        ({"document": "doc-d"}, {"doc-d:e0"}),
    ],
)
def test_every_filter(store: Store, filters: dict[str, object], expected: set[str]) -> None:
    assert {e["id"] for e in store.events(**filters)} == expected
    assert store.count_events(**filters) == len(expected)


@pytest.mark.parametrize(
    "filters",
    [
        {"type": "BOMBING"}, {"since": "March 2024"}, {"until": "2024-13"}, {"near": "48.5,35"},
        {"near": (95, 0, 10)}, {"near": "a,b,c"}, {"near": (48.5, 35.0, -1)}, {"status": "maybe"},
        {"acled": "Skirmish"}, {"country": "Iraq"}, {"colour": "red"}, {"text": "!!"},
        {"since": "2024-05", "until": "2024-04"},
    ],
)  # fmt: skip
def test_bad_filter_values_raise_value_error(store: Store, filters: dict[str, object]) -> None:
    with pytest.raises(ValueError, match=r"\[E005\]"):
        store.events(**filters)


def test_paging_and_sort(store: Store) -> None:
    by_date = [e["id"] for e in store.events(sort="date")]
    assert by_date[-1] == "doc-c:e0"
    assert store.events(sort="-date")[0]["id"] == "doc-c:e0"
    assert store.events(sort="confidence")[0]["id"] == "doc-a:e0"
    assert [e["id"] for e in store.events(sort="date", limit=2, offset=1)] == by_date[1:3]
    for bad in ({"sort": "size"}, {"limit": -1}, {"offset": -5}, {"limit": "many"}):
        with pytest.raises(ValueError):
            store.events(**bad)  # type: ignore[arg-type]


def test_event_detail_has_text_spans_and_other_reports(store: Store) -> None:
    ev = store.event("doc-b:e0")
    assert ev is not None
    doc = ev["document"]
    assert doc["text"].startswith("Four people were killed") and doc["title"]
    s = ev["trigger"]
    assert doc["text"][s["start"] : s["end"]] == "shelled"
    assert doc["mentions"] and doc["places"] and doc["times"]
    assert [r["event_id"] for r in ev["other_reports"]] == ["doc-a:e0"]
    assert store.event("nope") is None


def test_incidents_listing_and_filters(store: Store) -> None:
    incidents = store.incidents()
    assert incidents[0]["id"] == incident_id("doc-a:e0") and incidents[0]["reports"] == 2
    assert len(incidents) == store.count_incidents() == 4
    assert [i["id"] for i in store.incidents(type="PROTEST")] == [incident_id("doc-e:e0")]
    assert store.incident("inc-none") is None


def test_entities_and_entity(store: Store) -> None:
    ents = store.entities()
    assert ents[0]["id"] == "northern-front" and ents[0]["events"] == 4 and ents[0]["aliases"] == ["the Front"]
    assert store.entities(q="front")[0]["name"] == "Northern Front"
    assert store.entities(q="zzz") == []
    ent = store.entity("northern-front")
    assert ent is not None and ent["event_count"] == 4 and len(ent["events"]) == 4
    assert store.entity("nobody") is None


def test_entity_counts_follow_copies_and_updates(store: Store) -> None:
    store.add([spun_copy()])  # a copy mentions the Front but adds no event
    ent = store.entities(q="northern")[0]
    assert ent["events"] == 4 and ent["documents"] == 5
    c = doc_c()
    c.events = []
    store.add([c])
    assert store.entities(q="northern")[0]["events"] == 3


def test_documents_search_and_document(store: Store) -> None:
    docs = store.documents()
    assert len(docs) == store.count_documents() == 5 and "text" not in docs[0]
    hits = store.search("harbour")
    assert [h["id"] for h in hits] == ["doc-d"] and "[harbour]" in hits[0]["snippet"].lower()
    assert {h["id"] for h in store.documents(q="Riverton")} == {"doc-a", "doc-b", "doc-c"}
    assert store.count_documents(q="wages") == 1
    assert [h["id"] for h in store.search('teachers" (wages')] == ["doc-e"]  # punctuation never breaks it
    rec = store.document("doc-a")
    assert isinstance(rec, Document) and rec.events[0].incident == incident_id("doc-a:e0")
    assert rec.to_dict()["text"] == doc_a().text
    assert store.document("nope") is None


def test_datasette_finds_the_full_text_index(store: Store) -> None:
    # datasette pairs a table with the FTS table whose SQL names it as content="<table>"
    found = store.db.execute("SELECT name FROM sqlite_master WHERE rootpage = 0 AND "
                             "sql LIKE '%VIRTUAL TABLE%USING FTS%content=\"documents\"%'").fetchall()  # fmt: skip
    assert [r[0] for r in found] == ["documents_fts"]
    rows = store.db.execute("SELECT id FROM documents WHERE rowid IN (SELECT rowid FROM documents_fts "
                            "WHERE documents_fts MATCH 'harbour')").fetchall()  # fmt: skip
    assert [r[0] for r in rows] == ["doc-d"]


def test_fts_table_follows_updates_for_datasette(store: Store) -> None:
    a = doc_a()
    a.title = "Renamed headline about a bazaar"
    store.add([a])
    rows = store.db.execute("SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'bazaar'").fetchall()
    assert len(rows) == 1


def test_stats(store: Store) -> None:
    s = store.stats()
    assert s["documents"] == 5 and s["events"] == 5 and s["incidents"] == 4 and s["linked_incidents"] == 1
    assert s["first_date"] == "2024-03-11" and s["last_date"] == "2024-04-14"
    assert s["event_types"] == {"ASSAULT": 4, "PROTEST": 1}


def test_timeline(store: Store) -> None:
    days = store.timeline("day")
    assert {"period": "2024-03-15", "type": "ASSAULT", "count": 2} in days
    assert all(d["period"] != "2024-03-11" for d in days)  # a week is not placed on a day
    weeks = store.timeline("week", type="ASSAULT")
    assert weeks == [{"period": "2024-W11", "type": "ASSAULT", "count": 3},
                     {"period": "2024-W15", "type": "ASSAULT", "count": 1}]  # fmt: skip
    with pytest.raises(ValueError):
        store.timeline("hour")


def test_network(store: Store) -> None:
    net = store.network()
    assert net["edges"] == [{"source": "northern-front", "target": "RVL:CVL", "type": "ASSAULT", "count": 2}]
    ids = {n["id"]: n for n in net["nodes"]}
    assert ids["northern-front"]["name"] == "Northern Front" and ids["northern-front"]["sector"] == "REB"
    assert store.network(type="PROTEST") == {"nodes": [], "edges": []}


def test_read_only_store(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    with Store(path) as s:
        s.add([doc_a()])
    with Store(path, read_only=True) as ro:
        assert ro.count_events() == 1
        with pytest.raises(EventwireError):
            ro.add([doc_b()])
    with pytest.raises(EventwireError):
        Store(tmp_path / "missing.db", read_only=True)


def test_not_a_database(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(EventwireError, match=r"\[E006\]"):
        Store(bad)


@pytest.mark.slow
def test_real_pipeline_on_the_samples_ingests_idempotently(samples: list[Path], tmp_path: Path, nlp: object) -> None:
    import eventwire

    records = list(eventwire.analyze_many([str(p) for p in samples], nlp=nlp))  # type: ignore[arg-type]
    assert len(records) == len(samples)
    with Store(tmp_path / "samples.db") as s:
        first = s.add(records)
        assert first["added"] + first["duplicates"] == len(records)
        stats = s.stats()
        assert stats["documents"] == len(records)
        assert stats["events"] == sum(len(r.events) for r in records if not r.duplicate_of)
        again = s.add(list(eventwire.analyze_many([str(p) for p in samples], nlp=nlp)))  # type: ignore[arg-type]
        assert again["unchanged"] == len(records) and again["added"] == again["updated"] == 0
        assert s.stats() == stats
        for r in records:
            stored = s.document(r.id)
            assert stored is not None and stored.text == r.text
            assert len(stored.events) == len(r.events)
        for ev in s.events(limit=1000):
            assert ev["incident"]
            text = s.event(ev["id"])["document"]["text"]  # type: ignore[index]
            t = ev["trigger"]
            assert text[t["start"] : t["end"]] == t["text"]
        assert s.search("the")  # full-text search over real articles


def test_every_table_and_column_is_documented(tmp_path: Path) -> None:
    doc = (Path(__file__).resolve().parents[1] / "docs" / "schema.md").read_text()
    with Store(tmp_path / "x.db") as s:
        tables = [r[0] for r in s.db.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                             "AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts_%' "
                                             "AND name NOT LIKE 'events_rtree_%'")]  # fmt: skip
        missing = []
        for table in tables:
            if f"`{table}`" not in doc:
                missing.append(table)
            if table in ("documents_fts", "events_rtree"):
                continue
            for row in s.db.execute(f"PRAGMA table_info({table})"):
                if f"`{row[1]}`" not in doc:
                    missing.append(f"{table}.{row[1]}")
    assert not missing, missing


def test_near_across_the_antimeridian(tmp_path: Path) -> None:
    a, b = doc_a(), doc_c()
    assert a.events[0].place is not None and b.events[0].place is not None
    a.events[0].place.lat, a.events[0].place.lon = -17.0, 179.9
    b.events[0].place.lat, b.events[0].place.lon = -17.0, 170.0
    with Store(tmp_path / "x.db") as s:
        s.add([a, b])
        assert [e["id"] for e in s.events(near=(-17.0, -179.9, 50))] == ["doc-a:e0"]


def test_timeline_by_month_and_year(store: Store) -> None:
    months = store.timeline("month")
    assert {"period": "2024-03", "type": "ASSAULT", "count": 3} in months
    assert {"period": "2024", "type": "ASSAULT", "count": 4} in store.timeline("year")

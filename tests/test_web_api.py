"""The HTTP API and pages in-process (FastAPI TestClient) on a small store of invented articles."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from eventwire.web.app import STATIC, create_app
from eventwire.web.highlight import event_spans, mark_text
from test_web_api_data import XSS, fill_store


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fill_store(tmp_path_factory.mktemp("web") / "events.db")


@pytest.fixture(scope="module")
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(db)) as c:
        yield c


def ids(body: dict[str, Any]) -> list[str]:
    return sorted(item["id"] for item in body["items"])


def get(client: TestClient, url: str, status: int = 200) -> Any:
    r = client.get(url)
    assert r.status_code == status, (url, r.status_code, r.text[:300])
    return r.json()


# ---- events and filters ----------------------------------------------------------------------------------
def test_events_lists_everything_with_total(client: TestClient) -> None:
    body = get(client, "/api/events")
    assert body["total"] == 7 and body["count"] == 7 and body["offset"] == 0
    first = body["items"][0]
    assert {"id", "type", "trigger", "document_id", "document_title", "published", "source"} <= set(first)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("actor=northern-front", ["doc-a-e1", "doc-b-e1"]),
        ("actor=Teachers", ["doc-c-e1"]),
        ("type=ASSAULT", ["doc-a-e1", "doc-b-e1"]),
        ("type=protest", ["doc-c-e1"]),
        ("since=2024-03-10", ["doc-c-e1", "doc-c-e2", "doc-d-e1"]),
        ("until=2024-03-04", ["doc-a-e1", "doc-a-e2", "doc-b-e1"]),
        ("since=2024-03&until=2024-03-09", ["doc-a-e1", "doc-a-e2", "doc-b-e1"]),
        ("near=36.2,44.0,50", ["doc-a-e1", "doc-b-e1"]),
        ("near=39.9,32.9,20", ["doc-d-e1"]),
        ("text=reinforcements", ["doc-a-e3"]),
        ("status=future", ["doc-a-e3"]),
        ("acled=Peaceful protest", ["doc-c-e1"]),
        ("acled=arrests", ["doc-c-e2"]),
        ("country=TUR", ["doc-d-e1"]),
        ("entity=teachers-union", ["doc-c-e1", "doc-c-e2"]),
        ("document=doc-a", ["doc-a-e1", "doc-a-e2", "doc-a-e3"]),
        ("type=ASSAULT&document=doc-b", ["doc-b-e1"]),
        ("actor=nobody-at-all", []),
    ],
)
def test_event_filters(client: TestClient, query: str, expected: list[str]) -> None:
    body = get(client, f"/api/events?{query}")
    assert ids(body) == expected
    assert body["total"] == len(expected)


def test_incident_filter_gives_every_report(client: TestClient) -> None:
    incident = get(client, "/api/events/doc-a-e1")["incident"]
    assert incident
    assert ids(get(client, f"/api/events?incident={incident}")) == ["doc-a-e1", "doc-b-e1"]


def test_paging_and_sort(client: TestClient) -> None:
    newest = get(client, "/api/events?sort=-date&limit=2")
    assert newest["total"] == 7 and newest["count"] == 2 and newest["limit"] == 2
    assert newest["items"][0]["id"] == "doc-d-e1"
    oldest = get(client, "/api/events?sort=date&limit=3&offset=0")
    assert all(item["date"] == "2024-03-04" for item in oldest["items"])
    seen = []
    for offset in range(0, 7, 3):
        seen += [e["id"] for e in get(client, f"/api/events?sort=date&limit=3&offset={offset}")["items"]]
    assert sorted(seen) == sorted(e["id"] for e in get(client, "/api/events")["items"])
    assert get(client, "/api/events?offset=100")["items"] == []
    confident = get(client, "/api/events?sort=confidence")["items"]
    assert confident[0]["id"] == "doc-a-e1"


# ---- one event and its evidence ----------------------------------------------------------------------------
def test_event_with_evidence(client: TestClient) -> None:
    ev = get(client, "/api/events/doc-a-e1")
    assert ev["type"] == "ASSAULT" and ev["document"]["id"] == "doc-a"
    kinds = {(s["kind"], s["text"]) for s in ev["evidence"]["spans"]}
    assert {("trigger", "shelled"), ("actor", "Northern Front"), ("recipient", "army positions")} <= kinds
    assert {("date", "Monday"), ("place", "Erbil")} <= kinds
    text = ev["evidence"]["text"]
    assert all(text[s["start"] : s["end"]] == s["text"] for s in ev["evidence"]["spans"])
    assert [r["event_id"] for r in ev["other_reports"]] == ["doc-b-e1"]


def test_event_quote_is_evidence(client: TestClient) -> None:
    spans = get(client, "/api/events/doc-a-e2")["evidence"]["spans"]
    assert any(s["kind"] == "quote" and s["text"].startswith("We will answer") for s in spans)


# ---- incidents, entities, documents, search, aggregates --------------------------------------------------
def test_incidents(client: TestClient) -> None:
    body = get(client, "/api/incidents")
    assert body["total"] == 6
    top = body["items"][0]
    assert top["reports"] == 2  # the shelling, told by two articles
    incident = get(client, f"/api/incidents/{top['id']}")
    assert sorted(r["event_id"] for r in incident["reports_list"]) == ["doc-a-e1", "doc-b-e1"]
    assert get(client, "/api/incidents?type=PROTEST")["total"] == 1
    assert get(client, "/api/incidents?limit=2&offset=1")["count"] == 2


def test_entities(client: TestClient) -> None:
    body = get(client, "/api/entities")
    assert body["total"] == 6
    assert ids(get(client, "/api/entities?q=government")) == [
        "government-of-iraq", "government-of-turkey", "kurdistan-government",
    ]  # fmt: skip
    paged = get(client, "/api/entities?limit=2&offset=2")
    assert paged["count"] == 2 and paged["total"] == 6
    entity = get(client, "/api/entities/northern-front")
    assert entity["name"] == "Northern Front"
    assert {e["id"] for e in entity["events"]} == {"doc-a-e1", "doc-a-e2", "doc-b-e1"}


def test_documents_and_search(client: TestClient) -> None:
    assert get(client, "/api/documents")["total"] == 4
    assert ids(get(client, "/api/documents?q=soldiers")) == ["doc-a", "doc-b"]
    doc = get(client, "/api/documents/doc-c")
    assert doc["title"] == "Teachers protest in Baghdad" and len(doc["events"]) == 2
    assert set(doc) >= {"id", "text", "published", "mentions", "entities", "places", "times", "quotes", "events"}
    found = get(client, "/api/search?q=water accord")
    assert [d["id"] for d in found["items"]] == ["doc-d"]


def test_stats_timeline_network(client: TestClient) -> None:
    stats = get(client, "/api/stats")
    assert stats["documents"] == 4 and stats["events"] == 7
    day = get(client, "/api/timeline")
    assert {"period": "2024-03-04", "type": "ASSAULT", "count": 2} in day["items"]
    week = get(client, "/api/timeline?bucket=week&type=PROTEST")
    assert week["bucket"] == "week" and week["items"] == [{"period": "2024-W10", "type": "PROTEST", "count": 1}]
    net = get(client, "/api/network")
    assert {"source": "northern-front", "target": "iraqi-army", "type": "ASSAULT", "count": 2} in net["edges"]
    assert {n["id"] for n in net["nodes"]} >= {"northern-front", "iraqi-army"}
    only = get(client, "/api/network?type=AGREE")
    assert [(e["source"], e["target"]) for e in only["edges"]] == [("government-of-iraq", "government-of-turkey")]


# ---- errors: 4xx with a JSON message, never a 500 ---------------------------------------------------------
@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/api/events?since=2024-13-01", 400),
        ("/api/events?until=yesterday", 400),
        ("/api/events?since=2024-05-01&until=2024-03-01", 400),
        ("/api/events?near=36,44", 400),
        ("/api/events?near=95,44,10", 400),
        ("/api/events?near=a,b,c", 400),
        ("/api/events?near=36,44,-5", 400),
        ("/api/events?type=EXPLODE", 400),
        ("/api/events?status=maybe", 400),
        ("/api/events?acled=Bake sale", 400),
        ("/api/events?country=Iraq", 400),
        ("/api/events?text=%22%22", 400),
        ("/api/events?sort=random", 400),
        ("/api/events?limit=0", 422),
        ("/api/events?limit=501", 422),
        ("/api/events?limit=ten", 422),
        ("/api/events?offset=-1", 422),
        ("/api/timeline?bucket=hour", 422),
        ("/api/search", 422),
        ("/api/search?q=", 422),
        ("/api/documents?q=%22", 400),
        ("/api/events/no-such-event", 404),
        ("/api/incidents/no-such-incident", 404),
        ("/api/entities/no-such-entity", 404),
        ("/api/documents/no-such-document", 404),
        ("/api/nothing-here", 404),
    ],
)
def test_bad_parameters_are_4xx_json(client: TestClient, url: str, status: int) -> None:
    r = client.get(url)
    assert r.status_code == status, r.text
    error = r.json()["error"]
    assert error["status"] == status and error["message"]


@pytest.mark.parametrize(
    "url", ["/events?since=bad", "/map?near=1,2", "/network?type=NOPE", "/?bucket=hour", "/events/nope"]
)
def test_bad_page_parameters_are_4xx_html(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert 400 <= r.status_code < 500
    assert r.headers["content-type"].startswith("text/html")
    assert 'class="error"' in r.text


# ---- OpenAPI, docs, static ------------------------------------------------------------------------------
def test_openapi_and_docs_without_cdn(client: TestClient) -> None:
    spec = get(client, "/api/openapi.json")
    for path in ("/api/events", "/api/events/{event_id}", "/api/incidents", "/api/incidents/{incident_id}",
                 "/api/entities", "/api/entities/{entity_id}", "/api/documents", "/api/documents/{document_id}",
                 "/api/search", "/api/stats", "/api/timeline", "/api/network"):  # fmt: skip
        assert path in spec["paths"], path
    params = {p["name"] for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert params >= {"actor", "type", "since", "until", "near", "text", "status", "acled", "country", "incident",
                      "entity", "limit", "offset", "sort"}  # fmt: skip
    docs = client.get("/api/docs")
    assert docs.status_code == 200 and "/api/events" in docs.text
    assert "cdn" not in docs.text.lower()


PAGES = ["/", "/?bucket=week", "/events", "/events?type=ASSAULT&page=1", "/events/doc-a-e1", "/map", "/network",
         "/entities/northern-front", "/documents/doc-a", "/api/docs"]  # fmt: skip


@pytest.mark.parametrize("url", PAGES)
def test_pages_load_only_local_assets(client: TestClient, url: str) -> None:
    r = client.get(url)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    for ref in re.findall(r'(?:src|href)="([^"]*)"', r.text):
        assert not re.match(r"^(https?:)?//", ref), f"{url} loads {ref} from elsewhere"
        if ref.startswith("/static/"):
            assert client.get(ref).status_code == 200, ref


def test_static_assets_make_no_outside_requests() -> None:
    for path in STATIC.iterdir():
        if path.suffix in {".js", ".css", ".html"}:
            assert not re.search(r"https?://(?!www\.w3\.org/2000/svg)", path.read_text()), path.name


def test_basemap_is_shipped(client: TestClient) -> None:
    world = get(client, "/static/world.geojson")
    assert world["type"] == "FeatureCollection" and len(world["features"]) > 150
    isos = {f["properties"]["iso"] for f in world["features"]}
    assert {"IRQ", "TUR", "FRA", "USA", "BRA"} <= isos
    for feature in world["features"]:
        for polygon in feature["geometry"]["coordinates"]:
            for ring in polygon:
                assert ring[0] == ring[-1] and len(ring) >= 4
                assert all(-180 <= x <= 180 and -90 <= y <= 90 for x, y in ring)


# ---- pages show the evidence, escaped --------------------------------------------------------------------
def test_event_page_highlights_the_evidence(client: TestClient) -> None:
    html = client.get("/events/doc-a-e1").text
    assert re.search(r'<mark class="trigger[^"]*"[^>]*>shelled</mark>', html)
    assert re.search(r'<mark class="actor[^"]*"[^>]*>Northern Front</mark>', html)
    assert re.search(r'<mark class="date[^"]*"[^>]*>Monday</mark>', html)
    assert re.search(r'<mark class="place[^"]*"[^>]*>Erbil</mark>', html)
    assert "Three soldiers killed in shelling" in html  # the other report of the incident
    assert 'class="legend marks"' in html


def test_article_text_is_escaped_everywhere(client: TestClient) -> None:
    escaped = "&lt;script&gt;alert(1)&lt;/script&gt;"
    for url in ("/documents/doc-d", "/events/doc-d-e1", "/events", "/", "/entities/government-of-turkey"):
        html = client.get(url).text
        assert XSS not in html, url
        assert escaped in html, url
    body = client.get("/api/documents/doc-d").json()
    assert XSS in body["text"]  # JSON carries the text as data, unchanged


def test_filters_round_trip_in_the_query_string(client: TestClient) -> None:
    html = client.get("/events?type=PROTEST&country=IRQ").text
    assert 'value="IRQ"' in html and '<option value="PROTEST" selected>' in html
    assert "doc-c-e1" in html and "doc-a-e1" not in html
    assert 'href="/map?type=PROTEST&amp;country=IRQ"' in html


# ---- read-only --------------------------------------------------------------------------------------------
def test_app_opens_the_database_read_only(db: Path) -> None:
    app = create_app(db)
    store = app.state.source.store
    with pytest.raises(sqlite3.OperationalError):
        store.db.execute("DELETE FROM events")
    app.state.source.close()
    with pytest.raises(FileNotFoundError):
        create_app(db.parent / "missing.db")


def test_mark_text_escapes_and_splits_overlaps() -> None:
    text = "a <b> c & d"
    html = str(mark_text(text, [(0, 5, "sentence"), (2, 5, "trigger"), (4, 9, "actor")]))
    assert html == (
        '<mark class="sentence" title="sentence">a </mark>'
        '<mark class="trigger sentence" title="trigger">&lt;b</mark>'
        '<mark class="trigger actor sentence" title="trigger">&gt;</mark>'
        '<mark class="actor" title="actor"> c &amp;</mark> d'
    )
    assert str(mark_text("x", [(5, 9, "trigger"), (0, 0, "actor")])) == "x"


def test_event_spans_find_date_words_without_offsets() -> None:
    text = "On Friday police arrested him. Friday was calm."
    event = {"trigger": {"start": 17, "end": 25}, "sentence": {"start": 0, "end": 30}, "date_text": "Friday"}
    spans = event_spans(event, {"text": text, "times": []})
    assert (3, 9, "date") in spans and (17, 25, "trigger") in spans
    assert json.dumps(spans)


def test_a_date_counted_from_another_time_marks_that_time() -> None:
    text = "They buried him on Tuesday, a day after a drone struck his car."
    event = {"trigger": {"start": 48, "end": 54}, "sentence": {"start": 0, "end": 63}}
    event["date_text"] = "a day before Tuesday"  # how records without date offsets spelled it
    assert (19, 26, "date") in event_spans(event, {"text": text, "times": []})


def test_a_counted_date_marks_the_time_and_the_counting_words_by_their_offsets() -> None:
    text = "They buried him on Tuesday, a day after a drone struck his car."
    event = {"trigger": {"start": 48, "end": 54}, "sentence": {"start": 0, "end": 63}, "date_text": "Tuesday",
             "date_span": {"text": "Tuesday", "start": 19, "end": 26},
             "date_shift": {"text": "a day after", "start": 28, "end": 39}}  # fmt: skip
    spans = event_spans(event, {"text": text, "times": []})
    assert (19, 26, "date") in spans and (28, 39, "date") in spans
    assert text[28:39] == "a day after"

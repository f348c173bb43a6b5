"""Outlet homes: a local outlet's other articles say where its bare town names are (invented articles)."""

from __future__ import annotations

import io
import json
from collections.abc import Iterable
from pathlib import Path

import pytest
from spacy.language import Language

from eventwire.gazetteer import Gazetteer
from eventwire.homes import outlet_homes, second_look, with_homes
from eventwire.jobs import extract
from eventwire.pipeline import analyze_articles
from eventwire.read.article import Article
from eventwire.records import Document, Place
from eventwire.stages.places import default_gazetteer

LEDGER = [
    "Firefighters from Tyler, Texas, put out a barn fire on Monday. No one was hurt, the Smith County fire "
    "marshal said.",
    "The Longview City Council voted on Tuesday to repave six streets near the Gregg County courthouse in Texas.",
    "A Paris man was arrested after a car chase on Monday night, police said. He was taken to the Paris jail.",
]


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


def _place(gaz: Gazetteer, name: str, country: str, admin1: str | None = None, score: float = 0.9) -> Place:
    entry = next(c for c, _ in gaz.lookup(name) if c.country == country and (admin1 is None or c.admin1 == admin1))
    return Place(0, len(name), name, entry.name, entry.geonameid, entry.lat, entry.lon, entry.country,
                 entry.feature, score)  # fmt: skip


def _doc(k: int, source: str | None, *places: Place) -> Document:
    return Document(id=f"d{k}", text=f"story {k}", source=source, places=list(places))


def test_home_is_where_the_outlets_other_articles_are(gaz: Gazetteer) -> None:
    docs = [
        _doc(1, "ledger", _place(gaz, "Tyler", "USA", "TX"), _place(gaz, "Texas", "USA")),
        _doc(2, "ledger", _place(gaz, "Longview", "USA", "TX")),
        _doc(3, "ledger", _place(gaz, "Paris", "FRA")),
        _doc(4, None, _place(gaz, "Tyler", "USA", "TX")),
        _doc(5, "lone", _place(gaz, "Tyler", "USA", "TX")),
    ]
    homes = outlet_homes(docs, gaz)
    # The third article's home comes from the other two only: Texas and the US, each whole.
    assert homes[2] == {"TX": 1.0, "USA": 1.0}
    # Each of the first two also counts the third's Paris: half of the other articles' votes (Ile-de-France).
    assert homes[0] == {"FRA": 0.5, "FRA:11": 0.5, "TX": 0.5, "USA": 0.5}
    assert homes[3] is None and homes[4] is None  # no outlet; the outlet's only article
    home = homes[2]
    assert home is not None and second_look(docs[2], home, gaz)  # the gazetteer has a Paris in Texas
    assert not second_look(docs[1], home, gaz)  # already at home


def test_unsure_places_and_country_names_tell_no_home(gaz: Gazetteer) -> None:
    docs = [
        _doc(1, "wire", _place(gaz, "Tyler", "USA", "TX", score=0.55)),  # a close call: no vote
        _doc(2, "wire", _place(gaz, "France", "FRA")),  # a country is named from anywhere
        _doc(3, "wire", _place(gaz, "Paris", "FRA")),
    ]
    assert outlet_homes(docs, gaz)[2] is None


def test_an_outlet_spread_over_many_states_has_no_home(gaz: Gazetteer) -> None:
    towns = [("Tyler", "TX"), ("Albany", "NY"), ("Fresno", "CA"), ("Tulsa", "OK"), ("Omaha", "NE"), ("Boise", "ID")]
    docs = [_doc(k, "national", _place(gaz, town, "USA", state)) for k, (town, state) in enumerate(towns)]
    docs.append(_doc(9, "national", _place(gaz, "Paris", "FRA")))
    # One country stands out, but no state does: a national service, not a local paper.
    assert outlet_homes(docs, gaz)[-1] is None


def test_an_outlet_with_two_articles_has_no_home(gaz: Gazetteer) -> None:
    # One story about Tyler would decide where the other's Paris is.
    docs = [_doc(1, "courier", _place(gaz, "Tyler", "USA", "TX")), _doc(2, "courier", _place(gaz, "Paris", "FRA"))]
    assert outlet_homes(docs, gaz) == [None, None]


def test_an_article_held_twice_votes_once(gaz: Gazetteer) -> None:
    paris = _doc(3, "ledger", _place(gaz, "Paris", "FRA"))
    docs = [
        _doc(1, "ledger", _place(gaz, "Tyler", "USA", "TX")),
        _doc(2, "ledger", _place(gaz, "Longview", "USA", "TX")),
        paris,
        paris,  # the same record twice (the same line read twice)
        Document(id="d3-copy", text=paris.text, source="ledger", places=list(paris.places)),  # refiled
    ]
    homes = outlet_homes(docs, gaz)
    assert homes[0] == {"FRA": 0.5, "FRA:11": 0.5, "TX": 0.5, "USA": 0.5}  # Paris counts once, as in one copy
    assert homes[2] == homes[3] == homes[4] == {"TX": 1.0, "USA": 1.0}  # each copy has the article's home


def test_articles_sharing_an_id_keep_their_own_records(gaz: Gazetteer) -> None:
    story = Article("A Paris man was hurt.", "a:1", id="same", source="ledger")
    correction = Article("A Paris woman was hurt.", "a:2", id="same", source="ledger")
    docs = [
        _doc(1, "ledger", _place(gaz, "Tyler", "USA", "TX")),
        _doc(2, "ledger", _place(gaz, "Longview", "USA", "TX")),
        Document(id="same", text=story.text, source="ledger", places=[_place(gaz, "Paris", "FRA")]),
        Document(id="same", text=correction.text, source="ledger", places=[_place(gaz, "Paris", "FRA")]),
    ]
    articles = [Article("x", "a:3"), Article("y", "a:4"), story, correction]

    def analyze(some: Iterable[Article]) -> list[Document]:  # a stand-in: the record of each article's text
        return [Document(id=a.id or "", text=a.text, source=a.source) for a in some]

    assert with_homes(articles, docs, analyze, gaz) == 2
    assert [d.text for d in docs[2:]] == [story.text, correction.text]


@pytest.mark.slow
def test_a_bare_town_of_a_local_paper_is_its_areas(nlp: Language, gaz: Gazetteer) -> None:
    articles = [Article(text, f"ledger:{k}", id=f"l{k}", source="East Texas Ledger") for k, text in enumerate(LEDGER)]
    articles.append(Article(LEDGER[2], "wire:1", id="w1", source="World Wire"))
    docs = list(analyze_articles(articles, nlp))
    assert {p.country for p in docs[2].places} == {"FRA"}  # alone, "a Paris man" is from Paris, France
    again = with_homes(articles, docs, lambda some: analyze_articles(some, nlp), gaz)
    assert again == 1
    paris = [p for p in docs[2].places if p.text == "Paris"]
    assert paris and all(p.country == "USA" and 33 < (p.lat or 0) < 34 for p in paris)  # Paris, Texas
    assert {p.country for p in docs[3].places} == {"FRA"}  # another outlet's copy is unchanged


@pytest.mark.slow
def test_extract_reads_the_outlets_homes_unless_told_not_to(tmp_path: Path) -> None:
    lines = [
        {"id": f"l{k}", "source": "East Texas Ledger", "published": "2026-03-02", "text": text}
        for k, text in enumerate(LEDGER)
    ]
    path = tmp_path / "ledger.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))

    def paris_countries(outlet_homes: bool) -> set[str | None]:
        out = io.StringIO()
        report = extract([str(path)], out, outlet_homes=outlet_homes)
        assert report.second_looks == (1 if outlet_homes else 0)
        records = [json.loads(line) for line in out.getvalue().splitlines()]
        return {p["country"] for p in records[2]["places"] if p["text"] == "Paris"}

    assert paris_countries(True) == {"USA"}
    assert paris_countries(False) == {"FRA"}


@pytest.mark.slow
def test_ingest_learns_homes_from_the_store_across_runs(tmp_path: Path) -> None:
    from eventwire.jobs import ingest
    from eventwire.store import Store

    def write(name: str, ks: list[int]) -> Path:
        path = tmp_path / name
        path.write_text("".join(json.dumps({"id": f"l{k}", "source": "East Texas Ledger", "text": LEDGER[k]}) + "\n"
                                for k in ks))  # fmt: skip
        return path

    db = tmp_path / "ew.db"
    first = ingest([str(write("first.jsonl", [0, 1]))], db)
    assert first.second_looks == 0  # both already at home
    second = ingest([str(write("second.jsonl", [2]))], db)  # a later run: the home comes from the store
    assert second.second_looks == 1 and (second.store["run"]["added"], second.store["run"]["updated"]) == (1, 0)
    with Store(db) as store:
        doc = store.document("l2")
    assert doc is not None and {p.country for p in doc.places if p.text == "Paris"} == {"USA"}


@pytest.mark.slow
def test_ingesting_the_same_input_again_changes_nothing(tmp_path: Path) -> None:
    from eventwire.jobs import ingest

    path = tmp_path / "ledger.jsonl"
    path.write_text("".join(json.dumps({"id": f"l{k}", "source": "East Texas Ledger", "text": text}) + "\n"
                            for k, text in enumerate(LEDGER)))  # fmt: skip
    db = tmp_path / "ew.db"
    first = ingest([str(path)], db)
    assert first.second_looks == 1
    run = first.store["run"]
    assert (run["added"], run["updated"], run["events"]) == (3, 0, first.store["totals"]["events"])
    assert first.events == first.store["totals"]["events"]
    again = ingest([str(path)], db)  # the home's record is not put back to its first reading and changed again
    assert (again.store["run"]["unchanged"], again.store["run"]["updated"]) == (3, 0)


def test_an_outlets_home_is_read_from_its_latest_stored_articles(tmp_path: Path) -> None:
    from eventwire.store import Store

    texts = [f"Story number {k} of the county paper, about a different road each week." for k in range(5)]
    with Store(tmp_path / "ew.db") as store:
        store.add([Document(id=f"s{k}", text=text, source="ledger") for k, text in enumerate(texts)])
        store.add([Document(id="w1", text="A wire story.", source="wire")])
        assert [d.id for d in store.records_of(["ledger"])] == ["s0", "s1", "s2", "s3", "s4"]
        # The latest two, and an older one the run asks for, oldest first; other outlets' records never.
        assert [d.id for d in store.records_of(["ledger"], ids=["s0"], recent=2)] == ["s0", "s3", "s4"]

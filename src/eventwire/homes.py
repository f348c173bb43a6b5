"""Outlet homes: the areas a local outlet writes about, learned from its own articles, as a prior for places.

Local news names its towns bare ("Paris", "Dublin", "Springfield", "a Newark man"): its readers know the area,
and the article alone often does not say it. The outlet's other articles do: a paper in Paris, Texas names
Lamar County, Roxton and Texas in some of its stories. An outlet's home, seen from one of its articles, is
where the places of its *other* articles lie (the article's own places already count in its own context):

- each other article gives one vote, shared among the first-level areas (a US state, a province: see
  :func:`~eventwire.stages.geo.resolve.state_key`) and the countries of its sure places: towns, counties and
  states resolved with a clear lead (score at least :data:`SURE`), not countries or continents named (a
  national story names them from anywhere) and not nationality words;
- the names the article itself uses cast no vote: their sense in the other articles is what is in question
  (a paper in Dublin, Ohio names Dublin in every story, and each story alone may read it as Ireland's);
- an area with at least :data:`MIN_SHARE` of the votes is part of the home, with its share as weight; an
  outlet has a home only if a first-level area is part of it: one whose stories are spread over many
  states and provinces (a national or a world service) has none, though one country may stand out;
- an article counts once however often the run holds it (the same id, or the same text: a story filed
  twice is no second witness), and an outlet needs :data:`MIN_ARTICLES` distinct articles: with two, one
  story about a town far away would decide where the other's bare names are.

The places stage reads the home as evidence of the article's state and country
(:data:`~eventwire.stages.places.HOME_WEIGHT`). Learning it needs the whole run first, so a run with homes
analyses twice: all articles, then again, with their homes, those that have a place whose name the gazetteer
also knows inside the home while the first reading put it outside (:func:`second_look`); the others keep
their first record. Runs whose articles carry no ``source`` (outlet), or one article per outlet, are unchanged.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import replace

from .gazetteer import Gazetteer, GazPlace, plain
from .read.article import Article
from .records import Document, Place
from .stages.geo.resolve import is_country_key, state_key

SURE = 0.7  # a place's score (its lead over the runner-up, in [0, 1]) from which it tells where a story is
MIN_SHARE = 0.25  # an area's share of the outlet's other articles' votes from which it is part of the home
MIN_ARTICLES = 3  # an outlet's distinct articles from which it may have a home
_NOT_WHERE = frozenset({"PCLI", "CONT", "BDR"})  # named from anywhere, or derived


def _entry(place: Place, gaz: Gazetteer) -> GazPlace | None:
    """The gazetteer entry a place record was resolved to (its id and point identify it)."""
    for name in dict.fromkeys((place.text, place.name)):
        for cand, _ in gaz.lookup(name):
            same_point = abs(cand.lat - (place.lat or 0.0)) < 1e-3 and abs(cand.lon - (place.lon or 0.0)) < 1e-3
            if cand.geonameid == place.geonameid and same_point:
                return cand
    return None


def article_areas(doc: Document, gaz: Gazetteer) -> dict[str, dict[str, float]]:
    """One article's vote, by the name that casts it: its sure places' states and countries, each kind summing
    to 1 over the article (when it has any)."""
    rows: list[tuple[str, str | None, str | None]] = []  # (name, state key, country)
    for place in doc.places:
        if place.kind == "adjective" or place.feature in _NOT_WHERE or (place.score or 0.0) < SURE:
            continue
        entry = _entry(place, gaz)
        if entry is not None:
            rows.append((plain(place.text), state_key(entry), entry.country))
    n_states = sum(state is not None for _, state, _ in rows)
    n_countries = sum(country is not None for _, _, country in rows)
    vote: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for name, state, country in rows:
        if state is not None:
            vote[name][state] += 1 / n_states
        if country is not None:
            vote[name][country] += 1 / n_countries
    return vote


def _names(doc: Document) -> set[str]:
    return {plain(place.text) for place in doc.places}


def outlet_homes(docs: Sequence[Document], gaz: Gazetteer) -> list[dict[str, float] | None]:
    """Each document's outlet home (areas and weights) from the outlet's other documents, or None. The names
    the document itself uses cast no vote (their sense in the other articles is what is to be decided: a
    paper in Dublin, Ohio names Dublin in every story, and each story alone may read it as Ireland's)."""
    by_outlet: dict[str, list[int]] = defaultdict(list)
    for k, doc in enumerate(docs):
        if doc.source:
            by_outlet[doc.source].append(k)
    homes: list[dict[str, float] | None] = [None] * len(docs)
    for members in by_outlet.values():
        first = _first_copies(docs, members)
        distinct = sorted(set(first.values()))
        if len(distinct) < MIN_ARTICLES:
            continue
        by_name: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))  # name -> area -> votes
        for k in distinct:
            for name, areas in article_areas(docs[k], gaz).items():
                for area, weight in areas.items():
                    by_name[name][area] += weight
        total: dict[str, float] = defaultdict(float)
        for areas in by_name.values():
            for area, weight in areas.items():
                total[area] += weight
        own = {k: _home(docs[k], by_name, total, len(distinct) - 1) for k in distinct}
        for k in members:
            homes[k] = own[first[k]]
    return homes


def _first_copies(docs: Sequence[Document], members: list[int]) -> dict[int, int]:
    """Each member's first copy among ``members``: the first with its id or its text (an article read twice,
    or filed again under another id, is one article)."""
    seen: dict[str, int] = {}
    first: dict[int, int] = {}
    for k in members:
        keys = [f"id:{docs[k].id}"] + ([f"text:{docs[k].text}"] if docs[k].text else [])
        first[k] = next((seen[key] for key in keys if key in seen), k)
        for key in keys:
            seen.setdefault(key, first[k])
    return first


def _home(
    doc: Document, by_name: dict[str, dict[str, float]], total: dict[str, float], others: int
) -> dict[str, float] | None:
    """``doc``'s home from its outlet's votes (``total``, by name in ``by_name``), leaving out the names it uses."""
    shares = dict(total)
    for name in _names(doc) & by_name.keys():
        for area, weight in by_name[name].items():
            shares[area] -= weight
    home = {area: round(share / others, 3) for area, share in sorted(shares.items()) if share / others >= MIN_SHARE}
    return home if any(not is_country_key(area) for area in home) else None  # local: a state or province


def second_look(doc: Document, home: dict[str, float], gaz: Gazetteer) -> bool:
    """Whether the home may change a place of ``doc``: some place (not a country or a continent) lies outside
    the home's areas while the gazetteer knows its name inside one of them."""
    for place in doc.places:
        if place.feature in ("CONT", "BDR"):  # a country may be a town of the home ("a Jordan man")
            continue
        entry = _entry(place, gaz)
        if entry is not None and _at_home(entry, home):
            continue
        if any(_at_home(cand, home) for cand, _ in gaz.lookup(place.text)):
            return True
    return False


def _at_home(entry: GazPlace, home: dict[str, float]) -> bool:
    """The entry lies in one of the home's first-level areas (a home always has one: see :func:`_home`)."""
    return state_key(entry) in home


def to_look_again(
    docs: Sequence[Document], gaz: Gazetteer, among: Container[str] | None = None
) -> list[tuple[int, dict[str, float]]]:
    """(index, home) of each document (of the ids ``among``, when given) whose places its outlet's home may
    change."""
    return [
        (k, home)
        for k, home in enumerate(outlet_homes(docs, gaz))
        if home and (among is None or docs[k].id in among) and second_look(docs[k], home, gaz)
    ]


Analyze = Callable[[Iterable[Article]], Iterable[Document]]


def with_homes(articles: Sequence[Article], docs: list[Document], analyze: Analyze, gaz: Gazetteer) -> int:
    """Analyse again, with its outlet's home, each document of ``docs`` whose places the home may change
    (``articles[k]`` is the article ``docs[k]`` was made from); its new record replaces the old in ``docs``
    (an article whose second analysis gives no record keeps its first). Returns how many records were replaced,
    as ``ingest`` counts them."""
    again = to_look_again(docs, gaz)
    if not again:
        return 0
    # Keyed by id and text: two articles may share an id (a story and its correction), and each keeps its own.
    redone = {(doc.id, doc.text): doc for doc in analyze(replace(articles[k], place_home=home) for k, home in again)}
    done = 0
    for k, _ in again:
        doc = redone.get((docs[k].id, docs[k].text))
        if doc is not None:
            docs[k] = doc
            done += 1
    return done

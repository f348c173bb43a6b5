"""Outlet homes: the areas a local outlet writes about, learned from its own articles, as a prior for places.

Local news names its towns bare ("Paris", "Dublin", "Springfield", "a Newark man"): its readers know the area,
and the article alone often does not say it. The outlet's other articles do: a paper in Paris, Texas names
Lamar County, Roxton and Texas in some of its stories. An outlet's home, seen from one of its articles, is
where the places of its *other* articles lie (the article's own places already count in its own context):

- each other article gives one vote, shared among the first-level areas (a US state, a province: see
  :func:`~eventwire.stages.geo.resolve.state_key`) and the countries of its sure places: towns, counties and
  states resolved with a clear lead (score at least :data:`SURE`), not countries or continents named (a
  national story names them from anywhere) and not nationality words;
- an area with at least :data:`MIN_SHARE` of the votes is part of the home, with its share as weight; an
  outlet has a home only if a first-level area is part of it: one whose stories are spread over many
  states and provinces (a national or a world service) has none, though one country may stand out.

The places stage reads the home as evidence of the article's state and country
(:data:`~eventwire.stages.places.HOME_WEIGHT`). Learning it needs the whole run first, so a run with homes
analyses twice: all articles, then again, with their homes, those that have a place whose name the gazetteer
also knows inside the home while the first reading put it outside (:func:`second_look`); the others keep
their first record. Runs whose articles carry no ``source`` (outlet), or one article per outlet, are unchanged.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from .gazetteer import Gazetteer, GazPlace
from .read.article import Article
from .records import Document, Place
from .stages.geo.resolve import is_country_key, state_key

SURE = 0.7  # a place's score (its lead over the runner-up, in [0, 1]) from which it tells where a story is
MIN_SHARE = 0.25  # an area's share of the outlet's other articles' votes from which it is part of the home
_NOT_WHERE = frozenset({"PCLI", "CONT", "BDR"})  # named from anywhere, or derived


def _entry(place: Place, gaz: Gazetteer) -> GazPlace | None:
    """The gazetteer entry a place record was resolved to (its id and point identify it)."""
    for name in dict.fromkeys((place.text, place.name)):
        for cand, _ in gaz.lookup(name):
            same_point = abs(cand.lat - (place.lat or 0.0)) < 1e-3 and abs(cand.lon - (place.lon or 0.0)) < 1e-3
            if cand.geonameid == place.geonameid and same_point:
                return cand
    return None


def article_areas(doc: Document, gaz: Gazetteer) -> dict[str, float]:
    """One article's vote: its sure places' states and countries, each kind summing to 1 (when it has any)."""
    states: Counter[str] = Counter()
    countries: Counter[str] = Counter()
    for place in doc.places:
        if place.kind == "adjective" or place.feature in _NOT_WHERE or (place.score or 0.0) < SURE:
            continue
        entry = _entry(place, gaz)
        if entry is None:
            continue
        if (key := state_key(entry)) is not None:
            states[key] += 1
        if entry.country:
            countries[entry.country] += 1
    vote: dict[str, float] = {}
    for kind in (states, countries):
        total = sum(kind.values())
        for key, n in kind.items():
            vote[key] = n / total
    return vote


def outlet_homes(docs: Sequence[Document], gaz: Gazetteer) -> list[dict[str, float] | None]:
    """Each document's outlet home (areas and weights) from the outlet's other documents, or None."""
    votes = [article_areas(doc, gaz) if doc.source else {} for doc in docs]
    by_outlet: dict[str, list[int]] = defaultdict(list)
    for k, doc in enumerate(docs):
        if doc.source:
            by_outlet[doc.source].append(k)
    homes: list[dict[str, float] | None] = [None] * len(docs)
    for members in by_outlet.values():
        if len(members) < 2:
            continue
        total: dict[str, float] = defaultdict(float)
        for k in members:
            for area, weight in votes[k].items():
                total[area] += weight
        others = len(members) - 1
        for k in members:
            shares = {area: (weight - votes[k].get(area, 0.0)) / others for area, weight in sorted(total.items())}
            home = {area: round(share, 3) for area, share in shares.items() if share >= MIN_SHARE}
            if any(not is_country_key(area) for area in home):  # local: a state or a province stands out
                homes[k] = home
    return homes


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
    key = state_key(entry)
    if any(not is_country_key(area) for area in home):
        return key in home
    return entry.country in home


Analyze = Callable[[Iterable[Article]], Iterable[Document]]


def with_homes(articles: Sequence[Article], docs: list[Document], analyze: Analyze, gaz: Gazetteer) -> int:
    """Analyse again, with its outlet's home, each document of ``docs`` whose places the home may change
    (``articles[k]`` is the article ``docs[k]`` was made from); its new record replaces the old in ``docs``
    (an article whose second analysis gives no record keeps its first). Returns how many were analysed again."""
    homes = outlet_homes(docs, gaz)
    again = [k for k, home in enumerate(homes) if home and second_look(docs[k], home, gaz)]
    if not again:
        return 0
    redone = {doc.id: doc for doc in analyze(replace(articles[k], place_home=homes[k]) for k in again)}
    for k in again:
        docs[k] = redone.get(docs[k].id, docs[k])
    return len(again)

"""Disambiguation: pick one gazetteer entry per place mention with a short, explainable score.

A candidate's score is a sum of named parts (see :data:`WEIGHTS` and :func:`explain`):

- ``population``: log10(population) / 7, capped at 1 (a city of 10 million scores 1); a first-level
  division known without a population (a province or state outside the US) counts as
  :data:`ADM1_POPULATION` people;
- ``feature``: a prior by kind of place: country > continent > US state > capital > county > city > a US
  locality known only from its ZIP codes (``PPLL``, below zero: it wins only on the article's own evidence);
- ``exact``: the mention is spelled as one of the entry's names (not only equal after folding);
- ``primary``: the mention is the entry's main name;
- ``context``: the share of the article's country evidence that points at the entry's country (countries
  and cities named elsewhere in the article, nationality words such as "Iraqi", the dateline, the outlet's
  home when the run has learnt one: see :mod:`eventwire.homes`);
- ``state``: for a US entry, the share of the article's state evidence that points at the entry's state
  (admin1, one level below ``context``): the US states it names, the states of its counties ("Henry
  County" exists in several states: each gets 1/n) and of its US towns (1/n over the states that have a
  town of that name, so an unambiguous town counts fully), and its dateline. Local news names an
  ambiguous town ("Paris", "Gainesville") without its state because the reader knows the area. The share is
  taken of at least :data:`STATE_FLOOR` (one state's worth of evidence): one town named elsewhere in the
  story (0.5) is half a vote, not the whole of it. Other countries' first-level units (a Canadian province, a
  UK nation, an Australian state) count the same way once the gazetteer knows their admin1 codes (see
  :func:`state_key`), each scaled by how much of the article's country evidence is the entry's country; a
  town's name shared by towns of other countries divides its vote only among its own country's units. A
  village named like a first-level unit of its country ("Wales") takes no share from a sibling unit;
- ``bare county``: not a part but a candidate: a name the article also gives in full as a US county's
  ("DeKalb County ... DeKalb police") is that county's too (:func:`with_bare_counties`);
- ``county``: for a US entry, how far the article's other names support its county: another name that may
  mean the county itself or a town in it ("Paris" and "Henry County": the Paris of Henry County, Tennessee),
  counted fully when it supports only this one of the mention's counties and shared when it supports
  several. Local news names a town with its county and its neighbours; two names that share a county by
  chance are rare, as most names are borne by a handful of places among 3,000 counties. Scaled like
  ``state`` by how much of the article is about the US, halved for an entry named by one of its other
  names; another name of the same entry ("New York City" for "New York") and the name of a country or a US
  state (:func:`names_area`) support nothing;
- ``dateline``: the entry lies in the dateline's country;
- ``qualifier``: the mention is qualified by its state or country ("Paris, Texas");
- ``near``: closeness to the places chosen for the article's other mentions (1 at 0 km, 0 from 500 km);
- ``city_of_state``: a city of 100,000 people or more that shares its name with the state or province it
  lies in ("New York", "Erbil"), or a national capital that shares it with a state anywhere ("Washington"),
  is the city, as English news means it, unless the words say the area is meant ("New York State", "the
  state of Washington", "central Washington", "Tacoma, Washington", "New York Gov.", "the New York border",
  "California or Washington": see :func:`area_words_after`, :func:`names_state_only`), which gives the area
  (a country too: "TBILISI, Georgia") the part. The
  part is about the city against its own area: it is dropped when the article's other places are nearly all
  (3/4) in another country that has a town of the name ("a Paris man" in an American local story).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from ...gazetteer import LANDMARK_FEATURES, REGION_FEATURES, GazPlace, fold, plain

WEIGHTS: dict[str, float] = {
    "population": 1.0,
    "feature": 1.0,
    "exact": 0.4,
    "primary": 0.3,
    "context": 1.5,
    "state": 1.5,
    "county": 1.0,
    "dateline": 0.5,
    "qualifier": 3.0,
    "near": 0.8,
    "city_of_state": 1.5,
}
FEATURE_PRIOR: dict[str, float] = {
    "PCLI": 1.5,
    "CONT": 1.2,
    "ADM1": 1.0,
    "PPLC": 0.3,
    "ADM2": 0.4,
    "PPL": 0.0,
    "PPLL": -0.8,
    **{code: 1.0 for code in REGION_FEATURES},  # a region or a water of its exact name: seldom a town's
    **{code: 1.0 for code in LANDMARK_FEATURES},  # "Heathrow", "Pearl Harbor": the landmark, not a town
}
TOWN_FEATURES = frozenset({"PPL", "PPLC", "PPLL"})
NEAR_KM = 500.0
BIG_CITY = 100_000


@dataclass
class Mention:
    """A place mention waiting for a gazetteer entry."""

    start: int
    end: int
    text: str  # the words in the article
    query: str  # the name looked up (the mention without "the", "'s"; a facility's city)
    candidates: list[tuple[GazPlace, str]] = field(default_factory=list)  # (entry, plain name that matched)
    qualifier: GazPlace | None = None  # "Paris, Texas": the entry for "Texas"
    area_meant: bool = False  # the words say the area: "New York State", "central Washington", "Tacoma, Washington"


@dataclass
class Context:
    """What the article says about where it is."""

    # (words that gave it, ISO3, weight): a mention's own words never count as its own context
    countries: list[tuple[str, str, float]] = field(default_factory=list)
    dateline: str | None = None  # ISO3 of the dateline place
    # (words that gave it, US state code, weight): the article's evidence one level below the country
    states: list[tuple[str, str, float]] = field(default_factory=list)
    points: list[tuple[str, float, float]] = field(default_factory=list)  # (mention text, lat, lon)
    # (mention's name, {US county: ids of its candidates that are or lie in it}): evidence that needs no pick
    counties: list[tuple[str, dict[str, frozenset[int]]]] = field(default_factory=list)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


AREA_KM = 150.0  # a subdivision known only by its point "contains" the places of its country this close


def _inside(place: GazPlace, area: GazPlace) -> bool:
    if area.feature == "PCLI":
        return place.country == area.country
    if area.feature in ("ADM1", "ADM2") and place.country == area.country:
        if area.admin1 is not None:
            return place.admin1 == area.admin1
        return haversine_km(place.lat, place.lon, area.lat, area.lon) <= AREA_KM
    return False


def _same_country_unmapped(city: GazPlace, area: GazPlace) -> bool:
    """A province of the city's own country known only by its point (no admin1 code): a province named like a
    big city of its country is nearly always the one around that city, its capital ("Giza", "Minya"), though
    the point of a wide province may lie far from the city."""
    return area.admin1 is None and area.country is not None and area.country == city.country


def _city_of_state(cand: GazPlace, mention: Mention) -> float:
    areas = [c for c, _ in mention.candidates if c.feature in ("ADM1", "ADM2")]
    if mention.area_meant:
        return 1.0 if cand.feature in ("PCLI", "ADM1", "ADM2") else 0.0
    if cand.feature in ("PPL", "PPLC") and cand.population >= BIG_CITY:
        inside = any(_inside(cand, a) or _same_country_unmapped(cand, a) for a in areas)
        return 1.0 if inside or (areas and cand.feature == "PPLC") else 0.0
    return 0.0


# Words after a name that speak of a state's (or a country's) government or its edge, not of a city: "New York
# Gov. Andrew Cuomo", "New York's attorney general", "the New York border". A city has a mayor and a council.
_AREA_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:lt\.\s+|lieutenant\s+)?(?:gov\.|governor|attorney\s+general|legislature|lawmakers|"
    r"border|state\s+line)(?![a-z])",
    re.IGNORECASE,
)
_LIST_LINK = re.compile(r"^\s*(?:,|,?\s*(?:and|or))\s*$", re.IGNORECASE)


def area_words_after(after: str) -> bool:
    """The words right after a name say it is the state: its governor, its attorney general, its legislature
    or lawmakers, its border ("New York's attorney general", "the Washington border")."""
    return bool(_AREA_AFTER.match(after))


def is_list_link(between: str) -> bool:
    """The words between two names join them in a list: ", ", " and ", " or ", ", and "."""
    return bool(_LIST_LINK.match(between))


def names_state_only(query: str, candidates: list[tuple[GazPlace, str]]) -> bool:
    """The name is spelled as a US state and no country nor big city bears it ("Ohio", "Texas", not "New York",
    "Washington" nor "Georgia"): next to such a name in a list, a name that is both a state and a city is the state
    ("California or Washington", "Texas, Kansas and New York")."""
    said = plain(query)
    state = any(m == said and c.feature == "ADM1" and c.country == "USA" for c, m in candidates)
    other = any(
        m == said and (c.feature == "PCLI" or (c.feature in ("PPL", "PPLC") and c.population >= BIG_CITY))
        for c, m in candidates
    )
    return state and not other


LOCAL_SHARE = 0.75


def _elsewhere(cand: GazPlace, mention: Mention, own: dict[str, float], total: float) -> bool:
    """The article is about another country, which has a town of the name: "a Paris man" in a story whose
    other places are all American is from Paris, Tennessee or Texas, and the rule that prefers the famous
    city to its own province says nothing about it."""
    if not total or own.get(cand.country or "", 0.0):
        return False
    home = max(own, key=lambda k: own[k])
    if own[home] / total < LOCAL_SHARE:
        return False
    return any(c.country == home and c.feature in TOWN_FEATURES for c, _ in mention.candidates)


def _country_weight(share: float) -> float:
    """How far the state or province evidence counts, from the share of the article's country evidence that
    is the candidate's country: not at all unless that country is most of it, fully from two thirds."""
    return min(1.0, 1.5 * share) if share > 0.5 else 0.0


STATE_FLOOR = 1.0  # the least evidence a state share is taken of (see the module's ``state``)


def _state_share(cand: GazPlace, mention: Mention, view: _View) -> float:
    """The share of the article's state evidence (other mentions' words) in ``cand``'s state or province,
    scaled down unless most of the article's country evidence is ``cand``'s country (a British story that
    names one American town says little about Norfolk), and halved for an entry the words name by one of its
    other names ("Pittsburgh" is also a name of Pittsburg, California: the main name is the safer sense)."""
    key = state_key(cand)
    if key is None:
        return 0.0
    if cand.feature == "ADM1" and not any(c.feature == "PCLI" for c, _ in mention.candidates):
        return 0.0  # a state against a town of its name is left to ``city_of_state``; against a country
        # of its name ("Georgia") the article's state evidence decides
    if not view.states_total or _names_a_division(cand, mention, view.said):
        return 0.0
    by_main_name = plain(cand.name) == view.said
    share = view.states.get(key, 0.0) / max(view.states_total, STATE_FLOOR)
    own = view.countries.get(cand.country or "", 0.0) / view.countries_total if view.countries_total else 0.0
    return share * _country_weight(own) * (1.0 if by_main_name else 0.5)


def _names_a_division(cand: GazPlace, mention: Mention, said: str) -> bool:
    """The words spell a first-level division of the town's own country ("Wales" next to "England"): the
    evidence of a sibling division is no reason to read a village of that name in it."""
    return cand.feature in TOWN_FEATURES and any(
        c.feature == "ADM1" and c.country == cand.country and m == said and state_key(c) != state_key(cand)
        for c, m in mention.candidates
    )


def state_key(place: GazPlace) -> str | None:
    """The key of the first-level division a place lies in or is: a US state's code ("GA"), else the country
    and the GeoNames admin1 code ("CAN:08", Ontario); none for a country, a continent, a region or a
    province whose code is unknown."""
    if not place.admin1 or not place.country or place.feature in ("PCLI", "CONT", *REGION_FEATURES):
        return None
    return place.admin1 if place.country == "USA" else f"{place.country}:{place.admin1}"


def is_country_key(key: str) -> bool:
    """An area key that is a country's ISO3 code ("USA"), not a state key ("GA", "CAN:08")."""
    return len(key) == 3 and key.isalpha() and key.isupper()


def _county_support(cand: GazPlace, mention: Mention, view: _View) -> float:
    """How far the article's other names support ``cand``'s US county (see the module's ``county``), at most 1,
    scaled down unless most of the article's country evidence is the US, like ``state``."""
    if cand.country != "USA" or not cand.admin2 or not view.us_share:
        return 0.0
    support = 0.0
    for counties in view.other_counties:
        ids = counties.get(cand.admin2)
        if ids and (len(ids) > 1 or cand.id not in ids):  # another place of the county, not an alias of cand
            support += 1.0 / len(view.own_counties & counties.keys())
    by_main_name = fold(cand.name) == fold(mention.query)
    return min(1.0, support) * _country_weight(view.us_share) * (1.0 if by_main_name else 0.5)


def names_area(mention: Mention) -> bool:
    """The words spell a country, a continent or a US state ("Georgia", "Norway"): such a name is no
    evidence of a county, though towns bear it (Maine has a Norway, a Mexico, a Peru and a Poland in one
    county)."""
    said = plain(mention.query)
    return any(
        matched == said and (c.feature in ("PCLI", "CONT") or (c.feature == "ADM1" and c.country == "USA"))
        for c, matched in mention.candidates
    )


_COUNTY_WORD = re.compile(r"\s+(?:county|parish)$")


def bare_county_names(mentions: list[Mention]) -> dict[str, list[GazPlace]]:
    """The US counties the article names in full ("DeKalb County", "Osceola County"), by their name without
    the kind word ("dekalb"): the candidates of each such mention that are US counties of that name."""
    out: dict[str, list[GazPlace]] = {}
    for m in mentions:
        said = plain(m.query)
        bare = _COUNTY_WORD.sub("", said)
        if bare == said:
            continue
        for c, _ in m.candidates:
            if c.feature == "ADM2" and c.country == "USA" and plain(c.name) == said:
                out.setdefault(bare, []).append(c)
    return out


def with_bare_counties(mentions: list[Mention]) -> list[Mention]:
    """A name the article also gives in full as a county's is that county's too: local news names a county
    once in full and then without its kind word ("DeKalb County ... DeKalb police", "the land in
    unincorporated DeKalb"), so the bare name's candidates gain the counties of its full form (the name
    of a country or a US state excepted, :func:`names_area`); the scores then choose between the county and
    a town of the name. A name never given in full gains nothing: a county's name alone is more often a
    person's or a town's."""
    named = bare_county_names(mentions)
    for m in mentions:
        counties = named.get(plain(m.query))
        if not counties or names_area(m):
            continue
        have = {c.id for c, _ in m.candidates}
        said = plain(m.query)
        m.candidates = m.candidates + [(c, said) for c in counties if c.id not in have]
    return mentions


def _weights_but(rows: list[tuple[str, str, float]], text: str) -> dict[str, float]:
    """Evidence weights by code (country or state), the rows of the mention's own words ``text`` left out."""
    out: dict[str, float] = {}
    for said, code, weight in rows:
        if said != text:
            out[code] = out.get(code, 0.0) + weight
    return out


def us_share(mention: Mention, ctx: Context) -> float:
    """The share of the article's country evidence, the mention's own words aside, that is the US."""
    own = _weights_but(ctx.countries, mention.text)
    total = sum(own.values())
    return own.get("USA", 0.0) / total if total else 0.0


@dataclass
class _View:
    """What the rest of the article says, seen from one mention (its own words left out): computed once
    per mention, not once per candidate."""

    said: str
    countries: dict[str, float]
    countries_total: float
    us_share: float
    states: dict[str, float]
    states_total: float
    points: list[tuple[float, float]]
    own_counties: set[str]  # the US counties of the mention's own candidates
    other_counties: list[dict[str, frozenset[int]]]  # the counties of the article's other names


def _view(mention: Mention, ctx: Context) -> _View:
    countries = _weights_but(ctx.countries, mention.text)
    total = sum(countries.values())
    states = _weights_but(ctx.states, mention.text)
    points = [(lat, lon) for text, lat, lon in ctx.points if text != mention.text]
    said = plain(mention.query)
    own_counties = {c.admin2 for c, _ in mention.candidates if c.country == "USA" and c.admin2}
    other_counties = [counties for name, counties in ctx.counties if name != said]
    us = countries.get("USA", 0.0) / total if total else 0.0
    return _View(said, countries, total, us, states, sum(states.values()), points, own_counties, other_counties)


ADM1_POPULATION = 300_000


def _population(cand: GazPlace) -> int:
    """The entry's population, or for a first-level division known without one (the provinces and states of
    countries other than the US) a modest stand-in: such a division nearly always holds some hundreds of
    thousands of people, and scored as empty "Ontario" the province lost to Ontario, California."""
    if cand.feature == "ADM1" and not cand.population:
        return ADM1_POPULATION
    return cand.population


def explain(
    cand: GazPlace, matched: str, mention: Mention, ctx: Context, view: _View | None = None
) -> dict[str, float]:
    """The named parts of a candidate's score (before weighting)."""
    view = view or _view(mention, ctx)
    said = view.said
    parts = {
        "population": min(1.0, math.log10(_population(cand) + 1) / 7),
        "feature": FEATURE_PRIOR.get(cand.feature, 0.0),
        "exact": 1.0 if matched == said else 0.0,
        "primary": 1.0 if plain(cand.name) == said else 0.0,
        "context": 0.0,
        "state": 0.0,
        "county": 0.0,
        "dateline": 1.0 if ctx.dateline and cand.country == ctx.dateline else 0.0,
        "qualifier": 1.0 if mention.qualifier and _inside(cand, mention.qualifier) else 0.0,
        "near": 0.0,
        "city_of_state": _city_of_state(cand, mention),
    }
    own, total = view.countries, view.countries_total
    if total and cand.country:
        parts["context"] = own.get(cand.country, 0.0) / total
    parts["state"] = _state_share(cand, mention, view)
    parts["county"] = _county_support(cand, mention, view)
    if parts["city_of_state"] > 0 and _elsewhere(cand, mention, own, total):
        parts["city_of_state"] = 0.0
    if view.points and cand.feature not in ("PCLI", "CONT"):
        d = min(haversine_km(cand.lat, cand.lon, lat, lon) for lat, lon in view.points)
        parts["near"] = max(0.0, 1.0 - d / NEAR_KM)
    return parts


def score(cand: GazPlace, matched: str, mention: Mention, ctx: Context, view: _View | None = None) -> float:
    return sum(WEIGHTS[k] * v for k, v in explain(cand, matched, mention, ctx, view).items())


def choose(mention: Mention, ctx: Context) -> tuple[GazPlace, float] | None:
    """The best candidate and a confidence in [0, 1] from its lead over the runner-up."""
    if not mention.candidates:
        return None
    view = _view(mention, ctx)
    ranked = sorted(
        ((score(c, m, mention, ctx, view), c) for c, m in mention.candidates), key=lambda x: (-x[0], -x[1].population)
    )
    best_score, best = ranked[0]
    lead = best_score - ranked[1][0] if len(ranked) > 1 else 2.0
    return best, round(1 / (1 + math.exp(-2 * lead)), 3)

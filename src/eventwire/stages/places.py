"""Stage ``eventwire_places``: place mentions with GeoNames ids and coordinates.

Recognition is in :mod:`eventwire.stages.geo.mentions`, disambiguation in :mod:`eventwire.stages.geo.resolve`,
the gazetteer in :mod:`eventwire.gazetteer`. Resolution runs in passes (:data:`PASSES`): the first picks each
mention's entry from its own evidence (population, kind of place, spelling, qualifier, dateline); the
countries, US states and points of those picks become the article's context for the next pass, and so on. If
the last two passes disagree (the picks swing between two readings of the article), one more pass reads the
context of both at half weight each.
State evidence (admin1, one level below the country: a US state, a Canadian province, a UK nation) weighs
each county or town by 1/n over the units of its country that have one of its name, so an unambiguous name
counts fully. A bare name the article also gives in full as a US county's gains the county as a candidate.
Then one sense per article, but a mention whose own words say the area ("New York's attorney general") keeps
its own sense and does not impose it on the name's bare mentions.

An article may carry its outlet's home (``Article.place_home``, learnt from the outlet's other articles by
:mod:`eventwire.homes`): its states and countries count as the article's own evidence does, at
:data:`HOME_WEIGHT`.

A name whose best sense is a US locality known only from its ZIP codes gives no place in an article that is
not mostly about the US (:func:`_unless_foreign_locality`).

A US county has the median point of its ZIP codes (see :mod:`eventwire.gazetteer`); an earlier stand-in, the
median of the article's towns in the county's state, was dropped when the counties got points of their own.

Compound names: "the Iraq-Syria border" gives the two countries as mentions (each geocoded, as gold
geoparsing sets mark them) and one more place for the border itself, feature ``BDR``, at the midpoint of the
two sides' points; a border is a line, so this point only says roughly where along it the two sides meet.
"""

from __future__ import annotations

import itertools
import re

from spacy.language import Language
from spacy.tokens import Doc

from ..gazetteer import REGION_FEATURES, Gazetteer, GazPlace, plain
from ..records import Place
from . import doc_text
from .geo.mentions import Found, demonyms, find_mentions, fixed_compound, is_demonym
from .geo.resolve import (
    TOWN_FEATURES,
    Context,
    Mention,
    area_words_after,
    choose,
    is_country_key,
    is_list_link,
    names_area,
    names_state_only,
    state_key,
    us_share,
    with_bare_counties,
)

_DEFAULT: list[Gazetteer] = []


def default_gazetteer() -> Gazetteer:
    """The gazetteer opened on first use (never at import time), shared by the process."""
    if not _DEFAULT:
        _DEFAULT.append(Gazetteer())
    return _DEFAULT[0]


_AREA_PART = re.compile(r"\b(?:northern|southern|eastern|western|central|upstate|downstate|rural)\s+$")


def _qualifier(found: list[Found], k: int, text: str) -> Mention:
    f = found[k]
    m = Mention(f.start, f.end, f.text, f.query, f.candidates)
    before = text[max(0, f.start - 13) : f.start].lower()
    last = f.text.split()[-1].lower() if f.text.split() else ""
    # The words say an area is meant: "the state of X", "X State", "central X", "X Gov.", "the X border", X
    # qualifies the place named just before it ("Tacoma, Washington", but not in a list: "Cairo, Giza, and
    # Minya"), or X stands in a list next to a plain state ("California or Washington").
    after_comma = k > 0 and text[found[k - 1].end : f.start].strip() == ","
    qualifies = after_comma and (not _in_list(found, k, text) or _holds(f, found[k - 1]))
    m.area_meant = (
        "state of " in before
        or text[f.end : f.end + 7].lower().strip().startswith("state")
        or last == "state"
        or bool(_AREA_PART.search(before))
        or qualifies
        or area_words_after(text[f.end : f.end + 30])
    )
    if k + 1 < len(found):
        nxt = found[k + 1]
        between = text[f.end : nxt.start]
        names_area = any(
            m == plain(f.query) and (c.feature == "PCLI" or (c.feature == "ADM1" and c.country == "USA"))
            for c, m in f.candidates
        )  # a state or a country amid a list of them is not qualified by the next: "Georgia, Oklahoma, Ohio"
        if between.strip() == "," and not (names_area and after_comma):
            areas = [c for c, _ in nxt.candidates if c.feature in ("PCLI", "ADM1")]
            if areas:
                m.qualifier = max(areas, key=lambda c: c.population)
    if m.qualifier is None and plain(f.text) == plain(f.query):  # not "Washington, D.C." as one span
        m.area_meant = m.area_meant or _among_states(found, k, text)
    return m


def _in_list(found: list[Found], k: int, text: str) -> bool:
    """The name after "A, " goes on a list rather than qualifying A: another name follows it the same way
    ("Cairo, Giza, and Minya"), or A itself follows one ("in Cairo, Giza ...")."""
    after = k + 1 < len(found) and is_list_link(text[found[k].end : found[k + 1].start])
    before = k > 1 and is_list_link(text[found[k - 2].end : found[k - 1].start])
    return after or before


def _holds(area: Found, place: Found) -> bool:
    """One of the area's senses is a country or first-level division that one of the place's senses lies in
    ("Spokane, Washington, and Boise, Idaho": Washington holds a Spokane; in "Cairo, Giza, and Minya" the
    Giza governorate holds no Cairo)."""
    inside = {(c.country, c.admin1) for c, _ in place.candidates if c.feature not in ("PCLI", "ADM1")}
    for c, _ in area.candidates:
        if c.feature == "PCLI" and any(country == c.country for country, _ in inside):
            return True
        if c.feature == "ADM1" and c.admin1 is not None and (c.country, c.admin1) in inside:
            return True
    return False


def _among_states(found: list[Found], k: int, text: str) -> bool:
    """A neighbour in a list is a plain US state ("California or Washington"): the name is a state too."""
    for j in (k - 1, k + 1):
        if not 0 <= j < len(found):
            continue
        a, b = sorted((j, k))
        if is_list_link(text[found[a].end : found[b].start]) and names_state_only(found[j].query, found[j].candidates):
            return True
    return False


def _dateline_country(hint: str | None, gaz: Gazetteer) -> str | None:
    if not hint:
        return None
    cands = gaz.lookup(hint)
    if not cands:
        return None
    return max(cands, key=lambda cm: (cm[1] == hint.lower(), cm[0].population))[0].country


def _context(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> Context:
    ctx = Context(dateline=_dateline_country(doc._.place_hint, gaz))
    for ent in doc.ents:
        if is_demonym(ent.text) and not fixed_compound(doc, ent.start, ent.end):  # not "French fries"
            word = ent.text.lower().removeprefix("pro-").removeprefix("anti-")
            iso3 = demonyms().get(word) or demonyms().get(word.replace("’", "").replace("'", ""))
            if iso3:
                ctx.countries.append((ent.text, iso3, 1.0))
    if ctx.dateline:
        ctx.countries.append(("", ctx.dateline, 2.0))
    for area, share in (doc._.place_home or {}).items():
        rows = ctx.countries if is_country_key(area) else ctx.states
        rows.append((HOME_WORDS, area, HOME_WEIGHT * share))
    ctx.counties = _counties(mentions)
    return ctx


# The outlet's home (see eventwire.homes) weighs in as the article's own evidence of its country and state
# does, as much as two towns of one state named in the story: local news names its towns bare ("Paris",
# "Dublin", "Springfield") because its readers know the area, and the outlet's other stories say which area.
HOME_WEIGHT = 2.0
HOME_WORDS = "(outlet)"  # the evidence rows' words: never a mention's own, so never left out of its view


def _counties(mentions: list[Mention]) -> list[tuple[str, dict[str, frozenset[int]]]]:
    """Each name's US counties: those its candidates are, or lie in, with the ids of those candidates (one
    entry per name). The name of a country or a US state is no evidence of a county (see ``names_area``)."""
    out: dict[str, dict[str, frozenset[int]]] = {}
    for m in mentions:
        if names_area(m):
            continue
        keys: dict[str, frozenset[int]] = {}
        for c, _ in m.candidates:
            if c.country == "USA" and c.admin2:
                keys[c.admin2] = keys.get(c.admin2, frozenset()) | {c.id}
        if keys:
            out[plain(m.query)] = keys
    return sorted(out.items())


def _state_evidence(m: Mention, pick: GazPlace) -> list[tuple[str, str, float]]:
    """What a pick says about the article's state or province (see ``state_key``): a state names itself
    (weight 1); a county or a town names every state of its country that has one of its name, 1/n each
    (so an unambiguous name counts fully, "Springfield" hardly at all); a county counts fully, a town half
    (a county is seldom named outside its own area's news, a town more often: "a Dublin man" is seldom from
    Dublin, Ireland, but a story may list towns across a border)."""
    key = state_key(pick)
    if key is None:
        return []
    if pick.feature == "ADM1":
        return [(m.text, key, 1.0)]
    same_kind = ("ADM2",) if pick.feature == "ADM2" else TOWN_FEATURES
    states = {key}
    for c, matched in m.candidates:
        other = state_key(c)
        if other and c.country == pick.country and c.feature in same_kind and matched == plain(m.query):
            states.add(other)
    weight = 1.0 if pick.feature == "ADM2" else 0.5
    return [(m.text, code, weight / len(states)) for code in sorted(states)]


PASSES = 3  # each pass after the first reads the article's context from the picks of the pass before


def _with_picks(
    base: Context, mentions: list[Mention], found: list[Found], picks: list[tuple[GazPlace, float] | None]
) -> Context:
    """The article's context: what it says by itself (nationality words, dateline) and the countries,
    states and points of the mentions' current picks."""
    ctx = Context(
        countries=list(base.countries), dateline=base.dateline, states=list(base.states), counties=base.counties
    )
    for m, f, pick in zip(mentions, found, picks, strict=True):
        if f.kind == "adjective" or not pick:  # an adjective is already country context, by _context
            continue
        if pick[0].country:
            ctx.countries.append((m.text, pick[0].country, 1.0))
            ctx.states.extend(_state_evidence(m, pick[0]))
        if pick[0].feature not in ("PCLI", "CONT", "ADM1", *REGION_FEATURES):  # an area's point is no location
            ctx.points.append((m.text, pick[0].lat, pick[0].lon))
    return ctx


def _half(rows: list[tuple[str, str, float]], skip: int) -> list[tuple[str, str, float]]:
    return [(text, code, weight / 2) for text, code, weight in rows[skip:]]


def _blend(base: Context, a: Context, b: Context) -> Context:
    """The context of two sets of picks at half weight each (the article's own words, ``base``, at full
    weight): when the passes swing between two readings (the picks of one pass pull the next to the other
    sense, and back), neither reading alone is a fair view of the article, so the last pass reads both."""
    n, k = len(base.countries), len(base.states)
    return Context(
        countries=list(base.countries) + _half(a.countries, n) + _half(b.countries, n),
        dateline=base.dateline,
        states=list(base.states) + _half(a.states, k) + _half(b.states, k),
        points=a.points + b.points,
        counties=base.counties,
    )


def resolve(doc: Doc, found: list[Found], gaz: Gazetteer) -> list[Place]:
    mentions = with_bare_counties([_qualifier(found, k, doc_text(doc)) for k in range(len(found))])
    base = _context(doc, mentions, gaz)
    picks = [choose(m, base) for m in mentions]
    ctx = base
    previous = picks
    for _ in range(PASSES - 1):
        ctx = _with_picks(base, mentions, found, picks)
        previous, picks = picks, [choose(m, ctx) for m in mentions]
    if previous != picks:  # not settled: the last pass reads the last two passes' picks at half weight each
        ctx = _blend(base, _with_picks(base, mentions, found, previous), _with_picks(base, mentions, found, picks))
        picks = [choose(m, ctx) for m in mentions]
    picks = [_unless_foreign_locality(m, pick, ctx) for m, pick in zip(mentions, picks, strict=True)]
    # One sense per article: every mention of a name takes the pick of its most confident mention (so
    # "Parkland, Florida" settles a later bare "Parkland"), a name's over a modifier's; a mention whose own
    # words say the area keeps its pick and settles the others only when no other mention does (_own_sense).
    best: dict[str, tuple[GazPlace, float]] = {}
    named = {plain(m.query) for m, f in zip(mentions, found, strict=True) if f.kind == "name"}
    explicit = [_own_sense(m, pick) for m, pick in zip(mentions, picks, strict=True)]
    order = [k for k in range(len(mentions)) if not explicit[k]] + [k for k in range(len(mentions)) if explicit[k]]
    for k in order:
        m, f, pick = mentions[k], found[k], picks[k]
        key = plain(m.query)
        if explicit[k] and key in best:
            continue  # the name's bare mentions settle its sense for one another
        if f.kind != "name" and key in named:
            continue  # a modifier's few candidates ("Palestine" in an organisation's name) never outvote a name
        if pick and (key not in best or (m.qualifier is not None and pick[1] >= 0.5) or pick[1] > best[key][1]):
            if key in best and best[key][1] >= 0.99 and m.qualifier is None:
                continue
            best[key] = pick
    places: list[Place] = []
    for m, f, own, own_sense in zip(mentions, found, picks, explicit, strict=True):
        pick = own if own_sense else best.get(plain(m.query))
        if pick is None:
            continue
        entry, confidence = pick
        places.append(
            Place(m.start, m.end, m.text, entry.name, entry.geonameid, round(entry.lat, 5), round(entry.lon, 5),
                  entry.country, entry.feature, confidence, f.kind)
        )  # fmt: skip
    return places + _borders(doc, places)


def _own_sense(m: Mention, pick: tuple[GazPlace, float] | None) -> bool:
    """The words around this mention say the area ("New York's attorney general", "the state of Washington",
    "Rego Park, New York"): it keeps its own pick and outvotes no bare mention of the name, as a story may
    name a state's government and its city ("NEW YORK (AP)", "flights between New York and Moscow")."""
    return pick is not None and m.area_meant and m.qualifier is None


def _unless_foreign_locality(
    m: Mention, pick: tuple[GazPlace, float] | None, ctx: Context
) -> tuple[GazPlace, float] | None:
    """No place for a name whose best sense is a US locality known only from its ZIP codes (feature PPLL)
    when the article's country evidence is not mostly the US: such hamlets bear the names of far places
    ("Darfur", Minnesota; "Sumatra", Florida) that the gazetteer lacks, and a story about Sudan means
    Sudan's. The words may still say the state ("Thackerville, Okla.")."""
    if pick is None or pick[0].feature != "PPLL" or us_share(m, ctx) > 0.5:
        return pick
    if not any(text != m.text for text, _, _ in ctx.countries):
        return pick  # the article says nothing of any country: the locality is the only sense known
    if m.qualifier is not None and m.qualifier.country == "USA" and m.qualifier.admin1 == pick[0].admin1:
        return pick  # "Thackerville, Okla."
    return None


def _borders(doc: Doc, places: list[Place]) -> list[Place]:
    out: list[Place] = []
    text = doc_text(doc)
    for a, b in itertools.pairwise(places):
        if text[a.end : b.start] not in ("-", "–", "/") or a.lat is None or b.lat is None:
            continue
        rest = text[b.end : b.end + 12].lower()
        for word in (" border", " frontier"):
            if rest.startswith(word) and a.lon is not None and b.lon is not None:
                end = b.end + len(word)
                out.append(
                    Place(a.start, end, text[a.start : end], f"{a.name}–{b.name} border", None,
                          round((a.lat + b.lat) / 2, 5), round((a.lon + b.lon) / 2, 5), None, "BDR", None)
                )  # fmt: skip
    return out


def extract_places(doc: Doc, gazetteer: Gazetteer | None = None) -> list[Place]:
    """Place records for ``doc`` (needs ``doc.ents``), in text order."""
    gaz = gazetteer or default_gazetteer()
    places = resolve(doc, find_mentions(doc, gaz), gaz)
    places.sort(key=lambda p: (p.start, p.end))
    return places


class PlacesStage:
    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self._gazetteer = gazetteer

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = default_gazetteer()
        return self._gazetteer

    def __call__(self, doc: Doc) -> Doc:
        doc._.places = extract_places(doc, self.gazetteer)
        _persons_that_are_places(doc)
        return doc


def _persons_that_are_places(doc: Doc) -> None:
    """A name the model took for a person ("Boukamal"), that no dictionary entry or description coded, and
    that this stage resolved as a place, is a place: its mention and entity say so."""
    at = {(p.start, p.end): p for p in doc._.places or [] if p.country}
    entities = {e.id: e for e in doc._.entities or []}
    for m in doc._.mentions or []:
        place = at.get((m.start, m.end))
        ent = entities.get(m.entity or "")
        if place is None or ent is None or ent.kind != "person" or ent.country or ent.sector or ent.roles:
            continue
        m.label = "GPE"
        ent.kind, ent.country = "place", place.country


@Language.factory("eventwire_places", requires=["doc.ents"], assigns=["doc._.places"])
def make_places_stage(nlp: Language, name: str) -> PlacesStage:
    return PlacesStage()

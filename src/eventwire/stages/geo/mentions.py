"""Recognition: which words of an article name a place.

Decisions (documented here, tested in tests/test_places.py):

- The model's GPE and LOC spans are place mentions when the gazetteer knows the name. "the" and a
  possessive "'s" are not part of the name: "Iraq's parliament" is a mention of Iraq (the country is
  named, whatever the sentence says about it).
- Nationality words (NORP, or any span whose words are in ``lexicons/place_demonyms.tsv``) feed the
  country context. Used as a modifier ("Russian diplomats") such a word is also a place of kind
  ``adjective`` (its country), as GeoWebNews and LGL mark it; a plural naming people ("the Russians") is
  not; a later member of a list ("Russian, French and German diplomats"), a word before a hyphened participle
  ("Georgian-controlled") and each word of "a Russian-American crew" are adjectives too. Organisation names
  (ORG) are not places, but a country, US state or big city named inside one
  ("Kenya Airways", "Bank of England") is a place of kind ``modifier``. Neither kind places an event.
- Facilities (FAC, and ORG spans naming an airport, a base, an embassy...) are not in the gazetteer: a
  facility "in X" falls back to X ("US Embassy in Baghdad" -> Baghdad), an airport or a base named after a
  place falls back to that place ("Baghdad airport" -> Baghdad). The mention then covers the place's own
  words. A facility naming no place ("the Pentagon") gives nothing.
- In an ORG span such as "Iraq's parliament" the owner is a mention of the country (or US state).
- An ORG span is a place when it is exactly the name of a country, a US state or a US county ("Pakistan
  said ..." names the country; the small model tags such metonymic uses ORG), or when cued and a strong
  gazetteer hit ("in Lyon").
- Spans the model labels otherwise (the small model tags some Arabic town names PERSON or DATE) and
  capitalised words it left out are places only with evidence: a cue before them ("in", "near", "the
  villages of", a list "X and Y" whose first member is a place), a qualifier after them ("X, Syria",
  "X province"), or - outside PERSON spans - a strong gazetteer hit (a country, a US state, or a city of
  100,000+ people spelled exactly so).
- Two more cues: a dateline (words in capitals opening a sentence before a dash or a comma: "ROSWELL -
  A man ...", "BOWLING GREEN, Ohio (AP)"), and a legislator's party and state or home town in agency
  style ("D-N.Y.", "R-Florence"). An agency abbreviation split from its last dot by the tokenizer
  ("W.Va" + ".") is looked up with the dot.
- A name that is also the last word of a person named in the article ("Soleimani") is not a place. A
  person's name is the words of a PERSON span after its last word of a town's office ("Robert Douglas" in
  "Police Chief Robert Douglas"): the model also tags "Alexandria Police", "Alexandria Commonwealth's",
  "Historic Dublin" and "Wichita Drive" as persons, and they name no one, so they never make the town a
  surname. A repeat of the town before such an office word is a modifier.
- Local news names a town's sites and services after it ("a Gainesville restaurant", "the Pewaukee
  monastery") and opens its headlines with the town ("Haslett student telethon raises ..."): cues for a town
  of some size that is no word of a person's name in the story (evidence ``usage``, too weak to look for the
  name again: "a Lincoln museum"). A headline word the article also writes in lower case is a common word;
  one before a noun of a person's office, acts or memory ("Bush speech", "Mandela memorial"), or that the
  story has act as a person ("Obama said"), is a person's name.
- Local news names its towns by their people and services ("a Chiefland man", "Danbury police", "the
  Torrington Fire Department") and a person's home after their age or street address ("Jane Doe, 34, of X",
  "12 Orchard St., X"): cues for a place, whatever the model's label.
- The names of a list before "counties" or "parishes" ("Navarro, Henderson and Ellis counties") are US
  counties, not towns of those names.
- A nationality word in a fixed name of a food or a thing ("French fries") is neither a place nor context.
- A mention is grown to the longest run of name words around it that the gazetteer knows spelled exactly so
  ("Baja" + "California", "Trinidad" + "and Tobago", "Walker" + "County"): the model cuts many names of
  several words, and their parts are other places. Not into a possessive (but "St. John's"), a town's office
  ("Dublin City Council"), or a longer name that runs on ("Missouri Valley Blazers"). The first name of a
  country named so with "and" is that country elsewhere in the article ("Trinidad"). A place entity with no
  name of its own is grown too ("St. Kitts and" + "Nevis"). A US county in full opening a person's span is the
  county of their office ("McMinn County Sheriff Steve Frisbie").
- No place: a name before a street's last word ("North State Street"; but "Lebanon Street Superintendent" is
  the town's office), a short word in capitals outside a dateline ("the CHU", "BA") unless it is a country's
  or a US state's short name ("UAE", "NY"), a compass word and a common noun ("the South Side") unless a place
  is mainly called so; a saint's name in the possessive before a name ("St. Peter's Basilica", "St. Patrick's
  Day") unless a big city is called so; a word of a people, a faith or a world region with no one country
  ("Arab", "Jewish", "Western"), though towns bear some of them.
- More cues for a name the model read as an organisation: a bearing ("60 miles southwest of X"), a person's
  home ("Terry Smith of X") when a town is mainly called X, a list after a place ("Sunnyvale and X"; not a
  speaker: "... in Boston, X said"). "Metro" or "Greater" before a city is the city's area ("Metro
  Vancouver"); alone it names no place ("Metro Police"). "area" after a name qualifies it ("Lindsay area").
- A US locality known only from its ZIP codes (feature ``PPLL``, no population) is a place when the model
  labels it one, or on a cue of local news (a dateline, a home, "a X man") when its words are proper nouns;
  "in X" alone is not enough (see :func:`_cued_enough`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from ...gazetteer import LANDMARK_FEATURES, REGION_FEATURES, Gazetteer, GazPlace, fold, plain

PLACE_LABELS = frozenset({"GPE", "LOC"})
FACILITY_LABELS = frozenset({"FAC", "ORG"})
NEVER_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "TIME"})
CUE_BEFORE = frozenset(
    {"in", "near", "at", "outside", "from", "to", "into", "toward", "towards", "across", "around", "through",
     "via", "inside", "between", "nearby", "reached", "entered", "captured", "shelled", "bombed", "attacked",
     "struck", "seized", "stormed", "besieged", "liberated", "recaptured", "visited"}
)  # fmt: skip
PLACE_NOUNS = frozenset(
    {"village", "villages", "town", "towns", "city", "cities", "province", "provinces", "district", "districts",
     "region", "outskirts", "suburb", "suburbs", "governorate", "county", "state", "capital", "area", "areas",
     "neighbourhood", "neighborhood", "countryside", "border", "port"}
)  # fmt: skip
PLACE_AFTER = frozenset({"province", "governorate", "district", "city", "town", "village", "county", "region", "area"})
FACILITY_WORDS = frozenset({"airport", "base", "airbase", "port", "harbour", "harbor", "camp", "barracks"})
CALENDAR_WORDS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "mass", "god", "west", "east", "north", "south", "president", "minister", "police", "army", "state",
     "christmas", "easter", "thanksgiving", "deputy"}
)  # fmt: skip  # capitalised words that are not place names on their own in news text
STRONG_POPULATION = 100_000
# Local news names a town by the people, homes and services that belong to it: "a Chiefland man", "Danbury
# police", "Torrington firefighters", "the Lindsay Police", "Lewisburg Mayor John Manchester". A word of this
# list right after a gazetteer name is a cue that the name is the town (see :func:`_local_after`).
LOCAL_NOUNS = frozenset(
    {"man", "woman", "men", "women", "boy", "girl", "teen", "teenager", "couple", "family", "resident",
     "residents", "native", "home", "homes", "household", "police", "firefighters", "firefighter", "mayor"}
)  # fmt: skip
# Capitalised words that follow a town's name in the name of its own offices and services ("the Torrington
# Fire Department", "Danbury Police", "Bantam Superior Court"). Schools are left out (many are named after
# people: "Douglas High School"), and so are "City" and "Town" alone, which end many places' own names ("Dodge
# City", "Grants Town"): they count only before an office ("the DeKalb City Council", "Ludlow Town Hall").
LOCAL_INSTITUTION = frozenset(
    {"Police", "Fire", "Mayor", "Superior", "Municipal", "Volunteer", "Board", "Public", "Sheriff", "Superintendent"}
)  # fmt: skip
MUNICIPAL_WORDS = frozenset({"City", "Town", "Village", "Township"})
MUNICIPAL_OFFICES = frozenset(
    {"Hall", "Council", "Manager", "Office", "Commission", "Attorney", "Clerk", "Board", "Court", "Police"}
)  # fmt: skip
AREA_FEATURES = frozenset({"PCLI", "ADM1", "ADM2"})  # countries, US states, US counties
CUED_POPULATION = 1_000
ARTICLES = frozenset({"a", "an", "the"})


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Nationality word (plain form, singular and plural) -> ISO3, from ``lexicons/place_demonyms.tsv``."""
    text = resources.files("eventwire").joinpath("lexicons/place_demonyms.tsv").read_text(encoding="utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            word, iso3 = line.split("\t")[:2]
            p = plain(word)
            out[p] = iso3.strip()
            out[p + "s"] = iso3.strip()
    return out


def is_demonym(text: str) -> bool:
    p = plain(text)
    return p in demonyms() or p.removeprefix("pro ").removeprefix("anti ") in demonyms()


@dataclass
class Found:
    """A place mention found in the text, with the gazetteer entries its name may refer to."""

    start: int  # character offsets into doc.text
    end: int
    text: str
    query: str
    candidates: list[tuple[GazPlace, str]]
    # "model", "facility", "cue", "usage", "qualifier", "gazetteer", "owner", "country", "repeat", "modifier",
    # "adjective" ("usage": the name before a noun of a town's sites, "a Gainesville restaurant")
    evidence: str

    @property
    def kind(self) -> str:
        """How the words use the place (see :class:`eventwire.records.Place`): a name, a modifier inside an
        organisation's name, or a nationality adjective."""
        return self.evidence if self.evidence in ("modifier", "adjective") else "name"


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Token range without a leading determiner or party letter ("D-Charleston": the legislator's home town),
    and without a trailing possessive or punctuation."""
    while start < end and doc[start].lower_ in ARTICLES:
        start += 1
    if start + 2 < end and doc[start].text in PARTY_LETTERS and doc[start + 1].text == "-":
        start += 2
    while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in ("'s", "’s", "'", "’")):
        end -= 1
    return start, end


# A last word that says the name before it is an administrative area ("New York State", "Anbar Province").
AREA_KIND_WORDS = frozenset({"state", "province", "governorate", "region", "district", "oblast", "prefecture"})


def _lookup(gaz: Gazetteer, doc: Doc, start: int, end: int) -> list[tuple[GazPlace, str]]:
    if start >= end:
        return []
    dotted = doc[start:end].text + "." if _dot_after(doc, end) else ""
    if dotted and gaz.is_abbreviation(dotted):
        abbreviated = gaz.lookup(dotted)
        if start > 0 and doc[start - 1].text in (",", "-"):
            return abbreviated  # "Brandon, Man." split as "Man" + ".": the province, not a town called Man
        if any(c.feature in ("PPL", "PPLC") for c, _ in abbreviated):
            return abbreviated  # "Phila" + ".": the city its short form names, not what "Phila" folds to
    found = gaz.lookup(doc[start:end].text)
    if not found and dotted:
        found = gaz.lookup(dotted)  # "W.Va." split as "W.Va" + "."
    return found


def _dot_after(doc: Doc, end: int) -> bool:
    """A dot the tokenizer split from the word before it, alone or merged with the sentence's full stop ("L.A"
    + ".." in "shot in South L.A.. Two men ...")."""
    return end < len(doc) and doc[end].text in (".", "..") and not doc[end - 1].whitespace_


# Last words of a street's name ("Court" and "Road" are left out: "the Henderson County Court", "Douglas County
# Road 4" belong to the county).
STREET_ENDS = frozenset({"street", "st", "avenue", "ave", "boulevard", "blvd", "drive", "dr", "lane", "ln"})


def _named_in(gaz: Gazetteer, doc: Doc, s: int, e: int) -> tuple[int, int, list[tuple[GazPlace, str]]] | None:
    """A place named inside an organisation's name: its first words ("U.S. Trade Representative", "Kenya
    Airways", "Beverly Hills Police Department") or the words after its last "of" ("Bank of England",
    "University of California"), or after a word naming a part of it ("Northern Illinois University"), when
    they spell a country, a US state, a US county or a big city exactly. Gold
    geoparsing sets mark these; an event is never placed by them (a modifier). A street is named after a place
    but is not in it ("West Palestine Avenue"): no place."""
    if plain(doc[e - 1].text) in STREET_ENDS:
        return None
    spans = [(s, s + k) for k in range(min(3, e - s - 1), 0, -1)]
    ofs = [t.i for t in doc[s:e] if t.lower_ == "of"]
    if ofs and ofs[-1] + 1 < e:
        spans.insert(0, _trim(doc, ofs[-1] + 1, e))
    p = s
    while p < e - 2 and plain(doc[p].text) in PART_WORDS and doc[p].text[0].isupper():
        p += 1  # "Northern Illinois University": the place after a part word, once the whole words failed
    spans += [(p, p + k) for k in range(min(3, e - p - 1), 0, -1)] if p > s else []
    for a, b in spans:
        words = doc[a:b].text
        if a >= b or is_demonym(words) or plain(words) in CALENDAR_WORDS:
            continue
        cands = _lookup(gaz, doc, a, b)
        # A country's name is kept apart from the towns that match it ("U.S." is short), but not from a US
        # state of the same spelling: "Georgia Power" may be either Georgia, and the article's state
        # evidence decides, as for a name.
        country = [(c, m) for c, m in cands if m == plain(words) and c.feature == "PCLI"]
        if country:
            return a, b, [(c, m) for c, m in cands if m == plain(words) and _country_or_state(c)]
        if _state_abbreviation(gaz, doc, a, b, cands):  # "the S.C. Highway Patrol", "N.Y. Police Department"
            return a, b, cands
        if _strong(cands, plain(words)) or _us_county(cands, plain(words)):
            return a, b, cands
    return None


def _state_abbreviation(gaz: Gazetteer, doc: Doc, s: int, e: int, cands: list[tuple[GazPlace, str]]) -> bool:
    """The words are a US state's agency abbreviation written with its dots ("S.C.", "N.Y."), which opens the
    names of the state's own bodies ("the S.C. Highway Patrol", "S.C. House Republicans")."""
    words = doc[s:e].text
    return "." in words and gaz.is_abbreviation(words) and any(_country_or_state(c) for c, _ in cands)


def _country_or_state(c: GazPlace) -> bool:
    return c.feature == "PCLI" or (c.feature == "ADM1" and c.country == "USA")


def _county_named_in(gaz: Gazetteer, doc: Doc, s: int, e: int) -> tuple[int, int, list[tuple[GazPlace, str]]] | None:
    """The US county that the name of an office or a building opens with ("the Titus County Sheriff's
    Office", "the Lamar County Jail"), which the model may tag as a facility or even a place."""
    named = _named_in(gaz, doc, s, e)
    if named is None or not _us_county(named[2], plain(doc[named[0] : named[1]].text)):
        return None
    return named


def _town(cands: list[tuple[GazPlace, str]]) -> bool:
    """Some entry is a populated place of some size (or a county): a town a local office may be named after."""
    return any(
        c.feature == "ADM2" or (c.feature in ("PPL", "PPLC") and c.population >= CUED_POPULATION) for c, _ in cands
    )


def _town_named_in(gaz: Gazetteer, doc: Doc, s: int, e: int) -> tuple[int, int, list[tuple[GazPlace, str]]] | None:
    """The town whose name opens the name of one of its own offices ("the Torrington Fire Department", "Bantam
    Superior Court", "Cookville Fire Chief ..."), whatever label the model gave the whole."""
    s, _ = _trim(doc, s, e)
    for k in range(min(3, e - s - 1), 0, -1):
        if not _local_after(doc, s + k) or not doc[s + k].text[0].isupper():
            continue
        words = doc[s : s + k].text
        if is_demonym(words) or plain(words) in CALENDAR_WORDS:
            continue
        cands = _lookup(gaz, doc, s, s + k)
        if _town(cands):
            return s, s + k, cands
    return None


def _us_county(cands: list[tuple[GazPlace, str]], said: str) -> bool:
    """A US county spelled in full ("Henderson County", "Rapides Parish"): local news names its county's
    offices after it ("the Henderson County Sheriff's Office"), and the county, not a city called
    Henderson elsewhere, is the place named."""
    return any(c.feature == "ADM2" and c.country == "USA" and m == said and len(said.split()) > 1 for c, m in cands)


# Nationality words in fixed names of foods and things, which say nothing about the country ("French fries",
# "Turkish coffee", "a German shepherd"): the adjective and the head noun's lemma.
FIXED_COMPOUNDS = frozenset(
    {"french fry", "french toast", "french door", "french horn", "french kiss", "french bread", "french dressing",
     "turkish coffee", "turkish delight", "turkish bath", "swiss cheese", "swiss army", "danish pastry",
     "english muffin", "english breakfast", "belgian waffle", "chinese checker", "russian roulette",
     "irish coffee", "german shepherd", "dutch oven", "canadian bacon", "mexican wave", "italian dressing",
     "greek yogurt", "thai massage", "persian cat", "siamese cat", "brazilian wax", "venetian blind"}
)  # fmt: skip


def fixed_compound(doc: Doc, s: int, e: int) -> bool:
    """The nationality word doc[s:e] opens a fixed name of a food or a thing ("French fries")."""
    return e < len(doc) and f"{plain(doc[s:e].text)} {doc[e].lemma_.lower()}" in FIXED_COMPOUNDS


def _adjective(gaz: Gazetteer, doc: Doc, s: int, e: int) -> list[tuple[GazPlace, str]] | None:
    """The country of a nationality word used as a modifier ("Russian diplomats", "a Nigerian court"), as
    gold geoparsing sets mark it; not a plural naming people ("the Russians"). Such a mention is country
    context and a searchable toponym; it never places an event."""
    last = doc[e - 1]
    if last.tag_ in ("NNS", "NNPS") or not (_modifies_a_noun(last) or _hyphened_to_participle(doc, e)):
        return None
    if fixed_compound(doc, s, e):
        return None
    iso3 = demonyms().get(plain(doc[s:e].text))
    country = gaz.country(iso3) if iso3 else None
    return [(country, plain(country.name))] if country else None


def _modifies_a_noun(word: Token) -> bool:
    """The word modifies a noun after it, itself or as a later member of a list of modifiers ("Georgian and
    South Ossetian officials", "Russian, French and German diplomats": the parser hangs the later members on the
    first)."""
    first = word
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    return first.dep_ in ("amod", "compound", "nmod") and first.head.i > word.i


def _hyphened_to_participle(doc: Doc, e: int) -> bool:
    """A hyphen and a participle in lower case follow the word: "Georgian-controlled villages", "a
    Cypriot-flagged ship" (the country controls, flags)."""
    return (
        e + 1 < len(doc)
        and doc[e].text == "-"
        and not doc[e - 1].whitespace_
        and not doc[e].whitespace_
        and doc[e + 1].is_lower
        and (doc[e + 1].tag_ in ("VBN", "VBD") or doc[e + 1].lower_.endswith("ed"))  # "flagged" is read JJ
    )


def _demonym_parts(gaz: Gazetteer, doc: Doc, ent: Span) -> list[_Hit]:
    """Nationality words joined by a hyphen in one span ("a Russian-American crew"): each is its country's
    adjective, as gold sets mark them, when the whole modifies a noun."""
    words = [t for t in ent if t.text not in ("-", "–")]
    if (
        len(words) < 2
        or len(words) != len(ent) - sum(t.text in ("-", "–") for t in ent)
        or not _modifies_a_noun(ent[-1])
    ):
        return []
    out: list[_Hit] = []
    for t in words:
        iso3 = demonyms().get(plain(t.text)) if is_demonym(t.text) else None
        country = gaz.country(iso3) if iso3 else None
        if country is None:
            return []
        out.append((t.i, t.i + 1, [(country, plain(country.name))], "adjective"))
    return out


def _weak_for_region(c: GazPlace) -> bool:
    """An entry that a region's name ("the Middle East", "the Gulf", a LOC entity) should not resolve to: a
    village (under 10,000 people) or another country's subdivision known only by name and point."""
    if c.feature in ("PPL", "PPLL"):
        return c.population < 10_000
    return c.feature in ("ADM1", "ADM2") and c.id < 0 and c.country != "USA"


def _more_than_hamlet(c: GazPlace) -> bool:
    """An area, or a populated place of some size (a cue alone does not make a hamlet's name a place)."""
    return c.population >= CUED_POPULATION or c.feature not in ("PPL", "PPLL")


def _cued_enough(cands: list[tuple[GazPlace, str]], span: Span) -> bool:
    """Some entry a cue ("in X", "X, Syria") makes a place: an area or a town of some size; or a US locality
    known only from its ZIP codes (PPLL) when the cue is one of local news's own (a dateline, a home, "a X
    man": see :func:`_local_cue`) and the words are proper nouns ("Meadow Grove", not "Both men")."""
    if any(_more_than_hamlet(c) for c, _ in cands):
        return True
    if not any(c.feature == "PPLL" for c, _ in cands):
        return False
    proper = all(t.tag_ in ("NNP", "NNPS") for t in span if t.is_alpha)
    return proper and _local_cue(span.doc, span.start, span.end)


def _local_cue(doc: Doc, start: int, end: int) -> bool:
    """The cues that name a town in local news: a dateline, a person's home, a town's people or offices."""
    return _dateline(doc, start, end) or _residence(doc, start) or (_local_after(doc, end) and _opens_name(doc, start))


def _strong(cands: list[tuple[GazPlace, str]], said: str) -> bool:
    """A country, continent or US state spelled as one of its names, or a big city spelled as its main name.
    (Other countries' provinces are many and often plain words, "Delta", "Central": never strong alone.)"""
    if len(said) < 4:
        return False
    return any(
        (m == said and c.feature in STRONG_FEATURES and (c.feature != "ADM1" or c.country == "USA"))
        or (plain(c.name) == said and c.population >= STRONG_POPULATION)
        for c, m in cands
    )


STRONG_FEATURES = frozenset({"PCLI", "ADM1", "CONT", *REGION_FEATURES, *LANDMARK_FEATURES})
DATELINE_DASHES = frozenset({"-", "--", "—", "–", "\x97"})  # \x97: an em dash of Windows-1252 read as Latin-1
PARTY_LETTERS = frozenset({"D", "R", "I", "DFL"})  # DFL: Minnesota's Democratic-Farmer-Labor party


def _dateline(doc: Doc, start: int, end: int) -> bool:
    """The words open a sentence in capitals and a dash or a comma follows: a dateline ("ROSWELL - A man
    ...", "BOWLING GREEN, Ohio (AP)"), which names the place the story was filed from."""
    words = doc[start:end]
    if not (doc[start].is_sent_start or _after_year(doc, start)):
        return False
    if not all(_in_capitals(t.text) for t in words if t.is_alpha) or end >= len(doc):
        return False
    if doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_:
        return False  # a hyphen inside a word ("2018 KOB-TV LLC")
    return doc[end].text in DATELINE_DASHES or doc[end].text == ","


def _after_year(doc: Doc, start: int) -> bool:
    """A year ends the date line before the dateline ("March 29, 2009 PATASKALA -- City officials ..."): the
    parser does not start a sentence there."""
    return start > 0 and doc[start - 1].text.isdigit() and len(doc[start - 1].text) == 4


# A name's prefix that keeps its small letters when the rest is in capitals ("DeKALB", "McALLEN", "LaPORTE").
_CAPS_PREFIXES = ("Mc", "Mac", "De", "La", "Le", "Du", "Van")


def _in_capitals(word: str) -> bool:
    """The word is written in capitals as datelines write names, a prefix kept as written ("DeKALB")."""
    for prefix in _CAPS_PREFIXES:
        if word.startswith(prefix) and len(word) > len(prefix) + 1 and word[len(prefix) :].isupper():
            return True
    return word.isupper() and len(word) > 1


def _based(doc: Doc, end: int) -> bool:
    """ "-based" follows the name: "a Northbrook-based retailer" names where a company is."""
    return end + 1 < len(doc) and doc[end].text in ("-", "–") and doc[end + 1].lower_ == "based"


def _party_state(doc: Doc, start: int) -> bool:
    """A legislator's party and state or home town in agency style: "Rep. Charles Rangel, D-N.Y." ("D",
    "-", "N.Y."), "Sen. Hugh Leatherman, R-Florence". (Two capitals without dots, "D-IA", are left out:
    short codes are the ones most often something else.)"""
    word = doc[start].text
    if start < 2 or doc[start - 1].text != "-" or doc[start - 2].text not in PARTY_LETTERS:
        return False
    return "." in word or len(word) > 2


def _local_after(doc: Doc, end: int) -> bool:
    """A word right after the name that belongs to a town: its people or services ("Chiefland man", "Danbury
    police") or the first word of its offices' names ("Torrington Fire Department", "DeKalb City Council")."""
    if end >= len(doc):
        return False
    word = doc[end]
    if word.text in MUNICIPAL_WORDS:
        return end + 1 < len(doc) and doc[end + 1].text in MUNICIPAL_OFFICES
    if word.lower_ in LOCAL_NOUNS:
        return word.is_lower or word.lower_ in ("police", "mayor")
    return word.text in LOCAL_INSTITUTION


def _opens_name(doc: Doc, start: int) -> bool:
    """No capitalised word (other than a determiner) runs into the name from the left: "Grove man" in "a
    Meadow Grove man" is not the whole name."""
    if start == 0:
        return True
    prev = doc[start - 1]
    return not (prev.is_alpha and prev.text[0].isupper() and prev.lower_ not in ARTICLES)


STREET_WORDS = frozenset(
    {"st", "street", "ave", "avenue", "rd", "road", "dr", "drive", "ln", "lane", "blvd", "boulevard", "ct",
     "court", "pl", "place", "way", "circle", "cir", "pike", "highway", "hwy", "parkway", "pkwy", "trail"}
)  # fmt: skip


def _residence(doc: Doc, start: int, by_name: bool = True) -> bool:
    """The words follow a person's home in agency style: their age and "of" ("John Smith, 44, of X"), their
    name and "of" ("Steven Sachs of X", unless ``by_name`` is false: for a name the model took for an
    organisation, "an engineer of X" is too often a company), or a street address ("of 1935 Orchard St.,
    X")."""
    i = start - 1
    if i >= 1 and doc[i].lower_ == "of":
        before = doc[i - 1]
        if before.text == "," and i >= 2 and doc[i - 2].like_num:
            return True
        return by_name and before.ent_type_ == "PERSON" and doc[i].ent_type_ != "PERSON"
    if i >= 3 and doc[i].text == ",":
        street = doc[i - 1].lower_.rstrip(".")
        if street == "" and i >= 4:  # "St" + "." split by the tokenizer
            street = doc[i - 2].lower_
        window = doc[max(0, i - 6) : i]
        return street in STREET_WORDS and any(t.like_num for t in window)
    return False


def _cued(doc: Doc, start: int, end: int, accepted_ends: set[int]) -> str | None:
    """Why the words doc[start:end] look like a place from their neighbours, or None."""
    if _dateline(doc, start, end):
        return "cue"
    if _party_state(doc, start):
        return "cue"
    if _local_after(doc, end) and _opens_name(doc, start):
        return "cue"
    if _residence(doc, start) or _based(doc, end):
        return "cue"
    i = start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i >= 0:
        prev = doc[i].lower_
        if prev in CUE_BEFORE:
            return "cue"
        if prev == "of" and i >= 1 and (doc[i - 1].lower_ in PLACE_NOUNS or _bearing(doc, i - 1)):
            return "cue"
        if prev in ("and", ",", "or") and i in accepted_ends:
            return "cue"
    if end < len(doc) and doc[end].lower_ in PLACE_AFTER:
        return "qualifier"
    if end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].ent_type_ == "GPE":
        return "qualifier"
    return None


# The eight points of the compass; with hyphens, the words of a bearing ("60 miles south-west of X").
DIRECTIONS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"})
COMPASS_WORDS = DIRECTIONS | {"north-east", "north-west", "south-east", "south-west"}


def _bearing(doc: Doc, i: int) -> bool:
    """doc[i] is a compass word used as a bearing from a place ("60 miles southwest of X", "just west of X"):
    what follows "of" is a place."""
    return doc[i].lower_ in COMPASS_WORDS and doc[i].is_lower


def _landmark(gaz: Gazetteer, doc: Doc, s: int, e: int) -> list[tuple[GazPlace, str]] | None:
    """The landmark a facility's whole name spells exactly ("Heathrow", "Pearl Harbor", "Windsor Castle": see
    ``lexicons/place_features.tsv``), before the place its words may fall back to (Pearl, Mississippi)."""
    said = plain(doc[s:e].text)
    found = [(c, m) for c, m in _lookup(gaz, doc, s, e) if c.feature in LANDMARK_FEATURES and m == said]
    return found or None


def _inner_place(gaz: Gazetteer, doc: Doc, span: Span) -> tuple[int, int, list[tuple[GazPlace, str]]] | None:
    """The place a facility's name falls back to: the words after "in", or a place name before a
    facility word ("Baghdad International Airport")."""
    words = [t.lower_ for t in span]
    if "in" in words:
        k = span.start + words.index("in") + 1
        s, e = _trim(doc, k, span.end)
        cands = _lookup(gaz, doc, s, e)
        if cands:
            return s, e, cands
    if not FACILITY_WORDS & set(words):
        return None
    stop = span.start + next(i for i, w in enumerate(words) if w in FACILITY_WORDS)
    s, _ = _trim(doc, span.start, stop)
    for e in range(stop, s, -1):
        if doc[s:e].text and not is_demonym(doc[s:e].text):
            cands = _lookup(gaz, doc, s, e)
            if cands:
                return s, e, cands
    return None


def _capitalised_runs(doc: Doc, taken: set[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        t = doc[i]
        if i not in taken and t.is_alpha and t.text[0].isupper():
            j = i
            while j < len(doc) and j not in taken and j - i < 4 and doc[j].is_alpha and doc[j].text[0].isupper():
                j += 1
            # A sentence's first word is capitalised anyway: a run opening a sentence counts when it is a
            # dateline in capitals or a town named by its people or services ("Danbury police said ..."), not
            # a function word ("Both men were ...", "Several officers said ..."); also when the town's office
            # runs on into a person's name ("Carthage Police Chief Chris McKenzie said ...").
            headline = i == 0 and j < len(doc) and doc[j].is_lower and doc[j].tag_ in ("NN", "NNS")
            local = (headline or any(_local_after(doc, k) for k in range(i + 1, j + 1))) and not t.is_stop
            if not t.is_sent_start or _in_capitals(t.text) or local:
                runs.append((i, j))
                i = j
                continue
        i += 1
    return runs


def _person_name(ent: Span) -> bool:
    """A person's name of two words or more, all proper nouns: its last word is a surname that is no place in
    this article ("Soleimani"). A span the model took for a person in a headline ("Rethinking Egypt") is not,
    nor one that ends with an office's word ("Alexandria Police": see :func:`_own_name`) or a street's ("Wichita
    Drive"), or opens with a word of a place's part ("Historic Dublin", "Downtown Decatur")."""
    if ent.label_ != "PERSON" or len(ent) < 2 or not all(t.tag_ in ("NNP", "NNPS") for t in ent):
        return False
    if plain(ent[0].text) in PART_WORDS or plain(ent[-1].text) in STREET_WORDS:
        return False
    return bool(_own_name(ent))


# Capitalised words of a town's offices and services, which the model leaves inside a person's span
# ("Alexandria Police", "Avondale Mayor Ed Rieker", "Alexandria Commonwealth's Attorney") but which are no part of
# anyone's own name. Not the words of schools, colleges or centres, which are often named after people ("Lee
# Academy", "Sam Houston State University"), nor words that are also common surnames ("Hall", "Court").
OFFICE_WORDS = (LOCAL_INSTITUTION | MUNICIPAL_OFFICES | MUNICIPAL_WORDS | {
    "Sheriff", "Chief", "Commissioner", "Superintendent", "Commonwealth", "Department", "Dept"}
) - {"Hall", "Court"}  # fmt: skip


def _own_name(ent: Span) -> Span:
    """The words of a person's span after its last office word: the person's own name ("Robert Douglas" in
    "Police Chief Robert Douglas"), nothing when the span ends with an office ("Alexandria Police",
    "Alexandria Commonwealth's"). The words before are a town's or a body's, not the person's. A possessive
    at the end is the person's ("Michael Jordan's")."""
    end = ent.end - 1 if ent[-1].lower_ in ("'s", "’s") else ent.end
    last = max((i for i in range(ent.start, end) if ent.doc[i].text in OFFICE_WORDS), default=ent.start - 1)
    return ent.doc[last + 1 : end]


PLURAL_AREAS = {"counties": "County", "parishes": "Parish"}
LIST_JOINS = frozenset({",", "and", "or", "&"})


def _area_list(gaz: Gazetteer, doc: Doc) -> list[tuple[int, int, list[tuple[GazPlace, str]]]]:
    """The names of a list before a plural area word ("Navarro, Henderson and Ellis counties", "Jackson and
    Barrow counties"): each is a US county (or parish) of its name, not a town called so."""
    out: list[tuple[int, int, list[tuple[GazPlace, str]]]] = []
    for t in doc:
        kind = PLURAL_AREAS.get(t.text)  # lower case: "Counties" opens a name ("Home Counties")
        if kind is None:
            continue
        names: list[tuple[int, int]] = []
        end = t.i
        while True:
            start = end
            while start > 0 and end - start < 3 and doc[start - 1].is_alpha and doc[start - 1].text[0].isupper():
                start -= 1
            if start == end:
                break
            names.append((start, end))
            end = start
            while end > 0 and doc[end - 1].lower_ in LIST_JOINS:
                end -= 1
            if end == start:
                break
        if len(names) < 2:
            continue
        for a, b in names:
            cands = [
                (c, m) for c, m in gaz.lookup(f"{doc[a:b].text} {kind}") if c.feature == "ADM2" and c.country == "USA"
            ]
            if cands:
                out.append((a, b, cands))
    return out


def find_mentions(doc: Doc, gaz: Gazetteer) -> list[Found]:
    """All place mentions of ``doc`` in text order (see the module's decisions). The passes run in an order
    that matters: counties of an area list, then the model's entities, then the capitalised runs the model
    left, then party-state abbreviations; a mention accepted earlier cues the next ones (``accepted_ends``)."""
    found: list[Found] = []
    person_words = {plain(e[-1].text) for e in doc.ents if _person_name(e)}
    accepted_ends: set[int] = set()
    taken: set[int] = set()
    used: set[int] = set()  # tokens of the mentions found

    def add(s: int, e: int, cands: list[tuple[GazPlace, str]], evidence: str) -> None:
        span = doc[s:e]
        found.append(Found(span.start_char, span.end_char, span.text, span.text, cands, evidence))
        accepted_ends.add(e)
        used.update(range(s, e))

    for a, b, cands in _area_list(gaz, doc):
        add(a, b, cands, "qualifier")
    taken.update(used)
    for ent in doc.ents:
        taken.update(range(ent.start, ent.end))
        if used.intersection(range(ent.start, ent.end)):
            continue  # already a county of a list
        hit = _entity_hit(gaz, doc, ent, person_words, accepted_ends)
        if hit is None and ent.label_ in PLACE_LABELS:
            longer = _longer_name(gaz, doc, *_trim(doc, ent.start, ent.end))  # "St. Kitts and" + "Nevis"
            hit = (*longer, "model") if longer else None
        if hit is not None:
            add(*hit)
        elif ent.label_ in ("ORG", "FAC", "GPE", "LOC"):
            for part in _hyphen_parts(gaz, doc, ent):
                add(*part)
        elif ent.label_ == "NORP" and any(t.text in ("-", "–") for t in ent):
            for part in _demonym_parts(gaz, doc, ent):  # "a Russian-American crew"
                add(*part)
    for s, e in _capitalised_runs(doc, taken):
        hit = _run_hit(gaz, doc, s, e, person_words, accepted_ends)
        if hit is not None:
            add(*hit)
    for s, e, cands in _party_states(gaz, doc, taken | used):
        add(s, e, cands, "cue")
    found[:] = _widened(gaz, doc, found)
    used.update(t.i for f in found for t in doc.char_span(f.start, f.end, alignment_mode="expand") or [])
    found[:] = [g for g in (_kept(gaz, doc, f) for f in found) if g is not None]
    for s, e, cands, why in _repeats(doc, found, used):
        if not _disease_after(doc, e):
            add(s, e, cands, why)
    found[:] = [f for f in found if not _era_after_number(doc, f)]
    found.sort(key=lambda f: f.start)
    return found


# Abbreviations of a province that are also an era after a year: "100 B.C." (but "Victoria, B.C.").
ERA_ABBREVIATIONS = frozenset(["b.c.", "bc"])


def _era_after_number(doc: Doc, f: Found) -> bool:
    """The era after a year ("between 250 and 100 B.C."), not British Columbia."""
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None or f.text.lower() not in ERA_ABBREVIATIONS or span.start == 0:
        return False
    return doc[span.start - 1].like_num


# Small words that join the words of one place's name ("Trinidad and Tobago", "Democratic Republic of the Congo",
# "Rio Grande do Sul"), and the marks written inside one ("Guinea-Bissau", "Sault Ste. Marie", "St. John's").
NAME_JOINS = frozenset({"and", "of", "the", "do", "de", "du", "da", "del", "la", "le", "on", "upon"})
NAME_MARKS = frozenset({"-", "–", ".", "'s", "’s"})
WIDEN_TOKENS = 4  # how many words a mention may grow by on each side


def _name_token(doc: Doc, i: int, edge: bool) -> bool:
    """doc[i] may be part of a longer place name: a capitalised word, or (not at an edge of the name) a joining
    word or a mark written without spaces ("Guinea-Bissau", "Ste."). A possessive may end a name ("St. John's")."""
    t = doc[i]
    if t.is_alpha and t.text[0].isupper():
        return True
    if t.text[0].isupper() and t.text.endswith(".") and t.text.replace(".", "").isalpha():
        return True  # "St.", "Mt.", "N.B."
    if t.lower_ in ("'s", "’s"):
        return i > 0 and not doc[i - 1].whitespace_
    if edge:
        return False
    if t.text in NAME_MARKS:
        return not doc[i - 1].whitespace_ and (t.text == "." or not t.whitespace_)
    return t.lower_ in NAME_JOINS


def _longer_name(gaz: Gazetteer, doc: Doc, s: int, e: int) -> tuple[int, int, list[tuple[GazPlace, str]]] | None:
    """The longest run of name words around doc[s:e] that the gazetteer knows spelled exactly so ("Baja" + "
    California", "Trinidad" + "and Tobago", "Walker" + "County", "New" + "Concord"): the model and the runs of
    capitalised words cut many names of several words, and a part of such a name is another place (a town
    called Trinidad, a Hungarian Baja). Exact spelling only: folding would join unrelated names."""
    lo = s
    while lo > 0 and s - lo < WIDEN_TOKENS and _name_token(doc, lo - 1, False):
        lo -= 1
    hi = e
    while hi < len(doc) and hi - e < WIDEN_TOKENS and _name_token(doc, hi, False):
        hi += 1
    windows = [(a, b) for a in range(lo, s + 1) for b in range(e, hi + 1) if (a, b) != (s, e)]
    for a, b in sorted(windows, key=lambda w: w[0] - w[1]):
        if not _name_edges(doc, a, b, s):
            continue
        said = _spelling(doc[a:b].text)
        cands = [(c, m) for c, m in gaz.lookup(doc[a:b].text) if _spelling(m) == said]
        if not cands or (b < len(doc) and doc[b].is_alpha and doc[b].text[0].isupper() and not _us_county(cands, said)):
            continue  # the name runs on ("Missouri Valley Blazers"), unless a county opens it ("Henry County Arts")
        if all(plain(t.text) in PART_WORDS for t in doc[a:s]) and not any(c.feature in AREA_FEATURES for c, _ in cands):
            continue  # "North Arlington Neighbors": a part word makes a town's part, not another town
        return a, b, cands
    return None


_SHORT_WORDS = {"saint": "st", "mount": "mt", "fort": "ft"}


def _spelling(name: str) -> str:
    """The plain form with the usual short words of names made one ("St. Kitts" is "Saint Kitts", "Mt." is
    "Mount"): the same spelling for the exact matches of :func:`_longer_name`."""
    return " ".join(_SHORT_WORDS.get(w, w) for w in plain(name).split())


def _name_edges(doc: Doc, a: int, b: int, s: int) -> bool:
    """The window doc[a:b] opens and closes as a place's name can: with name words, not with "The" (left out of
    every mention), and with a possessive only after a saint's name ("St. John's", not "France's"); not
    across a town's office ("Dublin City Council" names Dublin)."""
    if not (_name_token(doc, a, True) and _name_token(doc, b - 1, True)) or doc[a].lower_ in ("'s", "’s", "the"):
        return False
    if doc[b - 1].lower_ in ("'s", "’s") and fold(doc[a].text) != "st":
        return False
    return not (doc[b - 1].text in MUNICIPAL_WORDS and b < len(doc) and doc[b].text in MUNICIPAL_OFFICES)


def _widened(gaz: Gazetteer, doc: Doc, found: list[Found]) -> list[Found]:
    """Each mention grown to the longest place name around it (see :func:`_longer_name`); mentions inside the
    grown one are dropped. An adjective grown into a name ("French" + "Guiana") is a name."""
    out: list[Found] = []
    covered: list[tuple[int, int]] = []
    for f in sorted(found, key=lambda f: f.start):
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        longer = _longer_name(gaz, doc, span.start, span.end) if span is not None else None
        if longer is not None:
            a, b, cands = longer
            grown = doc[a:b]
            evidence = "model" if f.evidence == "adjective" else f.evidence
            f = Found(grown.start_char, grown.end_char, grown.text, grown.text, cands, evidence)
        if any(x <= f.start and f.end <= y for x, y in covered):
            continue
        out = [g for g in out if not (f.start <= g.start and g.end <= f.end)]
        out.append(f)
        covered.append((f.start, f.end))
    return _short_forms(out)


def _short_forms(found: list[Found]) -> list[Found]:
    """A country named in full by two names joined by "and" ("Trinidad and Tobago") is what the first name alone
    means in the same article ("the ministry in Trinidad"), not a town elsewhere called so."""
    full: dict[str, list[tuple[GazPlace, str]]] = {}
    for f in found:
        countries = [(c, m) for c, m in f.candidates if c.feature == "PCLI" and " and " in m]
        if countries and " and " in plain(f.text):
            full.setdefault(plain(f.text).split(" and ")[0], countries)
    return [
        Found(f.start, f.end, f.text, f.query, full[plain(f.text)], f.evidence) if plain(f.text) in full else f
        for f in found
    ]


# Words after a place's name that make the whole a disease's or a germ's name ("Marburg virus", "Lyme disease",
# "Reston ebolavirus", "Rift Valley fever"): the place it was first found in is not a place of the story.
DISEASE_WORDS = frozenset(
    {"virus", "viruses", "fever", "disease", "ebolavirus", "hemorrhagic", "haemorrhagic", "encephalitis"}
)  # fmt: skip


def _kept(gaz: Gazetteer, doc: Doc, f: Found) -> Found | None:
    """The mention, with only the senses its words allow, or None when they say it is no place: a disease's
    name, a common word, a street, a saint's church or feast, a people or a faith, a metro word alone, an
    acronym, a nickname."""
    if _names_a_disease(doc, f) or _common_word(f) or _names_a_street(doc, f) or _saints_possessive(doc, f):
        return None
    if plain(f.text) in GROUP_WORDS or plain(f.text) in METRO_WORDS:
        return None  # "Arab", "Jewish"; "Metro Police", "Metro 911": a city's area and its bodies, no town
    acronym = _unless_acronym(gaz, doc, f)
    return _unless_nickname(acronym) if acronym is not None else None


def _names_a_street(doc: Doc, f: Found) -> bool:
    """A street's last word follows the name ("North State Street", "Chicago Avenue"): the street is named after
    the place but is not in it, and the model often cuts the street word off."""
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None or span.end >= len(doc):
        return False
    after = doc[span.end]
    if not (after.text[:1].isupper() and plain(after.text) in STREET_ENDS):
        return False
    rest = doc[span.end + 1] if span.end + 1 < len(doc) else None
    return rest is None or not (rest.is_alpha and rest.text[0].isupper())  # "Lebanon Street Superintendent": an office


ACRONYM_LETTERS = 4  # the longest word in capitals read as an acronym ("CHU", "BA", "NICE")


def _unless_acronym(gaz: Gazetteer, doc: Doc, f: Found) -> Found | None:
    """A short word in capitals outside a dateline is an acronym ("the CHU in Montpellier", "BA", "NGO") that
    some town's name happens to fold to: it is a place only as the short name of a country or a US state
    ("US", "UAE", "DRC", "NY") or an agency abbreviation ("NSW"); its other senses are dropped."""
    text = f.text
    if not (text.isalpha() and text.isupper() and len(text) <= ACRONYM_LETTERS) or gaz.is_abbreviation(text):
        return f
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is not None and _dateline(doc, span.start, span.end):
        return f
    kept = [(c, m) for c, m in f.candidates if _country_or_state(c)]  # "NY" is "N.Y." without its dots
    if not kept:
        return None
    return Found(f.start, f.end, f.text, f.query, kept, f.evidence)


# Common nouns that follow a compass word in a city's nicknames for its parts ("the South Side", "the West End",
# "the North Shore", "the East Coast"), which the gazetteer holds as other names of unrelated towns.
NICKNAME_NOUNS = frozenset({"side", "end", "shore", "coast"})


def _unless_nickname(f: Found) -> Found | None:
    """A compass word and a common noun ("South Side") names a part of a city the article's readers know, not
    the town elsewhere that has it as one of its other names (Eltingville, Staten Island): only a place whose
    own main name is spelled so is kept."""
    words = plain(f.text).split()
    if len(words) != 2 or words[0] not in PART_WORDS or words[1] not in NICKNAME_NOUNS:
        return f
    kept = [(c, m) for c, m in f.candidates if plain(c.name) == plain(f.text)]
    return Found(f.start, f.end, f.text, f.query, kept, f.evidence) if kept else None


def _common_word(f: Found) -> bool:
    """The mention opens with a small letter ("in the spring", "eastern", "foie gras"): English writes a
    place's name with a capital, so a word in lower case is a common word that a town happens to bear."""
    return f.text[:1].islower()


def _disease_after(doc: Doc, end: int) -> bool:
    return end < len(doc) and doc[end].lower_ in DISEASE_WORDS


def _names_a_disease(doc: Doc, f: Found) -> bool:
    """The mention (not a nationality adjective) opens a disease's name ("Marburg virus")."""
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    return f.kind != "adjective" and span is not None and _disease_after(doc, span.end)


def _repeats(doc: Doc, found: list[Found], used: set[int]) -> list[_Hit]:
    """Other occurrences of a name the article already uses as a place (one sense per discourse): a local
    story names its town again and again, in headlines and in sentences the model reads as a person or an
    organisation ("Gainesville says no", "Whitestown invited donors"). Inside a longer name (an organisation,
    a building) the repeat is a modifier; inside a person's name it is no place ("Jordan" in "Michael
    Jordan")."""
    ents = list(doc.ents)
    name_words = {plain(t.text) for e in ents if e.label_ == "PERSON" and len(e) > 1 for t in _own_name(e)}
    names: dict[str, Found] = {}
    firsts: set[str] = set()  # the first word of each name: most tokens start none
    for f in found:
        span = doc.char_span(f.start, f.end, alignment_mode="expand")
        if span is not None and _seed(doc, f, span, name_words):
            names[f.text] = f
            firsts.add(span[0].text)
    out: list[_Hit] = []
    taken = set(used)
    for a in range(len(doc)):
        if a in taken or doc[a].text not in firsts:
            continue
        for b in range(min(len(doc), a + REPEAT_TOKENS), a, -1):
            seed = names.get(doc[a:b].text)
            if seed is None or taken.intersection(range(a, b)):
                continue
            why = _repeat_kind(doc, ents, a, b)
            if why is None:
                break
            out.append((a, b, seed.candidates, why))
            taken.update(range(a, b))
            break
    return out


REPEAT_TOKENS = 5  # the longest name (in tokens) looked for again


def _repeat_kind(doc: Doc, ents: list[Span], a: int, b: int) -> str | None:
    """How a repeat of a place's name at doc[a:b] is used: a name ("repeat"), also inside a longer place name;
    a modifier inside another longer name the model found ("Gainesville Police Department", "United Way of
    Metropolitan Atlanta"); None inside a person's name or a street's, or after a capitalised word the model
    left out of any name ("Madison Central")."""
    if b < len(doc) and plain(doc[b].text) in STREET_ENDS:
        return None  # "Palestine Avenue": a street
    ent = next((x for x in ents if x.start <= a < x.end), None)
    if ent is None:
        return "repeat" if _opens_name(doc, a) else None
    if plain(doc[ent.end - 1].text) in STREET_ENDS:
        return None  # "West Palestine Avenue"
    if _trim(doc, ent.start, ent.end) == (a, b) or ent.label_ in PLACE_LABELS:
        return "repeat"  # the name itself, or within a place's longer name ("North Las Vegas", "East Oxford")
    if ent.label_ == "PERSON":  # "Alexandria Police Chief Earl Cook": the town of the office before the name
        return "modifier" if b <= _own_name(ent).start and _office_between(doc, b, _own_name(ent).start) else None
    return "modifier"


def _office_between(doc: Doc, b: int, stop: int) -> bool:
    """An office word comes between the end of a repeated name and the person's own name in a person's span."""
    return any(doc[i].text in OFFICE_WORDS for i in range(b, stop))


def _seed(doc: Doc, f: Found, span: Span, name_words: set[str]) -> bool:
    """A mention sure enough to be looked for again: a name (not a modifier or an adjective) the model did
    not read as a person (unless a cue of local news names it: a home, a dateline) or a group ("Arab",
    "Jewish"), no word of a person's full name in the article ("Andy
    Trapani ... Trapani said"), not a stop word or an adjective ("Olympic"), spelled as the main name of a
    place of some size or an area (not "Kristina" for Ristiina, "Valley" for The Valley)."""
    if f.kind != "name" or f.evidence == "usage" or not f.text[:1].isupper() or any(t.is_stop for t in span):
        return False  # "usage": "a Lincoln museum" is too weak to read every "Lincoln" of the story as the town
    said = plain(f.text)
    if span[0].ent_type_ == "NORP" or any(t.tag_ == "JJ" for t in span):
        return False
    if span[0].ent_type_ == "PERSON" and not (f.evidence == "cue" and _local_cue(doc, span.start, span.end)):
        return False  # a person's name, unless local news's own cue names the town ("12 Oak St., Alexandria")
    if said in _NOT_SEED_WORDS or len(said) < 3:
        return False
    if f.text.isupper() and "." not in f.text:
        return False  # a dateline or an acronym ("NICE", "HIV"): spelled so only where it is
    if said in name_words:
        return False
    return any(m == said and fold(c.name) == fold(said) and _more_than_hamlet(c) for c, m in f.candidates)


# A mention to add: token start and end, gazetteer candidates, the evidence that makes it a place.
_Hit = tuple[int, int, list[tuple[GazPlace, str]], str]


def _hyphen_parts(gaz: Gazetteer, doc: Doc, ent: Span) -> list[_Hit]:
    """The places a hyphen joins in a name the model found ("the University of Nebraska-Lincoln", "the
    Greenbrier-Pocahontas County line"), when the whole is no place and both sides spell a country, a US state
    or county, or the main name of a town of 10,000 people or more (not "Wal-Mart", "Webb-Lawton"). A name in
    a place's entity is a name, in another a modifier."""
    out: list[_Hit] = []
    hyphens = [t.i for t in ent if t.text in ("-", "–") and ent.start < t.i < ent.end - 1]
    for h in hyphens:
        left = h
        while left > ent.start and doc[left - 1].is_alpha and doc[left - 1].text[0].isupper() and h - left < 3:
            left -= 1
        right = h + 1
        while right < ent.end and doc[right].is_alpha and doc[right].text[0].isupper() and right - h <= 3:
            right += 1
        sides = [_hyphen_side(gaz, doc, a, b) for a, b in ((left, h), (h + 1, right))]
        if all(side is not None for side in sides):  # both sides places: "Nebraska-Lincoln", not "Wal-Mart"
            out += [(*side, "model" if ent.label_ in PLACE_LABELS else "modifier") for side in sides if side]
    return out


def _hyphen_side(gaz: Gazetteer, doc: Doc, a: int, b: int) -> tuple[int, int, list[tuple[GazPlace, str]]] | None:
    """The longest run of words from ``a`` (towards ``b``) that spells a place sure enough on its own."""
    for e in range(b, a, -1):
        said = plain(doc[a:e].text)
        if said in CALENDAR_WORDS or is_demonym(doc[a:e].text):
            continue
        cands = [(c, m) for c, m in _lookup(gaz, doc, a, e) if m == said]
        if any(_country_or_state(c) or _us_county([(c, m)], said) or _big_town_named(c, said) for c, m in cands):
            return a, e, cands
    return None


def _entity_hit(gaz: Gazetteer, doc: Doc, ent: Span, person_words: set[str], accepted_ends: set[int]) -> _Hit | None:
    """The place mention of one model entity, if any: how much evidence it needs depends on its label (a
    place label is trusted, an organisation or a facility is a place only by its name's parts or a cue)."""
    s, e = _trim(doc, ent.start, ent.end)
    if s >= e:
        return None
    if is_demonym(doc[s:e].text):
        adjective = _adjective(gaz, doc, s, e)
        return (s, e, adjective, "adjective") if adjective else None
    if ent.label_ == "NORP":  # not a nationality word ("in Pewaukee"): a place only with evidence
        return _other_entity_hit(gaz, doc, ent.label_, s, e, accepted_ends)
    if ent.label_ in NEVER_LABELS:
        return None
    if ent.label_ in PLACE_LABELS:
        return _place_entity_hit(gaz, doc, ent.label_, s, e, person_words)
    if ent.label_ in FACILITY_LABELS:
        if (landmark := _landmark(gaz, doc, s, e)) is not None:  # "Pearl Harbor", not a harbour of Pearl
            return (s, e, landmark, "model")
        inner = _inner_place(gaz, doc, ent)
        if inner:
            return (*inner, "facility")
    if ent.label_ == "FAC" and (county := _county_named_in(gaz, doc, s, e)) is not None:
        return (*county, "modifier")  # "the Henderson County Jail": the county its name opens with
    if ent.label_ == "FAC" and (town := _town_named_in(gaz, doc, s, e)) is not None:
        return (*town, "modifier")  # "Ludlow Town Hall": the town its name opens with
    if ent.label_ == "ORG":
        return _org_hit(gaz, doc, s, e, accepted_ends)
    if ent.label_ == "PERSON" and _part_of_a_named_person(doc, ent):
        return None
    if ent.label_ == "PERSON" and (county := _county_named_in(gaz, doc, s, e)) is not None:
        return (*county, "modifier")  # "McMinn County Sheriff Steve Frisbie": the county of the office
    return _other_entity_hit(gaz, doc, ent.label_, s, e, accepted_ends)


def _saints_possessive(doc: Doc, f: Found) -> bool:
    """A saint's name in the possessive before a name ("St. Peter's Basilica", "St. Patrick's Day", "St. Mary's
    High School") names a church, a school or a feast after the saint, not a town called so; a big city named
    after a saint keeps its possessive ("St. Petersburg's Pulkovo Airport"). A town named so is read whole
    first ("St. John's")."""
    span = doc.char_span(f.start, f.end, alignment_mode="expand")
    if span is None or span.end + 1 >= len(doc) or fold(span[0].text) != "st":
        return False
    if doc[span.end].lower_ not in ("'s", "’s") or not doc[span.end + 1].text[:1].isupper():
        return False
    return not any(fold(c.name) == fold(f.text) and c.population >= STRONG_POPULATION for c, _ in f.candidates)


# Adjectives and names of peoples, faiths and world regions that point at no one country ("Arab leaders",
# "Jewish", "Western partners"): never a place, though towns bear some of them (Arab, Alabama).
GROUP_WORDS = frozenset(
    {"arab", "arabs", "jewish", "muslim", "christian", "catholic", "sunni", "shiite", "shia", "western",
     "eastern", "african", "european", "asian", "latino", "hispanic", "caucasian", "slavic", "nordic"}
)  # fmt: skip


def _part_of_a_named_person(doc: Doc, ent: Span) -> bool:
    """A one-word person the article names in full elsewhere ("Taylor" after "Sheriff Ron Taylor", "Kristina"
    after "Kristina Jones"): news calls a person by one of their names once it has given the whole, so a cue
    before it ("according to Taylor", "of Jones") does not make it a place."""
    if len(ent) != 1:
        return False
    said = plain(ent.text)
    return any(
        _person_name(other) and said in {plain(t.text) for t in _own_name(other)} for other in doc.ents if other != ent
    )


def _place_entity_hit(gaz: Gazetteer, doc: Doc, label: str, s: int, e: int, person_words: set[str]) -> _Hit | None:
    """A GPE or LOC entity: its gazetteer candidates (not a person's name); "New York State" by its name
    without the kind word, a region ("the Gulf") without candidates too weak for one; else a county its
    name opens with ("the Lamar County Jail")."""
    if plain(doc[s:e].text) in person_words:
        return None
    cands = _lookup(gaz, doc, s, e)
    if (
        not cands
        and e - s > 1
        and doc[e - 1].lower_ in AREA_KIND_WORDS
        and plain(doc[s : e - 1].text) not in PART_WORDS
    ):
        cands = [(c, m) for c, m in _lookup(gaz, doc, s, e - 1) if c.feature in ("ADM1", "ADM2")]
    elif label == "LOC" or (s > 0 and doc[s - 1].lower_ == "the"):  # a region: "the Gulf"
        cands = [(c, m) for c, m in cands if not _weak_for_region(c)]
    if cands:
        return (s, e, cands, "model")
    if (county := _county_named_in(gaz, doc, s, e)) is not None:  # "the Lamar County Jail"
        return (*county, "modifier")
    if (part := _part_of(gaz, doc, s, e)) is not None:  # "Northeast Georgia", "South Philadelphia"
        return (*part, "model")
    return None


# Words before a place's name that make the name of a part of it or of its area ("Northeast Georgia", "Western
# Massachusetts", "South Philadelphia", "Metro Vancouver", "Greater Manchester" when the gazetteer lacks it).
# Gold geoparsing sets mark the place named; the part has no entry of its own.
PART_WORDS = DIRECTIONS | frozenset(
    {"northern", "southern", "eastern", "western", "northeastern", "northwestern", "southeastern", "southwestern",
     "central", "upstate", "downstate", "metro", "metropolitan", "greater", "downtown", "historic", "n", "s", "e",
     "w", "ne", "nw", "se", "sw"}
)  # fmt: skip
_NOT_SEED_WORDS = CALENDAR_WORDS | PART_WORDS | STREET_WORDS  # words never looked for again as a place


def _part_of(gaz: Gazetteer, doc: Doc, s: int, e: int) -> tuple[int, int, list[tuple[GazPlace, str]]] | None:
    """The place a name of one of its parts names ("Northeast Georgia" -> Georgia, "South Philadelphia" ->
    Philadelphia): the words after one or two part words, when they spell a country, a US state or the main
    name of a town of 10,000 people or more (whole names such as "West Virginia" are found before this is
    tried). Not a continent or a region: "North Africa" and "Western Europe" have points of their own in
    gold sets, far from the continent's; nor a smaller town, whose name is too often a common word ("Eastern
    Creek")."""
    k = s
    while k < e - 1 and k - s < 2 and plain(doc[k].text) in PART_WORDS and doc[k].text[0].isupper():
        k += 1
    if k == s or not doc[k].text[0].isupper():
        return None
    said = plain(doc[k:e].text)
    cands = [(c, m) for c, m in _lookup(gaz, doc, k, e) if m == said]
    if any(_country_or_state(c) or _big_town_named(c, said) for c, _ in cands):
        return k, e, cands
    if short := _city_short_form(gaz, doc, k, e):  # "W. Phila.", "South L.A."
        return k, e, short
    return None


PART_TOWN = 10_000
# Part words that make the name of a city's whole area, which the model often reads as an organisation (the
# area's council): "Metro Vancouver", "Greater Manchester".
METRO_WORDS = frozenset({"metro", "metropolitan", "greater"})


def _metro(doc: Doc, s: int, e: int) -> bool:
    """A metro word and one name ("Metro Vancouver"), not a body ("Metro Police": no town called Police)."""
    return e - s >= 2 and plain(doc[s].text) in METRO_WORDS and plain(doc[s + 1 : e].text) not in CALENDAR_WORDS


def _a_city(cands: list[tuple[GazPlace, str]]) -> bool:
    """Some candidate is a city big enough to give a metro area its name ("Metro Vancouver"), not a small town
    that shares a word of a body's name ("the Metropolitan Opera" is no area of Opera, Italy)."""
    return any((c.population or 0) >= STRONG_POPULATION for c, _ in cands)


def _big_town_named(c: GazPlace, said: str) -> bool:
    """A town of 10,000 people or more whose main name is spelled so."""
    return c.feature in ("PPL", "PPLC") and plain(c.name) == said and c.population >= PART_TOWN


def _org_hit(gaz: Gazetteer, doc: Doc, s: int, e: int, accepted_ends: set[int]) -> _Hit | None:
    """An organisation is no place unless it is a country, cued and a known place name ("in Lyon"), a local
    town ("a Chiefland man"), or names a place in its own name ("U.S. Centers for Disease Control")."""
    text = doc[s:e].text
    cands = _lookup(gaz, doc, s, e)
    # The whole name is a country's, a US state's or county's, or a region's or a water's of the lexicon
    # ("the Democratic People's Republic of Korea", "Ghouta"): the place, whatever the model's label.
    country = any(c.feature in AREA_FEATURES | REGION_FEATURES and m == plain(text) for c, m in cands)
    owner = next((t.i for t in doc[s:e] if t.lower_ in ("'s", "’s")), None)
    if owner is not None and not country:
        return _owner_hit(gaz, doc, s, owner)
    if short := _city_short_form(gaz, doc, s, e):  # "Phila. officer charged"
        country, cands = True, short
    if country or (_cued(doc, s, e, accepted_ends) and _strong(cands, plain(text))):
        return (s, e, cands, "country" if country else "cue")
    if _town(cands) and (
        (_local_after(doc, e) and _opens_name(doc, s))
        or _residence(doc, s, by_name=_town_named(cands, plain(text)))
        or _org_cued(doc, s, e)
        or (_town_named(cands, plain(text)) and _listed_after_place(doc, s, e, accepted_ends))
    ):  # "a Chiefland man", "Jane Doe, 34, of Chiefland", "lines in Whitestown", "CROMWELL —"
        return (s, e, cands, "cue")
    if _town_before_noun(doc, s, e, cands):  # "the Pewaukee monastery"
        return (s, e, cands, "usage")
    if _metro(doc, s, e) and (part := _part_of(gaz, doc, s, e)) is not None and _a_city(part[2]):
        return (*part, "model")  # "Metro Vancouver", "Greater Manchester": the city's area, named by it
    state_body = _state_body(gaz, doc, s, e)
    if state_body is not None:  # "the Georgian Interior Ministry": the country's adjective
        return (*state_body, "adjective")
    named = _named_in(gaz, doc, s, e) or _town_named_in(gaz, doc, s, e)
    if named is not None:  # "U.S. Centers for Disease Control": the country named in the name
        return (*named, "modifier")
    return None


# Words before a name that make it a place even where the model read an organisation: "at", "to", "from" and
# the verbs of CUE_BEFORE are left out ("at Google", "according to Reuters", "from Microsoft"), and so is
# "near" ("near Franklin" is as often a school as a town).
ORG_CUES = frozenset({"in"})
# Bodies that are organisations in any country, though towns bear some of their names (Congress, Arizona).
INSTITUTION_NOUNS = frozenset(
    {"congress", "parliament", "senate", "assembly", "council", "court", "cabinet", "government", "ministry",
     "army", "navy", "police", "legislature", "house", "commission", "committee", "embassy", "university"}
)  # fmt: skip


def _listed_after_place(doc: Doc, s: int, e: int, accepted_ends: set[int]) -> bool:
    """The name follows a place in a list ("the cities of Sunnyvale and Morgan Hill"), and is not a speaker
    after a clause that ends in a place ("... near Boston, Wagner said")."""
    if e < len(doc) and doc[e].lemma_ in SPEECH_VERBS:
        return False
    return s > 0 and doc[s - 1].lower_ in ("and", ",", "or") and (s - 1) in accepted_ends


SPEECH_VERBS = frozenset({"say", "tell", "add", "note", "explain", "write", "ask", "argue"})


def _town_named(cands: list[tuple[GazPlace, str]], said: str) -> bool:
    """Some town of some size is mainly called exactly so: "Mindy Miller of Ravenel" is then a person's home
    (a company's name is seldom a town's main name)."""
    return any(
        c.feature in ("PPL", "PPLC") and plain(c.name) == said and c.population >= CUED_POPULATION for c, _ in cands
    )


def _org_cued(doc: Doc, s: int, e: int) -> bool:
    """Cues strong enough to make a town of a name the model took for an organisation: "in X" (not "in X's",
    nor an acronym or a body: "in SEC football", "in Congress"), "the village of X", a dateline ("CROMWELL
    —"), a legislator's home ("D-Charleston"), "X-based", or a place's qualifier after it ("X, Tenn.")."""
    if _dateline(doc, s, e) or _party_state(doc, s) or _based(doc, e):
        return True
    words = doc[s:e].text
    if (e < len(doc) and doc[e].lower_ in ("'s", "’s")) or words.isupper() or plain(words) in INSTITUTION_NOUNS:
        return False  # "in Congress", "in SEC football"
    i = s - 1
    if i >= 0 and doc[i].lower_ in ORG_CUES:
        return True
    if i >= 1 and doc[i].lower_ == "of" and (doc[i - 1].lower_ in PLACE_NOUNS or _bearing(doc, i - 1)):
        return True
    return e + 1 < len(doc) and doc[e].text == "," and doc[e + 1].ent_type_ == "GPE"


# Last words of the name of a state's own bodies: "the Georgian Interior Ministry", "the Russian Navy".
STATE_BODIES = frozenset(
    {"ministry", "government", "army", "navy", "parliament", "embassy", "military", "cabinet", "presidency"}
)  # fmt: skip


def _state_body(gaz: Gazetteer, doc: Doc, s: int, e: int) -> tuple[int, int, list[tuple[GazPlace, str]]] | None:
    """The country whose nationality word opens the name of one of its state's bodies ("the Georgian Interior
    Ministry", "Russian Foreign Ministry"), as gold sets that mark adjectives mark it. Not a company's name
    ("American Electric Power", "British Waterways"): only a ministry, an army, a government..."""
    if e - s < 2 or plain(doc[e - 1].text) not in STATE_BODIES:
        return None
    for k in (2, 1):
        if s + k < e and is_demonym(doc[s : s + k].text):
            iso3 = demonyms().get(plain(doc[s : s + k].text))
            country = gaz.country(iso3) if iso3 else None
            return (s, s + k, [(country, plain(country.name))]) if country else None
    return None


def _owner_hit(gaz: Gazetteer, doc: Doc, s: int, owner: int) -> _Hit | None:
    """ "Iraq's parliament": the owner, if it is a country or a state; "the Titus County Sheriff's Office":
    the county it opens with."""
    cands = _lookup(gaz, doc, s, owner)
    if any(c.feature in AREA_FEATURES and m == plain(doc[s:owner].text) for c, m in cands):
        return (s, owner, cands, "owner")
    if (county := _county_named_in(gaz, doc, s, owner)) is not None:
        return (*county, "modifier")
    return None


def _other_entity_hit(gaz: Gazetteer, doc: Doc, label: str, s: int, e: int, accepted_ends: set[int]) -> _Hit | None:
    """Other labels (PERSON, DATE, WORK_OF_ART...): a place only with evidence, a cue or a strong name (never
    for a person's name), or a town its name opens with ("Cookville Fire Chief Wesley McCollum")."""
    text = doc[s:e].text
    cands = [] if plain(text) in CALENDAR_WORDS else _lookup(gaz, doc, s, e)
    if not cands:
        if (town := _town_named_in(gaz, doc, s, e)) is not None:  # "Cookville Fire Chief Wesley McCollum"
            return (*town, "modifier")
        return None
    why = _cued_evidence(doc, s, e, cands, accepted_ends)
    if why:
        return (s, e, cands, why)
    if _town_before_noun(doc, s, e, cands):  # "A Gainesville restaurant was robbed"
        return (s, e, cands, "usage")
    if label != "PERSON" and (_strong(cands, plain(text)) or _city_short_form(gaz, doc, s, e)):
        return (s, e, cands, "gazetteer")
    return None


# Common nouns of a town's own sites and services, which local news names after the town ("a Gainesville
# restaurant", "the Pewaukee monastery", "the Battle Creek food pantry", "the Rafah terminal", "a Calais
# swimming pool"). Nouns of people and things ("a Lincoln letter", "a Union soldier", "the Reform rabbi") are
# left out: they follow persons, parties and brands as often.
LOCAL_SITES = frozenset(
    {"restaurant", "bar", "pub", "cafe", "diner", "store", "shop", "mall", "market", "supermarket", "bakery",
     "hotel", "motel", "school", "church", "monastery", "convent", "mosque", "synagogue", "hospital", "clinic",
     "laboratory", "lab", "station", "terminal", "airport", "pool", "cinema", "theater", "theatre", "library",
     "museum", "park", "plant", "factory", "mill", "warehouse", "pantry", "shelter", "jail", "prison",
     "courthouse", "campus", "neighborhood", "neighborhoods", "neighbourhood", "neighbourhoods", "sewer", "landfill",
     "cemetery", "zoo", "marina", "harbor", "harbour", "crossing", "checkpoint", "camp", "bridge", "dam"}
)  # fmt: skip
# Nouns after a name in a headline that make it a person's or a company's ("Obama administration", "Trump
# supporters", "Toyota shares"): their followers, office and rule, acts, fate and memory ("Bush speech",
# "Kennedy assassination", "Mandela memorial", "Lincoln statue").
FOLLOWER_NOUNS = frozenset(
    {"administration", "supporter", "supporters", "aide", "aides", "campaign", "family", "era", "camp", "shares",
     "stock", "profit", "profits", "earnings", "sales", "allies", "loyalists", "fans", "government", "regime",
     "presidency", "cabinet", "speech", "remarks", "visit", "trial", "verdict", "impeachment", "emails",
     "assassination", "death", "funeral", "memorial", "statue", "legacy", "memoir", "biography", "interview"}
)  # fmt: skip


def _town_before_noun(doc: Doc, s: int, e: int, cands: list[tuple[GazPlace, str]]) -> bool:
    """An article, the name and common nouns in lower case that name a site or a service: local news names a
    town's shops, buildings and services so ("A Gainesville restaurant was robbed", "the Pewaukee
    monastery"), whatever the model's label. Only proper nouns not in capitals that spell the main name of a
    town of some size, and no word of a person's name in the story."""
    if e >= len(doc) or doc[s].ent_type_ not in ("PERSON", "ORG", ""):
        return False
    if not all(t.tag_ in ("NNP", "NNPS") and not t.is_upper and not t.is_stop for t in doc[s:e]):
        return False
    if s == 0:  # a headline: "Pataskala zoning allows ...", "Haslett student telethon raises ..."
        if not (doc[e].is_lower and doc[e].tag_ in ("NN", "NNS")) or doc[e].lower_ in FOLLOWER_NOUNS:
            return False
        if any(t.text == doc[0].lower_ for t in doc):
            return False  # "Salmon collapse ...": the article writes the word in lower case, a common word
        if _acts_as_a_person(doc, s, e):
            return False  # "Obama speech draws protesters ... Obama said": the story names a person so
    elif doc[s - 1].lower_ not in ARTICLES:
        return False
    else:
        nouns = doc[e : e + 3]
        run = nouns[: next((i for i, t in enumerate(nouns) if not t.is_lower or not t.is_alpha), len(nouns))]
        if not any(t.lower_ in LOCAL_SITES for t in run):
            return False
    said = plain(doc[s:e].text)
    return _town_named(cands, said) and not _in_a_persons_name(doc, said)


def _acts_as_a_person(doc: Doc, s: int, e: int) -> bool:
    """The name comes again later as a person who acts: the subject of a verb, labelled a person ("Obama said",
    "Clinton denied"); not merely labelled one ("the races return to Hampshire")."""
    said = plain(doc[s:e].text)
    return any(
        x.label_ == "PERSON" and x.start >= e and plain(x.text) == said and x.root.dep_ in ("nsubj", "nsubjpass")
        for x in doc.ents
    )


def _in_a_persons_name(doc: Doc, said: str) -> bool:
    """Some word of ``said`` belongs to the own name of a person named in full in the story."""
    words = set(said.split())
    return any(_person_name(x) and words & {plain(t.text) for t in _own_name(x)} for x in doc.ents)


def _run_hit(gaz: Gazetteer, doc: Doc, s: int, e: int, person_words: set[str], accepted_ends: set[int]) -> _Hit | None:
    """The first place in a run of capitalised words the model left, longest window first and leftmost
    among windows of one length (at most one per run)."""
    for length in range(e - s, 0, -1):
        for a in range(s, e - length + 1):
            hit = _window_hit(gaz, doc, a, a + length, person_words, accepted_ends)
            if hit is not None:
                return hit
    return None


def _window_hit(
    gaz: Gazetteer, doc: Doc, a: int, b: int, person_words: set[str], accepted_ends: set[int]
) -> _Hit | None:
    """A window of a capitalised run that is a place: a nationality adjective, or a gazetteer name (not a
    person's name or a calendar word) that a cue or its own strength supports."""
    text = doc[a:b].text
    if is_demonym(text):
        adjective = _adjective(gaz, doc, a, b)
        return (a, b, adjective, "adjective") if adjective else None
    if plain(text) in person_words or plain(text) in CALENDAR_WORDS:
        return None
    cands = _lookup(gaz, doc, a, b)
    if not cands:
        return None
    why = None if _landmark_noun_after(doc, b) else _cued_evidence(doc, a, b, cands, accepted_ends)
    if why:
        return (a, b, cands, why)
    if _town_before_noun(doc, a, b, cands):  # "the Pewaukee monastery"
        return (a, b, cands, "usage")
    if _strong(cands, plain(text)) or _city_short_form(gaz, doc, a, b):
        return (a, b, cands, "gazetteer")
    return None


# Capitalised nouns that end the name of a building or an institution ("Windsor Castle", "Robinson College",
# "St George's Chapel"): the words before them name the landmark, and a cue before them ("at Windsor Castle")
# is about the landmark, not about a town of the first word's name.
LANDMARK_NOUNS = frozenset(
    {"Castle", "Palace", "Abbey", "Cathedral", "Basilica", "Chapel", "Church", "College", "Academy", "Harbor",
     "Harbour", "Manor", "Priory", "Mosque", "Temple", "Synagogue", "Stadium", "Arena", "Museum", "Gardens"}
)  # fmt: skip


def _landmark_noun_after(doc: Doc, end: int) -> bool:
    return end < len(doc) and doc[end].text in LANDMARK_NOUNS


def _city_short_form(gaz: Gazetteer, doc: Doc, s: int, e: int) -> list[tuple[GazPlace, str]]:
    """The words are a big city's short form written exactly as news writes it ("L.A.", "Phila.", "NYC": see
    ``lexicons/place_abbreviations.tsv``): as sure a place as a country's name, with or without a cue. (A US
    state's abbreviation is not: "Mass.", "Ill." end sentences as words.) The city, or nothing."""
    forms = [doc[s:e].text]
    if _dot_after(doc, e):
        forms.append(doc[s:e].text + ".")  # "Phila" + "."
    for form in forms:
        if gaz.is_abbreviation(form):
            return [(c, m) for c, m in gaz.lookup(form) if c.feature in ("PPL", "PPLC")]
    return []


def _cued_evidence(doc: Doc, s: int, e: int, cands: list[tuple[GazPlace, str]], accepted_ends: set[int]) -> str | None:
    """The cue that makes a name a place ("in X", "X, Y"), when some candidate is more than a hamlet."""
    why = _cued(doc, s, e, accepted_ends)
    if why and _cued_enough(cands, doc[s:e]):
        return why
    return None


def _party_states(gaz: Gazetteer, doc: Doc, taken: set[int]) -> list[tuple[int, int, list[tuple[GazPlace, str]]]]:
    """Agency abbreviations after a party letter that the runs of capitalised words miss for their dots
    ("D-N.Y.", "D-W. Va."): the US state they name."""
    out: list[tuple[int, int, list[tuple[GazPlace, str]]]] = []
    for i in range(2, len(doc)):
        if i in taken or doc[i].is_alpha or not _party_state(doc, i):
            continue
        for e in (i + 2, i + 1):
            cands = [(c, m) for c, m in _lookup(gaz, doc, i, min(e, len(doc))) if c.feature == "ADM1"]
            if cands:
                out.append((i, min(e, len(doc)), cands))
                break
    return out

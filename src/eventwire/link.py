"""Cross-article linking on records: near-duplicate articles and incidents.

Works on :class:`~eventwire.records.Document` records only (never on spaCy Docs), so it runs the same after a
local run, a Dask job, or inside the store when new articles arrive.

- :func:`find_duplicates` marks copies of an article (reposted wire stories, truncated or lightly reworded
  copies): MinHash LSH over word shingles proposes candidates, an exact Jaccard or containment check on the
  shingle sets confirms them. The copy gets ``duplicate_of`` = the original's id.
- :func:`link_incidents` gives every event an ``incident`` id shared by all the events (across articles and
  within one) that describe the same real-world event: same PLOVER type, compatible mode, overlapping actors
  or recipients, dates that agree at their precision, places within ``max_km``.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from datasketch import LeanMinHash, MinHash, MinHashLSH

from .gazetteer import REGION_FEATURES
from .records import ActorRef, Document, Event

# ---------------------------------------------------------------------------------------------------------
# Dates: TIMEX3-style values as day intervals


_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_SEASON = re.compile(r"^(\d{4})-(SP|SU|FA|AU|WI)$")
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "AU": (9, 11), "WI": (12, 14)}


def _month_end(year: int, month: int) -> date:
    """Last day of a month; months past 12 run into the next year (winter: December to February)."""
    y, m = year + (month - 1) // 12, (month - 1) % 12 + 1
    first_next = date(y + 1, 1, 1) if m == 12 else date(y, m + 1, 1)
    return first_next - timedelta(days=1)


def period(value: str | None) -> tuple[date, date] | None:
    """The days a TIMEX3-style value covers: ``2020`` -> the whole year, ``2019-W52`` -> that ISO week.

    Returns None for values without a calendar period (``PRESENT_REF``, durations, unparseable text).
    """
    if not value:
        return None
    v = value.strip()
    try:
        if m := _DAY.match(v):
            d = date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        if m := _MONTH.match(v):
            y, mo = int(m[1]), int(m[2])
            return date(y, mo, 1), _month_end(y, mo)
        if m := _YEAR.match(v):
            y = int(m[1])
            return date(y, 1, 1), date(y, 12, 31)
        if m := _WEEK.match(v):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + timedelta(days=6)
        if m := _QUARTER.match(v):
            y, q = int(m[1]), int(m[2])
            return date(y, 3 * q - 2, 1), _month_end(y, 3 * q)
        if m := _SEASON.match(v):
            y = int(m[1])
            first, last = _SEASON_MONTHS[m[2]]
            return date(y, first, 1), _month_end(y, last)
    except ValueError:
        return None
    return None


def dates_agree(a: str | None, b: str | None) -> bool | None:
    """True when the two values can name the same day (``2020-01-03`` agrees with ``2020`` and
    ``2020-01``), False when they cannot, None when either is missing or has no calendar period."""
    pa, pb = period(a), period(b)
    if pa is None or pb is None:
        return None
    return pa[0] <= pb[1] and pb[0] <= pa[1]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


# ---------------------------------------------------------------------------------------------------------
# Incidents


@dataclass
class Report:
    """One event as linking sees it: the event and the article that reports it."""

    event: Event
    document_id: str
    published: str | None = None
    duplicate_of: str | None = None


def participant_keys(refs: Iterable[ActorRef]) -> set[str]:
    """What identifies a participant: its entity id, or its country and sector when it has no entity."""
    keys: set[str] = set()
    for r in refs:
        if r.entity:
            keys.add(f"entity:{r.entity}")
        elif r.country or r.sector:
            keys.add(f"code:{r.country or '-'}/{r.sector or '-'}")
    return keys


# GeoNames codes for countries, regions and waters (the gazetteer's own regions, seas, lakes and rivers)
COARSE_FEATURES = tuple(sorted({"PCL", "ADM1", "ADM2", "RGN", "CONT", "AREA", *REGION_FEATURES}))


def _place_point(ev: Event) -> tuple[float, float] | None:
    """The event's point, when its place is a town or a site: a country's or a province's centroid (or a
    sea's, a river's) says only which country or region it was, so it is compared by country, never by
    distance."""
    p = ev.place
    if p is None or p.lat is None or p.lon is None:
        return None
    if p.feature and p.feature.upper().startswith(COARSE_FEATURES):
        return None
    return p.lat, p.lon


def _published_gap_days(a: Report, b: Report) -> int | None:
    pa, pb = period(a.published), period(b.published)
    if pa is None or pb is None:
        return None
    return abs((pa[0] - pb[0]).days)


def _same_sentence(a: Report, b: Report) -> bool:
    sa, sb = a.event.sentence, b.event.sentence
    return a.document_id == b.document_id and sa.start < sb.end and sb.start < sa.end


def link_score(a: Report, b: Report, *, max_km: float = 50.0, max_gap_days: int = 30) -> float:
    """How strongly two reports look like the same real-world event; 0 means they are not.

    Hard conditions: same PLOVER type; modes equal when both are given (or one a kind of the other: a drone
    strike is an air strike); dates agree at their precision when both are given; places within ``max_km``
    when both are towns or sites, and in the same country when both countries are known; two different named
    actors never link. Evidence: shared actors (1), shared recipients (1), agreeing dates (1, +0.5 for the
    same day), nearby places (1), the same sentence of one article (2: "struck a convoy, killing three and
    injuring two" is one strike, unless both name different targets: "who killed X ... to fight Y"). A
    participant known only by its sector ("soldiers", "jihadist groups") is no shared evidence. Without the
    same sentence, both reports must share a participant, or agree on the day and the spot with at most one
    of them naming its target ("hit a convoy" and "struck a convoy of the Liwa militia"), as ACLED codes one
    event per type, day and place. Missing dates are weak: they count nothing, and the two articles must have
    been published within ``max_gap_days``. Status may differ (a later article recalling a strike). A score of
    2 links.
    """
    ea, eb = a.event, b.event
    if ea.type != eb.type:
        return 0.0
    if not modes_compatible(ea.mode, eb.mode):
        return 0.0
    score = 0.0
    same_day = near = False
    agree = dates_agree(ea.date, eb.date)
    if agree is False:
        return 0.0
    if agree:
        pa = period(ea.date)
        same_day = pa is not None and pa[0] == pa[1] and period(eb.date) == pa
        score += 1.5 if same_day else 1.0
    else:
        gap = _published_gap_days(a, b)
        if gap is not None and gap > max_gap_days:
            return 0.0
    pa_pt, pb_pt = _place_point(ea), _place_point(eb)
    if pa_pt and pb_pt:
        if haversine_km(*pa_pt, *pb_pt) > max_km:
            return 0.0
        near = True
        score += 1.0
    if ea.place and eb.place and ea.place.country and eb.place.country and ea.place.country != eb.place.country:
        return 0.0
    actors_a, actors_b = participant_keys(ea.actor), participant_keys(eb.actor)
    recips_a, recips_b = participant_keys(ea.recipient), participant_keys(eb.recipient)
    shared_actor = bool(_identifying(actors_a & actors_b))
    shared_recipient = bool(_identifying(recips_a & recips_b))
    named_a, named_b = _named(recips_a), _named(recips_b)
    different_targets = bool(named_a and named_b and not named_a & named_b)
    if actors_a and actors_b and not actors_a & actors_b:
        return 0.0  # a named actor on both sides that differs is a different event (A attacked X vs B attacked X)
    if _same_sentence(a, b) and not different_targets:
        return score + 2.0 + float(shared_actor) + float(shared_recipient)
    if (actors_a or recips_a) and (actors_b or recips_b):
        spot_and_day = same_day and near and not (named_a and named_b)
        if not (shared_actor or shared_recipient or spot_and_day):
            return 0.0  # both name who was involved, and nobody is in common
        score += float(shared_actor) + float(shared_recipient)
        if ea.type in PERSONAL_TYPES and _named_people(ea.recipient) & _named_people(eb.recipient):
            score += 1.0  # the same named person attacked, seized or abducted: a specific, rarely repeated event
    elif not (same_day and near):
        return 0.0  # one side names nobody: only a same-day report from a nearby spot can be the same event
    return score


# PLOVER modes that are kinds of another: a drone strike is an air strike, and one report of an attack may
# name the drone where another says only "an air strike".
_MODE_KIND_OF = {"drone": "aerial"}


def modes_compatible(a: str | None, b: str | None) -> bool:
    """Whether two reports' modes can tell one attack: equal, either unknown, or one a kind of the other."""
    return not a or not b or a == b or _MODE_KIND_OF.get(a) == b or _MODE_KIND_OF.get(b) == a


def _identifying(keys: set[str]) -> set[str]:
    """The keys that single a participant out: an entity, or a sector of a known country (not "code:-/MIL")."""
    return {k for k in keys if not k.startswith("code:-/")}


def _named(keys: set[str]) -> set[str]:
    """The keys of participants named as entities."""
    return {k for k in keys if k.startswith("entity:")}


LINK_THRESHOLD = 2.0
PERSONAL_TYPES = frozenset({"ASSAULT", "COERCE"})


def _named_people(refs: Iterable[ActorRef]) -> set[str]:
    return {r.entity for r in refs if r.entity and r.kind == "person"}


def incident_id(first_event_id: str) -> str:
    """A stable incident id: a hash of the id of the first event seen for it."""
    return "inc-" + hashlib.sha1(first_event_id.encode("utf-8")).hexdigest()[:12]


Candidates = Callable[[Report], Iterable[Report]]


class ReportPool:
    """Reports already linked, indexed so that a new report is compared only with those that could match:
    same type and a shared participant key, or (for reports that name nobody) same type and day."""

    def __init__(self) -> None:
        self.by_key: dict[tuple[str, str], list[Report]] = {}
        self.by_day: dict[tuple[str, str], list[Report]] = {}
        self.by_doc: dict[str, list[Report]] = {}

    def add(self, rep: Report) -> None:
        ev = rep.event
        for key in participant_keys([*ev.actor, *ev.recipient]):
            self.by_key.setdefault((ev.type, key), []).append(rep)
        day = _day(ev.date)
        if day:
            self.by_day.setdefault((ev.type, day), []).append(rep)
        self.by_doc.setdefault(rep.document_id, []).append(rep)

    def candidates(self, rep: Report) -> list[Report]:
        ev = rep.event
        found: dict[int, Report] = {}
        for key in participant_keys([*ev.actor, *ev.recipient]):
            for r in self.by_key.get((ev.type, key), []):
                found[id(r)] = r
        day = _day(ev.date)
        if day:
            for r in self.by_day.get((ev.type, day), []):
                found[id(r)] = r
        for r in self.by_doc.get(rep.document_id, []):  # the same article: another mention of one event?
            if r.event.type == ev.type:
                found[id(r)] = r
        return list(found.values())


def _day(value: str | None) -> str | None:
    p = period(value)
    return p[0].isoformat() if p and p[0] == p[1] else None


def link_incidents(
    docs: Sequence[Document],
    existing: Sequence[Document] | Candidates | None = None,
    *,
    max_km: float = 50.0,
) -> dict[str, str]:
    """Set ``event.incident`` on every event of ``docs`` and return {event id: incident id}.

    ``existing`` holds what was linked before (its events keep their incidents): either documents, or a
    function that returns the stored reports that may match a report (the store passes one that queries the
    database). Events of a near-duplicate copy (``duplicate_of`` set) join the incidents of the original's
    matching events first.
    """
    pool = ReportPool()
    lookup: Candidates | None = None
    if callable(existing):
        lookup = existing
    elif existing:
        for d in existing:
            for ev in d.events:
                if ev.incident:
                    pool.add(Report(ev, d.id, d.published, d.duplicate_of))

    assigned: dict[str, str] = {}
    # originals first, so that copies find the incidents of the events they copy
    ordered = [d for d in docs if not d.duplicate_of] + [d for d in docs if d.duplicate_of]
    for doc in ordered:
        for ev in doc.events:
            rep = Report(ev, doc.id, doc.published, doc.duplicate_of)
            match = None
            if doc.duplicate_of:
                match = _copy_match(rep, pool.by_doc.get(doc.duplicate_of, []), lookup)
            if match is None:
                match = _best_match(rep, pool.candidates(rep), lookup, max_km)
            ev.incident = match.event.incident if match is not None else incident_id(ev.id)
            assigned[ev.id] = ev.incident  # type: ignore[assignment]
            pool.add(rep)
    return assigned


def _normalised(text: str) -> str:
    return " ".join(text.lower().split())


def _copy_match(rep: Report, originals: list[Report], lookup: Candidates | None) -> Report | None:
    """The original's event that a copied event copies: same type and trigger, in the same sentence or one
    reworded a little (most of its words kept)."""
    candidates = list(originals)
    if lookup is not None:
        candidates += [c for c in lookup(rep) if c.document_id == rep.duplicate_of]
    own = set(words(rep.event.sentence.text))
    best: tuple[float, Report] | None = None
    for c in candidates:
        if c.event.type != rep.event.type or not c.event.incident:
            continue
        if _normalised(c.event.trigger.text) != _normalised(rep.event.trigger.text):
            continue
        overlap = similarity(own, set(words(c.event.sentence.text)))[0]
        if overlap >= 0.6 and (best is None or overlap > best[0]):
            best = (overlap, c)
    if best is not None:
        return best[1]
    for c in candidates:  # the copy may be reworded: fall back to the usual evidence within the original
        if c.event.incident and link_score(rep, c) >= LINK_THRESHOLD:
            return c
    return None


def _best_match(rep: Report, near: list[Report], lookup: Candidates | None, max_km: float) -> Report | None:
    candidates: list[Report] = list(near)
    if lookup is not None:
        candidates += list(lookup(rep))
    best: Report | None = None
    best_score = 0.0
    for c in candidates:
        if not c.event.incident or c.event.id == rep.event.id:
            continue
        s = link_score(rep, c, max_km=max_km)
        if s < LINK_THRESHOLD:
            continue
        # ties go to the older incident id order, so the choice does not depend on candidate order
        if s > best_score or (best is not None and s == best_score and c.event.incident < (best.event.incident or "")):
            best, best_score = c, s
    return best


# ---------------------------------------------------------------------------------------------------------
# Near-duplicate articles

_WORD = re.compile(r"\w+", re.UNICODE)
SHINGLE = 3  # words per shingle: small enough that a few swapped words leave most shingles intact
NUM_PERM = 128
SCHEME = "affine32"  # datasketch's hashing scheme; its hash values are 32-bit, stored as 4 bytes each
LEAD_WORDS = 30  # a truncated copy keeps the lead: the first words key a second candidate index


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    w = words(text)
    if len(w) < k:
        return {" ".join(w)} if w else set()
    return {" ".join(w[i : i + k]) for i in range(len(w) - k + 1)}


def minhash(shingle_set: set[str], num_perm: int = NUM_PERM) -> LeanMinHash:
    m = MinHash(num_perm=num_perm, scheme=SCHEME)
    m.update_batch([s.encode("utf-8") for s in shingle_set])
    return LeanMinHash(m)


def lead_key(text: str, n: int = LEAD_WORDS) -> str | None:
    w = words(text)
    if len(w) < n:
        return None
    return hashlib.sha1(" ".join(w[:n]).encode("utf-8")).hexdigest()[:16]


def similarity(a: set[str], b: set[str]) -> tuple[float, float]:
    """(Jaccard, containment of the smaller set in the larger) of two shingle sets."""
    if not a or not b:
        return 0.0, 0.0
    inter = len(a & b)
    return inter / len(a | b), inter / min(len(a), len(b))


@dataclass
class Fingerprint:
    """What the duplicate index keeps of an article: its MinHash and its lead key."""

    doc_id: str
    minhash: LeanMinHash
    lead: str | None

    def to_bytes(self) -> bytes:
        import numpy as np

        return bytes(np.asarray(self.minhash.hashvalues, dtype="<u4").tobytes())

    @classmethod
    def from_bytes(cls, doc_id: str, data: bytes, lead: str | None) -> Fingerprint:
        import numpy as np

        values = np.frombuffer(data, dtype="<u4").astype(np.uint32)
        return cls(doc_id, LeanMinHash(seed=1, hashvalues=values, scheme=SCHEME), lead)


def fingerprint(doc_id: str, text: str) -> Fingerprint:
    return Fingerprint(doc_id, minhash(shingles(text)), lead_key(text))


@dataclass
class DuplicateIndex:
    """Articles seen so far, to find copies of a new one.

    ``text_of`` fetches the text of an indexed article when it is not held in memory (the store passes a
    database lookup), so the confirming check runs on exact shingle sets.
    """

    threshold: float = 0.3  # LSH candidate threshold (the confirming check decides)
    min_jaccard: float = 0.45
    min_containment: float = 0.85
    min_shingles: int = 20  # shorter texts are never called copies
    text_of: Callable[[str], str | None] | None = None
    _lsh: MinHashLSH = field(init=False, repr=False)
    _leads: dict[str, set[str]] = field(default_factory=dict, init=False, repr=False)
    _shingles: dict[str, set[str]] = field(default_factory=dict, init=False, repr=False)
    _originals: dict[str, str] = field(default_factory=dict, init=False, repr=False)
    _keys: set[str] = field(default_factory=set, init=False, repr=False)

    def __post_init__(self) -> None:
        self._lsh = MinHashLSH(threshold=self.threshold, num_perm=NUM_PERM)

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self._keys

    def add(self, fp: Fingerprint, text: str | None = None, duplicate_of: str | None = None) -> None:
        if fp.doc_id in self._keys:
            self.remove(fp.doc_id)
        self._lsh.insert(fp.doc_id, fp.minhash)
        self._keys.add(fp.doc_id)
        if fp.lead:
            self._leads.setdefault(fp.lead, set()).add(fp.doc_id)
        if text is not None:
            self._shingles[fp.doc_id] = shingles(text)
        if duplicate_of:
            self._originals[fp.doc_id] = duplicate_of

    def remove(self, doc_id: str) -> None:
        if doc_id not in self._keys:
            return
        self._lsh.remove(doc_id)
        self._keys.discard(doc_id)
        for ids in self._leads.values():
            ids.discard(doc_id)
        self._shingles.pop(doc_id, None)
        self._originals.pop(doc_id, None)

    def _shingles_of(self, doc_id: str) -> set[str] | None:
        if doc_id in self._shingles:
            return self._shingles[doc_id]
        text = self.text_of(doc_id) if self.text_of else None
        return shingles(text) if text is not None else None

    def match(self, fp: Fingerprint, text: str) -> tuple[str, float] | None:
        """The indexed article that ``text`` copies, with the confirming score, or None."""
        own = shingles(text)
        if len(own) < self.min_shingles:
            return None
        candidates = set(self._lsh.query(fp.minhash))
        if fp.lead:
            candidates |= self._leads.get(fp.lead, set())
        candidates.discard(fp.doc_id)
        best: tuple[str, float] | None = None
        for cid in sorted(candidates):
            other = self._shingles_of(cid)
            if not other or len(other) < self.min_shingles:
                continue
            jac, contain = similarity(own, other)
            if jac >= self.min_jaccard or contain >= self.min_containment:
                score = max(jac, contain)
                if best is None or score > best[1]:
                    best = (cid, score)
        if best is None:
            return None
        return self._originals.get(best[0], best[0]), best[1]


def _original_order(doc: Document, position: int) -> tuple[str, int, int]:
    return (doc.published or "9999", -len(doc.text), position)


def find_duplicates(docs: Sequence[Document], existing: DuplicateIndex | Sequence[Document] | None = None,
                    ) -> dict[str, str]:  # fmt: skip
    """Mark near-duplicate copies: set ``duplicate_of`` on each copy and return {copy id: original id}.

    ``existing`` is what was seen before (an index, or documents); its articles are always the originals.
    Within ``docs``, the earliest published (then the longest) article is the original. Updates the index
    passed in with the new articles.
    """
    if isinstance(existing, DuplicateIndex):
        index = existing
    else:
        index = DuplicateIndex()
        for d in existing or []:
            index.add(fingerprint(d.id, d.text), d.text, d.duplicate_of)
    found: dict[str, str] = {}
    order = sorted(range(len(docs)), key=lambda i: _original_order(docs[i], i))
    for i in order:
        doc = docs[i]
        fp = fingerprint(doc.id, doc.text)
        index.remove(doc.id)  # a re-ingested article is never a copy of its own earlier version
        hit = index.match(fp, doc.text)
        doc.duplicate_of = hit[0] if hit else None
        if hit:
            found[doc.id] = hit[0]
        index.add(fp, doc.text, doc.duplicate_of)
    return found

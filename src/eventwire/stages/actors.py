"""Stage ``eventwire_actors``: mentions and canonical entities (country, sector, roles).

``extract_actors(doc)`` returns the mentions and entities of a Doc; ``actor_ref(doc, span)`` codes any span
(a subject, an object) as an :class:`~eventwire.records.ActorRef` for the events stage.

Resolution, in order: the entities stage's id (dictionary names); the transliteration-aware key of the
mention ("Qassem Soleimani" = "Qasem Soleimani"); nationality words ("Iraqi" -> Iraq); short names to a full
name earlier in the article ("Khazali" -> "Qais al-Khazali"), else to the one dictionary person with that
last name; otherwise a new entity whose id is the slug of the folded name (stable across documents and
runs), coded from its descriptors ("Iraqi militia commander X" -> IRQ, PRM).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..actor_dictionary import ActorDictionary, ActorEntry, fold, fold_words, load_dictionary, place_country
from ..actor_dictionary import slug as _slug
from ..records import MENTION_LABELS, ActorRef, Entity, Mention, Role
from . import doc_text
from .actor.descriptors import (
    country_words,
    describe,
    lexicon_of,
    pronoun_kind,
    span_sector,
)

_KIND = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place", "NORP": "group"}
_ACTIVE: list[ActorDictionary] = []
_SECTOR_NAMES = {
    "GOV": "government", "MIL": "military", "COP": "police", "PRM": "paramilitary forces", "REB": "rebels",
    "CVL": "civilians", "LEG": "legislature", "JUD": "judiciary", "MED": "media", "HLH": "health workers",
    "EDU": "education", "REL": "religious figures", "BUS": "business", "LAB": "labor", "AGR": "farmers",
    "REF": "refugees", "OPP": "opposition", "PTY": "party", "SPY": "intelligence", "CRM": "criminals",
    "UAF": "unidentified armed forces",
}  # fmt: skip


def slug(name: str) -> str:
    """The id of a name that is not in the dictionary: the slug of its plain form (ASCII, lower case, no
    apostrophes, no leading "the"), stable across documents and runs. Doubled letters are kept: an id is
    read by people ("associated-press", "shiite"); spelling variants are matched by the dictionary's folded
    keys and by short-name linking, not by the id."""
    words = _slug(name).split("-")
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return "-".join(words)


def active_dictionary() -> ActorDictionary:
    """The dictionary of the pipeline's actors stage (the default one when no stage was built)."""
    return _ACTIVE[-1] if _ACTIVE else load_dictionary()


@dataclass
class _Found:
    span: Span
    label: str
    entity: str | None = None
    entry: ActorEntry | None = None
    country: str | None = None
    sector: str | None = None
    kind: str = "organization"
    name: str = ""
    roles: list[tuple[str, str | None]] = field(default_factory=list)
    ruler_id: str = ""
    text: str = ""  # the span's name words (_name_text), read many times while resolving

    def __post_init__(self) -> None:
        self.text = _name_text(self.span)


def _clean_span(doc: Doc, ent: Span, titles: dict[tuple[str, ...], str] | None = None) -> Span | None:
    """The entity without a leading article's newline junk ("REUTERS\\n\\nDemonstrators" -> "REUTERS")."""
    end = ent.start
    while end < ent.end and not (doc[end].is_space and "\n" in doc[end].text):
        end += 1
    if end == ent.start:
        return None
    span = doc[ent.start : end]
    while len(span) > 1 and span[-1].is_space:
        span = span[:-1]
    if ent.label_ == "PERSON" and titles:  # "Commander X", "Gen. X": the title is not part of the name
        while len(span) > 2 and (span[0].lower_,) in titles:
            span = span[1:]
    return Span(doc, span.start, span.end, label=ent.label_)


def _name_text(span: Span) -> str:
    """The words of a name without a leading "the", cut from the document's text (cheaper than joining the
    tokens; the stage asks for it several times a mention)."""
    if not len(span):
        return span.text
    start = span.start + 1 if len(span) > 1 and span[0].lower_ == "the" else span.start
    return doc_text(span.doc)[span.doc[start].idx : span.end_char]


def _from_entry(f: _Found, e: ActorEntry) -> None:
    f.entry, f.entity, f.country, f.sector, f.name = e, e.id, e.country, e.sector, e.name
    f.kind = e.kind
    f.roles = list(e.roles)
    if e.kind != "country" and f.label in ("GPE", "LOC", "FAC", "NORP", "PERSON", "ORG"):
        f.label = e.label if f.label != "NORP" or e.kind != "group" else f.label


def _lookup(f: _Found, d: ActorDictionary) -> None:
    text = f.text
    entry = d.get(f.ruler_id) or d.lookup(text)
    if entry is not None and not f.ruler_id and _common_noun_for_soft_alias(text, entry):
        entry = None
    if entry is not None and entry.kind == "country" and f.label == "PERSON":
        entry = None
    if entry is None and f.label in ("NORP", "GPE", "ORG") and not text.lower().startswith("pro"):
        iso = d.country_of_word(text)
        entry = d.state(iso)
    if entry is not None:
        _from_entry(f, entry)
        return
    iso = d.capitals.get(fold(text))
    if iso and f.label in ("GPE", "LOC", "FAC"):
        f.entity, f.country, f.kind, f.name = slug(text), iso, "place", text
    elif f.label in ("GPE", "LOC"):
        f.country = place_country(text) or _compass_part(text, d)


def _common_noun_for_soft_alias(text: str, entry: ActorEntry) -> bool:
    """An ambiguous alias ("Congress", "Senate") written in lower case ("the labour congress", "the student
    senate") is a common noun for some body, not the name of the one the dictionary means."""
    return text.islower() and fold(text) in {fold(a) for a in entry.soft_aliases}


# "Western Cambodia", "Southern Iraq": a compass adjective before a state's name names a part of that state.
_COMPASS = re.compile(
    r"^(?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western|central|upper|lower)\s+(?P<rest>.+)$", re.I
)
# Names of that form that are states or nations of their own, not a part of the state they name.
_COMPASS_NATIONS = {"Northern Ireland": "GBR"}


def _compass_part(text: str, d: ActorDictionary) -> str | None:
    """The state a compass-qualified state name lies in ("Western Cambodia" -> KHM); names of that form
    that are nations of their own keep their own state. A region of a continent ("Central Asia") is none."""
    nation = next((iso for name, iso in _COMPASS_NATIONS.items() if fold(name) == fold(text)), None)
    m = _COMPASS.match(text.strip())
    if nation is not None or m is None:
        return nation
    entry = d.lookup(m.group("rest"))
    return entry.country if entry is not None and entry.kind == "country" else None


def _short_names(found: list[_Found], d: ActorDictionary) -> None:
    """Link a short name to the full name of the same person earlier (else later) in the article."""
    full = [(g, fold_words(g.text)) for g in found if g.kind == "person" and g.entity]
    full = [(g, words) for g, words in full if len(words) > 1]
    for f in found:
        if f.entity or f.label not in ("PERSON", "GPE", "ORG", "NORP"):
            continue
        words = fold_words(f.text)
        if not words or len(words) > 2:
            continue
        candidates = [g for g, gwords in full if gwords[-len(words) :] == words]
        before = [g for g in candidates if g.span.start < f.span.start]
        pick = before[-1] if before else (candidates[0] if candidates else None)
        if pick is not None:
            f.entity, f.entry, f.country, f.sector, f.kind, f.name = (
                pick.entity, pick.entry, pick.country, pick.sector, "person", pick.name,
            )  # fmt: skip
            f.label = "PERSON"
            continue
        entry = d.surname(f.text) if f.label == "PERSON" or len(words) == 1 else None
        if entry is not None:
            _from_entry(f, entry)


def _new_entities(found: list[_Found], d: ActorDictionary, doc: Doc) -> None:
    lex = lexicon_of(d)
    orgs: dict[int, tuple[str, str | None, str | None]] = {}
    for f in found:
        if f.entity and f.kind in ("organization", "group", "country"):
            for t in f.span:
                orgs[t.i] = (f.entity, f.country, f.sector)
    # Full names first, so that a short name resolved later in this pass finds the coded entity.
    for f in sorted(found, key=lambda g: -len(g.span)):
        if f.entity:
            continue
        text = f.text
        f.entity, f.name, f.kind = slug(text), text, _KIND[f.label]
        if f.kind == "place":
            continue
        if not f.entity:
            continue
        if f.label == "PERSON":
            desc = describe(doc, f.span.start, f.span.end, d, orgs)
            f.country, f.sector, f.roles = desc.country, desc.sector, desc.roles
        elif f.label in ("ORG", "NORP"):
            words = country_words(list(f.span), d, lex)
            f.country = words[0][1] if words else None
            f.sector = span_sector(f.span, d)
    # Short names of persons coded just now ("Al-Walae" after "Abu Alaa al-Walae" if not in the dictionary).
    by_last: dict[str, _Found] = {}
    for f in sorted(found, key=lambda g: g.span.start):
        names = fold_words(f.text)
        if f.kind == "person" and len(names) > 1 and f.entry is None:
            by_last.setdefault(names[-1], f)
    for f in found:
        names = fold_words(f.text)
        g = by_last.get(names[0]) if f.entry is None and len(names) == 1 else None
        if g is not None and g is not f:
            f.entity, f.country, f.sector, f.name = g.entity, g.country, g.sector, g.name
            f.kind, f.label = "person", "PERSON"


_NAME_PARTICLES = ("al-", "el-", "bin ", "ibn ", "abu ", "al ")


def _joined_names(doc: Doc) -> list[Span]:
    """The model's entities, with Arabic names it split rejoined: "Saif Abbas" + "al-Kaabi" -> one PERSON."""
    out: list[Span] = []
    for ent in doc.ents:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label_ == "PERSON"
            and ent.start == prev.end
            and not ent.ent_id_
            and ent.text.lower().startswith(_NAME_PARTICLES)
            and ent.label_ in ("PERSON", "ORG", "GPE", "NORP")
        ):
            out[-1] = Span(doc, prev.start, ent.end, label="PERSON", span_id=prev.ent_id_)
            continue
        out.append(ent)
    return out


def _before_title(doc: Doc, span: Span, titles: dict[tuple[str, ...], str]) -> bool:
    """The word is the first of a title the model cut in two: a title word follows, then a person."""
    nxt = span.end
    return (
        nxt + 1 < len(doc)
        and (doc[nxt].lower_,) in titles
        and any(t.ent_type_ == "PERSON" for t in doc[nxt + 1 : nxt + 4])
    )


def resolve(doc: Doc, dictionary: ActorDictionary | None = None) -> list[_Found]:
    d = dictionary or active_dictionary()
    titles = lexicon_of(d).titles
    found: list[_Found] = []
    for ent in _joined_names(doc):
        if ent.label_ not in MENTION_LABELS:
            continue
        span = _clean_span(doc, ent, titles)
        if span is None or not span.text.strip():
            continue
        if ent.label_ in ("ORG", "NORP") and len(span) == 1 and not ent.ent_id_ and _before_title(doc, span, titles):
            continue  # "Supreme" of "Supreme Leader Ali Khamenei", "Defense" of "Defense Secretary X": a title
        f = _Found(span, ent.label_, ruler_id=ent.ent_id_)
        _lookup(f, d)
        found.append(f)
    _short_names(found, d)
    _new_entities(found, d, doc)
    return found


def extract_actors(doc: Doc, dictionary: ActorDictionary | None = None) -> tuple[list[Mention], list[Entity]]:
    mentions: list[Mention] = []
    entities: dict[str, Entity] = {}
    for f in resolve(doc, dictionary):
        if not f.entity:
            continue
        span = f.span
        mentions.append(Mention(span.start_char, span.end_char, span.text, f.label, f.entity))
        ent = entities.get(f.entity)
        if ent is None:
            ent = Entity(id=f.entity, name=f.name or span.text, kind=f.kind, country=f.country, sector=f.sector)
            entities[f.entity] = ent
        ent.country = ent.country or f.country
        ent.sector = ent.sector or f.sector
        text = f.text
        if text != ent.name and text not in ent.aliases:
            ent.aliases.append(text)
        for role, of in f.roles:
            if not any(r.role == role and r.of == of for r in ent.roles):
                if of is None and any(r.role == role for r in ent.roles):
                    continue
                ent.roles = [r for r in ent.roles if not (r.role == role and r.of is None)]
                ent.roles.append(Role(role, of))
    return mentions, list(entities.values())


# --- coding any span as an actor -------------------------------------------------------------------------


def _mentions_in(doc: Doc, span: Span) -> list[tuple[Mention, Span]]:
    out = []
    for m in doc._.mentions or []:
        if m.start >= span.start_char and m.end <= span.end_char and m.entity:
            ms = doc.char_span(m.start, m.end, alignment_mode="expand")
            if ms is not None:
                out.append((m, ms))
    return out


def _generic(doc: Doc, d: ActorDictionary, country: str, sector: str | None) -> str:
    """A generic entity for an unnamed body of a state or group ("US forces" -> usa-mil)."""
    eid = f"{country.lower()}-{sector.lower()}" if sector else country.lower()
    entities = doc._.entities
    if entities is not None and not any(e.id == eid for e in entities):
        state = d.state(country)
        base = state.name if state else country
        kind = "country" if not sector and state else "organization"
        name = f"{base} {_SECTOR_NAMES.get(sector, sector.lower())}" if sector else base
        entities.append(Entity(id=eid, name=name, kind=kind, country=country, sector=sector))
    return eid


def _pronoun_ref(doc: Doc, span: Span, kind: str) -> ActorRef | None:
    by_id = {e.id: e for e in doc._.entities or []}
    wanted = {"person": ("person",), "group": ("organization", "group"), "thing": ("organization", "country")}[kind]
    best: tuple[int, Entity] | None = None
    for m in doc._.mentions or []:
        if m.end > span.start_char or not m.entity:
            continue
        ent = by_id.get(m.entity)
        if ent is None or ent.kind not in wanted or (m.label in ("NORP",) and kind != "group"):
            continue
        if best is None or m.end > best[0]:
            best = (m.end, ent)
    if best is None:
        return None
    ent = best[1]
    return ActorRef(span.text, span.start_char, span.end_char, ent.id, ent.country, ent.sector)


def person_by_surname(doc: Doc, word: str) -> Entity | None:
    """The one person entity of the article whose name of two or more words ends with ``word``."""
    low = word.lower()
    found = [e for e in doc._.entities or [] if e.kind == "person" and len(e.name.split()) > 1
             and e.name.lower().split()[-1] == low]  # fmt: skip
    return found[0] if len({e.id for e in found}) == 1 else None


def actor_ref(doc: Doc, span: Span) -> ActorRef:
    """Code a span as an actor: the entity it names (with that entity's country and sector), or, for a
    descriptor phrase without a name, country and sector from its nationality words and head noun. The
    entity's kind (person, organization, ...) goes with it, for linking across articles."""
    ref = _actor_ref(doc, _with_closing_mark(doc, span))
    if ref.entity:
        ref.kind = next((e.kind for e in doc._.entities or [] if e.id == ref.entity), None)
    return ref


def _with_closing_mark(doc: Doc, span: Span) -> Span:
    """A phrase with a quoted word at its end ("the American “criminals”"): the parse leaves the closing
    mark outside, so the words shown would open a quotation that never closes."""
    marks = sum(1 for t in span if t.is_quote)
    if marks % 2 == 1 and span.end < len(doc) and doc[span.end].is_quote:
        return doc[span.start : span.end + 1]
    return span


def _actor_ref(doc: Doc, span: Span) -> ActorRef:
    d = active_dictionary()
    by_id = {e.id: e for e in doc._.entities or []}
    ref = ActorRef(span.text, span.start_char, span.end_char)
    words = [t for t in span if not t.is_space and not t.is_punct]
    if not words:
        return ref
    if len(words) == 1:
        kind = pronoun_kind(words[0], d)
        if kind:
            return _pronoun_ref(doc, span, kind) or ref
    root = span.root
    inside = _mentions_in(doc, span)
    if not inside and len(words) == 1 and words[0].pos_ == "PROPN":
        person = person_by_surname(doc, words[0].text)  # "Raisi" where the model tagged nothing
        if person is not None:
            return ActorRef(span.text, span.start_char, span.end_char, person.id, person.country, person.sector)
    head = next(((m, ms) for m, ms in inside if ms.start <= root.i < ms.end), None)
    if head is None:  # "Chairman of the Joint Chiefs of Staff Gen. X": the titled name is the actor
        head = next(((m, ms) for m, ms in inside if m.label == "PERSON" and ms.end == span.end), None)
    sector = span_sector(span, d)
    if head is not None:
        m, ms = head
        ent = by_id.get(m.entity or "")
        if ent is not None and ent.kind == "place" and ent.country and d.capitals.get(fold(ms.text)):
            # a capital as an actor stands for the state's government ("Tehran rejected ...")
            return ActorRef(span.text, span.start_char, span.end_char, _generic(doc, d, ent.country, "GOV"),
                            ent.country, "GOV")  # fmt: skip
        if ent is not None and ent.country:
            if ent.kind == "country" or (m.label == "NORP" and ent.kind == "country"):
                return ActorRef(span.text, span.start_char, span.end_char, ent.id, ent.country, ent.sector)
            return ActorRef(span.text, span.start_char, span.end_char, ent.id, ent.country, ent.sector or sector)
    # A descriptor: country from state names, nationality words and named groups; sector from the head noun.
    lex = lexicon_of(d)
    country = None
    cw = country_words([t for t in span], d, lex)
    if cw:
        # "Bosnian Serbs", "Iraqi Kurds": the state word modifying a people word is the country
        people_head = len(cw) > 1 and any(w[0] == root.i for w in cw)
        country = cw[0][1] if people_head else min(cw, key=lambda w: abs(w[0] - root.i))[1]
    group: Entity | None = None
    for m, _ in inside:
        ent = by_id.get(m.entity or "")
        if ent is not None and ent.kind in ("organization", "person") and ent.country:
            group = ent
            break
    if group is not None:
        country = country or group.country
        if sector is None or (group.sector in ("PRM", "REB") and sector in ("GOV", "MIL", "REB", "PRM")):
            sector = group.sector or sector
    if country is None:  # a place named in the phrase ("Cairo's security chief", "villagers in Samarra")
        for m, _ in inside:
            ent = by_id.get(m.entity or "")
            if ent is not None and ent.kind == "place" and ent.country:
                country = ent.country
                break
    if head is not None and country is None:
        m, _ = head
        ent = by_id.get(m.entity or "")
        if ent is not None:
            return ActorRef(span.text, span.start_char, span.end_char, ent.id, ent.country, ent.sector or sector)
    entity = None
    if country:
        entity = _generic(doc, d, country, sector)
    return ActorRef(span.text, span.start_char, span.end_char, entity, country, sector)


class ActorsStage:
    def __init__(self, dictionary: ActorDictionary) -> None:
        self.dictionary = dictionary
        _ACTIVE.append(dictionary)

    def __call__(self, doc: Doc) -> Doc:
        doc._.mentions, doc._.entities = extract_actors(doc, self.dictionary)
        return doc


@Language.factory(
    "eventwire_actors", requires=["doc.ents"], assigns=["doc._.mentions", "doc._.entities"],
    default_config={"actors": ""},
)  # fmt: skip
def make_actors_stage(nlp: Language, name: str, actors: str) -> ActorsStage:
    """Uses the entities stage's dictionary when that stage is in the pipeline, else ``actors`` files."""
    if "eventwire_entities" in nlp.pipe_names:
        stage = nlp.get_pipe("eventwire_entities")
        dictionary = getattr(stage, "dictionary", None)
        if isinstance(dictionary, ActorDictionary):
            return ActorsStage(dictionary)
    return ActorsStage(load_dictionary(actors or None))

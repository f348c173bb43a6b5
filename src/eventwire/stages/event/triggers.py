"""Trigger detection: the words of a sentence that report an event, matched on lemmas and parts of speech."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from .. import per_token, token_column
from .lexicon import CueRow, TriggerRow, cues, triggers

_POS_OK = {"VERB": ("VERB",), "NOUN": ("NOUN", "PROPN"), "ADJ": ("ADJ",)}
_CONTENT_POS = ("VERB", "NOUN", "PROPN", "ADJ")
# Named things whose words are not events: "Quds Force", "Paris Agreement", "Operation Desert Storm".
_NAME_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC", "WORK_OF_ART", "LAW", "PRODUCT", "EVENT", "NORP")
WINDOW = 4


@dataclass
class Trigger:
    """A matched trigger: its tokens (``start``..``end`` token indices), head token and lexicon row."""

    start: int
    end: int
    head: Token
    row: TriggerRow
    weight: float


def keys(tok: Token) -> tuple[str, ...]:
    """The lexicon keys of a token: its lemma and its lower-cased form."""
    lemma = tok.lemma_.lower()
    return (lemma,) if lemma == tok.lower_ else (lemma, tok.lower_)


_KEYS = "eventwire_token_keys"


def doc_keys(doc: Doc) -> list[tuple[str, ...]]:
    """:func:`keys` of every token of the document, read once per Doc and kept in its ``user_data``: the cue
    and trigger scans look up every word of every sentence (some sentences twice), and building a Token and
    reading its lemma costs more than the lookup. Rebuilt when the Doc's length no longer matches."""

    def build() -> list[tuple[str, ...]]:
        out: list[tuple[str, ...]] = []
        for lemma, lower in zip(token_column(doc, LEMMA), token_column(doc, LOWER), strict=True):
            lemma = lemma.lower()
            out.append((lemma,) if lemma == lower else (lemma, lower))  # as keys() makes them
        return out

    return per_token(doc, _KEYS, build)


def _follow(sent: Span, i: int, rest: tuple[str, ...]) -> int | None:
    """Index after the last of ``rest`` found in order within WINDOW tokens after token ``i``, or None.
    A two-word phrase also matches when the second word is the object of the first ("burn the U.S. and
    British flags")."""
    anchor = sent.doc[i]
    if len(rest) == 1:
        for c in anchor.children:
            if c.dep_ in ("dobj", "prt", "pobj", "prep") and rest[0] in keys(c) and c.i > i:
                return c.i + 1
    pos = i + 1
    all_keys = doc_keys(sent.doc)
    for lemma in rest:
        limit = min(pos + WINDOW, sent.end)
        found = None
        for j in range(pos, limit):
            if lemma in all_keys[j]:
                found = j
                break
        if found is None:
            return None
        pos = found + 1
    return pos


# Words of disaster whose verb is an act of violence in news: a storm or rain as nouns, not "stormed the
# building" or "shells rained down on the town".
VIOLENT_VERB_SENSES = frozenset(["storm", "rain"])


def sentence_cues(sent: Span) -> list[tuple[int, int, CueRow]]:
    """Context cues found in a sentence: (start token, end token, row)."""
    table = cues()
    found: list[tuple[int, int, CueRow]] = []
    doc = sent.doc
    all_keys = doc_keys(doc)
    for i in range(sent.start, sent.end):
        if all_keys[i][0] not in table and all_keys[i][-1] not in table:
            continue  # most words are no cue: skip them before building their Token
        tok = doc[i]
        if tok.pos_ == "PROPN" and tok.ent_type_ in ("WORK_OF_ART", "EVENT", "LAW"):
            continue  # a word of a name ("Kill the Bill" campaign), not a cue
        thing = _modifier_of_thing(tok)  # "riot police" tells of no riot
        if _kind_of_thing(tok) and tok.head.lemma_.lower() not in PLACES_OF_KIND:
            continue  # "infantry fighting vehicles" tell of no fighting ("an observation point" is a post)
        for key in all_keys[i]:
            for row in table.get(key, []):
                if thing and row.types == {"PROTEST"} and len(row.lemmas) == 1:
                    continue
                if row.mode in AIRCRAFT_MODES and _struck_thing(tok):
                    continue
                if row.types == {"NOVIOLENCE"} and tok.pos_ == "VERB" and tok.lemma_.lower() in VIOLENT_VERB_SENSES:
                    continue  # "gunmen stormed the village", "rockets rained on the city": no weather
                end = _follow(sent, tok.i, row.lemmas[1:]) if len(row.lemmas) > 1 else tok.i + 1
                if end is not None:
                    found.append((tok.i, end, row))
    return found


# Nouns of retaliation ("in retaliation for X", "in response to X") and verbs of blame ("accused of X"):
# what follows is the act that motivated the event, another act than the event itself
MOTIVE_NOUNS = frozenset(["retaliation", "revenge", "reprisal", "response", "punishment"])
BLAME_LEMMAS = frozenset(["accuse", "blame", "suspect", "charge", "convict"])


def motive_tokens(sent: Span) -> set[int]:
    """Token indices of the phrases of a sentence that give a motive or an accusation: "in retaliation for
    a gas attack", "accused of carrying out an attack", "killed two men for engaging in ..." (a gerund
    after "for" or "over"). Their weapon words tell how the motivating act was done, not the event."""
    out: set[int] = set()
    all_keys = doc_keys(sent.doc)
    for i in range(sent.start, sent.end):
        lemma, lower = all_keys[i][0], all_keys[i][-1]
        if lemma not in MOTIVE_NOUNS and lemma not in BLAME_LEMMAS and lower not in ("for", "over"):
            continue  # none of the three patterns below can start here
        tok = sent.doc[i]
        preps: list[Token] = []
        if lemma in MOTIVE_NOUNS and tok.dep_ == "pobj":
            preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("for", "to", "against")]
        elif lemma in BLAME_LEMMAS and tok.pos_ == "VERB":
            preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "over")]
        elif tok.dep_ == "prep" and tok.lower_ in ("for", "over"):
            preps = [tok] if any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in tok.children) else []
        for prep in preps:
            out |= {t.i for t in prep.subtree}
    return out


# Modes of cues that name an aircraft: the means of a strike only when it is not what the strike hit
AIRCRAFT_MODES = frozenset(["aerial", "drone"])
# Verbs whose object is what was hit or brought down: "shot down a helicopter", "destroying two jets"
STRIKING_LEMMAS = frozenset(["shoot", "down", "destroy", "hit", "strike", "target", "damage", "attack", "intercept"])


def _struck_thing(tok: Token) -> bool:
    """The word (or the noun it qualifies, or a noun it is listed with) is the object of a verb of hitting:
    an aircraft shot down or destroyed is the target of the attack, not its weapon."""
    noun = tok.head if tok.dep_ in ("compound", "amod", "nmod") else tok
    while noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    return noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in STRIKING_LEMMAS


def is_instrument(tok: Token) -> bool:
    """A weapon word ("rockets", "tear gas"): the object of "fired", not its recipient."""
    table = cues()
    return any("ASSAULT" in row.types and len(row.lemmas) == 1 for key in keys(tok) for row in table.get(key, []))


def _is_name(tok: Token) -> bool:
    return tok.ent_type_ in _NAME_LABELS and tok.pos_ == "PROPN"


# People and gear that a protest or riot word names the kind of: "riot police", "protest leaders", "riot gear"
PROTEST_THINGS = frozenset(
    ["police", "policeman", "policemen", "gear", "squad", "unit", "officer", "control", "shield", "leader", "organiser"]
)


def _modifier_of_thing(tok: Token) -> bool:
    """A protest word that only says what kind of people or gear the next noun is ("riot police", "protest
    leaders", "Riot Police" in a headline the parser reads as a name): it reports no riot or protest. Before
    any other noun ("protest campaign", "protest march") it still tells of a protest. The callers drop only
    one-word protest rows for it."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.lemma_.lower() in PROTEST_THINGS and tok.pos_ in ("NOUN", "PROPN")


# Verbs whose object "threat" is a danger met or posed, not someone's act of threatening: "destroyed an aerial
# threat", "faces a growing threat", "poses a threat to shipping".
DANGER_VERBS = frozenset(
    ["destroy", "intercept", "detect", "neutralize", "neutralise", "eliminate", "face", "pose", "counter",
     "engage", "shoot", "repel", "assess", "monitor", "track"]
)  # fmt: skip


def _danger(tok: Token) -> bool:
    """A threat noun that names a danger (the object of a verb of meeting or posing one)."""
    return tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in DANGER_VERBS


# Things an event noun before them only classifies: "attack helicopters", "assault rifles", "a deployment
# point", "strike aircraft". (Before an event noun it still tells of one: "protest march"; "the bombing site"
# and "a protest zone" are where one happened.)
KIND_OF_THING = frozenset(
    ["helicopter", "aircraft", "plane", "jet", "drone", "submarine", "boat", "ship", "vessel", "rifle", "gun",
     "weapon", "vehicle", "tank", "point", "capability", "dog", "craft", "fighter"]
)  # fmt: skip


# Of those, the sites: their modifier may still say what kind of site was set up ("an observation point").
PLACES_OF_KIND = frozenset(["point"])


def _kind_of_thing(tok: Token) -> bool:
    """An event word that only classifies the thing after it ("attack helicopters", "fighting vehicles")."""
    return tok.dep_ == "compound" and tok.pos_ in ("NOUN", "VERB") and tok.head.lemma_.lower() in KIND_OF_THING


def find_triggers(sent: Span) -> list[Trigger]:
    """All non-overlapping triggers of a sentence, longest phrases first."""
    table = triggers()
    cue_types = {t for _, _, row in sentence_cues(sent) for t in row.types if row.acled or row.mode}
    candidates: list[Trigger] = []
    doc = sent.doc
    all_keys = doc_keys(doc)
    for i in range(sent.start, sent.end):
        if all_keys[i][0] not in table and all_keys[i][-1] not in table:
            continue  # no trigger row: skip the word before building its Token
        tok = doc[i]
        if tok.pos_ not in _CONTENT_POS or _is_name(tok):
            continue
        if tok.dep_ == "amod" and tok.tag_ == "VBN" and tok.i + 1 < sent.end:
            continue  # a participle describing a noun ("Iran-backed militias", "the besieged city")
        if _kind_of_thing(tok):
            continue  # "attack helicopters", "a deployment point": the kind of a thing, no event
        rows = [r for key in all_keys[i] for r in table.get(key, [])]
        if _danger(tok):
            rows = [r for r in rows if r.type != "THREATEN"]
        if _modifier_of_thing(tok):
            rows = [r for r in rows if r.type != "PROTEST" or len(r.lemmas) > 1]
        if not rows:
            continue
        matched: list[Trigger] = []
        for row in rows:
            end = _follow(sent, tok.i, row.lemmas[1:]) if len(row.lemmas) > 1 else tok.i + 1
            if end is None:
                continue
            pos = row.pos.rstrip("?")
            if row.pos.endswith("?") and row.type not in cue_types:
                continue  # a weak word that is an event only next to a cue of its type
            pos_ok = pos == "*" or tok.pos_ in _POS_OK.get(pos, ())
            if not pos_ok:
                if len(row.lemmas) == 1 and tok.pos_ == "PROPN":
                    # a tagger slip in a title-case headline ("Militias Attack Base"): a weaker trigger
                    matched.append(Trigger(tok.i, end, tok, row, row.weight * 0.6))
                continue
            matched.append(Trigger(tok.i, end, tok, row, row.weight))
        if not matched:
            continue
        # longest phrase, then the right part of speech, then a type that the sentence's cues support
        best = max(
            matched,
            key=lambda t: (t.end - t.start, t.weight == t.row.weight, t.row.type in cue_types, t.weight),
        )
        span = sent.doc[best.start : best.end]
        best.head = span.root
        candidates.append(best)
    candidates.sort(key=lambda t: (-(t.end - t.start), t.start))
    taken: set[int] = set()
    out: list[Trigger] = []
    for trig in candidates:
        idx = set(range(trig.start, trig.end))
        if idx & taken:
            continue
        taken |= idx
        out.append(trig)
    out.sort(key=lambda t: t.start)
    return out

"""The protest family of ACLED sub-types, decided once for the events of a sentence.

ACLED codes a demonstration by who acts on whom with what:

- demonstrators who fight, riot, throw stones, burn or vandalise: *Violent demonstration*, even when police
  answer with force (the demonstrators' violence defines the event);
- peaceful demonstrators met with force that kills or injures: *Excessive force against protesters*;
- peaceful demonstrators dispersed, arrested, tear-gassed: *Protest with intervention*;
- otherwise *Peaceful protest*.

The trigger words give each event a first guess (``acled.py``); this module makes the events of one sentence
agree, since a sentence reports one demonstration and the response to it.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.tokens import Token

from ...records import Event
from . import casualties

PEACEFUL = "Peaceful protest"
INTERVENTION = "Protest with intervention"
FORCE = "Excessive force against protesters"
VIOLENT = "Violent demonstration"
LOOTING = "Looting/property destruction"
RESPONSES = (INTERVENTION, FORCE)
# words of a fight with no sides named ("clashes broke out"): next to a protest, the protesters' fight
FIGHT_LEMMAS = frozenset(["clash", "scuffle", "skirmish", "fight", "fighting", "brawl"])
ARMED_SIDES = frozenset(["REB", "INS", "PRM"])
CASUALTY = re.compile(r"^(?:kill|slain|slay|wound|injur|hurt|die|dead|shot)", re.I)
HURT_WORDS = re.compile(r"\b(?:killed|injured|wounded|dead|died|hurt)\b", re.I)


# Words that name a demonstration or those in it (lemmas): what a response acts on when it is aimed at one.
PROTEST_NOUNS = frozenset(
    ["protest", "protester", "protestor", "demonstrator", "demonstration", "rally", "march", "marcher", "crowd",
     "sit-in", "vigil", "picket", "striker", "rioter", "riot"]
)  # fmt: skip
# Prepositions that put an arrest or force at the demonstration itself ("detained during a rally", "fired on
# the crowd"). Those of sequence or cause ("after", "before", "for", "in connection with") make the protest
# the occasion or the reason of the arrest, which stays an arrest.
AT_PREPS = frozenset(["at", "during", "amid", "in", "outside", "near", "on", "upon", "against", "into"])
PEACEFUL_WORDS = re.compile(r"\bpeaceful(?:ly)?\b", re.I)


def _protesters_fight(e: Event, head: Token) -> bool:
    """A clash with no armed group on either side: in a sentence about a protest, the protesters fought.
    A fight with an object ("fighting deportation") is a figure of speech, not a scuffle."""
    if e.type != "ASSAULT" or e.acled != "Armed clash" or head.lemma_.lower() not in FIGHT_LEMMAS:
        return False
    if any(c.dep_ == "dobj" for c in head.children):
        return False
    return not any(r.sector in ARMED_SIDES for r in e.actor + e.recipient)


def names_protest(noun: Token) -> bool:
    """The noun, a conjunct of it or the noun of its quantity ("dozens of protesters") names a demonstration
    or demonstrators; so does a participle describing it ("people protesting against the law")."""
    nouns = [noun, *(c for c in noun.children if c.dep_ == "conj")]
    nouns += [g for n in list(nouns) for p in n.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children
              if g.dep_ == "pobj"]  # fmt: skip
    if any(n.lemma_.lower() in PROTEST_NOUNS or n.lower_ in PROTEST_NOUNS for n in nouns):
        return True
    return any(
        c.dep_ == "acl" and c.lemma_.lower() in ("protest", "demonstrate", "rally", "march") for c in noun.children
    )


def aimed_at_protest(head: Token, protest_heads: Collection[int] = ()) -> bool:
    """Whether an arrest or use of force acts on a demonstration: its object (or passive subject) names the
    demonstrators ("detained 40 protesters", "broke up the march"), or a preposition of place or time puts
    it at the protest ("arrested at the rally", "fired on the crowd"). The protest of a phrase further down
    ("arrested in connection with the protests", "on charges of organising a protest") or of another clause
    ("protested after police arrested their leader") is the arrest's reason, not its target.
    ``protest_heads`` are the words of the sentence's events that make up the demonstration (the protesters'
    own fight: "arrested during clashes" at a protest)."""
    for c in head.children:
        if c.dep_ in ("dobj", "nsubjpass", "dative") and names_protest(c):
            return True
        at = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ in AT_PREPS else []
        if any(names_protest(g) or g.i in protest_heads for g in at):
            return True
    return False


def _arrest_at_protest(e: Event, head: Token, protest_heads: Collection[int]) -> bool:
    """Police arresting people (a verb that occurred) at a protest: the protest was broken up. A noun ("to
    decry the arrests", "a plan for mass arrests") is more often the grievance than the response."""
    if e.type != "COERCE" or e.acled != "Arrests" or e.status != "occurred" or head.pos_ != "VERB":
        return False
    return aimed_at_protest(head, protest_heads)


def _evidence_of_riot(e: Event, head: Token, peaceful: bool) -> bool:
    """A violent act of the demonstrators; "unrest" names a state of a country, not an act. When the text
    calls the demonstrators peaceful, a word near a plain "demonstrators" ("a violent crackdown on peaceful
    demonstrators") is not enough: it takes a riot word or the demonstrators attacking."""
    if e.acled != VIOLENT or head.lemma_.lower() == "unrest":
        return False
    return not (peaceful and e.type == "PROTEST" and e.mode != "riot")


def _hurt(sentence: str) -> bool:
    hurt = (casualties.fatalities(sentence) or 0) + (casualties.injured(sentence) or 0)
    return hurt > 0 or bool(HURT_WORDS.search(sentence))


def _demonstration(events: list[Event], heads: list[Token]) -> set[int]:
    """Words of the events that make up the demonstration: the protests, the demonstrators' violence and,
    next to a protest, the protesters' own fight."""
    pairs = list(zip(events, heads, strict=True))
    protests = {h.i for e, h in pairs if e.type == "PROTEST" or e.acled == VIOLENT}
    return protests | {h.i for e, h in pairs if _protesters_fight(e, h)} if protests else set()


def _label(events: list[Event], heads: list[Token], demo: set[int]) -> str | None:
    """The one protest sub-type of the sentence, or None when it reports no demonstration or no response."""
    pairs = [(e, h) for e, h in zip(events, heads, strict=True) if e.status == "occurred"]
    if not any(e.type == "PROTEST" or e.acled in (VIOLENT, *RESPONSES) for e, _ in pairs):
        return None
    protests = [h for e, h in pairs if e.type == "PROTEST"]
    peaceful = bool(PEACEFUL_WORDS.search(events[0].sentence.text))
    if any(_evidence_of_riot(e, h, peaceful) for e, h in pairs) or (
        protests and any(_protesters_fight(e, h) for e, h in pairs)
    ):
        return VIOLENT
    responses = {e.acled for e, _ in pairs if e.acled in RESPONSES}
    if any(_arrest_at_protest(e, h, demo) for e, h in pairs):
        responses.add(INTERVENTION)
    if not responses:
        return None
    if FORCE in responses or _hurt(events[0].sentence.text):
        return FORCE  # ACLED: an intervention that kills or injures is excessive force
    return INTERVENTION


def _joins(e: Event, head: Token, label: str, demo: set[int]) -> bool:
    """Events that are part of the demonstration or of the response to it."""
    if e.type == "PROTEST" and e.acled in (PEACEFUL, INTERVENTION, FORCE, VIOLENT, None):
        return True
    if label == VIOLENT and e.acled == LOOTING:
        return True  # ACLED: rioters burning and vandalising are the violent demonstration itself
    if e.acled in RESPONSES or _protesters_fight(e, head) or _arrest_at_protest(e, head, demo):
        return True
    # "one protester was killed", "dozens were injured": the casualties of the same demonstration
    return e.type == "ASSAULT" and e.acled in ("Attack", "Armed clash") and bool(CASUALTY.match(head.lower_))


def protest_sentence(events: list[Event], heads: list[Token]) -> None:
    """Give the events of a demonstration and of the response to it one protest sub-type."""
    demo = _demonstration(events, heads)
    label = _label(events, heads, demo)
    if label is None:
        return
    for e, head in zip(events, heads, strict=True):
        if _joins(e, head, label, demo):
            e.acled = label

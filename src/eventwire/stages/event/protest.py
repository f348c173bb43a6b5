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


# "arrested during a protest" links the arrest to the protest; "arrested for organising a protest" does not
AT_PREPS = frozenset(
    ["during", "at", "amid", "in", "after", "following", "before", "prior", "ahead", "outside", "near"]
)
PEACEFUL_WORDS = re.compile(r"\bpeaceful(?:ly)?\b", re.I)


def _protesters_fight(e: Event, head: Token) -> bool:
    """A clash with no armed group on either side: in a sentence about a protest, the protesters fought.
    A fight with an object ("fighting deportation") is a figure of speech, not a scuffle."""
    if e.type != "ASSAULT" or e.acled != "Armed clash" or head.lemma_.lower() not in FIGHT_LEMMAS:
        return False
    if any(c.dep_ == "dobj" for c in head.children):
        return False
    return not any(r.sector in ARMED_SIDES for r in e.actor + e.recipient)


def _linked(arrest: Token, protest: Token) -> bool:
    """The protest is where the arrest happened, not its reason: outside the arrest's phrase, or under it
    through a preposition of place or time ("detained during a rally")."""
    tok = protest
    preps: list[str] = []
    while tok.head.i != tok.i and tok.i != arrest.i:
        if tok.dep_ in ("prep", "advmod"):  # "prior to", "due to": the first word tells
            preps.append(tok.lower_)
        tok = tok.head
    if tok.i != arrest.i:
        return True
    return bool(preps) and preps[-1] in AT_PREPS


def _arrest_at_protest(e: Event, head: Token, protests: list[Token]) -> bool:
    """Police arresting people (a verb that occurred) at a protest: the protest was broken up. A noun ("to
    decry the arrests", "a plan for mass arrests") is more often the grievance than the response."""
    if e.type != "COERCE" or e.acled != "Arrests" or e.status != "occurred" or head.pos_ != "VERB":
        return False
    return any(_linked(head, p) for p in protests)


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


def _label(events: list[Event], heads: list[Token]) -> str | None:
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
    if any(_arrest_at_protest(e, h, protests) for e, h in pairs):
        responses.add(INTERVENTION)
    if not responses:
        return None
    if FORCE in responses or _hurt(events[0].sentence.text):
        return FORCE  # ACLED: an intervention that kills or injures is excessive force
    return INTERVENTION


def _joins(e: Event, head: Token, protests: list[Token], label: str) -> bool:
    """Events that are part of the demonstration or of the response to it."""
    if e.type == "PROTEST" and e.acled in (PEACEFUL, INTERVENTION, FORCE, VIOLENT, None):
        return True
    if label == VIOLENT and e.acled == LOOTING:
        return True  # ACLED: rioters burning and vandalising are the violent demonstration itself
    if e.acled in RESPONSES or _protesters_fight(e, head) or _arrest_at_protest(e, head, protests):
        return True
    # "one protester was killed", "dozens were injured": the casualties of the same demonstration
    return e.type == "ASSAULT" and e.acled in ("Attack", "Armed clash") and bool(CASUALTY.match(head.lower_))


def protest_sentence(events: list[Event], heads: list[Token]) -> None:
    """Give the events of a demonstration and of the response to it one protest sub-type."""
    label = _label(events, heads)
    if label is None:
        return
    protests = [h for e, h in zip(events, heads, strict=True) if e.type == "PROTEST"]
    for e, head in zip(events, heads, strict=True):
        if _joins(e, head, protests, label):
            e.acled = label

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
from .words import LOOTING, NONSTATE_ARMED_SECTORS, PROTEST_NOUNS, STATE_WORDS

PEACEFUL = "Peaceful protest"
INTERVENTION = "Protest with intervention"
FORCE = "Excessive force against protesters"
VIOLENT = "Violent demonstration"
RESPONSES = (INTERVENTION, FORCE)
# words of a fight with no sides named ("clashes broke out"): next to a protest, the protesters' fight
FIGHT_LEMMAS = frozenset(["clash", "scuffle", "skirmish", "fight", "fighting", "brawl"])
# words of people killed or hurt ("killed", "injuring", "left three dead", "casualties")
CASUALTY = re.compile(r"^(?:kill|slain|slay|wound|injur|hurt|die|died|dead|death|shot|casualt)", re.I)
# clauses of their own: a casualty in one of them with its own subject is not the response's
CLAUSES = frozenset(["conj", "advcl", "ccomp", "xcomp", "parataxis"])


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
    return not any(r.sector in NONSTATE_ARMED_SECTORS for r in e.actor + e.recipient)


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


# verbs of driving people off a place: done by the state to demonstrators, an intervention
DRIVE_OFF = frozenset(["chase", "drive", "scatter", "evict", "push"])


def _state_drives_off(tok: Token) -> bool:
    """The state's forces chase or drive demonstrators off ("police chased the protesters from the square",
    "protesters were driven away by troops"); demonstrators chasing the police are no intervention."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in DRIVE_OFF or not aimed_at_protest(tok):
        return False
    doers = [c for c in tok.children if c.dep_ == "nsubj"]
    doers += [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(d.lower_ in STATE_WORDS for d in doers)


def _arrest_at_protest(e: Event, head: Token, protest_heads: Collection[int]) -> bool:
    """Police arresting people (a verb that occurred) at a protest: the protest was broken up. A noun ("to
    decry the arrests", "a plan for mass arrests") is more often the grievance than the response."""
    if e.type != "COERCE" or e.acled != "Arrests" or e.status != "occurred" or head.pos_ != "VERB":
        return False
    return aimed_at_protest(head, protest_heads)


def _evidence_of_riot(e: Event, peaceful: bool) -> bool:
    """A violent act of the demonstrators. When the text calls the demonstrators peaceful, a word near a
    plain "demonstrators" ("a violent crackdown on peaceful demonstrators") is not enough: it takes a riot
    word or the demonstrators attacking."""
    if e.acled != VIOLENT:
        return False
    return not (peaceful and e.type == "PROTEST" and e.mode != "riot")


def _own_clause(head: Token) -> set[int]:
    """The words of an event's own clause: its subtree without relative clauses and descriptions of its
    nouns ("a teenager who was killed", "people protesting over a killing") and without clauses that have a
    subject of their own ("while gunmen killed five soldiers")."""
    out: set[int] = set()
    stack = [head]
    while stack:
        tok = stack.pop()
        out.add(tok.i)
        stack += [c for c in tok.children if not _separate_clause(c)]
    return out


def _separate_clause(c: Token) -> bool:
    """A dependent that tells of something else: a relative clause or description of a noun, a clause with a
    subject of its own, or a finite adverbial clause with a conjunction ("while in the north gunmen killed",
    where the parser may miss the subject). A participle ("firing", "injuring dozens") stays."""
    if c.dep_ in ("relcl", "acl"):
        return True
    if c.dep_ not in CLAUSES:
        return False
    if any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children):
        return True
    return c.dep_ == "advcl" and c.tag_ in ("VBD", "VBZ", "VBP") and any(g.dep_ == "mark" for g in c.children)


def _agent_and_victims(head: Token) -> tuple[list[Token], list[Token]]:
    """Who killed or hurt and who was killed or hurt, by voice: "police killed two protesters", "two
    protesters were killed by police", "two protesters died"."""
    kids = list(head.children)
    passive = [c for c in kids if c.dep_ == "nsubjpass"]
    if head.lemma_.lower() in ("die", "dead") or passive:
        agents = [g for c in kids if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
        return agents, passive or [c for c in kids if c.dep_ == "nsubj"]
    return [c for c in kids if c.dep_ == "nsubj"], [c for c in kids if c.dep_ == "dobj"]


def _casualty_of(head: Token, anchors: list[Token]) -> bool:
    """A casualty word belongs to the response to (or fight of) a demonstration: its victims are the
    demonstrators ("three protesters were killed"), it is said in the response's own clause ("dispersed the
    rally, injuring dozens"), or it governs the response and names no other agent ("people were injured
    when police dispersed the march"). A killing that is the protest's grievance or another clause's
    ("while gunmen killed five soldiers") is not."""
    if not CASUALTY.match(head.lower_):
        return False
    agents, victims = _agent_and_victims(head)
    if any(names_protest(v) for v in victims):
        return True
    if any(head.i in _own_clause(a) for a in anchors if a.i != head.i):
        return True
    governs = any(a.head.i == head.i and a.dep_ in CLAUSES for a in anchors)
    return governs and not agents


def _hurt(events: list[Event], heads: list[Token], responses: list[Token]) -> bool:
    """The response killed or hurt people: a casualty word of its own clause or governing it, or
    demonstrators killed or hurt in the sentence."""
    words = {i for r in responses for i in _own_clause(r)} | {r.head.i for r in responses if r.dep_ in CLAUSES}
    sent = heads[0].sent if heads else None
    toks = [t for t in sent if t.i in words] if sent is not None else []
    return any(_casualty_of(t, responses) for t in toks) or any(
        e.type == "ASSAULT" and _casualty_of(h, []) for e, h in zip(events, heads, strict=True)
    )


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
    if any(_evidence_of_riot(e, peaceful) for e, h in pairs) or (
        protests and any(_protesters_fight(e, h) for e, h in pairs)
    ):
        return VIOLENT
    acts = [(e, h) for e, h in pairs if e.acled in RESPONSES or _arrest_at_protest(e, h, demo)]
    drives = [t for t in heads[0].sent if _state_drives_off(t)] if heads else []
    if not acts and not drives:
        return None
    if any(e.acled == FORCE for e, _ in acts) or _hurt(events, heads, [h for _, h in acts] + drives):
        return FORCE  # ACLED: an intervention that kills or injures is excessive force
    return INTERVENTION


def _joins(e: Event, head: Token, label: str, anchors: list[Token]) -> bool:
    """Events that are part of the demonstration or of the response to it."""
    if e.type == "PROTEST" and e.acled in (PEACEFUL, INTERVENTION, FORCE, VIOLENT, None):
        return True
    if label == VIOLENT and e.acled == LOOTING:
        return True  # ACLED: rioters burning and vandalising are the violent demonstration itself
    demo = {a.i for a in anchors}
    if e.acled in RESPONSES or _protesters_fight(e, head) or _arrest_at_protest(e, head, demo):
        return True
    # "one protester was killed", "dozens were injured when police fired": casualties of the demonstration
    return e.type == "ASSAULT" and e.acled in ("Attack", "Armed clash") and _casualty_of(head, anchors)


def protest_sentence(events: list[Event], heads: list[Token]) -> None:
    """Give the events of a demonstration and of the response to it one protest sub-type."""
    demo = _demonstration(events, heads)
    label = _label(events, heads, demo)
    if label is None:
        return
    anchors = [h for e, h in zip(events, heads, strict=True) if h.i in demo or e.acled in RESPONSES]
    for e, head in zip(events, heads, strict=True):
        if _joins(e, head, label, anchors):
            e.acled = label


def protest_outcomes(events: list[Event], window: int = 2) -> None:
    """One demonstration told over sentences takes its outcome: ACLED codes a demonstration by what
    happened to it, so a peaceful protest followed within ``window`` sentences by the response to a
    demonstration (an intervention, excessive force) or by protesters turning violent is that sub-type
    ("Hundreds marched to the ministry. Police later fired tear gas at them."). Not across another
    demonstration or to a response placed elsewhere."""
    starts = sorted({e.sentence.start for e in events})
    order = {s: k for k, s in enumerate(starts)}
    for k, e in enumerate(events):
        if e.type != "PROTEST" or e.acled != PEACEFUL or e.status != "occurred":
            continue
        here = order[e.sentence.start]
        for later in events[k + 1 :]:
            gap = order[later.sentence.start] - here
            if gap > window:
                break
            if gap == 0:
                continue
            if later.type == "PROTEST" and later.acled == PEACEFUL:
                break  # another demonstration is told
            elsewhere = e.place and later.place and e.place.name != later.place.name
            if later.status == "occurred" and later.acled in (INTERVENTION, FORCE, VIOLENT) and not elsewhere:
                e.acled = later.acled
                break

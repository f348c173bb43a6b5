"""Stage ``eventwire_events``: PLOVER events with mode, actor, recipient, status, ACLED sub-type,
casualties, time, place, reporter and quote, one or more per sentence.

``extract_events(doc)`` works sentence by sentence: triggers from the lexicon (``event/triggers.py``),
roles from the parse (``event/roles.py``), status (``event/status.py``), mode and ACLED sub-type
(``event/acled.py``), casualty counts (``event/casualties.py``) and attachments (``event/attach.py``).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from itertools import pairwise

from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..records import ActorRef, Event, Mention, Place, TextSpan
from . import doc_text, span_text
from .event import attach, casualties
from .event.acled import mode_and_acled
from .event.anaphora import TIME_LINKS, drop_restatements, means_from_antecedent
from .event.lexicon import CueRow
from .event.protest import protest_outcomes, protest_sentence
from .event.recode import must_verb, recode, says_must
from .event.roles import (
    RECIPIENT_PREPS,
    addressees,
    find_roles,
    is_actor_like,
    prep_objects,
    reachable_preps,
    refs_of,
    subject_of,
    threatened,
)
from .event.status import purpose_infinitive, status_of
from .event.triggers import Trigger, find_triggers, is_instrument, motive_tokens, sentence_cues
from .event.words import DOER_NOUNS, STATE_WORDS

VIOLENT = ("ASSAULT",)
WEAPON_RANK = (
    "Chemical weapon",
    "Suicide bomb",
    "Grenade",
    "Air/drone strike",
    "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED",
)
NEAR = 6  # tokens around a trigger whose cues describe it
CASUALTY_WORDS = ("kill", "slain", "slay", "wound", "injur", "die", "dead", "attack")
GENERIC_ACLED = ("Attack", "Armed clash", "Peaceful protest", "Other")
# PLOVER THREATEN modes name the content of the threat
THREAT_MODES = {
    "ASSAULT": "violence",
    "MOBILIZE": "violence",
    "COERCE": "restrict",
    "PROTEST": "restrict",
    "SANCTION": "relations",
}
# status weights for ranking: an event the text asserts outranks one it only reports as planned or denied
_STATUS_FACTOR = {"occurred": 1.0, "future": 0.85, "hypothetical": 0.8, "negated": 0.7, "denied": 0.7}


@dataclass
class Draft:
    trigger: Trigger
    actors: list[ActorRef]
    recipients: list[ActorRef]
    direct: bool
    status: str
    governed: bool
    absorbed: list[Trigger] = field(default_factory=list)


def _governed_by(head: Token, others: set[int]) -> bool:
    tok = head
    for _ in range(6):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.i in others:
            return True
    return False


CLAUSE_DEPS = ("conj", "advcl", "ccomp", "xcomp", "parataxis", "relcl", "csubj")


def _linked(a: Token, b: Token) -> bool:
    """``b`` is a dependent of ``a`` directly or through one preposition/agent ("killed in a bombing"),
    not a clause of its own ("vowed revenge and promised to ..." are two events)."""
    if b.dep_ in CLAUSE_DEPS:
        return False
    if b.head.i == a.i:
        return True
    return b.head.head.i == a.i and b.head.dep_ in ("prep", "agent")


def _intended(head: Token) -> bool:
    """An infinitive of purpose ("an attack to capture the base"): what was aimed at, not what was done; the
    same test gives it the status future (``status.purpose_infinitive``)."""
    return purpose_infinitive(head)


def _merge(drafts: list[Draft]) -> list[Draft]:
    """Fold a same-type trigger into the trigger it depends on ("killed in a US bombing" is one assault)."""
    out = list(drafts)
    changed = True
    while changed:
        changed = False
        for a in out:
            for b in out:
                if a is b or a.trigger.row.type != b.trigger.row.type:
                    continue
                ha, hb = a.trigger.head, b.trigger.head
                if not (_linked(ha, hb) or (hb.dep_ in ("nsubj", "nsubjpass") and hb.head.i == ha.i)):
                    continue
                # keep the governing word (its place in the clause ranks the event), with the more specific
                # mode and ACLED hint of either word ("agreed to a ceasefire", "killed in an air strike")
                keep, drop = (a, b)
                krow, drow = keep.trigger.row, drop.trigger.row
                aim = _intended(drop.trigger.head)
                keep.trigger.row = replace(
                    krow,
                    mode=krow.mode or drow.mode,
                    acled=drow.acled
                    if drow.acled and not aim and (not krow.acled or krow.acled in GENERIC_ACLED)
                    else krow.acled,
                    context=krow.context or drow.context,
                )
                keep.trigger.weight = max(keep.trigger.weight, drop.trigger.weight)
                keep.actors = keep.actors or [r for r in drop.actors if r.text not in {x.text for x in keep.recipients}]
                keep.recipients = keep.recipients or drop.recipients
                keep.absorbed.append(drop.trigger)
                keep.direct = keep.direct or drop.direct
                if drop.status == "occurred" and keep.status != "occurred" and keep.trigger.head.i == hb.i:
                    keep.status = drop.status
                out.remove(drop)
                changed = True
                break
            if changed:
                break
    return out


def _fallback_recipients(doc: Doc, trig: Trigger) -> list[ActorRef]:
    """Recipients attached inside a phrase trigger or its infinitive ("vowed to take revenge on X")."""
    heads: list[Token] = []
    for i in range(trig.start, trig.end):
        tok = doc[i]
        heads += prep_objects(tok, RECIPIENT_PREPS)
        for c in tok.children:
            if c.dep_ == "xcomp":
                heads += prep_objects(c, RECIPIENT_PREPS) + [x for x in c.children if x.dep_ == "dobj"]
    return refs_of(doc, heads)


# Nouns of stance and of rule, with the prepositions that name the party the stance is against or the rule
# is whose: "in defiance of X", "disapproval for X's policies", "independence from X".
STANCE_NOUNS: dict[str, tuple[str, ...]] = {
    "defiance": ("of",),
    "disapproval": ("of", "for", "with"),
    "dissatisfaction": ("with",),
    "discontent": ("with",),
    "opposition": ("to",),
    "resistance": ("to", "against"),
    "hostility": ("to", "toward", "towards"),
    "anger": ("at", "over", "with"),
    "outrage": ("at", "over"),
    "independence": ("from",),
    "secession": ("from",),
}


def _stance_parties(doc: Doc, head: Token) -> list[ActorRef]:
    """ "blocked streets in defiance of Chinese authorities", "to show their disapproval for the United States'
    policies", "demanding independence from Indonesian rule": a protest is aimed at the party its stated
    stance is against, more surely than at what it blocked or where it took place."""
    heads: list[Token] = []
    for tok in head.subtree:
        preps = STANCE_NOUNS.get(tok.lemma_.lower()) if tok.pos_ == "NOUN" else None
        if preps:
            heads += prep_objects(tok, preps)
    return [r for r in refs_of(doc, heads) if r.country]


FORCE_SECTORS = ("MIL", "COP", "PRM")
# Prepositions of the party forces are readied against or sent to ("a war against Iraq", "troops to Kosovo").
MOBILIZED_AT = ("against", "on", "at", "to", "into", "toward", "towards")


def _own_forces(recipients: list[ActorRef], actors: list[ActorRef]) -> bool:
    """The object of a mobilizing verb is the actor's own forces ("Britain mobilized reservists"): forces
    naming no country or the actor's one. They are what is mobilized, not whom it is aimed at."""
    own = {a.country for a in actors if a.country}
    return bool(recipients) and all(
        r.sector in FORCE_SECTORS and (r.country is None or r.country in own) for r in recipients
    )


def _mobilized_against(doc: Doc, head: Token, actors: list[ActorRef]) -> list[ActorRef]:
    """The coded party forces are readied against or sent to, further down the trigger's phrases ("mobilized
    reservists for a possible war against Iraq")."""
    own = {a.country for a in actors if a.country}
    refs = refs_of(doc, reachable_preps(head, MOBILIZED_AT))
    return [r for r in refs if r.country and r.country not in own]


PERSONAL = frozenset(["he", "she", "they", "we", "i"])


def _speaker_for(doc: Doc, head: Token) -> list[ActorRef]:
    """The subject of the speech verb governing a pronoun-subject clause ("the rebels said they will ...")."""
    tok = head
    for _ in range(4):
        if tok.head.i == tok.i:
            return []
        tok = tok.head
        if tok.lemma_.lower() in attach.SAY:
            subj = [c for c in tok.children if c.dep_ == "nsubj" and c.lower_ not in PERSONAL]
            return refs_of(doc, subj[:1])
    return []


BACKGROUND = frozenset(["after", "following", "before", "since", "amid", "despite", "over"])


def _background(head: Token) -> bool:
    """A trigger in a time or cause phrase of another clause ("after violent protests", "one day after a jet
    shot down ...")."""
    if head.dep_ == "pobj" and head.head.lower_ in BACKGROUND:
        return True
    if head.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in BACKGROUND | {"when", "while", "as"} for c in head.children)
    return False


WIDE_PREPS = ("to", "with", "against", "between", "from", "for", "on", "at", "toward", "towards", "in", "into", "of")


def _coded_recipients(doc: Doc, trig: Trigger, with_in: bool = True) -> list[ActorRef]:
    """When the object is a thing ("provided aid", "eased emergency measures"), the recipient is the coded
    actor it goes to: "to Romania", "between Syria and the PLO", "in Montenegro", "the rights of Palestinians"."""
    heads: list[Token] = []
    tokens = [doc[i] for i in range(trig.start, trig.end)]
    for tok in list(tokens):
        tokens += [c for c in tok.children if c.dep_ in ("xcomp", "dobj", "attr", "dative")]
    for tok in tokens:
        for prep in WIDE_PREPS if with_in else tuple(p for p in WIDE_PREPS if p not in ("in", "at")):
            heads += prep_objects(tok, (prep,))
    refs = [r for r in refs_of(doc, heads) if r.country]
    lo, hi = doc[trig.start].idx, doc[trig.end - 1].idx + len(doc[trig.end - 1])
    return [r for r in refs if not (lo <= r.start < hi)]


def _coded_members(doc: Doc, head: Token, actors: list[ActorRef]) -> list[ActorRef]:
    """ "Leaders of the opposition coalition", "a group of Moroccan diplomats": an uncoded collective noun
    stands for the coded group named in its "of" phrase."""
    if any(a.country for a in actors):
        return actors
    out: list[ActorRef] = []
    for a in actors:
        span = doc.char_span(a.start, a.end, alignment_mode="expand")
        coded = refs_of(doc, prep_objects(span.root, ("of",))) if span is not None else []
        coded = [c for c in coded if c.country]
        out += coded or [a]
    return out


def _in_relative_clause(head: Token) -> bool:
    """The subject or object of a relative clause ("the regions, where fighting has left scores dead"): it
    describes a place or a person of the sentence, it is not the sentence's news."""
    return head.dep_ in ("nsubj", "nsubjpass", "dobj") and head.head.dep_ == "relcl"


def _confidence(
    d: Draft, mode: str | None, acled: str | None = None, lead: bool = False, recoded: bool = False
) -> float:
    score = 0.3 + 0.4 * d.trigger.weight
    score += 0.12 if d.actors else 0.0
    score += 0.08 if d.recipients else 0.0
    score += 0.04 if d.direct else 0.0
    score += 0.03 if mode else 0.0
    score += 0.04 if acled and acled not in GENERIC_ACLED else 0.0  # a specific description says more
    score += 0.06 if lead else 0.0  # news leads carry the main event
    score += 0.03 if d.trigger.head.dep_ == "ROOT" else 0.0
    if d.governed:
        score *= 0.8
    head = d.trigger.head
    if head.dep_ in ("acl", "relcl") or _in_relative_clause(head) or _background(head):
        score *= 0.8  # "weapons seized last year", "after violent protests": background, not the news
    if recoded:
        score += 0.05  # the announcement, demand or refusal is the sentence's own act
    depth = 0
    tok = d.trigger.head
    while tok.head.i != tok.i and depth < 8:
        tok = tok.head
        depth += 1
    score *= max(0.7, 1.0 - 0.04 * depth)  # the main predicate is the reported event
    score *= _STATUS_FACTOR.get(d.status, 1.0)
    return round(max(0.0, min(1.0, score)), 3)


def _sentence_events(doc: Doc, sent: Span, prev_next: tuple[str, str]) -> list[Event]:
    """The events of one sentence: a draft (roles, status) per trigger, same-type triggers folded together,
    casualty words of a disaster dropped, then each draft typed and attached; last the checks that compare
    the sentence's events with one another (one incident, a handover, local countries)."""
    trigs = find_triggers(sent)
    if not trigs:
        return []
    heads = {t.head.i: t.row.type for t in trigs}
    drafts = _merge([_draft(doc, t, heads) for t in trigs])
    found_at = sentence_cues(sent)
    motive = motive_tokens(sent)
    drafts = _without_disaster_casualties(drafts, [row for _, _, row in found_at])
    draft_heads = {x.trigger.head.i: x.trigger.row.type for x in drafts}
    events = [_event_of(doc, sent, d, prev_next, found_at, draft_heads, motive) for d in drafts]
    protest_sentence(events, [d.trigger.head for d in drafts])
    _same_incident(events, [d.trigger.head for d in drafts], motive)
    _handover(events)
    _local_countries(doc, sent, events, [d.trigger.head for d in drafts])
    return events


def _draft(doc: Doc, t: Trigger, heads: dict[int, str]) -> Draft:
    """One trigger's draft event: its roles, status and whether another trigger of the sentence governs it
    (``heads`` maps every trigger head of the sentence to its type)."""
    actors, recipients, direct = find_roles(doc, t.head)
    actors = _own_actors(doc, t, actors)
    recipients = _typed_recipients(doc, t, [r for r in recipients if not _in_trigger(doc, t, r)], actors)
    actors = _coded_members(doc, t.head, _speaker_actors(doc, t.head, actors))
    spans = {(a.start, a.end) for a in actors}  # the same words are not both who acted and who was acted on
    recipients = [r for r in recipients if (r.start, r.end) not in spans]
    others = {k: v for k, v in heads.items() if k != t.head.i}
    status = status_of(t.head, others)
    return Draft(t, actors, recipients, direct, status, _governed_by(t.head, set(others)))


def _own_actors(doc: Doc, t: Trigger, actors: list[ActorRef]) -> list[ActorRef]:
    """The parse's actors minus the trigger's own words; a doer noun with none is its own actor."""
    actors = [r for r in actors if not _in_trigger(doc, t, r)]
    if not actors and t.head.lemma_.lower() in DOER_NOUNS:
        actors = refs_of(doc, [t.head])  # "an attack by protesters": the protesters protest
    return actors


def _typed_recipients(doc: Doc, t: Trigger, recipients: list[ActorRef], actors: list[ActorRef]) -> list[ActorRef]:
    """Recipients by the event type's own pattern where the parse's ones name no party (a demand's
    addressee, a threat's target, forces' adversary, a protest's stance), then the fallbacks for any type:
    a party inside a phrase trigger, or a coded party in a prepositional phrase."""
    typ = t.row.type
    if typ == "REQUEST" and not any(r.country for r in recipients):
        recipients = addressees(doc, t.head) or recipients
    if typ == "THREATEN" and not any(is_actor_like(r) for r in recipients):
        recipients = threatened(doc, t.head) or recipients
    if typ == "MOBILIZE" and _own_forces(recipients, actors):
        recipients = _mobilized_against(doc, t.head, actors) or recipients
    if typ == "PROTEST":
        recipients = _stance_parties(doc, t.head) or recipients
    if not recipients:
        recipients = _fallback_recipients(doc, t)
    if not any(r.country for r in recipients):
        recipients = _coded_recipients(doc, t, typ != "ASSAULT") or recipients
    return recipients


def _speaker_actors(doc: Doc, head: Token, actors: list[ActorRef]) -> list[ActorRef]:
    """A personal pronoun (or no actor at all under a pronoun subject) stands for the speaker of the speech
    verb above the clause ("the rebels said they will ..."), when there is one."""
    subj = subject_of(head) if head.pos_ in ("VERB", "AUX") else None
    if (actors and all(a.text.lower() in PERSONAL for a in actors)) or (
        not actors and subj is not None and subj.lower_ in PERSONAL | {"it"}
    ):
        return _speaker_for(doc, head) or actors
    return actors


def _without_disaster_casualties(drafts: list[Draft], found: list[CueRow]) -> list[Draft]:
    """In a disaster or an accident, weak casualty words whose only cause is the flood or the crash (no
    actor, or the disaster word as actor) are not assaults."""
    disaster = {row.lemmas[0] for row in found if "NOVIOLENCE" in row.types}
    if not disaster:
        return drafts

    def natural(d: Draft) -> bool:
        words = {w.rstrip("s") for a in d.actors for w in a.text.lower().split()}
        return not d.actors or bool(words & disaster)

    return [d for d in drafts if not (d.trigger.row.type == "ASSAULT" and d.trigger.weight < 0.8 and natural(d))]


def _event_of(
    doc: Doc,
    sent: Span,
    d: Draft,
    prev_next: tuple[str, str],
    found_at: list[tuple[int, int, CueRow]],
    draft_heads: dict[int, str],
    motive: set[int],
) -> Event:
    """The event record of one draft: its final type, mode and ACLED sub-type, casualties and attachments
    (time, place, reporter, quote) and confidence. ``draft_heads`` are the heads of all the sentence's drafts
    (with their types), whose cues belong to them rather than to this one."""
    t = d.trigger
    others = {i: typ for i, typ in draft_heads.items() if i != t.head.i}
    mode, acled = mode_and_acled(
        t.row.type, t.row, _cues_near(t, found_at, others, motive), d.actors, d.recipients, t.head
    )
    typ = recode(t.row.type, d.status, t.head, d.governed)
    if typ == "REQUEST" and t.row.type != "REQUEST" and says_must(t.head):
        _speaker_demands(doc, d)
    status = d.status
    if typ != t.row.type:
        mode, acled, status = _recoded_mode(t.row.type, typ, acled)
    span = doc[t.start : t.end]
    fatal, hurt = _casualty_counts(t, sent, prev_next)
    when = attach.event_time(doc, sent, t.head)
    return Event(
        id="",
        type=typ,
        trigger=TextSpan(span.text, span.start_char, span.end_char),
        sentence=TextSpan(span_text(sent), sent.start_char, sent.end_char),
        mode=mode,
        context=[t.row.context] if t.row.context else [],
        acled=acled,
        status=status,
        actor=d.actors,
        recipient=d.recipients,
        date=when.value if when else None,
        date_text=when.time.text if when else None,
        date_span=TextSpan(when.time.text, when.time.start, when.time.end) if when else None,
        date_shift=when.shift if when else None,
        place=attach.event_place(doc, sent, t.head),
        fatalities=fatal,
        injured=hurt,
        reported_by=attach.reporter(doc, sent, t.head),
        quote=attach.quote_index(doc, span.start_char, span.end_char),
        confidence=_confidence(d, mode, acled, sent.start == 0, typ != t.row.type),
    )


def _recoded_mode(trigger_type: str, typ: str, acled: str | None) -> tuple[str | None, str | None, str]:
    """(mode, ACLED sub-type, status) of an event recoded to another type: a threat's mode names what is
    threatened, an agreement keeps only the ACLED "Agreement"; the announcement itself has occurred."""
    mode = THREAT_MODES.get(trigger_type) if typ == "THREATEN" else None
    acled = acled if typ == "AGREE" and acled == "Agreement" else None
    return mode, acled, "occurred"


def _casualty_counts(t: Trigger, sent: Span, prev_next: tuple[str, str]) -> tuple[int | None, int | None]:
    """(fatalities, injured) of a violent event: the counts of its sentence, else of the next one (news
    often tells the toll right after the attack)."""
    if t.row.type not in VIOLENT:
        return None, None
    text = span_text(sent)
    if t.head.dep_ == "pobj" and t.head.head.lower_ in TIME_LINKS:
        # "the day after the bombing, two soldiers were killed": the sentence's toll is not the bombing's;
        # only its own phrase tells its toll ("after the attack, which left four dead, ...")
        phrase = list(t.head.subtree)
        text = span_text(t.head.doc[phrase[0].i : phrase[-1].i + 1])
        prev_next = ("", "")
    fatal = casualties.fatalities(text)
    hurt = casualties.injured(text)
    if fatal is None and hurt is None:
        fatal = casualties.fatalities(prev_next[1])
        hurt = casualties.injured(prev_next[1])
    return fatal, hurt


# Event types whose target, when a thing, is where the event strikes: a building, a road, a curfew's town.
PLACE_TARGET_TYPES = frozenset(["ASSAULT", "COERCE", "PROTEST", "THREATEN", "SANCTION"])


def _in_trigger(doc: Doc, t: Trigger, ref: ActorRef) -> bool:
    """The reference is the trigger's own words ("attack" of "a U.S. attack"). A phrase trigger matched
    around its object ("forced the agency out") leaves the words between its own ones to the roles."""
    words = {t.start, t.head.i, t.end - 1}
    return any(ref.start < doc[i].idx + len(doc[i]) and doc[i].idx < ref.end for i in words)


def _speaker_demands(doc: Doc, d: Draft) -> None:
    """ "Russia said Sudan must return the helicopter" is Russia's demand on Sudan: the speaker is the
    actor and the subject of the "must" clause, the trigger's own actor, is the recipient."""
    verb = must_verb(d.trigger.head)
    if verb is None:
        return
    speaker, bound = subject_of(verb.head), subject_of(verb)
    refs = [r for r in refs_of(doc, [speaker]) if is_actor_like(r)] if speaker is not None else []
    if refs:
        # the one who must act is the subject of the "must" verb, which the trigger may not share
        obliged = [r for r in refs_of(doc, [bound]) if is_actor_like(r)] if bound is not None else []
        d.recipients = obliged or [a for a in d.actors if is_actor_like(a)] or d.recipients
        d.actors = refs


def _local_countries(doc: Doc, sent: Span, events: list[Event], heads: list[Token]) -> None:
    """An actor coded as an actor (an entity, a sector), or any recipient, whose words name no country takes
    the country where the event happened: a place in a locative phrase of the trigger ("blocked a road in
    Nairobi"), else the one country all the sentence's places lie in, else, when the sentence names no place
    and one state by its nationality words only, that state if the event names no other one.
    ACLED names local actors so ("Protesters (Iraq)", "Police Forces of Kenya"); PLOVER coders do the same.
    The reference says so in ``country_from = "place"``; several countries in the sentence give none."""
    lo, hi = sent.start_char, sent.end_char
    here = {
        p.country
        for p in (doc._.places or [])
        if lo <= p.start < hi and p.country and p.feature != "BDR" and p.kind == "name" and _scene(doc, p)
    }
    here |= _named_countries(doc, lo, hi)
    nationalities = _nationalities(doc, lo, hi)
    for e, head in zip(events, heads, strict=True):
        _located_things(doc, e)
        where = e.place if attach.is_governed_place(doc, head, e.place) else None
        country = where.country if where is not None else None
        if country is not None:
            _ethnic_residents(e, country)
        if country is None and len(here) == 1:
            country = next(iter(here))
        if country is None and not here and len(nationalities) == 1 and _countries(e) <= nationalities:
            # "X allowed Y to rally, according to the Pakistani interior secretary", "Young Algerians blocked
            # roads": a sentence naming one state, by nationality words only, is about that state
            country = next(iter(nationalities))
        if country is None:
            continue
        for refs in (e.actor, e.recipient):
            for k, ref in enumerate(refs):
                # a thing aimed at ("rioted at a jail", "blew up power lines", "imposed a curfew") is coded by
                # where it is, as PLOVER and CAMEO coders code a target that is a place, a building or the
                # people there; not what is said or agreed ("rejected the proposal"), which is no place's
                coded = ref.entity or ref.sector or (refs is e.recipient and e.type in PLACE_TARGET_TYPES)
                if ref.country is None and coded and not _not_local(doc, ref, e, refs is e.actor):
                    refs[k] = replace(ref, country=country, country_from="place")


def _nationalities(doc: Doc, lo: int, hi: int) -> set[str]:
    """States a sentence names by nationality words ("Pakistani", "Algerians"; the model may call one an
    organisation), not by their names."""
    out = {p.country for p in (doc._.places or []) if lo <= p.start < hi and p.country and p.kind == "adjective"}
    kinds = {e.id: (e.kind, e.country) for e in doc._.entities or []}
    for m in doc._.mentions or []:
        kind, country = kinds.get(m.entity or "", (None, None))
        if lo <= m.start < hi and m.label not in ("GPE", "LOC", "FAC") and kind == "country" and country:
            out.add(country)
    return out


def _countries(e: Event) -> set[str]:
    return {r.country for r in [*e.actor, *e.recipient] if r.country}


def _located_things(doc: Doc, e: Event) -> None:
    """ "a village in western Cambodia", "the bridge spanning the Rhine from France to Germany": a recipient
    that is a thing or a place and names no country of its own is coded by the first country its own phrase
    locates it in, before the place of the event (a target is coded by where it is)."""
    for k, ref in enumerate(e.recipient):
        if ref.country is not None or (is_actor_like(ref) and ref.kind != "place"):
            continue
        span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
        if span is None:
            continue
        country = _phrase_country(doc, span.root, span)
        if country is not None:
            e.recipient[k] = replace(ref, country=country, country_from="place")


def _phrase_country(doc: Doc, root: Token, span: Span) -> str | None:
    """The first country named in the modifiers of a noun after its own words (not in relative clauses,
    which tell of other events)."""
    kinds = {x.id: (x.kind, x.country) for x in doc._.entities or []}
    named: dict[int, str] = {}
    for m in doc._.mentions or []:
        kind, country = kinds.get(m.entity or "", (None, None))
        if m.label in ("GPE", "LOC", "FAC") and kind in ("country", "place") and country:
            named[m.start] = country
    # not relative clauses (other events), nor the agent of a participle ("those targeted by US strikes")
    skip = ("relcl", "agent")
    stack = [c for c in root.children if c.i >= span.end and c.dep_ not in skip]
    found: list[tuple[int, str]] = []
    while stack:
        tok = stack.pop()
        if tok.idx in named and not _names_side(tok):
            found.append((tok.i, named[tok.idx]))
        stack += [c for c in tok.children if c.dep_ not in skip]
    return min(found)[1] if found else None


_ETHNIC = re.compile(r"\bethnic\b", re.I)


def _ethnic_residents(e: Event, country: str) -> None:
    """ "Ethnic Albanians demonstrated in Serbia": a people called ethnic is a minority where the event
    happened, coded (as CAMEO codes ethnic groups) with the state it lives in, not the state of its name."""
    for refs in (e.actor, e.recipient):
        for k, ref in enumerate(refs):
            if ref.country and ref.country != country and _ETHNIC.search(ref.text) and not ref.sector:
                refs[k] = replace(ref, entity=None, kind="group", country=country, country_from="place")


# Nouns whose place-name modifier names the side, not the scene: "US forces in eastern Syria", "US strikes".
_SIDE_NOUNS = STATE_WORDS | frozenset(
    ["strike", "strikes", "airstrike", "airstrikes", "raid", "raids", "attack", "attacks", "drone", "drones",
     "jets", "warplanes", "bombing", "bombings", "missile", "missiles", "aircraft", "officials", "official"]
)  # fmt: skip


def _scene(doc: Doc, where: Place | Mention) -> bool:
    """Whether a place of the sentence can say where its events happened: not when it only modifies armed
    forces, officials or a strike ("US forces in eastern Syria were targeted", "those targeted by US
    strikes"), which cross borders; the side is coded from those words already."""
    span = doc.char_span(where.start, where.end, alignment_mode="expand")
    return span is None or not _names_side(span[-1])


# "Iran-backed militias", "a US-led coalition": the state named is a sponsor, not where anything happens.
_SPONSOR = re.compile(r"\s*[-‐–]\s*(?:backed|sponsored|funded|supported|allied|aligned|led|armed|trained)\b", re.I)


def _names_side(tok: Token) -> bool:
    """The place name stands for a side: it modifies forces, officials or a strike, or sponsors a group."""
    if tok.dep_ in ("compound", "amod", "nmod") and tok.head.lower_ in _SIDE_NOUNS:
        return True
    return bool(_SPONSOR.match(doc_text(tok.doc), tok.idx + len(tok)))


def _named_countries(doc: Doc, lo: int, hi: int) -> set[str]:
    """Countries of the place names the actor dictionary knows in a sentence ("east Bosnia"), for the places
    the gazetteer stage left unresolved."""
    kinds = {e.id: (e.kind, e.country) for e in doc._.entities or []}
    out: set[str] = set()
    for m in doc._.mentions or []:
        kind, country = kinds.get(m.entity or "", (None, None))
        located = m.label in ("GPE", "LOC", "FAC") and kind in ("country", "place")
        if lo <= m.start < hi and located and country and _scene(doc, m):
            out.add(country)
    return out


_NOT_LOCAL_WORDS = re.compile(r"\b(?:foreign|international|multinational|coalition|overseas|expatriate)\b", re.I)


def _not_local(doc: Doc, ref: ActorRef, e: Event, as_actor: bool) -> bool:
    """A drone, a jet or the attack itself standing for its unnamed operator: where it struck says nothing of
    whose it was (strikes cross borders). As the actor, any weapon word in it or an attack noun at its head
    does so too ("A drone strike struck a convoy", "the blast killed four"); as a recipient ("condemned the
    attack") the attack is where it happened."""
    if ref.start < e.trigger.end and e.trigger.start < ref.end:
        return True
    if _NOT_LOCAL_WORDS.search(ref.text):
        return True  # "foreign forces", "coalition troops" are by their words not of the place
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None:
        return False
    if as_actor and (span.root.lemma_.lower() in _ATTACK_NOUNS or any(is_instrument(t) for t in span)):
        return True
    return is_instrument(span.root)


# Nouns that name an attack itself.
_ATTACK_NOUNS = frozenset(["strike", "airstrike", "attack", "raid", "bombing", "blast", "explosion", "shelling"])


def _own_tokens(head: Token, others: set[int]) -> set[int]:
    """The tokens of a trigger's own phrase: its dependents, not nested clauses or other triggers' phrases."""
    own = {head.i}
    stack = [head]
    while stack:
        tok = stack.pop()
        for c in tok.children:
            if c.dep_ in CLAUSE_DEPS or c.dep_ in ("acl",) or c.i in others:
                continue
            own.add(c.i)
            stack.append(c)
    return own


def _describes_other(t: Trigger, start: int, row: CueRow) -> bool:
    """An adjective of demonstrations ("violent", "peaceful") that qualifies another noun than the trigger:
    "a violent dispersal of the sit-in" says nothing of how the sit-in went."""
    tok = t.head.doc[start]
    if row.types != {"PROTEST"} or tok.pos_ != "ADJ" or tok.dep_ != "amod":
        return False
    return not t.start <= tok.head.i < t.end


def _cues_near(
    t: Trigger, found: list[tuple[int, int, CueRow]], others: dict[int, str], motive: set[int]
) -> list[CueRow]:
    """The cues that describe this trigger: those in its phrase or close to it; a trigger that names no
    sub-type of its own also reads the cues of the whole sentence ("an attack ... by a drone"). Cues in a
    phrase of motive ("for carrying out rapes", "accused of a gas attack") tell of another act, not of
    this one, unless the trigger is in that phrase too."""
    inside = _own_tokens(t.head, set(others))
    found = [(s, e, row) for s, e, row in found if not _describes_other(t, s, row)]
    if t.head.i not in motive:
        found = [(s, e, row) for s, e, row in found if s not in motive]
    near_at = [(s, row) for s, _, row in found if s in inside or t.start - NEAR <= s <= t.end - 1 + NEAR]
    if any(t.row.type in row.types and not t.start <= s < t.end for s, row in near_at):
        return [row for _, row in near_at]
    if any(t.row.type in row.types for _, row in near_at):
        # only the trigger's own word is a cue ("clashes"): it says no more than the trigger, so the weapons
        # of its own clause still tell how it was fought ("died from the use of grenades in the clashes"),
        # not those of a clause set apart ("while ... tear gas") or describing something else
        doc = t.head.doc
        return [row for _, row in near_at] + [row for s, _, row in found if _clause_governs(doc[s], t.head)]
    if t.row.acled is None or t.row.acled in GENERIC_ACLED:
        doc = t.head.doc
        return [row for s, _, row in found if others.get(s) != t.row.type or _nested(doc[s], t.head)]
    return []


def _nested(a: Token, b: Token) -> bool:
    """One word is inside the other's phrase: "killed in clashes", "clashes in which two died". Another
    trigger of the same type as a cue tells of a second event of that kind unless so nested: "the author of
    last week's attack is calling for an upcoming battle" does not make the attack a battle (a trigger of
    another type, such as the protests around a fire, stays context)."""
    return a.is_ancestor(b) or b.is_ancestor(a)


def _clause_head(tok: Token) -> Token:
    """The verb that heads the clause a token is in (the root, or a verb joined as a clause)."""
    while tok.head.i != tok.i and not (tok.pos_ in ("VERB", "AUX") and tok.dep_ in CLAUSE_DEPS):
        tok = tok.head
    return tok


def _clause_governs(cue: Token, head: Token) -> bool:
    """The cue's clause contains the trigger (its head or an ancestor), with no contrastive clause
    ("while", "but") between them."""
    return _reaches_uncontrasted(head, _clause_head(cue))


# Subordinators and conjunctions that set a clause apart as another happening ("..., while in the north
# gunmen killed five soldiers").
CONTRAST_WORDS = frozenset(["while", "whereas", "although", "though", "but", "meanwhile"])


def _reaches_uncontrasted(tok: Token, top: Token) -> bool:
    """``top`` is ``tok`` or one of its heads, and no clause on the way up is set apart by "while", "but"..."""
    while tok.i != top.i:
        if tok.head.i == tok.i or any(
            c.dep_ in ("mark", "cc", "advmod") and c.lower_ in CONTRAST_WORDS for c in tok.children
        ):
            return False
        tok = tok.head
    return True


TERRITORY_ACLED = ("Government regains territory", "Non-state actor overtakes territory")
NONVIOLENT_TRANSFER = "Non-violent transfer of territory"


def _handover(events: list[Event]) -> None:
    """A place taken after the other side pulled out changed hands without a fight (ACLED: non-violent
    transfer of territory): "rebels entered the town after the army withdrew". A withdrawal told with a
    handover of control ("withdrew from the base and handed control to the army") is that handover."""
    left = [e for e in events if e.type == "RETREAT" and e.mode == "withdraw" and e.status == "occurred"]
    taken = [e for e in events if e.acled in TERRITORY_ACLED and e.status == "occurred"]
    fought = [e for e in events if e.type == "ASSAULT" and e.acled not in TERRITORY_ACLED and e.status == "occurred"]
    handed = [e for e in events if e.type == "RETREAT" and e.acled == NONVIOLENT_TRANSFER and e.status == "occurred"]
    if left and handed:
        for e in left:
            e.acled = NONVIOLENT_TRANSFER
    if left and taken and not fought:  # "withdrew after heavy shelling": taken by force, not handed over
        for e in left + taken:
            e.acled = NONVIOLENT_TRANSFER


def _fighting(sent: Span) -> bool:
    """The sentence tells of violence other than the taking of a place: an assault word that names no
    territory change ("attacked", "stormed") or a word of fighting or weapons ("after heavy fighting")."""
    if any(t.row.type == "ASSAULT" and t.row.acled not in TERRITORY_ACLED for t in find_triggers(sent)):
        return True
    return any("ASSAULT" in row.types and row.acled for _, _, row in sentence_cues(sent))


def handovers_over_sentences(groups: list[tuple[Span, list[Event]]]) -> None:
    """The withdrawal and the taking (or the handing over) of a place are often told in two sentences in a
    row ("IS seized the crossing. ... following the withdrawal of the army"): the handover test is also
    made over each pair of neighbouring sentences. A taking counts as peaceful there only when neither
    sentence tells of any fighting (the event list of one sentence misses fighting told by cues alone)."""
    for (sent_a, first), (sent_b, second) in pairwise(groups):
        both = first + second
        if not any(e.type == "RETREAT" and e.mode == "withdraw" for e in both):
            continue  # no withdrawal: nothing to hand over (and the cue scan below is the costly part)
        if _fighting(sent_a) or _fighting(sent_b):
            both = [e for e in both if e.acled not in TERRITORY_ACLED]  # a handover word still counts
        _handover(both)


def _one_incident(a: Token, b: Token) -> bool:
    """The two triggers tell one happening: one governs the other ("killed ... in an air strike", "killed
    ... as police fired on protesters") and no contrastive clause boundary lies between them."""
    if b in a.ancestors:
        return _reaches_uncontrasted(a, b)
    return a in b.ancestors and _reaches_uncontrasted(b, a)


def _same_incident(events: list[Event], heads: list[Token], motive: set[int]) -> None:
    """Assaults of one sentence that tell one happening are one incident: a bare "killed" takes the weapon
    or target of the trigger it is joined with ("killed ... in an air strike", "killed ... as police fired
    on protesters"), not of a contrasted clause."""
    head_of = {id(e): h for e, h in zip(events, heads, strict=True)}
    violent = [e for e in events if e.type == "ASSAULT" and e.status == "occurred"]
    bare = [e for e in violent if e.trigger.text.lower().startswith(CASUALTY_WORDS)]
    specific = [e for e in violent if e.acled and e.acled not in GENERIC_ACLED]
    if not specific:
        return
    best = max(specific, key=lambda e: e.confidence)
    for e in bare:
        joined = _one_incident(head_of[id(e)], head_of[id(best)])
        if e.acled in ("Attack", "Armed clash") and e is not best and joined:
            e.acled = best.acled
            e.mode = e.mode or best.mode
    # one weapon per incident: the most specific named in the sentence (a chemical air strike is a
    # chemical attack, a suicide bombing is not a remote explosive)
    # an act told as the motive of another ("accused of a gas attack") is another incident
    weapons = [e for e in violent if e.acled in WEAPON_RANK and head_of[id(e)].i not in motive]
    # a bare "strike" is taken to be from the air only when no weapon is named ("rockets fired ... in the
    # latest cross-border strike" is a missile attack)
    named = [e for e in weapons if e.trigger.text.lower() not in ("strike", "strikes")]
    if weapons:
        top = min(named or weapons, key=lambda e: WEAPON_RANK.index(e.acled or ""))
        for e in weapons:
            e.acled = top.acled


def sentence_units(doc: Doc) -> list[Span]:
    """The parser's sentences, cut again at line breaks: a headline or a caption never runs into the text.
    The space tokens are read from one array (few words are spaces; building every Token to ask was slow)."""
    space: list[int] = doc.to_array(IS_SPACE).tolist()
    breaks = [i for i, flag in enumerate(space) if flag and "\n" in doc[i].text]
    units: list[Span] = []
    for sent in doc.sents:
        start = sent.start
        for i in breaks[bisect.bisect_left(breaks, sent.start) : bisect.bisect_left(breaks, sent.end)]:
            if i > start:
                units.append(doc[start:i])
            start = i + 1
        if start < sent.end:
            units.append(doc[start : sent.end])
    return [u for u in units if not all(space[u.start : u.end])]


def extract_events(doc: Doc) -> list[Event]:
    sents = sentence_units(doc)
    events: list[Event] = []
    groups: list[tuple[Span, list[Event]]] = []
    for i, sent in enumerate(sents):
        prev_text = span_text(sents[i - 1]) if i > 0 else ""
        next_text = span_text(sents[i + 1]) if i + 1 < len(sents) else ""
        groups.append((sent, _sentence_events(doc, sent, (prev_text, next_text))))
        events += groups[-1][1]
    protest_outcomes(events)
    handovers_over_sentences(groups)
    events = drop_restatements(doc, events)
    means_from_antecedent(doc, events)
    for n, e in enumerate(events, 1):
        e.id = f"e{n}"
    return events


class EventsStage:
    def __call__(self, doc: Doc) -> Doc:
        doc._.events = extract_events(doc)
        return doc


@Language.factory(
    "eventwire_events",
    requires=["doc._.mentions", "doc._.times", "doc._.places", "doc._.quotes"],
    assigns=["doc._.events"],
)
def make_events_stage(nlp: Language, name: str) -> EventsStage:
    return EventsStage()

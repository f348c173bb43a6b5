"""Actor and recipient of a trigger from the dependency parse, each coded through ``actor_ref``.

Patterns of English news: subject and object of a verb; passive agent ("were targeted by militants") and
passive subject; an agent inside "in/by a X attack" of a passive ("killed in a US bombing"); possessives,
compounds and adjectives of a nominal trigger ("a U.S. attack", "Iran's strikes", "Iran-backed
militias"); "by/from" agents and "on/against/at" recipients of nouns ("attack on the embassy"); subjects
of light verbs ("launched an attack"); subjects inherited by infinitives and conjoined verbs; coordination.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from ...records import ActorRef
from ..actors import actor_ref
from ..geo.mentions import PLACE_NOUNS
from .status import AIM_NOUNS, to_infinitive
from .triggers import is_instrument

SUBJ = ("nsubj", "csubj")
PASS_SUBJ = ("nsubjpass", "csubjpass")
OBJ = ("dobj", "obj", "dative", "attr")
RECIPIENT_PREPS = ("against", "on", "at", "upon", "to", "with", "toward", "towards", "into", "onto", "targeting")
AGENT_PREPS = ("by", "from")
# verbs whose object noun names the event and whose subject is its actor: "launched an attack"
LIGHT_VERBS = frozenset(
    [
        "renew",
        "resume",
        "open",
        "launch",
        "carry",
        "conduct",
        "stage",
        "mount",
        "hold",
        "claim",
        "perpetrate",
        "commit",
        "make",
        "begin",
        "start",
        "lead",
        "organize",
        "organise",
        "unleash",
        "order",
        "plan",
        "execute",
        "undertake",
        "step",
        # verbs of pace and phase: whoever speeds up or completes a withdrawal is the one withdrawing
        "speed",
        "accelerate",
        "hasten",
        "complete",
        "continue",
        "intensify",
        "escalate",
    ]
)
_PRONOUN_SKIP = frozenset(["it", "this", "that", "which", "who", "what", "there"])
_NOT_ACTOR = ("DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL")
_NAMEABLE = ("NOUN", "PROPN", "PRON", "NUM", "ADJ")


def phrase(tok: Token) -> Span:
    """The noun phrase of a head: its left modifiers and the head, plus a flat name to its right."""
    doc = tok.doc
    start = tok.i
    for child in tok.lefts:
        if child.dep_ in ("det", "predet", "cc", "punct", "preconj"):
            if child.dep_ == "det" and child.i == start - 1:
                start = child.i
            continue
        start = min(start, child.left_edge.i)
    end = tok.i + 1
    for child in tok.rights:
        if child.dep_ in ("compound", "flat", "nummod") or (child.dep_ == "appos" and child.ent_type_):
            end = max(end, child.right_edge.i + 1)
        else:
            break
    if tok.ent_type_ and tok.ent_type_ not in _NOT_ACTOR:
        # a name the parser split ("National Union for the Total Independence of Angola") stays whole
        name = _entity_around(tok)
        if name is not None and name[0] >= start:
            end = max(end, name[1])
    for i in range(tok.i - 1, start - 1, -1):
        if doc[i].is_space and "\n" in doc[i].text:
            start = i + 1  # a phrase never reaches back over a line break (headline, caption)
            break
    while start < tok.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return doc[start:end]


def _entity_around(tok: Token) -> tuple[int, int] | None:
    """Start and end of the entity of ``doc.ents`` that holds the token, read from the IOB tags around it:
    ``doc.ents`` builds a Span for every entity of the document each time it is read."""
    doc = tok.doc
    start = tok.i
    while start >= 0 and doc[start].ent_iob == 1:  # I: inside, the entity began before
        start -= 1
    if start < 0 or doc[start].ent_iob != 3 or doc[start].ent_type == 0:  # no B with a label: no entity
        return None
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob == 1:
        end += 1
    return start, end


def _with_conjuncts(tok: Token) -> list[Token]:
    out = [tok]
    for c in tok.conjuncts:
        if c.pos_ in _NAMEABLE and c.i > tok.i:
            out.append(c)
    return out


def refs_of(doc: Doc, heads: list[Token]) -> list[ActorRef]:
    refs: list[ActorRef] = []
    seen: set[int] = set()
    for head in heads:
        for tok in _with_conjuncts(head):
            if tok.ent_type_ in ("CARDINAL", "QUANTITY"):
                tok = next(iter(prep_objects(tok, ("of",))), tok)  # "thousands of Nigerians": the Nigerians
            if tok.i in seen or tok.lower_ in _PRONOUN_SKIP or tok.pos_ not in _NAMEABLE or tok.ent_type_ in _NOT_ACTOR:
                continue
            seen.add(tok.i)
            refs.append(actor_ref(doc, phrase(tok)))
    return refs


def _pobj(prep: Token) -> Token | None:
    for c in prep.children:
        if c.dep_ in ("pobj", "pcomp"):
            return c
    return _stranded_object(prep)


def _stranded_object(prep: Token) -> Token | None:
    """ "granted asylum to five officers holed up in ...": before a reduced relative the parser often leaves
    the preposition without an object and makes the noun the subject of the participle, a clause of the
    same verb. The noun right after the preposition is its object."""
    if prep.pos_ != "ADP" or prep.i + 1 >= len(prep.doc):
        return None
    for clause in prep.head.children:
        if clause.dep_ not in ("advcl", "ccomp") or clause.i <= prep.i or clause.tag_ not in ("VBD", "VBN"):
            continue
        for subj in clause.children:
            if subj.dep_ in SUBJ and subj.left_edge.i == prep.i + 1 and subj.pos_ in ("NOUN", "PROPN"):
                return subj
    return None


def prep_objects(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    out: list[Token] = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and c.lower_ in preps:
            obj = _pobj(c)
            if obj is not None:
                out.append(obj)
    return out


def _gerund_noun(obj: Token) -> Token:
    """ "vetoed a Security Council resolution censuring ...": the parser may make the participle after the
    noun the object and the noun its compound; the noun is the object."""
    if obj.tag_ != "VBG":
        return obj
    nouns = [c for c in obj.children if c.dep_ == "compound" and c.i == obj.i - 1 and c.pos_ in ("NOUN", "PROPN")]
    return nouns[0] if nouns else obj


def _participle_subject(subj: Token) -> Token:
    """ "The Red Cross operating in Iraq said ...": the parser may make the participle after a noun the
    subject and the noun the participle's own subject; the noun is the subject."""
    if subj.tag_ != "VBG" or subj.dep_ != "nsubj":
        return subj
    nouns = [c for c in subj.children if c.dep_ == "nsubj" and c.i < subj.i and c.pos_ in ("NOUN", "PROPN")]
    return nouns[0] if nouns else subj


def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """The subject of a verb, inherited through xcomp/conj/advcl/acl chains when the verb has none."""
    for c in verb.children:
        if c.dep_ in SUBJ:
            return _participle_subject(c)
    if depth > 3 or verb.head.i == verb.i:
        return None
    if verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ" and verb.head.head.i != verb.head.i:
        return subject_of(verb.head.head, depth + 1)  # "X is ready to contribute"
    if verb.dep_ in ("xcomp", "conj", "advcl", "ccomp") and verb.head.pos_ in ("VERB", "AUX"):
        if verb.dep_ == "xcomp":
            # object control: "urged X to attack" -> X; otherwise the subject of the governing verb
            for c in verb.head.children:
                if c.dep_ in OBJ:
                    return c
        if verb.dep_ in ("xcomp", "conj") or (_purpose(verb) and depth == 0) or _participle_adjunct(verb):
            inherited = subject_of(verb.head, depth + 1)
            if inherited is not None or verb.dep_ == "xcomp":
                return inherited  # a conjunct with no subject up its chain falls through to the main one
    if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBG":
        return verb.head  # "militants firing rockets"
    holder = _intent_holder(verb)
    if holder is not None:
        return holder
    if depth == 0 and verb.dep_ == "conj":
        # coordinated predicates share the main subject ("X stated ... and denied ...")
        root = verb
        while root.head.i != root.i:
            root = root.head
        for c in root.children:
            if c.dep_ in SUBJ:
                return c
    return None


def _residents(doc: Doc, people: Token, ref: ActorRef) -> ActorRef:
    """ "The Albanians of southern Serbia": a people named as belonging to a state it lives in is coded with
    that state (CAMEO codes ethnic groups by their country of residence). "In" only says where people are:
    "Americans in Iraq" are Americans ("ethnic X ... in Y" is read by the events stage)."""
    where = refs_of(doc, [t for t in prep_objects(people, ("of",)) if t.ent_type_ in ("GPE", "LOC")])
    if where and where[0].kind in ("country", "place") and where[0].country:
        return replace(ref, entity=None, kind="group", country=where[0].country)  # not the state of the word
    return ref


# Participles that with "be ... to" state the subject's own stance, not something done to it.
STANCE_PARTICIPLES = frozenset(["oppose", "commit", "dedicate", "devote"])


def _stance(verb: Token) -> tuple[list[Token], list[Token]] | None:
    """ "Israel is opposed to French mediation": the subject holds the stance, the "to" phrase is its object
    (the form is passive, the sense active)."""
    if verb.lemma_.lower() not in STANCE_PARTICIPLES or verb.tag_ != "VBN" or not is_passive(verb):
        return None
    to = prep_objects(verb, ("to",))
    if not to or prep_objects(verb, ("by",)):
        return None
    return [c for c in verb.children if c.dep_ in PASS_SUBJ], to


def _based_in(doc: Doc, head: Token, ref: ActorRef) -> ActorRef:
    """ "a group based in Trinidad", "rebels operating in Chad": a group that names no country is coded with
    the country it is said to be based or active in."""
    for c in head.children:
        if c.dep_ == "acl" and c.lemma_.lower() in ("base", "operate", "headquarter"):
            where = [r for r in refs_of(doc, prep_objects(c, ("in",))) if r.kind in ("country", "place")]
            if where and where[0].country:
                return replace(ref, country=where[0].country)
    return ref


# Nouns of one's own aim or choice: the one whose plan, decision or attempt it is does what its infinitive
# says ("Iran's plan to attack the base"). Not nouns of asking ("Iran's call to boycott": others boycott).
INTENT_NOUNS = AIM_NOUNS | frozenset(
    ["plan", "decision", "attempt", "effort", "bid", "refusal", "promise", "pledge", "vow", "threat", "failure",
     "move", "push", "drive", "campaign", "offer"]
)  # fmt: skip


def _intent_holder(verb: Token) -> Token | None:
    """The possessor of an intent noun whose infinitive the verb is: "the rebels' decision to withdraw"."""
    if verb.dep_ != "acl" or not to_infinitive(verb):
        return None
    noun = verb.head
    if noun.lemma_.lower() not in INTENT_NOUNS:
        return None
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def _controlled(verb: Token) -> list[Token]:
    """ "allowed X to run", "urged X to leave": the parser often makes X the subject of the infinitive
    rather than the object of the verb; X is still the one the act is done to."""
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp") and to_infinitive(c):
            out += [s for s in c.children if s.dep_ in SUBJ and s.i < c.i]
    return out


def _participle_adjunct(verb: Token) -> bool:
    """A participle clause after the main clause ("artillery shelled the town, killing two civilians"): its
    unstated subject is the main clause's. Not one with its own link word ("after killing", "while ...")."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and verb.i > verb.head.i
        and not any(c.dep_ in ("mark", "prep", "aux") for c in verb.children)
    )


def _purpose(verb: Token) -> bool:
    """An infinitive of purpose ("gathered to protest"): its unstated subject is that of the verb it serves."""
    return verb.dep_ == "advcl" and to_infinitive(verb) and not any(c.dep_ == "mark" for c in verb.children)


# Verbs of coming together for an event ("converged on the square for a rally"): those who gather hold it.
# Not any verb with "for" ("authorities braced for protests" are not the protesters).
GATHERING_VERBS = frozenset(
    ["gather", "converge", "assemble", "turn", "mass", "rally", "march", "meet", "come", "arrive", "flock"]
)


# Verbs of using a means in an act ("used drones in the attack"): who uses the means does the act.
USING_VERBS = frozenset(["use", "utilise", "utilize", "employ", "deploy"])


def _support_subject(head: Token) -> Token | None:
    """The subject of the verb a nominal trigger is the point of: the object of a light verb ("held a
    meeting", "speeded up the withdrawal") or the "for" of a verb of gathering ("converged for a rally")."""
    gov = head.head
    if head.dep_ == "compound" and gov.dep_ in OBJ:
        gov = gov.head  # "undertook a mediation mission"
    if (head.dep_ in OBJ or head.head.dep_ in OBJ) and gov.lemma_.lower() in LIGHT_VERBS:
        return subject_of(gov)
    prep = head.head
    if head.dep_ == "pobj" and prep.lower_ == "for" and prep.head.lemma_.lower() in GATHERING_VERBS:
        verb = prep.head
        if not any(c.dep_ in OBJ for c in verb.children):
            return subject_of(verb)
    if head.dep_ == "pobj" and prep.lower_ in ("in", "during") and prep.head.lemma_.lower() in USING_VERBS:
        return subject_of(prep.head)  # "militants may use drones in future attacks": the users attack
    if head.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in AGENT_NOUNS:
        return _agent_named(prep.head)
    return None


# Nouns for the one who did an act: "the author of the attack", "the mastermind of the bombing".
AGENT_NOUNS = frozenset(
    ["author", "architect", "mastermind", "perpetrator", "organiser", "organizer", "planner", "orchestrator",
     "instigator", "ringleader", "culprit"]
)  # fmt: skip


def _agent_named(agent: Token) -> Token | None:
    """Who an agent noun names: the subject it is said of ("X is believed to be the author of ..."), the
    name it stands beside ("X, the mastermind of ..."), or its possessor."""
    if agent.dep_ == "attr":
        verb = agent.head  # "be", up through "is believed to be", "is said to be"
        for _ in range(4):
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.tag_ not in ("WP", "WDT"):
                return subj
            if verb.dep_ == "relcl":
                return verb.head  # "the leader who is believed to be the author of ...": the leader
            if verb.dep_ != "xcomp":
                return None
            verb = verb.head
        return None
    if agent.dep_ == "appos":
        return agent.head
    return next((c for c in agent.children if c.dep_ == "poss"), None)


# Verbs that put someone in a state ("put the army on alert", "placed him in detention"): the state noun
# is the event, the verb's subject its actor and its object the recipient.
PUTTING_VERBS = frozenset(["put", "place", "keep"])
# A state of readiness one is or stays in ("troops remained on alert"): the subject readies itself. Other
# states one is in are done to one ("three journalists remain in detention").
READINESS_NOUNS = frozenset(["alert", "standby", "readiness", "footing"])
BEING_VERBS = frozenset(["be", "remain", "stay", "go"])


def _state_holders(noun: Token, actors: list[Token]) -> tuple[list[Token], list[Token]]:
    """Actors and recipients of a state noun in an "on"/"in" phrase: "he put his militia on high alert"
    (actor he, recipient his militia), "all fighters should be on alert" (actor the fighters)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("on", "in"):
        return actors, []
    verb = prep.head
    lemma = verb.lemma_.lower()
    readiness = noun.lemma_.lower() in READINESS_NOUNS
    if verb.pos_ not in ("VERB", "AUX") or not (lemma in PUTTING_VERBS or (lemma in BEING_VERBS and readiness)):
        return actors, []
    subj = subject_of(verb)
    if subj is None:
        return actors, []
    return [subj], [c for c in verb.children if c.dep_ in OBJ]


def _nominal_agents(noun: Token) -> list[Token]:
    """Actors written inside a nominal trigger: possessive, compound or adjective names, by/from phrases."""
    out: list[Token] = []
    for c in noun.children:
        if c.i > noun.i:
            continue
        named = c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON", "LOC", "FAC") or (c.pos_ == "PROPN" and not c.ent_type_)
        if c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME"):
            continue  # "last week's attack", "Sunday's bombing": a time, not a doer
        if c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod", "npadvmod") and named):
            out.append(c)
    departure = noun.lemma_.lower() in DEPARTURE_NOUNS
    out += prep_objects(noun, ("by",) if departure else AGENT_PREPS)
    return out


# Nouns of leaving, whose "from" phrase is the place or party left, not the agent ("withdrawal from Mali").
DEPARTURE_NOUNS = frozenset(["withdrawal", "pullout", "pull-out", "retreat", "departure", "evacuation", "exit"])


_RELATIVE = frozenset(["who", "that", "which", "whom"])


def _copular_participle(verb: Token) -> bool:
    """A past participle the parser hung on "be" as an adjective: "were slain", "was wounded"."""
    return verb.dep_ == "acomp" and verb.tag_ == "VBN" and verb.head.lemma_ == "be"


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in PASS_SUBJ or c.dep_ == "auxpass" for c in verb.children) or (
        verb.dep_ in ("acl", "amod") and verb.tag_ == "VBN"
    )


def find_roles(doc: Doc, head: Token) -> tuple[list[ActorRef], list[ActorRef], bool]:
    """(actors, recipients, direct) for a trigger head; ``direct`` when both came from its own dependents.
    The parse gives the tokens of each role (a verb and a noun name them by different patterns); coding them
    comes after, with fallbacks for roles that name no actor."""
    if head.pos_ == "VERB" or head.pos_ == "AUX":
        actors, recipients, direct = _verb_role_tokens(head)
    else:
        actors, recipients = _noun_role_tokens(head)
        direct = False
    actors = [a for a in actors if a.i != head.i]
    recipients = [r for r in recipients if r.i != head.i and r not in actors]
    direct = direct and bool(recipients)
    actor_refs = _actor_refs(doc, head, actors)
    return actor_refs, _recipient_refs(doc, head, recipients, actors, actor_refs), direct


def _verb_role_tokens(verb: Token) -> tuple[list[Token], list[Token], bool]:
    """(actors, recipients, direct) tokens of a verb trigger: a stance participle's holder and object, a
    passive's agent and patient, or an active verb's subject and object."""
    stance = _stance(verb)
    if stance is not None:
        return list(stance[0]), list(stance[1]), False
    if is_passive(verb) or _copular_participle(verb):
        return _passive_agents(verb), _passive_patients(verb), False
    return _active_role_tokens(verb)


def _passive_agents(verb: Token) -> list[Token]:
    """The "by" phrase of a passive, else the agent inside its "in/during/by a X attack" phrase ("killed in
    a US bombing")."""
    actors = prep_objects(verb, ("by",))
    if not actors:
        for obj in prep_objects(verb, ("in", "during", "by")):
            actors += _nominal_agents(obj)
    return actors


def _passive_patients(verb: Token) -> list[Token]:
    """Those a passive verb is done to: its passive subject, the subject of "were" + an adjectival
    participle, or the noun a reduced relative participle describes ("civilians killed in ...")."""
    recipients: list[Token] = []
    for c in verb.children:
        if c.dep_ in PASS_SUBJ:
            # "fighters who were slain": the relative pronoun stands for the noun it follows
            relative = c.lower_ in _RELATIVE and verb.dep_ == "relcl"
            recipients.append(verb.head if relative else c)
    if _copular_participle(verb):  # "four members were slain" parsed as "were" + adjective
        recipients += [c for c in verb.head.children if c.dep_ in SUBJ]
    if verb.dep_ in ("acl", "amod") and verb.tag_ == "VBN" and not recipients:
        recipients.append(verb.head)  # "civilians killed in ..."
    return recipients


# Nouns of sites: a relative clause hung on one tells of an act done there, not by it.
SITE_NOUNS = PLACE_NOUNS | frozenset(
    ["market", "street", "road", "square", "building", "school", "hospital", "mosque", "church", "camp", "base",
     "checkpoint", "station"]
)  # fmt: skip


def _can_act(noun: Token) -> bool:
    """A noun a relative clause's act can be done by: not a site, a date or a time ("the market, which killed
    six" is the parser hanging the clause on the wrong noun; "Iran, which backs the militia" acts)."""
    return noun.ent_type_ not in ("LOC", "FAC", "DATE", "TIME") and noun.lemma_.lower() not in SITE_NOUNS


def _active_role_tokens(verb: Token) -> tuple[list[Token], list[Token], bool]:
    """(actors, recipients, direct) tokens of an active verb: its subject (``direct`` when the subject is
    its own dependent, not inherited) and its objects."""
    actors: list[Token] = []
    direct = False
    subj = subject_of(verb)
    if subj is not None:
        direct = subj.head.i == verb.i
        if subj.lower_ in _RELATIVE and subj.head.dep_ == "relcl" and _can_act(subj.head.head):
            subj = subj.head.head  # "the gunmen who killed the mayor": the relative pronoun stands for them
        actors.append(subj)
    return actors, _active_objects(verb), direct


def _active_objects(verb: Token) -> list[Token]:
    """An active verb's recipients: its objects (not instruments), else the controlled subject of its
    infinitive ("urged X to leave"), else the object of a recipient preposition ("fired on X")."""
    recipients: list[Token] = []
    for c in verb.children:
        if c.dep_ == "dative" and c.pos_ == "ADP":  # "gave aid to Nepal": the parser's dative "to"
            to_whom = _pobj(c)
            if to_whom is not None:
                recipients.append(to_whom)
        elif c.dep_ in OBJ and not is_instrument(c):
            recipients.append(_gerund_noun(c))
    if not recipients:
        recipients += _controlled(verb)
    if not recipients:
        recipients += prep_objects(verb, RECIPIENT_PREPS)
    return recipients


def _noun_role_tokens(noun: Token) -> tuple[list[Token], list[Token]]:
    """(actors, recipients) tokens of a nominal trigger: the names and phrases inside it, else those of the
    verb it is the point of ("held a meeting", "put the army on alert") or the subject of ("attacks were
    carried out by militias")."""
    actors = _nominal_agents(noun)
    recipients = _noun_recipients(noun)
    if all(a.pos_ == "PRON" for a in actors):  # none, or "their" in "held their first meeting"
        actors, put = _holder_roles(noun, actors)
        recipients += [p for p in put if p not in recipients]
    gov = noun.head
    if not recipients and noun.dep_ in ("nsubj",) and gov.pos_ == "VERB":
        recipients += [c for c in gov.children if c.dep_ in OBJ and not _idiom_object(gov, c)]
    if not actors and noun.dep_ in ("nsubj", "nsubjpass") and gov.pos_ == "VERB":
        actors += prep_objects(gov, ("by",))  # "attacks were carried out by militias"
    return actors, recipients


# Verb and object pairs that only say that something happened or began ("the strike took place", "the ban
# took effect"): the object is part of the verb, not a party the event was aimed at.
IDIOM_OBJECTS = frozenset([("take", "place"), ("take", "effect"), ("take", "shape"), ("take", "hold")])


def _idiom_object(verb: Token, obj: Token) -> bool:
    return (verb.lemma_.lower(), obj.lemma_.lower()) in IDIOM_OBJECTS


def _noun_recipients(noun: Token) -> list[Token]:
    """The parties a nominal trigger is aimed at: its recipient and "of" phrases, the "from" phrase of a
    departure, or the phrases of the noun a compound trigger modifies."""
    recipients: list[Token] = []
    if noun.lemma_.lower() in DEPARTURE_NOUNS:
        # "the withdrawal of forces from Panama": the party or place left is the recipient
        left = [noun, *prep_objects(noun, ("of",))]
        recipients += [o for n in left for o in prep_objects(n, ("from",))]
    recipients += prep_objects(noun, (*RECIPIENT_PREPS, "of"))
    if noun.dep_ == "compound" and not recipients:
        # "a mediation effort between X and Y": the phrases hang on the noun the trigger modifies
        recipients += prep_objects(noun.head, (*RECIPIENT_PREPS, "between", "among"))
    if not recipients:
        # "their refusal to support the law", "a threat to strike the base": what the infinitive acts on
        for verb in (c for c in noun.children if c.dep_ == "acl" and c.pos_ == "VERB"):
            if to_infinitive(verb):
                recipients += [o for o in verb.children if o.dep_ in OBJ and not is_instrument(o)]
    return recipients


def _holder_roles(noun: Token, actors: list[Token]) -> tuple[list[Token], list[Token]]:
    """(actors, added recipients) of a nominal trigger that names no actor of its own: the subject of the
    verb it is the point of, else the parties of a state it is ("put his militia on high alert")."""
    subj = _support_subject(noun)
    if subj is not None:
        return [subj], []
    return _state_holders(noun, actors)


def _actor_refs(doc: Doc, head: Token, actors: list[Token]) -> list[ActorRef]:
    """The actors coded; when none codes as an actor, the issuer of the document a participle describes
    ("issued a statement demanding ...")."""
    actor_refs = _named_within(doc, actors)
    if not any(is_actor_like(a) for a in actor_refs):
        actor_refs = _issuer(doc, head) or actor_refs
    return actor_refs


def _recipient_refs(
    doc: Doc, head: Token, recipients: list[Token], actors: list[Token], actor_refs: list[ActorRef]
) -> list[ActorRef]:
    """The recipients coded. When they are things, not actors, the party is the author of the thing
    ("rejected calls by X"), else a party further down the trigger's phrases; things named beside actors
    are dropped ("supplies to Nepal": Nepal alone)."""
    recipient_refs = _named_within(doc, recipients)
    if not any(is_actor_like(r) for r in recipient_refs):
        recipient_refs = _authors(doc, recipients, actor_refs) or recipient_refs
    if not any(is_actor_like(r) for r in recipient_refs):
        return _further_recipients(doc, head, actors) or recipient_refs
    if not all(is_actor_like(r) for r in recipient_refs):
        recipient_refs = [r for r in recipient_refs if is_actor_like(r)]
    return recipient_refs


def _further_recipients(doc: Doc, head: Token, actors: list[Token]) -> list[ActorRef]:
    """ "provided aerial photographs to Macedonia", "agreed to provide aid for Romania": the object is a
    thing; the actor it goes to, or that the act is with, is a prepositional object further down."""
    taken = {a.i for a in actors}
    further = [t for t in reachable_preps(head, RECIPIENT_PREPS_FURTHER) if t.i not in taken and t.i != head.i]
    return [r for r in _named_within(doc, further) if is_actor_like(r)]


def _authors(doc: Doc, things: list[Token], actors: list[ActorRef]) -> list[ActorRef]:
    """ "rejected calls by Belarus's rulers", "prevented a march staged by students", "condemned Iran's
    missile tests": when the object is an act or a thing, the party the event is aimed at is the one that
    made it, named by its possessive, a "by"/"from" phrase or the "by" phrase of a participle after it."""
    own = {a.entity for a in actors if a.entity}
    heads: list[Token] = []
    for thing in things:
        if thing.pos_ not in ("NOUN", "PROPN"):
            continue
        # a possessive or a "by/from" phrase names an author; an adjective ("Kurdish positions") only an owner
        heads += [c for c in thing.children if c.dep_ == "poss" and c.pos_ != "PRON"]
        heads += prep_objects(thing, AGENT_PREPS)
        for c in thing.children:
            if c.dep_ == "acl" and c.tag_ == "VBN":
                heads += prep_objects(c, ("by",))
    refs = [r for r in _named_within(doc, heads) if is_actor_like(r)]
    return [r for r in refs if not (r.entity and r.entity in own)]


def _issuer(doc: Doc, head: Token) -> list[ActorRef]:
    """ "issued a statement demanding ...", "sent a letter urging ...": a participle describing a document
    that names no actor is the act of whoever issued the document, the subject of the verb governing it."""
    noun = head.head
    if head.dep_ != "acl" or head.tag_ != "VBG" or noun.dep_ not in OBJ or noun.head.pos_ != "VERB":
        return []
    subj = subject_of(noun.head)
    refs = _named_within(doc, [subj]) if subj is not None else []
    return [r for r in refs if is_actor_like(r)]


def addressees(doc: Doc, head: Token) -> list[ActorRef]:
    """ "demanded that the government end curbs": the party a demand is addressed to is the subject of the
    clause saying what must be done (a demand verb with a clausal complement has no object of its own)."""
    for c in head.children:
        if c.dep_ == "ccomp":  # its verb is sometimes tagged a noun ("that the government release ...")
            subj = [x for x in c.children if x.dep_ in SUBJ + PASS_SUBJ]
            refs = [r for r in _named_within(doc, subj) if is_actor_like(r)]
            if refs:
                return refs
    return []


def threatened(doc: Doc, head: Token) -> list[ActorRef]:
    """ "warned that police will not tolerate rallies by X": a threat is aimed at the recipient of the act it
    announces, the clause that says what will be done; "threatened a strike if the government does not
    reverse the rise": at the party whose conduct its condition names."""
    for c in head.children:
        if c.dep_ == "ccomp":
            refs = [r for r in find_roles(doc, c)[1] if is_actor_like(r)]
            if refs:
                return refs
    for c in head.children:
        conditional = any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        subj = subject_of(c) if c.dep_ == "advcl" and conditional else None
        if subj is not None and subj.pos_ != "PRON":
            refs = [r for r in refs_of(doc, [subj]) if is_actor_like(r)]
            if refs:
                return refs
    return []


def is_actor_like(ref: ActorRef) -> bool:
    """A reference coded as an actor: an entity, a country or a sector (not a thing such as "concessions")."""
    return bool(ref.entity or ref.country or ref.sector)


def _named_within(doc: Doc, heads: list[Token]) -> list[ActorRef]:
    """References for ``heads``. A generic head ("leaders", "a group") that codes as no actor stands for the
    named actor of its "of" phrase ("leaders of the opposition coalition", "a group of Moroccan diplomats");
    one that names no country takes the country of an "of" phrase naming one ("the president of Armenia")."""
    out: list[ActorRef] = []
    seen: set[int] = set()
    for head in heads:
        for ref in refs_of(doc, [head]):
            if ref.start in seen:
                continue
            seen.add(ref.start)
            own = ref.start <= head.idx < ref.end  # not a conjunct of the head
            inner = refs_of(doc, prep_objects(head, ("of",))) if ref.country is None and own else []
            housing = refs_of(doc, prep_objects(head, ("for",))) if not is_actor_like(ref) and own else []
            if inner and not is_actor_like(ref) and is_actor_like(inner[0]):
                ref = inner[0]
            elif housing and is_actor_like(housing[0]) and not is_actor_like(ref):
                ref = housing[0]  # "a camp for Congolese refugees": the thing stands for those it serves
            elif inner and inner[0].country and inner[0].kind in ("country", "place"):
                ref = replace(ref, country=inner[0].country)
            if own and head.ent_type_ == "NORP" and head.tag_ in ("NNS", "NNPS"):
                ref = _residents(doc, head, ref)
            if own and ref.country is None and is_actor_like(ref):
                ref = _based_in(doc, head, ref)
            out.append(ref)
    return out


# Prepositions that introduce the party an act is done to or with, when the direct object is a thing.
RECIPIENT_PREPS_FURTHER = ("to", "with", "for", "against", "on", "toward", "towards", "between", "among")
# Dependencies followed down from a trigger to find them: its complements, objects and their modifiers,
# never into a clause with its own subject.
_DOWN = frozenset(["xcomp", "dobj", "obj", "dative", "prep", "pobj", "conj", "acomp", "amod", "compound", "appos"])


def reachable_preps(head: Token, preps: tuple[str, ...], depth: int = 4) -> list[Token]:
    out: list[Token] = []
    frontier = [head]
    for _ in range(depth):
        nxt: list[Token] = []
        for tok in frontier:
            for c in tok.children:
                if c.dep_ not in _DOWN:
                    continue
                if c.dep_ in ("prep", "dative") and c.pos_ == "ADP" and c.lower_ in preps:
                    obj = _pobj(c)
                    if obj is not None:
                        out.append(obj)
                nxt.append(c)
        frontier = nxt
    return out

"""Mode and ACLED sub-event type of an event from its type, trigger row and the cues of its sentence.

Order of evidence: a trigger that names the sub-type itself ("kidnapped", "recaptured", "defused") keeps
it; otherwise the strongest cue of the sentence for that PLOVER type ("drone", "mortar", "suicide bomber",
"tear gas"); otherwise the trigger's own hint. Territory changes are split by who acts (state forces
regain, armed groups overtake); violence against protesters is force or intervention, not an attack.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...actor_dictionary import fold, load_dictionary
from ...records import ACLED_SUBTYPES, ActorRef
from .lexicon import CueRow, TriggerRow
from .protest import aimed_at_protest
from .words import ARMED_SECTORS, LOOTING, STATE_WORDS, protest_word

# sub-types a trigger word names by itself; sentence cues do not override them
SPECIFIC = frozenset(
    {
        "Government regains territory", "Non-state actor overtakes territory", "Abduction/forced disappearance",
        "Sexual violence", "Disrupted weapons use", "Headquarters or base established", "Arrests",
        "Non-violent transfer of territory", "Agreement", "Change to group/activity", "Mob violence",
    }
)  # fmt: skip
NONSTATE_WORDS = frozenset(
    [
        "rebels",
        "rebel",
        "militants",
        "militant",
        "insurgents",
        "insurgent",
        "jihadists",
        "jihadist",
        "militia",
        "militias",
        "fighters",
        "guerrillas",
        "guerrilla",
        "terrorists",
        "terrorist",
        "gunmen",
        "extremists",
        "separatists",
        "group",
        "groups",
    ]
)
FORCE_MODES = ("firearms", "heavy-weapons", "targeted")


ARMED_TARGETS = frozenset(
    [
        "soldier",
        "soldiers",
        "troops",
        "troop",
        "army",
        "military",
        "forces",
        "force",
        "police",
        "policemen",
        "officers",
        "officer",
        "security",
        "checkpoint",
        "checkpoints",
        "base",
        "bases",
        "convoy",
        "convoys",
        "positions",
        "position",
        "militants",
        "militant",
        "fighters",
        "fighter",
        "rebels",
        "rebel",
        "insurgents",
        "insurgent",
        "terrorists",
        "terrorist",
        "militia",
        "militias",
        "militiamen",
        "patrol",
        "post",
        "posts",
        "outpost",
        "garrison",
        "gunmen",
        "jihadists",
        "guards",
        "guard",
        "personnel",
        "commander",
        "commanders",
    ]
)


TERRITORY_WORDS = frozenset(
    [
        "town",
        "towns",
        "village",
        "villages",
        "city",
        "district",
        "area",
        "areas",
        "region",
        "territory",
        "border",
        "crossing",
        "province",
        "stronghold",
        "hill",
        "airport",
    ]
)


def target_words(head: Token) -> set[str]:
    """Words of what the violence was aimed at: objects, passive subjects, "on/against/at" phrases."""
    heads = [head]
    if head.dep_ == "pobj" and head.head.dep_ == "prep":
        heads.append(head.head.head)  # "killed in Taliban attacks": the verb's passive subject
    heads += [c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB"]  # "killed and wounded X"
    if head.dep_ == "conj" and head.head.pos_ == "VERB":
        heads.append(head.head)
    words: set[str] = set()
    for h in heads:
        for c in h.children:
            if c.dep_ in ("dobj", "nsubjpass", "dative") or (
                c.dep_ == "prep" and c.lower_ in ("on", "upon", "against", "at", "targeting", "with", "between")
            ):
                words |= {t.lower_ for t in c.subtree}
    return words


def _side(refs: list[ActorRef]) -> str | None:
    for ref in refs:
        words = set(ref.text.lower().split())
        if ref.sector in ("REB", "INS") or words & NONSTATE_WORDS:
            return "nonstate"
        if ref.sector in ("MIL", "GOV", "COP", "SPY") or words & STATE_WORDS:
            return "state"
    return None


GENERIC_VIOLENCE = ("Attack", "Armed clash")


def _cue_wins(cue_acled: str, trigger_acled: str | None, head: Token) -> bool:
    """A cue that only says "fighting" or "attack" does not undo what the trigger word names ("shops were
    destroyed during clashes" stays property destruction), unless the target was armed ("army trucks
    destroyed in clashes" are part of the clash)."""
    if cue_acled not in GENERIC_VIOLENCE or trigger_acled is None or trigger_acled in GENERIC_VIOLENCE:
        return True
    return bool(target_words(head) & ARMED_TARGETS)


def _armed(recipients: list[ActorRef]) -> bool:
    """A recipient coded as an armed organisation (army, police, rebels, militia): ACLED calls fighting
    between two armed, organised sides a clash, not a one-sided attack."""
    return any(r.sector in ARMED_SECTORS for r in recipients)


CIVILIAN_SECTORS = frozenset(["CVL", "PTY", "OPP", "SOC", "REL", "ETH", "LAB", "EDU", "BUS", "REF"])
CROWD_WORDS = frozenset(
    ["mob", "crowd", "group", "supporters", "residents", "villagers", "youths", "men", "locals", "loyalists"]
)


def _civilian_crowd(actors: list[ActorRef], doc: Doc) -> bool:
    """Attackers who are a crowd of civilians ("a group of men", "supporters of the ruling party", a
    nationality), not the state, not an armed group, not one person."""
    if not actors or _side(actors) is not None:
        return False
    for ref in actors:
        words = set(ref.text.lower().split())
        if ref.sector in ARMED_SECTORS or ref.kind == "person" or words & {"gunmen", "assailants", "attackers"}:
            return False
    return any(set(r.text.lower().split()) & CROWD_WORDS or _civilian_group(r, doc) for r in actors)


def _civilian_group(ref: ActorRef, doc: Doc) -> bool:
    """A party, a community or a nationality as a crowd ("Turks", "ruling party supporters")."""
    if ref.sector is not None:
        return ref.sector in CIVILIAN_SECTORS
    if ref.kind == "country":
        # a nationality noun ("Turks", "Israelis") is the people; the adjective ("Israeli attacks") and the
        # country's name stand for the state
        return _people(ref, doc) and fold(ref.text) in load_dictionary().demonyms
    return ref.country is not None and ref.kind is None and ref.entity is None


def _people(ref: ActorRef, doc: Doc) -> bool:
    """A nationality word used as a noun for a people ("Serbs", "a group of Turks", "the Chinese"), not as
    an adjective of a noun ("Israeli attacks") or for one person ("a Turk"). Read from the parse, not the
    spelling: the tagger often calls a plural nationality a singular proper noun."""
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    last = span[-1]
    if last.pos_ not in ("NOUN", "PROPN") or last.dep_ in ("amod", "compound", "nmod"):
        return False
    if last.tag_ in ("NNS", "NNPS") or "Plur" in last.morph.get("Number", []):
        return True
    return not any(c.dep_ == "det" and c.lower_ in ("a", "an", "one") for c in last.children)


def _violence_at_protest(mode: str | None, actors: list[ActorRef], head: Token) -> str | None:
    """Violence in a protest, by who acts on whom: demonstrators fighting (or a two-sided clash with them)
    is a violent demonstration; a civilian crowd attacking them is mob violence; the state's riot gear
    (tear gas, water cannon) is an intervention; other force against them is excessive force."""
    if any(protest_word(w) for r in actors for w in r.text.lower().split()):
        return "Violent demonstration"
    if not any(protest_word(w) for w in target_words(head)):
        return None
    if head.lemma_.lower() in ("clash", "scuffle"):
        return "Violent demonstration"
    if _civilian_crowd(actors, head.doc):
        return "Mob violence"
    if mode == "crowd-control":
        return "Protest with intervention"
    return "Excessive force against protesters"


# verbs of taking or destroying whose object decides the sub-type: a town, a cache of arms or a person
TAKING_LEMMAS = frozenset(["capture", "seize", "destroy", "recover", "take", "grab", "confiscate", "dismantle"])
WEAPON_NOUNS = frozenset(
    [
        "weapon",
        "arm",
        "ammunition",
        "ammo",
        "gun",
        "rifle",
        "pistol",
        "firearm",
        "bullet",
        "cartridge",
        "explosive",
        "ied",
        "bomb",
        "rocket",
        "missile",
        "landmine",
        "grenade",
        "mortar",
        "munition",
        "launcher",
        "rpg",
    ]
)
# nouns that are arms only with a word of arms before them: "explosive devices", "land mines", "mortar rounds"
# ("a coal mine", "mobile devices", "a second round" are not)
ARMS_ONLY_WITH_MODIFIER = frozenset(["mine", "device", "round", "shell"])
ARMS_MODIFIERS = WEAPON_NOUNS | frozenset(
    ["explosive", "incendiary", "land", "anti-personnel", "anti-tank", "artillery"]
)
# sub-types that name how a strike was delivered: destroying launchers from the air is still an air strike
DELIVERY = frozenset(
    ["Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Suicide bomb",
     "Grenade", "Chemical weapon"]
)  # fmt: skip
PERSON_NOUNS = frozenset(
    [
        "commander",
        "leader",
        "chief",
        "suspect",
        "member",
        "official",
        "militant",
        "fighter",
        "kingpin",
        "spokesman",
        "deputy",
        "operative",
        "financier",
        "recruiter",
    ]
)


def _taken_thing(head: Token) -> str | None:
    """What a verb of taking acts on: "weapons" (arms, ammunition, explosives), "person" (a named person or
    a commander), or None (a town, a vehicle, anything else)."""
    objs = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    objs += [c for o in objs for c in o.children if c.dep_ == "conj"]
    for o in objs:
        if any(_arms(n) for n in (o, *_of_objects(o))):  # "a cache of arms"
            return "weapons"
        if o.lemma_.lower() in PERSON_NOUNS or (o.ent_type_ == "PERSON" and o.pos_ == "PROPN"):
            return "person"
    return None


def _arms(noun: Token) -> bool:
    """The noun names arms: a weapon word, or a word like "device" or "mine" with a word of arms before it."""
    lemma = noun.lemma_.lower()
    if lemma in WEAPON_NOUNS:
        return True
    mods = {c.lemma_.lower() for c in noun.children if c.dep_ in ("compound", "amod", "nmod")}
    return lemma in ARMS_ONLY_WITH_MODIFIER and bool(mods & ARMS_MODIFIERS)


def _names_the_taken(cue: CueRow | None, acled: str | None, head: Token) -> bool:
    """The cue that gave a strike sub-type is a word of what was taken or destroyed ("destroyed rockets and
    mortars"): the things are the arms disrupted, not the means of a strike ("jets destroyed launchers").
    A sub-type the trigger word itself names ("bombed") is the means."""
    if cue is None or cue.acled != acled:
        return False
    objs = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    return cue.lemmas[0] in {t.lemma_.lower() for o in objs for t in o.subtree}


def _of_objects(noun: Token) -> list[Token]:
    """The nouns of a quantity's "of" phrase and their conjuncts: "dozens of rifles and grenades"."""
    out: list[Token] = []
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for p in (g for g in prep.children if g.dep_ == "pobj"):
            out += [p, *(c for c in p.children if c.dep_ == "conj")]
    return out


IED = "Remote explosive/landmine/IED"


def _bare_bomb(cue: CueRow | None) -> bool:
    """The sub-type came from the bare word "bomb"/"bombing", not from a kind of device ("roadside bomb",
    "car bomb", "IED"): the word alone does not say how the bomb was delivered."""
    return cue is not None and cue.acled == IED and len(cue.lemmas) == 1 and cue.lemmas[0] in ("bomb", "bombing")


def _state_doer(actors: list[ActorRef]) -> bool:
    """A state or its forces did it: a country named as the doer ("a US bombing") or a state sector. ACLED
    codes a state's bombing as an air strike; planted devices are the means of armed groups."""
    return any(a.kind == "country" for a in actors) or _side(actors) == "state"


TERRITORY_SUBTYPES = ("Government regains territory", "Non-state actor overtakes territory")
# Verbs of forcing back whose object may be the attackers rather than ground: "pushed them back".
PUSHING_LEMMAS = frozenset(["push", "drive", "force", "beat"])


def _repelled_party(head: Token) -> bool:
    """A verb of pushing back whose object is a party and that names no ground taken (no place, no word of
    territory in its phrases): fighting that repelled an attack, not a change of territory."""
    if head.lemma_.lower() not in PUSHING_LEMMAS:
        return False
    objs = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objs or any(o.lemma_.lower() in TERRITORY_WORDS or o.ent_type_ in ("GPE", "LOC", "FAC") for o in objs):
        return False
    phrase = [t for c in head.children if c not in objs and c.dep_ not in ("nsubj", "nsubjpass") for t in c.subtree]
    return not any(t.ent_type_ in ("GPE", "LOC", "FAC") or t.lemma_.lower() in TERRITORY_WORDS for t in phrase)


def best_cue(typ: str, found: list[CueRow]) -> CueRow | None:
    usable = [c for c in found if typ in c.types or "*" in c.types]
    return max(usable, key=lambda c: c.priority) if usable else None


def mode_and_acled(
    typ: str, row: TriggerRow, found: list[CueRow], actors: list[ActorRef], recipients: list[ActorRef], head: Token
) -> tuple[str | None, str | None]:
    """(PLOVER mode, ACLED sub-type) of an event."""
    cue = best_cue(typ, found)
    mode = row.mode
    acled = row.acled
    if cue is not None and cue.mode and (mode is None or (typ == "ASSAULT" and cue.priority >= 50)):
        mode = cue.mode
    if acled not in SPECIFIC and cue is not None and cue.acled and _cue_wins(cue.acled, acled, head):
        acled = cue.acled
    taken = _taken_thing(head) if head.lemma_.lower() in TAKING_LEMMAS else None
    if taken == "weapons" and (acled not in DELIVERY or _names_the_taken(cue, acled, head)):
        return mode, "Disrupted weapons use"  # ACLED: seizing or destroying arms caches
    if taken == "person" and typ in ("ASSAULT", "COERCE"):
        # a person captured: by state forces an arrest, by an armed group an abduction
        return mode, "Arrests" if _side(actors) == "state" else "Abduction/forced disappearance"
    if acled in TERRITORY_SUBTYPES and _repelled_party(head):
        acled = "Armed clash"  # "the Yemeni forces pushed them back": an attack repelled, no ground named
    if acled in TERRITORY_SUBTYPES:
        side = _side(actors)
        if side == "state":
            acled = "Government regains territory"
        elif side == "nonstate":
            acled = "Non-state actor overtakes territory"
    if typ in ("ASSAULT", "COERCE") and acled not in SPECIFIC | {LOOTING}:
        targets = {r.text.lower().split()[-1] for r in recipients if r.text}
        # the object itself ("broke up a march"), also when the recipient is the march's organizer
        targets |= {c.lower_ for c in head.children if c.dep_ in ("dobj", "nsubjpass")}
        if any(protest_word(t) for t in targets):
            acled = "Excessive force against protesters" if typ == "ASSAULT" else "Protest with intervention"
    if typ == "ASSAULT" and acled == IED and _bare_bomb(cue) and _state_doer(actors):
        return "aerial", "Air/drone strike"  # "a US bombing": a state's forces bomb from the air
    if typ == "ASSAULT" and acled is None:
        acled = "Attack"
    if typ == "RETREAT" and mode == "withdraw" and acled is None:
        acled = "Change to group/activity"  # troops leaving a place, with no territory named
    if typ == "COERCE" and acled == "Arrests" and aimed_at_protest(head):
        return mode, "Protest with intervention"  # arrests at a demonstration
    if typ == "COERCE" and mode == "seize" and acled is None and target_words(head) & TERRITORY_WORDS:
        if head.lemma_.lower() == "raid":
            return mode, None  # a raid strikes and leaves: the violence of it is the event, not the place
        # "seized a village": a change of territory, split by who took it
        acled = "Government regains territory" if _side(actors) == "state" else "Non-state actor overtakes territory"
    if typ == "ASSAULT" and acled in ("Attack", "Armed clash", "Excessive force against protesters", LOOTING):
        at_protest = _violence_at_protest(mode, actors, head)
        if at_protest is not None:
            return mode, at_protest
    # ACLED: violence between armed groups is a clash; one-sided violence on civilians is an attack
    generic = cue is None or cue.acled in (None, "Attack")
    armed = bool(target_words(head) & ARMED_TARGETS) or _armed(recipients)
    if typ == "ASSAULT" and acled == "Attack" and generic and armed:
        acled = "Armed clash"
    if typ == "PROTEST" and acled is None:
        acled = "Peaceful protest"
    if acled is not None and acled not in ACLED_SUBTYPES:
        acled = "Other"
    return mode, acled

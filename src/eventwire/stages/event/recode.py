"""PLOVER's single-category rule: an event the text only announces or refuses is coded as the act of
announcing or refusing it (manual, "Auxiliary modes": AGREE rather than SUPPORT + future, THREATEN rather
than ASSAULT + hypothetical; a refusal or failure to cooperate is REJECT). Content of another trigger
("vowed to attack", "called for a withdrawal") keeps its own type and status: the governing event is coded.
"""

from __future__ import annotations

from spacy.tokens import Token

from .status import purpose_infinitive, to_infinitive

COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
CONFLICTUAL = frozenset({"ASSAULT", "COERCE", "SANCTION", "PROTEST", "MOBILIZE"})
# verbs of going somewhere: their purpose infinitive is what the traveller went to do ("travelled to Syria to
# fight"), not a threat (an infinitive of making or preparing, "building weapons to use against X", is one)
GOING = frozenset(
    ["go", "move", "travel", "head", "come", "return", "cross", "fly", "sail", "relocate", "journey", "flock",
     "migrate", "leave", "flee"]
)  # fmt: skip
WHERE_TO = frozenset(["to", "into", "toward", "towards", "abroad", "home", "there", "overseas"])


def _journey(verb: Token) -> bool:
    """A verb of going with a destination ("moved to Syria", "went abroad"); "went after his rival" is none."""
    return verb.lemma_.lower() in GOING and any(c.lower_ in WHERE_TO for c in verb.children)


SPEECH = frozenset(["say", "tell", "announce", "state", "declare", "insist", "add", "warn"])


def _has_unless(head: Token) -> bool:
    for c in head.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children):
            return True
    return False


def must_verb(head: Token) -> Token | None:
    """The verb of "X said Y must do Z" whose doing is demanded: the trigger itself, or the verb whose
    purpose the trigger states ("Y must ensure security to allow aid to reach ..."): a demand made through
    a reporting verb."""
    kids = list(head.children)
    purpose = to_infinitive(head) and not any(c.dep_ == "mark" for c in kids)
    verb = head.head if head.dep_ in ("advcl", "xcomp") and purpose else head
    if not any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in verb.children):
        return None
    return verb if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEECH else None


def says_must(head: Token) -> bool:
    """ "X said Y must do Z": a demand made through a reporting verb."""
    return must_verb(head) is not None


# Words whose if- or whether-clause is a question, not a condition: "asked if they had deployed drones",
# "it is unclear whether the troops will withdraw".
ASKING = frozenset(
    ["ask", "question", "wonder", "inquire", "enquire", "query", "know", "unclear", "uncertain", "clear", "sure",
     "decide", "determine", "investigate", "check", "see", "doubt"]
)  # fmt: skip


def asked(head: Token) -> bool:
    """The event is the content of a question ("questioned if they had attacked the base"): the text asks
    whether it happened, it does not announce it."""
    marked = any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in head.children)
    if not marked or head.dep_ not in ("ccomp", "advcl", "xcomp"):
        return False
    gov = head.head  # the asking word, or a copula with it ("it is unclear whether ...")
    words = [gov, *(c for c in gov.children if c.dep_ == "acomp")] if gov.lemma_ == "be" else [gov]
    return any(w.lemma_.lower() in ASKING for w in words)


def recode(typ: str, status: str, head: Token, governed: bool) -> str:
    """The PLOVER type to report for an event of type ``typ`` with ``status``."""
    if governed or asked(head):
        return typ
    if says_must(head):
        return "REQUEST"
    if typ in COOPERATIVE | CONFLICTUAL and _has_unless(head):
        return "THREATEN"
    if purpose_infinitive(head, ()) and _journey(head.head):
        return typ  # "moved to Syria to fight": the aim of a journey, not an announcement of an attack
    if status in ("future", "hypothetical"):
        if typ in CONFLICTUAL:
            return "THREATEN"
        if typ in COOPERATIVE and typ != "AGREE" and status == "future":
            return "AGREE"
    if status == "negated" and typ in COOPERATIVE:
        return "REJECT"
    return typ

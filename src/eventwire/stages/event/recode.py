"""PLOVER's single-category rule: an event the text only announces or refuses is coded as the act of
announcing or refusing it (manual, "Auxiliary modes": AGREE rather than SUPPORT + future, THREATEN rather
than ASSAULT + hypothetical; a refusal or failure to cooperate is REJECT). Content of another trigger
("vowed to attack", "called for a withdrawal") keeps its own type and status: the governing event is coded.
"""

from __future__ import annotations

from spacy.tokens import Token

COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})
CONFLICTUAL = frozenset({"ASSAULT", "COERCE", "SANCTION", "PROTEST", "MOBILIZE"})
SPEECH = frozenset(["say", "tell", "announce", "state", "declare", "insist", "add", "warn"])


def _has_unless(head: Token) -> bool:
    for c in head.children:
        if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children):
            return True
    return False


def says_must(head: Token) -> bool:
    """ "X said Y must do Z": a demand made through a reporting verb."""
    if not any(c.dep_ == "aux" and c.lower_ in ("must", "should") for c in head.children):
        return False
    return head.dep_ == "ccomp" and head.head.lemma_.lower() in SPEECH


def recode(typ: str, status: str, head: Token, governed: bool) -> str:
    """The PLOVER type to report for an event of type ``typ`` with ``status``."""
    if governed:
        return typ
    if says_must(head):
        return "REQUEST"
    if typ in COOPERATIVE | CONFLICTUAL and _has_unless(head):
        return "THREATEN"
    if status in ("future", "hypothetical"):
        if typ in CONFLICTUAL:
            return "THREATEN"
        if typ in COOPERATIVE and typ != "AGREE" and status == "future":
            return "AGREE"
    if status == "negated" and typ in COOPERATIVE:
        return "REJECT"
    return typ

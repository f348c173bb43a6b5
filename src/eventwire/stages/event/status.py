"""What the article asserts about an event: occurred, future, hypothetical, negated or denied.

General English patterns: a negation on the trigger or its auxiliary chain ("did not attack", "no attack",
"never"); a denial governing it ("denied carrying out the attack"); modal and conditional markers ("may",
"could", "if", "unless"); future markers ("will", "plans to", "vowed to", "threatened to", "upcoming"); a
purpose infinitive ("an attack to capture the base") is intended, so future.
A governing event word decides the status of its content: the threatened attack of a vow is future, the
requested withdrawal of an appeal is hypothetical, the bombing someone is blamed for has occurred.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

DENY = frozenset(["deny", "dismiss", "refute", "disclaim"])
# Nouns of intent and readiness: "Iran's motivation to fight", "their determination to retake the city".
AIM_NOUNS = frozenset(
    ["motivation", "determination", "resolve", "intention", "intent", "readiness", "willingness", "desire",
     "commitment", "ambition", "eagerness"]
)  # fmt: skip


def to_infinitive(verb: Token) -> bool:
    """The verb is a "to" infinitive ("to attack")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


FUTURE_HEADS = AIM_NOUNS | frozenset(
    ["vow", "ready", "willing", "prepared", "threaten", "plan", "pledge", "promise", "intend", "prepare", "warn",
     "swear", "aim", "vowing", "threat", "agree", "expect", "schedule"]
)  # fmt: skip
HYPO_HEADS = frozenset(
    [
        "fail",
        "call",
        "urge",
        "demand",
        "ask",
        "appeal",
        "request",
        "propose",
        "consider",
        "seek",
        "want",
        "if",
        "fear",
        "risk",
    ]
)
FUTURE_AUX = frozenset(["will", "shall", "'ll", "wo"])
HYPO_AUX = frozenset(["may", "might", "could", "would", "should", "can", "'d", "must"])
FUTURE_ADJ = frozenset(["upcoming", "planned", "possible", "future", "imminent", "proposed", "potential", "next"])
HYPO_MARK = frozenset(["if", "unless", "whether"])
NEG_WORDS = frozenset(["not", "n't", "never", "no", "without"])


def _aux_and_neg(tok: Token) -> tuple[set[str], bool]:
    auxes: set[str] = set()
    neg = False
    for c in tok.children:
        if c.dep_ in ("aux", "auxpass"):
            auxes.add(c.lower_)
        if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no"):
            neg = True
    return auxes, neg


def _going_to(tok: Token) -> bool:
    head = tok.head
    return (
        tok.dep_ == "xcomp"
        and head.lemma_ == "go"
        and any(c.lower_ in ("is", "are", "was", "am", "'re", "'s") for c in head.children)
    )


# acts that the act they are the purpose of performs by being done: "took to the streets to protest",
# "met to discuss", "gathered to mourn" protest, discuss and mourn
DONE_BY_DOING = frozenset(
    ["protest", "demonstrate", "rally", "march", "demand", "denounce", "condemn", "mourn", "discuss", "express",
     "voice", "show", "call", "mark", "commemorate", "celebrate", "honour", "honor", "oppose", "support"]
)  # fmt: skip


def purpose_infinitive(head: Token, governors: Collection[int] | None = None) -> bool:
    """An infinitive of purpose ("launched an offensive to retake the town", "an attack to capture the
    base"): what the act aimed at, not what it did. On a noun it counts only when the noun is itself an event
    (``governors``, when given): "the decision to withdraw" is the decision's content, read from it. Acts
    that the gathering or meeting performs by taking place ("took to the streets to protest") are done."""
    to = to_infinitive(head)
    if head.tag_ != "VB" or not to or head.lemma_.lower() in DONE_BY_DOING:
        return False
    if head.dep_ == "advcl":
        return True
    return head.dep_ in ("acl", "relcl") and (governors is None or head.head.i in governors)


def status_of(head: Token, governors: dict[int, str]) -> str:
    """The status of an event headed by ``head``. ``governors`` maps token indices of other triggers in the
    sentence to their PLOVER type (their content is read as future/hypothetical/denied)."""
    auxes, neg = _aux_and_neg(head)
    if neg or (head.dep_ in ("pobj", "pcomp") and head.head.lower_ == "without"):
        return "negated"  # "entered the town without fighting"
    if any(c.dep_ == "mark" and c.lower_ in HYPO_MARK for c in head.children):
        return "hypothetical"
    if auxes & HYPO_AUX:
        return "hypothetical"
    if auxes & FUTURE_AUX or _going_to(head):
        return "future"
    if any(c.dep_ == "amod" and c.lower_ in FUTURE_ADJ for c in head.children):
        return "future"
    if purpose_infinitive(head, governors):
        return "future"  # intended by the act it serves, not (yet) done
    if head.tag_ == "VBG" and head.dep_ == "amod" and head.head.dep_ == "dobj" and head.head.head.lemma_ in DENY:
        return "denied"  # "denied striking civilian areas": the gerund parsed as an adjective of the object
    # walk up to the clause's governors
    tok = head
    for _ in range(6):
        if tok.head.i == tok.i:
            break
        dep = tok.dep_
        tok = tok.head
        lemma = tok.lemma_.lower()
        if dep in ("nsubj", "nsubjpass", "csubj", "csubjpass"):
            break  # in the subject ("the leader of a militia backed by Iran has vowed ..."): not what is vowed
        if dep == "conj" and (lemma in DENY or lemma in FUTURE_HEADS or lemma in HYPO_HEADS):
            break  # "denied striking homes and said its forces hit a base": a second verb, not the content
        if lemma in DENY:
            return "denied"
        t_auxes, t_neg = _aux_and_neg(tok)
        if dep in ("advcl",) and any(c.dep_ == "mark" and c.lower_ in HYPO_MARK for c in head.children):
            return "hypothetical"
        if lemma == "fail" and dep == "xcomp":
            return "negated"
        if dep == "advcl":
            break  # "after militants shot down ...": a time clause, not content of the main verb
        if lemma in FUTURE_HEADS or governors.get(tok.i) == "THREATEN":
            return "future"
        if lemma in HYPO_HEADS or governors.get(tok.i) in ("REQUEST", "REJECT"):
            return "hypothetical"
        if dep in ("xcomp", "ccomp", "conj", "aux") and t_neg and dep == "xcomp":
            return "negated"  # "did not try to attack"
        if dep in ("xcomp",) and (t_auxes & FUTURE_AUX):
            return "future"
        if dep in ("xcomp", "ccomp") and (t_auxes & HYPO_AUX):
            return "hypothetical"
        if dep not in ("xcomp", "ccomp", "pobj", "prep", "dobj", "conj", "pcomp", "acl", "advcl", "compound"):
            break
    return "occurred"

"""The direction in time of the clause around an expression, from spaCy's parse: past or future.

"said on Monday" is past (the Monday before publication), "will meet on Monday" future. Modals of the future
("will", "shall", "'ll"), "going to", and infinitives under verbs of planning point forward; past tense and
perfect point back. Anything else is ``none`` (the caller decides: same-day, or the nearest date).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

FUTURE_AUX = {"will", "shall", "'ll", "wo", "would", "going"}
PLANNING = {"plan", "schedule", "expect", "set", "due", "intend", "hope", "agree", "prepare", "want", "decide",
            "promise", "vow", "pledge", "threaten", "aim", "seek", "propose", "try"}


def _verb_of(token: Token) -> Token | None:
    cur = token
    for _ in range(6):
        if cur.pos_ in ("VERB", "AUX") or cur.tag_.startswith("VB"):
            return cur
        if cur.head is cur:
            return None
        cur = cur.head
    return None


def _verb_direction(verb: Token) -> str:
    lowers = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    if lowers & FUTURE_AUX:
        return "future"
    if verb.tag_ == "VBG" and verb.lower_ == "going":
        return "future"
    if verb.tag_ in ("VBD", "VBN") or lowers & {"has", "have", "had", "did", "was", "were"}:
        return "past"
    if verb.tag_ == "VB" and "to" in lowers:
        # an infinitive: forward under a verb of planning ("plans to meet Friday"), else the governor's tense
        head = verb.head
        if head is not verb and head.lemma_ in PLANNING:
            return "future"
        if head is not verb and (head.pos_ in ("VERB", "AUX") or head.tag_.startswith("VB")):
            return _verb_direction(head)
    if verb.tag_ in ("VBN", "JJ") and verb.lemma_ in PLANNING:
        return "future"
    if verb.tag_ in ("VBZ", "VBP", "VB") and verb.lemma_ == "be":
        return "none"
    return "none"


def direction(doc: Doc, start: int, end: int) -> str:
    """``past``, ``future`` or ``none`` for the characters ``start:end`` of ``doc``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return "none"
    verb = _verb_of(span.root)
    if verb is None:
        return "none"
    found = _verb_direction(verb)
    if found == "none" and verb.dep_ in ("conj", "xcomp", "advcl") and verb.head is not verb:
        found = _verb_direction(verb.head)
    return found

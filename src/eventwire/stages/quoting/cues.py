"""The cue lexicon (``lexicons/quote_cues.tsv``): speech verbs, nouns and phrases, and what each takes."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span, Token

LEXICON = Path(__file__).resolve().parents[2] / "lexicons" / "quote_cues.tsv"


@dataclass(frozen=True)
class Cue:
    """One row of the lexicon."""

    cue: str
    kind: str  # verb | noun | adjective | phrase
    object: bool  # a direct object can carry the content ("denied the claims")
    to: bool  # a to-infinitive can carry the content ("vowed to retaliate")
    relay: bool  # the object is the speaker and the subject passes the words on ("quoted X")
    agent: bool = False  # the subject must name a person or a group ("they fear that ...", not "it fears")
    judged: bool = False  # a direct object only with an as- or for-phrase ("attacked X as a fraud", "saw X as Y")


def parse_lexicon(lines: list[str], kinds: tuple[str, ...] = ("verb", "phrase")) -> dict[str, Cue]:
    """The rows of the given kinds, by cue word (a noun row and a verb row may share a word: "plan")."""
    cues: dict[str, Cue] = {}
    header_seen = False
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if not header_seen:
            header_seen = True
            if cols[0] == "cue":
                continue
        cue, kind, content, relay, holder = [*cols, "", "", "", "", ""][:5]
        if kind.strip() not in kinds:
            continue
        cues[cue.strip().lower()] = Cue(
            cue.strip().lower(),
            kind.strip(),
            "object" in content,
            "to" in content,
            relay.strip() == "yes",
            holder.strip() == "agent",
            content.strip() == "as",
        )
    return cues


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Cue]:
    return parse_lexicon(LEXICON.read_text(encoding="utf-8").splitlines())


@lru_cache(maxsize=1)
def adjective_lexicon() -> dict[str, Cue]:
    """The adjective rows ("critical", "sure", "ready")."""
    return parse_lexicon(LEXICON.read_text(encoding="utf-8").splitlines(), ("adjective",))


@lru_cache(maxsize=1)
def noun_lexicon() -> dict[str, Cue]:
    """The noun rows ("claim", "decision")."""
    return parse_lexicon(LEXICON.read_text(encoding="utf-8").splitlines(), ("noun",))


def verb_like(pos: str, tag: str) -> bool:
    """A verb by its part of speech or by its tag: the first test of :func:`verb_cue`, which scans over a
    document's words run on the token columns before building a Token."""
    return pos in ("VERB", "AUX") or tag in ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ")


def verb_cue(token: Token) -> Cue | None:
    """The lexicon row of a speech verb token, or None (nouns and other parts of speech are not verb cues)."""
    if not verb_like(token.pos_, token.tag_):
        return None
    cue = lexicon().get(token.lemma_.lower()) or lexicon().get(token.lower_)
    if cue is None:
        cue = next((lexicon()[w] for w in _base_forms(token.lower_) if w in lexicon()), None)
    if cue is None or cue.kind != "verb":
        return None
    return cue


_SUFFIXES = ("ing", "ed", "es", "s", "d")


def _base_forms(word: str) -> list[str]:
    """Candidate base forms of a regular inflected verb ("hoped", "hoping" -> "hope"): the lemmatizer now and
    then takes a verb for another ("hopes" -> "hop", "rated" -> "rat"), which would hide a cue."""
    forms = []
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)]
            forms += [stem + "e", stem] if suffix in ("ing", "ed") else [stem]
    return forms


def is_according_to(token: Token) -> bool:
    """``according`` of "according to X"."""
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return token.lower_ == "according" and nxt is not None and nxt.lower_ == "to"


def verb_group(verb: Token) -> Span:
    """The cue words of a speech verb: with the auxiliaries, negation and adverbs right before it ("has
    also said") and its particle ("pointed out")."""
    doc = verb.doc
    start, end = verb.i, verb.i + 1
    while start > 0 and doc[start - 1].head.i == verb.i and doc[start - 1].dep_ in ("aux", "auxpass", "neg", "advmod"):
        start -= 1
    if end < len(doc) and doc[end].head.i == verb.i and doc[end].dep_ == "prt":
        end += 1
    if end < len(doc) and _manner_after(doc[end], verb):
        end += 1
    return doc[start:end]


_NOT_MANNER = frozenset(("so", "as", "not", "too", "very", "just", "only", "even", "how", "when", "where", "why"))


def _manner_after(tok: Token, verb: Token) -> bool:
    """An adverb right after the verb that says how or when it was said ("said flatly", "wrote back", "has said
    repeatedly", "added later"): part of the cue, as the adverbs before it are ("has also said"). Not a pro-form
    ("said so") nor a word that opens a clause ("said when ...")."""
    return (
        tok.head.i == verb.i
        and tok.dep_ == "advmod"
        and tok.tag_ in ("RB", "RBR")
        and tok.lower_ not in _NOT_MANNER
        and not any(True for _ in tok.children)
    )

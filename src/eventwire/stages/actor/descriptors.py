"""Coding actors from descriptor words: nationality words, titles, sector head nouns, role links.

"Iraqi militia commander X" -> (IRQ, PRM); "U.S. Defense Secretary X" -> (USA, GOV); "X, the commander of
<group>" -> role commander of <group>, country and sector from the group; "US forces" -> (USA, MIL);
"demonstrators" -> (None, CVL). The word lists live in ``lexicons/actors_descriptors.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ...actor_dictionary import ActorDictionary, fold

_SKIP = frozenset({"-", "–", "—"})
_STOP_POS = frozenset({"VERB", "AUX", "PRON", "SCONJ", "CCONJ", "NUM"})
_STANCE = frozenset({"pro", "anti"})
_GLUE = frozenset({"of", "the", "'s", "’s", "'", "’", "a", "an", "for", "and"})


@dataclass
class Lexicon:
    """Phrases (tuples of lower-case words) -> sector, for sector nouns and titles; role words; pronouns."""

    nouns: dict[tuple[str, ...], str]
    titles: dict[tuple[str, ...], str]
    roles: set[tuple[str, ...]]
    pronouns: dict[str, str]
    backed: set[str]
    longest: int = 4


def _phrases(mapping: dict[str, list[str]]) -> dict[tuple[str, ...], str]:
    out: dict[tuple[str, ...], str] = {}
    for sector, words in (mapping or {}).items():
        for w in words:
            out[tuple(str(w).lower().replace("-", " ").split())] = sector
    return out


_LEXICONS: dict[int, tuple[ActorDictionary, Lexicon]] = {}


def lexicon_of(dictionary: ActorDictionary) -> Lexicon:
    """The descriptor lexicon of a dictionary, built once per dictionary."""
    cached = _LEXICONS.get(id(dictionary))
    if cached is not None and cached[0] is dictionary:
        return cached[1]
    d = dictionary.descriptors
    pronouns = {p: kind for kind, words in (d.get("pronouns") or {}).items() for p in words}
    lex = Lexicon(
        nouns=_phrases(d.get("sector_nouns") or {}),
        titles=_phrases(d.get("titles") or {}),
        roles={tuple(str(r).lower().replace("-", " ").split()) for r in d.get("roles") or []},
        pronouns=pronouns,
        backed={str(b).lower() for b in d.get("backed") or []},
    )
    _LEXICONS[id(dictionary)] = (dictionary, lex)
    return lex


def _words(tokens: list[Token]) -> list[tuple[int, str]]:
    """(token index, lower-case word) for the tokens, hyphens dropped ("Major-General" -> major general)."""
    return [(t.i, t.lower_) for t in tokens if t.text not in _SKIP and not t.is_space]


def find_phrases(
    tokens: list[Token], table: dict[tuple[str, ...], str], longest: int = 4
) -> list[tuple[int, int, str]]:
    """Longest-first matches of the table's phrases: (first token index, last token index, value)."""
    words = _words(tokens)
    found: list[tuple[int, int, str]] = []
    i = 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 0, -1):
            key = tuple(w for _, w in words[i : i + n])
            value = table.get(key)
            if value is None and n == 1 and words[i][1].endswith("s"):
                value = table.get((words[i][1][:-1],))
            if value is not None:
                found.append((words[i][0], words[i + n - 1][0], value))
                i += n
                break
        else:
            i += 1
    return found


def country_words(tokens: list[Token], dictionary: ActorDictionary, lex: Lexicon) -> list[tuple[int, str]]:
    """Nationality words and state names among the tokens: (token index, ISO3); sponsors ("Iran-backed")
    and possessed places are left out."""
    out: list[tuple[int, str]] = []
    doc = tokens[0].doc if tokens else None
    i = 0
    while i < len(tokens):
        t = tokens[i]
        hit = None
        for n in (3, 2, 1):
            if i + n <= len(tokens) and any(c.isalpha() for c in tokens[i + n - 1].text):
                text = doc[t.i : t.i + n].text if doc is not None else t.text
                iso = dictionary.country_of_word(text) if text[:1].isupper() else None
                if iso:
                    hit = (n, iso)
                    break
        if hit is None:
            i += 1
            continue
        n, iso = hit
        end = t.i + n
        sponsored = (
            doc is not None and end + 1 < len(doc) and doc[end].text in _SKIP and doc[end + 1].lower_ in lex.backed
        )
        # "pro-Iranian", "anti-Syria": a stance; "ethnic Albanians": an ethnicity, not a nationality
        stance = doc is not None and t.i >= 2 and doc[t.i - 1].text in _SKIP and doc[t.i - 2].lower_ in _STANCE
        ethnic = doc is not None and t.i >= 1 and doc[t.i - 1].lower_ == "ethnic"
        if not (sponsored or stance or ethnic or t.lower_.startswith(("pro-", "anti-"))):
            out.append((t.i, iso))
        i += n
    return out


def left_context(doc: Doc, start: int, limit: int = 10) -> list[Token]:
    """The descriptor words before a name in its noun phrase ("Iraqi militia commander", "U.S. Defense
    Secretary", "Chairman of the Joint Chiefs of Staff Gen.")."""
    out: list[Token] = []
    sent_start = doc[start].sent.start if doc.has_annotation("SENT_START") else 0
    i = start - 1
    while i >= sent_start and len(out) < limit:
        t = doc[i]
        if t.is_space or t.text in (",", ";", ":", "(", ")", "“", "”", '"') or t.pos_ in _STOP_POS:
            break
        if t.is_punct and t.text not in _SKIP and not t.text.endswith("."):
            break
        if t.pos_ in ("ADP", "DET") and t.lower_ not in _GLUE:
            break
        out.append(t)
        i -= 1
    out.reverse()
    while out and out[0].lower_ in _GLUE:
        out = out[1:]
    return out


def apposition(doc: Doc, end: int, limit: int = 12) -> list[Token]:
    """The words of an apposition after a name: ", the commander of X," -> [the, commander, of, X]."""
    if end >= len(doc) or doc[end].text != ",":
        return []
    out: list[Token] = []
    sent_end = doc[end].sent.end if doc.has_annotation("SENT_START") else len(doc)
    for t in doc[end + 1 : min(sent_end, end + 1 + limit)]:
        if t.text in (",", ";", "(", ")", ":") or t.pos_ in ("VERB", "AUX") or t.is_space:
            break
        out.append(t)
    return out


@dataclass
class Description:
    country: str | None = None
    sector: str | None = None
    roles: list[tuple[str, str | None]] = field(default_factory=list)


def nearest(values: list[tuple[int, int, str]], anchor: int) -> str | None:
    if not values:
        return None
    return min(values, key=lambda v: min(abs(v[0] - anchor), abs(v[1] - anchor)))[2]


def describe(
    doc: Doc, start: int, end: int, dictionary: ActorDictionary, orgs: dict[int, tuple[str, str | None, str | None]]
) -> Description:
    """Code the name at tokens [start, end) from the words around it.

    ``orgs`` maps a token index to (entity id, country, sector) for the resolved organizations and states of
    the document, so a role can link to them ("commander of Kataib Sayyid al-Shuhada").
    """
    lex = lexicon_of(dictionary)
    desc = Description()
    left = left_context(doc, start)
    right = apposition(doc, end)
    for tokens, anchor in ((left, start - 1), (right, end)):
        if not tokens:
            continue
        titles = find_phrases(tokens, lex.titles)
        nouns = find_phrases(tokens, lex.nouns)
        roles = find_phrases(tokens, {r: " ".join(r) for r in lex.roles})
        sector = nearest(titles, anchor) or nearest(nouns, anchor)
        country = None
        words = country_words(tokens, dictionary, lex)
        if words:
            country = min(words, key=lambda w: abs(w[0] - anchor))[1]
        for _first, last, role in roles:
            of = None
            following = [t.i for t in tokens if t.i > last]
            for i in following[:6]:
                if i in orgs:
                    of = orgs[i]
                    break
            if of is not None:
                desc.roles.append((role, of[0]))
                country = country or of[1]
                if of[2] and (sector is None or of[2] in ("PRM", "REB")):
                    sector = of[2]
            elif (role, None) not in desc.roles:
                desc.roles.append((role, None))
        if not any(r[1] for r in desc.roles):
            for i in [t.i for t in tokens]:
                if i in orgs and orgs[i][1] and orgs[i][0] != (orgs[i][1] or "").lower():
                    country = country or orgs[i][1]
                    sector = sector or orgs[i][2]
                    break
        desc.country = desc.country or country
        desc.sector = desc.sector or sector
    return desc


def span_sector(span: Span, dictionary: ActorDictionary) -> str | None:
    """Sector of a descriptor phrase from its head noun, then its other words ("US forces" -> MIL)."""
    lex = lexicon_of(dictionary)
    tokens = [t for t in span if not t.is_space]
    if not tokens:
        return None
    root = span.root
    titles = find_phrases(tokens, lex.titles)
    nouns = find_phrases(tokens, lex.nouns)
    for first, last, sector in nouns + titles:
        if first <= root.i <= last:
            return sector
    return nearest(titles, root.i) or nearest(nouns, root.i)


def pronoun_kind(token: Token, dictionary: ActorDictionary) -> str | None:
    if token.pos_ != "PRON" and token.tag_ not in ("PRP", "PRP$"):
        return None
    return lexicon_of(dictionary).pronouns.get(token.lower_)


def fold_last(text: str) -> str:
    words = fold(text).split()
    return words[-1] if words else ""

"""Speakers: the words that name who speaks (a subject of a speech verb, the X of "according to X"), and
the entity they refer to.

A name resolves through the mention it contains (``doc._.mentions``, written by the actors stage); a short
name ("Caddell") to the person entity whose full name ends with it; a pronoun (he, she) to the nearest
preceding person; they/it and a definite description ("the embassy", "the ministry") to the nearest
preceding organisation or group whose name contains the head noun, else, for they/it, the nearest
organisation or group; a person noun ("the commander", "the spokesman") to the nearest preceding person
whose sentence uses that noun, else the nearest person.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from ...records import Mention, Speaker
from ..actors import person_by_surname
from .cues import Cue, verb_cue, verb_group

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_CUT_CLAUSES = ("relcl", "acl", "advcl", "parataxis")
PERSON_PRONOUNS = frozenset(("he", "she", "him", "her", "his"))
GROUP_PRONOUNS = ("they", "it", "we", "their")
PERSON_LABELS = ("PERSON",)
GROUP_LABELS = ("ORG", "NORP", "GPE")
PERSON_NOUNS_FILE = Path(__file__).resolve().parents[2] / "lexicons" / "quote_person_nouns.txt"
AGENT_NOUNS_FILE = Path(__file__).resolve().parents[2] / "lexicons" / "quote_agent_nouns.txt"
TEXT_NOUNS_FILE = Path(__file__).resolve().parents[2] / "lexicons" / "quote_text_nouns.txt"
AGENT_PRONOUNS = frozenset(("i", "we", "you", "he", "she", "they"))
AGENT_ENTITY_TYPES = ("PERSON", "ORG", "NORP", "GPE")


def _word_list(path: Path) -> frozenset[str]:
    """The lower-case words of a one-word-per-line lexicon (``#`` lines are comments)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Nouns that name a person by role (``lexicons/quote_person_nouns.txt``)."""
    return _word_list(PERSON_NOUNS_FILE)


@lru_cache(maxsize=1)
def agent_nouns() -> frozenset[str]:
    """Nouns for people and organised groups (``lexicons/quote_agent_nouns.txt``)."""
    return _word_list(AGENT_NOUNS_FILE)


@lru_cache(maxsize=1)
def text_nouns() -> frozenset[str]:
    """Nouns for texts and recordings that carry words (``lexicons/quote_text_nouns.txt``)."""
    return _word_list(TEXT_NOUNS_FILE)


def is_agent(subj: Token) -> bool:
    """Whether a subject names someone who can hold a belief or an intention: a personal pronoun other than
    "it", a name (tagged or capitalised), or a noun for people, a role or an organised group. Attitude verbs
    have other senses with things as subjects ("the bill expects no revenue", "it seems"), which are not
    attributions."""
    word = subj.lower_
    if word in _PEOPLE_WORDS:  # "many fear ...", "others want ...", "those who ..."; "some of the money" is not
        counted = _counted(subj)
        return is_agent(counted) if counted is not None else True
    if subj.pos_ == "PRON" or subj.tag_ in ("PRP", "WP", "WDT", "DT"):
        return word in AGENT_PRONOUNS
    if subj.ent_type_ in AGENT_ENTITY_TYPES or subj.pos_ == "PROPN":
        return True
    lemma = subj.lemma_.lower()
    if lemma in person_nouns() or lemma in agent_nouns():
        return True
    counted = _counted(subj)
    return counted is not None and is_agent(counted)


def can_hold(cue: Cue, subj: Token) -> bool:
    """Whether the subject can be the source of the cue: any subject for most cues; for a cue of belief,
    feeling or intention (holder ``agent``) a person or group, or, when the cue takes an object (it praises,
    criticises or cites something, not "wants to"), a text ("The ad mocks the senator", "The study highlights
    the risk")."""
    if not cue.agent or is_agent(subj):
        return True
    return (cue.object or cue.judged) and not cue.to and subj.lemma_.lower() in text_nouns()


_QUANTITIES = frozenset(("dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "millions"))
_QUANTITIES |= frozenset(("number", "majority", "minority", "handful", "most", "many", "some", "all", "none"))
_QUANTITIES |= frozenset(("percent", "%", "percentage", "plurality", "half", "third", "quarter", "both", "few"))
_QUANTITIES |= frozenset(("several", "others", "each", "neither", "either", "one", "two", "three"))
# Pronouns of quantity that stand for people when they count nothing named ("many fear", "others say"; "those
# who voted"); with "of" they count what follows ("some of the voters": voters, "most of the money": no one).
_PEOPLE_WORDS = frozenset(("many", "some", "most", "both", "few", "several", "others", "everyone", "everybody"))
_PEOPLE_WORDS |= frozenset(("anyone", "anybody", "someone", "somebody", "nobody", "neither", "those"))


def _counted(subj: Token) -> Token | None:
    """What a quantity counts ("dozens of newspapers", "a majority of voters", "most of the senators"): the group
    it quantifies holds the stance."""
    if subj.lower_ not in _QUANTITIES and subj.lemma_.lower() not in _QUANTITIES:
        return None
    of = next((c for c in subj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


POSSESSIVE_PRONOUNS = frozenset(("my", "our", "your", "his", "her", "their"))


def is_agent_possessor(holder: Token) -> bool:
    """Whether the possessor of a cue noun ("his claim", "the minister's decision") names a person or group."""
    if holder.lower_ in POSSESSIVE_PRONOUNS:
        return True
    return holder.pos_ != "PRON" and is_agent(holder)


def _relative_antecedent(verb: Token) -> Token | None:
    """The noun a relative clause is about ("protesters who ... shouted")."""
    for tok in [verb, *verb.ancestors]:
        if tok.dep_ == "relcl":
            return tok.head
    return None


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb it is coordinated with, or, for a participle clause
    ("..., adding that"), of the active verb it hangs on. A relative pronoun stands for its antecedent."""
    for _ in range(4):
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        if subjects:  # the subject nearest the verb heads the phrase
            child = min(subjects, key=lambda c: abs(c.i - verb.i))
            if child.tag_ in ("WP", "WDT"):
                return _relative_antecedent(verb)
            return child
        head = verb.head
        if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
            verb = head.head  # "responded by saying ...": the subject of the verb the phrase hangs on
            continue
        if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.dep_ in ("advmod", "acomp"):
            verb = head.head.head  # "stopped short of calling ...", "was intent on deciding ..."
            continue
        if verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp":
            subj = subject_of(head.head)  # "was able to tout ...": the subject of the copula
            return None if subj is None or subj.lower_ == "it" else subj  # "it is too early to tell"
        if issued_text(verb) is not None:
            verb = head.head  # "issued a statement saying ...": who issued it
            continue
        carrier = carrier_text(verb)
        if carrier is not None:
            return carrier
        if head.i == verb.i or head.pos_ not in ("VERB", "AUX"):
            return None
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in head.children)
        obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if verb.dep_ == "xcomp" and obj is not None and is_agent(obj):
            return None  # "asked the panel to discuss ...": the panel is asked to speak; it has not spoken
        if verb.dep_ == "conj":
            verb = coordinated_with(verb)
            continue
        if verb.dep_ in ("advcl", "xcomp") and not passive:
            verb = head
            continue
        return None
    return None


_FINITE = {"VBD": ("VBD",), "VBZ": ("VBZ", "VBP"), "VBP": ("VBZ", "VBP")}


def coordinated_with(verb: Token) -> Token:
    """The verb a conjoined verb is coordinated with: the one the parser hung it on, unless that one has
    another form. Coordinated verbs share their form, and the parser hangs "and VERBed" after a long
    complement on the last verb before it: in "X said Y will honor Z and announced ..." or "X stated the
    troops were there to prevent attacks and denied ...", a finite "announced"/"denied" cannot go with the
    bare "honor"/"prevent". It goes with an enclosing verb of its own form: a speech verb with a speech verb
    (the report goes on: "stated ... and denied"), else the nearest."""
    head = verb.head
    forms = _FINITE.get(verb.tag_)
    if verb.dep_ != "conj" or forms is None or verb_form(head) not in ("VB", "VBG", "TO", "MD"):
        return head
    if any(c.dep_ in SUBJECTS or c.dep_ == "mark" for c in verb.children):
        return head  # a clause of its own ("and that he is ...")
    before = verb.left_edge.i - 1
    if before < 0 or verb.doc[before].dep_ != "cc":
        return head  # no "and" before it: not a coordination the parser got right in the first place
    speech = verb_cue(verb) is not None
    chain = list(head.ancestors)
    nearest: Token | None = None
    for anc in chain:
        if anc.tag_ not in forms or anc.pos_ not in ("VERB", "AUX"):
            continue
        if speech and verb_cue(anc) is not None:
            nearest = anc
            break
        nearest = nearest or anc
    if nearest is None:
        return head
    between = verb.doc[nearest.i + 1 : verb.i]
    if any(t.tag_ in forms and t.pos_ == "VERB" and t not in chain for t in between):
        return head  # "... when the police located her and told her": a verb of the form off the chain
    return nearest


def verb_form(verb: Token) -> str:
    """The form of a verb group: the tag of its first auxiliary ("will honor": MD, "to prevent": TO, "is
    breathing": VBZ), else of the verb."""
    aux = [c for c in verb.lefts if c.dep_ in ("aux", "auxpass")]
    return aux[0].tag_ if aux else verb.tag_


_ISSUING = frozenset(("issue", "release", "send", "write", "post", "publish", "sign", "file", "submit", "pen", "put"))
_ISSUING |= frozenset(("read", "deliver", "tweet", "draft"))  # reading out one's statement is saying it


def carrier_text(verb: Token) -> Token | None:
    """The text a participle cue describes when the text, not the subject, says the words: "Police found a note
    saying ...", "received a letter saying ..." (a noun of ``quote_text_nouns.txt`` right before the
    participle, the object of a verb that is not one of issuing it: who found or received a note did not write
    it)."""
    if verb.tag_ != "VBG":
        return None
    head = verb.head
    text: Token | None = None
    if verb.dep_ == "acl":
        text, governor = head, head.head
    elif verb.dep_ in ("advcl", "xcomp"):
        text = next((c for c in head.children if c.dep_ == "dobj" and c.right_edge.i + 1 == verb.i), None)
        governor = head
    else:
        return None
    if text is None or text.dep_ != "dobj" or text.lemma_.lower() not in text_nouns():
        return None
    return None if governor.lemma_.lower() in _ISSUING else text


def issued_text(verb: Token) -> Token | None:
    """The verb of issuing a text that a participle cue describes ("released a statement saying ...", "sent a
    letter urging ...", "filed papers opposing ..."): the text says what its author says."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or head.dep_ != "dobj" or head.pos_ != "NOUN":
        return None
    return head.head if head.head.lemma_.lower() in _ISSUING and not is_agent(head) else None


def cue_group(verb: Token) -> Span:
    """The cue words of a speech verb (``verb_group``), from the words its subject is reached through: the
    issuing verb and its text ("issued a statement saying"), a copula and adjective ("was quick to add", "are
    more likely to say"), a verb and the words before the preposition ("stopped short of calling")."""
    group = verb_group(verb)
    head = verb.head
    if issued_text(verb) is not None:
        outer: Token | None = head.head
    elif verb.dep_ == "xcomp" and head.pos_ == "ADJ" and head.dep_ == "acomp":
        outer = head.head
    elif verb.dep_ == "pcomp" and head.dep_ == "prep" and head.i >= 2:
        # "stopped short of calling" (the preposition on the verb or on "short"), not "..., aside from saying"
        outer, between = head.doc[head.i - 2], head.doc[head.i - 1]
        linked = between.dep_ in ("advmod", "acomp") and between.head.i == outer.i
        outer = outer if linked and head.head.i in (outer.i, between.i) else None
    else:
        outer = None
    if outer is None or outer.i > verb.i:
        return group
    return verb.doc[verb_group(outer).start : group.end]


def _comma_before(doc: Doc, clause: Token, lo: int) -> bool:
    i = clause.left_edge.i - 1
    return i >= lo and doc[i].text in (",", "(", "—", "–")


def _holds_cue(clause: Token) -> bool:
    """Whether a clause has a speech or attitude verb of its own (", who said ...")."""
    return any(verb_cue(t) is not None for t in clause.subtree)


def _participle_modifier(tok: Token, head: Token) -> bool:
    """A participle that restricts a noun of the phrase, right after it ("a study released by the agency", "lawyers
    representing the family", "those targeted by strikes"): part of the name of who speaks, unless it reports
    speech itself."""
    return (
        tok.dep_ == "acl"
        and tok.tag_ in ("VBN", "VBG")
        and not _comma_before(tok.doc, tok, head.i)
        and not _holds_cue(tok)
    )


def _when_at_end(head: Token, end: int) -> int:
    """The end of a phrase without the date that closes it ("the campaign on Monday said", "the mayor on
    Sept. 4 rejected"): the parser hangs the day of the speech act on the nearest noun, but it tells when the
    speaker spoke, not who the speaker is. Only "on" + a date: with "in" the date as often dates who speaks
    ("an executive in 2009", "a poll in February"), and "an act of 2009" names it; a date inside a comma-set
    description (", up for reelection in 2018,") belongs to the description."""
    doc = head.doc
    last = end - 1
    while last > head.i and doc[last].is_punct:
        last -= 1
    for prep in head.rights:
        if prep.dep_ != "prep" or prep.lower_ != "on" or prep.right_edge.i != last:
            continue
        if any(t.text == "," for t in doc[head.i + 1 : prep.i]):
            continue
        words = [t for t in prep.subtree if t.i != prep.i]
        if words and all(t.ent_type_ in ("DATE", "TIME") for t in words):
            return prep.i
    return end


def phrase_of(head: Token, cue: Token | None = None, described: bool = True) -> Span:
    """The noun phrase of ``head`` with its appositions ("Jane Roe, the mayor,") and relative clauses, restrictive
    ("an official who asked not to be named") or, when ``described``, comma-set (", who was elected in 2010,":
    the description of the speaker, as PolNeAR marks it), without a comma-set relative clause that reports
    speech of its own (", who said ...": an attribution of its own), without other comma-set clauses, and
    without the clause that holds the cue itself ("protesters who ... entered while shouting ...")."""
    doc = head.doc
    start, end = head.left_edge.i, head.right_edge.i + 1
    for i in range(head.i + 1, end):
        if doc[i].is_quote or doc[i].text in ";—–―" or "\n" in doc[i].text:
            end = i
            break
        holds_cue = cue is not None and doc[i].head.i == head.i and doc[i].left_edge.i <= cue.i <= doc[i].right_edge.i
        set_off = doc[i].dep_ == "relcl" and _comma_before(doc, doc[i], head.i)
        kept = doc[i].dep_ == "relcl" and (not set_off or (described and not _holds_cue(doc[i])))
        kept = kept or _participle_modifier(doc[i], head)
        if holds_cue or (doc[i].dep_ in _CUT_CLAUSES and not kept):
            end = max(head.i + 1, doc[i].left_edge.i)
            break
    for i in range(head.i - 1, start - 1, -1):  # "the real plan, Chief Justice Roberts": not one phrase
        spaced_hyphen = doc[i].text == "-" and i > 0 and bool(doc[i - 1].whitespace_)  # not "al-Walae"
        if doc[i].text in (",", "—", "–", "―", ":") or spaced_hyphen or "\n" in doc[i].text:
            start = i + 1
            break
    for sib in reversed(list(head.head.lefts) if head.head.i != head.i else []):
        if sib.i < head.i and sib.right_edge.i + 1 == start and sib.dep_ in ("nsubj", "nmod"):
            if "\n" in doc[sib.left_edge.i : start].text:
                break  # a dateline or time stamp above ("12:15 p.m.\n\nJane Roe says"): another line
            start = sib.left_edge.i  # "Chairman of the Joint Chiefs Gen. Mark Milley": two subjects, one phrase
    if cue is not None and head.i < cue.i < end:
        end = cue.i  # the parser hung words after the cue on the subject ("voters expect X, the first of ...")
    end = _when_at_end(head, end)
    end = _before_open_bracket(doc, head.i + 1, end)
    start = _after_dateline(doc, start, end)
    if doc[start].lower_ == "even" and doc[start].dep_ == "advmod" and start + 1 < end:
        start += 1  # "even his allies say": the writer's focus word, not part of who speaks
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space) and doc[end - 1].text != ")":
        end -= 1
    while start < end - 1 and (doc[start].is_punct or doc[start].is_space):
        start += 1
    return doc[start:end]


_DASHES = ("—", "–", "-", "--", "―")


def _after_dateline(doc: Doc, start: int, end: int) -> int:
    """The start of a phrase after a wire dateline that the parser joined to it ("WASHINGTON (AP) — Donald
    Trump and ...", "LONDON, May 2 (Reuters) - the minister ..."): the place, date and agency head the story,
    they do not speak. A dateline is capitalised words, commas and a date, the agency's name in brackets, and
    a dash."""
    opening = next((i for i in range(start, min(end, start + 8)) if doc[i].text == "("), None)
    if opening is None or opening == start:
        return start
    before = doc[start:opening]
    if not all(t.text[:1].isupper() or t.is_digit or t.text == "," for t in before):
        return start
    closing = next((i for i in range(opening + 1, min(end, opening + 5)) if doc[i].text == ")"), None)
    if closing is None or closing == opening + 1 or closing + 2 >= end or doc[closing + 1].text not in _DASHES:
        return start
    agency = doc[opening + 1 : closing]
    if not all(t.text[:1].isupper() for t in agency) or len(agency.text) < 2:
        return start  # "Sen. Roe (R) - ...": a party letter, not an agency
    return closing + 2


def _before_open_bracket(doc: Doc, lo: int, end: int) -> int:
    """The end of a phrase cut before a bracket it opens but does not close ("Mr. Burman (a view echoed by ...)
    said": the cut at the cue left the aside half open; the aside is the writer's, not part of the name)."""
    depth, opened = 0, -1
    for i in range(lo, end):
        if doc[i].text == "(":
            depth, opened = depth + 1, i if depth == 0 else opened
        elif doc[i].text == ")" and depth:
            depth -= 1
    return opened if depth and opened >= 0 else end


_SORTED_KEY = "eventwire_sorted_mentions"


def _mentions(doc: Doc) -> list[Mention]:
    """The document's mentions in text order, sorted once per list of mentions and kept in ``user_data``:
    resolving the speakers of one article asks for them hundreds of times. Sorted again when the Doc's
    mentions are another list or changed length."""
    mentions = doc._.mentions or []
    cached = doc.user_data.get(_SORTED_KEY)
    if cached is not None and cached[0] is mentions and cached[1] == len(mentions):
        return list(cached[2])
    ordered = sorted(mentions, key=lambda m: m.start)
    doc.user_data[_SORTED_KEY] = (mentions, len(mentions), ordered)
    return list(ordered)


def _full_name(doc: Doc, m: Mention) -> str | None:
    """The entity of a short person name: the person entity whose name ends with the same word."""
    if m.label not in PERSON_LABELS:
        return m.entity
    last = m.text.split()[-1].lower() if m.text.split() else ""
    best = m.entity
    best_len = len(m.text)
    for e in doc._.entities or []:
        if e.kind != "person":
            continue
        words = e.name.lower().split()
        if len(e.name) > best_len and words and (words[-1] == last or words[-1].split("-")[-1] == last.split("-")[-1]):
            best, best_len = e.id, len(e.name)
    return best


def _named_after_lede(doc: Doc, span: Span) -> str | None:
    """News ledes describe before they name ("The new leader of the militia ... is calling for ...", then
    "Qais al-Khazali said ..."): a described person in the first sentence of the article is the person
    named as the subject of the next sentence."""
    first = next(iter(doc.sents), None)
    if first is None or not (first.start <= span.start < first.end) or first.end >= len(doc):
        return None
    nxt = doc[first.end].sent
    while nxt.end < len(doc) and not nxt.text.strip():  # the blank line between paragraphs
        nxt = doc[nxt.end].sent
    for m in _mentions(doc):
        if nxt.start_char <= m.start < nxt.end_char and m.label in PERSON_LABELS and m.entity:
            ms = doc.char_span(m.start, m.end, alignment_mode="expand")
            if ms is not None and ms.root.dep_ == "nsubj":
                return _full_name(doc, m)
    return None


SUBJECT_WINDOW = 300  # characters: about the two sentences before a pronoun


def _recent_subject(doc: Doc, pos: int) -> str | None:
    """The person a "he"/"she" most likely is: the nearest person named as a subject shortly before (a
    person named only inside another phrase, "President Assad's forces", is less salient)."""
    for m in reversed(_mentions(doc)):
        if m.start >= pos or m.label not in PERSON_LABELS or not m.entity:
            continue
        if pos - m.end > SUBJECT_WINDOW:
            return None
        span = doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
            return _full_name(doc, m)
    return None


def _nearest_before(doc: Doc, pos: int, labels: tuple[str, ...], noun: str | None = None) -> str | None:
    """The entity of the nearest mention before ``pos`` with one of ``labels``; with ``noun``, one whose name
    contains the noun (organisations) or whose sentence uses the noun (persons)."""
    for m in reversed(_mentions(doc)):
        if m.start >= pos or m.label not in labels or not m.entity:
            continue
        if noun is not None:
            if m.label in PERSON_LABELS:
                sent = doc.char_span(m.start, m.end, alignment_mode="expand")
                if sent is None or noun not in sent.sent.text.lower():
                    continue
            elif noun not in m.text.lower():
                continue
        return _full_name(doc, m)
    return None


def resolve(doc: Doc, span: Span) -> str | None:
    """The entity id the speaker words refer to, or None."""
    inside = [m for m in _mentions(doc) if m.start >= span.start_char and m.end <= span.end_char and m.entity]
    head = span.root
    if inside:
        speakers = [m for m in inside if m.label in PERSON_LABELS + GROUP_LABELS]
        pool = speakers or inside
        for m in pool:  # the mention that holds the head of the phrase
            if m.start <= head.idx < m.end:
                return _full_name(doc, m)
        persons = [m for m in pool if m.label in PERSON_LABELS]
        if persons and (head.pos_ == "PROPN" or head.lemma_.lower() in person_nouns()):
            return _full_name(doc, persons[-1])
        if head.pos_ == "PROPN" or len(span) <= 2:
            return _full_name(doc, pool[-1])
    word = head.lower_
    if head.pos_ == "PRON":
        if word in PERSON_PRONOUNS:
            return _recent_subject(doc, span.start_char) or _nearest_before(doc, span.start_char, PERSON_LABELS)
        if word in GROUP_PRONOUNS:
            return _nearest_before(doc, span.start_char, ("ORG", "NORP"))
        return None
    if head.pos_ == "NOUN":
        noun = head.lemma_.lower()
        if noun in person_nouns():
            return (
                _nearest_before(doc, span.start_char, PERSON_LABELS, noun)
                or (
                    _nearest_before(doc, span.start_char, PERSON_LABELS)
                    if any(t.lower_ in ("the", "this", "that") for t in head.lefts)
                    else None
                )
                or _named_after_lede(doc, span)
            )
        if any(t.lower_ in ("the", "this", "that") for t in head.lefts):
            return _nearest_before(doc, span.start_char, (*GROUP_LABELS, "FAC"), noun)
    if head.pos_ == "PROPN" and not inside:  # a surname the model did not tag ("Raisi stated ...")
        person = person_by_surname(doc, head.text)
        return person.id if person is not None else None
    return None


def speaker_from(head: Token, cue: Token | None = None) -> Speaker:
    span = phrase_of(head, cue)
    core = phrase_of(head, cue, described=False)  # names in the description are not the speaker
    return Speaker(span.text, span.start_char, span.end_char, resolve(head.doc, core))

"""Reported speech on the dependency parse: "X said (that) ...", "X told reporters ...", "X denied ...",
"X vowed to ...", "..., X said." and "according to X, ...".

Each finding is a :class:`Reported`: the cue token, the speaker's head token, and the content tokens. The
content of a speech verb is its clausal complement (ccomp), or, where the lexicon allows it, its direct
object ("denied the reports") or its to-infinitive ("vowed to retaliate"); a cue noun as object joins the
cue and its clause is the content ("expressed hope that ..."). The content of "according to X" is the rest
of its sentence on the side of the main verb.

Boundaries: a cue set between commas inside its sentence ("In May, she said, the talks ...") has the words
on both sides as content; a sentence-initial conjunction or linking adverb ("But", "However,") is the
writer's; a comma-set aside at the end (an apposition other than a bare name, a relative clause about a
named person or with a speech verb of its own, a participle of speech: ", adding that ...") is cut, and so
is a coordinator left dangling at the end.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import DEP, LEMMA, LOWER, POS, TAG
from spacy.tokens import Doc, Span, Token

from .. import token_column
from .cues import adjective_lexicon, is_according_to, noun_lexicon, verb_cue, verb_group, verb_like
from .marks import CLOSE_DOUBLE, CLOSE_SINGLE, OPEN_DOUBLE, OPEN_SINGLE
from .speakers import can_hold, coordinated_with, cue_group, is_agent, is_agent_possessor, subject_of, verb_form

_ASIDES = ("appos",)


@dataclass
class Reported:
    cue: Span
    speaker: Token
    content: Span
    relay: Token | None = None  # who passed the words on, for relay verbs


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Without punctuation (quotation marks aside) and spaces at either end, nor a coordinator left dangling
    at the end when the parser hung the conjunct elsewhere ("... were not complete, and")."""
    while start < end and ((doc[start].is_punct and not doc[start].is_quote) or doc[start].is_space):
        start += 1
    while end > start and (
        (doc[end - 1].is_punct and not doc[end - 1].is_quote) or doc[end - 1].is_space or doc[end - 1].tag_ == "CC"
    ):
        end -= 1
    return start, end


_TOPIC = ("about", "of", "against")  # "warned of ...", "complained about ...", "spoke out against ..."
_TOPIC_PREPS = {"call": ("for", "on"), "point": ("to",), "refer": ("to",)}  # "called for a ceasefire", "pointed to
# the polls", "referring to the governor"


def content_child(verb: Token) -> Token | None:
    cue = verb_cue(verb)
    if cue is None:
        return None
    if cue.judged:
        return _judged_object(verb)
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if clauses:  # a clause in the verb's paragraph (the parser now and then hangs the paragraph before on it)
        return next((c for c in clauses if _same_paragraph(verb, c)), clauses[0])
    pro_form = next((c for c in verb.rights if _pro_form(c)), None)
    if pro_form is not None:
        return pro_form
    stray = _stray_that_clause(verb, cue.object) or _bare_clause(verb)
    if stray is not None:
        return stray
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if cue.to and not passive:  # "she was asked to speak": the subject is who was asked, not who asked
        for child in verb.children:
            if child.dep_ == "xcomp" and any(c.lower_ == "to" for c in child.lefts):
                return child
    for_to = _for_to_clause(verb)
    if for_to is not None and not passive:
        return for_to
    for child in [] if passive else verb.children:  # "called for a ceasefire", "warned of reprisals"
        # (a passive subject is who the words are about: "he was accused of fraud")
        if child.lower_ == "on" and not _infinitive_after(verb, child):
            continue  # "called on the mayor to resign", not "called on the radio"
        if child.dep_ in ("prep", "prt") and child.lower_ in _TOPIC_PREPS.get(verb.lemma_.lower(), _TOPIC):
            objs = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]  # "called for raising taxes"
            if objs and not _relative_pronoun(objs[0]):  # "an action that everyone will speak about"
                return objs[0]
    if cue.object:
        for child in verb.children:
            if child.dep_ == "dobj" and not _relative_pronoun(child):  # "the plan that he announced"
                return child
        gerund = _gerund_complement(verb)
        if gerund is not None:
            return gerund
        complements = [c for c in verb.rights if c.dep_ == "oprd"]
        if cue.object and len(complements) >= 2:  # "called Smith a liar" parsed with two complements
            return complements[0]
    return None


def _gerund_complement(verb: Token) -> Token | None:
    """A gerund clause as the object of a verb that takes one ("denied taking bribes", "admitted using the tax
    code", "proposed cutting the budget"): the parser makes it an open complement, but it is what was denied
    or proposed, as a noun object would be."""
    for child in verb.rights:
        if child.dep_ == "xcomp" and child.tag_ == "VBG" and child.left_edge.i == child.i:
            return child
    return None


def made_clear(doc: Doc) -> list[Reported]:
    """ "X made (it) clear (that) ...": the phrase says X stated something plainly, and the clause (or the noun
    phrase: "made clear her opposition to the plan") is what. Only a person or group makes a point clear in this
    sense ("the rain made it clear that the roof leaked" is evidence, not a statement)."""
    found: list[Reported] = []
    lower = token_column(doc, LOWER)
    for i in range(len(doc)):
        if lower[i] != "clear":
            continue
        clear = doc[i]
        verb = clear.head
        if clear.lower_ != "clear" or clear.dep_ not in ("ccomp", "oprd", "acomp") or verb.lemma_.lower() != "make":
            continue
        between = doc[verb.i + 1 : clear.i]
        if clear.i < verb.i or any(t.lower_ != "it" for t in between):
            continue
        subj = subject_of(verb)
        content = _clear_content(verb, clear)
        if subj is None or content is None or not is_agent(subj):
            continue
        start, end = _trim(doc, content.left_edge.i, content.right_edge.i + 1)
        if end - start >= 2:
            group = verb_group(verb)
            found.append(Reported(doc[group.start : clear.i + 1], subj, doc[start:end]))
    return found


def _clear_content(verb: Token, clear: Token) -> Token | None:
    """The clause after "made (it) clear": hung on "clear" or on "made", or a noun phrase the parser took for the
    subject of "clear"."""
    for child in [*clear.rights, *(c for c in verb.rights if c.i > clear.i)]:
        if child.dep_ in ("ccomp", "advcl") and child.pos_ in ("VERB", "AUX"):
            marks = [c for c in child.lefts if c.dep_ == "mark"]
            if not marks or marks[0].lower_ == "that":
                return child
    return next((c for c in clear.rights if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)


def _same_paragraph(verb: Token, child: Token) -> bool:
    """Whether no line break separates the verb from the head of its dependent."""
    lo, hi = sorted((verb.i, child.i))
    return not any("\n" in t.text or "\n" in t.whitespace_ for t in verb.doc[lo:hi])


def _judged_object(verb: Token) -> Token | None:
    """The object of a verb of judging, only with the as- or for-phrase that judges it ("saw the plan as a
    betrayal", "attacked the senator for his vote"): without it the verb is one of perception or a physical act
    ("saw the convoy", "to see what happens", "attacked the base"), so no clause or bare object counts."""
    if not _judging_phrase(verb):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and not _relative_pronoun(c)), None)


def _judging_phrase(verb: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ in ("as", "for") for c in verb.children)


def _for_to_clause(verb: Token) -> Token | None:
    """A for-to clause after a verb that takes "for" ("called for residents to leave", parsed as a clause
    marked by "for"): the clause without "for" is what was called for. Only a person or group calls for
    something in this sense ("the protocol called for the guests to leave" is a rule, not a demand)."""
    subj = subject_of(verb)
    if "for" not in _TOPIC_PREPS.get(verb.lemma_.lower(), _TOPIC) or subj is None or not is_agent(subj):
        return None
    for child in verb.rights:
        first = child.left_edge
        marked = child.dep_ == "advcl" and first.lower_ == "for" and first.dep_ == "mark" and first.i == verb.i + 1
        if marked and any(c.lower_ == "to" and c.dep_ == "aux" for c in child.children):
            return child
    return None


def _relative_pronoun(tok: Token) -> bool:
    """The object is the relative pronoun of a relative clause: what it stands for is outside the clause and
    is no words of the speaker ("a military action that everyone will speak about")."""
    if tok.tag_ in ("WDT", "WP", "WP$"):
        return True
    return tok.lower_ == "that" and any(a.dep_ == "relcl" for a in tok.ancestors)


def _stray_that_clause(verb: Token, takes_object: bool) -> Token | None:
    """A that-clause after a speech verb that the parser hung elsewhere: as an adverbial clause ("tweeted late
    on Sunday that the bill ...") or, after an addressee, as a relative clause of it ("told a meeting of
    leaders that few people ..."). A relative "that" is the subject or object of its clause; a complementizer
    is a bare mark. An adverbial clause never opens with a bare "that" ("so that", "now that" aside), and the
    object of a verb that takes no object is an addressee when it names people."""
    for child in verb.rights:
        first = child.left_edge
        before = first.nbor(-1) if first.i > 0 else None
        if (
            child.dep_ == "advcl"
            and first.lower_ == "that"
            and (before is None or before.lower_ not in ("so", "now", "such", "order"))
        ):
            return child
    if takes_object:
        return None
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "dative") or obj.i < verb.i:
            continue
        if not _audience(obj):
            continue  # "repeated his contention that ...": a noun's own that-clause
        for tok in obj.children:
            that = tok.left_edge
            if tok.dep_ == "relcl" and that.lower_ == "that" and that.dep_ == "mark" and that.head.i == tok.i:
                return tok
    return None


def _bare_clause(verb: Token) -> Token | None:
    """A finite clause with a subject of its own and no subordinator, after a speech verb, that the parser hung
    as an adverbial clause ("said after the convention he would not accept ..."): an adverbial clause opens with
    a subordinator (when, if, because, as), so a bare one is the reported clause."""
    row = verb_cue(verb)
    if row is None or row.agent:
        return None
    for child in verb.rights:
        if child.dep_ != "advcl" or child.tag_ in ("VBG", "VBN", "TO"):
            continue
        if any(c.dep_ == "mark" or c.tag_ in ("WRB", "WDT", "WP") for c in child.lefts):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in child.lefts) and _finite(child):
            return child
    return None


def _finite(verb: Token) -> bool:
    return verb_form(verb) in ("VBD", "VBZ", "VBP", "MD")


def _audience(obj: Token) -> bool:
    """Whether an object names people spoken to ("reporters", "a meeting of local leaders")."""
    of = [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return is_agent(obj) or any(is_agent(p) for p in of)


def _pro_form(child: Token) -> bool:
    """A word that stands for what was said ("said so", "did not think so", "said as much", "said the same of
    X"): the content is the pro-form, whose meaning the reader takes from the sentence before."""
    if child.left_edge.i != child.head.i + 1 or child.i > child.head.i + 2:
        return False
    nxt = child.nbor(1) if child.i + 1 < len(child.doc) else None
    if child.lower_ == "so":  # not "so far", "so many"
        return child.dep_ == "advmod" and (nxt is None or nxt.pos_ not in ("ADJ", "ADV", "DET"))
    if child.lower_ == "much":
        return any(c.lower_ == "as" for c in child.lefts)
    return child.lower_ == "same" and child.dep_ == "dobj" and any(c.lower_ == "the" for c in child.lefts)


def _infinitive_after(verb: Token, after: Token) -> Token | None:
    """The to-infinitive of ``verb`` after ``after`` ("called on X to resign")."""
    return next(
        (s for s in verb.rights if s.i > after.i and s.dep_ == "xcomp" and any(c.lower_ == "to" for c in s.lefts)),
        None,
    )


def _content_span(verb: Token, child: Token) -> Span:
    doc = verb.doc
    start, end = child.left_edge.i, child.right_edge.i + 1
    if child.dep_ == "advcl" and doc[start].dep_ == "mark" and doc[start].lower_ == "for":  # "called for X to Y"
        start += 1
    if _pro_form(child):  # "said as much in May": the pro-form, with the phrase of "the same of (for, about) X"
        of = [c for c in child.rights if c.dep_ == "prep" and c.lower_ in ("of", "for", "about")]
        return doc[start : of[0].right_edge.i + 1 if of else child.i + 1]
    told = _told_by_noun(child)
    if told is not None:  # "expressed concern that ...": the clause
        return doc[slice(*_trim(doc, told.left_edge.i, told.right_edge.i + 1))]
    if child.dep_ in ("dobj", "oprd"):
        for sib in verb.rights:
            if sib.i > child.i and sib.dep_ == "prep" and sib.lower_ == "of" and verb.lemma_ == "accuse":
                return doc[slice(*_trim(doc, sib.i + 1, sib.right_edge.i + 1))]  # "accused X of Y": Y
            likened = sib.lower_ == "to" and verb.lemma_.lower() in ("liken", "compare")  # "likened X to Y"
            if sib.i > child.i and sib.dep_ == "prep" and (sib.lower_ in ("for", "as") or likened):
                end = max(end, sib.right_edge.i + 1)  # "blamed X for Y", "described X as Y"
            if sib.i > child.i and sib.dep_ in ("oprd", "xcomp", "ccomp"):  # "called the plan a failure"
                end = max(end, sib.right_edge.i + 1)
    if child.dep_ == "pobj" and child.head.lower_ in ("on", "for"):  # "called on the mayor to resign", "called
        # for the troops to withdraw": with the infinitive
        infinitive = _infinitive_after(verb, child)
        end = max(end, infinitive.right_edge.i + 1) if infinitive is not None else end
    if child.dep_ == "xcomp":  # "urged supporters to vote": the object with its infinitive
        for sib in verb.children:
            if sib.dep_ == "dobj" and sib.i < child.i:
                start = min(start, sib.left_edge.i)
    if child.i < verb.i:  # "..., X said": the whole clause before the cue, up to the comma
        end = min(end, verb.left_edge.i if verb.left_edge.i > start else end)
        start = _skip_connective(doc, max(verb.sent.start, _last_break(doc, verb.sent.start, start)), end)
    end = _cut_raised_conjunct(verb, start, end)
    tag = _trailing_report(child)
    end = min(end, tag) if tag is not None else end
    end = _stranded_conjunct_end(verb, child, end)
    end = _split_clause_end(verb, child, end)
    start, end = _trim(doc, start, end)
    end = _cut_aside(doc, start, end)
    return doc[start:end]


def _trailing_report(child: Token) -> int | None:
    """Where a writer's source tag at the end of the content starts ("adding that the army will grow
    stronger, AFP reported"): the parser makes the relaying verb the head of the clause, with the clause as
    its complement before its subject; what the speaker said ends before the tag (the tag is a report of its
    own, about the whole sentence)."""
    if child.dep_ != "ccomp" or verb_cue(child) is None:
        return None
    subj = subject_of(child)
    if subj is None or subj.i > child.i:
        return None
    if not any(c.dep_ == "ccomp" and c.i < subj.i for c in child.children):
        return None
    return subj.left_edge.i


def _cut_raised_conjunct(verb: Token, start: int, end: int) -> int:
    """End the content before a verb that the parser hung inside it but that goes with the cue itself ("stated
    the troops were there to prevent attacks and denied ...": the denial is a second act of the speaker, see
    ``coordinated_with``), and before its conjunction."""
    doc = verb.doc
    for tok in doc[max(start, verb.i + 1) : end]:
        if tok.dep_ == "conj" and tok.head.i != verb.i and coordinated_with(tok).i == verb.i:
            cut = tok.left_edge.i
            while cut > start and doc[cut - 1].dep_ in ("cc", "punct"):
                cut -= 1
            return min(end, cut)
    return end


def _stranded_conjunct_end(verb: Token, child: Token, end: int) -> int:
    """Extend the content over verbs coordinated with it that the parser hung on the cue ("wants to triple the
    program, grow the Corps and create a reserve", "has mentioned refinancing loans and forcing universities
    to ..."; a bare verb after a comma is now and then hung as an adverbial clause). Coordinated verbs share
    their form, so a bare verb after a to-infinitive, or a gerund after a gerund, cannot go with a finite cue:
    it continues the content. A conjunct with a subject of its own, or of the cue's own form ("said ... and
    denied ..."), is a second act of the speaker and stays out."""
    doc = verb.doc
    head = _content_head(child)
    if head is None or verb.tag_ == head.tag_:
        return end
    for conj in verb.rights:
        stranded = conj.dep_ == "conj" or (conj.dep_ == "advcl" and conj.tag_ == "VB")  # "..., widen the bridge"
        if not stranded or conj.i < end or conj.tag_ != head.tag_:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in conj.children):
            continue
        between = doc[end : conj.left_edge.i]
        if all(t.is_punct or t.dep_ in ("cc", "advmod") or t.is_space for t in between):
            end = conj.right_edge.i + 1
    return end


def _split_clause_end(verb: Token, child: Token, end: int) -> int:
    """Extend the content over a second clausal complement that the parser hung on the cue right after it ("said
    he will attack the provisions [that] address ...", "said the ad and his comment [was] instead ..."): a
    speech verb has one complement, so a second one that follows it with nothing but a comma between is the
    rest of the first, split by a misparse. One with a speech verb of its own ("..., the S.E.C. said ..."),
    one after a dash or a conjunction (the writer's aside, or a second fact: "declared that X and the
    president expanded Y"), and one opened by a relative pronoun or an adverb (", which ...", ", however
    ...") stay out."""
    doc = verb.doc
    if child.i < verb.i:
        return end
    for comp in verb.rights:
        if comp.dep_ != "ccomp" or comp.i == child.i or comp.left_edge.i < end or _holds_speech(comp):
            continue
        last = end - 1
        while last > child.i and (doc[last].is_punct or doc[last].dep_ == "cc"):
            last -= 1
        first = next(t for t in comp.subtree if not t.is_punct)
        between = doc[last + 1 : first.i]
        if all(t.text == "," for t in between) and first.tag_ not in ("WDT", "WP", "RB"):
            end = comp.right_edge.i + 1
    return end


def _holds_speech(clause: Token) -> bool:
    return any(verb_cue(t) is not None for t in clause.subtree)


def _content_head(child: Token) -> Token | None:
    """The non-finite verb that heads the content: a to-infinitive ("to triple") or a gerund ("refinancing")."""
    if child.dep_ == "xcomp" and child.tag_ == "VB" and any(c.lower_ == "to" for c in child.lefts):
        return child
    gerund = child if child.tag_ == "VBG" else child.left_edge
    if (
        gerund.tag_ == "VBG"
        and gerund.dep_ in ("dobj", "pcomp", "amod", "compound", "xcomp")
        and gerund.i < child.i + 1
    ):
        return gerund
    return None


def _told_by_noun(obj: Token) -> Token | None:
    """The clause of a cue noun that is the object of the verb and ends it ("voiced hope that the talks
    resume", "repeated his claim that ..."): the verb and the noun say together that something was said or
    held, and the clause is what. A noun with a possessor is someone else's words ("questioned the minister's
    claim that ..."): the object stays whole, and the noun is a cue of its own."""
    if obj.dep_ != "dobj" or any(c.dep_ == "poss" for c in obj.children):
        return None
    told = _noun_content(obj)
    return told if told is not None and told.right_edge.i == obj.right_edge.i else None


_CONNECTIVES = ("however", "meanwhile", "moreover", "nevertheless", "nonetheless", "still", "yet", "instead", "also")


def _skip_connective(doc: Doc, start: int, end: int) -> int:
    """After a sentence-initial conjunction or linking adverb ("But ...", "However, ..."): the word ties the
    sentence to the writer's previous one, so it is no part of what the speaker said."""
    if start >= end:
        return start
    first = doc[start]
    linking = first.lower_ in _CONNECTIVES and start + 1 < end and doc[start + 1].text == ","
    if first.tag_ == "CC" or linking:
        return start + 1
    return start


def _last_break(doc: Doc, lo: int, start: int) -> int:
    """The first token after the last line break or the end of a direct quote before ``start`` (or ``lo``): a
    quotation mark left open, a closing mark without its opening, or the close of a quote that opens the
    sentence ('"We will rebuild," the mayor said, and ...'). A quoted phrase inside the clause, both marks
    after its first word (revenge against the "criminals" who ...), is part of it."""
    lone: list[int] = []
    opened: int | None = None
    for i in range(lo, start):
        text = doc[i].text
        if "\n" in text:
            lone.append(i)
            opened = None
        elif not doc[i].is_quote:
            continue
        elif text in _OPENING:
            if opened is not None:
                lone.append(opened)
            opened = i
        elif text in _CLOSING or opened is not None:
            if opened is None or opened == lo:  # a closing mark alone, or a quote that opens the sentence
                lone.append(i)
            opened = None
        else:
            opened = i
    if opened is not None:
        lone.append(opened)
    return max(lone) + 1 if lone else lo


_OPENING = OPEN_DOUBLE + OPEN_SINGLE
_CLOSING = CLOSE_DOUBLE + CLOSE_SINGLE


def _cut_aside(doc: Doc, start: int, end: int) -> int:
    """Cut a comma-set aside that runs to the end of the content: an apposition (", a former senator"), a
    relative clause that describes a named person (", who is 70") or whose verb reports speech of its own
    (", which he said were ..."). The writer adds them for the reader; the speaker did not say them. (Other comma-set
    relative and adverbial clauses stay: on PolNeAR dev, annotators keep them about as often as not.)"""
    for i in range(start + 1, end - 1):
        if doc[i].text != ",":
            continue
        nxt = doc[i + 1]
        clause = next((t for t in [nxt, *nxt.ancestors] if t.left_edge.i == i + 1 and _aside(t)), None)
        if clause is not None and clause.right_edge.i + 1 >= end and start <= clause.head.i < i:
            return i
    return end


_WHO = ("who", "whom", "whose")
_CONCESSIVE = ("although", "though", "while", "whereas")


def _aside(tok: Token) -> bool:
    """Whether a comma-set phrase headed by ``tok`` describes rather than continues what was said."""
    if tok.dep_ in _ASIDES:
        return not _bare_name(tok)
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.left_edge.i == tok.i:  # ", arguing that ...", ", adding
        row = verb_cue(tok)  # ...": the speaker's next speech act, told by the writer
        return row is not None and not row.agent
    if tok.dep_ == "advcl" and tok.left_edge.lower_ in _CONCESSIVE and tok.left_edge.dep_ == "mark":
        return verb_cue(tok) is not None  # ", though she noted ...": a speech act of its own, told by the writer
    if tok.dep_ != "relcl":
        return False
    named = tok.head.pos_ == "PROPN" and tok.left_edge.lower_ in _WHO
    row = verb_cue(tok)
    return named or (row is not None and not row.agent)  # ", which he said were ...": a report of its own


def _bare_name(tok: Token) -> bool:
    """An apposition that is only a proper name ("Tulsa, Oklahoma"; "the museum's director, Lonnie Bunch"):
    it names or places what comes before it, as part of the speaker's reference, rather than describing it."""
    words = [t for t in tok.subtree if not t.is_punct]
    return bool(words) and all(t.pos_ == "PROPN" for t in words)


def _cue_words(verb: Token, child: Token) -> Span:
    group = cue_group(verb)
    if child.dep_ in ("pobj", "pcomp") and child.head.head.i == verb.i:  # "called for"
        return verb.doc[group.start : max(group.end, child.head.i + 1)]
    if child.dep_ == "advcl" and child.left_edge.lower_ == "for":  # "called for" (a for-to clause)
        return verb.doc[group.start : max(group.end, child.left_edge.i + 1)]
    if _told_by_noun(child) is not None:  # "expressed concern": the noun is part of the cue
        return verb.doc[group.start : max(group.end, child.i + 1)]
    return group


def speech_verbs(doc: Doc) -> list[Reported]:
    found: list[Reported] = []
    pos, tag = token_column(doc, POS), token_column(doc, TAG)
    for i in range(len(doc)):
        if not verb_like(pos[i], tag[i]):
            continue  # no verb, no verb cue: passed over without building the Token
        tok = doc[i]
        cue = verb_cue(tok)
        if cue is None or cue.relay:
            continue
        child = content_child(tok)
        if child is None:
            passive = _passive_by(tok) if cue.object or not cue.to else None
            found.extend([passive] if passive is not None else _parenthetical(tok))
            continue
        subj = subject_of(tok)
        if subj is None or subj.i == child.i or child.left_edge.i <= subj.i <= child.right_edge.i:
            continue
        if not can_hold(cue, subj):
            continue  # "the law requires ...", "it seems ...": an attitude verb with a thing as subject
        content = _content_span(tok, child)
        short = len(content) < 2 and not (child.dep_ == "dobj" and content.root.pos_ in ("NOUN", "PROPN", "PRON"))
        short = short and not _pro_form(child)
        if not len(content) or short or content.start <= tok.i < content.end:
            continue
        found.append(Reported(_cue_words(tok, child), subj, content))
        fronted = _fronted_part(tok, subj, content)
        if fronted is not None:
            found.append(Reported(_cue_words(tok, child), subj, fronted))
    return found


def _fronted_part(verb: Token, subj: Token, content: Span) -> Span | None:
    """The words before a cue set off by commas in the middle of its sentence ("In May, she said, the talks
    failed"; "The plan, he said, has failed"): a speaker and verb between commas interrupt the reported
    sentence, so what comes before them is the start of the content (the parser often hangs it on the
    verb). The content after the cue is the rest."""
    doc = verb.doc
    speaker_start = min(subj.left_edge.i, verb_group(verb).start)
    after = verb_group(verb).end
    if content.start <= verb.i or speaker_start < 1 or doc[speaker_start - 1].text != ",":
        return None
    if after >= len(doc) or doc[after].text != "," or content.start != after + 1:
        return None
    lo = max(verb.sent.start, _last_break(doc, verb.sent.start, speaker_start - 1))
    start, end = _trim(doc, _skip_connective(doc, lo, speaker_start - 1), speaker_start - 1)
    return doc[start:end] if end > start else None


def _passive_by(verb: Token) -> Reported | None:
    """A passive cue whose object is its content, with the speaker in a by-phrase ("The plan was criticized by
    the union", "His views were echoed by experts"): the passive subject is what was said or judged, the
    object of "by" is the source (an adjacent "by" joins the cue)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    agent = next((c for c in verb.children if c.dep_ == "agent" and c.i > verb.i), None)
    by = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    if subj is None or agent is None or by is None or subj.i > verb.i or subj.tag_ in ("WP", "WDT", "EX"):
        return None
    if _naming(by):
        return None  # "the group is known by the acronym ISIL": a name, not a source
    row = verb_cue(verb)
    if row is not None and row.judged and not _judging_phrase(verb):
        return None  # "the film was seen by thousands": perception, not judgement ("was seen by many as ...")
    if row is not None and (row.agent or not row.object) and not is_agent(by):
        return None  # "the plan is backed by new taxes"; "the story was reported by the Post" (a clause verb:
        # the subject is the report only when a person or group wrote it)
    doc = verb.doc
    start, end = _trim(doc, subj.left_edge.i, subj.right_edge.i + 1)
    if end <= start or subj.lower_ == "it":
        return None
    group = verb_group(verb)
    cue = doc[group.start : agent.i + 1] if agent.i == group.end else group
    return Reported(cue, by, doc[start:end])


_NAMES = frozenset(("name", "acronym", "initial", "initials", "abbreviation", "nickname", "moniker", "alias"))
_NAMES |= frozenset(("label", "epithet", "pseudonym", "codename"))


def _naming(by: Token) -> bool:
    """Whether the object of a by-phrase is a name ("known by the acronym X", "referred to by its initials",
    "called by the nickname X"): a naming passive says what someone is called, and nobody in it speaks."""
    words = [by, *(c for c in by.children if c.dep_ in ("compound", "nmod", "appos"))]
    return any(w.lemma_.lower() in _NAMES or w.lower_ in _NAMES for w in words)


def _parenthetical(verb: Token) -> list[Reported]:
    """A cue set inside or after the clause it reports ("The plan, he said, has failed" / "..., he said"):
    the clause around the cue, in one or two parts."""
    if verb.dep_ != "parataxis" or verb.head.pos_ not in ("VERB", "AUX"):
        return []
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    row = verb_cue(verb)
    if subj is None or (row is not None and not can_hold(row, subj)):
        return []
    doc = verb.doc
    head = verb.head
    lo, hi = max(head.left_edge.i, verb.sent.start), min(head.right_edge.i + 1, verb.sent.end)
    cue = verb_group(verb)
    speaker_start = min(subj.left_edge.i, cue.start)  # "If it fails, he argues, ...": a clause the parser
    # hung on the cue verb is still before the speaker, part of what was said
    parts = [_trim(doc, _skip_connective(doc, lo, speaker_start), speaker_start), _trim(doc, verb.right_edge.i + 1, hi)]
    return [Reported(cue, subj, doc[a:b]) for a, b in parts if b - a >= 1 and not (a <= subj.i < b)]


def according_to(doc: Doc) -> list[Reported]:
    found: list[Reported] = []
    lower = token_column(doc, LOWER)
    for i in range(len(doc)):
        if lower[i] != "according":
            continue
        tok = doc[i]
        if not is_according_to(tok):
            continue
        to = doc[tok.i + 1]
        objs = [c for c in to.children if c.dep_ == "pobj"]
        if not objs:
            continue
        sent = tok.sent
        phrase_start, phrase_end = tok.i, max(tok.right_edge.i, objs[0].right_edge.i) + 1
        before = _trim(doc, _skip_connective(doc, sent.start, phrase_start), phrase_start)
        after = _trim(doc, phrase_end, sent.end)
        if before[0] <= tok.head.i < before[1]:
            start, end = before
        elif after[0] <= tok.head.i < after[1]:
            start, end = after
            for conj in tok.head.children:  # "..., but still lost": a second clause is not the source's
                if conj.dep_ == "conj" and conj.i > phrase_end and conj.pos_ in ("VERB", "AUX"):
                    start, end = _trim(doc, start, min(end, conj.left_edge.i))
                    ccs = [c for c in tok.head.children if c.dep_ == "cc" and start < c.i < conj.i]
                    if ccs:
                        start, end = _trim(doc, start, ccs[0].i)
                    break
        else:
            start, end = after if (after[1] - after[0]) >= (before[1] - before[0]) else before
        if end - start < 2:
            continue
        found.append(Reported(doc[tok.i : tok.i + 2], objs[0], doc[start:end]))
    return found


def put_it(verb: Token) -> bool:
    """ "put it" in the sense of saying ("as one official put it"): the verb "put" with "it" as its object and no
    place or goal for it ("put it on hold", "put it to the vote" are acts)."""
    if verb.lemma_.lower() != "put" or verb.pos_ != "VERB":
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    places = [c for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ in ("on", "to", "into", "off", "down")]
    return len(objs) == 1 and objs[0].lower_ == "it" and objs[0].i == verb.i + 1 and not places


_TALKING = frozenset(("speak", "talk", "testify", "chant", "shout", "continue"))  # "as the minister spoke, ...": a
# time, not a source


def as_clause(doc: Doc) -> list[Reported]:
    """A speech verb in a comma-set as-clause ("As the minister noted, the economy is growing", "The talks are
    dead, as one official put it"): the clause it is set in is what was said, the as-clause says who said it.
    The as-clause has its own subject and no content of its own; a comparison ("as rich as he says") is no
    such clause (it is not set off by a comma or the sentence start)."""
    found: list[Reported] = []
    dep = token_column(doc, DEP)
    for i in range(len(doc)):
        if dep[i] != "advcl":
            continue
        verb = doc[i]
        first = verb.left_edge
        if (
            verb.dep_ != "advcl"
            or first.lower_ != "as"
            or first.dep_ != "mark"
            or verb.head.pos_ not in ("VERB", "AUX")
        ):
            continue
        row = verb_cue(verb)
        said = put_it(verb) or (
            row is not None
            and not row.relay
            and not row.agent
            and verb.lemma_.lower() not in _TALKING
            and verb.tag_ != "VBG"
            and content_child(verb) is None
        )
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)  # "as it is written": a text, no one
        sent = verb.sent
        before_ok = first.i == sent.start or doc[first.i - 1].text in (",", "—", "–")
        after = verb.right_edge.i + 1
        after_ok = after >= sent.end or doc[after].text in (",", ".", "—", "–", ":") or doc[after].is_quote
        if not said or subj is None or subj.tag_ in ("WP", "WDT") or not (before_ok and after_ok):
            continue
        head = verb.head
        if first.i <= head.i <= verb.right_edge.i:
            continue
        if head.i > verb.i:
            start, end = _trim(doc, after, min(head.right_edge.i + 1, sent.end))
        else:
            start, end = _trim(doc, _skip_connective(doc, max(sent.start, head.left_edge.i), first.i), first.i)
        if end - start < 2:
            continue
        group = verb_group(verb)
        cue = doc[group.start : verb.i + 2] if put_it(verb) else group
        found.append(Reported(cue, subj, doc[start:end]))
    return found


def _noun_content(noun: Token) -> Token | None:
    """The clause a cue noun introduces: a that-clause ("his claim that ...") or, where the noun takes one, a
    to-infinitive ("her decision to resign")."""
    row = noun_lexicon().get(noun.lemma_.lower())
    if row is None:
        return None
    for child in noun.children:
        if child.dep_ not in ("acl", "ccomp") or child.i < noun.i:
            continue
        marks = [c.lower_ for c in child.lefts]
        if "that" in marks or (row.to and "to" in marks):
            return child
    return None


def noun_cues(doc: Doc) -> list[Reported]:
    """Nominal cues with a possessor who holds them: "his claim that ...", "the minister's decision to ...".
    Without a possessor that names a person or group the noun is not attributed ("the claim that ...")."""
    found: list[Reported] = []
    pos, lemma, nouns = token_column(doc, POS), token_column(doc, LEMMA), noun_lexicon()
    for i in range(len(doc)):
        if pos[i] != "NOUN" or lemma[i].lower() not in nouns:
            continue  # no cue noun: _noun_content would find no clause
        tok = doc[i]
        child = _noun_content(tok)
        holder = next((c for c in tok.children if c.dep_ == "poss"), None)
        if child is None or holder is None or not is_agent_possessor(holder):
            continue
        start, end = _trim(doc, child.left_edge.i, child.right_edge.i + 1)
        if end - start >= 2:
            found.append(Reported(doc[tok.i : tok.i + 1], holder, doc[start:end]))
    return found


_ADJ_PREPS = ("of", "about", "to", "with")  # "critical of", "worried about", "opposed to", "frustrated with"


def _adjective_content(adj: Token, copula: Token) -> Token | None:
    """What a stance adjective is about: its that-clause, its to-infinitive or the object of its preposition."""
    row = adjective_lexicon()[adj.lower_]
    kids = [c for c in [*adj.children, *copula.children] if c.i > adj.i]
    for child in kids:
        if child.dep_ == "ccomp":
            return child
    if row.to:
        for child in kids:
            if child.dep_ == "xcomp" and any(c.lower_ == "to" for c in child.lefts):
                return child
    if row.object:
        for child in adj.children:
            if child.dep_ == "prep" and child.lower_ in _ADJ_PREPS and child.i == adj.i + 1:
                objs = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
                if objs:
                    return objs[0]
    return None


def adjective_cues(doc: Doc) -> list[Reported]:
    """Stances and beliefs told by a copula and an adjective ("The senator is critical of the plan", "They
    were sure that ...", "He is ready to ..."), with a subject that names a person or group. A participle of
    feeling used as such ("were frustrated that ...") counts too; an infinitive ("just to be sure") does not."""
    found: list[Reported] = []
    lower, adjectives = token_column(doc, LOWER), adjective_lexicon()
    for i in range(len(doc)):
        if lower[i] not in adjectives:
            continue
        adj = doc[i]
        if adj.dep_ == "acomp" and adj.head.lemma_ == "be" and not any(c.lower_ == "to" for c in adj.head.lefts):
            copula = adj.head
        elif adj.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in adj.children):
            copula = adj
        else:
            continue
        subj = subject_of(copula)
        child = _adjective_content(adj, copula)
        if subj is None or child is None or subj.i > adj.i or not is_agent(subj):
            continue
        start, end = _trim(doc, child.left_edge.i, child.right_edge.i + 1)
        if end - start < 1 or (end - start < 2 and child.dep_ not in ("pobj", "pcomp")):
            continue
        group = verb_group(copula)
        cue_end = child.head.i + 1 if child.dep_ in ("pobj", "pcomp") else adj.i + 1
        found.append(Reported(doc[group.start : cue_end], subj, doc[start:end]))
    return found

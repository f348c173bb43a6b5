"""Stage ``eventwire_quotes``: who said what, direct and reported, with the speaker resolved to an entity.

``extract_quotes(doc)`` returns :class:`~eventwire.records.Quote` records:

- ``direct``: words between quotation marks (``quoting.marks``), attributed through the cue next to them:
  after the quote in its sentence ("“...,” he said"), else before it ("He said: “...”", or a sentence ending
  with a colon just before); a cue whose own words follow it ("On “Show,” she said the plan ...") takes no
  quote before it. A quote without a cue of its own continues the attribution of the previous quote or
  finite reported speech of its paragraph (or of the last quote of the paragraph before, when the quote
  opens its paragraph; a heading paragraph in single marks continues no one). A quote signed
  with a dash at the end of its paragraph ("“...” ― Jane Roe") and a transcript or headline line
  "NAME: words" are direct quotes too (the dash or the colon is the cue).
- ``partial``: a few quoted words inside a clause ("revenge against the American “criminals”"); the speaker
  is the one of the reported speech that contains them, else of the speech verb that governs them.
  Quoted words with no speech verb around them (titles, scare quotes) are not quotes, nor is a capitalised
  title after a preposition or possessive, even beside a speech verb ("said on NBC's “Meet the Press.”").
- ``indirect``: reported speech on the parse (``quoting.reported``): "X said (that) ...", "..., X said",
  "X denied ...", "X vowed to ...", "X told Y to ...", "X said so", "The plan, X said, ...", "according to X,
  ...", "Y was reported by X". A cue is the verb with its auxiliaries ("has also said"), and with the words its
  subject is reached through ("issued a statement saying", "was quick to add"); a speaker is the subject's
  noun phrase with its appositions.

When the words are passed on by someone else, ``medium`` names who: the subject of a relay verb ("TV channel
Y quoted X"), an "according to Z" beside another cue, or the outer speaker of nested reported speech
("X said ..., Reuters reported"). Quotes are returned in text order; every span is an offset range of the
text.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..records import Quote, Speaker, TextSpan
from . import doc_text
from .quoting.cues import adjective_lexicon, is_according_to, verb_cue, verb_group
from .quoting.marks import (
    CLOSE_DOUBLE,
    CLOSE_SINGLE,
    OPEN_DOUBLE,
    OPEN_SINGLE,
    STRAIGHT_DOUBLE,
    STRAIGHT_SINGLE,
    Marked,
    find_marked,
)
from .quoting.reported import (
    Reported,
    according_to,
    adjective_cues,
    as_clause,
    content_child,
    made_clear,
    noun_cues,
    put_it,
    speech_verbs,
)
from .quoting.speakers import can_hold, cue_group, phrase_of, resolve, speaker_from, subject_of, text_nouns


@dataclass
class _Attribution:
    speaker: Speaker
    cue: TextSpan
    medium: str | None = None
    at: int = -1  # where the quote that made it ends (for continuing it)


def _tspan(span: Span) -> TextSpan:
    return TextSpan(span.text, span.start_char, span.end_char)


def _paragraph_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer("\n", text)]


def _para(starts: list[int], pos: int) -> int:
    return bisect.bisect_right(starts, pos) - 1


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _attribution_of(tok: Token, quote_range: tuple[int, int]) -> _Attribution | None:
    """The attribution a cue token makes, if its speaker lies outside the quote."""
    doc = tok.doc
    lo, hi = quote_range
    if is_according_to(tok):
        objs = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj"]
        if not objs or lo <= objs[0].idx < hi:
            return None
        return _Attribution(speaker_from(objs[0]), _tspan(doc[tok.i : tok.i + 2]))
    if put_it(tok):  # “...,” as one official put it
        said_by = subject_of(tok)
        if said_by is None or lo <= said_by.idx < hi:
            return None
        return _Attribution(speaker_from(said_by, tok), _tspan(doc[verb_group(tok).start : tok.i + 2]))
    text_said = _text_reads(tok, quote_range)
    if text_said is not None:
        return text_said
    cue = verb_cue(tok)
    if cue is None:
        return None
    if cue.relay:
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        subj = subject_of(tok)
        if not objs or lo <= objs[0].idx < hi:
            return None
        medium = phrase_of(subj).text if subj is not None else None
        return _Attribution(speaker_from(objs[0]), _tspan(cue_group(tok)), medium)
    if not cue.object and tok.lemma_ != "tell" and any(_object_of_its_own(c, tok, quote_range) for c in tok.children):
        return None  # "maintains connections": the verb has an object, so it does not introduce the quote
    if _said_before(tok, lo):
        return None
    subj = subject_of(tok)
    if _title_as_subject(subj, tok) if subj is not None else hi <= tok.idx:
        subj = _between_quote_and_cue(tok, hi)  # no subject, or a show's title taken for one
    if subj is None or lo <= subj.idx < hi or not can_hold(cue, subj):
        return None
    speaker = speaker_from(subj, tok)
    if not _one_paragraph(doc_text(doc), min(speaker.start, tok.idx), max(speaker.end, tok.idx)):
        return None
    return _Attribution(speaker, _tspan(cue_group(tok)))


def _said_before(verb: Token, quote_start: int) -> bool:
    """Whether a cue before a quotation has its own content, ended by the end of a sentence before it
    ("..., referring to the senator. “I'm sure he knows him.”"): the verb's words are said, so the
    quotation that follows is not its content (it continues the speech before, see ``_last_in_paragraph``).
    Quoted words that go on the same sentence ("told reporters that X and Y “will fail.”") stay its own."""
    child = content_child(verb)
    if child is None or verb.idx >= quote_start or child.i < verb.i:
        return False
    doc = verb.doc
    last = doc[child.right_edge.i]
    if last.is_punct or last.idx + len(last.text) > quote_start:
        return False
    between = doc.char_span(last.idx + len(last.text), quote_start, alignment_mode="expand")
    return between is not None and any(t.text in (".", "!", "?") for t in between)


def _title_as_subject(subj: Token, verb: Token) -> bool:
    """Whether the subject after the verb is a title in quotation marks (see ``_quoted_title``)."""
    phrase = phrase_of(subj, verb)
    return subj.i > verb.i and _quoted_title(doc_text(verb.doc), phrase.start_char, phrase.end_char)


def _between_quote_and_cue(verb: Token, quote_end: int) -> Token | None:
    """The speaker named between a quotation and its cue ('"...," Jane Roe, the mayor, said'), when the
    parser hung the name inside the quotation: the noun of those words whose head lies outside them."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None  # a finite verb of its own ("said"), not a participle ("known as ...") or an infinitive
    words = [t for t in doc[: verb_group(verb).start] if t.idx >= quote_end]
    if any(t.is_quote or "\n" in t.text for t in words):
        return None
    inside = {t.i for t in words}
    roots = [t for t in words if t.head.i not in inside and not t.is_punct]
    if len(roots) != 1 or roots[0].pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    if any(t.is_quote for t in phrase_of(roots[0], verb)):
        return None  # the phrase runs into the quotation: no clean name between
    return roots[0]


_OPEN_MARKS = OPEN_DOUBLE + STRAIGHT_DOUBLE + OPEN_SINGLE + STRAIGHT_SINGLE
_CLOSE_MARKS = CLOSE_DOUBLE + STRAIGHT_DOUBLE + CLOSE_SINGLE + STRAIGHT_SINGLE


def _quoted_title(text: str, start: int, end: int) -> bool:
    """Whether words after a cue are a quoted title ("said on Fox News's “Fox and Friends.”"): the parser
    takes the title for the subject after the verb, but a show, book or article named in marks is where the
    words were said, not who said them."""
    if start < 1 or text[start - 1] not in _OPEN_MARKS:
        return False
    rest = text[end : end + 3].lstrip(".,!?")
    return rest[:1] in _CLOSE_MARKS and rest[:1] != ""


def _text_reads(tok: Token, quote_range: tuple[int, int]) -> _Attribution | None:
    """ "..., the letter read." / "..., it reads.": a text "reads" the words it carries. "read" is no speech verb
    (people read reports), so it counts only with a text as subject (``quote_text_nouns.txt``, or "it") and no
    object of its own. (The tagger now and then takes a sentence-final "read" for a noun; its subject shows
    the verb.)"""
    if tok.lower_ not in ("read", "reads") and tok.lemma_.lower() != "read":
        return None
    if any(c.dep_ == "dobj" and not quote_range[0] <= c.idx < quote_range[1] for c in tok.children):
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or quote_range[0] <= subj.idx < quote_range[1]:
        return None
    if subj.lower_ != "it" and subj.lemma_.lower() not in text_nouns():
        return None
    return _Attribution(speaker_from(subj, tok), _tspan(verb_group(tok)))


def _object_of_its_own(child: Token, verb: Token, quote_range: tuple[int, int]) -> bool:
    """A direct object of the verb outside the quote, in the verb's paragraph, made of words (the parser now and
    then hangs the next paragraph's "___" on the verb)."""
    lo, hi = quote_range
    return (
        child.dep_ == "dobj"
        and not lo <= child.idx < hi
        and any(ch.isalnum() for ch in child.text)
        and _one_paragraph(doc_text(verb.doc), min(child.idx, verb.idx), max(child.idx, verb.idx))
    )


def _one_paragraph(text: str, start: int, end: int) -> bool:
    return "\n" not in text[start:end]


def _search(tokens: list[Token], quote_range: tuple[int, int]) -> _Attribution | None:
    """The first attribution made by a cue among ``tokens`` (nearest to the quote first); an "according to
    X" beside another cue names the medium."""
    found: _Attribution | None = None
    according: _Attribution | None = None
    for tok in tokens:
        att = _attribution_of(tok, quote_range)
        if att is None:
            continue
        if is_according_to(tok):
            according = according or att
        elif found is None:
            found = att
    if found is None:
        return according
    if according is not None:
        relay = according.speaker.text
        found.medium = f"{found.medium}, according to {relay}" if found.medium else relay
    return found


def _embedded(text: str, marked: Marked) -> bool:
    """Quoted words inside a clause: a word right before the opening mark, or a word right after a closing
    mark that does not end with punctuation (and does not hold whole sentences)."""
    i = marked.open - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i >= 0 and (text[i].isalnum() or text[i] in "%$"):
        return True
    start, end = marked.content(text)
    words = text[start:end].rstrip("’'”\"")  # a quotation inside the quotation closes first: “... ‘...,’”
    last = words[-1] if words else ""
    if _sentences(words):
        return False  # whole sentences are said, whatever follows the marks (“... reform. It is a tax'' for ...)
    j = marked.outer[1]
    while j < len(text) and text[j] in " \t":
        j += 1
    return j < len(text) and text[j].isalnum() and last not in ",.?!:;—–-…"


def _governing_cue(tok: Token, quote_range: tuple[int, int]) -> _Attribution | None:
    """The attribution of the speech verb whose content (clause, object, to-infinitive) holds ``tok``."""
    for anc in tok.ancestors:
        child = content_child(anc)
        same_para = _one_paragraph(doc_text(tok.doc), min(anc.idx, tok.idx), max(anc.idx, tok.idx))
        if child is not None and child.left_edge.i <= tok.i <= child.right_edge.i and same_para:
            att = _attribution_of(anc, quote_range)
            if att is not None:
                return att
    return None


def _frames(doc: Doc, marked: Marked, marks: list[Marked], starts: list[int]) -> tuple[list[Token], list[Token]]:
    """Tokens after the quote (to the end of its sentence) and before it (from its sentence start, or the
    sentence before when that one ends with a colon), never crossing another quote or a paragraph."""
    text = doc_text(doc)
    first, last = _token_at(doc, marked.open), _token_at(doc, marked.close)
    if first is None or last is None:
        return [], []
    para_open, para_close = _para(starts, marked.open), _para(starts, marked.close)
    para_lo = starts[para_open]
    para_hi = starts[para_close + 1] - 1 if para_close + 1 < len(starts) else len(text)
    prev_close = max((m.outer[1] for m in marks if m.close < marked.open), default=0)
    next_open = min((m.open for m in marks if m.open > marked.close), default=len(text))
    sent_end = last.sent.end
    _, end = marked.content(text)
    if last.i + 1 == sent_end and sent_end < len(doc) and text[end - 1 : end] in ("?", "!", ","):
        sent_end = doc[sent_end].sent.end  # “...?” she asked. (the question mark ended the parser's sentence)
    hi_char = min(doc[sent_end - 1].idx + len(doc[sent_end - 1]), next_open, para_hi)
    after = [t for t in doc[last.i + 1 : sent_end] if t.idx < hi_char and not t.is_space]
    lo_char = max(first.sent.start_char, prev_close, para_lo)
    before = [t for t in doc[first.sent.start : first.i] if t.idx >= lo_char and not t.is_space]
    if not before and first.sent.start > 0:
        prev = doc[first.sent.start - 1].sent
        words = [t for t in prev if not t.is_space]
        if words and words[-1].text == ":" and prev.start_char >= prev_close:
            before = words
    if not before:
        before = _colon_line_above(doc, first, prev_close)
    return after, list(reversed(before))


def _colon_line_above(doc: Doc, first: Token, prev_close: int) -> list[Token]:
    """The words of a line that ends with a colon right above a quote that opens its paragraph ("He said:", blank
    line, then the quoted paragraph), when the parser made one sentence of the two."""
    i = first.i - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0 or doc[i].text != ":" or "\n" not in doc[i + 1 : first.i].text + doc[i].whitespace_:
        return []
    colon = doc[i]
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, colon.idx) + 1
    lo = max(line_start, prev_close, colon.sent.start_char)
    return [t for t in doc[colon.sent.start : colon.i + 1] if t.idx >= lo and not t.is_space]


_DASH_NAME = re.compile(r"[ \t\xa0]*([―—–])[ \t\xa0]*([A-Z][^\n―—–“”\"]{1,60}?)[ \t\xa0.]*(?:\n|$)")
_LABEL = re.compile(r"[ \t]*[\"“]?([A-Z][\w.’'\- ]{0,40}?)[ \t]*(:)[ \t]+(\S[^\n]*)")


def _sentences(words: str) -> bool:
    """Whether the words hold a sentence end before their last one (a turn of several sentences)."""
    return re.search(r"[.?!][”’\"']?\s+\S", words) is not None


def _speaker_at(doc: Doc, start: int, end: int) -> Speaker | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return Speaker(span.text, span.start_char, span.end_char, resolve(doc, span) or _by_surname(doc, span.text))


def _by_surname(doc: Doc, words: str) -> str | None:
    """A person entity whose last name is these words (transcripts write "PENCE:")."""
    last = words.strip().lower()
    for e in doc._.entities or []:
        if e.kind == "person" and e.name.lower().split()[-1:] == [last]:
            return e.id
    return None


def _dash_signature(doc: Doc, after: int, starts: list[int]) -> _Attribution | None:
    """A quote signed with a dash and a name at the end of its paragraph ("“...” ― Jane Roe")."""
    m = _DASH_NAME.match(doc_text(doc), after)
    if m is None:
        return None
    speaker = _speaker_at(doc, m.start(2), m.end(2))
    if speaker is None:
        return None
    return _Attribution(speaker, TextSpan(m.group(1), m.start(1), m.end(1)))


_HEADLINE_SOURCES = frozenset(("poll", "survey", "study", "report"))  # "Poll: Clinton leads in Ohio": a headline
# that states what a poll, survey, study or report found


def _label_quotes(doc: Doc, starts: list[int]) -> list[Quote]:
    """Transcript and headline lines "NAME: words": the name is a person or organisation mentioned in the
    text, a mentioned person's surname, a capitalised label that takes several turns, or a headline's "Poll:"
    ("Report:", "Study:", "Survey:"); the words up to the end of the paragraph are theirs."""
    text = doc_text(doc)
    found = []
    matches = [m for m in (_LABEL.match(text, start) for start in starts) if m and len(m.group(1).split()) <= 5]
    labels = Counter(m.group(1) for m in matches)  # a transcript gives the same speaker several turns
    for m in matches:
        label_start, label_end = m.start(1), m.end(1)
        mentioned = any(
            mm.start < label_end and label_start < mm.end and mm.label in ("PERSON", "ORG")
            for mm in doc._.mentions or []
        )
        known = _by_surname(doc, m.group(1)) or (m.group(1).isupper() and labels[m.group(1)] > 1)
        known = known or m.group(1).lower() in _HEADLINE_SOURCES
        if not mentioned and not known:
            continue
        label = doc.char_span(label_start, label_end, alignment_mode="expand")
        if label is not None and len(label) > 1 and (verb_cue(label[-1]) is not None or put_it(label[-2])):
            continue  # "Jane Roe added: ...", "As Roe put it: ...": a speaker and a cue, attributed as such
        speaker = _speaker_at(doc, label_start, label_end)
        if speaker is None:
            continue
        c_start, c_end = m.start(3), m.end(3)
        while c_end > c_start and text[c_end - 1].isspace():
            c_end -= 1
        last_word = text[c_start:c_end].split()[-1] if c_end > c_start else ""
        if last_word.endswith(".") and "." not in last_word[:-1] and not _sentences(text[c_start : c_end - 1]):
            c_end -= 1  # one sentence: the full stop ends the line, not the words (no quotation marks hold it
            # in); an abbreviation ("S.C.") keeps its own
        cue = TextSpan(":", m.start(2), m.end(2))
        found.append(Quote(c_start, c_end, text[c_start:c_end], "direct", speaker, cue))
    return found


def _direct_quotes(doc: Doc, marks: list[Marked], reported: list[tuple[Reported, Quote]]) -> list[Quote]:
    text = doc_text(doc)
    starts = _paragraph_starts(text)
    quotes: list[Quote] = []
    last_by_para: dict[int, _Attribution] = {}
    for marked in marks:
        start, end = marked.content(text)
        if end - start < 2:
            continue
        outer = marked.outer
        kind = "partial" if _embedded(text, marked) and not marked.reopened else "direct"
        if kind == "partial" and _named_title(text, outer[0], start, end):
            continue
        att: _Attribution | None = None
        if kind == "partial":
            holders = [q for _, q in reported if q.start <= outer[0] and outer[1] <= q.end + 1 and q.speaker]
            if holders:
                holder = min(holders, key=lambda q: q.end - q.start)
                assert holder.speaker is not None
                att = _Attribution(holder.speaker, holder.cue or TextSpan("", 0, 0), holder.medium)
            else:
                first = _token_at(doc, start)
                att = _governing_cue(first, outer) if first is not None else None
        if att is None and (kind == "direct" or text[end - 1 : end] in (",", ".", "?", "!")):
            after, before = _frames(doc, marked, marks, starts)  # partial: only a quote that ends a clause
            onward = next((k for k, t in enumerate(after) if _reports_onward(t, outer)), len(after))
            att = _search(after[:onward], outer)
            if att is None or (before and before[0].text == ":" and att.speaker.start < outer[0]):
                # "X said: “...”, adding ...": the colon hands the quote to X, unless a speaker named after the
                # quote claims it (“...,” he added)
                att = _search(before, outer) or att
        para = _para(starts, marked.open)
        if att is None and kind == "direct":
            att = _dash_signature(doc, marked.outer[1], starts)
        if att is None and kind == "direct":
            att = _last_in_paragraph(last_by_para.get(para), reported, starts, para, marked.open)
            if att is None and not text[starts[para] : marked.open].strip() and not _heading(text, marked, starts):
                earlier = [p for p in last_by_para if p < para]
                if earlier and not any(text[starts[p] : starts[p + 1]].strip() for p in range(max(earlier) + 1, para)):
                    att = last_by_para[max(earlier)]
        if att is None:
            continue
        if kind == "direct":
            last_by_para[_para(starts, marked.close)] = _Attribution(att.speaker, att.cue, att.medium, marked.close)
        quotes.append(Quote(start, end, text[start:end], kind, att.speaker, att.cue, att.medium))
    return quotes


_TITLE_BEFORE = re.compile(r"(?:\b(?:on|in|of|from|to|titled|called|named)|['’]s)\s*$", re.IGNORECASE)
_MINOR_WORDS = frozenset(("a", "an", "the", "and", "or", "of", "on", "in", "to", "for", "at", "with", "by"))


def _named_title(text: str, open_at: int, start: int, end: int) -> bool:
    """Whether quoted words are the title of a show, book or article ("said on NBC's “Meet the Press.”",
    "in his book “The Art of the Deal”"): a few words that all start with a capital (short function words
    aside), right after a preposition, a possessive or "titled"/"called". A title names a work; nobody is
    quoted by it."""
    words = re.findall(r"[\w'’-]+", text[start:end])
    if not words or len(words) > 8:
        return False
    if not all(w[0].isupper() or w[0].isdigit() or w.lower() in _MINOR_WORDS for w in words):
        return False
    return _TITLE_BEFORE.search(text[max(0, open_at - 12) : open_at]) is not None


def _last_in_paragraph(
    direct: _Attribution | None, reported: list[tuple[Reported, Quote]], starts: list[int], para: int, pos: int
) -> _Attribution | None:
    """The attribution a quote without a cue of its own continues: the last speech of its paragraph before
    it, direct or reported ("The plan failed, she said. “It was doomed.”": the words go on in her voice)."""
    last = direct
    for rep, q in reported:
        if q.speaker is None or q.end > pos or _para(starts, q.start) != para or not _finite_speech(rep.cue):
            continue
        if last is None or q.end > last.at:
            last = _Attribution(q.speaker, q.cue or TextSpan("", 0, 0), q.medium, q.end)
    return last


def _heading(text: str, marked: Marked, starts: list[int]) -> bool:
    """A paragraph that is only a short phrase in single marks ("‘All Bets Are Off.’"): a section heading
    quoting the story, not the next words of the last speaker (a continued quotation reopens with the double
    marks it was opened with)."""
    para = _para(starts, marked.open)
    end = starts[para + 1] - 1 if para + 1 < len(starts) else len(text)
    start, stop = marked.content(text)
    return marked.single and not text[marked.outer[1] : end].strip() and len(text[start:stop].split()) <= 8


def _reports_onward(tok: Token, quote_range: tuple[int, int]) -> bool:
    """A cue after a quote whose own content follows it ("On “Meet the Press,” she said the plan ...", "“Fine,”
    he said, he told reporters that ..."): its words are the clause after it, not the quotation before."""
    child = content_child(tok)
    if child is None or child.i < tok.i or child.left_edge.idx < quote_range[1]:
        return False
    first = child.left_edge
    quoted = first.is_quote or (first.i > 0 and first.nbor(-1).is_quote)  # “...,” he said, “...”: one quotation
    return not quoted


def _finite_speech(cue_words: Span) -> bool:
    """A cue that tells a speech act as a clause of its own ("she said", "he added"), not an attitude ("he
    believes") or a participle or infinitive that hangs on another clause ("..., adding", "to explain")."""
    root = cue_words.root
    return root.tag_ in ("VBD", "VBZ", "VBP") and not _is_attitude(cue_words)


def _close_open_quote(content: Span, marks: list[Marked]) -> Span:
    """Reported speech that ends inside a quotation ("... is “unfit to serve.”") ends with it, and a reported
    clause that hands on to a quotation with a colon takes the quotation in."""
    end = content.end_char
    text = doc_text(content.doc)
    clause = content.root.pos_ in ("VERB", "AUX")  # not an addressee ("scolded him: “...”")
    for m in marks:
        if content.start_char <= m.open < end <= m.close:
            end = m.outer[1]
        elif m.open >= end and not text[end : m.open].strip() and content[-1].pos_ in ("ADP", "VERB", "AUX", "DET"):
            end = m.outer[1]  # "... blamed for focusing on “he said this”": the sentence goes on in the quote
        elif m.open >= end and text[end : m.open].strip() == ":" and "\n" not in text[end : m.open] and clause:
            end = m.outer[1]  # "... she has what it takes: “a steady hand.”": the colon hands on to the quote
    if end == content.end_char:
        return content
    return content.doc.char_span(content.start_char, end, alignment_mode="expand") or content


def _in_cue_paragraph(content: Span, cue: Span) -> Span:
    """The part of reported content that lies in the cue's paragraph (a paragraph break ends a sentence, whatever
    the parser made of it)."""
    text = doc_text(content.doc)
    lo = text.rfind("\n", 0, cue.start_char) + 1
    hi = text.find("\n", cue.end_char)
    hi = len(text) if hi < 0 else hi
    tokens = [t for t in content if lo <= t.idx and t.idx + len(t) <= hi and not t.is_space]
    while tokens and tokens[-1].is_punct and not tokens[-1].is_quote:
        tokens.pop()
    while tokens and tokens[0].is_punct and not tokens[0].is_quote:
        tokens.pop(0)
    return content.doc[tokens[0].i : tokens[-1].i + 1] if tokens else content.doc[cue.start : cue.start]


def _words_outside_marks(text: str, start: int, end: int, marks: list[Marked]) -> bool:
    """Whether the span has words that are not inside quotation marks ("that “...”" has one)."""
    inside = [False] * (end - start)
    for m in marks:
        for i in range(max(start, m.open), min(end, m.outer[1])):
            inside[i - start] = True
    return any(text[start + k].isalnum() for k, flag in enumerate(inside) if not flag)


def _reported_quotes(doc: Doc, marks: list[Marked]) -> list[tuple[Reported, Quote]]:
    verbs = speech_verbs(doc)
    found: list[tuple[Reported, Quote]] = []
    for rep in verbs + according_to(doc) + noun_cues(doc) + adjective_cues(doc) + made_clear(doc) + as_clause(doc):
        c = rep.content
        if not _words_outside_marks(doc_text(doc), c.start_char, c.end_char, marks):
            continue  # the words are a direct quote: attributed there
        c = _close_open_quote(c, marks)
        speaker = speaker_from(rep.speaker)
        verb = rep.cue[0]
        if speaker.start < verb.idx < speaker.end and not rep.speaker.is_ancestor(verb):
            speaker = speaker_from(rep.speaker, verb)  # words after the cue hung on the subject: cut there
        if not _one_paragraph(doc_text(doc), c.start_char, c.end_char):
            c = _in_cue_paragraph(c, rep.cue)  # the parser ran the sentence on over a paragraph break
        lo = min(c.start_char, speaker.start, rep.cue.start_char)
        hi = max(c.end_char, speaker.end, rep.cue.end_char)
        if not len(c) or not _one_paragraph(doc_text(doc), lo, hi):
            continue
        if speaker.start < c.end_char and c.start_char < speaker.end:
            continue
        q = Quote(c.start_char, c.end_char, c.text, "indirect", speaker, _tspan(rep.cue))
        found.append((rep, q))
    # Nested reported speech ("X vowed ..., Reuters reported"): the outer content is the inner speech act
    # (its head is the inner cue), so the outer speaker passed the inner words on: the inner quote names it
    # as medium, and the outer one stays a quote of its own (Reuters did report that X vowed). A belief or
    # intention inside reported speech ("X said he plans to ...") is part of what X said, not a second
    # attribution.
    nested: set[int] = set()
    facts = [_Facts.of(rep) for rep, _ in found]  # read once: the pairs below ask for them n * n times
    for i, (fo, (_, oq)) in enumerate(zip(facts, found, strict=True)):
        for j, (fi, (_, iq)) in enumerate(zip(facts, found, strict=True)):
            inside = fo.content_start <= fi.cue_start and fi.cue_end <= fo.content_end
            if i != j and inside and fi.attitude and not fo.attitude:
                nested.add(j)  # "X said that although the loss is felt by Iran, ...": part of what X said
            if i != j and oq.speaker and _tags(fo, fi) and not _same_speaker(oq, iq):
                iq.medium = iq.medium or oq.speaker.text  # "adding that ..., Reuters reported"
            if i == j or not fi.cue_start <= fo.content_root < fi.cue_end or not oq.speaker:
                continue
            if fi.attitude:
                nested.add(j)
            elif not fo.attitude and not _same_speaker(oq, iq):
                # an intention to speak ("refused to say that ...") or a speaker repeating
                # themselves passes nothing on: no medium
                iq.medium = iq.medium or oq.speaker.text
    # "according to Z" in a sentence with another speech cue names the medium of the other quotes, and stays an
    # attribution of its own (Z is the source of the whole report).
    for i, (rep, q) in enumerate(found):
        if rep.cue[0].lower_ != "according" or i in nested:
            continue
        sent = rep.cue.sent
        others = [
            oq
            for j, (orep, oq) in enumerate(found)
            if j != i and orep.cue[0].lower_ != "according" and orep.cue.sent == sent
        ]
        if others:
            assert q.speaker is not None
            for oq in others:
                oq.medium = oq.medium or q.speaker.text
    return [pair for i, pair in enumerate(found) if i not in nested]


@dataclass(frozen=True)
class _Facts:
    """What the comparison of two reported quotes reads of each: token bounds of the cue and the content, the
    content's root, the head of the cue's root when that root is a clausal complement, and whether the cue is
    an attitude."""

    cue_start: int
    cue_end: int
    content_start: int
    content_end: int
    content_root: int
    ccomp_head: int | None
    attitude: bool

    @classmethod
    def of(cls, rep: Reported) -> _Facts:
        verb = rep.cue.root
        return cls(
            rep.cue.start,
            rep.cue.end,
            rep.content.start,
            rep.content.end,
            rep.content.root.i,
            verb.head.i if verb.dep_ == "ccomp" else None,
            _is_attitude(rep.cue),
        )


def _tags(outer: _Facts, inner: _Facts) -> bool:
    """The outer cue is a source tag after the inner quote's content that the parser hung on the inner cue
    ("X vowed ..., adding that the army will win, Reuters reported": "reported" under "adding")."""
    return (
        outer.ccomp_head is not None
        and inner.cue_start <= outer.ccomp_head < inner.cue_end
        and inner.content_end <= outer.cue_start
        and not outer.attitude
    )


def _is_attitude(cue_words: Span) -> bool:
    """A cue of belief, feeling or intention (holder ``agent`` in the lexicon: "believes", "plans to", "is
    sure")."""
    cue = verb_cue(cue_words.root)
    return (cue is not None and cue.agent) or any(t.lower_ in adjective_lexicon() for t in cue_words)


def extract_quotes(doc: Doc) -> list[Quote]:
    marks = find_marked(doc_text(doc))
    reported = _reported_quotes(doc, marks)
    direct = _direct_quotes(doc, marks, reported)
    labelled = _label_quotes(doc, _paragraph_starts(doc_text(doc)))
    quotes: dict[tuple[int, int], Quote] = {}
    for q in labelled + direct + [q for _, q in reported]:
        quotes.setdefault((q.start, q.end), q)
    kept = [q for q in quotes.values() if not _relay_of_another(q, direct)]
    return sorted(kept, key=lambda q: (q.start, q.end))


def _same_speaker(a: Quote, b: Quote) -> bool:
    if a.speaker is None or b.speaker is None:
        return False
    same_words = a.speaker.start == b.speaker.start and a.speaker.end == b.speaker.end
    return same_words or (a.speaker.entity is not None and a.speaker.entity == b.speaker.entity)


def _relay_of_another(q: Quote, direct: list[Quote]) -> bool:
    """A reported quote whose content holds a direct quote's cue and whose speaker is that quote's medium
    ('"...," al-Ahd quoted Khazali, according to The New York Times'): the chain of who relayed the direct
    quote, already in its ``medium``, not new words of The New York Times."""
    if q.kind != "indirect" or q.speaker is None:
        return False
    return any(
        d.cue is not None and q.start <= d.cue.start and d.cue.end <= q.end and q.speaker.text in (d.medium or "")
        for d in direct
    )


class QuotesStage:
    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = extract_quotes(doc)
        return doc


@Language.factory("eventwire_quotes", requires=["doc._.mentions"], assigns=["doc._.quotes"])
def make_quotes_stage(nlp: Language, name: str) -> QuotesStage:
    return QuotesStage()

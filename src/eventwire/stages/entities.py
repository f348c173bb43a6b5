"""Stage ``eventwire_entities``: named-entity spans, the model's NER corrected by the actor dictionary.

Placed before the model's ``ner`` so that dictionary names (Arabic names the small model splits or
mislabels, "Kata'ib Hezbollah") are fixed spans the model keeps. Every name and alias is a phrase, label
PERSON/ORG/NORP from the entry's kind, the entry id as ``ent_id``. Phrases match in lower case with the
apostrophe spellings (' ’ ‘ or none) and with or without the hyphen after "al"; acronyms and short aliases
("PMF", "U.N.") match case-sensitively.
States, capitals and nationality words are left to the model (they are places as often as actors) and are
resolved by the actors stage.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..actor_dictionary import ActorDictionary, load_dictionary

PLACEMENT = {"before": "ner"}
_APOS = ("'", "’", "‘", "`")
_AL_HYPHEN = re.compile(r"\b([Aa]l|[Ee]l)-")


def _case_sensitive(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return len(alias) <= 4 or (bool(letters) and all(c.isupper() for c in letters))


def alias_variants(alias: str) -> list[str]:
    """The spellings of one dictionary name that are matched: with and without the hyphen after "al"/"el"
    and, for names matched in lower case, with each apostrophe written ' ’ ‘ or left out. A leading "the"
    is dropped; names under three letters give nothing."""
    text = alias.strip()
    if text.lower().startswith("the ") and len(text) > 4:
        text = text[4:].strip()
    if len(re.sub(r"\W", "", text)) < 3:
        return []
    forms = {text, _AL_HYPHEN.sub(r"\1 ", text)}
    if not _case_sensitive(alias):
        with_apos = set()
        for form in forms:
            bare = form
            for a in _APOS:
                bare = bare.replace(a, "\x00")
            with_apos |= {bare.replace("\x00", a) for a in ("'", "’", "‘", "")}
        forms = with_apos
    return sorted(forms)


class EntitiesStage:
    """Dictionary names as entity spans, found with two ``PhraseMatcher`` s (lower case and exact case).

    A phrase matcher looks each token up in a table, so its cost does not grow with the number of names the
    way a token-pattern ``EntityRuler`` does (one state per pattern per token): with the bundled dictionary
    this stage went from about 30 ms to under 2 ms an article. Overlapping matches keep the longest (then the
    first); entities already on the Doc that overlap a match are replaced by it."""

    def __init__(self, nlp: Language, dictionary: ActorDictionary) -> None:
        self.dictionary = dictionary
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.keys: dict[int, tuple[str, str]] = {}  # match id -> (label, entry id)
        for e in dictionary.entries.values():
            if e.kind == "country":
                continue
            key = f"eventwire_entity:{e.label}:{e.id}"
            self.keys[nlp.vocab.strings.add(key)] = (e.label, e.id)
            for alias in dict.fromkeys([e.name, *e.aliases]):
                matcher = self.exact if _case_sensitive(alias) else self.lower
                docs = [nlp.make_doc(v) for v in alias_variants(alias)]
                if docs:
                    matcher.add(key, docs)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for match_id, start, end in [*self.lower(doc), *self.exact(doc)]:
            label, entry_id = self.keys[match_id]
            spans.append(Span(doc, start, end, label=label, span_id=entry_id))
        if not spans:
            return doc
        found = filter_spans(spans)
        taken = {i for span in found for i in range(span.start, span.end)}
        kept = [e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))]
        doc.ents = sorted([*kept, *found], key=lambda s: s.start)
        return doc


@Language.factory("eventwire_entities", assigns=["doc.ents"], default_config={"actors": ""})
def make_entities_stage(nlp: Language, name: str, actors: str) -> EntitiesStage:
    """``actors``: user dictionary files (TSV, YAML or CAMEO .txt), separated by os.pathsep."""
    return EntitiesStage(nlp, load_dictionary(actors or None))

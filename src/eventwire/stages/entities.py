"""Stage ``eventwire_entities``: named-entity spans, the model's NER corrected by the actor dictionary.

Placed before the model's ``ner`` so that dictionary names (Arabic names the small model splits or
mislabels, "Kata'ib Hezbollah") are fixed spans the model keeps. The names reach spaCy through an
``EntityRuler``: one token pattern per name and alias, label PERSON/ORG/NORP from the entry's kind, the
entry id as ``ent_id``. Patterns match in lower case with the apostrophe spellings (' ’ or none) and an
optional hyphen after "al"; acronyms and short aliases ("PMF", "U.N.") match case-sensitively.
States, capitals and nationality words are left to the model (they are places as often as actors) and are
resolved by the actors stage.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc

from ..actor_dictionary import ActorDictionary, load_dictionary

PLACEMENT = {"before": "ner"}
_APOS = ("'", "’", "‘", "`")


def _token_variants(text: str) -> list[str]:
    low = text.lower()
    if not any(a in low for a in _APOS):
        return [low]
    bare = low
    for a in _APOS:
        bare = bare.replace(a, "\x00")
    return sorted({bare.replace("\x00", a) for a in ("'", "’", "‘", "")})


def _case_sensitive(alias: str) -> bool:
    letters = [c for c in alias if c.isalpha()]
    return len(alias) <= 4 or (bool(letters) and all(c.isupper() for c in letters))


def alias_pattern(nlp: Language, alias: str) -> list[dict[str, Any]] | None:
    """A token pattern for one dictionary name, or None when it should not be a pattern."""
    words = [t.text for t in nlp.make_doc(alias.strip())]
    if words and words[0].lower() == "the" and len(words) > 1:
        words = words[1:]
    if not words or len("".join(words)) < 3:
        return None
    exact = _case_sensitive(alias)
    pattern: list[dict[str, Any]] = []
    for i, w in enumerate(words):
        if w == "-" and i > 0 and words[i - 1].lower() in ("al", "el"):
            pattern.append({"ORTH": "-", "OP": "?"})
        elif exact:
            pattern.append({"ORTH": w})
        else:
            variants = _token_variants(w)
            pattern.append({"LOWER": variants[0]} if len(variants) == 1 else {"LOWER": {"IN": variants}})
    return pattern


def ruler_patterns(nlp: Language, dictionary: ActorDictionary) -> list[dict[str, Any]]:
    """EntityRuler patterns for every person, organization and group of the dictionary."""
    patterns: list[dict[str, Any]] = []
    for e in dictionary.entries.values():
        if e.kind == "country":
            continue
        for alias in dict.fromkeys([e.name, *e.aliases]):
            pattern = alias_pattern(nlp, alias)
            if pattern:
                patterns.append({"label": e.label, "pattern": pattern, "id": e.id})
    return patterns


class EntitiesStage:
    def __init__(self, nlp: Language, dictionary: ActorDictionary) -> None:
        self.dictionary = dictionary
        self.ruler = EntityRuler(nlp, name="eventwire_entity_ruler", overwrite_ents=True)
        self.ruler.add_patterns(ruler_patterns(nlp, dictionary))

    def __call__(self, doc: Doc) -> Doc:
        return self.ruler(doc)


@Language.factory("eventwire_entities", assigns=["doc.ents"], default_config={"actors": ""})
def make_entities_stage(nlp: Language, name: str, actors: str) -> EntitiesStage:
    """``actors``: user dictionary files (TSV, YAML or CAMEO .txt), separated by os.pathsep."""
    return EntitiesStage(nlp, load_dictionary(actors or None))

"""Fatalities and injuries stated in a sentence: "killing 6 civilians", "four ... were slain", "at least 12
dead", "the death toll rose to 30", "no injuries" (0), "wounding two others"."""

from __future__ import annotations

import re

_NUM_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a dozen": 12, "dozens": 24,
    "a": 1, "an": 1,
}  # fmt: skip
_NUM = (
    r"(\d[\d,]*|"
    + "|".join(sorted((re.escape(w) for w in _NUM_WORDS if w not in ("a", "an")), key=len, reverse=True))
    + r")"
)
_QUAL = r"(?:at least |as many as |about |around |some |nearly |almost |more than |over |up to |another |a total of )?"
_NOUNS = r"(?:[A-Za-z'’-]+ ){0,4}?"
_KILL = (
    r"(?:killed|dead|died|slain|murdered|massacred|executed|beheaded|shot dead|lost their lives|perished|killing"
    r"|deaths|fatalities|bodies)"
)
_HURT = r"(?:injured|wounded|hurt|injuring|wounding|injuries|casualties)"
_VERB_BEFORE = r"(?:were |was |have been |had been |are |been |being |is |have |had )?(?:also |reportedly |later )?"


def _value(text: str) -> int | None:
    t = text.lower().replace(",", "")
    if t.isdigit():
        return int(t)
    return _NUM_WORDS.get(t)


def _count(sentence: str, words: str) -> int | None:
    s = sentence
    if re.search(
        r"\bno (?:one|body|people|person)? ?(?:was |were )?"
        + (r"(?:killed|dead|deaths|fatalities|casualties)" if words == _KILL else _HURT),
        s,
        re.I,
    ) or re.search(
        r"\b(?:no|zero) "
        + (r"(?:deaths|fatalities|casualties|one died)" if words == _KILL else r"(?:injuries|casualties)"),
        s,
        re.I,
    ):
        return 0
    pats = [
        r"\b" + words + r" " + _QUAL + _NUM + r"\b",  # killing 6 civilians
        r"\b" + _QUAL + _NUM + r" " + _NOUNS + _VERB_BEFORE + words + r"\b",  # four soldiers were slain
        r"\b(?:death toll|toll)\b[^.]{0,30}?\b(?:to|at|of|reached|is|was) " + _QUAL + _NUM + r"\b",
    ]
    if words == _HURT:
        pats = pats[:2]
    for pat in pats:
        m = re.search(pat, s, re.I)
        if m:
            value = _value(m.group(1))
            if value is not None and value < 100000:
                return value
    return None


def fatalities(sentence: str) -> int | None:
    return _count(sentence, _KILL)


def injured(sentence: str) -> int | None:
    return _count(sentence, _HURT)

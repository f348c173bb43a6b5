"""The words of date and time expressions, read once from ``lexicons/time_words.tsv``."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

LEXICON = Path(__file__).resolve().parents[2] / "lexicons" / "time_words.tsv"


@lru_cache(maxsize=1)
def time_words() -> dict[str, dict[str, str]]:
    """``{kind: {word: value}}`` from the lexicon file."""
    out: dict[str, dict[str, str]] = {}
    lines = LEXICON.read_text(encoding="utf-8").splitlines()
    for line in lines:
        if not line.strip() or line.startswith("#") or line.startswith("word\t"):
            continue
        word, kind, value = line.split("\t")[:3]
        out.setdefault(kind, {})[word] = value
    return out


def words(kind: str) -> dict[str, str]:
    return time_words().get(kind, {})


def alternation(kind: str) -> str:
    """A regex alternation of the words of one kind, longest first (spaces match any whitespace)."""
    items = sorted(words(kind), key=len, reverse=True)
    return "|".join(w.replace(" ", r"\s+").replace(".", r"\.") for w in items)


def number_value(text: str) -> float | None:
    """The count a number phrase denotes ("three", "twenty four", "twenty-four", "12", "a"); None for
    an unspecified count ("several") and for what is not a number."""
    t = " ".join(text.lower().replace("-", " ").split())
    nums = words("number")
    if t in nums:
        return None if nums[t] == "X" else float(nums[t])
    if t.replace(".", "", 1).isdigit():
        return float(t)
    total = 0.0
    for part in t.split():
        v = nums.get(part)
        if v is None or v == "X":
            return None
        total = total * 100 if part == "hundred" else total + float(v)
    return total

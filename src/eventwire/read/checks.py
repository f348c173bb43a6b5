"""Light checks on raw input: is it text, is it UTF-8, is it English.

The English check counts common English function words (articles, pronouns, prepositions, auxiliaries):
they make up roughly 40-50% of the words of English news prose and next to none of most other languages.
"""

from __future__ import annotations

import re

__all__ = ["decode", "english_problem", "looks_binary"]

_FUNCTION_WORDS_TEXT = """
a an the and or but if of in on at to for from by with about into over after before between under
against during without through as than that this these those there here it its he she they them their
his her we our you your i me my is are was were be been being has have had do does did will would can
could should may might must not no who which what when where while said says also more up out
"""
_FUNCTION_WORDS = frozenset(re.findall(r"[a-z]+", _FUNCTION_WORDS_TEXT))
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_MIN_WORDS = 12  # below this the share says nothing
_MIN_SHARE = 0.12
_SNIFF = 8192


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters in the first bytes: not a text file."""
    head = data[:_SNIFF]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bool(head) and controls / len(head) > 0.1


def decode(data: bytes) -> str | None:
    """UTF-8 text (a leading byte-order mark dropped), or None when the bytes are not valid UTF-8."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def english_problem(text: str) -> str | None:
    """Why ``text`` does not look like English (for the W008 message), or None when it does or is too short."""
    words = [w.lower() for w in _WORD.findall(text)]
    if len(words) < _MIN_WORDS:
        return None
    share = sum(1 for w in words if w in _FUNCTION_WORDS) / len(words)
    if share < _MIN_SHARE:
        return f"{share:.0%} common English words in {len(words)}"
    return None

"""Quotation marks: find the spans of text between matching marks, on the characters of the text.

Double marks (“ ” and straight ") pair at any depth of the text; single marks (‘ ’ and straight ') pair only
outside double marks, and only where they cannot be apostrophes: an opening single mark follows a space or
an opening bracket and precedes a letter, a closing one follows a non-space and precedes no letter
("Iran’s", "didn’t" and "the students’ books" are not quotes). A quotation left open at the end of a
paragraph continues into the next paragraph when that paragraph opens with a quotation mark of the same style
(the news convention for quotes of several paragraphs); otherwise it is dropped, never closed by guess. A
closing curly mark that opens a paragraph before a word is a mistyped opening mark, and one that closes a
straight opening mark with no curly quotation open inside it is its closer ("...” : styles mixed in typing).
Two apostrophes ('') are one double mark, as some archives write it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

OPEN_DOUBLE = "“„«"
CLOSE_DOUBLE = "”»"
STRAIGHT_DOUBLE = '"'
OPEN_SINGLE = "‘"
CLOSE_SINGLE = "’"
STRAIGHT_SINGLE = "'"
ALL_MARKS = OPEN_DOUBLE + CLOSE_DOUBLE + STRAIGHT_DOUBLE + OPEN_SINGLE + CLOSE_SINGLE + STRAIGHT_SINGLE
_OPENERS_BEFORE = " \t\n([{—–-/:;,"
_MARK = re.compile(f"[{re.escape(ALL_MARKS)}]")


@dataclass
class Marked:
    """One quotation: ``open`` is the offset of the opening mark, ``close`` of the closing mark."""

    open: int
    close: int
    single: bool = False
    reopened: list[int] = field(default_factory=list)  # opening marks of continued paragraphs
    width: int = 1  # characters of each mark (2 for the doubled apostrophes '' of some archives)

    @property
    def outer(self) -> tuple[int, int]:
        """The quotation with its marks."""
        return self.open, self.close + self.width

    def content(self, text: str) -> tuple[int, int]:
        """The words inside the marks, without surrounding spaces."""
        start, end = self.open + self.width, self.close
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return start, end


def _paragraph_ends(text: str) -> list[int]:
    return [m.start() for m in re.finditer("\n", text)] + [len(text)]


def _next_visible(text: str, i: int) -> int:
    while i < len(text) and text[i].isspace():
        i += 1
    return i


def _word_follows(text: str, i: int) -> bool:
    return i + 1 < len(text) and text[i + 1].isalnum()


def _can_open_single(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before in _OPENERS_BEFORE and (after.isalpha() or after.isdigit() or after in '“"')


def _can_close_single(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not after.isalnum()


def _same_style(text: str, carry: Marked, first: int) -> bool:
    """A continued quotation reopens with a mark of its own style (a stray mark of another style does not)."""
    opened = text[carry.open]
    if carry.width == 2:
        return text.startswith("''", first)
    if opened in STRAIGHT_DOUBLE:
        return text[first] in STRAIGHT_DOUBLE
    return text[first] in OPEN_DOUBLE


def find_marked(text: str) -> list[Marked]:
    """Every quotation in ``text``, in order of their opening marks."""
    found: list[Marked] = []
    ends = _paragraph_ends(text)
    para_start = 0
    carry: Marked | None = None  # a double quotation continued from the previous paragraph
    for end in ends:
        double: Marked | None = None
        single: Marked | None = None
        nested = False
        i = para_start
        if not text[para_start:end].strip():
            para_start = end + 1
            continue
        if carry is not None:
            first = _next_visible(text, para_start)
            if first < end and _same_style(text, carry, first):
                double = carry
                double.reopened.append(first)
                i = first + (2 if text.startswith("''", first) else 1)
            carry = None
        while i < end:
            mark = _MARK.search(text, i, end)  # every other character leaves the state as it is: skip them
            if mark is None:
                break
            i = mark.start()
            ch = text[i]
            if ch == "'" and text.startswith("''", i):  # two apostrophes written for a double mark
                if double is None:
                    double = Marked(i, -1, width=2)
                    single = None
                elif double.width == 2:
                    double.close = i
                    found.append(double)
                    double = None
                i += 2
                continue
            straight_open = double is not None and text[double.open] in STRAIGHT_DOUBLE + STRAIGHT_SINGLE
            if ch in OPEN_DOUBLE and straight_open:
                nested = True  # curly marks inside a straight quotation are nested: skip to their closer
            elif ch in CLOSE_DOUBLE and straight_open and nested:
                nested = False
            elif ch in CLOSE_DOUBLE and double is not None and double.width == 1 and text[double.open] == '"':
                double.close = i  # "...” : a straight opener closed by a curly mark (styles mixed in typing)
                found.append(double)
                double = None
            elif ch in STRAIGHT_DOUBLE and double is not None and not straight_open:
                pass  # straight marks inside a curly quotation are nested
            elif (
                ch in OPEN_DOUBLE
                or (ch in STRAIGHT_DOUBLE and double is None)
                or (ch in CLOSE_DOUBLE and double is None and not text[para_start:i].strip() and _word_follows(text, i))
            ):  # a closing mark that opens a paragraph is a mistyped opening mark
                double = Marked(i, -1)  # an opening mark inside an open quote restarts it (missing closer)
                single = None
                nested = False
            elif ch in CLOSE_DOUBLE or ch in STRAIGHT_DOUBLE:
                if double is not None and not (straight_open and ch in CLOSE_DOUBLE):
                    double.close = i
                    found.append(double)
                    double = None
            elif double is None and (ch in OPEN_SINGLE or ch == STRAIGHT_SINGLE) and single is None:
                if _can_open_single(text, i):
                    single = Marked(i, -1, single=True)
            elif (
                double is None
                and single is not None
                and ch in CLOSE_SINGLE + STRAIGHT_SINGLE
                and _can_close_single(text, i)
            ):
                single.close = i
                found.append(single)
                single = None
            i += 1
        if double is not None and not double.single:
            carry = double
        para_start = end + 1
    return sorted(found, key=lambda m: m.open)

"""Junk out of scraped news text: bylines, widgets, photo captions, related links, comment forms, datelines.

``clean_text`` works line by line on the body of an article (the headline already split off) and returns
the cleaned text, every removed piece with its kind (``byline``, ``caption``, ``related``, ``boilerplate``,
``comments``, ``dateline``) and the dateline's place name as a hint for the places stage.

Every rule is a general pattern of English-language news pages as scraped to text:

- bylines: "By Jane Doe", or a short capitalised line near the top that ends in a newsroom title
  ("... Bureau Chief", "Staff Writer", "Correspondent"); wire credits "(Reporting by ...; Editing by ...)";
- widgets and page furniture: "Font Size:", "Share this:", "Print", "Click to share on ...", "Advertisement";
- photo captions: a line that carries an agency photo credit ("REUTERS/Name", "via REUTERS",
  "AFP via Getty Images", "(AP Photo/Name)", "Photo: ...", "EPA-EFE/Name");
- related links: "(RELATED: ...)", "(READ MORE: ...)" inside a paragraph, or a line of its own;
- comment forms: "Leave a Reply", "Your email address will not be published", "Required fields are marked";
- copy protection and rights lines: "Content is protected", "error: ...", "All rights reserved";
- datelines at the start of the body: "BAGHDAD —", "KABUL, Afghanistan (AP) —", "WASHINGTON (Reuters) -".

A removed line is a whole line; inside a paragraph only a bracketed related link is taken out, so no real
sentence is lost. The cleaned text keeps paragraphs apart with a blank line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..records import Removed

__all__ = ["Cleaned", "clean_text", "dateline", "find_dates"]

# Newsroom titles that end a byline line ("Ottawa Bureau Chief", "Senior Correspondent").
_TITLE_WORDS = (
    r"(?:Bureau\s+Chief|Chief|Correspondent|Reporter|Staff\s+Writer|Writer|Editor|Contributor|Columnist|"
    r"Producer|Journalist|Analyst|Staff|Intern|Fellow)"
)
_BYLINE_TITLE = re.compile(rf"^[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|and|for|the|at|&))*\s+{_TITLE_WORDS}$")
_BYLINE_ALONE = re.compile(rf"^(?:(?:Senior|Chief|Foreign|Special|Contributing|Political|Defense|Defence)\s+)?"
                           rf"{_TITLE_WORDS}$", re.I)  # fmt: skip
# Wire credit lines at the end: "(Reporting by Jane Doe in Kabul; Editing by John Roe)".
_CREDIT = re.compile(r"^\((?:Additional\s+)?(?:Reporting|Writing|Editing|Compiled|Written)\s+by\b[^()]*\)$", re.I)
_BYLINE_BY = re.compile(r"^(?:Written\s+|Reported\s+|Story\s+)?By\s+[A-Z][\w.'’-]*(?:[\s,|]+(?:[A-Z][\w.'’-]*|and|&))*"
                        r"\s*$")  # fmt: skip

# Page furniture: widget labels and prompts that stand alone on a line.
_WIDGET = re.compile(
    r"^(?:Font\s+Size:?.*|Text\s+Size:?.*|Share\s+this(?:\s+article|\s+story)?:?|Share|Print|Email|Tweet|"
    r"Share\s+on\s+\w+|Click\s+to\s+(?:share|print|email)\b.*|Advertisement|ADVERTISEMENT|Sponsored|"
    r"Listen\s+to\s+this\s+article.*|Subscribe(?:\s+now)?\.?|Sign\s+up\s+for\s+.*newsletter.*|"
    r"Skip\s+to\s+(?:main\s+)?content|Like\s+this:?|Loading\.\.\.|Related|Related\s+(?:posts|articles|stories):?|"
    r"Facebook|Twitter|WhatsApp|LinkedIn|Reddit|Telegram|Pinterest|Copy\s+link|\d+\s+min(?:ute)?\s+read)$",
    re.I,
)
_PROTECTED = re.compile(
    r"^(?:error:.*|.*\bContent\s+is\s+protected\b.*|.*\bAll\s+rights\s+reserved\b.*|"
    r"(?:Copyright\s*©?|©|\(c\))\s*(?:\d{4}|by\b).*|"
    r".*\bmay\s+not\s+be\s+(?:published|reproduced),\s+broadcast.*)$",
    re.I,
)
_COMMENTS = re.compile(
    r"^(?:Leave\s+a\s+(?:Reply|Comment)|Post\s+(?:a\s+)?Comment|Cancel\s+reply|Comments?|\d+\s+Comments?|"
    r"Add\s+a\s+comment|Join\s+the\s+(?:conversation|discussion)|"
    r"Save\s+my\s+name,\s+email,?\s+and\s+website.*|(?:Name|Email|Website|Comment)\s*\*?)$"
    r"|.*\bYour\s+email\s+address\s+will\s+not\s+be\s+published\b.*|.*\bRequired\s+fields\s+are\s+marked\b.*"
    r"|.*\bYou\s+must\s+be\s+logged\s+in\s+to\s+post\s+a\s+comment\b.*",
    re.I,
)
# Agency photo credits: any of these on a line marks a caption.
_CAPTION = re.compile(
    r"REUTERS/\s*\w|\bvia\s+REUTERS\b|\bAFP\s+via\s+Getty\s+Images\b|\(\s*AP\s+Photo\b|\bAP\s+Photo/|"
    r"\bvia\s+Getty\s+Images\b|/\s*Getty\s+Images\b|\bGetty\s+Images\s*$|/\s*AFP\b|\bAFP/|"
    r"\bEPA(?:-EFE)?/\s*\w|\bANADOLU\s+AGENCY\b|\bvia\s+AP\b|\bXinhua/|"
    r"^(?:Photo|Photograph|Image|Picture|File\s+photo|Photo\s+credit)\s*(?::|by\b)|"
    r"\((?:Photo|Image|Picture)(?:\s+credit)?\s*(?::|by\b)[^)]*\)\s*$",
)
_RELATED_INLINE = re.compile(r"\s*\((?:RELATED|READ\s+MORE|SEE\s+ALSO|WATCH|READ|MORE)\s*:[^()]*\)", re.I)
_RELATED_LINE = re.compile(r"^(?:RELATED|READ\s+MORE|SEE\s+ALSO|ALSO\s+READ|MORE|WATCH)\s*:\s*\S.*$", re.I)
_PUBLISHED_LINE = re.compile(r"^(?:Published|Updated|Posted|Last\s+updated)\b\s*(?:on|at)?\s*:?\s*(.+)$", re.I)

_AGENCIES = r"AP|Reuters|AFP|UPI|Xinhua|dpa|DPA|IANS|PTI|ANI|AA|Anadolu|CNN|BBC|Al\s+Jazeera|RFE/RL|Sputnik|TASS"
_MONTHS = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|"
           r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")  # fmt: skip
# "BAGHDAD —", "KABUL, Afghanistan (AP) —", "WASHINGTON, Jan. 5, 2021 (Reuters) -", "Mosul, Iraq (AFP) –".
_NAME = r"[A-Z][A-Za-z.'’-]*(?:[ ][A-Z][A-Za-z.'’-]*){0,3}"  # up to four capitalised words
_DATELINE = re.compile(
    rf"^(?P<place>{_NAME}(?:,[ ]{_NAME}){{0,2}})"
    rf"(?P<date>,?[ ]{_MONTHS}\.?[ ]\d{{1,2}}(?:,[ ]\d{{4}})?)?"
    rf"[ ]?(?P<agency>\((?:{_AGENCIES})\))?"
    r"(?:[ ]?[—–][ ]*|[ ](?:--|-)[ ]+)"
)

_MONTH_NUM = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}  # fmt: skip
_DATE_MDY = re.compile(rf"\b(?P<m>{_MONTHS})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b")
_DATE_DMY = re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m>{_MONTHS})\.?,?\s+(?P<y>(?:19|20)\d\d)\b")
_DATE_ISO = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b")

_MAX_BYLINE_WORDS = 9
_MAX_FURNITURE_WORDS = 25  # a rights or protection notice is short; a longer line is article text
_TOP_LINES = 6  # bylines and widgets are looked for among the first lines of the body


@dataclass
class Cleaned:
    """The cleaned text, what was removed (in order), the dateline's place, and publication-date clues."""

    text: str
    removed: list[Removed] = field(default_factory=list)
    place_hint: str | None = None
    dated: list[str] = field(default_factory=list)  # ISO dates from a dateline or a "Published ..." line
    caption_dates: list[str] = field(default_factory=list)  # ISO dates found in removed photo captions


def find_dates(text: str) -> list[str]:
    """Every full calendar date written in ``text`` ("January 3, 2020", "3 Jan 2020", "2020-01-03"), as ISO."""
    found: list[tuple[int, str]] = []
    for pattern in (_DATE_MDY, _DATE_DMY, _DATE_ISO):
        for m in pattern.finditer(text):
            iso = _iso(m.group("y"), m.group("m"), m.group("d"))
            if iso:
                found.append((m.start(), iso))
    return [iso for _, iso in sorted(found)]


def _iso(year: str, month: str, day: str) -> str | None:
    mon = int(month) if month.isdigit() else _MONTH_NUM.get(month[:3].lower())
    if mon is None or not 1 <= mon <= 12 or not 1 <= int(day) <= 31:
        return None
    return f"{int(year):04d}-{mon:02d}-{int(day):02d}"


def _words(line: str) -> list[str]:
    return line.split()


def _is_byline(line: str) -> bool:
    if len(_words(line)) > _MAX_BYLINE_WORDS or line.endswith((".", "?", "!", ":", "”", '"')):
        return False
    return bool(_BYLINE_BY.match(line) or _BYLINE_TITLE.match(line) or _BYLINE_ALONE.match(line))


def line_kind(line: str, *, near_top: bool) -> str | None:
    """The junk kind of one whole line, or None for a line of the article."""
    if _CAPTION.search(line):
        return "caption"
    if _COMMENTS.match(line):
        return "comments"
    if _RELATED_LINE.match(line):
        return "related"
    if _WIDGET.match(line) or (_PROTECTED.match(line) and len(_words(line)) <= _MAX_FURNITURE_WORDS):
        return "boilerplate"
    if _CREDIT.match(line) or (near_top and _is_byline(line)):
        return "byline"
    if near_top and _PUBLISHED_LINE.match(line) and find_dates(line):
        return "boilerplate"
    return None


def _title_place(place: str) -> str:
    """'KABUL, Afghanistan' -> 'Kabul, Afghanistan': all-capital words get an initial capital only."""

    def fix(word: str) -> str:
        return "-".join(p.capitalize() for p in word.split("-")) if word.isupper() and len(word) > 1 else word

    return " ".join(fix(w) for w in place.split(" "))


def dateline(paragraph: str) -> tuple[str, str, str | None] | None:
    """Split a leading dateline off a paragraph: (dateline text, place, ISO date or None), or None.

    The place must be written in capitals ("BAGHDAD", "KABUL, Afghanistan") or be followed by an agency
    name in brackets ("Mosul, Iraq (AFP) —"); the rest of the paragraph must read as a sentence.
    """
    m = _DATELINE.match(paragraph)
    if not m:
        return None
    place = m.group("place")
    head = place.split(",")[0]
    if not (m.group("agency") or (head.isupper() and len(head.replace(" ", "")) >= 3)):
        return None
    rest = paragraph[m.end() :]
    if len(_words(rest)) < 4 or not rest[:1].isalnum():
        return None
    dates = find_dates(m.group(0))
    return m.group(0).strip(), _title_place(place), (dates[0] if dates else None)


def clean_text(text: str) -> Cleaned:
    """Remove scraped junk from an article body (see the module doc); report each removal with its kind."""
    out = Cleaned(text="")
    kept: list[str] = []
    lines = [ln.strip() for ln in text.splitlines()]
    lines = [ln for ln in lines if ln]
    top = True
    for i, line in enumerate(lines):
        near_top = top and i < _TOP_LINES
        kind = line_kind(line, near_top=near_top)
        if kind is not None:
            out.removed.append(Removed(kind=kind, text=line))
            if kind == "caption":
                out.caption_dates.extend(find_dates(line))
            elif kind == "boilerplate" and near_top and _PUBLISHED_LINE.match(line):
                out.dated.extend(find_dates(line)[:1])
            continue
        if not kept:
            split = dateline(line)
            if split is not None:
                line_text, place, date = split
                out.removed.append(Removed(kind="dateline", text=line_text))
                out.place_hint = place
                if date:
                    out.dated.append(date)
                line = line[len(line_text) :].lstrip(" —–-")
        for m in _RELATED_INLINE.finditer(line):
            out.removed.append(Removed(kind="related", text=m.group(0).strip()))
        line = _RELATED_INLINE.sub("", line).strip()
        if not line:
            continue
        if len(_words(line)) > _MAX_BYLINE_WORDS:
            top = False
        kept.append(line)
    out.text = "\n\n".join(kept)
    return out

"""Patterns of English temporal expressions, each with the function that gives its TIMEX3 type and value.

A pattern is a regular expression over the text and a normaliser called with the match and a
:class:`Context` (publication date, the parse for tense, what the document said before). Spans follow the
TimeML convention: determiners and modifiers that belong to the expression ("the third quarter", "last
week", "about two years ago") are inside; prepositions ("on Monday", "in April") are outside.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc

from . import calendar as cal
from .lexicon import alternation, number_value, words
from .tense import direction

Value = tuple[str, str | None]  # (TIMEX3 type, value or None when it cannot be resolved here)


@dataclass
class Context:
    """What a normaliser knows besides its match."""

    dct: dt.date | None
    doc: Doc | None = None
    text: str = ""  # the text the patterns run over (doc.text when there is a doc)
    last_year: int | None = None  # the latest explicit year named earlier in the document
    focus_quarter: tuple[int, int] | None = None  # the latest quarter the document spoke of
    anchor: str | None = None  # set by a normaliser whose expression hangs on an event ("the day after the vote")
    _directions: dict[tuple[int, int], str] = field(default_factory=dict)

    def direction(self, start: int, end: int) -> str:
        if self.doc is None:
            return "none"
        key = (start, end)
        if key not in self._directions:
            self._directions[key] = direction(self.doc, start, end)
        return self._directions[key]

    def quarter(self) -> tuple[int, int] | None:
        if self.focus_quarter is not None:
            return self.focus_quarter
        return cal.last_full_quarter(self.dct) if self.dct else None


Normaliser = Callable[[re.Match[str], Context], Value | None]


# Letters other than ASCII that a case-blind match takes for an ASCII letter (dotted and dotless i, long s,
# the Kelvin sign): a text holding one is not matched on its lower-cased copy (see ``Pattern.folded``).
ODD_CASE = re.compile("[\u0130\u0131\u017f\u212a]")


def _lower_pattern(source: str) -> str:
    """The source of a regex with its letters lower-cased, escapes (``\\S``) and group syntax (``(?P<``) kept."""
    return re.sub(r"\\.|\(\?P[<=]|[A-Z]", lambda m: m.group().lower() if len(m.group()) == 1 else m.group(), source)


@dataclass
class Pattern:
    """A temporal pattern. ``regex`` is case-blind (``re.I``) and is what normalisers see; ``folded`` is the
    same pattern lower-cased and case-sensitive, run over the lower-cased text to find where ``regex`` matches
    (a case-blind alternation is several times slower in Python's ``re``: each branch compares folded
    characters instead of skipping on its first letter). ``needs``, when given, is a lower-case regex that
    every match of the pattern contains: a text without it cannot match, and the pattern is not run on it.
    Both only speed the search; the matches are the same."""

    name: str
    regex: re.Pattern[str]
    normalise: Normaliser
    needs: str | None = None
    folded: re.Pattern[str] = field(init=False)
    needed: re.Pattern[str] | None = field(init=False)

    def __post_init__(self) -> None:
        self.folded = re.compile(_lower_pattern(self.regex.pattern), self.regex.flags & ~re.I)
        self.needed = re.compile(self.needs) if self.needs else None


MON = rf"(?:{alternation('month')})\b\.?"
WD = rf"(?:{alternation('weekday')})"
_NUMWORD = "|".join(sorted((w for w in words("number") if w.isalpha()), key=len, reverse=True))
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
NUM = rf"(?:\d+(?:\.\d+)?|(?:{_TENS})(?:[\s-](?:{_ONES}))?|a\s+few|a\s+couple\s+of|a\s+dozen|half\s+a|{_NUMWORD})"
UNIT = r"(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|century|centuries)s?"
APPROX = r"(?:about|some|nearly|almost|more\s+than|less\s+than|over|roughly|around|only|just|at\s+least|up\s+to)"
YEAR = r"(?:1[89]\d\d|20\d\d)"
SEASON = r"(?:spring|summer|fall|autumn|winter)"

_UNIT_CODE = {
    "second": "S",
    "minute": "M",
    "hour": "H",
    "day": "D",
    "night": "D",
    "week": "W",
    "weekend": "WE",
    "fortnight": "2W",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
    "decade": "DE",
    "century": "CE",
    "centuries": "CE",
}
_TIME_UNITS = {"second", "minute", "hour"}


def _unit(text: str) -> str:
    t = text.lower()
    if t == "centuries":
        return "century"
    return t[:-1] if t.endswith("s") and t[:-1] in _UNIT_CODE else t


def _month(text: str) -> int:
    return int(words("month")[text.lower().rstrip(".")])


def _capitalised(text: str) -> bool:
    return text[:1].isupper()


def _count_text(n: float | None) -> str:
    if n is None:
        return "X"
    return str(int(n)) if n == int(n) else str(n)


def duration_value(num_text: str | None, unit_text: str) -> str:
    unit = _unit(unit_text)
    n = number_value(num_text) if num_text else 1.0
    code = _UNIT_CODE[unit]
    if code == "WE":
        return "P" + _count_text(None if n is None else n * 2) + "D"
    if code == "2W":
        return "P" + _count_text(None if n is None else n * 2) + "W"
    if code in ("DE", "CE"):
        mult = 10 if code == "DE" else 100
        return "P" + _count_text(None if n is None else n * mult) + "Y"
    if code == "Q":
        return "P" + _count_text(None if n is None else n * 3) + "M"
    if unit in _TIME_UNITS:
        return "PT" + _count_text(n) + code
    return "P" + _count_text(n) + code


def shift(dct: dt.date, unit_text: str, n: int) -> str | None:
    """The DCT moved by ``n`` units, at the unit's granularity ("two weeks ago" -> a week value)."""
    unit = _unit(unit_text)
    if unit in ("day", "night"):
        return cal.day(dct + dt.timedelta(days=n))
    if unit in ("week", "weekend", "fortnight"):
        return cal.week(dct + dt.timedelta(weeks=n * (2 if unit == "fortnight" else 1)))
    if unit == "month":
        y, m = cal.add_months(dct.year, dct.month, n)
        return cal.month(y, m)
    if unit == "quarter":
        y, q = cal.add_quarters(dct.year, cal.quarter_of(dct), n)
        return f"{y}-Q{q}"
    if unit == "year":
        return str(dct.year + n)
    if unit == "decade":
        return str((dct.year + 10 * n) // 10)
    if unit in ("century", "centuries"):
        return str((dct.year + 100 * n) // 100)
    if unit in _TIME_UNITS:
        return None
    return None


# --- normalisers -------------------------------------------------------------------------------------------


def _iso(m: re.Match[str], ctx: Context) -> Value | None:
    d = cal.safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return ("DATE", cal.day(d)) if d else None


def _slashed(m: re.Match[str], ctx: Context) -> Value | None:
    year = int(m["y"])
    if year < 100:
        year += 1900 if year > 40 else 2000
    d = cal.safe_date(year, int(m["m"]), int(m["d"]))
    return ("DATE", cal.day(d)) if d else None


def _month_day(m: re.Match[str], ctx: Context) -> Value | None:
    if not _capitalised(m["mon"]):
        return None
    month, day_ = _month(m["mon"]), int(m["day"])
    if not 1 <= day_ <= 31:
        return None
    if m["year"]:
        year = int(m["year"])
    elif ctx.dct:
        year = cal.month_day_year(ctx.dct, month, day_, "none")
    else:
        return ("DATE", None)
    d = cal.safe_date(year, month, day_)
    return ("DATE", cal.day(d)) if d else None


def _relative_year(text: str, ctx: Context) -> int | None:
    """The year of "this year", "last year", "the following year" (after the year the text last named)."""
    t = " ".join(text.lower().split())
    base = ctx.dct.year if ctx.dct else None
    if t in ("this year", "the same year"):
        return base if t == "this year" else ctx.last_year
    if t == "last year":
        return base - 1 if base else None
    if t == "next year":
        return base + 1 if base else None
    ref = ctx.last_year
    if ref is None:
        ctx.anchor = text
        return None
    return ref + 1 if t in ("the following year", "the next year") else ref - 1


def _month_only(m: re.Match[str], ctx: Context) -> Value | None:
    if not _capitalised(m["mon"]):
        return None
    mon_text = m["mon"].rstrip(".")
    if mon_text.lower() == "may" and not m["year"] and not m["rel"]:
        # "May" alone is a month only where no verb follows ("in May", "May's vote"), not "May I", "may be"
        after = ctx.text[m.end() : m.end() + 12]
        if re.match(r"\s+(?:be|have|not|also|well|need|seem)\b", after) or mon_text != "May":
            return None
    abbreviated = mon_text.lower() in (
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
    )
    if abbreviated and not m["mon"].endswith(".") and not m["year"]:
        return None
    month = _month(mon_text)
    rel = (m["rel"] or "").lower().strip()
    if m["year"]:
        year_text = m["year"]
        year = int(year_text) if year_text.isdigit() else _relative_year(year_text, ctx)
        if year is None:
            return ("DATE", None)
        return ("DATE", cal.month(year, month))
    if ctx.dct is None:
        return ("DATE", None)
    if rel == "last":
        year = ctx.dct.year if month < ctx.dct.month else ctx.dct.year - 1
    elif rel == "next":
        year = ctx.dct.year if month > ctx.dct.month else ctx.dct.year + 1
    elif rel == "this":
        year = ctx.dct.year
    else:
        year = cal.month_year(ctx.dct, month, "none")
    return ("DATE", cal.month(year, month))


def _year(m: re.Match[str], ctx: Context) -> Value | None:
    if ctx.text:
        text = ctx.text
        before = text[max(0, m.start() - 2) : m.start()]
        after = text[m.end() : m.end() + 9].lower()
        if re.search(r"[$£€#.,\d]$", before) or re.match(r"(?:,\d|\.\d|\s*(?:%|percent|per\b))", after):
            return None
    year = int(m["year"])
    if m["q"]:
        q = {"first": 1, "second": 2, "third": 3, "fourth": 4}[m["q"].lower()]
        ctx.focus_quarter = (year, q)
        return ("DATE", f"{year}-Q{q}")
    ctx.last_year = year
    return ("DATE", str(year))


def _decade(m: re.Match[str], ctx: Context) -> Value | None:
    if m["dec"]:
        return ("DATE", m["dec"][:3])
    return ("DATE", "19" + m["d2"])


def _weekday(m: re.Match[str], ctx: Context) -> Value | None:
    if not _capitalised(m["wd"]):
        return None
    weekday = int(words("weekday")[m["wd"].lower()])
    if m["plural"]:
        return ("SET", f"XXXX-WXX-{weekday}")
    if ctx.dct is None:
        return ("DATE", None)
    rel = " ".join((m["rel"] or "").lower().split())
    if rel in ("last", "this past", "past"):
        d = cal.weekday_date(ctx.dct, weekday, "before")
    elif rel in ("next", "this coming", "coming"):
        d = cal.weekday_date(ctx.dct, weekday, "after")
    else:
        tense = ctx.direction(m.start(), m.end())
        if tense == "none":
            tense = "past"  # news reports mostly what already happened
        d = cal.weekday_date(ctx.dct, weekday, tense)
    return ("DATE", cal.day(d))  # "Friday night" too: a day, the part of it stays in the text


_DEICTIC = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
_REFS = {
    "now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "the present": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "recently": "PAST_REF",
    "lately": "PAST_REF",
    "the past": "PAST_REF",
    "the future": "FUTURE_REF",
    "the near future": "FUTURE_REF",
    "recent years": "PAST_REF",
    "recent months": "PAST_REF",
    "recent weeks": "PAST_REF",
    "recent days": "PAST_REF",
}


def _deictic(m: re.Match[str], ctx: Context) -> Value | None:
    word = " ".join(m["w"].lower().split())
    if word in _REFS:
        return ("DATE", _REFS[word])
    if ctx.dct is None:
        return ("DATE", None)
    d = ctx.dct + dt.timedelta(days=_DEICTIC[word])
    if word == "tonight":
        return ("TIME", cal.day(d) + "TNI")
    return ("DATE", cal.day(d))


def _day_part(m: re.Match[str], ctx: Context) -> Value | None:
    if ctx.dct is None:
        return ("TIME", None)
    day_word = m["day"].lower()
    offset = {"this": 0, "today": 0, "last": -1, "yesterday": -1, "tomorrow": 1}[day_word]
    pod = words("partofday")[m["pod"].lower()]
    return ("TIME", cal.day(ctx.dct + dt.timedelta(days=offset)) + "T" + pod)


def _season_code(text: str) -> str:
    return words("season")[text.lower()]


def _relative_unit(m: re.Match[str], ctx: Context) -> Value | None:
    rel = " ".join(m["rel"].lower().split())
    unit = m["unit"].lower()
    if rel in ("the following", "the previous", "the next", "the prior") and unit != "quarter":
        if unit == "year" and ctx.last_year is not None:
            return ("DATE", str(ctx.last_year + (1 if rel in ("the following", "the next") else -1)))
        ctx.anchor = m.group(0)
        return ("DATE", None)
    if ctx.dct is None:
        return ("DATE", None)
    dct = ctx.dct
    # which way: 0 this, -1 last, +1 next
    if rel.endswith("last") or rel in ("the past", "the previous", "the prior", "last"):
        step = -1
    elif rel.endswith("next") or rel in ("the coming", "next", "the following"):
        step = 1
    else:
        step = 0
    if unit in ("spring", "summer", "fall", "autumn", "winter"):
        return ("DATE", f"{dct.year + step}-{_season_code(unit)}")
    if unit == "weekend":
        return ("DATE", cal.week(dct + dt.timedelta(weeks=step)) + "-WE")
    if unit == "quarter":
        if rel in ("the latest", "the most recent") and step == 0:
            y, qn = cal.last_full_quarter(dct)
            return ("DATE", f"{y}-Q{qn}")
        if rel in ("the", "this", "the current", "the same") and step == 0:
            q = ctx.quarter()
            return ("DATE", f"{q[0]}-Q{q[1]}") if q else ("DATE", None)
        y, qn = cal.add_quarters(dct.year, cal.quarter_of(dct), step)
        return ("DATE", f"{y}-Q{qn}")
    value = shift(dct, unit, step)
    return ("DATE", value)


def _quarter(m: re.Match[str], ctx: Context) -> Value | None:
    ordinal = m["ord"].lower()
    q = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}[ordinal]
    det = " ".join((m["det"] or "").lower().split())
    year: int | None
    if m["year"] or m["year0"]:
        year = int(m["year"] or m["year0"])
    elif ctx.dct is None:
        return ("DATE", None)
    elif det in ("last", "last year's", "the year-ago", "the year-earlier"):
        year = ctx.dct.year - 1
    elif det == "next year's":
        year = ctx.dct.year + 1
    elif det in ("last",):
        year = ctx.dct.year - 1
    elif det == "next":
        year = ctx.dct.year + 1
    else:
        year = ctx.dct.year
    ctx.focus_quarter = (year, q)
    return ("DATE", f"{year}-Q{q}")


def _quarter_plain(m: re.Match[str], ctx: Context) -> Value | None:
    det = " ".join(m["det"].lower().split())
    q = ctx.quarter()
    if q is None:
        return ("DATE", None)
    if m["unit"].lower() == "period" and ctx.focus_quarter is None:
        return None
    if det in ("the latest", "the most recent") and ctx.dct is not None:
        y, qn = cal.last_full_quarter(ctx.dct)
        return ("DATE", f"{y}-Q{qn}")
    if det in ("the year-ago", "the year-earlier", "the comparable", "the corresponding"):
        return ("DATE", f"{q[0] - 1}-Q{q[1]}")
    if det in ("the previous", "last", "the past"):
        y, qn = cal.add_quarters(q[0], q[1], -1)
        return ("DATE", f"{y}-Q{qn}")
    if det == "next":
        y, qn = cal.add_quarters(q[0], q[1], 1)
        return ("DATE", f"{y}-Q{qn}")
    return ("DATE", f"{q[0]}-Q{q[1]}")


def _half(m: re.Match[str], ctx: Context) -> Value | None:
    h = 1 if m["ord"].lower() == "first" else 2
    if m["year"]:
        return ("DATE", f"{m['year']}-H{h}")
    if ctx.dct is None:
        return ("DATE", None)
    return ("DATE", f"{ctx.dct.year}-H{h}")


def _year_period(m: re.Match[str], ctx: Context) -> Value | None:
    q = ctx.quarter()
    if q is None:
        return ("DATE", m["year"])
    return ("DATE", f"{m['year']}-Q{q[1]}")


def _weekend(m: re.Match[str], ctx: Context) -> Value | None:
    if ctx.dct is None:
        return ("DATE", None)
    word = m.group(0).split()[0].lower()
    back = {"last": -1, "next": 1}.get(word, 0)
    if back == 0 and ctx.dct.isoweekday() < 5 and word == "the":
        back = -1  # "the weekend" read early in the week: the one just past
    return ("DATE", cal.week(ctx.dct + dt.timedelta(weeks=back)) + "-WE")


def _nth_weekday(year: int, month_: int, weekday: int, n: int) -> dt.date:
    first = dt.date(year, month_, 1)
    offset = (weekday - first.isoweekday()) % 7
    return first + dt.timedelta(days=offset + 7 * (n - 1))


def _holiday(m: re.Match[str], ctx: Context) -> Value | None:
    name = " ".join(m["h"].lower().split())
    if m["year"]:
        return _holiday_in(name, int(m["year"]))
    if ctx.dct is None:
        return ("DATE", None)
    found = _holiday_in(name, ctx.dct.year)
    d = cal.parse_date(found[1])
    if d is not None and (d - ctx.dct).days > 182:  # named without a year: the nearest one
        return _holiday_in(name, ctx.dct.year - 1)
    return found


def _holiday_in(name: str, year: int) -> Value:
    """The date of a holiday in ``year``: fixed ones from the lexicon, two computed United States ones."""
    if name.startswith("thanksgiving"):  # the fourth Thursday of November
        return ("DATE", cal.day(_nth_weekday(year, 11, 4, 4)))
    if name == "election day":  # the Tuesday after the first Monday of November
        return ("DATE", cal.day(_nth_weekday(year, 11, 1, 1) + dt.timedelta(days=1)))
    mm, dd = words("holiday")[name].split("-")
    return ("DATE", cal.day(dt.date(year, int(mm), int(dd))))


def _year_ago_adj(m: re.Match[str], ctx: Context) -> Value | None:
    q = ctx.quarter()
    return ("DATE", f"{q[0] - 1}-Q{q[1]}") if q else ("DATE", None)


def _ago(m: re.Match[str], ctx: Context) -> Value | None:
    direction_word = " ".join(m["dir"].lower().split())
    unit = _unit(m["unit"])
    if direction_word == "earlier" and unit != "year":
        return ("DURATION", duration_value(m["num"], m["unit"]))
    if ctx.dct is None:
        return ("DATE", None)
    n = number_value(m["num"])
    sign = 1 if direction_word in ("from now", "hence") else -1
    if n is None or n != int(n):
        return ("DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")
    if unit == "year" and sign < 0 and ctx.focus_quarter is not None:
        q = ctx.quarter()
        if q is not None:
            return ("DATE", f"{q[0] - int(n)}-Q{q[1]}")
    if unit in _TIME_UNITS:
        return ("TIME", None)
    return ("DATE", shift(ctx.dct, unit, sign * int(n)))


def _duration(m: re.Match[str], ctx: Context) -> Value | None:
    num = m["num"]
    if num.lower() in ("a", "an", "one") and m["unit"].lower().endswith("s"):
        return None
    if num.isdigit() and int(num) > 1000:
        return None
    return ("DURATION", duration_value(num, m["unit"]))


def _plural_units(m: re.Match[str], ctx: Context) -> Value | None:
    unit = m["unit"].lower()
    return ("DURATION", duration_value("several", unit))


def _clock(m: re.Match[str], ctx: Context) -> Value | None:
    hour = int(m["h"])
    minute = int(m["min"] or 0)
    ampm = (m["ampm"] or "").lower().replace(".", "")
    if hour > 12 or minute > 59:
        return None
    if ampm == "pm" and hour != 12:
        hour += 12
    if ampm == "am" and hour == 12:
        hour = 0
    clock = f"T{hour:02d}:{minute:02d}"
    if ctx.dct is None:
        return ("TIME", None)
    return ("TIME", cal.day(ctx.dct) + clock)


def _named_time(m: re.Match[str], ctx: Context) -> Value | None:
    code = {"noon": "T12:00", "midday": "T12:00", "midnight": "TMI"}[m["w"].lower()]
    if ctx.dct is None:
        return ("TIME", None)
    return ("TIME", cal.day(ctx.dct) + code)


def _set_every(m: re.Match[str], ctx: Context) -> Value | None:
    unit = m["unit"].lower()
    if unit in words("weekday"):
        return ("SET", f"XXXX-WXX-{words('weekday')[unit]}")
    if unit in words("partofday"):
        return ("SET", "TXX" + words("partofday")[unit])
    if unit in words("month"):
        return ("SET", f"XXXX-{int(words('month')[unit]):02d}")
    if unit in words("season"):
        return ("SET", "XXXX-" + words("season")[unit])
    n = m["num"] if m["num"] else None
    return ("SET", duration_value(n, unit))


_ADVERB_SET = {
    "daily": "P1D",
    "weekly": "P1W",
    "monthly": "P1M",
    "annually": "P1Y",
    "yearly": "P1Y",
    "nightly": "P1D",
    "hourly": "PT1H",
    "quarterly": "P3M",
    "biweekly": "P2W",
}


def _set_adverb(m: re.Match[str], ctx: Context) -> Value | None:
    return ("SET", _ADVERB_SET[m["w"].lower()])


def _set_times(m: re.Match[str], ctx: Context) -> Value | None:
    return ("SET", duration_value(None, m["unit"]).replace("PX", "P1"))


def _season(m: re.Match[str], ctx: Context) -> Value | None:
    if m["year"]:
        return ("DATE", f"{m['year']}-{_season_code(m['season'])}")
    return None


def _anchored(m: re.Match[str], ctx: Context) -> Value | None:
    ctx.anchor = m.group(0)
    return ("DATE", None)


def _c(regex: str) -> re.Pattern[str]:
    return re.compile(regex, re.I)


# What every match of a pattern contains (its ``needs``), on the lower-cased text.
_MONTHS = alternation("month").lower()
_UNIT_AFTER = rf"(?:{UNIT})\s+(?:ago|earlier|from\s+now|hence)"


PATTERNS: list[Pattern] = [
    Pattern("iso", _c(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)\b"), _iso),
    Pattern("slashed", _c(r"\b(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})\b"), _slashed, needs=r"\d/\d"),
    Pattern(
        "month_day",
        _c(rf"\b(?:(?:{WD}),?\s+)?(?P<mon>{MON})\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>{YEAR})\b)?"),
        _month_day,
        needs=rf"(?:{_MONTHS})\.?\s*\d",
    ),
    Pattern(
        "day_month",
        _c(
            rf"\b(?:(?:{WD}),?\s+)?(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{MON})"
            rf"(?:,?\s+(?P<year>{YEAR})\b)?"
        ),
        _month_day,
        needs=rf"\d(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})",
    ),
    Pattern(
        "month",
        _c(
            rf"\b(?:(?P<rel>last|next|this|early|late|mid|the\s+end\s+of|the\s+beginning\s+of|the\s+middle\s+of"
            rf"|the\s+start\s+of)[\s-]+)?(?P<mon>{MON})(?:,?\s+(?:of\s+)?(?P<year>{YEAR}\b|the\s+(?:following|previous"
            rf"|next|same)\s+year|this\s+year|last\s+year|next\s+year))?"
        ),
        _month_only,
    ),
    Pattern(
        "season_year",
        _c(rf"\b(?P<season>{SEASON})\s+(?:of\s+)?(?P<year>{YEAR})\b"),
        _season,
        needs=rf"{SEASON}\s+(?:of\s+)?{YEAR}",
    ),
    Pattern(
        "year",
        _c(
            rf"\b(?:(?P<pre>fiscal|calendar|early|late|mid)[\s-]+(?:year\s+)?)?(?P<year>{YEAR})\b"
            r"(?:\s+(?P<q>first|second|third|fourth)[\s-]+quarter\b)?"
        ),
        _year,
    ),
    Pattern(
        "decade",
        _c(r"\b(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?(?:(?P<dec>(?:19|20)\d0)'?s|'(?P<d2>\d)0s)\b"),
        _decade,
        needs=r"\d0'?s",
    ),
    Pattern(
        "weekday",
        _c(
            rf"\b(?:(?P<rel>last|next|this\s+past|this\s+coming|this|coming|past|early|late)\s+)?(?P<wd>{WD})"
            r"(?P<plural>s)?\b(?!')(?:\s+(?P<pod>morning|afternoon|evening|night)\b)?"
        ),
        _weekday,
    ),
    Pattern(
        "weekday_poss",
        _c(rf"\b(?P<rel>)(?P<wd>{WD})(?P<plural>)(?P<pod>)(?='s\b)"),
        _weekday,
        needs=rf"(?:{alternation('weekday').lower()})'s",
    ),
    Pattern(
        "deictic",
        _c(
            r"\b(?P<w>today|tonight|yesterday|tomorrow|now|currently|at\s+present|nowadays|recently|lately"
            r"|the\s+past|the\s+near\s+future|the\s+future|recent\s+(?:years|months|weeks|days))\b"
            r"(?!\s*-)"
        ),
        _deictic,
    ),
    Pattern(
        "day_part",
        _c(r"\b(?P<day>this|last|yesterday|tomorrow|today)\s+(?P<pod>morning|afternoon|evening|night)\b"),
        _day_part,
        needs=r"(?:this|last|yesterday|tomorrow|today)\s+(?:morning|afternoon|evening|night)",
    ),
    Pattern(
        "relative_unit",
        _c(
            r"\b(?P<rel>last|next|this|the\s+past|the\s+last|the\s+next|the\s+coming|the\s+previous|the\s+prior"
            r"|the\s+following|the\s+current|the\s+latest|the\s+most\s+recent|earlier\s+this|later\s+this"
            r"|early\s+this|early\s+next|early\s+last|late\s+this|late\s+next|late\s+last|mid|the\s+end\s+of\s+this"
            r"|the\s+end\s+of\s+last|the\s+end\s+of\s+next|the\s+end\s+of\s+the|the\s+rest\s+of\s+the"
            r"|the\s+rest\s+of\s+this|the\s+beginning\s+of\s+this|the\s+beginning\s+of\s+next|the\s+same)"
            rf"[\s-]+(?P<unit>week|weekend|month|year|quarter|decade|century|{SEASON})\b(?!-)"
        ),
        _relative_unit,
    ),
    Pattern(
        "the_week", _c(r"\b(?P<rel>the|this)\s+(?P<unit>week)\b(?!-)"), _relative_unit, needs=r"(?:the|this)\s+week"
    ),
    Pattern(
        "quarter",
        _c(
            r"\b(?:(?P<det>the|its|their|this|last|next|this\s+year's|last\s+year's|next\s+year's|the\s+latest|the\s+current"
            r"|the\s+previous|the\s+same|the\s+year-ago|the\s+year-earlier|a)\s+)?"
            rf"(?:(?P<year0>{YEAR})\s+|fiscal\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+"
            rf"(?:fiscal[\s-]+)?quarter\b(?:\s+(?:of\s+)?(?:fiscal\s+)?(?P<year>{YEAR})\b)?"
        ),
        _quarter,
        needs="quarter",
    ),
    Pattern(
        "quarter_plain",
        _c(
            r"\b(?P<det>the|this|last|next|the\s+latest|the\s+current|the\s+most\s+recent|the\s+previous"
            r"|the\s+past|the\s+year-ago|the\s+year-earlier|the\s+same|the\s+fiscal|the\s+comparable"
            r"|the\s+corresponding)\s+(?P<unit>quarter|period)\b(?!ly)"
        ),
        _quarter_plain,
        needs="quarter|period",
    ),
    Pattern(
        "half",
        _c(rf"\b(?:the\s+)?(?P<ord>first|second)\s+half(?:\s+of\s+(?:(?:the|this)\s+year|(?P<year>{YEAR})))?\b"),
        _half,
        needs=r"(?:first|second)\s+half",
    ),
    Pattern(
        "year_period", _c(rf"\bthe\s+(?P<year>{YEAR})\s+(?:period|quarter)\b"), _year_period, needs="period|quarter"
    ),
    Pattern("weekend", _c(r"\b(?:the|this|last|next)\s+weekend\b(?!-)"), _weekend, needs="weekend"),
    Pattern(
        "holiday",
        _c(
            rf"\b(?P<h>{alternation('holiday')}|thanksgiving(?:\s+day)?|election\s+day)\b"
            rf"(?:,?\s+(?P<year>{YEAR})\b)?"
        ),
        _holiday,
        needs=rf"{alternation('holiday').lower()}|thanksgiving|election\s+day",
    ),
    Pattern("year_ago_adj", _c(r"\byear-(?:earlier|ago)\b"), _year_ago_adj, needs="year-(?:earlier|ago)"),
    Pattern(
        "ago",
        _c(rf"\b(?:{APPROX}\s+)?(?P<num>{NUM})\s+(?P<unit>{UNIT})\s+(?P<dir>ago|earlier|from\s+now|hence)\b"),
        _ago,
        needs=_UNIT_AFTER,
    ),
    Pattern(
        "duration",
        _c(
            r"\b(?:(?:the|a|an|this|that|its|their)\s+)?(?:(?:past|last|next|first|coming|previous|following|final"
            r"|latest|remaining|initial|full|entire|whole|additional|other)\s+)?"
            rf"(?:{APPROX}\s+)?(?P<num>{NUM})[\s-]+(?P<unit>{UNIT})(?:-long)?\b(?![-\w]|\s+old\b)"
        ),
        _duration,
    ),
    Pattern(
        "plural_units",
        _c(
            r"\b(?:many|several|a\s+few|few|the\s+past\s+few|the\s+next\s+few|the\s+last\s+few|the\s+coming)\s+"
            r"(?P<unit>years|months|weeks|days|decades|hours|minutes)\b"
        ),
        _plural_units,
        needs=r"(?:many|several|few|coming)\s+(?:years|months|weeks|days|decades|hours|minutes)",
    ),
    Pattern(
        "clock",
        _c(
            r"\b(?P<h>\d{1,2})(?::(?P<min>\d\d))?\s*(?P<ampm>a\.m\.|p\.m\.|am\b|pm\b)"
            r"(?:\s+(?:[ECMP][SD]T|GMT|UTC)\b)?"
        ),
        _clock,
        needs=r"\d\s*(?:a\.m\.|p\.m\.|am|pm)",
    ),
    Pattern("named_time", _c(r"\b(?P<w>noon|midday|midnight)\b"), _named_time, needs="noon|midday|midnight"),
    Pattern(
        "set_every",
        _c(
            rf"\b(?:every|each)\s+(?:other\s+)?(?:(?P<num>{NUM})\s+)?(?P<unit>day|night|week|weekend|month|year"
            rf"|quarter|morning|afternoon|evening|{WD}|{SEASON})s?\b"
        ),
        _set_every,
        needs=r"(?:every|each)\s",
    ),
    Pattern(
        "set_adverb",
        _c(r"\b(?P<w>daily|weekly|monthly|annually|yearly|nightly|hourly)\b"),
        _set_adverb,
        needs="daily|weekly|monthly|annually|yearly|nightly|hourly",
    ),
    Pattern(
        "set_times",
        _c(rf"\b(?:once|twice|(?:{NUM})\s+times)\s+(?:a|an|per|each|every)\s+(?P<unit>{UNIT})\b"),
        _set_times,
        needs="once|twice|times",
    ),
    Pattern(
        "anchored",
        _c(
            r"\b(?:the\s+)?(?:next|following|previous|same|prior)\s+(?:day|morning|afternoon|evening|night)\b"
            r"|\bthe\s+day\s+(?:before|after)\b|\bthat\s+(?:day|night|morning|evening|week)\b"
        ),
        _anchored,
    ),
]

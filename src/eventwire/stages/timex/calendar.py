"""Calendar arithmetic for TIMEX3 values: shifting dates by days, weeks, months, quarters and years."""

from __future__ import annotations

import datetime as dt


def parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def day(d: dt.date) -> str:
    return d.isoformat()


def week(d: dt.date) -> str:
    year, number, _ = d.isocalendar()
    return f"{year}-W{number:02d}"


def month(year: int, month_: int) -> str:
    return f"{year:04d}-{month_:02d}"


def add_months(year: int, month_: int, n: int) -> tuple[int, int]:
    index = year * 12 + (month_ - 1) + n
    return index // 12, index % 12 + 1


def quarter_of(d: dt.date) -> int:
    return (d.month - 1) // 3 + 1


def add_quarters(year: int, quarter: int, n: int) -> tuple[int, int]:
    index = year * 4 + (quarter - 1) + n
    return index // 4, index % 4 + 1


def last_full_quarter(d: dt.date) -> tuple[int, int]:
    """The quarter before the one ``d`` falls in: the latest one a company can report on."""
    return add_quarters(d.year, quarter_of(d), -1)


def safe_date(year: int, month_: int, day_: int) -> dt.date | None:
    try:
        return dt.date(year, month_, day_)
    except ValueError:
        return None


def weekday_date(anchor: dt.date, weekday: int, direction: str) -> dt.date:
    """The date of an ISO weekday (1 = Monday) seen from ``anchor``: the same day when it is the anchor's
    weekday (unless ``direction`` is ``before``/``after``, the explicit "last"/"next"), else the nearest one in
    the past (``past``/``before``) or in the future (``future``/``after``)."""
    diff = weekday - anchor.isoweekday()
    if diff == 0 and direction in ("past", "future"):
        return anchor
    if direction in ("past", "before"):
        back = (-diff) % 7 or 7
        return anchor - dt.timedelta(days=back)
    ahead = diff % 7 or 7
    return anchor + dt.timedelta(days=ahead)


def month_year(anchor: dt.date, month_: int, direction: str) -> int:
    """The year of a month named without one: the nearest such month, or the nearest one in the tense's
    direction (a month six away is taken as past: news mostly reports what happened)."""
    if direction == "past":
        return anchor.year if month_ <= anchor.month else anchor.year - 1
    if direction == "future":
        return anchor.year if month_ >= anchor.month else anchor.year + 1
    diff = month_ - anchor.month
    if diff > 5:
        return anchor.year - 1
    if diff < -6:
        return anchor.year + 1
    return anchor.year


def month_day_year(anchor: dt.date, month_: int, day_: int, direction: str) -> int:
    """The year of a month and day named without one: the nearest such date, in the tense's direction when the
    clause has one and the date is more than a few weeks away."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        d = safe_date(year, month_, day_)
        if d is not None:
            days = (d - anchor).days
            candidates.append((days * 1.25 if days > 0 else -days, d))  # news leans to the past
    if not candidates:
        return anchor.year
    candidates.sort()
    best = candidates[0][1]
    if direction == "future" and best < anchor - dt.timedelta(days=14):
        return best.year + 1
    if direction == "past" and best > anchor + dt.timedelta(days=14):
        return best.year - 1
    return best.year

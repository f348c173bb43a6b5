"""Publication dates: normalise what the inputs say to ISO ``YYYY-MM-DD`` and pick the best source.

Precedence (SPEC.md section 1): the record's own metadata, the page's metadata, the date the user gave
(``--published``), then a date read from the text (a dateline or "Published ..." line, else the latest dated
photo caption: a photo is taken on or before the day its article appears).
"""

from __future__ import annotations

import re
from datetime import date, datetime

from .clean import Cleaned

__all__ = ["iso_date", "pick_published", "text_date"]

_ISO_PREFIX = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_SLASHED = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$")


def iso_date(value: object) -> str | None:
    """``value`` as ``YYYY-MM-DD`` if it is an ISO date or datetime (or a date object), else None."""
    if isinstance(value, datetime | date):
        return value.strftime("%Y-%m-%d")
    if not isinstance(value, str):
        return None
    raw = value.strip()
    for pattern in (_ISO_PREFIX, _COMPACT, _SLASHED):
        m = pattern.match(raw)
        if m:
            try:
                return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
            except ValueError:
                return None
    return None


def text_date(cleaned: Cleaned) -> str | None:
    """The publication date the text itself gives: dateline or "Published" line first, else the latest caption."""
    for iso in cleaned.dated:
        if iso_date(iso):
            return iso
    valid = [iso for iso in cleaned.caption_dates if iso_date(iso)]
    return max(valid) if valid else None


def pick_published(
    *, metadata: str | None = None, html: str | None = None, cli: str | None = None, text: str | None = None
) -> tuple[str | None, str]:
    """The first date present in order of precedence, and where it came from (``published_from``)."""
    for value, origin in ((metadata, "metadata"), (html, "html"), (cli, "cli"), (text, "text")):
        if value:
            return value, origin
    return None, "unknown"

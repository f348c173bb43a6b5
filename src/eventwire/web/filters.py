"""Query-string filters of the API and the pages.

The same names as ``eventwire query`` (actor, type, since, until, near, text) plus status, acled, country,
incident, entity and document. Values go to the store as given (it checks them and raises ``ValueError``
with a coded message naming the parameter, which the app turns into a 400); paging and sort are checked
here because the web layer has its own bounds.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

MAX_LIMIT = 500
SORTS: tuple[str, ...] = ("date", "-date", "confidence", "-confidence")  # as Store.events knows them
FILTER_NAMES: tuple[str, ...] = (
    "actor", "type", "since", "until", "near", "text", "status", "acled", "country", "incident", "entity",
    "document",
)  # fmt: skip


@dataclass
class EventFilters:
    """The event filters as given in the query string (empty strings count as absent)."""

    actor: str | None = None
    type: str | None = None
    since: str | None = None
    until: str | None = None
    near: str | None = None
    text: str | None = None
    status: str | None = None
    acled: str | None = None
    country: str | None = None
    incident: str | None = None
    entity: str | None = None
    document: str | None = None

    def given(self) -> dict[str, str]:
        """The filters that were given, stripped (for links, forms and the store)."""
        return {n: v for n in FILTER_NAMES if (v := (getattr(self, n) or "").strip())}

    def query_string(self, **extra: Any) -> str:
        params: dict[str, Any] = {**self.given(), **{k: v for k, v in extra.items() if v not in (None, "")}}
        return urlencode(params)

    def store_kwargs(self) -> dict[str, Any]:
        """Keyword arguments for ``Store.events`` and friends."""
        return dict(self.given())


def parse_paging(limit: int, offset: int, max_limit: int = MAX_LIMIT) -> tuple[int, int]:
    if not 1 <= limit <= max_limit:
        raise ValueError(f"limit: {limit} must be between 1 and {max_limit}")
    if offset < 0:
        raise ValueError(f"offset: {offset} must not be negative")
    return limit, offset


def parse_sort(sort: str | None) -> str | None:
    if sort in (None, ""):
        return None
    if sort not in SORTS:
        raise ValueError(f"sort: {sort!r} is not one of {', '.join(SORTS)}")
    return sort

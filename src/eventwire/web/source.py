"""The web layer's view of the store: opened read-only, results as plain JSON-able values.

The web interface must not write, so it opens the store with ``read_only=True`` (SQLite ``mode=ro`` and
``query_only``). ``StoreSource`` evens out result shapes (records or dicts) and adds the totals that paged
lists need.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from ..store import Store


def as_dict(obj: Any) -> Any:
    """Records (``to_dict``), dataclasses, mappings and lists as plain JSON-able values."""
    if obj is None or isinstance(obj, str | int | float | bool):
        return obj
    if hasattr(obj, "to_dict"):
        return as_dict(obj.to_dict())
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return as_dict(dataclasses.asdict(obj))
    if isinstance(obj, dict):
        return {str(k): as_dict(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [as_dict(v) for v in obj]
    return str(obj)


def open_store(path: str | Path, read_only: bool = True) -> Store:
    return Store(path, read_only=read_only)


class StoreSource:
    """One store (thread-safe: it serialises queries with a lock) and the queries the web layer needs."""

    def __init__(self, path: str | Path, read_only: bool = True) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.store = open_store(self.path, read_only)

    def close(self) -> None:
        self.store.close()

    def events(self, **kw: Any) -> list[dict[str, Any]]:
        kw = {k: v for k, v in kw.items() if v is not None}
        return as_dict(self.store.events(**kw))

    def count_events(self, **kw: Any) -> int:
        return self.store.count_events(**kw)

    def incidents(self, limit: int, offset: int, **kw: Any) -> tuple[list[dict[str, Any]], int]:
        items = as_dict(self.store.incidents(limit=limit, offset=offset, **kw))
        return items, self.store.count_incidents(**kw)

    def entities(self, q: str | None, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
        items = as_dict(self.store.entities(q=q, limit=limit, offset=offset))
        if len(items) < limit and (items or offset == 0):
            return items, offset + len(items)
        total, step = 0, 5000  # the store has no entity count: count by pages of ids
        while True:
            batch = self.store.entities(q=q, limit=step, offset=total)
            total += len(batch)
            if len(batch) < step:
                return items, total

    def documents(self, q: str | None, limit: int, offset: int) -> tuple[list[dict[str, Any]], int]:
        items = as_dict(self.store.documents(q=q, limit=limit, offset=offset))
        return items, self.store.count_documents(q=q)

    def search(self, text: str, limit: int) -> list[dict[str, Any]]:
        return as_dict(self.store.search(text, limit=limit))

    def stats(self) -> dict[str, Any]:
        return as_dict(self.store.stats())

    def timeline(self, bucket: str, **kw: Any) -> list[dict[str, Any]]:
        return as_dict(self.store.timeline(bucket=bucket, **kw))

    def network(self, **kw: Any) -> dict[str, Any]:
        return as_dict(self.store.network(**kw))

    def event(self, ident: str) -> dict[str, Any] | None:
        return as_dict(self.store.event(ident))

    def incident(self, ident: str) -> dict[str, Any] | None:
        return as_dict(self.store.incident(ident))

    def entity(self, ident: str) -> dict[str, Any] | None:
        return as_dict(self.store.entity(ident))

    def document(self, ident: str) -> dict[str, Any] | None:
        return as_dict(self.store.document(ident))

"""Readers: one per input format (SPEC.md section 1). Placeholder until the readers land."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from .article import Article, Problem
from .text import article_from_text

__all__ = ["Article", "Problem", "read_paths"]


def read_paths(
    paths: Iterable[str | Path], *, published: str | None = None, keep_text: bool = False
) -> Iterator[Article | Problem]:
    for p in paths:
        path = Path(p)
        yield article_from_text(path.read_text(), origin=str(path), published=published, keep_text=keep_text)

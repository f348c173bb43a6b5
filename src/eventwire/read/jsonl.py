"""Articles from JSON Lines: one article per line, with ``text`` or ``html`` and optional metadata.

Fields: ``id``, ``title``, ``url``, ``author``, ``published`` (ISO date or datetime), ``source`` (outlet).
A bad line (not UTF-8, not JSON, no text) is a Problem naming the line; reading goes on with the next line.
A stream that breaks (truncated or corrupt gzip) yields every good line before the break, then a Problem.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator
from typing import IO, Any

from ..errors import Warnings
from .article import Article, Problem
from .checks import decode
from .dates import iso_date
from .html import article_from_html
from .problems import problem
from .text import article_from_text

__all__ = ["article_from_record", "read_jsonl"]


def _text_field(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    return value if isinstance(value, str) and value.strip() else None


def article_from_record(
    record: dict[str, Any], *, name: str, line: int, published: str | None = None, keep_text: bool = False
) -> Article | Problem:
    """One article from one parsed JSONL record (``name`` and ``line`` say where it came from)."""
    origin = f"{name}:{line}"
    text, html = _text_field(record, "text"), _text_field(record, "html")
    if text is None and html is None:
        return problem(name, line, "W009")
    warnings: list[str] = []
    raw_date = record.get("published")
    meta_date = iso_date(raw_date) if raw_date not in (None, "") else None
    if raw_date not in (None, "") and meta_date is None:
        warnings.append(Warnings.W012.format(value=raw_date))
    title, url = _text_field(record, "title"), _text_field(record, "url")
    article: Article | None
    if text is not None:
        article = article_from_text(
            text, origin=origin, published=published, title=title, keep_text=keep_text, split_headline=False,
            metadata_published=meta_date,
        )  # fmt: skip
    else:
        assert html is not None
        article = article_from_html(html, origin=origin, published=published, keep_text=keep_text,
                                    metadata_published=meta_date, title=title, url=url)  # fmt: skip
        if article is None:
            return problem(name, line, "W010")
    if record.get("id") not in (None, ""):
        article.id = str(record["id"])
    article.url = url
    article.author = _text_field(record, "author") or article.author
    article.source = _text_field(record, "source") or url or name
    article.warnings = warnings + article.warnings
    return article


def _skip_rest_of_line(stream: IO[bytes], chunk: int) -> None:
    while True:
        part = stream.readline(chunk)
        if not part or part.endswith(b"\n"):
            return


def read_jsonl(
    stream: IO[bytes], *, name: str, published: str | None = None, keep_text: bool = False,
    max_bytes: int = 20_000_000,
) -> Iterator[Article | Problem]:  # fmt: skip
    """Every article of a JSON Lines stream, and a Problem for each line (or break) that cannot be read."""
    line = 0
    try:
        while True:
            raw = stream.readline(max_bytes + 1)
            if not raw:
                return
            line += 1
            if len(raw) > max_bytes:
                _skip_rest_of_line(stream, max_bytes)
                yield problem(name, line, "W007", limit=max_bytes)
                continue
            if not raw.strip():
                continue
            text = decode(raw)
            if text is None:
                yield problem(name, line, "W003")
                continue
            try:
                record = json.loads(text)
            except json.JSONDecodeError as exc:
                yield problem(name, line, "W005", why=f"{exc.msg} at column {exc.colno}")
                continue
            if not isinstance(record, dict):
                yield problem(name, line, "W005", why="not a JSON object")
                continue
            yield article_from_record(record, name=name, line=line, published=published, keep_text=keep_text)
    except (EOFError, OSError, zlib.error) as exc:
        yield problem(name, line + 1, "W006", why=str(exc) or type(exc).__name__)

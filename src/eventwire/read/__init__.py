"""Readers: every input format of SPEC.md section 1, to Articles (and Problems for what cannot be read).

``read_paths`` takes files, directories (recursively, in sorted order, skipping hidden files and README
files) and ``-`` (JSON Lines on standard input). By suffix: ``.txt`` (first non-empty line is the headline),
``.html``/``.htm``, ``.jsonl`` and ``.jsonl.gz``. Bad input never stops a batch: each unreadable item becomes
a ``Problem`` naming the file (and line), and reading goes on.
"""

from __future__ import annotations

import gzip
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, cast

from .article import Article, Problem
from .checks import decode, english_problem, looks_binary
from .html import article_from_html
from .jsonl import read_jsonl
from .problems import problem
from .text import article_from_text

__all__ = ["Article", "Problem", "input_files", "read_file", "read_paths"]

STDIN = "-"
STDIN_NAME = "<stdin>"
TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
_GZIP_MAGIC = b"\x1f\x8b"
_SNIFF = 8192


def _suffix(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(".jsonl.gz"):
        return ".jsonl.gz"
    return path.suffix.lower()


def _skipped_in_directory(rel: Path) -> bool:
    """Hidden files and folders, and README files (a corpus's own documentation), are not articles."""
    return any(part.startswith(".") for part in rel.parts) or rel.name.upper().startswith("README")


def input_files(directory: Path) -> list[Path]:
    """Every file under ``directory`` that read_paths reads, in sorted order."""
    found = [p for p in directory.rglob("*") if p.is_file()]
    return sorted(p for p in found if not _skipped_in_directory(p.relative_to(directory)))


def read_paths(
    paths: Iterable[str | Path], *, published: str | None = None, keep_text: bool = False,
    max_bytes: int = 20_000_000,
) -> Iterator[Article | Problem]:  # fmt: skip
    """Every article under ``paths``, and a Problem for every item that cannot be read.

    ``published`` is the date to use where neither the record nor the page gives one (``published_from``
    ``"cli"``); ``keep_text`` analyses text exactly as given; files (or JSONL lines) above ``max_bytes``
    are skipped.
    """
    for p in paths:
        if str(p) == STDIN:
            items = read_jsonl(sys.stdin.buffer, name=STDIN_NAME, published=published, keep_text=keep_text,
                               max_bytes=max_bytes)  # fmt: skip
            yield from (_checked(item) for item in items)
            continue
        path = Path(p)
        if path.is_dir():
            for file in input_files(path):
                yield from read_file(file, published=published, keep_text=keep_text, max_bytes=max_bytes)
        elif path.exists():
            yield from read_file(path, published=published, keep_text=keep_text, max_bytes=max_bytes)
        else:
            yield problem(str(path), None, "W013")


def _checked(item: Article | Problem) -> Article | Problem:
    """An article whose text does not look like English becomes a Problem (W008)."""
    if isinstance(item, Article):
        why = english_problem(item.text)
        if why:
            path, _, line = item.origin.rpartition(":")
            if path and line.isdigit():
                return problem(path, int(line), "W008", why=why)
            return problem(item.origin, None, "W008", why=why)
    return item


def read_file(
    path: Path, *, published: str | None = None, keep_text: bool = False, max_bytes: int = 20_000_000
) -> Iterator[Article | Problem]:
    """The articles of one file (one for .txt and .html, one per line for JSONL), or Problems."""
    name = str(path)
    suffix = _suffix(path)
    if suffix not in TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES:
        yield problem(name, None, "W004", suffix=suffix or path.name)
        return
    try:
        size = path.stat().st_size
        if size == 0:
            yield problem(name, None, "W001")
            return
        if suffix in JSONL_SUFFIXES:
            with path.open("rb") as sniff:
                head = sniff.read(_SNIFF)
            packed = suffix == ".jsonl.gz" or head.startswith(_GZIP_MAGIC)  # a gzipped file named .jsonl
            if not packed and looks_binary(head):
                yield problem(name, None, "W002")
                return
            with gzip.open(path, "rb") if packed else path.open("rb") as stream:
                items = read_jsonl(cast(IO[bytes], stream), name=name, published=published,
                                   keep_text=keep_text, max_bytes=max_bytes)  # fmt: skip
                yield from (_checked(item) for item in items)
            return
        if size > max_bytes:
            yield problem(name, None, "W007", limit=max_bytes)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield problem(name, None, "W014", why=exc.strerror or str(exc))
        return
    yield from _one_article(data, name=name, suffix=suffix, published=published, keep_text=keep_text)


def _one_article(
    data: bytes, *, name: str, suffix: str, published: str | None, keep_text: bool
) -> Iterator[Article | Problem]:
    if not data.strip():
        yield problem(name, None, "W001")
        return
    if looks_binary(data):
        yield problem(name, None, "W002")
        return
    text = decode(data)
    if text is None:
        yield problem(name, None, "W003")
        return
    article: Article | None
    if suffix in HTML_SUFFIXES:
        article = article_from_html(text, origin=name, published=published, keep_text=keep_text)
        if article is None:
            yield problem(name, None, "W010")
            return
    else:
        article = article_from_text(text, origin=name, published=published, keep_text=keep_text)
        if not article.text.strip():
            yield problem(name, None, "W001")
            return
    article.source = name
    yield _checked(article)

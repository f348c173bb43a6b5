"""What the readers produce: articles to analyse, and problems with items that could not be read."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..records import Removed


@dataclass
class Article:
    """One input article, before analysis.

    ``text`` is the text to analyse: already cleaned of junk (``removed`` says what went), or exactly the
    input when ``keep_text`` was asked for. ``origin`` names the file and line it came from, for messages.
    """

    text: str
    origin: str
    id: str | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None
    published_from: str = "unknown"
    removed: list[Removed] = field(default_factory=list)
    place_hint: str | None = None  # the dateline's place ("BAGHDAD —"), a hint for the places stage
    # Where the outlet's other articles are (see eventwire.homes): weights by area, a prior for the places stage
    place_home: dict[str, float] | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class Problem:
    """An input item that was skipped, with a message naming the file and line."""

    path: str
    line: int | None
    message: str
    code: str = "W000"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"[{self.code}] {where}: {self.message}"

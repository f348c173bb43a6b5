"""Plain-text articles: first non-empty line is the headline, the rest is the body."""

from __future__ import annotations

from .article import Article


def article_from_text(
    text: str, *, origin: str, published: str | None = None, title: str | None = None, keep_text: bool = False
) -> Article:
    if keep_text:
        return Article(text=text, origin=origin, title=title, published=published,
                       published_from="cli" if published else "unknown")  # fmt: skip
    lines = text.strip().splitlines()
    if title is None and lines:
        title, body = lines[0].strip(), "\n".join(lines[1:]).strip()
    else:
        body = text.strip()
    return Article(text=body, origin=origin, title=title, published=published,
                   published_from="cli" if published else "unknown")  # fmt: skip

"""Articles from text: plain-text files (headline on the first line), and the text of pages and JSONL records.

Unless ``keep_text`` is asked for, the body is cleaned of scraped junk (``clean.py``); with ``keep_text`` the
text is analysed exactly as given, so offsets in the record are offsets into the input.
"""

from __future__ import annotations

from ..errors import Warnings
from .article import Article
from .clean import clean_text
from .dates import iso_date, pick_published, text_date

__all__ = ["article_from_text"]


def _split_headline(text: str) -> tuple[str | None, str]:
    lines = text.strip().splitlines()
    if not lines:
        return None, ""
    return lines[0].strip(), "\n".join(lines[1:]).strip()


def article_from_text(
    text: str,
    *,
    origin: str,
    published: str | None = None,
    title: str | None = None,
    keep_text: bool = False,
    split_headline: bool = True,
    metadata_published: str | None = None,
    page_published: str | None = None,
) -> Article:
    """One article from its text.

    ``published`` is the date the user gave; ``metadata_published`` and ``page_published`` come from a JSONL
    record and an HTML page, and win over it. Without any, a date written in the text is used. When no
    ``title`` is given and ``split_headline`` is true, the first non-empty line is the headline.
    """
    warnings: list[str] = []
    cli = iso_date(published) if published else None
    if published and not cli:
        warnings.append(Warnings.W012.format(value=published))
    if keep_text:
        body = text
    elif title is None and split_headline:
        title, body = _split_headline(text)
    else:
        body = text.strip()
    cleaned = clean_text(body)
    date, date_from = pick_published(metadata=metadata_published, html=page_published, cli=cli, text=text_date(cleaned))
    article = Article(text=body if keep_text else cleaned.text, origin=origin, title=title, published=date,
                      published_from=date_from, warnings=warnings)  # fmt: skip
    if not keep_text:
        article.removed = cleaned.removed
        article.place_hint = cleaned.place_hint
    return article

"""Articles from HTML pages: main text, title, author and date via trafilatura (dates by htmldate).

The page's date comes from its metadata only (meta tags, structured data, ``<time>``), never guessed from
the body text; a date written in the text is found later by the text rules, with lower precedence.
trafilatura keeps junk that sits inside paragraphs ("(RELATED: ...)", caption lines with agency credits),
so its output goes through the same cleaner as plain text.
"""

from __future__ import annotations

import trafilatura

from .article import Article
from .dates import iso_date
from .text import article_from_text

__all__ = ["article_from_html"]

_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def article_from_html(
    html: str,
    *,
    origin: str,
    published: str | None = None,
    keep_text: bool = False,
    metadata_published: str | None = None,
    title: str | None = None,
    url: str | None = None,
) -> Article | None:
    """One article from a page, or None when no article text can be extracted from it."""
    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_tables=False,
        date_extraction_params=_DATE_PARAMS,
    )  # fmt: skip
    if doc is None or isinstance(doc, dict):
        return None
    text = (doc.text or "").strip()
    page_title = (doc.title or "").strip() or None
    lines = text.splitlines()
    if lines and page_title and lines[0].strip() == page_title:
        text = "\n".join(lines[1:]).strip()  # the headline repeated as the first line of the main text
    if not text:
        return None
    article = article_from_text(
        text, origin=origin, published=published, title=title or page_title, keep_text=keep_text,
        split_headline=False, metadata_published=metadata_published, page_published=iso_date(doc.date),
    )  # fmt: skip
    article.author = (doc.author or "").strip() or None
    return article

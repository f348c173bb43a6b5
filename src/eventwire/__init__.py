"""eventwire: verifiable conflict and political event data from news text.

The public verbs::

    import eventwire
    doc = eventwire.analyze("Rebels shelled the town on Monday.", published="2024-05-06")
    for record in eventwire.analyze_many(["articles/"]):
        ...
    store = eventwire.open_store("eventwire.db")
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .records import Document

if TYPE_CHECKING:
    from spacy.language import Language

__version__ = "0.1.0"
__all__ = ["Document", "__version__", "analyze", "analyze_many", "open_store"]


def analyze(
    text: str,
    *,
    published: str | None = None,
    title: str | None = None,
    clean: bool = True,
    nlp: Language | None = None,
) -> Document:
    """Analyse one article's text (cleaned of scraped junk unless ``clean=False``) into a document record."""
    from .pipeline import analyze_one, shared_pipeline
    from .read.text import article_from_text

    article = article_from_text(text, origin="<text>", published=published, title=title, keep_text=not clean)
    return analyze_one(article, nlp or shared_pipeline())


def analyze_many(
    paths: Iterable[str | Path], *, published: str | None = None, keep_text: bool = False,
    nlp: Language | None = None, problems: list[Any] | None = None,
) -> Iterator[Document]:  # fmt: skip
    """Read every article under ``paths`` (files, directories, ``-``) and yield one record per article.

    Items that cannot be read are skipped; pass a list as ``problems`` to receive them.
    """
    from .pipeline import analyze_articles, shared_pipeline
    from .read import read_paths
    from .read.article import Article

    def articles() -> Iterator[Article]:
        for item in read_paths(paths, published=published, keep_text=keep_text):
            if isinstance(item, Article):
                yield item
            elif problems is not None:
                problems.append(item)

    yield from analyze_articles(articles(), nlp or shared_pipeline())


def open_store(path: str | Path = "eventwire.db") -> Any:
    """Open (or create) the SQLite event store."""
    from .store import Store

    return Store(path)

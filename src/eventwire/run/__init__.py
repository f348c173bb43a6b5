"""Running the pipeline over many articles: in this process, in local worker processes, or on Dask.

Every runner takes :class:`~eventwire.read.article.Article` items and yields document records in input
order; each worker loads the spaCy pipeline once and returns plain records (never Docs).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..read.article import Article, Problem
from ..records import Document


def analyze_stream(
    articles: Iterable[Article],
    *,
    workers: int = 1,
    dask: str | None = None,
    model: str | None = None,
    config: str | None = None,
) -> Iterator[Document | Problem]:
    """Analyse ``articles`` with one process, ``workers`` local processes, or a Dask cluster at ``dask``."""
    if dask:
        from .cluster import analyze_dask

        yield from analyze_dask(articles, dask, model=model, config=config)
    elif workers > 1:
        from .local import analyze_parallel

        yield from analyze_parallel(articles, workers, model=model, config=config)
    else:
        from ..pipeline import analyze_safely, run_pipeline

        yield from analyze_safely(articles, run_pipeline(model, config))

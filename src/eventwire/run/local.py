"""``--workers N``: one process per core on this machine, the model loaded once per process."""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from ..read.article import Article, Problem
from ..records import Document
from .wire import from_wire, to_wire

_settings: dict[str, str | None] = {}


def _init(model: str | None, config: str | None) -> None:
    _settings["model"], _settings["config"] = model, config
    from ..pipeline import run_pipeline

    run_pipeline(model, config)  # load once, before the first article arrives


def _work(batch: list[Article]) -> list[dict[str, Any]]:
    from ..pipeline import analyze_safely, run_pipeline

    nlp = run_pipeline(_settings.get("model"), _settings.get("config"))
    return [to_wire(item) for item in analyze_safely(batch, nlp)]


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while batch := list(islice(it, size)):
        yield batch


def analyze_parallel(
    articles: Iterable[Article], workers: int, *, model: str | None = None, config: str | None = None,
    batch_size: int = 8,
) -> Iterator[Document | Problem]:  # fmt: skip
    """Records in input order, identical to one process; at most a few batches are in flight per worker."""
    ctx = mp.get_context("spawn")  # a fresh interpreter: no inherited model state, same as a cluster worker
    with ctx.Pool(workers, initializer=_init, initargs=(model, config)) as pool:
        for records in pool.imap(_work, _batches(articles, batch_size)):
            for rec in records:
                yield from_wire(rec)

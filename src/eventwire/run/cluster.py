"""``--dask ADDRESS``: analyse on a Dask cluster (``tcp://host:port``, or ``local`` / ``local:N`` for a
LocalCluster on this machine). Input is sharded into a Dask bag; each worker process loads the pipeline
once (cached per process) and returns plain record dicts; the caller's process stays the one writer.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from ..read.article import Article, Problem
from ..records import Document
from .wire import from_wire, to_wire


def _analyze_partition(batch: list[Article], model: str | None, config: str | None) -> list[dict[str, Any]]:
    """Runs on a worker: one record per article; an article that fails becomes a record with a warning."""
    from ..pipeline import analyze_safely, run_pipeline

    nlp = run_pipeline(model, config)
    return [to_wire(item) for item in analyze_safely(batch, nlp)]


def _client(address: str) -> Any:
    from distributed import Client, LocalCluster

    if address == "local" or address.startswith("local:"):
        n = int(address.split(":", 1)[1]) if ":" in address else 2
        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None)
        return Client(cluster)
    return Client(address)


def analyze_dask(
    articles: Iterable[Article], address: str, *, model: str | None = None, config: str | None = None,
    partition_size: int = 32, window: int = 64,
) -> Iterator[Document | Problem]:  # fmt: skip
    """Records in input order. Partitions are submitted in windows so memory on the caller stays bounded."""
    client = _client(address)
    try:
        it = iter(articles)
        while True:
            parts = [p for p in (list(islice(it, partition_size)) for _ in range(window)) if p]
            if not parts:
                break
            futures = [client.submit(_analyze_partition, p, model, config, pure=False) for p in parts]
            for fut in futures:
                for rec in fut.result():
                    yield from_wire(rec)
    finally:
        cluster = getattr(client, "cluster", None)
        client.close()
        if cluster is not None and address.startswith("local"):
            cluster.close()

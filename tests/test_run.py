"""Parallel runners give the same records as one process: --workers 2 and a real 2-worker Dask cluster."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.read.article import Article, Problem
from eventwire.run import analyze_stream

REPORTS = [
    "Gunmen attacked a police checkpoint outside Kano on Tuesday, killing three officers, police said.",
    "Thousands of teachers marched through Nairobi on Friday to demand unpaid wages.",
    "The two governments agreed on Sunday to reopen the border crossing, officials said.",
    "A roadside bomb struck an army convoy near Kandahar, wounding five soldiers.",
    "Protesters burned tyres in Dhaka after police arrested an opposition leader on Monday.",
    "The militia commander vowed revenge against the foreign troops he blamed for the strike.",
]


def articles() -> list[Article]:
    return [Article(text=t, origin=f"mem:{i}", id=f"a{i}", published="2024-03-08", published_from="cli")
            for i, t in enumerate(REPORTS)]  # fmt: skip


def plain(items: Any) -> list[dict[str, Any]]:
    out = []
    for item in items:
        assert not isinstance(item, Problem), item
        out.append(item.to_dict())
    return out


@pytest.fixture(scope="module")
def one_process() -> list[dict[str, Any]]:
    return plain(analyze_stream(articles()))


@pytest.mark.slow
def test_two_workers_give_the_same_records(one_process: list[dict[str, Any]]) -> None:
    assert plain(analyze_stream(articles(), workers=2)) == one_process


@pytest.mark.slow
def test_local_dask_cluster_gives_the_same_records(one_process: list[dict[str, Any]]) -> None:
    pytest.importorskip("distributed")
    assert plain(analyze_stream(articles(), dask="local:2")) == one_process


def test_order_and_ids_are_kept(one_process: list[dict[str, Any]]) -> None:
    assert [r["id"] for r in one_process] == [f"a{i}" for i in range(len(REPORTS))]

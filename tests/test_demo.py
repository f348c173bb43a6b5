"""`eventwire demo` on the bundled articles: a filled database, a summary, and how to open the web interface."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from eventwire.jobs import DEMO_ARTICLES, demo
from eventwire.store import Store


@pytest.mark.slow
def test_demo_fills_a_database_and_says_where_to_look(tmp_path: Path) -> None:
    db = tmp_path / "demo.db"
    out = io.StringIO()
    report = demo(db, out)
    text = out.getvalue()
    assert report.exit_code == 0, report.problems
    n_inputs = sum(1 for p in DEMO_ARTICLES.iterdir() if p.suffix in {".txt", ".html"})
    assert report.documents >= n_inputs >= 8
    assert "eventwire serve --db" in text and "http://127.0.0.1:8000" in text
    with Store(db) as store:
        assert store.stats()["documents"] == report.documents
        assert store.count_events() > 0
        # the bundled corpus retells one drone strike in three articles (dated "Monday night", "Monday" and
        # "a day after" a Tuesday funeral): one incident, listed in the summary
        top = store.incidents(limit=1)[0]
        assert (top["type"], top["documents"], top["date"]) == ("ASSAULT", 3, "2023-03-13")
    assert "3 articles" in text
    again = demo(db, io.StringIO())
    with Store(db) as store:
        assert store.stats()["documents"] == report.documents == again.documents

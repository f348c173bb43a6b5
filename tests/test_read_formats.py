"""Readers for each input format: .txt, .html, .jsonl, .jsonl.gz, directories, several paths, stdin."""

from __future__ import annotations

import gzip
import io
import json
import shutil
import sys
from pathlib import Path

import pytest

from eventwire.read import Article, Problem, read_paths
from eventwire.read.text import article_from_text

INPUTS = Path(__file__).parent / "fixtures" / "inputs"


def articles(paths: list[str | Path], **kw: object) -> list[Article]:
    items = list(read_paths(paths, **kw))  # type: ignore[arg-type]
    assert all(isinstance(i, Article) for i in items), [str(i) for i in items if isinstance(i, Problem)]
    return [i for i in items if isinstance(i, Article)]


def test_text_file_headline_body_and_cleaning() -> None:
    [a] = articles([INPUTS / "scraped_article.txt"])
    assert a.title == "Gunmen Storm Village Market in Northern Province"
    assert a.text.startswith("Gunmen on motorcycles attacked a village market on Thursday")
    assert a.source == a.origin == str(INPUTS / "scraped_article.txt")
    assert a.place_hint == "Kano, Nigeria"
    assert {r.kind for r in a.removed} == {"byline", "boilerplate", "dateline", "related", "caption", "comments"}
    assert "\n\n" in a.text and "AP Photo" not in a.text and "RELATED" not in a.text
    assert a.published == "2024-02-02" and a.published_from == "text"  # from the dated caption


def test_keep_text_analyses_the_text_exactly_as_given() -> None:
    path = INPUTS / "scraped_article.txt"
    [a] = articles([path], keep_text=True)
    assert a.text == path.read_text(encoding="utf-8")
    assert a.removed == [] and a.title is None and a.place_hint is None


def test_html_page() -> None:
    [a] = articles([INPUTS / "page.html"])
    assert a.title == "Protesters march on parliament in capital"
    assert a.author == "Sam Reed"
    assert a.published == "2024-03-05" and a.published_from == "html"
    assert a.text.startswith("Several thousand people marched peacefully")
    assert "RELATED" not in a.text and "REUTERS" not in a.text and "dispersed in the evening." in a.text
    assert {r.kind for r in a.removed} >= {"related", "caption"}


def test_jsonl_records_keep_id_and_metadata() -> None:
    first, second = articles([INPUTS / "records.jsonl"])
    assert (first.id, first.title, first.url, first.author) == ("rec-1", "Clashes in the north",
                                                               "https://example.org/a/1", "Lee Park")  # fmt: skip
    assert first.source == "Example Wire"
    assert first.published == "2024-01-07" and first.published_from == "metadata"
    assert first.origin == f"{INPUTS / 'records.jsonl'}:1"
    assert second.id == "2" and second.source == str(INPUTS / "records.jsonl")
    assert second.origin.endswith(":2") and second.published_from == "unknown"
    assert second.text.startswith("The ministry announced new sanctions")


def test_jsonl_keep_text_is_the_text_field_as_given(tmp_path: Path) -> None:
    text = "By Ann Lee\n\nBAGHDAD — Rockets hit the airport on Monday, officials said."
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps({"text": text}) + "\n", encoding="utf-8")
    [kept] = articles([path], keep_text=True)
    assert kept.text == text
    [cleaned] = articles([path])
    assert cleaned.text == "Rockets hit the airport on Monday, officials said."


def test_jsonl_html_record(tmp_path: Path) -> None:
    page = (INPUTS / "page.html").read_text(encoding="utf-8")
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps({"id": "p1", "html": page, "published": "2024-03-06"}) + "\n", encoding="utf-8")
    [a] = articles([path])
    assert a.id == "p1" and a.published == "2024-03-06" and a.published_from == "metadata"
    assert a.title == "Protesters march on parliament in capital"


def test_gzipped_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl.gz"
    path.write_bytes(gzip.compress((INPUTS / "records.jsonl").read_bytes()))
    assert [a.id for a in articles([path])] == ["rec-1", "2"]


def test_directory_recursive_sorted_skipping_hidden(tmp_path: Path) -> None:
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / ".hidden").mkdir()
    body = "Police arrested five men on Tuesday after a raid on a warehouse, officials said."
    for rel in ["b/c/z.txt", "b/a.txt", "a.txt", ".hidden/x.txt", "b/.secret.txt"]:
        (tmp_path / rel).write_text(f"Headline {rel}\n\n{body}\n", encoding="utf-8")
    (tmp_path / "README.md").write_text("# about this corpus\n", encoding="utf-8")
    got = articles([tmp_path])
    assert [a.title for a in got] == ["Headline a.txt", "Headline b/a.txt", "Headline b/c/z.txt"]


def test_several_paths_in_the_order_given(tmp_path: Path) -> None:
    shutil.copy(INPUTS / "page.html", tmp_path / "page.htm")
    got = articles([INPUTS / "records.jsonl", tmp_path / "page.htm", INPUTS / "scraped_article.txt"])
    assert [a.published_from for a in got] == ["metadata", "unknown", "html", "text"]


def test_stdin_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    data = (INPUTS / "records.jsonl").read_bytes() + b"{broken\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    items = list(read_paths(["-"]))
    assert [i.id for i in items if isinstance(i, Article)] == ["rec-1", "2"]
    [problem] = [i for i in items if isinstance(i, Problem)]
    assert (problem.path, problem.line, problem.code) == ("<stdin>", 3, "W005")


def test_article_from_text_keeps_its_signature_and_cleans() -> None:
    raw = "Headline\n\nBy Ann Lee\n\nKABUL (AP) — Two rockets struck the airport on Friday, police said."
    a = article_from_text(raw, origin="<text>", published="2024-05-03")
    assert a.title == "Headline" and a.text == "Two rockets struck the airport on Friday, police said."
    assert a.published == "2024-05-03" and a.published_from == "cli" and a.place_hint == "Kabul"
    given = article_from_text("Body only. By Ann Lee", origin="<text>", title="T", keep_text=True)
    assert given.text == "Body only. By Ann Lee" and given.title == "T"


def test_demo_corpus_reads_cleanly() -> None:
    import eventwire

    folder = Path(eventwire.__file__).parent / "demo" / "articles"
    got = articles([folder])
    assert len(got) >= 10
    assert {Path(a.origin.split(":")[0]).suffix for a in got} == {".txt", ".html", ".jsonl"}
    assert all(150 <= len(a.text.split()) <= 350 for a in got)
    assert sum(a.published is not None for a in got) >= len(got) - 2

"""Publication date precedence: record metadata > page metadata > the date given > the text > unknown."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.read import Article, read_paths
from eventwire.read.dates import iso_date, pick_published

BODY = "Gunmen attacked a police station on Tuesday, killing two officers, the interior ministry said."
CAPTION = "Police officers stand guard in Kirkuk, Iraq, May 7, 2024. REUTERS/Sam Lowe"
PAGE = ('<html><head><title>Police station attacked</title>{meta}</head><body><article><p>{body}</p>'
        '<p>{caption}</p><p>{body}</p></article></body></html>')  # fmt: skip


def one(path: Path, **kw: object) -> Article:
    [item] = list(read_paths([path], **kw))  # type: ignore[arg-type]
    assert isinstance(item, Article), str(item)
    return item


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2024-05-08", "2024-05-08"), ("2024-05-08T23:10:00+03:00", "2024-05-08"), ("2024-05-08T10:00:00Z", "2024-05-08"),
     ("20240508", "2024-05-08"), ("2024/5/8", "2024-05-08"), ("May 8", None), ("2024-13-01", None), (None, None)],
)  # fmt: skip
def test_iso_date(value: str | None, expected: str | None) -> None:
    assert iso_date(value) == expected


def test_pick_published_order() -> None:
    assert pick_published(metadata="a", html="b", cli="c", text="d") == ("a", "metadata")
    assert pick_published(html="b", cli="c", text="d") == ("b", "html")
    assert pick_published(cli="c", text="d") == ("c", "cli")
    assert pick_published(text="d") == ("d", "text")
    assert pick_published() == (None, "unknown")


def test_text_file_cli_beats_text_and_text_beats_unknown(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"Station attacked\n\n{BODY}\n\n{CAPTION}\n", encoding="utf-8")
    assert (one(path).published, one(path).published_from) == ("2024-05-07", "text")
    given = one(path, published="2024-05-08T06:00:00")
    assert (given.published, given.published_from) == ("2024-05-08", "cli")
    plain = tmp_path / "b.txt"
    plain.write_text(f"Station attacked\n\n{BODY}\n", encoding="utf-8")
    assert (one(plain).published, one(plain).published_from) == (None, "unknown")


def test_dated_dateline_gives_the_date(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(
        f"Station attacked\n\nKIRKUK, Iraq, May 9, 2024 (Reuters) - {BODY}\n\n{CAPTION}\n", encoding="utf-8"
    )
    a = one(path)
    assert (a.published, a.published_from, a.place_hint) == ("2024-05-09", "text", "Kirkuk, Iraq")


def test_latest_caption_date_wins(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    older = "A file photo of the station in Kirkuk, Iraq, December 2, 2023. REUTERS/Sam Lowe"
    path.write_text(f"Station attacked\n\n{BODY}\n\n{older}\n\n{CAPTION}\n", encoding="utf-8")
    assert one(path).published == "2024-05-07"


def test_html_page_date_beats_cli_and_record_beats_page(tmp_path: Path) -> None:
    meta = '<meta property="article:published_time" content="2024-05-08T09:00:00Z">'
    page = PAGE.format(meta=meta, body=BODY, caption=CAPTION)
    path = tmp_path / "p.html"
    path.write_text(page, encoding="utf-8")
    a = one(path, published="2024-06-01")
    assert (a.published, a.published_from) == ("2024-05-08", "html")
    bare = tmp_path / "bare.html"
    bare.write_text(PAGE.format(meta="", body=BODY, caption=CAPTION), encoding="utf-8")
    assert (one(bare, published="2024-06-01").published_from) == "cli"
    assert (one(bare).published, one(bare).published_from) == ("2024-05-07", "text")
    rec = tmp_path / "r.jsonl"
    rec.write_text(json.dumps({"html": page, "published": "2024-05-10"}) + "\n", encoding="utf-8")
    r = one(rec, published="2024-06-01")
    assert (r.published, r.published_from) == ("2024-05-10", "metadata")


def test_jsonl_bad_date_is_a_warning_and_falls_back(tmp_path: Path) -> None:
    rec = tmp_path / "r.jsonl"
    rec.write_text(json.dumps({"text": BODY, "published": "sometime in May"}) + "\n", encoding="utf-8")
    a = one(rec, published="2024-06-01")
    assert (a.published, a.published_from) == ("2024-06-01", "cli")
    assert any(w.startswith("[W012]") for w in a.warnings)


def test_published_line_near_the_top_gives_the_date(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"Station attacked\n\nPublished: 4 May 2024 10:15 GMT\n\n{BODY}\n\n{CAPTION}\n", encoding="utf-8")
    a = one(path)
    assert (a.published, a.published_from) == ("2024-05-04", "text")
    assert [r.kind for r in a.removed] == ["boilerplate", "caption"]


def test_samples_read_with_a_date_from_their_text(samples: list[Path]) -> None:
    items = list(read_paths(samples))
    assert all(isinstance(i, Article) for i in items)
    dated = [i for i in items if isinstance(i, Article) and i.published_from == "text"]
    assert dated and all(iso_date(i.published) for i in dated)

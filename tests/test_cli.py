"""The command line: exit codes, bad input named with file and line, extract/ingest/query/export round trip."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from eventwire.cli import main

GOOD = """Militants Attack Border Post

KABUL, Afghanistan (AP) — Militants attacked a border post in eastern Afghanistan on Sunday, killing two guards,
a provincial spokesman said.

The spokesman said the attackers fled across the border after a two-hour gunfight.
"""


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["extract", "x.txt", "--published", "yesterday"])
    assert exc.value.code == 2
    with pytest.raises(SystemExit) as exc:
        main(["query", "--near", "100,0,5"])
    assert exc.value.code == 2


def test_query_on_a_missing_database_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "--db", str(tmp_path / "none.db")]) == 1
    assert "none.db" in capsys.readouterr().err


@pytest.fixture()
def batch(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text(GOOD)
    (d / "empty.txt").write_text("")
    (d / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (d / "latin.txt").write_bytes("Headline\n\nCaf\xe9 owners protested in Lyon.".encode("latin-1"))
    lines = [json.dumps({"id": "j1", "text": GOOD, "published": "2024-06-02"}), "{not json",
             json.dumps({"id": "j3", "text": GOOD.replace("Sunday", "Monday"), "published": "2024-06-03"})]  # fmt: skip
    (d / "feed.jsonl").write_text("\n".join(lines) + "\n")
    raw = gzip.compress(("\n".join([json.dumps({"id": "g1", "text": GOOD})] * 50) + "\n").encode())
    (d / "cut.jsonl.gz").write_bytes(raw[: len(raw) // 2])
    (d / "notes.docx").write_bytes(b"PK\x03\x04 not an article")
    return d


@pytest.mark.slow
def test_bad_items_are_named_and_the_rest_processed(batch: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    out = tmp_path / "records.jsonl"
    code = main(["extract", str(batch), "-o", str(out), "--quiet"])
    err = capsys.readouterr().err
    assert code == 3
    records = [json.loads(line) for line in out.read_text().splitlines()]
    ids = {r["id"] for r in records}
    assert {"j1", "j3"} <= ids
    assert any(r["title"] == "Militants Attack Border Post" for r in records)
    for name in ("empty.txt", "binary.txt", "latin.txt", "feed.jsonl:2", "cut.jsonl.gz", "notes.docx"):
        assert name in err, f"{name} not named in: {err}"


@pytest.mark.slow
def test_ingest_twice_then_query_and_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "a.txt"
    src.write_text(GOOD)
    db = str(tmp_path / "t.db")
    assert main(["ingest", str(src), "--db", db, "--quiet", "--published", "2024-06-03"]) == 0
    first = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert main(["ingest", str(src), "--db", db, "--quiet", "--published", "2024-06-03"]) == 0
    second = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert first["totals"] == second["totals"]
    assert main(["query", "--db", db, "--json"]) == 0
    capsys.readouterr()
    out = tmp_path / "e.csv"
    assert main(["export", "--db", db, "--format", "csv", "-o", str(out)]) == 0
    assert out.exists()

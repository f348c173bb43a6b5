"""Server-rendered pages: overview and timeline, events, one event with its evidence, map, network,
entities, documents, incidents. Filters live in the query string so every view can be shared as a link.

Templates are Jinja2 with autoescaping on; article text reaches the page only through
``highlight.mark_text`` (escaped) or ``{{ ... }}`` (escaped). Charts, the map and the network are drawn by
small scripts in ``static/`` from the JSON API, with the page's own query string.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from ..records import ACLED_SUBTYPES, PLOVER_TYPES, STATUSES
from .api import Filters, Source, evidence, not_found
from .filters import SORTS, EventFilters, parse_paging, parse_sort
from .highlight import KINDS, document_spans, event_spans, mark_text

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).resolve().parent / "templates"))
PAGE_SIZE = 50

router = APIRouter(include_in_schema=False)


def _context(request: Request, filters: EventFilters | None = None, **extra: Any) -> dict[str, Any]:
    f = filters or EventFilters()
    return {
        "request": request,
        "filters": f.given(),
        "qs": f.query_string(),
        "plover_types": PLOVER_TYPES,
        "acled_types": ACLED_SUBTYPES,
        "statuses": STATUSES,
        "sorts": SORTS,
        **extra,
    }


def render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> HTMLResponse:
    return TEMPLATES.TemplateResponse(request, name, context, status_code=status)


def error_page(request: Request, status: int, message: str) -> Response:
    return render(request, "error.html", _context(request, status=status, message=message), status)


def actors_text(refs: Any) -> str:
    return ", ".join(str(r.get("text") or r.get("entity") or "") for r in refs or [] if isinstance(r, dict))


TEMPLATES.env.filters["actors"] = actors_text


@router.get("/", response_class=HTMLResponse)
def overview(request: Request, src: Source, filters: Filters, bucket: Annotated[str, Query()] = "day") -> Response:
    if bucket not in ("day", "week"):
        raise ValueError(f"bucket: {bucket!r} is not day or week")
    kw = filters.store_kwargs()
    latest = src.events(limit=10, offset=0, sort="-date", **kw)
    ctx = _context(request, filters, stats=src.stats(), bucket=bucket, latest=latest, total=src.count_events(**kw))
    return render(request, "index.html", ctx)


@router.get("/events", response_class=HTMLResponse)
def events_page(
    request: Request,
    src: Source,
    filters: Filters,
    page: Annotated[int, Query(ge=1)] = 1,
    sort: Annotated[str | None, Query()] = None,
) -> Response:
    kw = filters.store_kwargs()
    order = parse_sort(sort) or "-date"
    limit, offset = parse_paging(PAGE_SIZE, (page - 1) * PAGE_SIZE)
    items = src.events(limit=limit, offset=offset, sort=order, **kw)
    total = src.count_events(**kw)
    pages = max(1, math.ceil(total / PAGE_SIZE))
    ctx = _context(request, filters, events=items, total=total, page=page, pages=pages, sort=order)
    return render(request, "events.html", ctx)


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, src: Source, event_id: str) -> Response:
    event = src.event(event_id)
    if event is None:
        raise not_found("event", event_id)
    ev = evidence(event)
    document: dict[str, Any] = event.get("document") or {}
    marked = mark_text(ev["text"], event_spans(event, document))
    others = [r for r in event.get("other_reports") or [] if r.get("event_id") != event_id]
    ctx = _context(request, event=event, document=document, marked=marked, others=others, legend=KINDS)
    return render(request, "event.html", ctx)


@router.get("/map", response_class=HTMLResponse)
def map_page(request: Request, src: Source, filters: Filters) -> Response:
    total = src.count_events(**filters.store_kwargs())  # checks the filters before the script runs
    return render(request, "map.html", _context(request, filters, total=total))


@router.get("/network", response_class=HTMLResponse)
def network_page(request: Request, src: Source, filters: Filters) -> Response:
    total = src.count_events(**filters.store_kwargs())
    return render(request, "network.html", _context(request, filters, total=total))


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity_page(request: Request, src: Source, entity_id: str) -> Response:
    entity = src.entity(entity_id)
    if entity is None:
        raise not_found("entity", entity_id)
    events = entity.get("events") or src.events(entity=entity_id, limit=200, offset=0)
    return render(request, "entity.html", _context(request, entity=entity, events=events))


@router.get("/documents/{document_id}", response_class=HTMLResponse)
def document_page(request: Request, src: Source, document_id: str) -> Response:
    document = src.document(document_id)
    if document is None:
        raise not_found("document", document_id)
    text = str(document.get("text") or "")
    marked = mark_text(text, document_spans(document))
    ctx = _context(request, document=document, marked=marked, events=document.get("events") or [])
    return render(request, "document.html", ctx)


@router.get("/incidents/{incident_id}", response_class=HTMLResponse)
def incident_page(request: Request, src: Source, incident_id: str) -> Response:
    incident = src.incident(incident_id)
    if incident is None:
        raise not_found("incident", incident_id)
    reports = incident.get("reports_list") or []
    return render(request, "incident.html", _context(request, incident=incident, reports=reports))


@router.get("/api/docs", response_class=HTMLResponse)
def api_docs(request: Request) -> Response:
    spec = request.app.openapi()
    endpoints = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = [
                {
                    "name": p.get("name"),
                    "in": p.get("in"),
                    "required": p.get("required", False),
                    "description": p.get("description") or "",
                }
                for p in op.get("parameters", [])
            ]
            endpoints.append(
                {"method": method.upper(), "path": path, "summary": op.get("summary", ""), "params": params}
            )
    return render(request, "apidocs.html", _context(request, endpoints=endpoints, title=spec["info"]["title"]))

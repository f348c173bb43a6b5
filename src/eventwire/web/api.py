"""The HTTP API under ``/api/``: JSON views of the store, with the filters of ``eventwire query``.

Every handler checks its parameters first (``filters.py``); a bad value becomes a 400 with a JSON message
(see ``app.py``), an unknown id a 404. Lists page with ``limit``/``offset`` and say the ``total``.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request

from .filters import MAX_LIMIT, EventFilters, parse_paging, parse_sort
from .highlight import event_spans
from .source import StoreSource, as_dict

router = APIRouter(prefix="/api", tags=["api"])

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"page size, 1 to {MAX_LIMIT}")]
Offset = Annotated[int, Query(ge=0, description="rows to skip")]
Filters = Annotated[EventFilters, Depends()]


def source(request: Request) -> StoreSource:
    src: StoreSource = request.app.state.source
    return src


Source = Annotated[StoreSource, Depends(source)]


def not_found(kind: str, ident: str) -> HTTPException:
    return HTTPException(status_code=404, detail=f"no {kind} with id {ident!r}")


def page(items: list[Any], total: int, limit: int, offset: int) -> dict[str, Any]:
    return {"total": total, "limit": limit, "offset": offset, "count": len(items), "items": items}


def evidence(event: dict[str, Any]) -> dict[str, Any]:
    """The document text of an event and the spans that support it (kind, offsets, words)."""
    document = event.get("document") or {}
    text = str(document.get("text") or "")
    spans = [
        {"kind": kind, "start": s, "end": e, "text": text[s:e]}
        for s, e, kind in sorted(event_spans(event, document), key=lambda x: (x[0], x[1]))
    ]
    return {"text": text, "spans": spans}


@router.get("/events", summary="Events, filtered and paged")
def list_events(
    src: Source,
    filters: Filters,
    limit: Limit = 50,
    offset: Offset = 0,
    sort: Annotated[str | None, Query(description="date, -date, published, -published, confidence, ...")] = None,
) -> dict[str, Any]:
    kw = filters.store_kwargs()
    limit, offset = parse_paging(limit, offset)
    order = parse_sort(sort)
    items = src.events(limit=limit, offset=offset, sort=order, **kw)
    return page(items, src.count_events(**kw), limit, offset)


@router.get("/events/{event_id}", summary="One event with its evidence and the other reports of its incident")
def get_event(src: Source, event_id: str) -> dict[str, Any]:
    event = src.event(event_id)
    if event is None:
        raise not_found("event", event_id)
    return {**event, "evidence": evidence(event)}


@router.get("/incidents", summary="Incidents: real-world events linked across reports")
def list_incidents(src: Source, filters: Filters, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    kw = filters.store_kwargs()
    limit, offset = parse_paging(limit, offset)
    items, total = src.incidents(limit=limit, offset=offset, **kw)
    return page(items, total, limit, offset)


@router.get("/incidents/{incident_id}", summary="One incident with every report of it")
def get_incident(src: Source, incident_id: str) -> dict[str, Any]:
    incident = src.incident(incident_id)
    if incident is None:
        raise not_found("incident", incident_id)
    return incident


@router.get("/entities", summary="Entities (actors and places), by name")
def list_entities(
    src: Source,
    q: Annotated[str | None, Query(description="name or alias")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    items, total = src.entities(q=q or None, limit=limit, offset=offset)
    return page(items, total, limit, offset)


@router.get("/entities/{entity_id}", summary="One entity with its events")
def get_entity(src: Source, entity_id: str) -> dict[str, Any]:
    entity = src.entity(entity_id)
    if entity is None:
        raise not_found("entity", entity_id)
    return entity


@router.get("/documents", summary="Documents (articles), by full-text query")
def list_documents(
    src: Source,
    q: Annotated[str | None, Query(description="full-text query")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    items, total = src.documents(q=q or None, limit=limit, offset=offset)
    return page(items, total, limit, offset)


@router.get("/documents/{document_id}", summary="One document record (SPEC section 3)")
def get_document(src: Source, document_id: str) -> dict[str, Any]:
    document = src.document(document_id)
    if document is None:
        raise not_found("document", document_id)
    return document


@router.get("/search", summary="Full-text search over article text")
def search(
    src: Source, q: Annotated[str, Query(min_length=1, description="words to find")], limit: Limit = 20
) -> dict[str, Any]:
    items = src.search(q, limit=limit)
    return {"q": q, "count": len(items), "items": items}


@router.get("/stats", summary="Counts of documents, events, incidents, entities")
def stats(src: Source) -> dict[str, Any]:
    return as_dict(src.stats())


@router.get("/timeline", summary="Events per day or week, by type")
def timeline(
    src: Source, filters: Filters, bucket: Annotated[Literal["day", "week"], Query()] = "day"
) -> dict[str, Any]:
    rows = src.timeline(bucket=bucket, **filters.store_kwargs())
    return {"bucket": bucket, "items": rows}


@router.get("/network", summary="Actors and who acts on whom (edge weight = events, by type)")
def network(src: Source, filters: Filters) -> dict[str, Any]:
    return as_dict(src.network(**filters.store_kwargs()))

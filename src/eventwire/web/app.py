"""The web application: HTTP API under ``/api/``, server-rendered pages, static assets from the package.

``create_app(db_path)`` builds a FastAPI app on a store (read-only by default); ``serve(db_path)`` runs it
with uvicorn on 127.0.0.1. Everything the pages load is served from ``web/static``: no CDN, no tiles. The
OpenAPI description is at ``/api/openapi.json``; ``/api/docs`` is a plain page generated from it (Swagger
UI would load its scripts from a CDN, so it is switched off).
"""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from . import api, pages
from .source import StoreSource

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _error(request: Request, status: int, message: str, detail: Any = None) -> Response:
    if _is_api(request):
        body: dict[str, Any] = {"error": {"status": status, "message": message}}
        if detail is not None:
            body["error"]["detail"] = detail
        return JSONResponse(body, status_code=status)
    return pages.error_page(request, status, message)


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(x) for x in err.get("loc", ()) if x not in ("query", "path"))
        parts.append(f"{where}: {err.get('msg', 'invalid')}" if where else str(err.get("msg", "invalid")))
    return "; ".join(parts) or "invalid parameters"


def create_app(db_path: str | Path, read_only: bool = True) -> FastAPI:
    """The FastAPI app serving the API and pages on the store at ``db_path``."""
    path = Path(db_path)
    if read_only and not path.is_file():
        raise FileNotFoundError(f"no database at {path}")
    source = StoreSource(path, read_only=read_only)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        source.close()

    app = FastAPI(
        title="eventwire",
        summary="Verifiable conflict and political event data from news text",
        version="0.1.0",
        openapi_url="/api/openapi.json",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.source = source

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return _error(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        status = 422 if _is_api(request) else 400
        return _error(request, status, _validation_message(exc), detail=jsonable(exc.errors()))

    @app.exception_handler(ValueError)
    async def value_error(request: Request, exc: ValueError) -> Response:
        return _error(request, 400, str(exc))

    @app.exception_handler(sqlite3.OperationalError)
    async def sqlite_error(request: Request, exc: sqlite3.OperationalError) -> Response:
        message = str(exc)
        if "fts5" in message or "syntax" in message or "MATCH" in message:
            return _error(request, 400, f"text query not understood: {message}")
        raise exc

    app.include_router(api.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app


def jsonable(errors: Any) -> Any:
    """Validation errors without the exception objects pydantic may put in ``ctx``."""
    out = []
    for err in errors:
        item = {k: v for k, v in dict(err).items() if k in ("loc", "msg", "type", "input")}
        if not isinstance(item.get("input"), str | int | float | bool | type(None)):
            item.pop("input", None)
        out.append(item)
    return out


def serve(db_path: str | Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the web interface and API with uvicorn (binds to the loopback interface by default)."""
    import uvicorn

    app = create_app(db_path)
    print(f"eventwire: serving {db_path} on http://{host}:{port}/ (API: /api/, docs: /api/docs)")
    uvicorn.run(app, host=host, port=port, log_level="warning")

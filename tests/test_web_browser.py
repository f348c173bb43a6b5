"""The pages in real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright for Python).

A uvicorn server on 127.0.0.1 (free port, in a thread) serves a store of invented articles; every request
the browser makes to anywhere else is blocked and fails the test. Screenshots go to ``screenshots/``.
Skipped with a reason when Chromium or Playwright is missing; run with ``pytest -m browser``.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import pytest

from eventwire.web.app import create_app
from test_web_api_data import XSS, fill_store

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[1]
SHOTS = ROOT / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]  # fmt: skip


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    db = fill_store(tmp_path_factory.mktemp("browser") / "events.db")
    port = _free_port()
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is absent: apt-get install -y chromium chromium-driver")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (test extra)")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield b
        b.close()


class Watch:
    """Requests to other hosts (blocked), script errors and dialogs seen by one page."""

    def __init__(self) -> None:
        self.outside: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []

    def check(self) -> None:
        assert not self.outside, f"requests left the machine: {self.outside}"
        assert not self.errors, f"script errors: {self.errors}"
        assert not self.dialogs, f"dialogs opened (escaping failed?): {self.dialogs}"


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[tuple[Any, Watch]]:
    context = browser.new_context(viewport={"width": 1360, "height": 900})
    pg = context.new_page()
    watch = Watch()

    def guard(route: Any) -> None:
        host = urlparse(route.request.url).hostname
        if host in ("127.0.0.1", None) or route.request.url.startswith("data:"):
            route.continue_()
        else:
            watch.outside.append(route.request.url)
            route.abort()

    pg.route("**/*", guard)
    pg.on("pageerror", lambda exc: watch.errors.append(str(exc)))
    pg.on("dialog", lambda d: (watch.dialogs.append(d.message), d.dismiss()))
    yield pg, watch
    context.close()


def shot(pg: Any, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_overview_timeline_and_filter(page: tuple[Any, Watch], server: str) -> None:
    pg, watch = page
    pg.goto(server + "/")
    pg.wait_for_selector("#timeline svg rect.bar")
    assert pg.locator("#timeline rect.bar").count() == 5  # (day, type) pairs of the invented events
    shot(pg, "overview")
    pg.select_option("form.filters select[name=type]", "ASSAULT")
    pg.click("form.filters button[type=submit]")
    pg.wait_for_url("**/?*type=ASSAULT*")
    pg.wait_for_selector("#timeline svg rect.bar")
    assert pg.locator("#timeline rect.bar").count() == 1
    assert pg.locator("table.events tbody tr").count() == 2
    pg.click("text=per week")
    pg.wait_for_selector("#timeline svg rect.bar")
    assert "2024-W10" in pg.inner_text("#timeline")
    watch.check()


def test_events_list_filter_then_event_evidence(page: tuple[Any, Watch], server: str) -> None:
    pg, watch = page
    pg.goto(server + "/events")
    assert pg.locator("table.events tbody tr").count() == 7
    pg.fill("form.filters input[name=text]", "protested")
    pg.click("form.filters button[type=submit]")
    pg.wait_for_url("**/events?*text=protested*")
    rows = pg.locator("table.events tbody tr")
    assert rows.count() == 1
    shot(pg, "events")
    rows.first.locator("td.report a").first.click()
    pg.wait_for_url("**/events/doc-c-e1")
    assert pg.inner_text("#article mark.trigger") == "protested"
    assert pg.inner_text("#article mark.place") == "Baghdad"
    shot(pg, "event-protest")
    watch.check()


def test_event_page_marks_every_kind(page: tuple[Any, Watch], server: str) -> None:
    pg, watch = page
    pg.goto(server + "/events/doc-a-e1")
    marks = {k: pg.locator(f"#article mark.{k}").all_inner_texts() for k in ("trigger", "actor", "date", "place")}
    assert marks == {"trigger": ["shelled"], "actor": ["Northern Front"], "date": ["Monday"], "place": ["Erbil"]}
    assert pg.locator("ul.reports li").count() == 1  # the other article about the shelling
    shot(pg, "event")
    watch.check()


def test_map_draws_countries_and_clusters(page: tuple[Any, Watch], server: str) -> None:
    pg, watch = page
    pg.goto(server + "/map")
    pg.wait_for_selector("#map circle.cluster")
    assert pg.locator("#map path.land").count() > 150
    total = sum(int(c.get_attribute("data-count")) for c in pg.locator("#map circle.cluster").all())
    assert total == 5  # every event with coordinates
    shot(pg, "map")
    pg.locator("#map circle.cluster").first.click()
    pg.wait_for_selector("#map-list li a")
    pg.goto(server + "/map?country=TUR")
    pg.wait_for_selector("#map circle.cluster")
    assert pg.locator("#map circle.cluster").count() == 1
    assert "1 placed of 1 event" in pg.inner_text("#map-count")
    watch.check()


def test_network_nodes_link_to_entities(page: tuple[Any, Watch], server: str) -> None:
    pg, watch = page
    pg.goto(server + "/network")
    pg.wait_for_selector("#network a.node")
    assert pg.locator("#network a.node").count() == 6
    assert pg.locator("#network path.edge").count() == 5
    shot(pg, "network")
    pg.locator('#network a.node[href="/entities/northern-front"]').click()
    pg.wait_for_url("**/entities/northern-front")
    assert "Northern Front" in pg.inner_text("h1")
    shot(pg, "entity")
    watch.check()


def test_script_in_article_is_shown_as_text(page: tuple[Any, Watch], server: str) -> None:
    pg, watch = page
    pg.goto(server + "/documents/doc-d")
    assert XSS in pg.inner_text(".article")
    assert XSS in pg.inner_text("h1")
    pg.goto(server + "/events/doc-d-e1")
    assert XSS in pg.inner_text("#article")
    shot(pg, "escaped")
    watch.check()

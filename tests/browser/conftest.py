"""Browser tests: the real admin in headless Chromium (Debian's package), driven by Playwright.

How the pieces fit:

* **Live server.** pytest-django's ``live_server`` cannot see a test's data here: every test
  runs inside a transaction that is rolled back (tenants are cloned once per session, see
  ``tests/conftest.py``), and ``transactional_db`` would flush the public schema (the tenant
  rows) after each test. So ``browser_server`` below is a single-threaded Django server whose
  thread *shares the test's database connection*: what a test creates is visible to the
  browser's requests, and everything the browser writes is rolled back with the test.
  Requests are served one at a time; ``orm(tenant)`` takes the same lock, so the test thread
  never uses the connection (or switches its schema) while a request is being served.
* **Hosts.** Chromium maps every host name to 127.0.0.1 (``--host-resolver-rules``), so
  ``tenant_url(tenant_a, "/admin/")`` is ``http://a.test:<port>/admin/`` and django-tenants
  picks the tenant from the host as in production.
* **Browser.** ``/usr/bin/chromium`` (or ``$CHROMIUM``), never a Playwright-downloaded build.
  Outside CI a missing browser skips the tests with a reason; with ``CI=true`` they fail.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import threading
from pathlib import Path

import pytest
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.core import signals
from django.core.handlers.wsgi import WSGIHandler
from django.core.servers.basehttp import WSGIServer
from django.db import close_old_connections, connections
from django.test import Client
from django.test.testcases import QuietWSGIRequestHandler, _MediaFilesHandler
from django_tenants.utils import schema_context

from tests.hierarchy.factories import org_tree  # noqa: F401

# Playwright's sync API keeps an asyncio loop on the test thread; Django's ORM refuses to run
# where a loop exists unless told it is safe (it is: nothing else runs on that loop).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # Every host (a.test, b.test, ...) is this machine: the live server tells tenants apart
    # by the Host header, as in production.
    "--host-resolver-rules=MAP * 127.0.0.1",
]
# Where failing or explicitly requested screenshots go (not committed).
SCREENSHOT_DIR = Path(os.environ.get("BROWSER_SCREENSHOTS", "/tmp/congdoan-browser-shots"))
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 900}

# One lock for the shared connection: held while the server handles a request and while the
# test thread runs ORM code through ``orm()``.
DB_LOCK = threading.RLock()


def pytest_collection_modifyitems(config, items):
    """Browser tests need Chromium. Skip them (with the reason) when it is missing on a
    developer machine; in CI (CI=true) they run and fail instead of being skipped."""
    if Path(CHROMIUM).exists() or shutil.which(CHROMIUM):
        return
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        return
    skip = pytest.mark.skip(
        reason=f"Chromium not found at {CHROMIUM} (apt-get install chromium chromium-driver)"
    )
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


class _SharedConnectionServer(WSGIServer):
    """Serve one request at a time on the test's own database connection."""

    def __init__(self, *args, shared_connection, **kwargs):
        super().__init__(*args, **kwargs)
        self.shared_connection = shared_connection

    # Set by the ``page`` fixture while a test (and its transaction) is running. A request
    # arriving outside a test (an autosave after the test ended) must not touch the database:
    # in autocommit mode it would commit into the test database for good.
    accepting = False

    def process_request(self, request, client_address):
        with DB_LOCK:
            if self.accepting:
                connections["default"] = self.shared_connection
                super().process_request(request, client_address)
            else:
                request.sendall(b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n")
                self.shutdown_request(request)


class LiveServer:
    """A Django server in a thread; ``url`` is http://127.0.0.1:<port>."""

    def __init__(self):
        self.port = None
        self.error = None
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="browser-live-server", daemon=True)

    def _run(self):
        connections["default"] = self.connection
        try:
            handler = StaticFilesHandler(_MediaFilesHandler(WSGIHandler()))
            self.httpd = _SharedConnectionServer(
                ("127.0.0.1", 0),
                QuietWSGIRequestHandler,
                allow_reuse_address=False,
                shared_connection=self.connection,
            )
            self.port = self.httpd.server_address[1]
            self.httpd.set_app(handler)
        except Exception as exc:  # reported by start()
            self.error = exc
            self._ready.set()
            return
        self._ready.set()
        self.httpd.serve_forever(poll_interval=0.1)

    def start(self):
        self.connection = connections["default"]
        self.connection.inc_thread_sharing()
        # Django closes "old" connections at the start and end of every request; on the shared
        # connection that would abort the test's transaction.
        signals.request_started.disconnect(close_old_connections)
        signals.request_finished.disconnect(close_old_connections)
        self._thread.start()
        self._ready.wait(30)
        if self.error:
            raise self.error

    def accept(self, flag: bool):
        """Serve requests (True) or answer 503 (False); waits for a request in progress.

        The connection is taken again for each test: once Playwright's loop runs on the test
        thread, Django's connection handler (an asgiref Local) may hand that thread another
        connection object than the one it had before."""
        with DB_LOCK:
            if flag:
                connection = connections["default"]
                if connection is not self.httpd.shared_connection:
                    connection.inc_thread_sharing()
                    self.httpd.shared_connection = connection
            self.httpd.accepting = flag

    def stop(self):
        if hasattr(self, "httpd"):
            self.httpd.shutdown()
            self.httpd.server_close()
        self._thread.join(10)
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)
        self.connection.dec_thread_sharing()

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def __str__(self):
        return self.url


@pytest.fixture(scope="session")
def browser_server(django_db_setup, django_db_blocker):
    """The session's live server. Not named ``live_server``: pytest-django makes any test
    that uses a fixture of that name transactional (flushing the tenants table)."""
    with django_db_blocker.unblock():
        server = LiveServer()
        server.start()
    yield server
    server.stop()


@pytest.fixture
def orm():
    """``with orm(tenant): ...`` runs ORM code in ``tenant``'s schema while no request is
    being served (the browser and the test share one database connection)."""

    @contextlib.contextmanager
    def _orm(tenant=None):
        with DB_LOCK:
            if tenant is None:
                yield
            else:
                with schema_context(tenant.schema_name):
                    yield

    return _orm


@pytest.fixture(scope="module")
def browser():
    """Chromium, per test module. Not per session: while Playwright's sync API is open its
    asyncio loop counts as running on the test thread, and code that checks for one (the
    GraphQL API's resolvers) would behave as if called from async code in later tests."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def viewport():
    """Override (or parametrize indirectly) to test another screen size, e.g. ``PHONE``."""
    return DESKTOP


@pytest.fixture
def page(browser, viewport, browser_server, db, request):
    """A fresh browser context (no cookies) per test, in Vietnamese, with a screenshot
    saved under ``SCREENSHOT_DIR`` when the test fails. The server serves requests only
    while the test runs (inside its transaction)."""
    browser_server.accept(True)
    context = browser.new_context(viewport=viewport, locale="vi-VN", timezone_id="Asia/Ho_Chi_Minh")
    context.set_default_timeout(20_000)
    # expect() assertions wait as long as actions do (the suite runs on one worker per core,
    # beside PostgreSQL: a busy machine must not turn a slow answer into a failure).
    from playwright.sync_api import expect

    expect.set_options(timeout=20_000)
    page = context.new_page()
    page.console_errors = []
    page.on(
        "console",
        lambda msg: page.console_errors.append(msg.text) if msg.type == "error" else None,
    )
    page.on("pageerror", lambda exc: page.console_errors.append(str(exc)))
    yield page
    report = getattr(request.node, "rep_call", None)
    if report is not None and report.failed:
        SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(Exception):
            page.screenshot(path=str(SCREENSHOT_DIR / f"{request.node.name}.png"), full_page=True)
    browser_server.accept(False)
    context.close()


@pytest.hookimpl(tryfirst=True, hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"rep_{report.when}", report)


@pytest.fixture
def tenant_url(browser_server):
    """``tenant_url(tenant, "/admin/")`` -> ``http://<tenant's primary domain>:<port>/admin/``."""

    def _url(tenant, path="/"):
        with DB_LOCK:
            domain = tenant.domains.get(is_primary=True).domain
        return f"http://{domain}:{browser_server.port}{path}"

    return _url


@pytest.fixture
def login(tenant_url):
    """``login(page, user, tenant)`` signs ``user`` in on ``tenant``'s host (a session made
    on the server, its cookie given to the browser) and returns the admin URL."""

    def _login(page, user, tenant):
        with DB_LOCK, schema_context(tenant.schema_name):
            client = Client()
            client.force_login(user)
            session_key = client.cookies["sessionid"].value
        base = tenant_url(tenant, "/")
        page.context.add_cookies([{"name": "sessionid", "value": session_key, "url": base}])
        return tenant_url(tenant, "/admin/")

    return _login


@pytest.fixture
def screenshot(request):
    """``screenshot(page, "name")`` saves a full-page PNG under ``SCREENSHOT_DIR``."""

    def _shot(page, name):
        SCREENSHOT_DIR.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOT_DIR / f"{name}.png"
        page.screenshot(path=str(path), full_page=False)
        return path

    return _shot

"""A database outage answers 503 with Retry-After and a short Vietnamese page on every view,
the admin included (production settings, over HTTP; the outage is a cut TCP proxy between the
app and PostgreSQL), and the app recovers by itself when the database is back."""

import json

import pytest
from django.db import OperationalError
from django.test import RequestFactory

from congdoan.middleware import DatabaseUnavailableMiddleware
from tests.security import live
from tests.security.live import EMAILS, HttpClient
from tests.security.pgproxy import CuttableProxy

pytestmark = pytest.mark.django_db
world = live.world  # module-scoped fixture


@pytest.fixture(scope="module")
def proxied(world):
    from django.db import connection

    db = connection.settings_dict
    proxy = CuttableProxy(db["HOST"] or "127.0.0.1", db["PORT"] or 5432)
    live.flush_redis()
    try:
        with live.running_server(DATABASE_URL=live.database_url(port=proxy.port)) as server:
            yield server, proxy
    finally:
        proxy.close()


def _assert_outage_page(response):
    assert response.status == 503
    assert response.headers["retry-after"] == "5"
    assert "không kết nối được cơ sở dữ liệu" in response.text


def test_outage_is_503_everywhere_then_recovers(proxied, world):
    server, proxy = proxied
    anonymous = HttpClient(server, world.hosts["b"])
    editor = HttpClient(server, world.hosts["b"])
    assert anonymous.get(world.public_page).status == 200
    assert editor.login(EMAILS["b"]).status == 302
    assert editor.get("/admin/").status == 200

    proxy.cut()
    try:
        _assert_outage_page(anonymous.get(world.public_page))
        _assert_outage_page(anonymous.get(world.document_url))
        _assert_outage_page(editor.get("/admin/"))
        _assert_outage_page(editor.get("/admin/"))
        _assert_outage_page(HttpClient(server, "unknown-host.test").get("/"))
    finally:
        proxy.restore()
    assert anonymous.get(world.public_page).status == 200
    assert editor.get("/admin/").status == 200


def test_graphql_path_gets_json():
    def broken_view(request):
        raise OperationalError("connection refused")

    middleware = DatabaseUnavailableMiddleware(broken_view)
    request = RequestFactory().post("/graphql/", "{}", content_type="application/json")
    response = middleware.process_exception(request, OperationalError("down"))
    assert response.status_code == 503 and response["Retry-After"] == "5"
    body = json.loads(response.content)
    assert body["errors"][0]["extensions"]["code"] == "SERVICE_UNAVAILABLE"

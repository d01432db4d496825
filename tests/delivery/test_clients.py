"""Persisted GET with standard clients over real HTTP (Django's live server): graphql-core
in Python and graphql-js in Node build the document, hash it, read it by hash in Apollo's
GET format, get a hit the second time and a 304 with the ETag.

The live server sees only committed rows: the query is registered in tenant ``test_a``
through a connection of its own and removed afterwards."""

import hashlib
import json
import shutil
import subprocess
import urllib.request
from pathlib import Path
from urllib.parse import urlencode

import psycopg
import pytest
from django.db import connection
from graphql import parse, print_ast

from tests.security.conftest import live_app  # noqa: F401 - the live HTTP server

pytestmark = pytest.mark.django_db

NODE_DIR = Path(__file__).resolve().parent.parent / "clients" / "node"
QUERY = "query Pages($first: Int) { pages(first: $first) { edges { node { id title } } } }"


def _dsn() -> str:
    params = connection.settings_dict
    return psycopg.conninfo.make_conninfo(
        dbname=params["NAME"],
        user=params.get("USER") or "postgres",
        password=params.get("PASSWORD") or None,
        host=params.get("HOST") or "127.0.0.1",
        port=params.get("PORT") or 5432,
    )


@pytest.fixture
def committed(django_db_setup, django_db_blocker):
    """``register(text)``: commit ``text`` to test_a's allow-list; removed after the test."""
    shas = []

    def register(text: str) -> str:
        sha = hashlib.sha256(text.encode()).hexdigest()
        with psycopg.connect(_dsn(), autocommit=True) as conn:
            conn.execute(
                "INSERT INTO test_a.graphql_api_persistedquery (sha256, name, query, created_at)"
                " VALUES (%s, %s, %s, now()) ON CONFLICT (sha256) DO NOTHING",
                [sha, "khách hàng chuẩn", text],
            )
        shas.append(sha)
        return sha

    yield register
    with psycopg.connect(_dsn(), autocommit=True) as conn:
        conn.execute("DELETE FROM test_a.graphql_api_persistedquery WHERE sha256 = ANY(%s)", [shas])


def _get(port: int, path: str, headers=None):
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}", headers={"Host": "a.test", **(headers or {})}
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


def test_graphql_core_client_reads_by_hash(live_app, committed):  # noqa: F811
    document = print_ast(parse(QUERY))
    sha = committed(document)
    path = "/graphql/?" + urlencode(
        {
            "extensions": json.dumps({"persistedQuery": {"version": 1, "sha256Hash": sha}}),
            "variables": json.dumps({"first": 2}),
        }
    )
    status, headers, body = _get(live_app.port, path)
    assert status == 200, body
    assert headers["X-Cache"] == "MISS"
    assert json.loads(body)["data"]["pages"]["edges"]
    status, headers, again = _get(live_app.port, path)
    assert headers["X-Cache"] == "HIT" and again == body
    status, headers, empty = _get(live_app.port, path, {"If-None-Match": headers["ETag"]})
    assert status == 304 and empty == b""


def test_graphql_js_client_reads_by_hash(live_app, committed):  # noqa: F811
    npm, node = shutil.which("npm"), shutil.which("node")
    assert npm and node, "node and npm are required (apt-get install -y nodejs npm)"
    if not (NODE_DIR / "node_modules" / "graphql").exists():
        installed = subprocess.run(
            [npm, "ci", "--no-audit", "--no-fund"],
            cwd=NODE_DIR,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert installed.returncode == 0, installed.stderr[-2000:]
    # graphql-js prints the document the same way graphql-core does: register that text.
    committed(print_ast(parse(QUERY)))
    done = subprocess.run(
        [node, "persisted.mjs", str(live_app.port), "a.test", QUERY],
        cwd=NODE_DIR,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout)
    first, second, third = report["answers"]
    assert first["status"] == 200, first["body"]
    assert (first["cache"], second["cache"]) == ("MISS", "HIT")
    assert first["cacheControl"].startswith("public, max-age=")
    assert second["body"] == first["body"] and second["etag"] == first["etag"]
    assert third["status"] == 304

"""Smoke test under production settings: a real gunicorn server with
``DJANGO_SETTINGS_MODULE=congdoan.settings.production`` (DEBUG off, allowed hosts from the
environment, HTTPS behind a proxy, manifest static files collected into a temporary
directory and served by WhiteNoise, Redis cache) answers over real HTTP on the test database.
"""

import http.client
import json
import os
import re
import subprocess
import sys
import time

import pytest
from django.conf import settings
from django.db import connection

PRODUCTION = "congdoan.settings.production"


def _database_url() -> str:
    db = connection.settings_dict
    return f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


@pytest.fixture(scope="module")
def production_env(django_db_setup, tmp_path_factory):
    """The environment of a production process pointed at the test database (whose tenants
    the suite's session set-up committed), with static files collected by ``collectstatic``
    into a temporary STATIC_ROOT."""
    root = tmp_path_factory.mktemp("production")
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(root),
        "DJANGO_SETTINGS_MODULE": PRODUCTION,
        "DJANGO_SECRET_KEY": "production-smoke-" + "k" * 40,
        "VOICE_ENCRYPTION_KEYS": "cHJvZHVjdGlvbi1zbW9rZS12b2ljZS1rZXktMDAwMDA=",
        "VOICE_INDEX_KEY": "production-smoke-index-key",
        "DJANGO_ALLOWED_HOSTS": "a.test,public.test,khong-co.test",
        "DATABASE_URL": _database_url(),
        "REDIS_URL": settings.CACHES["default"]["LOCATION"],
        "STATIC_ROOT": str(root / "static"),
        "MEDIA_ROOT": str(root / "media"),
        "LOG_LEVEL": "WARNING",
        # The interpreter's own import set-up, if any (e.g. a checkout beside an editable install).
        **{k: os.environ[k] for k in ("PYTHONPATH",) if k in os.environ},
    }
    done = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return env


@pytest.fixture(scope="module")
def server(production_env, tmp_path_factory):
    """A gunicorn server on a free port of 127.0.0.1; stopped after the module."""
    log = tmp_path_factory.mktemp("gunicorn") / "server.log"
    with log.open("w") as out:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "congdoan.wsgi:application",
                "--bind",
                "127.0.0.1:0",
                "--workers",
                "1",
                "--timeout",
                "120",
                "--error-logfile",
                "-",
            ],
            cwd=settings.BASE_DIR,
            env=production_env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        port = None
        for _ in range(600):  # gunicorn logs the bound address once it listens (<= 60 s)
            found = re.search(r"Listening at: http://127\.0\.0\.1:(\d+)", log.read_text())
            if found or process.poll() is not None:
                port = found and int(found.group(1))
                break
            time.sleep(0.1)
        assert port, log.read_text()
        yield port
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=30)


def request(port, method, path, *, host="a.test", body=None, headers=None):
    """One HTTP request as the reverse proxy forwards it (HTTPS terminated there)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    try:
        conn.request(
            method,
            path,
            body=body,
            headers={"Host": host, "X-Forwarded-Proto": "https", **(headers or {})},
        )
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read().decode()
    finally:
        conn.close()


def _wait_until_served(port):
    for _ in range(120):  # the first request also loads the application
        try:
            return request(port, "GET", "/admin/login/")
        except (ConnectionError, http.client.HTTPException):
            time.sleep(0.5)
    raise AssertionError("the production server never answered")


def test_admin_login_page_with_manifest_static_files(server):
    status, headers, body = _wait_until_served(server)
    assert status == 200
    assert '<html lang="vi"' in body
    # Static URLs carry the manifest's content hash and are served by WhiteNoise.
    css = re.search(r'href="(/static/wagtailadmin/css/core\.[0-9a-f]{12}\.css)"', body)
    assert css, body[:3000]
    status, headers, _ = request(server, "GET", css.group(1))
    assert status == 200 and headers["Content-Type"].startswith("text/css")
    assert "max-age=315360000" in headers["Cache-Control"]


def test_graphql_answers_and_introspection_is_off(server):
    _wait_until_served(server)
    query = json.dumps({"query": "{ site { name hostname } }"})
    status, _, body = request(
        server, "POST", "/graphql/", body=query, headers={"Content-Type": "application/json"}
    )
    assert status == 200
    site = {"name": "Liên đoàn Lao động tỉnh A", "hostname": "a.test"}
    assert json.loads(body) == {"data": {"site": site}}
    introspection = json.dumps({"query": "{ __schema { queryType { name } } }"})
    _, _, body = request(
        server,
        "POST",
        "/graphql/",
        body=introspection,
        headers={"Content-Type": "application/json"},
    )
    assert json.loads(body).get("data") is None


def test_a_page_is_served(server):
    _wait_until_served(server)
    status, _, body = request(server, "GET", "/")
    assert status == 200
    assert "Liên đoàn Lao động tỉnh A" in body


def test_unknown_path_is_a_vietnamese_404_without_debug_details(server):
    _wait_until_served(server)
    status, _, body = request(server, "GET", "/khong-co-trang-nay/")
    assert status == 404
    assert "Không tìm thấy trang" in body
    for leak in ("Traceback", "DEBUG = True", "URLconf", "Page not found", "Not Found"):
        assert leak not in body


def test_plain_http_redirects_to_https_and_other_hosts_are_refused(server):
    _wait_until_served(server)
    conn = http.client.HTTPConnection("127.0.0.1", server, timeout=60)
    conn.request("GET", "/admin/login/", headers={"Host": "a.test"})
    response = conn.getresponse()
    response.read()
    conn.close()
    assert response.status == 301
    assert response.getheader("Location") == "https://a.test/admin/login/"
    # b.test is a tenant's domain but not in DJANGO_ALLOWED_HOSTS: refused with an empty 404
    # (django-tenants' answer to a disallowed host), nothing of the tenant served.
    assert request(server, "GET", "/admin/login/", host="b.test")[::2] == (404, "")
    # An allowed host that is no tenant's domain gets the Vietnamese 404.
    status, _, body = request(server, "GET", "/admin/login/", host="khong-co.test")
    assert status == 404 and "Không tìm thấy trang" in body

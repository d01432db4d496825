"""The running app under production settings, attacked over real HTTP.

``world`` commits two tenants of its own (``sec_a``, ``sec_b``) with accounts, restricted
pages, a private collection holding a document and an image (with a rendition), and drops
them again when the module ends (committed data would otherwise leak into other tests).
``prod_server`` serves the test database with ``congdoan.settings.production`` (DEBUG off,
masked errors, manifest static files, Redis cache and axes) in a gunicorn subprocess.
``HttpClient`` keeps cookies per host by hand, so a cookie of one host can be replayed on
another on purpose.

Bind the fixtures in a test module (``prod_server = live.prod_server``); they are
module-scoped. Tests carry ``pytest.mark.django_db`` (so the test database is set up) and run
in a transaction the server cannot see: per-test changes the server must see go through
``committed_sql``.
"""

from __future__ import annotations

import contextlib
import hashlib
import http.client
import io
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.db import connection

PASSWORD = "Mat-khau-dung-2026"
# The live server's own Redis database (flushed here): 5, or 5 + N for pytest-xdist worker gwN.
_WORKER = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))
REDIS_URL = os.environ.get("SECURITY_REDIS_URL", f"redis://127.0.0.1:6379/{5 + _WORKER}")
COOLOFF_SECONDS = 30
FAILURE_LIMIT = 5
TENANTS = {
    "a": {"schema_name": "sec_a", "domain": "sec-a.test", "name": "Liên đoàn Lao động An ninh A"},
    "b": {"schema_name": "sec_b", "domain": "sec-b.test", "name": "Liên đoàn Lao động An ninh B"},
}
EMAILS = {"a": "bientap@sec-a.test", "b": "bientap@sec-b.test", "root": "vanhanh@sec.test"}


@dataclass
class World:
    hosts: dict = field(default_factory=dict)
    restricted_page: str = ""
    password_page: str = ""
    password_page_ids: tuple = ()
    expired_page: str = ""
    public_page: str = ""
    document_url: str = ""
    document_media_url: str = ""
    public_document_url: str = ""
    image_original_url: str = ""
    rendition_url: str = ""
    public_rendition_url: str = ""
    public_original_url: str = ""
    page_password: str = "mat-khau-trang-2026"
    home_page_id: int = 0


def _pbkdf2(password: str) -> str:
    # The server runs production hashers; the test settings only know MD5.
    from django.contrib.auth.hashers import PBKDF2PasswordHasher

    return PBKDF2PasswordHasher().encode(password, secrets.token_hex(8), iterations=100_000)


def _png() -> bytes:
    from PIL import Image as PILImage

    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 48), (10, 120, 200)).save(buffer, "PNG")
    return buffer.getvalue()


def _cleanup():
    from django.contrib.auth import get_user_model

    from tenants.models import Tenant
    from tenants.provisioning import drop_tenant

    for spec in TENANTS.values():
        for tenant in Tenant.objects.filter(schema_name=spec["schema_name"]):
            drop_tenant(tenant)
        shutil.rmtree(Path(settings.MEDIA_ROOT) / spec["schema_name"], ignore_errors=True)
    # Jobs the committed world deferred (renditions of its images) go with its tenants.
    from jobs import TENANT_KEY

    schemas = [spec["schema_name"] for spec in TENANTS.values()]
    with connection.cursor() as cursor:
        cursor.execute(
            "DELETE FROM procrastinate_jobs WHERE status = 'todo' AND args->>%s = ANY(%s)",
            [TENANT_KEY, schemas],
        )
    # Wagtail caches renditions by image id; a recreated schema reuses the ids.
    from django.core.cache import caches

    for alias in settings.CACHES:
        caches[alias].clear()
    # Raw: the ORM cascade would look for tenant tables (profiles) in the public schema.
    ids = list(
        get_user_model().objects.filter(email__in=EMAILS.values()).values_list("pk", flat=True)
    )
    if ids:
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM tenants_tenantrole WHERE user_id = ANY(%s)", [ids])
            cursor.execute("DELETE FROM accounts_user WHERE id = ANY(%s)", [ids])


def _build_world() -> World:
    from django.contrib.auth import get_user_model
    from django.core.files.base import ContentFile
    from django.core.files.images import ImageFile
    from django.utils import timezone
    from django_tenants.utils import schema_context
    from wagtail.documents.models import Document
    from wagtail.images.models import Image
    from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

    from hierarchy.actions import GrantRole
    from tenants.models import Role, TenantKind
    from tenants.provisioning import provision_tenant
    from tests.factories import make_article

    _cleanup()
    world = World()
    tenants = {}
    for key, spec in TENANTS.items():
        tenants[key] = provision_tenant(kind=TenantKind.PROVINCIAL_FEDERATION, **spec).tenant
        world.hosts[key] = spec["domain"]
    User = get_user_model()
    users = {}
    for key, email in EMAILS.items():
        user = User(email=email, is_superuser=(key == "root"), is_staff=(key == "root"))
        user.password = _pbkdf2(PASSWORD)
        user.save()
        users[key] = user
    GrantRole(users["a"], tenants["a"], Role.EDITOR).execute()
    GrantRole(users["b"], tenants["b"], Role.EDITOR).execute()

    with schema_context("sec_b"):
        restricted = make_article("Bài chỉ dành cho thành viên")
        PageViewRestriction.objects.create(page=restricted, restriction_type="login")
        protected = make_article("Bài có mật khẩu")
        restriction = PageViewRestriction.objects.create(
            page=protected, restriction_type="password", password=world.page_password
        )
        expired = make_article("Bài đã hết hạn")
        type(expired).objects.filter(pk=expired.pk).update(
            expire_at=timezone.now() - timezone.timedelta(hours=1)
        )
        public = make_article("Bài công khai")
        root = Collection.get_first_root_node()
        private = root.add_child(name="Nội bộ")
        CollectionViewRestriction.objects.create(collection=private, restriction_type="login")
        document = Document(title="Văn bản nội bộ", collection=private)
        document.file.save("noi-bo.txt", ContentFile(b"TAI LIEU NOI BO"), save=False)
        document.save()
        public_document = Document(title="Văn bản công khai", collection=root)
        public_document.file.save("cong-khai.txt", ContentFile(b"TAI LIEU CONG KHAI"), save=False)
        public_document.save()
        image = Image(
            title="Ảnh nội bộ",
            collection=private,
            file=ImageFile(io.BytesIO(_png()), name="anh-noi-bo.png"),
        )
        image.save()
        rendition = image.get_rendition("fill-32x32|format-png")
        public_image = Image(
            title="Ảnh công khai",
            collection=root,
            file=ImageFile(io.BytesIO(_png()), name="anh-cong-khai.png"),
        )
        public_image.save()
        public_rendition = public_image.get_rendition("fill-32x32|format-png")
        world.home_page_id = restricted.get_parent().pk
        world.restricted_page = restricted.get_url_parts()[2]
        world.password_page = protected.get_url_parts()[2]
        world.password_page_ids = (restriction.pk, protected.pk)
        world.expired_page = expired.get_url_parts()[2]
        world.public_page = public.get_url_parts()[2]
        world.document_url = document.url
        world.document_media_url = document.file.url
        world.public_document_url = public_document.url
        world.image_original_url = image.file.url
        world.rendition_url = rendition.url
        world.public_rendition_url = public_rendition.url
        world.public_original_url = public_image.file.url
    connection.set_schema_to_public()
    return world


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        built = _build_world()
    yield built
    with django_db_blocker.unblock():
        connection.set_schema_to_public()
        _cleanup()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _static_root(env: dict) -> Path:
    """collectstatic once per installed Wagtail/Django and set of project static files (the
    manifest storage needs it; a stale copy would lack files added since)."""
    import django
    import wagtail

    base = Path(settings.BASE_DIR)
    project_files = sorted(
        f"{p.relative_to(base)}:{p.stat().st_size}:{p.stat().st_mtime_ns}"
        for p in base.glob("*/static/**/*")
        if p.is_file() and ".venv" not in p.parts
    )
    key = "\n".join([django.__version__, wagtail.__version__, *project_files])
    digest = hashlib.sha1(key.encode()).hexdigest()[:10]
    root = Path(tempfile.gettempdir()) / f"congdoan-security-static-{digest}"
    if not (root / "staticfiles.json").exists():
        tmp = Path(tempfile.mkdtemp(prefix="congdoan-static-"))
        subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
            cwd=settings.BASE_DIR,
            env={**env, "STATIC_ROOT": str(tmp)},
            check=True,
            timeout=300,
        )
        if not (root / "staticfiles.json").exists():
            shutil.rmtree(root, ignore_errors=True)
            tmp.rename(root)
    return root


SERVER_SECRET_KEY = secrets.token_urlsafe(50)


def committed_sql(sql: str, params=()) -> list:
    """Run SQL on its own autocommit connection to the test database: the tests themselves run
    inside a transaction the server cannot see."""
    import psycopg

    db = connection.settings_dict
    with psycopg.connect(
        host=db["HOST"] or "127.0.0.1",
        port=db["PORT"] or 5432,
        user=db["USER"],
        dbname=db["NAME"],
        autocommit=True,
    ) as conn:
        cur = conn.execute(sql, params)
        return cur.fetchall() if cur.description else []


def forge_session(schema_name: str, user) -> str:
    """A session for ``user`` written straight into ``schema_name``'s session table, signed
    with the server's key: what a stolen or left-over session looks like to the server."""
    from datetime import timedelta

    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore
    from django.test import override_settings
    from django.utils import timezone

    with override_settings(SECRET_KEY=SERVER_SECRET_KEY):
        key = secrets.token_hex(16)
        data = SessionStore().encode(
            {
                SESSION_KEY: str(user.pk),
                BACKEND_SESSION_KEY: "tenants.sessions.TenantModelBackend",
                HASH_SESSION_KEY: user.get_session_auth_hash(),
            }
        )
    committed_sql(
        f'INSERT INTO "{schema_name}".django_session (session_key, session_data, expire_date)'
        " VALUES (%s, %s, %s)",
        (key, data, timezone.now() + timedelta(hours=1)),
    )
    return key


def database_url(host=None, port=None) -> str:
    db = connection.settings_dict
    host = host or db["HOST"] or "127.0.0.1"
    port = port or db["PORT"] or 5432
    return f"postgres://{db['USER']}@{host}:{port}/{db['NAME']}"


def production_env(**extra) -> dict:
    url = database_url()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "congdoan.settings.production",
        "DJANGO_SECRET_KEY": SERVER_SECRET_KEY,
        "VOICE_ENCRYPTION_KEYS": "c2VjdXJpdHktbGl2ZS12b2ljZS1rZXktMDAwMDAwMDA=",
        "VOICE_INDEX_KEY": "security-live-index-key",
        "DATABASE_URL": url,
        "DJANGO_ALLOWED_HOSTS": ".test,127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "REDIS_URL": REDIS_URL,
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "AXES_FAILURE_LIMIT": str(FAILURE_LIMIT),
        "AXES_COOLOFF_SECONDS": str(COOLOFF_SECONDS),
        "LOG_LEVEL": "CRITICAL",
        "PYTHONPATH": str(settings.BASE_DIR),
    }
    env.update(extra)
    return env


@dataclass
class Server:
    base: str
    port: int
    process: subprocess.Popen


@contextlib.contextmanager
def running_server(**env_extra):
    """gunicorn with the production settings on a free port, stopped on exit."""
    env = production_env(**env_extra)
    env["STATIC_ROOT"] = str(_static_root(env))
    port = _free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "congdoan.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--timeout",
            "60",
        ],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    break
            except OSError:
                if process.poll() is not None:
                    raise RuntimeError(process.stderr.read().decode()[-3000:]) from None
                time.sleep(0.2)
        else:
            raise RuntimeError("gunicorn did not start")
        yield Server(base=f"http://127.0.0.1:{port}", port=port, process=process)
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def flush_redis():
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()


@pytest.fixture(scope="module")
def prod_server(world):
    flush_redis()
    with running_server() as server:
        yield server


@dataclass
class Response:
    status: int
    headers: dict
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", "replace")


class HttpClient:
    """A browser for one host: keeps that host's cookies, sends what it is told."""

    def __init__(self, server: Server, host: str):
        self.server, self.host, self.cookies = server, host, {}

    def request(self, method, path, data=None, headers=None) -> Response:
        conn = http.client.HTTPConnection("127.0.0.1", self.server.port, timeout=60)
        sent = {
            "Host": self.host,
            # Behind the TLS proxy, as in production (SECURE_PROXY_SSL_HEADER).
            "X-Forwarded-Proto": "https",
            "Origin": f"https://{self.host}",
            "Referer": f"https://{self.host}{path}",
        }
        if self.cookies:
            sent["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if data is not None:
            body = urlencode(data).encode()
            sent["Content-Type"] = "application/x-www-form-urlencoded"
        sent.update(headers or {})
        conn.request(method, path, body=body, headers=sent)
        raw = conn.getresponse()
        payload = raw.read()
        response_headers = {}
        for name, value in raw.getheaders():
            if name.lower() == "set-cookie":
                for morsel in SimpleCookie(value).values():
                    if morsel.value and morsel["max-age"] != "0":
                        self.cookies[morsel.key] = morsel.value
                    else:
                        self.cookies.pop(morsel.key, None)
            response_headers[name.lower()] = value
        conn.close()
        return Response(raw.status, response_headers, payload)

    def get(self, path, **kw) -> Response:
        return self.request("GET", path, **kw)

    def post(self, path, data, **kw) -> Response:
        if "csrftoken" not in self.cookies:
            self.get("/admin/login/")
        return self.request(
            "POST", path, {"csrfmiddlewaretoken": self.cookies["csrftoken"], **data}, **kw
        )

    def login(self, email, password=PASSWORD, path="/admin/login/") -> Response:
        self.get(path)
        return self.post(path, {"username": email, "password": password})


def csrf_from(html: str) -> str | None:
    found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    return found.group(1) if found else None

"""The demo, seeded and served for real: ``manage.py demo --no-serve`` into a database of its
own (``<test database>_demo``, kept between runs; the command is idempotent), then
``manage.py runserver`` with the development settings the docs describe, on a free port of
127.0.0.1. The docs' examples and GraphiQL are exercised against it over HTTP."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import connection

from tests.clients.demo_db import demo_env, ensure_database

ROOT = Path(settings.BASE_DIR)
DEMO_HOST = "hanoi.localhost"
SECRET = "docs-examples-test-secret-key-0123456789-abcdefghijklmnop"


def demo_database_url() -> str:
    """Same server and credentials as the test database, database ``<test db>_demo``."""
    params = connection.settings_dict
    name = f"{params['NAME']}_demo"
    user = params.get("USER") or "postgres"
    password = params.get("PASSWORD") or ""
    auth = f"{user}:{password}@" if password else f"{user}@"
    host = params.get("HOST") or "127.0.0.1"
    port = params.get("PORT") or 5432
    return f"postgres://{auth}{host}:{port}/{name}"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class DemoServer:
    process: subprocess.Popen
    port: int
    env: dict

    def url(self, host: str = DEMO_HOST, path: str = "/graphql/") -> str:
        return f"http://{host}:{self.port}{path}"

    def request(self, path="/graphql/", *, body=None, headers=None, host=DEMO_HOST):
        """(status, headers, bytes) of one HTTP request to the server, Host set to ``host``."""
        data = None if body is None else (body if isinstance(body, bytes) else body.encode())
        req = urllib.request.Request(
            f"http://127.0.0.1:{self.port}{path}",
            data=data,
            headers={"Host": f"{host}:{self.port}", **(headers or {})},
            method="POST" if data is not None else "GET",
        )
        try:
            with urllib.request.urlopen(req, timeout=60) as response:
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read()

    def graphql(self, payload: dict, headers=None, host=DEMO_HOST):
        status, _headers, content = self.request(
            body=json.dumps(payload),
            headers={"Content-Type": "application/json", **(headers or {})},
            host=host,
        )
        return status, json.loads(content)

    def manage(self, *args: str, timeout: int = 300) -> str:
        done = subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        assert done.returncode == 0, done.stderr[-3000:]
        return done.stdout

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=20)


def start_demo_server() -> DemoServer:
    url = demo_database_url()
    ensure_database(url)
    env = demo_env(url, SECRET)
    port = _free_port()
    env["DEMO_ADDRPORT"] = f"127.0.0.1:{port}"
    seeded = subprocess.run(
        [sys.executable, "manage.py", "demo", "--no-serve"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert seeded.returncode == 0, seeded.stderr[-3000:]
    process = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    server = DemoServer(process=process, port=port, env=env)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"runserver exited with {process.returncode}")
        try:
            status, _, _ = server.request(
                body=b'{"query": "{ site { name } }"}', headers={"Content-Type": "application/json"}
            )
            if status == 200:
                return server
        except OSError:
            pass
        time.sleep(0.5)
    server.stop()
    raise RuntimeError("the demo server did not answer within 120 s")

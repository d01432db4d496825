#!/usr/bin/env python
"""Restart PostgreSQL under read and write load; print lost writes, 503s and recovery time.

Everything runs on a throwaway PostgreSQL cluster of its own (initdb in a temporary
directory, a free port, as the unprivileged ``congdoan-pg`` account when run as root, using
the binaries of the ``pgserver`` wheel): the machine's main cluster is never touched. The app
(production settings + one write endpoint, bench/settings_pgrestart.py) runs in gunicorn.

Prints:
  * acknowledged writes lost (201 answered, row missing after the restart): must be 0;
  * answers during the outage by status (503 expected; no 500);
  * recovery time: from PostgreSQL accepting connections again to the app's first
    successful read and write (target < 2 s);
  * connections the development server leaves open after concurrent requests
    (pg_stat_activity), with CONN_MAX_AGE 0 (the dev setting) and 60.

Run:  python bench/bench_pg_restart.py
Options via environment: BENCH_THREADS (default 4 readers + 4 writers), BENCH_BEFORE (s of
load before the restart, default 4), BENCH_AFTER (s after, default 6), BENCH_WORKERS (gunicorn
workers, default 4).
"""

from __future__ import annotations

import collections
import http.client
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from congdoan.embedded_pg import SYSTEM_USER, _bin, _run_kwargs  # noqa: E402

HOST = "bench.localhost"
THREADS = int(os.environ.get("BENCH_THREADS", "4"))
BEFORE = float(os.environ.get("BENCH_BEFORE", "4"))
AFTER = float(os.environ.get("BENCH_AFTER", "6"))
WORKERS = int(os.environ.get("BENCH_WORKERS", "4"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Cluster:
    """A private PostgreSQL cluster in a temporary directory."""

    def __init__(self):
        self.kwargs = _run_kwargs()  # run as congdoan-pg under root (PostgreSQL refuses root)
        self.dir = Path(tempfile.mkdtemp(prefix="congdoan-pgrestart-"))
        self.data = self.dir / "data"
        self.port = free_port()
        if self.kwargs:
            shutil.chown(self.dir, user=SYSTEM_USER, group=self.kwargs["group"])
        subprocess.run(
            [
                _bin("initdb"),
                "-D",
                str(self.data),
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
                "--no-locale",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            **self.kwargs,
        )

    def pg_ctl(self, *args):
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''"
            " -c max_connections=200"
        )
        subprocess.run(
            [
                _bin("pg_ctl"),
                "-D",
                str(self.data),
                "-o",
                options,
                "-l",
                str(self.dir / "server.log"),
                "-w",
                "-t",
                "60",
                *args,
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            **self.kwargs,
        )

    def url(self, db="congdoan") -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{db}"

    def sql(self, query, params=(), db="congdoan"):
        import psycopg

        with psycopg.connect(self.url(db), autocommit=True) as conn:
            cur = conn.execute(query, params)
            return cur.fetchall() if cur.description else None

    def destroy(self):
        try:
            subprocess.run(
                [_bin("pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                **self.kwargs,
            )
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)


def app_env(cluster: Cluster, **extra) -> dict:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings_pgrestart",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "VOICE_ENCRYPTION_KEYS": "YmVuY2gtcGctcmVzdGFydC12b2ljZS1rZXktMDAwMDA=",
        "VOICE_INDEX_KEY": secrets.token_urlsafe(32),
        "DATABASE_URL": cluster.url(),
        "DJANGO_ALLOWED_HOSTS": f"{HOST},127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "0",
        "MEDIA_ROOT": str(cluster.dir / "media"),
        "PYTHONPATH": str(ROOT),
    }
    env.pop("REDIS_URL", None)  # keep the bench off the shared Redis
    env.update(extra)
    return env


SETUP = f"""
import django; django.setup()
from django.core.management import call_command
from tenants.public import ensure_public_tenant
from tenants.provisioning import ensure_template, provision_tenant
call_command("migrate_schemas", shared=True, interactive=False, verbosity=0)
ensure_public_tenant("localhost")
ensure_template()
provision_tenant(
    schema_name="bench", domain="{HOST}", name="Đơn vị đo", kind="provincial_federation"
)
"""


def wait_port(port, process, seconds=90):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            if process.poll() is not None:
                error = process.stderr.read().decode()[-2000:]
                raise SystemExit(f"server exited: {error}") from None
            time.sleep(0.2)
    raise SystemExit("server did not start")


def request(port, method, path, body=None, timeout=15):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    headers = {"Host": HOST}
    if body is not None:
        headers["Content-Type"] = "application/x-www-form-urlencoded"
    try:
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        response.read()
        return response.status
    except OSError:
        return "connection error"
    finally:
        conn.close()


class Load:
    def __init__(self, port):
        self.port = port
        self.stop = threading.Event()
        self.events = []  # (started, finished, kind, status, id)
        self.lock = threading.Lock()

    def _loop(self, kind):
        while not self.stop.is_set():
            key = uuid.uuid4().hex if kind == "write" else None
            started = time.monotonic()
            if kind == "write":
                status = request(self.port, "POST", "/bench/write/", urlencode({"id": key}))
            else:
                status = request(self.port, "GET", "/")
            with self.lock:
                self.events.append((started, time.monotonic(), kind, status, key))

    def start(self):
        self.threads = [
            threading.Thread(target=self._loop, args=(kind,), daemon=True)
            for kind in ["read"] * THREADS + ["write"] * THREADS
        ]
        for thread in self.threads:
            thread.start()

    def finish(self):
        self.stop.set()
        for thread in self.threads:
            thread.join(30)


def restart_under_load(cluster: Cluster) -> None:
    port = free_port()
    gunicorn = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "congdoan.wsgi:application",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(WORKERS),
            "--timeout",
            "60",
        ],
        cwd=ROOT,
        env=app_env(cluster),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        wait_port(port, gunicorn)
        for _ in range(WORKERS * 2):  # warm every worker (first requests load templates)
            first = request(port, "GET", "/", timeout=120)
        if first != 200:
            gunicorn.terminate()
            raise SystemExit(f"home page: {first}\n{gunicorn.communicate()[1].decode()[-3000:]}")
        load = Load(port)
        load.start()
        time.sleep(BEFORE)
        restart_started = time.monotonic()
        cluster.pg_ctl("-m", "fast", "restart")
        pg_ready = time.monotonic()
        time.sleep(AFTER)
        load.finish()
    finally:
        gunicorn.terminate()
        gunicorn.wait(30)

    events = sorted(load.events)
    acked = {e[4] for e in events if e[2] == "write" and e[3] == 201}
    stored = {row[0] for row in cluster.sql("SELECT id FROM public.bench_writes")}
    lost = acked - stored
    failures = [e for e in events if e[3] not in (200, 201)]
    during = collections.Counter(e[3] for e in failures)
    ok_after = {
        kind: next(
            (e[1] for e in events if e[2] == kind and e[3] in (200, 201) and e[0] >= pg_ready), None
        )
        for kind in ("read", "write")
    }
    first_fail = min((e[0] for e in failures), default=None)
    last_fail = max((e[1] for e in failures), default=None)
    print(
        f"requests: {len(events)} ({sum(1 for e in events if e[2] == 'read')} reads, "
        f"{sum(1 for e in events if e[2] == 'write')} writes), "
        f"{THREADS}+{THREADS} client threads, {WORKERS} gunicorn workers"
    )
    print(f"PostgreSQL restart (pg_ctl -m fast restart): {pg_ready - restart_started:.2f} s")
    print(
        f"acknowledged writes: {len(acked)}, rows stored: {len(stored)}, "
        f"acknowledged writes lost: {len(lost)}"
    )
    print(
        "answers other than 200/201: "
        + (", ".join(f"{k}: {v}" for k, v in sorted(during.items(), key=str)) or "none")
    )
    if first_fail is not None:
        print(
            f"outage seen by clients: {last_fail - first_fail:.2f} s "
            f"(first failure {first_fail - restart_started:+.2f} s from the restart)"
        )
    for kind, when in ok_after.items():
        shown = f"{when - pg_ready:.3f} s" if when is not None else "never"
        print(f"recovery ({kind}): first success {shown} after PostgreSQL accepted connections")


def dev_server_connections(cluster: Cluster, conn_max_age: str) -> int:
    port = free_port()
    env = app_env(
        cluster, DJANGO_SETTINGS_MODULE="congdoan.settings.dev", DB_CONN_MAX_AGE=conn_max_age
    )
    server = subprocess.Popen(
        [sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        wait_port(port, server)
        with ThreadPoolExecutor(max_workers=40) as pool:
            statuses = list(pool.map(lambda _: request(port, "GET", "/"), range(80)))
        assert statuses.count(200) == len(statuses), collections.Counter(statuses)
        time.sleep(1)
        return cluster.sql(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = 'congdoan' "
            "AND pid <> pg_backend_pid()"
        )[0][0]
    finally:
        server.terminate()
        server.wait(30)


def main():
    cluster = Cluster()
    try:
        cluster.pg_ctl("start")
        cluster.sql("CREATE DATABASE congdoan", db="postgres")
        print(f"throwaway PostgreSQL at 127.0.0.1:{cluster.port} in {cluster.dir}", flush=True)
        subprocess.run([sys.executable, "-c", SETUP], cwd=ROOT, env=app_env(cluster), check=True)
        cluster.sql("CREATE TABLE public.bench_writes (id text PRIMARY KEY)")
        restart_under_load(cluster)
        for age in ("0", "60"):
            count = dev_server_connections(cluster, age)
            print(
                f"dev server (runserver, threaded), 80 requests 40 at a time, "
                f"CONN_MAX_AGE={age}: {count} connections left open"
            )
    finally:
        cluster.destroy()


if __name__ == "__main__":
    main()

"""End-to-end run of the reference portal against the real platform.

1. seeds the Django demo (``manage.py demo --no-serve``, idempotent) into DATABASE_URL
   (created when missing) and serves it with ``manage.py runserver`` on a free port;
2. runs the setup scripts of tests/setup/ (for example: the Tổng Liên đoàn shares an article
   down to Hà Nội as a pinned, mandatory directive; the demo has none; webhook endpoints of
   the Tổng Liên đoàn and Hà Nội point at the portal's /api/revalidate/ with this run's
   secret) and registers the portal's persisted documents in Hà Nội's tenant
   (``npm run persist``);
3. starts the job worker (``manage.py worker --queues webhooks``: it delivers the webhooks)
   and the built portal (``next start``) twice: pointed at the demo (with the webhook
   secret), and pointed at a closed port (the API outage);
4. runs the Playwright checks (tests/e2e.mjs, tests/checks/*.mjs) with Debian's Chromium.

Usage (from frontend/, after ``npm ci`` and ``npm run build``):
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/congdoan_portal ../.venv/bin/python tests/e2e.py
Every process it starts is stopped on exit. Exit code: the Playwright run's.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

FRONTEND = Path(__file__).resolve().parent.parent
ROOT = FRONTEND.parent
sys.path.insert(0, str(ROOT))
from tests.clients.demo_db import demo_env, ensure_database  # noqa: E402

SCHEMA = "ldld_hanoi"
SECRET = "portal-e2e-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz"
SETUP = FRONTEND / "tests" / "setup"


def run_setup(django_env: dict) -> dict:
    """Run each tests/setup/<order>-<schema>.py in that tenant schema with the platform's
    own shell (what an editor's action would do; every script is idempotent). A line
    ``E2E_ENV KEY=VALUE`` that a script prints is passed on to the Playwright run."""
    extra = {}
    for script in sorted(SETUP.glob("*.py")):
        schema = script.stem.split("-", 1)[1]
        done = subprocess.run(
            [
                sys.executable,
                "manage.py",
                "tenant_command",
                "shell",
                "-s",
                schema,
                "--no-imports",
                "-c",
                script.read_text(encoding="utf-8"),
            ],
            cwd=ROOT,
            env=django_env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        if done.returncode != 0:
            raise RuntimeError(f"{script.name}: {done.stdout[-2000:]} {done.stderr[-3000:]}")
        for line in done.stdout.splitlines():
            if line.startswith("E2E_ENV "):
                key, _, value = line[len("E2E_ENV ") :].partition("=")
                extra[key.strip()] = value.strip()
            else:
                print(f"{script.name}: {line}", flush=True)
    return extra


def forget_cached_pages() -> None:
    """Start from an empty page cache: the pages an earlier run cached (and the platform has
    changed since, with no portal listening to its webhooks) are not served again."""
    shutil.rmtree(FRONTEND / ".next" / "cache" / "fetch-cache", ignore_errors=True)
    shutil.rmtree(FRONTEND / ".next" / "server" / "route-cache", ignore_errors=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, host: str, process: subprocess.Popen, seconds: int = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args[:3]} exited with {process.returncode}")
        try:
            request = urllib.request.Request(url, headers={"Host": host})
            with urllib.request.urlopen(request, timeout=10):
                return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"{url} did not answer within {seconds} s")


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=20)


def main() -> int:
    database_url = os.environ.get("DATABASE_URL")
    if not database_url:
        print("DATABASE_URL is required (a PostgreSQL database for the demo)", file=sys.stderr)
        return 2
    ensure_database(database_url)
    api_port, portal_port, down_port, closed_port = (free_port() for _ in range(4))
    webhook_secret = "whsec_" + base64.b64encode(secrets.token_bytes(32)).decode()
    django_env = {
        **demo_env(database_url, SECRET),
        # the portal's webhook endpoint is on loopback; one delivery per change, at once
        "WEBHOOKS_ALLOWED_NETWORKS": "127.0.0.0/8",
        "WEBHOOKS_COALESCE_SECONDS": "0",
        # The portal is the platform's proxy for the workers' voice: it forwards the worker's
        # address in X-Forwarded-For, which the platform trusts from one proxy (docs/portal.md,
        # "Workers' voice"). Without REDIS_URL the voice limits are counted in the server's
        # memory, so every run starts with empty buckets and the production defaults (20
        # submissions, 30 wrong look-ups an hour per address) are kept.
        "TRUSTED_PROXY_COUNT": "1",
    }
    started = time.monotonic()
    seeded = subprocess.run(
        [sys.executable, "manage.py", "demo", "--no-serve"],
        cwd=ROOT,
        env=django_env,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    if seeded.returncode != 0:
        print(seeded.stdout[-3000:], seeded.stderr[-3000:], file=sys.stderr)
        return seeded.returncode
    print(f"demo seeded in {time.monotonic() - started:.0f} s", flush=True)
    extra_env = run_setup(
        {
            **django_env,
            "E2E_WEBHOOK_URL": f"http://127.0.0.1:{portal_port}/api/revalidate/",
            "E2E_WEBHOOK_SECRET": webhook_secret,
        }
    )
    subprocess.run(
        ["node", "scripts/persist.mjs", SCHEMA],
        cwd=FRONTEND,
        env={**django_env, "CONGDOAN_PYTHON": sys.executable},
        check=True,
    )

    forget_cached_pages()
    processes: list[subprocess.Popen] = []
    try:
        django = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", f"127.0.0.1:{api_port}", "--noreload"],
            cwd=ROOT,
            env=django_env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        processes.append(django)
        worker = subprocess.Popen(
            [sys.executable, "manage.py", "worker", "--queues", "webhooks", "--concurrency", "2"],
            cwd=ROOT,
            env=django_env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        processes.append(worker)
        next_bin = str(FRONTEND / "node_modules" / ".bin" / "next")
        node_env = {
            key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")
        }
        node_env["NEXT_TELEMETRY_DISABLED"] = "1"
        for port, origin in (
            (portal_port, f"http://127.0.0.1:{api_port}"),
            (down_port, f"http://127.0.0.1:{closed_port}"),
        ):
            processes.append(
                subprocess.Popen(
                    [next_bin, "start", "-H", "127.0.0.1", "-p", str(port)],
                    cwd=FRONTEND,
                    env={
                        **node_env,
                        "CONGDOAN_API_ORIGIN": origin,
                        "PORTAL_WEBHOOK_SECRETS": webhook_secret,
                        # static pages' canonical URLs (src/lib/metadata.ts, staticOrigin)
                        "PORTAL_PUBLIC_SCHEME": "http",
                        "PORTAL_PUBLIC_PORT": str(port),
                    },
                    stdout=subprocess.DEVNULL,
                    # the outage server logs every refused connection: expected, not shown
                    stderr=subprocess.DEVNULL if port == down_port else None,
                )
            )
        wait_for(f"http://127.0.0.1:{api_port}/graphql/", "hanoi.localhost", django)
        for process, port in zip(processes[2:], (portal_port, down_port), strict=True):
            wait_for(f"http://127.0.0.1:{port}/", "hanoi.localhost", process)
        print(f"servers up after {time.monotonic() - started:.0f} s", flush=True)
        done = subprocess.run(
            ["node", "tests/e2e.mjs"],
            cwd=FRONTEND,
            env={
                **node_env,
                **extra_env,
                "PORTAL_PORT": str(portal_port),
                "PORTAL_DOWN_PORT": str(down_port),
                "E2E_API_PORT": str(api_port),
                "E2E_WEBHOOK_SECRET": webhook_secret,
                "E2E_PYTHON": sys.executable,
                "E2E_ROOT": str(ROOT),
                "E2E_DJANGO_ENV": json.dumps(django_env),
            },
            timeout=600,
        )
        print(f"e2e finished in {time.monotonic() - started:.0f} s", flush=True)
        return done.returncode
    finally:
        for process in reversed(processes):
            stop(process)


if __name__ == "__main__":
    sys.exit(main())

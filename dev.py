#!/usr/bin/env python3
"""One entry point for a fresh machine: installs what the project needs, then runs a job.

    python3 dev.py demo     migrate, seed the demo union tree, serve on http://localhost:8000
    python3 dev.py test     run the whole test suite against real PostgreSQL
    python3 dev.py lint     ruff
    python3 dev.py bench    benchmark scripts (bench/*.py)
    python3 dev.py manage … any manage.py command
    python3 dev.py pg-stop  stop the embedded PostgreSQL

Only Python 3.11+ is needed: a virtual environment is created in .venv and the project is
installed into it (re-installed when pyproject.toml changes). PostgreSQL comes from
DATABASE_URL when set, otherwise an embedded server is started under .pgdata/.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
PY = VENV / "bin" / "python"
STAMP = VENV / ".install-stamp"


def log(message: str) -> None:
    print(f"[congdoan] {message}", flush=True)


def ensure_venv() -> None:
    if not PY.exists():
        log("creating virtual environment in .venv")
        venv.EnvBuilder(with_pip=True).create(VENV)
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not STAMP.exists() or STAMP.read_text().strip() != digest:
        log("installing the project and its dependencies (first run takes a few minutes)")
        subprocess.run(
            [
                str(PY),
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                "-e",
                f"{ROOT}[dev,server]",
            ],
            check=True,
        )
        STAMP.write_text(digest)


def run(*args: str, env: dict | None = None) -> int:
    return subprocess.call([str(PY), *args], cwd=ROOT, env={**os.environ, **(env or {})})


def parallel(args: list[str]) -> list[str]:
    """pytest-xdist options for a whole-suite run: one worker per core (at most 4,
    ``CONGDOAN_TEST_WORKERS`` to choose; 1 runs in one process), tests that share a
    session-wide server (the seeded demo) kept on one worker. Runs of chosen files or with
    their own ``-n`` are left alone."""
    chosen = any(os.path.exists(a.split("::")[0]) for a in args if not a.startswith("-"))
    if chosen or any(a == "-n" or a.startswith(("-n=", "--numprocesses")) for a in args):
        return []
    workers = int(os.environ.get("CONGDOAN_TEST_WORKERS") or min(os.cpu_count() or 1, 4))
    return ["-n", str(workers), "--dist", "loadgroup"] if workers > 1 else []


def main(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help", "help"):
        print(__doc__)
        return 0
    command, rest = argv[0], argv[1:]
    ensure_venv()
    if command == "lint":
        return run("-m", "ruff", "check", ".", *rest)
    if command == "pg-stop":
        return run("-c", "from congdoan.embedded_pg import stop; stop()")
    # Everything below needs PostgreSQL.
    if not os.environ.get("DATABASE_URL"):
        code = run("-c", "from congdoan.embedded_pg import ensure_running; ensure_running()")
        if code:
            return code
    if command == "test":
        return run("-m", "pytest", *parallel(rest), *rest)
    if command == "demo":
        return run("manage.py", "demo", *rest)
    if command == "bench":
        scripts = rest or sorted(str(p) for p in (ROOT / "bench").glob("bench_*.py"))
        code = 0
        for script in scripts:
            code = code or run(script)
        return code
    if command == "manage":
        return run("manage.py", *rest)
    print(f"unknown command {command!r}\n{__doc__}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

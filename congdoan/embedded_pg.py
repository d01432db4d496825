"""The embedded PostgreSQL used when DATABASE_URL is not set.

It runs the PostgreSQL binaries shipped in the ``pgserver`` wheel with a data directory under
the project (``.pgdata/``), listening on 127.0.0.1 only. PostgreSQL refuses to run as root, so
under root an unprivileged system account (``congdoan-pg``) owns the data directory and runs
the server.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = Path(os.environ.get("CONGDOAN_PGDATA", PROJECT_DIR / ".pgdata"))
PORT = int(os.environ.get("CONGDOAN_PG_PORT", "54329"))
DB_NAME = os.environ.get("CONGDOAN_PG_DB", "congdoan")
SYSTEM_USER = "congdoan-pg"


def embedded_database_url() -> str:
    return f"postgres://postgres@127.0.0.1:{PORT}/{DB_NAME}"


def _bin(name: str) -> str:
    import pgserver

    return str(Path(pgserver.__file__).parent / "pginstall" / "bin" / name)


def _run_kwargs() -> dict:
    if os.geteuid() != 0:
        return {}
    try:
        pwd.getpwnam(SYSTEM_USER)
    except KeyError:
        subprocess.run(
            [
                "useradd",
                "--system",
                "--no-create-home",
                "--shell",
                "/usr/sbin/nologin",
                SYSTEM_USER,
            ],
            check=True,
        )
    return {"user": SYSTEM_USER, "group": pwd.getpwnam(SYSTEM_USER).pw_gid}


def _port_open() -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.2)
        return sock.connect_ex(("127.0.0.1", PORT)) == 0


def ensure_running(verbose: bool = True) -> str:
    """Initialise (first time) and start the embedded server; return its URL. Idempotent."""
    kwargs = _run_kwargs()
    if not (DATA_DIR / "PG_VERSION").exists():
        DATA_DIR.mkdir(parents=True, exist_ok=True)
        if kwargs:
            shutil.chown(DATA_DIR, user=SYSTEM_USER, group=kwargs["group"])
        os.chmod(DATA_DIR, 0o700)
        if verbose:
            print(f"[congdoan] initialising embedded PostgreSQL in {DATA_DIR}", flush=True)
        subprocess.run(
            [
                _bin("initdb"),
                "-D",
                str(DATA_DIR),
                "-U",
                "postgres",
                "--auth=trust",
                "-E",
                "UTF8",
                "--no-locale",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            **kwargs,
        )
    if not _port_open():
        if verbose:
            print(f"[congdoan] starting embedded PostgreSQL on 127.0.0.1:{PORT}", flush=True)
        options = f"-p {PORT} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''"
        subprocess.run(
            [
                _bin("pg_ctl"),
                "-D",
                str(DATA_DIR),
                "-o",
                options,
                "-l",
                str(DATA_DIR / "server.log"),
                "-w",
                "-t",
                "60",
                "start",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
            **kwargs,
        )
    _ensure_database()
    return embedded_database_url()


def _ensure_database() -> None:
    import psycopg

    deadline = time.monotonic() + 30
    while True:
        try:
            conn = psycopg.connect(
                host="127.0.0.1", port=PORT, user="postgres", dbname="postgres", autocommit=True
            )
            break
        except psycopg.OperationalError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)
    with conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DB_NAME]).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{DB_NAME}"')


def stop() -> None:
    if (DATA_DIR / "PG_VERSION").exists() and _port_open():
        subprocess.run(
            [_bin("pg_ctl"), "-D", str(DATA_DIR), "-m", "fast", "stop"],
            check=True,
            **_run_kwargs(),
        )


def ensure_if_needed() -> None:
    """Start the embedded server when no DATABASE_URL is configured."""
    if not os.environ.get("DATABASE_URL"):
        ensure_running(verbose=True)

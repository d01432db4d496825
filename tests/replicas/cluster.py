#!/usr/bin/env python3
"""A real streaming replica of the machine's PostgreSQL, on another port, for tests and
benchmarks (standard library only: .ci/run calls it with the system python3).

    python3 tests/replicas/cluster.py start [--primary-port 5432] [--env-file F]
        -> prints REPLICA_PORT=... REPLICA_DIR=... (and writes them to F)
    python3 tests/replicas/cluster.py stop --dir DIR

``start`` makes sure the primary accepts replication connections from 127.0.0.1 (adds
``host replication all 127.0.0.1/32 trust`` to its pg_hba.conf once, then reloads), takes a
base backup with ``pg_basebackup -R`` into a temporary directory, writes a small
postgresql.conf (free port, socket in the data directory, hot standby) and starts it with
``pg_ctl`` as the ``postgres`` account when run as root. ``stop`` stops it and removes the
directory. No replication slot is created: a forgotten replica never holds WAL on the primary.
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

PG_BIN = Path(os.environ.get("PG_BIN", "/usr/lib/postgresql/15/bin"))
HBA_LINE = "host replication all 127.0.0.1/32 trust"


def binary(name: str) -> str | None:
    candidate = PG_BIN / name
    if candidate.exists():
        return str(candidate)
    return shutil.which(name)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _as_postgres(args: list[str]) -> list[str]:
    """pg_ctl refuses to run as root: run server commands as the ``postgres`` account."""
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *args]
    return args


def psql(port: int, sql: str, *, host: str = "127.0.0.1", database: str = "postgres") -> str:
    result = subprocess.run(
        [
            *(binary("psql") or "psql", "-h", host, "-p", str(port), "-U", "postgres"),
            *("-d", database, "-XAtq", "-v", "ON_ERROR_STOP=1", "-c", sql),
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    return result.stdout.strip()


def ensure_replication_hba(primary_port: int) -> bool:
    """Let 127.0.0.1 open replication connections (trust, as the machine's other local rules).
    Idempotent; returns True when pg_hba.conf was changed and reloaded."""
    allowed = psql(
        primary_port,
        "SELECT count(*) FROM pg_hba_file_rules WHERE type = 'host' AND "
        "'replication' = ANY(database) AND address = '127.0.0.1' AND auth_method = 'trust'",
    )
    if allowed != "0":
        return False
    hba = Path(psql(primary_port, "SHOW hba_file"))
    text = hba.read_text()
    if HBA_LINE not in text.splitlines():
        # First match wins in pg_hba.conf: put the rule before the others.
        hba.write_text(f"# replication from loopback (congdoan tests/replicas)\n{HBA_LINE}\n{text}")
    psql(primary_port, "SELECT pg_reload_conf()")
    time.sleep(0.5)
    return True


@dataclass
class Replica:
    directory: Path | None  # None: started by someone else (only its port is known)
    port: int
    primary_port: int = 5432

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}"

    def pg_ctl(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        """pg_ctl's output goes to a file, not a pipe: a server that inherited the pipe would
        keep it open and make the caller wait for an end of output that never comes."""
        command = [binary("pg_ctl") or "pg_ctl", "-D", str(self.directory), *args]
        out = self.directory / "pg_ctl.out"
        with open(out, "a") as output:
            result = subprocess.run(
                _as_postgres(command),
                stdin=subprocess.DEVNULL,
                stdout=output,
                stderr=subprocess.STDOUT,
                check=False,
                timeout=180,
            )
        if check and result.returncode != 0:
            tail = out.read_text()[-2000:] if out.exists() else ""
            raise RuntimeError(f"pg_ctl {' '.join(args)} failed ({result.returncode}): {tail}")
        return result

    def start(self) -> None:
        self.pg_ctl("-l", str(self.directory / "server.log"), "-w", "-t", "60", "start")
        self.wait_streaming()

    def stop(self, mode: str = "fast") -> None:
        self.pg_ctl("-m", mode, "-w", "-t", "60", "stop", check=False)

    def running(self) -> bool:
        if self.directory is None:
            ready = [binary("pg_isready") or "pg_isready", "-h", "127.0.0.1", "-p", str(self.port)]
            return subprocess.run(ready, capture_output=True, check=False).returncode == 0
        return self.pg_ctl("status", check=False).returncode == 0

    def wait_streaming(self, timeout: float = 60) -> None:
        deadline = time.monotonic() + timeout
        last = ""
        while time.monotonic() < deadline:
            try:
                last = psql(
                    self.port,
                    "SELECT pg_is_in_recovery() AND EXISTS "
                    "(SELECT 1 FROM pg_stat_wal_receiver WHERE status = 'streaming')",
                )
                if last == "t":
                    return
            except subprocess.CalledProcessError as exc:
                last = exc.stderr
            time.sleep(0.2)
        raise RuntimeError(f"the replica on port {self.port} is not streaming: {last}")

    def remove(self) -> None:
        self.stop("immediate")  # its data is deleted next: no shutdown checkpoint needed
        shutil.rmtree(self.directory, ignore_errors=True)


def primary_settings(primary_port: int) -> dict[str, str]:
    """Settings a hot standby must not set lower than its primary."""
    names = (
        "max_connections",
        "max_worker_processes",
        "max_wal_senders",
        "max_prepared_transactions",
        "max_locks_per_transaction",
    )
    values = psql(
        primary_port,
        "SELECT string_agg(current_setting(n), ',') FROM unnest("
        f"ARRAY[{','.join(repr(n) for n in names)}]) AS n",
    )
    return dict(zip(names, values.split(","), strict=True))


def create_replica(primary_port: int = 5432, port: int | None = None) -> Replica:
    """Base backup of the primary on 127.0.0.1:``primary_port``, started as a hot standby."""
    if binary("pg_basebackup") is None:
        raise FileNotFoundError("pg_basebackup")
    ensure_replication_hba(primary_port)
    port = port or free_port()
    directory = Path(tempfile.mkdtemp(prefix="congdoan-replica-"))
    if os.geteuid() == 0:
        shutil.chown(directory, "postgres", "postgres")
    directory.chmod(0o700)
    subprocess.run(
        _as_postgres(
            [
                binary("pg_basebackup"),
                "-h", "127.0.0.1", "-p", str(primary_port), "-U", "postgres",
                "-D", str(directory), "-R", "-X", "stream", "-c", "fast", "--no-sync",
            ]
        ),
        check=True,
        capture_output=True,
        text=True,
        timeout=600,
    )  # fmt: skip
    conf = {
        **primary_settings(primary_port),
        "port": str(port),
        "listen_addresses": "'127.0.0.1'",
        "unix_socket_directories": f"'{directory}'",
        "hba_file": f"'{directory / 'pg_hba.conf'}'",
        "ident_file": f"'{directory / 'pg_ident.conf'}'",
        "hot_standby": "on",
        # Long reads are not cancelled by the primary's vacuum (it keeps their rows).
        "hot_standby_feedback": "on",
        "shared_buffers": "32MB",
        "fsync": "off",  # a throwaway copy: speed over durability
        "logging_collector": "off",
        "cluster_name": "'congdoan_replica'",
    }
    (directory / "postgresql.conf").write_text(
        "".join(f"{key} = {value}\n" for key, value in conf.items())
    )
    (directory / "pg_hba.conf").write_text("local all all trust\nhost all all 127.0.0.1/32 trust\n")
    (directory / "pg_ident.conf").write_text("")
    if os.geteuid() == 0:
        for name in ("postgresql.conf", "pg_hba.conf", "pg_ident.conf"):
            shutil.chown(directory / name, "postgres", "postgres")
    replica = Replica(directory, port, primary_port)
    try:
        replica.start()
    except Exception as exc:
        log = directory / "server.log"
        detail = log.read_text()[-2000:] if log.exists() else ""
        replica.remove()
        raise RuntimeError(f"the replica did not start ({exc}):\n{detail}") from None
    return replica


def wait_for_replay(replica_port: int, primary_port: int = 5432, timeout: float = 30) -> None:
    """Until the replica has replayed everything the primary has written so far."""
    target = psql(primary_port, "SELECT pg_current_wal_lsn()")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if psql(replica_port, f"SELECT pg_last_wal_replay_lsn() >= '{target}'::pg_lsn") == "t":
            return
        time.sleep(0.05)
    raise TimeoutError(f"replica on port {replica_port} did not replay up to {target}")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    start = sub.add_parser("start")
    start.add_argument("--primary-port", type=int, default=5432)
    start.add_argument("--port", type=int)
    start.add_argument("--env-file")
    stop = sub.add_parser("stop")
    stop.add_argument("--dir", required=True)
    args = parser.parse_args(argv)
    if args.command == "start":
        replica = create_replica(args.primary_port, args.port)
        lines = f"REPLICA_PORT={replica.port}\nREPLICA_DIR={replica.directory}\n"
        if args.env_file:
            Path(args.env_file).write_text(lines)
        print(lines, end="")
        return 0
    directory = Path(args.dir)
    Replica(directory, 0).remove()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

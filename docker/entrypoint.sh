#!/usr/bin/env bash
# Container entrypoint: wait for PostgreSQL, migrate (RUN_MIGRATIONS=1), then exec the CMD.
set -euo pipefail

log() { printf '[entrypoint] %s\n' "$*" >&2; }

# Without DATABASE_URL, manage.py would start its embedded development PostgreSQL instead.
: "${DATABASE_URL:?DATABASE_URL must be set, e.g. postgres://congdoan:PASSWORD@db:5432/congdoan}"
export DB_WAIT_TIMEOUT="${DB_WAIT_TIMEOUT:-60}"
RUN_MIGRATIONS="${RUN_MIGRATIONS:-1}"

wait_for_db() {
  # Never prints DATABASE_URL (it holds the password); psycopg's errors do not include it.
  python - <<'PY'
import os
import sys
import time

import psycopg

timeout = float(os.environ["DB_WAIT_TIMEOUT"])
deadline = time.monotonic() + timeout
attempt = 0
while True:
    attempt += 1
    try:
        with psycopg.connect(os.environ["DATABASE_URL"], connect_timeout=5) as conn:
            conn.execute("SELECT 1")
        break
    except psycopg.OperationalError as exc:
        if time.monotonic() >= deadline:
            last = " ".join(line.strip() for line in str(exc).splitlines()) or repr(exc)
            sys.exit(
                f"[entrypoint] PostgreSQL not reachable after {timeout:.0f}s "
                f"({attempt} attempts); giving up. Last error: {last}\n"
                "[entrypoint] Check DATABASE_URL and that the database is up; "
                "raise DB_WAIT_TIMEOUT if it is just slow to start."
            )
        if attempt == 1:
            print("[entrypoint] waiting for PostgreSQL ...", file=sys.stderr, flush=True)
        time.sleep(min(2.0, max(0.1, deadline - time.monotonic())))
print(f"[entrypoint] PostgreSQL is up (attempt {attempt}).", file=sys.stderr, flush=True)
PY
}

run_migrations() {
  # One PostgreSQL advisory lock around all three steps, so several containers starting at
  # once (scaled web, a one-off `run`) migrate one after another instead of concurrently.
  python - <<'PY'
import os
import subprocess
import sys

import psycopg

LOCK_ID = 7_146_255_301  # arbitrary, constant: "congdoan migrations"
STEPS = [
    ["migrate_schemas", "--shared", "--noinput"],  # public schema
    ["tenant_template"],  # (re)build the schema new tenants are cloned from
    ["migrate_schemas", "--tenant", "--noinput"],  # every existing tenant
]

with psycopg.connect(os.environ["DATABASE_URL"], autocommit=True) as lock_conn:
    print("[entrypoint] acquiring migration lock ...", file=sys.stderr, flush=True)
    lock_conn.execute("SELECT pg_advisory_lock(%s)", [LOCK_ID])
    for step in STEPS:
        print(f"[entrypoint] manage.py {' '.join(step)}", file=sys.stderr, flush=True)
        result = subprocess.run([sys.executable, "manage.py", *step], check=False)
        if result.returncode != 0:
            sys.exit(f"[entrypoint] manage.py {' '.join(step)} failed ({result.returncode}).")
    lock_conn.execute("SELECT pg_advisory_unlock(%s)", [LOCK_ID])
PY
}

if [ "${WAIT_FOR_DB:-1}" = "1" ]; then
  wait_for_db
fi

if [ "$RUN_MIGRATIONS" = "1" ]; then
  run_migrations
else
  log "RUN_MIGRATIONS=$RUN_MIGRATIONS: skipping migrations."
fi

exec "$@"

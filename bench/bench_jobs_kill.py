#!/usr/bin/env python
"""10,000 job-causing writes while worker processes are killed with SIGKILL.

Each write is one transaction: a row in ``bench_jobs_write`` and, in the same transaction,
a deferred ``bench.effect`` job (bench/jobs_tasks.py) whose run inserts one effect row.
One write in ten is rolled back instead of committed. Three real ``manage.py worker``
processes run the jobs; once they are processing, a killer sends SIGKILL to a random worker
every few seconds and starts a new one. Jobs of a killed worker are put back in the queue by
the periodic stalled-job recovery (heartbeats, jobs/core.py ``recover_stalled``).

Prints: committed writes, rolled-back writes, jobs per committed write, executions (job
starts, counted outside any transaction), effect rows, duplicates and missing effects, jobs
of rolled-back writes, and the cost of the enqueue (writes/s with and without the job,
measured in the same run). Raw JSON: bench/results/jobs_kill.json.

Run:  DATABASE_URL=postgres://postgres@127.0.0.1:5432/h_jobs13 REDIS_URL=redis://127.0.0.1:6379/5 \\
      .venv/bin/python bench/bench_jobs_kill.py
Environment: BENCH_WRITES (10000), BENCH_WRITERS (4 threads), BENCH_WORKERS (3),
BENCH_KILLS (5), BENCH_KILL_EVERY (8 s, from the first 100 effects on).
"""

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings_jobs"
# Short heartbeats so a killed worker's jobs come back within seconds (defaults: 10 s / 30 s).
FAST = {
    "JOBS_HEARTBEAT_SECONDS": "2",
    "JOBS_STALLED_AFTER_SECONDS": "10",
    "JOBS_RECOVER_STALLED_CRON": "* * * * * *",
}
os.environ.update(FAST)

import django  # noqa: E402

django.setup()

from django.db import connection, connections, transaction  # noqa: E402

import jobs  # noqa: E402
from bench.jobs_tasks import EFFECT_DDL  # noqa: E402

WRITES = int(os.environ.get("BENCH_WRITES", "10000"))
WORKERS = int(os.environ.get("BENCH_WORKERS", "3"))
KILLS = int(os.environ.get("BENCH_KILLS", "5"))
KILL_EVERY = float(os.environ.get("BENCH_KILL_EVERY", "8"))
WRITERS = int(os.environ.get("BENCH_WRITERS", "4"))  # threads, one connection each
DRAIN_TIMEOUT = float(os.environ.get("BENCH_DRAIN_TIMEOUT", "600"))
RESULTS = ROOT / "bench" / "results"


def scalar(sql, params=()):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchone()[0]


def start_worker():
    return subprocess.Popen(
        [sys.executable, "manage.py", "worker", "--concurrency", "4"],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "bench.settings_jobs"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def reset():
    with connection.cursor() as cursor:
        cursor.execute(EFFECT_DDL)
        cursor.execute(
            "TRUNCATE public.bench_jobs_write, public.bench_jobs_effect, public.bench_jobs_start"
        )
        cursor.execute("DELETE FROM procrastinate_jobs WHERE task_name LIKE 'bench.%%'")
        cursor.execute("DELETE FROM procrastinate_workers")


def write_rate(n, *, with_job):
    """Writes/s of the write transaction with or without its job, before any worker runs
    (rolled back, so nothing is left): the enqueue's cost against its peer."""
    start = time.perf_counter()
    for i in range(n):
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute(
                    "INSERT INTO public.bench_jobs_write (id, at) VALUES (%s, now())", [-1 - i]
                )
            if with_job:
                jobs.defer("bench.effect", write_id=-1 - i)
            transaction.set_rollback(True)
    return n / (time.perf_counter() - start)


def main():
    reset()
    floor_rate = write_rate(500, with_job=False)
    job_rate = write_rate(500, with_job=True)
    workers = [start_worker() for _ in range(WORKERS)]
    kills = []
    stop_killing = threading.Event()

    def killer():
        # Kill only once the workers are processing (they take seconds to boot).
        with connections["default"].cursor() as cursor:
            while not stop_killing.wait(0.5):
                cursor.execute("SELECT count(*) FROM public.bench_jobs_effect")
                if cursor.fetchone()[0] >= 100:
                    break
            while len(kills) < KILLS and not stop_killing.is_set():
                cursor.execute(
                    "SELECT count(*) FROM procrastinate_jobs WHERE status = 'doing' "
                    "AND task_name = 'bench.effect'"
                )
                running = cursor.fetchone()[0]
                index = random.randrange(len(workers))
                victim = workers[index]
                victim.send_signal(signal.SIGKILL)
                victim.wait()
                kills.append({"pid": victim.pid, "at": time.time(), "jobs_running": running})
                workers[index] = start_worker()
                stop_killing.wait(KILL_EVERY)
        connections["default"].close()

    thread = threading.Thread(target=killer, daemon=True)
    t0 = time.perf_counter()
    thread.start()
    committed, rolled_back = [], []

    def writer(first):
        for write_id in range(first, WRITES + 1, WRITERS):
            try:
                with transaction.atomic():
                    with connection.cursor() as cursor:
                        cursor.execute(
                            "INSERT INTO public.bench_jobs_write (id, at) VALUES (%s, now())",
                            [write_id],
                        )
                    jobs.defer("bench.effect", write_id=write_id)
                    if write_id % 10 == 0:
                        raise RuntimeError("rollback")
            except RuntimeError:
                rolled_back.append(write_id)
            else:
                committed.append(write_id)
        connection.close()

    write_start = time.perf_counter()
    writers = [threading.Thread(target=writer, args=(n + 1,)) for n in range(WRITERS)]
    for w in writers:
        w.start()
    for w in writers:
        w.join()
    write_end = time.perf_counter()
    rate_under_kills = WRITES / (write_end - write_start)

    deadline = time.monotonic() + DRAIN_TIMEOUT
    while time.monotonic() < deadline:
        left = scalar(
            "SELECT count(*) FROM procrastinate_jobs WHERE task_name = 'bench.effect' "
            "AND status IN ('todo', 'doing')"
        )
        if left == 0:
            break
        time.sleep(0.5)
    drained = time.perf_counter() - t0
    writes_seconds = write_end - write_start
    stop_killing.set()
    thread.join()
    for w in workers:
        w.send_signal(signal.SIGTERM)
    for w in workers:
        try:
            w.wait(30)
        except subprocess.TimeoutExpired:
            w.kill()

    jobs_per_write = dict(
        _rows(
            "SELECT (args->>'write_id')::bigint, count(*) FROM procrastinate_jobs "
            "WHERE task_name = 'bench.effect' GROUP BY 1"
        )
    )
    effects = dict(
        _rows("SELECT write_id, count(*) FROM public.bench_jobs_effect GROUP BY write_id")
    )
    statuses = dict(
        _rows(
            "SELECT status, count(*) FROM procrastinate_jobs WHERE task_name = 'bench.effect' "
            "GROUP BY status"
        )
    )
    retried = scalar(
        "SELECT count(*) FROM (SELECT e.job_id FROM procrastinate_events e "
        "JOIN procrastinate_jobs j ON j.id = e.job_id WHERE j.task_name = 'bench.effect' "
        "AND e.type = 'started' GROUP BY e.job_id HAVING count(*) > 1) AS again"
    )
    committed_set = set(committed)
    result = {
        "writes": WRITES,
        "committed_writes": len(committed),
        "rolled_back_writes": len(rolled_back),
        "committed_rows_in_db": scalar("SELECT count(*) FROM public.bench_jobs_write"),
        "jobs_for_committed": sum(jobs_per_write.get(i, 0) for i in committed),
        "committed_without_job": sum(1 for i in committed if i not in jobs_per_write),
        "committed_with_several_jobs": sum(1 for i in committed if jobs_per_write.get(i, 0) > 1),
        "jobs_for_rolled_back": sum(jobs_per_write.get(i, 0) for i in rolled_back),
        "effects_for_rolled_back": sum(effects.get(i, 0) for i in rolled_back),
        "executions": scalar("SELECT count(*) FROM public.bench_jobs_start"),
        "effects": sum(effects.values()),
        "duplicates": sum(n - 1 for i, n in effects.items() if n > 1),
        "missing": sum(1 for i in committed_set if i not in effects),
        "job_statuses": statuses,
        "jobs_started_more_than_once": retried,
        "kills": len(kills),
        "jobs_running_at_each_kill": [k["jobs_running"] for k in kills],
        "workers": WORKERS,
        "writer_threads": WRITERS,
        "seconds_writing": round(writes_seconds, 1),
        "seconds_until_all_done": round(drained, 1),
        "writes_per_s_with_job": round(job_rate, 1),
        "writes_per_s_without_job": round(floor_rate, 1),
        "enqueue_cost_ratio": round(floor_rate / job_rate, 2),
        "writes_per_s_while_workers_run": round(rate_under_kills, 1),
        "jobs_per_s": round(len(committed) / drained, 1),
        "heartbeat": FAST,
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "jobs_kill.json").write_text(json.dumps(result, indent=2))
    for key, value in result.items():
        print(f"{key:30} {value}")
    ok = (
        result["missing"] == 0
        and result["duplicates"] == 0
        and result["jobs_for_rolled_back"] == 0
        and result["committed_without_job"] == 0
        and result["committed_with_several_jobs"] == 0
    )
    print(
        "OK: every committed write has one job and one effect; no rolled-back write has any"
        if ok
        else "FAILED"
    )
    return 0 if ok else 1


def _rows(sql):
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return cursor.fetchall()


if __name__ == "__main__":
    sys.exit(main())

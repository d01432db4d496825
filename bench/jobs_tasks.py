"""Jobs of the job-queue benchmarks (imported by the workers through bench/settings_jobs.py).

``bench.effect`` is the "delivery" of one committed write: an atomic job (exactly-once
effects, jobs/core.py) that inserts one effect row; every start is also recorded on a
separate autocommit connection, outside the job's transaction, so runs cut short by SIGKILL
are counted too."""

import os
import time

import psycopg
from django.db import connection

import jobs

_starts = None


def record_start(write_id):
    global _starts
    if _starts is None or _starts.closed:
        params = connection.get_connection_params()
        params.pop("cursor_factory", None)
        params.pop("context", None)
        _starts = psycopg.connect(**params, autocommit=True)
    _starts.execute(
        "INSERT INTO public.bench_jobs_start (write_id, pid) VALUES (%s, %s)",
        [write_id, os.getpid()],
    )


EFFECT_DDL = """
CREATE TABLE IF NOT EXISTS public.bench_jobs_write (id bigint PRIMARY KEY, at timestamptz);
CREATE TABLE IF NOT EXISTS public.bench_jobs_effect (
    write_id bigint NOT NULL, job_id bigint NOT NULL, pid int NOT NULL,
    at timestamptz NOT NULL DEFAULT clock_timestamp());
CREATE TABLE IF NOT EXISTS public.bench_jobs_start (write_id bigint NOT NULL, pid int NOT NULL);
"""


@jobs.task(name="bench.effect", atomic=True, retries=3)
def effect(*, write_id, work_ms=2):
    record_start(write_id)
    if work_ms:
        time.sleep(work_ms / 1000)
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO public.bench_jobs_effect (write_id, job_id, pid) VALUES (%s, 0, %s)",
            [write_id, os.getpid()],
        )

"""Jobs of the job-queue benchmarks (imported by the workers through bench/settings_jobs.py).

``bench.effect`` is the "delivery" of one committed write: an atomic job (exactly-once
effects, jobs/core.py) that inserts one effect row; every start is also counted in Redis,
outside any transaction, so runs cut short by SIGKILL are seen."""

import os
import time

import redis
from django.conf import settings
from django.db import connection

import jobs

_redis = None


def counter():
    global _redis
    if _redis is None:
        _redis = redis.Redis.from_url(settings.REDIS_URL)
    return _redis


EFFECT_DDL = """
CREATE TABLE IF NOT EXISTS public.bench_jobs_write (id bigint PRIMARY KEY, at timestamptz);
CREATE TABLE IF NOT EXISTS public.bench_jobs_effect (
    write_id bigint NOT NULL, job_id bigint NOT NULL, pid int NOT NULL,
    at timestamptz NOT NULL DEFAULT clock_timestamp());
"""


@jobs.task(name="bench.effect", atomic=True, retries=3)
def effect(*, write_id, work_ms=2):
    counter().incr("bench:jobs:executions")
    if work_ms:
        time.sleep(work_ms / 1000)
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO public.bench_jobs_effect (write_id, job_id, pid) VALUES (%s, 0, %s)",
            [write_id, os.getpid()],
        )

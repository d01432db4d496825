"""Jobs used by the tests and benchmarks (importable by worker processes through
``JOBS_IMPORT_MODULES=tests.jobs.sample_jobs``). They write to ``public.jobs_test_probe``."""

import os

from django.db import connection

import jobs

PROBE_DDL = """
CREATE TABLE IF NOT EXISTS public.jobs_test_probe (
    id bigserial PRIMARY KEY,
    kind text NOT NULL,
    value text NOT NULL DEFAULT '',
    schema_name text NOT NULL DEFAULT '',
    attempt int NOT NULL DEFAULT 0,
    pid int NOT NULL DEFAULT 0,
    at timestamptz NOT NULL DEFAULT clock_timestamp()
)
"""


def probe(kind: str, value="", attempt: int = 0) -> None:
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO public.jobs_test_probe (kind, value, schema_name, attempt, pid) "
            "VALUES (%s, %s, %s, %s, %s)",
            [kind, str(value), connection.schema_name, attempt, os.getpid()],
        )


def probes(kind: str | None = None) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT kind, value, schema_name, attempt FROM public.jobs_test_probe "
            "WHERE %s::text IS NULL OR kind = %s ORDER BY id",
            [kind, kind],
        )
        return cursor.fetchall()


@jobs.task(name="tests.record")
def record(*, value):
    probe("record", value)


@jobs.task(name="tests.flaky", retries=3, pass_context=True)
def flaky(*, fail_times, context):
    probe("flaky", context.job_id, context.attempt)
    if context.attempt < fail_times:
        raise RuntimeError(f"lỗi tạm thời lần {context.attempt}")


@jobs.task(name="tests.always_fails", retries=1)
def always_fails(*, value):
    probe("always_fails", value)
    raise ValueError("máy nhận trả lời 500")


@jobs.task(name="tests.atomic_write", atomic=True)
def atomic_write(*, value):
    probe("atomic", value)


@jobs.task(name="tests.tenant_write", retries=5)
def tenant_write(*, value):
    probe("tenant", value)


@jobs.periodic(cron=os.environ.get("JOBS_TEST_CRON", "0 0 1 1 *"), name="tests.tick")
def tick():
    probe("tick")


@jobs.task(name="tests.slow")
def slow(*, seconds, value):
    import time

    time.sleep(seconds)
    probe("slow", value)

"""Real worker processes: periodic jobs once per period across two workers, graceful
shutdown on SIGTERM, and a killed worker's job recovered by another."""

import signal

from django.db import connection, transaction

import jobs
from tests.jobs import sample_jobs
from tests.jobs.workers import start_worker, stop, wait_for

FAST = {
    "JOBS_TEST_CRON": "* * * * * *",  # every second
    "JOBS_HEARTBEAT_SECONDS": "1",
    "JOBS_STALLED_AFTER_SECONDS": "3",
    "JOBS_RECOVER_STALLED_CRON": "* * * * * *",
}


def _scalar(sql, params=()):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchone()[0]


def _status(job_id):
    return _scalar("SELECT status FROM procrastinate_jobs WHERE id = %s", [job_id])


def _attempts(job_id):
    return _scalar("SELECT attempts FROM procrastinate_jobs WHERE id = %s", [job_id])


def test_two_workers_run_each_period_once_and_stop_gracefully(committed):
    workers = [start_worker(env=FAST), start_worker(env=FAST)]
    try:
        wait_for(lambda: len(sample_jobs.probes("tick")) >= 4)
        with transaction.atomic():
            slow = jobs.defer(sample_jobs.slow, seconds=2, value="làm nốt")
        wait_for(lambda: _status(slow) == "doing")
        codes = [stop(w, signal.SIGTERM) for w in workers]
    finally:
        for w in workers:
            stop(w, signal.SIGKILL)
    assert codes == [0, 0], [w.stdout.read() for w in workers]
    # The job running when SIGTERM came was finished, not abandoned.
    assert _status(slow) == "succeeded"
    assert sample_jobs.probes("slow") == [("slow", "làm nốt", "public", 0)]
    periods = _scalar(
        "SELECT count(DISTINCT args->>'timestamp') FROM procrastinate_jobs "
        "WHERE task_name = 'tests.tick'"
    )
    tick_jobs = _scalar("SELECT count(*) FROM procrastinate_jobs WHERE task_name = 'tests.tick'")
    ticks = len(sample_jobs.probes("tick"))
    assert periods == tick_jobs  # one job per period although two workers defer it
    assert ticks >= 4 and ticks <= tick_jobs  # each job ran at most once


def test_job_of_a_killed_worker_is_recovered_and_run_once(committed):
    first = start_worker(env=FAST, concurrency=1)
    second = None
    try:
        with transaction.atomic():
            job_id = jobs.defer(sample_jobs.slow, seconds=30, value="sống sót")
        wait_for(lambda: _status(job_id) == "doing")
        stop(first, signal.SIGKILL)
        # The job stays "doing" until its worker's heartbeat is seen as stale.
        with transaction.atomic():
            short = jobs.defer(sample_jobs.record, value="sau")
        second = start_worker(env=FAST, concurrency=2)
        wait_for(lambda: _status(short) == "succeeded")
        # The second worker's periodic recovery put the stalled job back; it runs again.
        wait_for(lambda: _attempts(job_id) == 1 and _status(job_id) == "doing")
    finally:
        stop(first, signal.SIGKILL)
        if second is not None:
            stop(second, signal.SIGKILL)

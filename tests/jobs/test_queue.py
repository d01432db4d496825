"""The job interface: enqueue in the caller's transaction, tenant context, retries with
backoff, dead letters and replay, exactly-once atomic jobs."""

import datetime
import json

import psycopg
import pytest
from django.db import connection, transaction
from django.utils import timezone
from django_tenants.utils import schema_context

import jobs
from jobs.models import JobFailure, JobReplay
from tests.jobs import sample_jobs
from tests.jobs.sample_jobs import probes


def job_row(job_id):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT status, attempts, scheduled_at, args, queueing_lock "
            "FROM procrastinate_jobs WHERE id = %s",
            [job_id],
        )
        row = cursor.fetchone()
    if row is None:
        return None
    row = (*row[:3], json.loads(row[3]), row[4])
    keys = ["status", "attempts", "scheduled_at", "args", "queueing_lock"]
    return dict(zip(keys, row, strict=True))


def jobs_of(task_name):
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM procrastinate_jobs WHERE task_name = %s", [task_name])
        return cursor.fetchone()[0]


# --- enqueue ------------------------------------------------------------------------------


def test_defer_carries_current_tenant_and_runs_in_its_schema(probe_table, tenant_a):
    with schema_context("test_a"):
        job_id = jobs.defer(sample_jobs.record, value="xin chào")
    assert job_row(job_id)["args"] == {"value": "xin chào", jobs.TENANT_KEY: "test_a"}
    public_id = jobs.defer("tests.record", value="public")
    assert job_row(public_id)["args"][jobs.TENANT_KEY] is None

    assert jobs.run_due_jobs() == 2
    assert probes("record") == [
        ("record", "xin chào", "test_a", 0),
        ("record", "public", "public", 0),
    ]
    assert job_row(job_id)["status"] == "succeeded"
    assert connection.schema_name == "public"


def test_explicit_tenant_overrides_current_schema(probe_table, tenant_b):
    with schema_context("test_a"):
        jobs.defer(sample_jobs.record, tenant="test_b", value="B")
    jobs.run_due_jobs()
    assert probes("record") == [("record", "B", "test_b", 0)]


def test_rolled_back_change_has_no_job(probe_table):
    before = jobs_of("tests.record")
    with pytest.raises(RuntimeError), transaction.atomic():
        sample_jobs.probe("change", "rolled back")
        jobs.defer(sample_jobs.record, value="never")
        raise RuntimeError("hủy")
    assert jobs_of("tests.record") == before
    assert probes() == []
    assert jobs.run_due_jobs() == 0


def test_bad_payload_is_refused_before_anything_is_written(db):
    with pytest.raises(TypeError, match="JSON"):
        jobs.defer(sample_jobs.record, value=object())
    with pytest.raises(LookupError, match="Không có công việc"):
        jobs.defer("tests.no_such_job", value=1)
    with pytest.raises(ValueError, match="múi giờ"):
        jobs.defer(sample_jobs.record, value=1, schedule_at=datetime.datetime(2030, 1, 1))
    assert jobs_of("tests.record") == 0


def test_queueing_lock_coalesces_waiting_jobs(probe_table):
    first = jobs.defer(sample_jobs.record, value="1", queueing_lock="coalesce:page:7")
    second = jobs.defer(sample_jobs.record, value="2", queueing_lock="coalesce:page:7")
    assert first == second
    assert jobs_of("tests.record") == 1
    assert jobs.run_due_jobs() == 1
    # Once the first has run, the lock is free again.
    third = jobs.defer(sample_jobs.record, value="3", queueing_lock="coalesce:page:7")
    assert third != first


def test_scheduled_job_waits_for_its_time(probe_table):
    t0 = timezone.now()
    jobs.defer(sample_jobs.record, value="later", schedule_at=t0 + datetime.timedelta(hours=1))
    assert jobs.run_due_jobs(now=t0) == 0
    assert jobs.run_due_jobs(now=t0 + datetime.timedelta(hours=1)) == 1
    assert probes("record") == [("record", "later", "public", 0)]


# --- retries and dead letters -------------------------------------------------------------


def test_retries_follow_the_exponential_backoff(probe_table, settings):
    settings.JOBS = {**settings.JOBS, "retry_base_seconds": 10, "retry_factor": 3}
    t0 = timezone.now()
    job_id = jobs.defer(sample_jobs.flaky, fail_times=2)

    assert jobs.run_due_jobs(now=t0) == 1  # attempt 0 fails
    row = job_row(job_id)
    assert (row["status"], row["attempts"]) == ("todo", 1)
    assert row["scheduled_at"] == t0 + datetime.timedelta(seconds=10)
    assert jobs.run_due_jobs(now=t0 + datetime.timedelta(seconds=9)) == 0

    t1 = t0 + datetime.timedelta(seconds=10)
    assert jobs.run_due_jobs(now=t1) == 1  # attempt 1 fails
    assert job_row(job_id)["scheduled_at"] == t1 + datetime.timedelta(seconds=30)

    assert jobs.run_due_jobs(now=t1 + datetime.timedelta(seconds=30)) == 1  # succeeds
    assert job_row(job_id)["status"] == "succeeded"
    assert [p[3] for p in probes("flaky")] == [0, 1, 2]
    failures = JobFailure.objects.filter(job_id=job_id).order_by("attempt")
    assert [(f.attempt, f.final) for f in failures] == [(0, False), (1, False)]
    assert "lỗi tạm thời lần 0" in failures[0].error


def test_backoff_schedule_is_planned():
    assert jobs.Backoff(5, base=10, factor=3, cap=600).schedule() == [10, 30, 90, 270, 600]
    assert jobs.Backoff(3).delay(0, jobs.PermanentError("x")) is None


def test_failed_job_becomes_a_dead_letter_and_can_be_replayed(probe_table):
    t0 = timezone.now()
    job_id = jobs.defer(sample_jobs.always_fails, value="v")
    jobs.run_due_jobs(now=t0)
    jobs.run_due_jobs(now=t0 + datetime.timedelta(hours=1))
    row = job_row(job_id)
    assert (row["status"], row["attempts"]) == ("failed", 2)
    last = JobFailure.objects.filter(job_id=job_id).first()
    assert last.final and "máy nhận trả lời 500" in last.error

    assert jobs.replay(job_id) is True
    assert job_row(job_id)["status"] == "todo"
    assert jobs.replay(job_id) is False  # not failed any more
    jobs.run_due_jobs()
    assert len(probes("always_fails")) == 3


def test_job_for_a_deleted_tenant_fails_at_once_with_a_clear_message(probe_table, caplog):
    job_id = jobs.defer(sample_jobs.tenant_write, tenant="da_xoa", value="x")
    assert jobs.run_due_jobs() == 1
    row = job_row(job_id)
    assert row["status"] == "failed"  # retries=5, yet not retried
    assert probes() == []  # nothing done
    failure = JobFailure.objects.get(job_id=job_id)
    assert failure.final
    assert "không còn tồn tại" in failure.error and "no longer exists" in failure.error
    assert any("da_xoa" in r.getMessage() for r in caplog.records if r.levelname == "ERROR")


def test_atomic_job_is_not_repeated_after_a_lost_acknowledgement(probe_table):
    job_id = jobs.defer(sample_jobs.atomic_write, value="một lần")
    jobs.run_due_jobs()
    # The worker "died" after the run committed but before acknowledging it: the job
    # is put back in the queue by the stalled-job recovery.
    with connection.cursor() as cursor:
        cursor.execute("UPDATE procrastinate_jobs SET status = 'doing' WHERE id = %s", [job_id])
        cursor.execute("SELECT procrastinate_retry_job_v2(%s, now(), NULL, NULL, NULL)", [job_id])
    assert jobs.run_due_jobs() == 1
    assert probes("atomic") == [("atomic", "một lần", "public", 0)]
    assert job_row(job_id)["status"] == "succeeded"


def test_replay_action_records_who_replayed(probe_table, django_user_model):
    from jobs.actions.replay import ReplayJobs

    admin = django_user_model.objects.create_superuser("ops@congdoan.vn", "x" * 12)
    job_id = jobs.defer(sample_jobs.always_fails, value="v")
    jobs.run_due_jobs()
    jobs.run_due_jobs(now=timezone.now() + datetime.timedelta(hours=1))
    assert ReplayJobs(job_ids=[job_id], actor=admin).execute() == 1
    assert JobReplay.objects.get(job_id=job_id).actor == admin


# --- real commits -------------------------------------------------------------------------


def _other_connection_counts(job_value):
    """What a separate connection (another process) sees."""
    params = connection.get_connection_params()
    params.pop("cursor_factory", None)
    params.pop("context", None)
    with psycopg.connect(**params) as other:
        changes = other.execute(
            "SELECT count(*) FROM public.jobs_test_probe WHERE value = %s", [job_value]
        ).fetchone()[0]
        queued = other.execute(
            "SELECT count(*) FROM procrastinate_jobs WHERE args->>'value' = %s", [job_value]
        ).fetchone()[0]
    return changes, queued


def test_committed_change_has_its_job_and_rolled_back_change_has_none(committed):
    with transaction.atomic():
        sample_jobs.probe("change", "committed")
        jobs.defer(sample_jobs.record, value="committed")
        # Not visible outside before the commit.
        assert _other_connection_counts("committed") == (0, 0)
    assert _other_connection_counts("committed") == (1, 1)

    with pytest.raises(RuntimeError), transaction.atomic():
        sample_jobs.probe("change", "rolled-back")
        jobs.defer(sample_jobs.record, value="rolled-back")
        raise RuntimeError("hủy")
    assert _other_connection_counts("rolled-back") == (0, 0)


def test_cleanup_deletes_old_finished_jobs_and_expired_sessions(probe_table, tenant_a):
    from django.contrib.sessions.models import Session

    from jobs.jobs import cleanup
    from jobs.models import JobRun

    old = jobs.defer(sample_jobs.atomic_write, value="cũ")
    recent = jobs.defer(sample_jobs.record, value="mới")
    jobs.run_due_jobs()
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE procrastinate_events SET at = now() - interval '20 days' WHERE job_id = %s",
            [old],
        )
    past = timezone.now() - datetime.timedelta(days=1)
    with schema_context("test_a"):
        Session.objects.create(session_key="x" * 32, session_data="", expire_date=past)
    result = cleanup()
    assert result["jobs"] == 1 and result["sessions"] >= 1
    assert job_row(old) is None and job_row(recent)["status"] == "succeeded"
    assert not JobRun.objects.filter(job_id=old).exists()
    with schema_context("test_a"):
        assert not Session.objects.filter(session_key="x" * 32).exists()


def test_deadline_timer_is_replaced_when_moved_and_can_be_cancelled(probe_table):
    t0 = timezone.now()
    key = "deadline:case:7"
    first = jobs.set_timer(
        sample_jobs.record, key=key, at=t0 + datetime.timedelta(hours=1), value="1"
    )
    moved = jobs.set_timer(
        sample_jobs.record, key=key, at=t0 + datetime.timedelta(hours=2), value="2"
    )
    assert moved != first and job_row(first)["status"] == "cancelled"
    assert jobs.run_due_jobs(now=t0 + datetime.timedelta(hours=1)) == 0
    assert jobs.run_due_jobs(now=t0 + datetime.timedelta(hours=2)) == 1
    assert probes("record") == [("record", "2", "public", 0)]

    again = jobs.set_timer(
        sample_jobs.record, key=key, at=t0 + datetime.timedelta(days=1), value="3"
    )
    assert jobs.cancel(key) == again and jobs.cancel(key) == 0
    assert jobs.run_due_jobs(now=t0 + datetime.timedelta(days=2)) == 0

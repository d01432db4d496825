"""The project's job interface over Procrastinate (re-exported by ``jobs/__init__.py``).

Everything outside this package speaks only of :func:`task`, :func:`defer`,
:func:`periodic` and :func:`run_due_jobs`; Procrastinate appears here and in
``jobs/worker.py`` only, so the queue could be swapped without touching a caller.

A job row carries the tenant's schema under :data:`TENANT_KEY` in its keyword arguments;
the job runs inside ``schema_context`` of that schema, after checking the tenant still
exists. Rows are written with Django's own connection, so a job is part of the transaction
of the change that caused it.
"""

from __future__ import annotations

import datetime
import json
import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db import DatabaseError, close_old_connections, connection, transaction
from django.utils import timezone
from django_tenants.utils import get_public_schema_name, get_tenant_model, schema_context
from procrastinate import exceptions as pc_exceptions
from procrastinate import jobs as pc_jobs
from procrastinate import manager as pc_manager
from procrastinate import retry as pc_retry
from procrastinate.contrib.django import app as pc_app
from procrastinate.contrib.django.django_connector import DjangoConnector

logger = logging.getLogger("jobs")

#: Keyword argument of every job row naming the tenant's schema (None: the public schema).
TENANT_KEY = "_tenant"
#: Keyword Procrastinate adds to the jobs it defers for periodic tasks.
PERIODIC_KEY = "timestamp"

_CURRENT = object()


class PermanentError(Exception):
    """Raised by a job (or for it) when trying again cannot help: the job fails at once,
    without retries, and waits in the dead letters."""


class TenantGone(PermanentError):
    """The job names a tenant whose schema no longer exists."""

    def __init__(self, schema: str, task_name: str, job_id: int | None):
        self.schema = schema
        super().__init__(
            f"Công việc «{task_name}» (#{job_id}) không chạy: đơn vị có schema «{schema}» "
            "không còn tồn tại (đã bị xóa); không thử lại, không có gì được ghi. / "
            f"Job {task_name!r} #{job_id} dropped: tenant schema {schema!r} no longer "
            "exists; not retried, nothing written."
        )


# --- retries -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Backoff:
    """Exponential backoff: attempt n (0-based) waits ``min(cap, base * factor**n)`` s.

    ``max_attempts`` is the number of retries after the first run. Defaults come from
    ``settings.JOBS``. :class:`PermanentError` is never retried.
    """

    max_attempts: int
    base: float | None = None
    factor: float | None = None
    cap: float | None = None

    def delay(self, attempts: int, exception: BaseException | None = None) -> float | None:
        """Seconds to wait before the next run after ``attempts`` failed runs (0: first
        run failed), or None when the job has failed for good."""
        if isinstance(exception, PermanentError) or attempts >= self.max_attempts:
            return None
        conf = settings.JOBS
        base = conf["retry_base_seconds"] if self.base is None else self.base
        factor = conf["retry_factor"] if self.factor is None else self.factor
        cap = conf["retry_cap_seconds"] if self.cap is None else self.cap
        return float(min(cap, base * factor**attempts))

    def schedule(self) -> list[float]:
        """Every planned wait, in order (for docs, admin and tests)."""
        return [self.delay(n) for n in range(self.max_attempts)]


class _ProcrastinateRetry(pc_retry.BaseRetryStrategy):
    def __init__(self, backoff: Backoff):
        self.backoff = backoff

    def get_retry_decision(self, *, exception, job):
        wait = self.backoff.delay(job.attempts, exception)
        if wait is None:
            return None
        return pc_retry.RetryDecision(retry_in={"seconds": wait})


# --- registry ----------------------------------------------------------------------------


@dataclass(frozen=True)
class JobContext:
    """What a job defined with ``pass_context=True`` receives as ``context=``."""

    job_id: int
    task_name: str
    attempt: int  # 0 on the first run
    tenant: str | None
    queue: str
    scheduled_at: datetime.datetime | None
    max_attempts: int


@dataclass
class Task:
    name: str
    func: Callable[..., Any]
    queue: str
    backoff: Backoff | None
    pass_context: bool
    atomic: bool
    periodic: bool = False

    def __call__(self, **kwargs):
        """Call the function directly (no queue), as a plain function call."""
        return self.func(**kwargs)

    def defer(self, **kwargs) -> int:
        return defer(self, **kwargs)


_registry: dict[str, Task] = {}


def task(
    *,
    name: str,
    queue: str = "default",
    retries: int | Backoff = 0,
    pass_context: bool = False,
    atomic: bool = False,
):
    """Register a job function. It is called with JSON-safe keyword arguments only.

    ``retries``: how many times a failed run is tried again (exponential backoff, see
    :class:`Backoff`), or a :class:`Backoff`. ``pass_context``: the function also receives
    ``context=`` (a :class:`JobContext`). ``atomic``: the run is one transaction, recorded
    with the job's id, so a run cut short (worker killed after its commit) is never
    repeated: exactly-once effects for jobs that only write to the database.
    """
    backoff = retries if isinstance(retries, Backoff) else (Backoff(retries) if retries else None)

    def decorator(func):
        existing = _registry.get(name)
        if existing is not None:
            if existing.func.__qualname__ == func.__qualname__ and existing.func.__module__ == (
                func.__module__
            ):
                return existing  # module imported twice (autodiscovery, tests)
            raise ValueError(f"Tên công việc «{name}» đã được dùng cho {existing.func!r}.")
        entry = Task(
            name=name,
            func=func,
            queue=queue,
            backoff=backoff,
            pass_context=pass_context,
            atomic=atomic,
        )
        _registry[name] = entry

        def run(context, **kwargs):
            job = context.job
            return _execute(
                entry,
                job_id=job.id,
                attempts=job.attempts,
                queue=job.queue,
                scheduled_at=job.scheduled_at,
                kwargs=kwargs,
                in_worker=True,
            )

        run.__name__ = run.__qualname__ = name
        pc_app.task(
            name=name,
            queue=queue,
            pass_context=True,
            retry=_ProcrastinateRetry(backoff) if backoff else False,
        )(run)
        return entry

    return decorator


def periodic(*, cron: str, name: str, queue: str = "periodic", retries: int = 0):
    """Register a job run once per period of ``cron`` across every worker (Procrastinate
    periodic task: each worker tries to defer it, the database keeps one per period).
    Six fields means the last one is seconds. The function takes no arguments and runs
    in the public schema; work per tenant is deferred from it."""

    def decorator(func):
        entry = task(name=name, queue=queue, retries=retries)(func)
        entry.periodic = True
        pc_app.periodic(cron=cron, periodic_id=name)(pc_app.tasks[name])
        return entry

    return decorator


def get_task(fn_or_name) -> Task:
    if isinstance(fn_or_name, Task):
        return fn_or_name
    name = fn_or_name if isinstance(fn_or_name, str) else getattr(fn_or_name, "name", None)
    try:
        return _registry[name]
    except KeyError:
        raise LookupError(f"Không có công việc nào tên «{name}».") from None


def registered() -> dict[str, Task]:
    return dict(_registry)


# --- enqueue -----------------------------------------------------------------------------


def _manager() -> pc_manager.JobManager:
    """A job manager on Django's connection (even inside a worker, whose Procrastinate
    app talks through its own pool): the row joins the caller's transaction."""
    return pc_manager.JobManager(DjangoConnector(alias="default"))


def current_tenant() -> str | None:
    schema = getattr(connection, "schema_name", None)
    return None if not schema or schema == get_public_schema_name() else schema


def _waiting_with_lock(queueing_lock: str) -> int:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id FROM procrastinate_jobs WHERE queueing_lock = %s AND status = 'todo'",
            [queueing_lock],
        )
        row = cursor.fetchone()
    return row[0] if row else 0


def defer(
    fn_or_name,
    *,
    tenant: str | None = _CURRENT,  # type: ignore[assignment]
    schedule_at: datetime.datetime | None = None,
    queueing_lock: str | None = None,
    lock: str | None = None,
    priority: int = 0,
    **kwargs,
) -> int:
    """Enqueue a job in the current transaction; returns its id.

    ``tenant``: schema the job runs in (default: the connection's; public -> None).
    ``queueing_lock``: at most one waiting job with this lock; deferring another returns
    the waiting job's id (0 if it could not be read). ``lock``: jobs sharing it run one
    after another, never at the same time.
    """
    entry = get_task(fn_or_name)
    if tenant is _CURRENT:
        tenant = current_tenant()
    if TENANT_KEY in kwargs:
        raise TypeError(f"«{TENANT_KEY}» là tên dành riêng, không dùng làm tham số công việc.")
    try:
        json.dumps(kwargs)
    except TypeError as exc:
        raise TypeError(
            f"Tham số của công việc «{entry.name}» phải là JSON (số, chuỗi, danh sách, "
            f"từ điển): {exc}"
        ) from None
    if schedule_at is not None and timezone.is_naive(schedule_at):
        raise ValueError("schedule_at phải có múi giờ (timezone-aware).")
    job = pc_jobs.Job(
        id=None,
        queue=entry.queue,
        task_name=entry.name,
        priority=priority,
        lock=lock,
        queueing_lock=queueing_lock,
        task_kwargs={**kwargs, TENANT_KEY: tenant},
        scheduled_at=schedule_at,
    )
    if queueing_lock is None:
        return _manager().defer_job(job).id
    existing = _waiting_with_lock(queueing_lock)
    if existing:
        return existing
    try:
        with transaction.atomic():  # a savepoint: a clash must not break the caller's work
            return _manager().defer_job(job).id
    except pc_exceptions.AlreadyEnqueued:
        return _waiting_with_lock(queueing_lock)


def cancel(queueing_lock: str) -> int:
    """Cancel the waiting job holding ``queueing_lock`` (in the current transaction);
    returns its id, or 0 if none was waiting. A running job is not touched."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT procrastinate_cancel_job_v1(id, false, false) FROM procrastinate_jobs "
            "WHERE queueing_lock = %s AND status = 'todo'",
            [queueing_lock],
        )
        row = cursor.fetchone()
    return row[0] if row and row[0] else 0


def set_timer(
    fn_or_name,
    *,
    key: str,
    at: datetime.datetime,
    tenant: str | None = _CURRENT,  # type: ignore[assignment]
    **kwargs,
) -> int:
    """A deadline timer: one waiting job per ``key``, run at ``at``. Setting the timer
    again (the deadline moved) replaces the waiting job; :func:`cancel` with the same key
    removes it. Both join the caller's transaction. The job should re-read its object and
    act only if the deadline still holds (a timer may fire just as it is moved)."""
    cancel(key)
    return defer(fn_or_name, tenant=tenant, schedule_at=at, queueing_lock=key, **kwargs)


# --- running -----------------------------------------------------------------------------


def _tenant_exists(schema: str) -> bool:
    with schema_context(get_public_schema_name()):
        return get_tenant_model().objects.filter(schema_name=schema).exists()


def _claim(job_id: int) -> bool:
    """Record that job ``job_id`` ran (inside its transaction); False if it already had."""
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO public.jobs_jobrun (job_id, finished_at) VALUES (%s, now()) "
            "ON CONFLICT (job_id) DO NOTHING",
            [job_id],
        )
        return cursor.rowcount == 1


def _record_failure(entry: Task, job_id, attempts, tenant, exc, final: bool) -> None:
    from jobs.models import JobFailure

    try:
        with schema_context(get_public_schema_name()), transaction.atomic():
            JobFailure.objects.create(
                job_id=job_id or 0,
                task_name=entry.name,
                tenant=tenant or "",
                attempt=attempts,
                final=final,
                error=f"{type(exc).__name__}: {exc}"[:2000],
                traceback="".join(traceback.format_exception(exc))[-8000:],
            )
    except DatabaseError:
        logger.exception("Không ghi được lỗi của công việc #%s", job_id)


def _execute(entry: Task, *, job_id, attempts, queue, scheduled_at, kwargs, in_worker):
    kwargs = dict(kwargs)
    tenant = kwargs.pop(TENANT_KEY, None)
    if entry.periodic:
        kwargs.pop(PERIODIC_KEY, None)
    if entry.pass_context:
        kwargs["context"] = JobContext(
            job_id=job_id,
            task_name=entry.name,
            attempt=attempts,
            tenant=tenant,
            queue=queue,
            scheduled_at=scheduled_at,
            max_attempts=entry.backoff.max_attempts if entry.backoff else 0,
        )
    if in_worker:
        close_old_connections()
    try:
        if tenant and not _tenant_exists(tenant):
            raise TenantGone(tenant, entry.name, job_id)
        with schema_context(tenant or get_public_schema_name()):
            if entry.atomic:
                with transaction.atomic():
                    if not _claim(job_id):
                        logger.info("Công việc #%s đã chạy xong trước đó; bỏ qua.", job_id)
                        return None
                    return entry.func(**kwargs)
            return entry.func(**kwargs)
    except BaseException as exc:
        final = entry.backoff is None or entry.backoff.delay(attempts, exc) is None
        if isinstance(exc, TenantGone):
            logger.error("%s", exc)
        if isinstance(exc, Exception):
            if connection.needs_rollback or (
                connection.in_atomic_block and isinstance(exc, DatabaseError)
            ):
                pass  # the caller's savepoint is rolled back first (run_due_jobs)
            else:
                _record_failure(entry, job_id, attempts, tenant, exc, final)
        raise
    finally:
        if in_worker:
            close_old_connections()


_FETCH_SQL = """
WITH candidate AS (
    SELECT jobs.id FROM procrastinate_jobs AS jobs
    WHERE jobs.status = 'todo'
      AND (%(queues)s::varchar[] IS NULL OR jobs.queue_name = ANY(%(queues)s::varchar[]))
      AND (jobs.scheduled_at IS NULL OR jobs.scheduled_at <= %(now)s)
      AND NOT EXISTS (
          SELECT 1 FROM procrastinate_jobs AS other
          WHERE jobs.lock IS NOT NULL AND other.lock = jobs.lock
            AND (other.status = 'doing'
                 OR (other.status = 'todo' AND (other.priority > jobs.priority
                     OR (other.priority = jobs.priority AND other.id < jobs.id)))))
    ORDER BY jobs.priority DESC, jobs.id ASC LIMIT 1
    FOR UPDATE OF jobs SKIP LOCKED
)
UPDATE procrastinate_jobs SET status = 'doing', worker_id = %(worker)s
FROM candidate WHERE procrastinate_jobs.id = candidate.id
RETURNING procrastinate_jobs.id, procrastinate_jobs.task_name, procrastinate_jobs.args,
          procrastinate_jobs.attempts, procrastinate_jobs.queue_name,
          procrastinate_jobs.scheduled_at
"""


def run_due_jobs(
    queue: str | None = None, *, now: datetime.datetime | None = None, limit: int = 10_000
) -> int:
    """Run every job due at ``now`` (default: the current time) in this process, on the
    current connection and transaction, one after another, including jobs those jobs
    defer; a failed run is retried later per its backoff, counted from ``now``. Returns
    how many runs were made. For tests, the demo and one-off operations."""
    now = now or timezone.now()
    ran = 0
    with schema_context(get_public_schema_name()), connection.cursor() as cursor:
        cursor.execute("SELECT worker_id FROM procrastinate_register_worker_v1()")
        worker_id = cursor.fetchone()[0]
    try:
        while ran < limit:
            with schema_context(get_public_schema_name()), connection.cursor() as cursor:
                cursor.execute(
                    _FETCH_SQL,
                    {"queues": [queue] if queue else None, "now": now, "worker": worker_id},
                )
                row = cursor.fetchone()
            if row is None:
                break
            job_id, task_name, args, attempts, queue_name, scheduled_at = row
            if isinstance(args, str):  # Django's cursor does not decode jsonb
                args = json.loads(args)
            ran += 1
            _run_one(job_id, task_name, args, attempts, queue_name, scheduled_at, now)
    finally:
        with schema_context(get_public_schema_name()), connection.cursor() as cursor:
            cursor.execute("SELECT procrastinate_unregister_worker_v1(%s)", [worker_id])
    return ran


def _run_one(job_id, task_name, args, attempts, queue_name, scheduled_at, now) -> None:
    status, retry_at = "succeeded", None
    try:
        entry = get_task(task_name)
    except LookupError as exc:
        logger.error("Công việc #%s: %s", job_id, exc)
        status = "failed"
    else:
        savepoint = transaction.savepoint() if connection.in_atomic_block else None
        try:
            _execute(
                entry,
                job_id=job_id,
                attempts=attempts,
                queue=queue_name,
                scheduled_at=scheduled_at,
                kwargs=args,
                in_worker=False,
            )
        except Exception as exc:
            if savepoint is not None:
                if connection.needs_rollback or isinstance(exc, DatabaseError):
                    transaction.savepoint_rollback(savepoint)
                    connection.needs_rollback = False
                    final = entry.backoff is None or entry.backoff.delay(attempts, exc) is None
                    _record_failure(entry, job_id, attempts, args.get(TENANT_KEY), exc, final)
                else:
                    transaction.savepoint_commit(savepoint)
            logger.info("Công việc %s #%s lỗi: %s", task_name, job_id, exc)
            wait = entry.backoff.delay(attempts, exc) if entry.backoff else None
            if wait is None:
                status = "failed"
            else:
                retry_at = now + datetime.timedelta(seconds=wait)
        else:
            if savepoint is not None:
                transaction.savepoint_commit(savepoint)
    with schema_context(get_public_schema_name()), connection.cursor() as cursor:
        if retry_at is not None:
            cursor.execute(
                "SELECT procrastinate_retry_job_v2(%s, %s, NULL, NULL, NULL)", [job_id, retry_at]
            )
        else:
            cursor.execute("SELECT procrastinate_finish_job_v1(%s, %s, false)", [job_id, status])


# --- operations --------------------------------------------------------------------------


def replay(job_id: int, *, at: datetime.datetime | None = None) -> bool:
    """Put a failed job (a dead letter) back in the queue; False if it is not failed."""
    with schema_context(get_public_schema_name()), connection.cursor() as cursor:
        cursor.execute(
            "SELECT 1 FROM procrastinate_jobs WHERE id = %s AND status = 'failed' FOR UPDATE",
            [job_id],
        )
        if cursor.fetchone() is None:
            return False
        cursor.execute(
            "SELECT procrastinate_retry_job_v2(%s, %s, NULL, NULL, NULL)",
            [job_id, at or timezone.now()],
        )
    return True


def recover_stalled(seconds_since_heartbeat: float | None = None) -> list[int]:
    """Put back in the queue the running jobs of workers that stopped sending heartbeats
    (killed, host lost). Returns the jobs' ids. The workers' rows are left alone: deleting
    the row of a worker that is only slow would make its next fetch fail; workers prune
    stale rows when they start, and the daily clean-up prunes those older than an hour."""
    seconds = seconds_since_heartbeat or settings.JOBS["stalled_after_seconds"]
    with schema_context(get_public_schema_name()), connection.cursor() as cursor:
        cursor.execute(
            "WITH stalled AS (SELECT id FROM procrastinate_workers "
            "  WHERE last_heartbeat < now() - make_interval(secs => %s)) "
            "SELECT job.id FROM procrastinate_jobs job "
            "LEFT JOIN stalled ON stalled.id = job.worker_id "
            "WHERE job.status = 'doing' AND (job.worker_id IS NULL OR stalled.id IS NOT NULL) "
            "FOR UPDATE OF job SKIP LOCKED",
            [seconds],
        )
        ids = [row[0] for row in cursor.fetchall()]
        for job_id in ids:
            cursor.execute(
                "SELECT procrastinate_retry_job_v2(%s, now(), NULL, NULL, NULL)", [job_id]
            )
    if ids:
        logger.warning("Đưa lại vào hàng đợi %d công việc bị treo: %s", len(ids), ids)
    return ids

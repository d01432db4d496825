"""Background jobs: the project's interface (docs/jobs.md).

    from jobs import task, defer

    @task(name="webhooks.deliver", retries=10, pass_context=True)
    def deliver(*, delivery_id: int, context): ...

    defer(deliver, delivery_id=7)   # in the caller's transaction, tenant = current schema

Procrastinate (PostgreSQL) runs them; nothing outside this package imports it.
"""

from jobs.core import (
    TENANT_KEY,
    Backoff,
    JobContext,
    PermanentError,
    TenantGone,
    cancel,
    current_tenant,
    defer,
    get_task,
    periodic,
    recover_stalled,
    registered,
    replay,
    run_due_jobs,
    set_timer,
    task,
)

__all__ = [
    "TENANT_KEY",
    "Backoff",
    "JobContext",
    "PermanentError",
    "TenantGone",
    "cancel",
    "current_tenant",
    "defer",
    "get_task",
    "periodic",
    "recover_stalled",
    "registered",
    "replay",
    "run_due_jobs",
    "set_timer",
    "task",
]

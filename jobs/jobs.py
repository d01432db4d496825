"""The queue's own periodic jobs: recovering stalled jobs and clean-ups.

Other apps define theirs in ``<app>/jobs.py`` (found by Procrastinate's autodiscovery):
scheduled publishing in cms/jobs.py, share expiry and directive reminders in
sharing/jobs.py.
"""

import logging

from django.conf import settings
from django.db import connection

from jobs.core import periodic, recover_stalled
from jobs.models import JobFailure, JobReplay, JobRun

logger = logging.getLogger("jobs")


@periodic(cron=settings.JOBS["recover_stalled_cron"], name="jobs.recover_stalled")
def recover_stalled_jobs():
    """Jobs of a worker that stopped sending heartbeats go back to the queue."""
    return len(recover_stalled())


def delete_old_jobs(*, finished_days: int, failed_days: int) -> int:
    """Delete finished job rows (and our records of them) older than the given ages."""
    with connection.cursor() as cursor:
        cursor.execute(
            """
            DELETE FROM procrastinate_jobs job
            WHERE (job.status IN ('succeeded', 'cancelled', 'aborted')
                   AND COALESCE((SELECT max(at) FROM procrastinate_events e
                                 WHERE e.job_id = job.id), now())
                       < now() - make_interval(days => %s))
               OR (job.status = 'failed'
                   AND COALESCE((SELECT max(at) FROM procrastinate_events e
                                 WHERE e.job_id = job.id), now())
                       < now() - make_interval(days => %s))
            """,
            [finished_days, failed_days],
        )
        deleted = cursor.rowcount
    live = "SELECT id FROM procrastinate_jobs"
    JobRun.objects.extra(where=[f"job_id NOT IN ({live})"]).delete()
    JobFailure.objects.extra(where=[f"job_id NOT IN ({live})"]).delete()
    JobReplay.objects.extra(where=[f"job_id NOT IN ({live})"]).delete()
    return deleted


@periodic(cron=settings.JOBS["cleanup_cron"], name="jobs.cleanup")
def cleanup():
    """Old job rows, workers silent for an hour, then every schema's expired sessions
    (sessions live in the public schema and in each tenant's)."""
    from django.contrib.sessions.models import Session
    from django.utils import timezone
    from django_tenants.utils import get_tenant_model, schema_context

    conf = settings.JOBS
    deleted = delete_old_jobs(
        finished_days=conf["keep_finished_days"], failed_days=conf["keep_failed_days"]
    )
    with connection.cursor() as cursor:
        cursor.execute("SELECT procrastinate_prune_stalled_workers_v1(3600)")
    sessions = Session.objects.filter(expire_date__lt=timezone.now()).delete()[0]
    for schema in get_tenant_model().objects.values_list("schema_name", flat=True):
        with schema_context(schema):
            sessions += Session.objects.filter(expire_date__lt=timezone.now()).delete()[0]
    logger.info("Dọn dẹp: %d công việc cũ, %d phiên hết hạn", deleted, sessions)
    return {"jobs": deleted, "sessions": sessions}

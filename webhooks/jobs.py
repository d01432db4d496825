"""The webhooks' job: one attempt of one delivery (found by the jobs app's autodiscovery)."""

from jobs import task
from webhooks.outbox import DELIVER_TASK
from webhooks.sending import attempt_delivery


@task(name=DELIVER_TASK, queue="webhooks")
def deliver(*, delivery_id: int, attempt: int, replay: bool = False) -> str:
    """Attempt ``attempt`` of delivery ``delivery_id``; the next attempt, if any, is deferred
    by the attempt itself (webhooks/sending.py), so the job never fails for a bad answer."""
    return attempt_delivery(delivery_id, attempt, replay=replay)

#!/usr/bin/env python
"""Scheduled pages go live on time, once, with two workers and one of them killed.

Schedules BENCH_PAGES pages (default 40) in two tenants of the dev database (run
``manage.py demo --no-serve`` first) to go live at times spread over the next minute, starts
two real ``manage.py worker`` processes with the real settings (scheduled-publishing job
every 15 s, heartbeats 10 s, stalled after 30 s), kills one with SIGKILL in the middle of
the window, and waits for every page to be live.

Prints the lateness of each publication (Wagtail's "wagtail.publish.scheduled" log entry
time minus the page's go-live time) as p50/p99/max, the number of pages published more
than once (duplicates) and never (missing). Raw JSON: bench/results/jobs_schedule.json.

Run:  DATABASE_URL=postgres://postgres@127.0.0.1:5432/h_jobs13 REDIS_URL=redis://127.0.0.1:6379/5 \\
      .venv/bin/python bench/bench_jobs_schedule.py
"""

import datetime
import json
import os
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings_jobs"

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.utils import timezone  # noqa: E402
from django_tenants.utils import get_tenant_model, schema_context  # noqa: E402
from wagtail.models import PageLogEntry, Site  # noqa: E402

PAGES = int(os.environ.get("BENCH_PAGES", "40"))
START = float(os.environ.get("BENCH_START_AFTER", "20"))
WINDOW = float(os.environ.get("BENCH_WINDOW", "60"))
PREFIX = "Bench hẹn giờ"
RESULTS = ROOT / "bench" / "results"


def tenants():
    with connection.cursor() as cursor:
        cursor.execute("SELECT nspname FROM pg_namespace")
        existing = {row[0] for row in cursor.fetchall()}
    names = [
        t.schema_name
        for t in get_tenant_model().objects.exclude(schema_name="public").order_by("pk")
        if t.schema_name in existing
    ]
    if len(names) < 2:
        sys.exit("Need two tenants: run `python manage.py demo --no-serve` first.")
    return names[:2]


def create_pages(schemas):
    """Pages with a scheduled revision far in the future (timed later, all at once)."""
    from cms.models import ArticlePage

    created = []
    for schema in schemas:
        with schema_context(schema):
            for old in ArticlePage.objects.filter(title__startswith=PREFIX):
                old.delete()  # earlier runs
    later = timezone.now() + datetime.timedelta(days=1)
    for i in range(PAGES):
        schema = schemas[i % 2]
        with schema_context(schema):
            home = Site.objects.get(is_default_site=True).root_page
            page = ArticlePage(title=f"{PREFIX} {i}", live=False, go_live_at=later, standfirst="Sa")
            home.add_child(instance=page)
            page.save_revision().publish()
            created.append((schema, page.pk))
    return created


def set_times(created, t0):
    """Go-live times spread over the window starting START s after ``t0``."""
    from cms.models import ArticlePage

    planned = []
    for i, (schema, pk) in enumerate(created):
        go_live = t0 + datetime.timedelta(seconds=START + WINDOW * i / max(PAGES - 1, 1))
        with schema_context(schema):
            page = ArticlePage.objects.get(pk=pk)
            revision = page.scheduled_revision
            revision.approved_go_live_at = go_live
            revision.content["go_live_at"] = go_live.isoformat()
            revision.save(update_fields=["approved_go_live_at", "content"])
            ArticlePage.objects.filter(pk=pk).update(go_live_at=go_live)
        planned.append((schema, pk, go_live))
    return planned


def start_worker():
    return subprocess.Popen(
        [sys.executable, "manage.py", "worker", "--concurrency", "4"],
        cwd=ROOT,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "bench.settings_jobs"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def publications(planned):
    found = {}
    for schema in {p[0] for p in planned}:
        with schema_context(schema):
            ids = [pk for s, pk, _ in planned if s == schema]
            for page_id, at in PageLogEntry.objects.filter(
                page_id__in=ids, action="wagtail.publish.scheduled"
            ).values_list("page_id", "timestamp"):
                found.setdefault((schema, page_id), []).append(at)
    return found


def main():
    schemas = tenants()
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM procrastinate_jobs WHERE task_name LIKE 'cms.%%'")
        cursor.execute("DELETE FROM procrastinate_workers")
    workers = [start_worker(), start_worker()]  # they boot while the pages are created
    created = create_pages(schemas)
    t0 = timezone.now()
    planned = set_times(created, t0)
    kill_at = START + WINDOW / 2
    killed = None
    last = max(p[2] for p in planned)
    deadline = last + datetime.timedelta(seconds=120)
    try:
        while timezone.now() < deadline:
            elapsed = (timezone.now() - t0).total_seconds()
            if killed is None and elapsed >= kill_at:
                workers[0].send_signal(signal.SIGKILL)
                workers[0].wait()
                killed = elapsed
            found = publications(planned)
            if len(found) == len(planned) and timezone.now() > last:
                break
            time.sleep(1)
    finally:
        for w in workers:
            if w.poll() is None:
                w.send_signal(signal.SIGTERM)
        for w in workers:
            try:
                w.wait(40)
            except subprocess.TimeoutExpired:
                w.kill()
    found = publications(planned)
    lateness = sorted(
        (min(found[(s, pk)]) - go_live).total_seconds()
        for s, pk, go_live in planned
        if (s, pk) in found
    )
    pct = statistics.quantiles(lateness, n=100, method="inclusive") if len(lateness) > 1 else []
    result = {
        "pages": len(planned),
        "tenants": schemas,
        "published": len(found),
        "missing": len(planned) - len(found),
        "duplicates": sum(len(v) - 1 for v in found.values()),
        "lateness_p50_s": round(statistics.median(lateness), 2) if lateness else None,
        "lateness_p99_s": round(pct[98], 2) if pct else None,
        "lateness_max_s": round(max(lateness), 2) if lateness else None,
        "early": sum(1 for x in lateness if x < 0),
        "worker_killed_at_s": killed,
        "publish_cron": settings.JOBS["publish_scheduled_cron"],
        "heartbeat_s": settings.JOBS["heartbeat_seconds"],
        "stalled_after_s": settings.JOBS["stalled_after_seconds"],
        "lateness_s": [round(x, 2) for x in lateness],
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "jobs_schedule.json").write_text(json.dumps(result, indent=2))
    for key, value in result.items():
        if key != "lateness_s":
            print(f"{key:22} {value}")
    ok = (
        result["missing"] == 0
        and result["duplicates"] == 0
        and result["lateness_p99_s"] is not None
        and result["lateness_p99_s"] <= 60
    )
    print("OK: every page live within 60 s at p99, exactly once" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

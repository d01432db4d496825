#!/usr/bin/env python
"""The deadline sweep of the workers' voice over 200,000 open cases of which 20,000 are
overdue, on the national tree (about 130,000 organisations).

Cases are written with COPY (the encrypted title and body are one constant ciphertext,
encrypted once: encrypting 220,000 bodies would measure Fernet, not the sweep), spread over
random grassroots unions; the audit trigger is off during the load only. The overdue ones
are 6 hours past due; the others were received less than 4 hours ago (not yet at 80%).
Then one sweep (``voice.jobs.sweep``) as of the load's "now": time, rows escalated, the
Escalation rows and levels checked (exactly one per overdue case), and a second sweep at
the same moment (must escalate nothing). Writes bench/results/voice_sweep.json
(voice_sweep-<n>workers.json with BENCH_WORKERS=n).

Run:  DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \\
      .venv/bin/python bench/bench_voice_sweep.py
Options: BENCH_OPEN (200000), BENCH_OVERDUE (20000), BENCH_WORKERS (1; 2 runs two sweeps
at once in threads, each on its own connection). Target: < 60 s.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import datetime
import json
import os
import random
import threading
import time

from django.db import connection, connections
from django.utils import timezone

import bench.voice_bench_db as db
from hierarchy.models import Level, Organization
from voice import crypto
from voice.jobs import sweep
from voice.models import Case, Escalation, Kind, Topic

OPEN = int(os.environ.get("BENCH_OPEN", "200000"))
OVERDUE = int(os.environ.get("BENCH_OVERDUE", "20000"))
WORKERS = int(os.environ.get("BENCH_WORKERS", "1"))
RESULT = (
    Path(__file__).resolve().parent
    / "results"
    / ("voice_sweep.json" if WORKERS == 1 else f"voice_sweep-{WORKERS}workers.json")
)

COLUMNS = (
    "code, secret_hash, kind, status, channel, identity_mode, org_path, conflict_of_interest, "
    "topic, topic_suggested, title, body, contact_name, contact_phone, contact_email, "
    "workplace, link, contact_index, identity_revealed, received_at, first_response_due, "
    "escalation_level, qa_schema, created_at, updated_at, organization_id, "
    "origin_organization_id"
)


def load_cases(now):
    rnd = random.Random(14)
    with connection.cursor() as cursor:
        cursor.execute(
            "TRUNCATE voice_escalation, voice_casemessage, voice_caseaccess, voice_consent, "
            "voice_case CASCADE"
        )
        cursor.execute("TRUNCATE voice_caseevent")
    field = Case._meta.get_field("body")
    title = field.get_db_prep_value("Hỏi về lương làm thêm giờ", connection)
    body = field.get_db_prep_value(
        "Công ty trả lương làm thêm giờ ngày lễ như ngày thường có đúng không?", connection
    )
    secret = crypto.secret_hash("bench-secret")
    grassroots = list(
        Organization.objects.filter(level=Level.GRASSROOTS, status="active").values_list(
            "id", "path"
        )
    )
    kinds = [Kind.QUESTION, Kind.GRIEVANCE, Kind.OPINION]
    topics = ["", *Topic.values]
    t0 = time.perf_counter()
    raw = connection.connection  # psycopg connection under Django's
    with connection.cursor() as cursor:
        cursor.execute("ALTER TABLE voice_case DISABLE TRIGGER USER")
    try:
        with raw.cursor() as cur, cur.copy(f"COPY voice_case ({COLUMNS}) FROM STDIN") as copy:
            for n in range(OPEN):
                org_id, path = rnd.choice(grassroots)
                if n < OVERDUE:
                    received = now - datetime.timedelta(hours=30)
                    due = now - datetime.timedelta(hours=6)
                else:
                    received = now - datetime.timedelta(minutes=rnd.randrange(240))
                    due = received + datetime.timedelta(hours=24)
                copy.write_row(
                    (
                        f"BENCH{n:09d}",
                        secret,
                        rnd.choice(kinds),
                        "new",
                        "web_form",
                        "identified",
                        path,
                        False,
                        rnd.choice(topics),
                        "",
                        title,
                        body,
                        b"",
                        b"",
                        b"",
                        b"",
                        b"",
                        "",
                        False,
                        received,
                        due,
                        0,
                        "",
                        now,
                        now,
                        org_id,
                        org_id,
                    )
                )
    finally:
        with connection.cursor() as cursor:
            cursor.execute("ALTER TABLE voice_case ENABLE TRIGGER USER")
            cursor.execute("ANALYZE voice_case")
    return time.perf_counter() - t0


def run_sweeps(now):
    if WORKERS == 1:
        if os.environ.get("BENCH_PROFILE"):
            import cProfile
            import pstats

            prof = cProfile.Profile()
            result = prof.runcall(sweep, now=now)
            pstats.Stats(prof).sort_stats("cumtime").print_stats(40)
            return [result]
        return [sweep(now=now)]
    results, errors = [], []
    barrier = threading.Barrier(WORKERS)

    def worker():
        try:
            barrier.wait()
            results.append(sweep(now=now))
        except Exception as exc:
            errors.append(repr(exc))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(WORKERS)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    if errors:
        raise RuntimeError(errors)
    return results


def main():
    print(f"database: {db.database_label()}; {os.cpu_count()} CPUs")
    orgs = db.ready()
    now = timezone.now().replace(microsecond=0)
    load_s = load_cases(now)
    print(f"  loaded {OPEN:,} open cases ({OVERDUE:,} overdue) in {load_s:.1f} s")
    connection.close()
    t0 = time.perf_counter()
    results = run_sweeps(now)
    elapsed = time.perf_counter() - t0
    escalated = sum(r.escalated for r in results)
    print(f"  sweep: {escalated:,} escalated in {elapsed:.1f} s ({[r.as_dict() for r in results]})")
    t1 = time.perf_counter()
    again = sweep(now=now)
    again_s = time.perf_counter() - t1
    rows = Escalation.objects.count()
    per_case = Escalation.objects.values("case_id").distinct().count()
    at_level_1 = Case.objects.filter(escalation_level=1).count()
    still_overdue = Case.objects.filter(
        status__in=["new", "in_progress"], first_response_due__lte=now
    ).count()
    result = {
        "benchmark": "voice deadline sweep",
        "when": timezone.now().isoformat(timespec="seconds"),
        "database": db.database_label(),
        "cpus": os.cpu_count(),
        "load_average": os.getloadavg(),
        "organisations": orgs,
        "open_cases": OPEN,
        "overdue_cases": OVERDUE,
        "workers": WORKERS,
        "load_seconds": round(load_s, 1),
        "sweep_seconds": round(elapsed, 2),
        "escalated": escalated,
        "warned": sum(r.warned for r in results),
        "skipped": sum(r.skipped for r in results),
        "per_worker": [r.as_dict() for r in results],
        "second_sweep_same_moment": {**again.as_dict(), "seconds": round(again_s, 2)},
        "escalation_rows": rows,
        "cases_with_an_escalation": per_case,
        "cases_at_level_1": at_level_1,
        "still_overdue_below_root": still_overdue,
        "target_seconds": 60,
    }
    result["target_met"] = elapsed < 60 and rows == OVERDUE == per_case
    print(json.dumps(result, indent=2, ensure_ascii=False))
    RESULT.parent.mkdir(exist_ok=True)
    RESULT.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    print(f"written to {RESULT}")


if __name__ == "__main__":
    main()

"""Two workers sweeping at the same moment, each on its own database connection, never
escalate a case twice (SKIP LOCKED batches, re-read under the lock, unique level).

The data is committed (the workers' connections must see it) in a tree of its own and
removed afterwards; the suite's shared tenants are not touched."""

import datetime
import threading

import pytest
from django.apps import apps
from django.db import connection, connections

from hierarchy.models import Organization
from voice import codes, crypto
from voice.jobs import sweep
from voice.models import Case, Escalation

from .conftest import vn

T0 = vn(2026, 12, 7, 8)
H = datetime.timedelta(hours=1)
N = 60


def _cleanup(prefix):
    roots = list(Organization.objects.filter(code=prefix + "-ROOT").values_list("path", flat=True))
    for path in roots:
        ids = list(Case.objects.filter(org_path__startswith=path).values_list("pk", flat=True))
        Escalation.objects.filter(case_id__in=ids).delete()
        apps.get_model("voice", "CaseEvent").objects.filter(pgh_obj_id__in=ids).delete()
        Case.objects.filter(pk__in=ids).delete()
        Organization.objects.filter(path__startswith=path).delete()


@pytest.fixture
def committed_tree(django_db_setup, django_db_blocker):
    prefix = "RACE"
    with django_db_blocker.unblock():
        connection.set_schema_to_public()
        _cleanup(prefix)
        root = Organization.add_root(
            code=prefix + "-ROOT", name="Gốc thử", level=1, kind="national_federation"
        )
        mid = root.add_child(
            code=prefix + "-MID", name="Cấp trên thử", level=3, kind="upper_grassroots"
        )
        leaf = mid.add_child(code=prefix + "-LEAF", name="Cơ sở thử", level=4, kind="grassroots")
        try:
            yield root, mid, leaf
        finally:
            connection.set_schema_to_public()
            _cleanup(prefix)


def test_two_workers_racing_never_escalate_twice(committed_tree):
    root, mid, leaf = committed_tree
    Case.objects.bulk_create(
        Case(
            code=codes.new_code(),
            secret_hash=crypto.secret_hash("x"),
            kind="question",
            channel="web_form",
            organization=leaf,
            origin_organization=leaf,
            org_path=leaf.path,
            received_at=T0,
            first_response_due=T0 + 24 * H,
            title="t",
            body="b",
        )
        for _ in range(N)
    )
    barrier = threading.Barrier(2)
    results, errors = [], []

    def worker():
        try:
            barrier.wait()
            results.append(sweep(now=T0 + 25 * H, batch=7))
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(120)
    assert not errors
    assert sum(r.escalated for r in results) == N
    assert all(r.escalated > 0 for r in results), "both workers took a share"
    ids = Case.objects.filter(org_path__startswith=root.path).values_list("pk", flat=True)
    esc = Escalation.objects.filter(case_id__in=ids)
    assert esc.count() == N
    assert set(esc.values_list("level", flat=True)) == {1}
    assert Case.objects.filter(pk__in=ids, organization=mid, escalation_level=1).count() == N

"""Two decisions racing on one report (approve and return by two admins of the parent):
exactly one wins, the loser gets a clear Vietnamese message, nothing is half written.

Real commits on two connections, so the test runs outside the suite's wrapping transaction
on its own organisations and deletes what it wrote. The first action is paused inside its
transaction, holding the report's row lock (a ``report_changed`` receiver waits), until the
second is seen waiting for that lock in ``pg_stat_activity``."""

from __future__ import annotations

import threading
import time
import uuid

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.utils import timezone

from hierarchy.models import Organization
from programme.actions.approve_report import ApproveReport
from programme.actions.edit_report import EditReport
from programme.actions.generate_report import GenerateReport
from programme.actions.report_base import report_changed
from programme.actions.return_report import ReturnReport
from programme.actions.submit_report import SubmitReport
from programme.models import Report, ReportEvent, ReportStatus


@pytest.fixture
def race_report(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        connection.set_schema_to_public()
        suffix = uuid.uuid4().hex[:6].upper()
        root = Organization.add_root(
            code=f"RRACE{suffix}", name="Tổng Liên đoàn thử", level=1, kind="national_federation"
        )
        unit = root.add_child(
            code=f"RRACEP{suffix}",
            name="Liên đoàn Lao động thử",
            level=2,
            kind="provincial_federation",
        )
        today = timezone.localdate()
        report = GenerateReport(unit, today.year, (today.month - 1) // 3 + 1).execute()
        EditReport(report, results="Kết quả thử.").execute()
        SubmitReport(report).execute()
        yield report
        connection.set_schema_to_public()
        Report.objects.filter(organization=unit).delete()
        Organization.objects.filter(pk=unit.pk).delete()
        Organization.objects.filter(pk=root.pk).delete()


def _waiting_for_lock() -> bool:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity "
            "WHERE datname = current_database() AND wait_event_type = 'Lock'"
        )
        return cursor.fetchone()[0] > 0


def race(first, second):
    holding, release = threading.Event(), threading.Event()
    results = {}

    def pause(sender, **kwargs):
        if threading.current_thread().name == "first":
            holding.set()
            release.wait(20)

    def run(name, action):
        try:
            results[name] = action()
        except Exception as exc:  # the loser's refusal is the point of the test
            results[name] = exc
        finally:
            connection.close()

    report_changed.connect(pause)
    try:
        a = threading.Thread(target=run, args=("first", first), name="first")
        a.start()
        assert holding.wait(20), "the first action never reached its signal"
        b = threading.Thread(target=run, args=("second", second), name="second")
        b.start()
        deadline = time.monotonic() + 20
        while not _waiting_for_lock():
            assert time.monotonic() < deadline, "the second action never waited for the lock"
            time.sleep(0.02)
        release.set()
        a.join(30)
        b.join(30)
    finally:
        release.set()
        report_changed.disconnect(pause)
    return results["first"], results["second"]


def test_approve_and_return_racing_one_wins(race_report):
    first, second = race(
        lambda: ApproveReport(race_report, note="Duyệt.").execute(),
        lambda: ReturnReport(race_report, reason="Thiếu số liệu.").execute(),
    )
    assert not isinstance(first, Exception)
    assert isinstance(second, ValidationError)
    assert second.messages[0] == (
        f"Không thể trả lại báo cáo: báo cáo “{race_report.title}” đang ở trạng thái "
        "“Đã được duyệt”."
    )
    report = Report.objects.get(pk=race_report.pk)
    assert report.status == ReportStatus.APPROVED and report.return_reason == ""
    actions = list(ReportEvent.objects.filter(report=report).values_list("action", flat=True))
    assert actions == ["created", "edited", "submitted", "approved"]


@pytest.mark.django_db
def test_the_same_decisions_one_after_the_other(org_tree, people, current):
    """The sequential counterpart (it also makes pytest-django set up the test database
    when this module runs alone)."""
    report = GenerateReport(org_tree["ua1"], *current, actor=people["ua1_admin"]).execute()
    EditReport(report, actor=people["ua1_admin"], results="Kết quả.").execute()
    SubmitReport(report, actor=people["ua1_admin"]).execute()
    ApproveReport(report, actor=people["a_admin"]).execute()
    with pytest.raises(ValidationError) as refused:
        ReturnReport(report, actor=people["tld_admin"], reason="Thiếu số liệu.").execute()
    assert refused.value.messages[0] == (
        f"Không thể trả lại báo cáo: báo cáo “{report.title}” đang ở trạng thái “Đã được duyệt”."
    )
